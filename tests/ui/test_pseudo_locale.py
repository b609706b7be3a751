"""A pseudo-locale run: every text 40 % longer (tests/ui/pseudo_locale.py). Every one-line text
of the window's tabs (at the first window's size on a large screen and on 1280 x 800), of the
preferences, the About box and the dialogs is whole; screenshots of them and of the guide go to
$GLUEPLAN_PSEUDO_SHOTS when it is set, to look at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QDate, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from glueplan.app.opening import open_workspace
from glueplan.domain.language import Language
from glueplan.domain.paper import Paper
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store
from glueplan.ui.help.about import about_text
from glueplan.ui.main_window import MainWindow
from glueplan.ui.settings.dialog import PreferencesDialog
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.plain_text import plain_tooltip
from tests.conftest import on_screen
from tests.ui.pseudo_locale import PseudoTranslator, stretched_messages


def cut_texts(root: QWidget) -> list[str]:
    """Texts on one line that are wider than the widget showing them; a combo box may cut its
    text only when its tooltip says it whole."""
    cut = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel) and widget.pixmap().isNull() and widget.text():
            text = widget.text()
            if widget.wordWrap():  # its longest word must fit
                document = QtGui.QTextDocument()
                document.setDocumentMargin(0)
                document.setDefaultFont(widget.font())
                if QtGui.Qt.mightBeRichText(text) and widget.textFormat() != Qt.TextFormat.PlainText:
                    document.setHtml(text)
                else:
                    document.setPlainText(text)
                document.setTextWidth(0)
                if document.idealWidth() > widget.contentsRect().width() + 1:
                    cut.append(f"{type(widget).__name__}: {text!r}")
            elif "\n" not in text and widget.minimumSizeHint().width() > widget.width():
                cut.append(f"{type(widget).__name__}: {text!r}")
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            text = widget.text().replace("&", "")
            if text and widget.sizeHint().width() > widget.width():
                cut.append(f"{type(widget).__name__}: {text!r}")
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            room = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                                 QStyle.SubControl.SC_ComboBoxEditField, widget).width()
            if metrics.horizontalAdvance(widget.currentText()) > room \
                    and widget.toolTip() != plain_tooltip(widget.currentText()):
                cut.append(f"QComboBox: {widget.currentText()!r}")
    return cut


def settled(window: QWidget) -> QWidget:
    """Lay out what a tab change or a rebuild asked for, as the event loop would before painting."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.sendPostedEvents()
    return window


@pytest.fixture
def pseudo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    translator = PseudoTranslator()  # no parent: gone with the test, not left among the app's translators
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


@pytest.mark.parametrize("size", [(1400, 860), (1180, 740)])  # the first window on a large screen, on 1280 x 800
def test_every_tab_of_the_window_shows_its_texts_whole(qtbot: QtBot, pseudo: None, store: Store,
                                                      size: tuple[int, int]) -> None:
    """The library's filters, the week's day headers, the log form, the charts' buttons: every
    one-line text whole in a language 40 % longer than English. Screenshots to look at go to
    $GLUEPLAN_PSEUDO_SHOTS."""
    workspace = open_workspace(store, Language.EN, kilograms)
    window = MainWindow(workspace.catalog, Language.EN)
    window.attach(LiveWorkspace(workspace, window))
    on_screen(qtbot, window, *size)
    window.programs_page().start_program(builtin_templates()["seed-000"])
    window.library.select("bulgarian_split_squat")
    program = workspace.program
    assert program is not None and program.start is not None
    cut = {}
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        if window.tabs.currentWidget() is window.log_tab:
            log = window.log_tab.build()
            log.date.setDate(QDate(program.start.year, program.start.month, program.start.day))
            qtbot.waitUntil(lambda page=log: bool(page.blocks))
        shot(settled(window), f"window-{size[0]}-tab{tab}")
        cut[window.tabs.tabText(tab)] = cut_texts(window)
    assert window.width() <= size[0], "the window grew wider than it was made"
    assert not any(cut.values()), "\n".join(f"{tab}: {texts}" for tab, texts in cut.items())
    window.show_guide()
    assert window.guide is not None
    shot(window.guide, "guide")


def test_the_dialogs_show_their_texts_whole(qtbot: QtBot, pseudo: None, live: LiveWorkspace) -> None:
    """Profile, print options, import, plan my week and the exercise editor at the size they open at."""
    from glueplan.ui.importing.dialog import ImportDialog
    from glueplan.ui.library.exercise_editor import ExerciseEditor
    from glueplan.ui.print.print_dialog import PrintOptionsDialog
    from glueplan.ui.profile_dialog import ProfileDialog
    from glueplan.ui.programs.plan_dialog import PlanDialog

    dialogs = {"profile": ProfileDialog(live.trainee, Language.EN),
               "print": PrintOptionsDialog(6, live.workspace.trainee_id, Language.EN, "Print", Paper.A4),
               "import": ImportDialog(live), "plan": PlanDialog(live),
               "exercise": ExerciseEditor(live.catalog, Language.EN)}
    cut = {}
    for name, dialog in dialogs.items():
        opened = dialog.sizeHint().boundedTo(QSize(1400, 860))  # as Qt opens it on a 1600 x 1000 screen at most
        on_screen(qtbot, dialog, opened.width(), opened.height())
        shot(settled(dialog), name)
        cut[name] = cut_texts(dialog)
    assert not any(cut.values()), "\n".join(f"{name}: {texts}" for name, texts in cut.items())
