"""Pseudo-localisation: every text 40 % longer, to see where a longer language would be cut.

``PseudoTranslator`` lengthens every tr() string (placeholders, mnemonics and markup kept);
``stretched_messages`` does the same to the domain's message catalogue.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTranslator

from glueplan.domain.messages import Messages

GROWTH = 0.4
MARKUP = re.compile(r"(<[^>]*>|%\d|%n|&\w+;)")


def stretch(text: str) -> str:
    """The text 40 % longer: vowels doubled until it is (then dots), markup left whole
    ("Save" -> "Saavee"), so the longer text still wraps and elides like words."""
    if not text.strip():
        return text
    parts = MARKUP.split(text)
    extra = math.ceil(sum(len(part) for part in parts if not MARKUP.fullmatch(part)) * GROWTH)
    out = []
    for part in parts:
        if not MARKUP.fullmatch(part):
            grown = []
            for char in part:
                grown.append(char)
                if extra > 0 and char.lower() in "aeiouyæøå":
                    grown.append(char.lower())
                    extra -= 1
            part = "".join(grown)
        out.append(part)
    return "".join(out) + "·" * extra


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return stretch(source.replace("%n", str(n)) if n >= 0 else source)

    def isEmpty(self) -> bool:  # Qt's name: an empty translator is never asked
        return False


@contextmanager
def stretched_messages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real = Messages.__call__
    monkeypatch.setattr(Messages, "__call__", lambda self, key, language, **params: stretch(
        real(self, key, language, **params)))
    yield
