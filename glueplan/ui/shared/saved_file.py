"""Saving what a page made (a picture, a table) to a file the user chose: written whole or not
at all (glueplan.store.atomic_file), and a failure said in a dialog rather than swallowed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from glueplan.domain.language import Language
from glueplan.store.atomic_file import WriteFailed, write_file
from glueplan.ui.shared.plain_text import ask


FILE_NAME_LETTERS = {"×": "x", "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"}
FILE_NAME_LENGTH = 80


def file_name(title: str, suffix: str) -> str:
    """A file name to offer for what a page shows, of letters (æ, ø, å as any other), digits,
    spaces and dashes only, which every file system, USB stick and keyboard takes: "Balleplan
    (ballerne): 3× om ugen, 30 min" as "Balleplan ballerne 3x om ugen 30 min.pdf". Anything else
    becomes a space, once; a long title is cut at a word."""
    letters = (FILE_NAME_LETTERS.get(char, char) for char in unicodedata.normalize("NFC", title))
    name = " ".join("".join(char if char.isalnum() or char == "-" else " " for char in letters).split())
    name = name.strip(" -")
    if len(name) > FILE_NAME_LENGTH:
        cut = name[:FILE_NAME_LENGTH + 1]
        name = (cut.rsplit(" ", 1)[0] if " " in cut else cut[:FILE_NAME_LENGTH]).rstrip(" -")
    return (name or "glueplan") + suffix


def png_bytes(picture: QImage | QPixmap) -> bytes:
    """The picture encoded as PNG in memory, so that the file itself is written atomically."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not picture.save(buffer, "PNG"):
        raise ValueError("Qt could not encode the picture as PNG")
    buffer.close()
    return data.data()


def save_or_say(parent: QWidget, path: Path, data: bytes, language: Language) -> bool:
    """Write ``data`` to ``path``; on failure tell the user why (the old file is kept) and return False."""
    try:
        write_file(path, data)
    except WriteFailed as error:
        ask(parent, QMessageBox.Icon.Warning, "glueplan", error.text(language))
        return False
    return True
