"""The one catalogue of texts the domain, the store and the command line show to users.

Texts live in resources/messages.toml, each key with English, Danish and Norwegian Bokmål
side by side so a missing or drifting translation is easy to see (and is refused on load).
Qt widgets translate their own strings with tr(); everything else comes from here.

A text that counts something names the counting placeholder with ``count`` and gives two
forms per language, singular and plural, as Qt's %n plural forms do: English, Danish and
Norwegian all use the singular for exactly one ("1 hard set", "1 hårdt sæt", "1 hardt sett")
and the plural for everything else, 0 and 1.5 included.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from glueplan.domain.language import CODES, LANGUAGES, Language, Localized, decimal
from glueplan.domain.record import Record
from glueplan.domain.resources import domain_code, made_from, resource_dir
from glueplan.domain.validation import DataError, Fields, read_toml

PLURAL_FORMS = 2  # singular, plural: the rule of all three languages


def is_one(value: object) -> bool:
    """Whether a count takes the singular: exactly 1, as a number or as the text shown."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value == 1
    return str(value).strip() == "1"


class Messages(Record):
    """Every text by key (a Record: kept between runs as it is, resources.py)."""

    texts: dict[str, Localized[str]]
    plurals: dict[str, tuple[str, Localized[tuple[str, ...]]]]  # key -> (counting placeholder, the forms)

    def __call__(self, key: str, language: Language, **params: object) -> str:
        """The text for ``key`` in ``language`` with its {placeholders} filled in (and, for a
        text that counts, the form its count asks for). A number given with decimals (a float) is written as the
        language writes it, to the hundredth (the finest a weight is logged in): "0,5 sekunder" in Danish, where
        str and format wrote "0.5"."""
        said = {name: decimal(value, language, 2) if isinstance(value, float) else value
                for name, value in params.items()}
        if key in self.plurals:
            count, forms = self.plurals[key]
            singular, plural = forms[language]
            return (singular if is_one(params[count]) else plural).format(**said)
        return self.texts[key][language].format(**said)

    def template(self, key: str, language: Language) -> str:
        """The text with its placeholders still in it (a counting text's plural form)."""
        if key in self.plurals:
            return self.plurals[key][1][language][-1]
        return self.texts[key][language]

    def __contains__(self, key: str) -> bool:
        return key in self.texts or key in self.plurals

    def keys(self) -> list[str]:
        return [*self.texts, *self.plurals]


_FORMATTER = string.Formatter()


def placeholders(text: str) -> set[str]:
    if "{" not in text:  # most texts: nothing to parse (each of the 3,300 at every start was)
        return set()
    return {name for _literal, name, _spec, _conversion in _FORMATTER.parse(text) if name}


def _leaves(table: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    for key, value in table.items():
        if isinstance(value, Mapping) and CODES.isdisjoint(value):
            yield from _leaves(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def load_messages(path: Path) -> Messages:
    texts: dict[str, Localized[str]] = {}
    plurals: dict[str, tuple[str, Localized[tuple[str, ...]]]] = {}
    known = CODES | {"count"}
    for key, value in _leaves(read_toml(path)):
        fields = Fields(value, str(path), entry=key)
        fields.reject_unknown(known)
        if not fields.has("count"):
            text = Localized.from_mapping({language: fields.text(language.value) for language in LANGUAGES})
            _same_placeholders(path, key, {language: [text[language]] for language in LANGUAGES})
            texts[key] = text
            continue
        count = fields.text("count")
        forms = Localized.from_mapping({language: fields.texts(language.value) for language in LANGUAGES})
        for language in LANGUAGES:
            if len(forms[language]) != PLURAL_FORMS:
                raise DataError(str(path), f"needs {PLURAL_FORMS} forms, singular and plural", key, language.value)
        _same_placeholders(path, key, {language: list(forms[language]) for language in LANGUAGES})
        if count not in placeholders(forms.en[-1]):
            raise DataError(str(path), f"the plural form does not show {{{count}}}", key, "count")
        plurals[key] = (count, forms)
    return Messages(texts, plurals)


def _same_placeholders(path: Path, key: str, texts: Mapping[Language, list[str]]) -> None:
    """Every language's text (a counting text's plural form) fills the placeholders English's
    does; a singular form may leave some out ("The set fell short ..." needs no count)."""
    expected = placeholders(texts[Language.EN][-1])
    for language, forms in texts.items():
        if placeholders(forms[-1]) != expected or not all(placeholders(form) <= expected for form in forms):
            raise DataError(str(path), f"placeholders differ from English {sorted(expected)}", key, language.value)


def messages_file() -> Path:
    """The file the built-in messages are read from."""
    return resource_dir() / "messages.toml"


@cache
def messages() -> Messages:
    """The built-in message catalogue, loaded once per process."""
    path = messages_file()
    return made_from("messages", (path, *domain_code()), Messages, lambda: load_messages(path))


def data_error_text(error: DataError, language: Language) -> str:
    """The message for broken data, even when the broken file is the message catalogue itself."""
    try:
        return messages()("cli.data_error", language, error=error)
    except DataError:
        return str(error)
