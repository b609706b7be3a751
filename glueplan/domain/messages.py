"""The one catalogue of texts the domain, the store and the command line show to users.

Texts live in resources/messages.toml, each key with English, Danish and Norwegian Bokmål
side by side so a missing or drifting translation is easy to see (and is refused on load).
Qt widgets translate their own strings with tr(); everything else comes from here.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from glueplan.domain.language import Language, Localized
from glueplan.domain.resources import resource_dir
from glueplan.domain.validation import DataError, Fields, read_toml


class Messages:
    def __init__(self, texts: Mapping[str, Localized[str]]) -> None:
        self._texts = dict(texts)

    def __call__(self, key: str, language: Language, **params: object) -> str:
        """The text for ``key`` in ``language`` with its {placeholders} filled in."""
        return self._texts[key][language].format(**params)

    def template(self, key: str, language: Language) -> str:
        """The text with its placeholders still in it."""
        return self._texts[key][language]

    def __contains__(self, key: str) -> bool:
        return key in self._texts

    def keys(self) -> list[str]:
        return list(self._texts)


def placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name}


def _leaves(table: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    for key, value in table.items():
        if isinstance(value, Mapping) and not set(value) & {language.value for language in Language}:
            yield from _leaves(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def load_messages(path: Path) -> Messages:
    texts: dict[str, Localized[str]] = {}
    for key, value in _leaves(read_toml(path)):
        fields = Fields(value, str(path), entry=key)
        fields.reject_unknown({language.value for language in Language})
        text = Localized.from_mapping({language: fields.text(language.value) for language in Language})
        expected = placeholders(text.en)
        for language in Language:
            if placeholders(text[language]) != expected:
                raise DataError(str(path), f"placeholders differ from English {sorted(expected)}", key, language.value)
        texts[key] = text
    return Messages(texts)


@cache
def messages() -> Messages:
    """The built-in message catalogue, loaded once per process."""
    return load_messages(resource_dir() / "messages.toml")


def data_error_text(error: DataError, language: Language) -> str:
    """The message for broken data, even when the broken file is the message catalogue itself."""
    try:
        return messages()("cli.data_error", language, error=error)
    except DataError:
        return str(error)
