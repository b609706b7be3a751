"""What has the keyboard shows it: an item view tabbed into chooses the row it makes current (the
row the keys act on), and a panel that draws no focus of its own is framed in the highlight colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QRect, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFrame, QScrollArea, QWidget

from glueplan.ui.settings.theme import FOCUS_WIDTH, focus_colour

KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)


def choose_current_on_keyboard_focus(view: QAbstractItemView, event: QFocusEvent) -> None:
    """Called after the view's own focusInEvent, where Qt makes a row current but chooses nothing:
    the row Delete (or Ctrl+Return) acts on did not show. A click chooses what it clicks itself."""
    current = view.currentIndex()
    if event.reason() in KEYBOARD and current.isValid() and not view.selectionModel().isSelected(current):
        view.selectionModel().select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def hand_keyboard(widget: QWidget, now: bool) -> None:
    """Give ``widget`` the keyboard in place of one that goes: ``now`` if that one had it, else only as the one
    its window and page remember, to have it when they are active again (Qt forgets one that goes and hands
    the keyboard to the page's first field on the way back). The keyboard stays in another window, or the tab
    bar, where it is: Qt's setFocus takes it in an active window even for a widget on a hidden tab, so it is
    taken back at once, and neither the widget that has it nor the application notices the round trip (a
    focus-out ends a line edit's editing and lets go of its chosen text; the Week's editor saves and closes
    when the application says the keyboard left it)."""
    current = QApplication.focusWidget()
    if now or current is None:
        widget.setFocus()
        return
    unnoticed = _FocusUnnoticed()
    watched = [current, _deepest_focus_proxy(widget)]
    for seen in watched:
        seen.installEventFilter(unnoticed)
    application = QApplication.instance()
    was_blocked = application.blockSignals(True)  # its focusChanged there and back
    try:
        widget.setFocus()
        current.setFocus()
    finally:
        application.blockSignals(was_blocked)
        for seen in watched:
            seen.removeEventFilter(unnoticed)


class _FocusUnnoticed(QObject):
    """Swallows the focus events of a keyboard that goes and comes straight back."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in (QEvent.Type.FocusAboutToChange, QEvent.Type.FocusIn, QEvent.Type.FocusOut)


def _deepest_focus_proxy(widget: QWidget) -> QWidget:
    """The widget that Qt gives the keyboard when ``widget`` is given it."""
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    return widget


def first_field(page: QWidget) -> QWidget | None:
    """The first widget of ``page`` that Tab stops at (shown, enabled), as Qt picks one on a tab it moves the
    keyboard into; None if it has none."""
    widget = page.nextInFocusChain()
    while widget is not page:
        if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and \
                widget.focusProxy() is None and widget.isVisibleTo(page) and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    return None


def paint_focus_frame(widget: QWidget, rect: QRect | None = None, chosen: bool = False) -> None:
    """A 2-pixel frame in the focus colour (3:1 or more, theme.focus_colour) inside ``widget``'s edge (or inside
    ``rect`` of it, such as an item view's row, ``chosen`` when it is highlighted), painted from its paint event.
    In the highlight colour itself it was 2.6:1 on the dark theme's field, and nothing on a chosen row."""
    painter = QPainter(widget)
    painter.setPen(QPen(focus_colour(widget.palette(), chosen), FOCUS_WIDTH))
    painter.drawRect((widget.rect() if rect is None else rect).adjusted(1, 1, -1, -1))
    painter.end()


class FramedScrollArea(QScrollArea):
    """A frame-less scroll area that Tab stops at (the arrows scroll it) and that shows when it has
    the keyboard: frame-less, it showed no sign of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportMargins(2, 2, 2, 2)  # room for the frame

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self.hasFocus():
            paint_focus_frame(self)
        elif event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return handled
