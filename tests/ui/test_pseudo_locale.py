"""A pseudo-locale run: every text 40 % longer (tests/ui/pseudo_locale.py). The preferences,
the guide and the About box show every text whole; screenshots of the window, the calendar,
the log form and the dialogs go to $GLUEPLAN_PSEUDO_SHOTS when it is set, to look at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.templates import builtin_templates
from glueplan.store.database import Store
from glueplan.ui.help.about import about_text
from glueplan.ui.main_window import MainWindow
from glueplan.ui.settings.dialog import PreferencesDialog
from glueplan.ui.shared.live_workspace import LiveWorkspace
from tests.conftest import on_screen
from tests.ui.pseudo_locale import PseudoTranslator, stretched_messages


def cut_texts(root: QWidget) -> list[str]:
    """Texts on one line that are wider than the widget showing them."""
    cut = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull():
            text = widget.text()
            if text and "<" not in text and "\n" not in text and \
                    metrics.horizontalAdvance(text) > widget.contentsRect().width():
                cut.append(f"{type(widget).__name__}: {text!r}")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            text = widget.text().replace("&", "")
            if text and widget.sizeHint().width() > widget.width():
                cut.append(f"{type(widget).__name__}: {text!r}")
        elif isinstance(widget, QComboBox) and widget.currentText() and widget.minimumContentsLength() == 0 \
                and widget.sizeHint().width() > widget.width():
            cut.append(f"QComboBox: {widget.currentText()!r}")
    return cut


@pytest.fixture
def pseudo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    translator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    with stretched_messages(monkeypatch):
        yield
    qapp.removeTranslator(translator)


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("GLUEPLAN_PSEUDO_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_the_preferences_guide_and_about_show_every_text_whole(qtbot: QtBot, pseudo: None,
                                                                live: LiveWorkspace) -> None:
    preferences = PreferencesDialog(live)
    on_screen(qtbot, preferences, preferences.sizeHint().width(), preferences.sizeHint().height())
    about = QMessageBox(QMessageBox.Icon.NoIcon, "glueplan", about_text())
    qtbot.addWidget(about)
    about.show()
    for dialog, name in ((preferences, "preferences"), (about, "about")):
        shot(dialog, name)
        assert not cut_texts(dialog), cut_texts(dialog)
    assert "Preefeereencees" in preferences.windowTitle()  # the run is pseudo-localised


def test_screenshots_of_the_window_in_a_long_language(qtbot: QtBot, pseudo: None, store: Store) -> None:
    """Not an assertion on other helpers' pages: it writes what they look like (and lists the
    cut texts in the log) for people to look at."""
    workspace = open_workspace(store, Language.EN)
    window = MainWindow(workspace.catalog, Language.EN)
    window.attach(LiveWorkspace(workspace, window))
    on_screen(qtbot, window, 1400, 860)
    window.programs_page().start_program(builtin_templates()["seed-000"])
    window.library.select("bulgarian_split_squat")
    program = workspace.program
    assert program is not None and program.start is not None
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        if window.tabs.currentWidget() is window.log_tab:
            window.log_tab.build().date.setDate(QDate(program.start.year, program.start.month, program.start.day))
        shot(window, f"window-tab{tab}")
        print(f"tab {tab}:", cut_texts(window))
    window.show_guide()
    assert window.guide is not None
    shot(window.guide, "guide")
