"""The print preview from the keyboard: its zoom and page buttons worked with the mouse only (Qt
gives them no shortcut, and Tab passed them by). Each now has the platform's standard key, says it
in its tooltip, and Tab stops at it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from glueplan.ui.print.print_dialog import preview_dialog
from glueplan.ui.settings.theme import focus_colour
from tests.conftest import on_screen
from tests.ui.test_print_sheet import sheet_of

KEYS = {"Zoom in": QKeySequence.StandardKey.ZoomIn, "Zoom out": QKeySequence.StandardKey.ZoomOut,
        "Next page": QKeySequence.StandardKey.MoveToNextPage,
        "Previous page": QKeySequence.StandardKey.MoveToPreviousPage,
        "First page": QKeySequence.StandardKey.MoveToStartOfDocument,
        "Last page": QKeySequence.StandardKey.MoveToEndOfDocument}


def shown_preview(qtbot: QtBot) -> tuple[QPrintPreviewDialog, QPrintPreviewWidget]:
    dialog = on_screen(qtbot, preview_dialog(sheet_of("seed-000")), 1000, 800)
    preview = dialog.findChild(QPrintPreviewWidget)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: preview.pageCount() > 3 and dialog.isActiveWindow())
    return dialog, preview


def action(dialog: QPrintPreviewDialog, text: str) -> QAction:
    shown = QCoreApplication.translate("QPrintPreviewDialog", text)
    return next(action for action in dialog.findChildren(QAction) if action.text() == shown)


def press(qtbot: QtBot, keys: QKeySequence.StandardKey | str) -> None:
    """The first key combination of ``keys`` typed where the keyboard is."""
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(QApplication.focusWidget(), combination.key(), combination.keyboardModifiers())


def test_the_keys_turn_the_pages(qtbot: QtBot) -> None:
    dialog, preview = shown_preview(qtbot)
    last = preview.pageCount()
    for keys, page in ((QKeySequence.StandardKey.MoveToNextPage, 2), (QKeySequence.StandardKey.MoveToNextPage, 3),
                       (QKeySequence.StandardKey.MoveToPreviousPage, 2),
                       (QKeySequence.StandardKey.MoveToEndOfDocument, last),
                       (QKeySequence.StandardKey.MoveToStartOfDocument, 1)):
        press(qtbot, keys)
        qtbot.waitUntil(lambda: preview.currentPage() == page)  # noqa: B023 (waited for at once)


def test_the_keys_zoom_and_fit(qtbot: QtBot) -> None:
    dialog, preview = shown_preview(qtbot)
    fitted = preview.zoomFactor()
    press(qtbot, QKeySequence.StandardKey.ZoomIn)
    qtbot.waitUntil(lambda: preview.zoomFactor() > fitted)
    zoomed = preview.zoomFactor()
    assert zoomed == pytest.approx(fitted * 1.1)  # one step, as a click
    toolbar = dialog.findChild(QToolBar)
    qtbot.mouseClick(toolbar.widgetForAction(action(dialog, "Zoom in")), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.zoomFactor() > zoomed)
    assert preview.zoomFactor() == pytest.approx(zoomed * 1.1)  # a click zooms once still
    zoomed = preview.zoomFactor()
    press(qtbot, QKeySequence.StandardKey.ZoomOut)
    press(qtbot, QKeySequence.StandardKey.ZoomOut)
    qtbot.waitUntil(lambda: preview.zoomFactor() < zoomed)
    assert preview.zoomMode() is QPrintPreviewWidget.ZoomMode.CustomZoom
    press(qtbot, "Ctrl+0")
    qtbot.waitUntil(lambda: preview.zoomMode() is QPrintPreviewWidget.ZoomMode.FitInView)
    assert action(dialog, "Fit page").isChecked()


def test_the_tooltips_say_the_keys(qtbot: QtBot) -> None:
    dialog, _preview = shown_preview(qtbot)
    for text, keys in (*KEYS.items(), ("Fit page", "Ctrl+0"), ("Print", QKeySequence.StandardKey.Print)):
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        assert action(dialog, text).toolTip() == f"{action(dialog, text).text()} ({shown})"


def test_tab_reaches_every_button_and_space_presses_it(qtbot: QtBot) -> None:
    dialog, preview = shown_preview(qtbot)
    toolbar = dialog.findChild(QToolBar)
    buttons = [toolbar.widgetForAction(item) for item in toolbar.actions()
               if isinstance(toolbar.widgetForAction(item), QToolButton)]
    assert len(buttons) == 15 and all(button.focusPolicy() & Qt.FocusPolicy.TabFocus for button in buttons)
    following = toolbar.widgetForAction(action(dialog, "Next page"))
    for _ in range(40):
        if QApplication.focusWidget() is following:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is following
    highlight = focus_colour(following.palette())
    assert following.grab().toImage().pixelColor(1, following.height() // 2) == highlight  # framed: it shows
    qtbot.keyClick(following, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: preview.currentPage() == 2)


@pytest.mark.parametrize("fit", ["key", "button"])
def test_fit_page_fits_the_page_after_zooming_out(qtbot: QtBot, fit: str) -> None:
    """Ctrl+- twice, then Ctrl+0 (or the Fit page button): Fit page was marked, the page stayed small."""
    dialog, preview = shown_preview(qtbot)
    fitted = preview.zoomFactor()
    for _step in range(2):
        press(qtbot, QKeySequence.StandardKey.ZoomOut)
    qtbot.waitUntil(lambda: preview.zoomFactor() < fitted * 0.9)
    if fit == "key":
        press(qtbot, "Ctrl+0")
    else:
        qtbot.mouseClick(dialog.findChild(QToolBar).widgetForAction(action(dialog, "Fit page")),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.zoomFactor() == pytest.approx(fitted))
    assert preview.zoomMode() is QPrintPreviewWidget.ZoomMode.FitInView and action(dialog, "Fit page").isChecked()
    for _step in range(2):  # and again, whatever the zoom before
        press(qtbot, QKeySequence.StandardKey.ZoomIn)
    qtbot.waitUntil(lambda: preview.zoomFactor() > fitted * 1.1)
    press(qtbot, "Ctrl+0")
    qtbot.waitUntil(lambda: preview.zoomFactor() == pytest.approx(fitted))
