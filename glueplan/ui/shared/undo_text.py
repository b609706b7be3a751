"""An undo step's name (Edit > Undo "Move squat…", Edit > Undo history) that can be said again
in another language: QUndoStack keeps only the words, and a language switch keeps the history
(LiveWorkspace.set_language says every step again)."""

from __future__ import annotations

from collections.abc import Callable


class UndoText(str):
    """The words, as commands keep them (``text``), and how to say them again: call sites pass
    the tr() they would have written, as a lambda (``UndoText(lambda: self.tr("Log set"))``),
    so that lupdate still finds the string."""

    say: Callable[[], str]

    def __new__(cls, say: Callable[[], str]) -> UndoText:  # noqa: PYI034 (always this class)
        text = super().__new__(cls, say())
        text.say = say
        return text


def said_again(text: str) -> str:
    """The text in the language now installed (a plain str cannot be said again)."""
    return text.say() if isinstance(text, UndoText) else text
