"""Alt-letters for the buttons Qt names itself: OK, Cancel, Close, Save, Apply … come without one in
Danish and Norwegian (Qt's catalogue and glueplan's), and in English on most desktops, while every
other button of glueplan's has one. A letter fixed per button in the catalogue would clash with a
field's in some dialog ("&Cancel" beside "&Comment"), so each button is given a letter that nothing
else in its dialog has, when the dialog is asked."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QGroupBox, QLabel, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    """The letter (lower-cased) that Alt takes ``text``'s widget with, as Qt reads it ("&&" is an ampersand)."""
    at = text.find("&")
    while 0 <= at < len(text) - 1:
        if text[at + 1] != "&":
            return text[at + 1].casefold()
        at = text.find("&", at + 2)
    return None


def letter_buttons(dialog: QWidget) -> None:
    """Give each button of ``dialog``'s button boxes an Alt-letter nothing else in the dialog has: its own
    if it has one that is free, else the first letter of a word of its text that is, else any other free
    letter of it. (Qt's Danish "&Ja" and "Ne&j til alle" share one, and a box's OK may meet a field's O.)"""
    buttons = [button for box in dialog.findChildren(QDialogButtonBox) for button in box.buttons()]
    taken = {letter for text in _lettered_texts(dialog, buttons) if (letter := mnemonic(text)) is not None}
    to_letter: list[QAbstractButton] = []
    for button in buttons:
        letter = mnemonic(button.text())
        if letter is None or letter in taken:
            to_letter.append(button)
        else:
            taken.add(letter)
    for button in to_letter:
        text = _without_letter(button.text())
        if "&" in text:  # an ampersand the text means: left as it is
            continue
        at = next((at for at in _candidates(text) if text[at].casefold() not in taken), None)
        if at is not None:
            taken.add(text[at].casefold())
            button.setText(f"{text[:at]}&{text[at:]}")


def _without_letter(text: str) -> str:
    """``text`` without the "&" of its Alt-letter, if it has one and no ampersand of its own."""
    return text.replace("&", "", 1) if text.count("&") == 1 else text


def _lettered_texts(dialog: QWidget, but: list[QAbstractButton]) -> list[str]:
    """The texts in ``dialog`` whose Alt-letter takes somewhere (a field's label, a button, a group, a tab),
    but those of the buttons ``but``."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton) if button not in but]
    texts += [group.title() for group in dialog.findChildren(QGroupBox)]
    texts += [bar.tabText(tab) for bar in dialog.findChildren(QTabBar) for tab in range(bar.count())]
    return texts


def _candidates(text: str) -> list[int]:
    """Where in ``text`` a letter may go: the start of each word first, then the other letters in order."""
    letters = [at for at, character in enumerate(text) if character.isalnum()]
    starts = [at for at in letters if at == 0 or not text[at - 1].isalnum()]
    return starts + [at for at in letters if at not in starts]
