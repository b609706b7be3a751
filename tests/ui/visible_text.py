"""Every text a user can see in a window (labels, buttons, titles, tooltips, menus, list and
table entries, chart labels), and a test of whether a text is English.

English is told by words: a word of glueplan's English texts (tr() sources, the message
catalogue, the exercise catalogue) that none of its Danish or Norwegian texts uses. So
"squat" or "RIR", which the Danish and Norwegian texts use too, are not English; "Save" is.
"""

from __future__ import annotations

import json
import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from glueplan.domain.language import Language
from glueplan.ui.help.about import SCIENCE_SOURCES
from glueplan.ui.library.other_names import language_name
from tests.conftest import RESOURCES

WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
# Words every language writes the same: the app's name, abbreviations, units, file types.
INVARIANTS = {"glueplan", "rir", "png", "csv", "pdf", "ctrl", "shift", "enter", "sqlite", "mit", "doi", "kgs",
              "english", "iusca", "acsm"}
ROWS_READ = 200  # of each list or table: enough to meet every kind of entry


def plain(text: str) -> str:
    """A label's text without markup, mnemonics or the placeholders of a translation."""
    if "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return re.sub(r"%\d|%n", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))


def _words(texts: Iterator[str]) -> set[str]:
    return {word.lower() for text in texts for word in WORD.findall(plain(text))}


def _strings(value: Any, languages: tuple[str, ...]) -> Iterator[str]:
    """The texts in the given languages anywhere in a TOML document."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key in languages:
                yield from ([item] if isinstance(item, str) else [v for v in item if isinstance(v, str)])
            elif key not in ("en", "da", "nb"):
                yield from _strings(item, languages)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, languages)


def _documents() -> list[Any]:
    files = [RESOURCES / "messages.toml", *sorted((RESOURCES / "catalog").rglob("*.toml"))]
    templates = sorted((RESOURCES / "templates").glob("*.json"))
    return [*(tomllib.loads(path.read_text(encoding="utf-8")) for path in files),
            *(json.loads(path.read_text(encoding="utf-8")) for path in templates)]


@cache
def english_only_words() -> frozenset[str]:
    documents = _documents()
    english = _words(text for document in documents for text in _strings(document, ("en",)))
    local = _words(text for document in documents for text in _strings(document, ("da", "nb")))
    for language in ("da", "nb"):
        tree = ET.parse(RESOURCES / "translations" / f"glueplan_{language}.ts")
        english |= _words(m.findtext("source") or "" for m in tree.iter("message"))
        local |= _words(t.text or "" for t in tree.iter("translation"))
        local |= _words(t.text or "" for t in tree.iter("numerusform"))
    return frozenset(english - local - INVARIANTS)


def english_words(text: str) -> list[str]:
    """The English words of a text, leaving out a line that says it is English ("Engelsk: Box
    step-up", an exercise's name in the other languages) and the citations of studies."""
    labelled = re.escape(language_name(Language.EN))
    text = re.sub(rf"(?m)^{labelled}: .*$", "", plain(text))
    for citation, _topic in SCIENCE_SOURCES:  # studies are cited as published
        text = text.replace(citation, "")
    return [word for word in WORD.findall(text) if word.lower() in english_only_words()]


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        yield f"{where} > {action.text()}", action.text()
        if action.toolTip() != action.text().replace("&", "").replace("…", "..."):
            yield f"{where} > {action.text()} (tooltip)", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    """A list model's columnCount is private in Qt: it has one."""
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for orientation, count in ((Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
                               (Qt.Orientation.Vertical, 0)):
        for section in range(count):
            header = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str):
                yield f"{where} header", header

    def rows(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), ROWS_READ)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield f"{where} row {row}", value
                if depth < 2:
                    yield from rows(index, depth + 1)
    yield from rows(QModelIndex(), 0)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for the window and every widget in it, shown or on a tab not chosen."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow():
            yield f"{where} title", widget.windowTitle()
        yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QTextEdit):
            yield where, widget.toPlainText()
        elif isinstance(widget, QProgressBar):
            yield where, widget.text()
        elif isinstance(widget, QMenu):
            yield from _menu_texts(widget, where)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{where} tab", widget.tabText(index)
                yield f"{where} tab tooltip", widget.tabToolTip(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{where} item", widget.itemText(index)
        if isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QDateTimeEdit):
            yield f"{where} special", widget.specialValueText()
            yield f"{where} suffix", getattr(widget, "suffix", lambda: "")()
        if isinstance(widget, QAbstractItemView):
            yield from _model_texts(widget, where)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    yield f"{where} chart text", item.toPlainText()
        for action in widget.actions():
            yield f"{where} action", action.text()
            yield f"{where} action tooltip", action.toolTip()


def english_on_screen(root: QWidget) -> list[str]:
    """Each text of the window that has an English word, with where it is."""
    found = []
    for where, text in visible_texts(root):
        words = english_words(text) if text else []
        if words:
            found.append(f"{where}: {text!r} ({', '.join(words)})")
    return sorted(set(found))
