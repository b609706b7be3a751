"""Saving what a page made (a picture, a table, a sheet) to a file the user chose: offered in the
folder saved to last (else Documents) under a name that says what it is, written whole or not at
all (glueplan.store.atomic_file), and a failure said in a dialog rather than swallowed."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QStandardPaths
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from glueplan.domain.language import Language
from glueplan.store.atomic_file import WriteFailed, write_file
from glueplan.ui.shared.plain_text import ask


FOLDER_KEY = "print/folder"  # the folder saved to last (the printed sheet's first: the key is kept)
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


def save_folder() -> Path:
    """The folder a file is offered to be saved in: the last one saved to while it is there, else
    the user's Documents folder, else (none) their home. Never the folder glueplan was started
    from: a bare name offered there opened a checkout's 'glueplan' folder with no name at all."""
    remembered = str(QSettings().value(FOLDER_KEY, "") or "")
    if remembered and _is_folder(Path(remembered)):
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and _is_folder(Path(documents)) else Path.home()


def _is_folder(path: Path) -> bool:
    """Path.is_dir, False where it raises: a stick pulled out while mounted or a stale network
    folder answers with an input/output error, a folder without access with a permission error."""
    try:
        return path.is_dir()
    except OSError:
        return False


def remember_folder(saved: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(saved.parent))


def offered_file(title: str, suffix: str) -> str:
    """The file a save dialog offers for ``title``: its file name in the save folder."""
    return str(save_folder() / file_name(title, suffix))


def png_bytes(picture: QImage | QPixmap) -> bytes:
    """The picture encoded as PNG in memory, so that the file itself is written atomically."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not picture.save(buffer, "PNG"):
        raise ValueError("Qt could not encode the picture as PNG")
    buffer.close()
    return data.data()


def save_or_say(parent: QWidget | None, path: Path, data: bytes, language: Language) -> bool:
    """Write ``data`` to ``path``; on failure tell the user why (the old file is kept) and return False."""
    try:
        write_file(path, data)
    except WriteFailed as error:
        ask(parent, QMessageBox.Icon.Warning, "glueplan", error.text(language))
        return False
    remember_folder(path)
    return True
