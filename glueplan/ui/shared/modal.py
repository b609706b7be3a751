"""A modal dialog asked once: run, read, then deleted.

A dialog is made a child of the window it asks for (so that it is centred on it and modal to it),
and Qt keeps a child until its parent goes: each dialog asked and left stayed, hidden, with all it
held, for as long as the window was open (each File > Print kept its pages, 4.6 MB).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtWidgets import QDialog

from glueplan.ui.shared.button_letters import letter_buttons

Dialog = TypeVar("Dialog", bound=QDialog)


@contextmanager
def asked(dialog: Dialog) -> Iterator[Dialog]:
    """``with asked(SomeDialog(..., parent)) as dialog:`` run it and read what it holds; it is
    deleted once the block is left (at the event loop's next turn), however it is left. Its buttons
    that Qt names (OK, Cancel …) are given Alt-letters of their own first (button_letters)."""
    letter_buttons(dialog)
    try:
        yield dialog
    finally:
        dialog.deleteLater()
