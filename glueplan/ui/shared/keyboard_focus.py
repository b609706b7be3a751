"""What has the keyboard shows it: an item view tabbed into chooses the row it makes current (the
row the keys act on), a panel that draws no focus of its own is framed in the focus colour, and a window
worked from the keyboard keeps its focus frame when the keyboard comes back to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QRect, Qt
from PySide6.QtGui import QFocusEvent, QGuiApplication, QPainter
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFrame, QScrollArea, QWidget

from glueplan.ui.settings.theme import draw_focus_frame, focus_colour

KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)
_SHOWN = Qt.WidgetAttribute.WA_KeyboardFocusChange  # Qt's styles draw a focus frame only in a window that has it
_KEYS_USED = "glueplan_keys_used"  # a window's property: its keyboard was last moved by a key, not the mouse
_KEEPING = "glueplan_keeps_keyboard_shown"  # the application's property: keep_keyboard_shown is at work


def choose_current_on_keyboard_focus(view: QAbstractItemView, event: QFocusEvent) -> None:
    """Called after the view's own focusInEvent, where Qt makes a row current but chooses nothing:
    the row Delete (or Ctrl+Return) acts on did not show. A click chooses what it clicks itself."""
    current = view.currentIndex()
    if event.reason() in KEYBOARD and current.isValid() and not view.selectionModel().isSelected(current):
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if view.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows  # the whole row, as a click chooses it
        view.selectionModel().select(current, flags)


class _ChooseWhenTabbedInto(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The view's own focus-in first (it makes a row current), then the choosing."""
        if event.type() != QEvent.Type.FocusIn or not isinstance(watched, QAbstractItemView):
            return False
        assert isinstance(event, QFocusEvent)
        watched.event(event)
        choose_current_on_keyboard_focus(watched, event)
        return True


def choose_current_when_tabbed_into(*views: QAbstractItemView) -> None:
    """``choose_current_on_keyboard_focus`` for a view that is no class of ours: the findings' first row
    tabbed into showed its fix and enabled Apply fix, with the row itself a faint tint."""
    for view in views:
        view.installEventFilter(_ChooseWhenTabbedInto(view))


def keyboard_to(widget: QWidget, reason: Qt.FocusReason = Qt.FocusReason.ShortcutFocusReason) -> None:
    """Give ``widget`` the keyboard as a key does, its focus frame drawn: given without a reason, it had the
    keyboard and showed nothing, and an arrow key changed it unseen. Qt draws the frame only after a change by
    Tab or a shortcut (whose reason selects a field's text), and ``widget`` may have the keyboard already; the
    OtherFocusReason keeps a field's cursor and chosen text as they were."""
    widget.setFocus(reason)
    _show_focus(widget)


def _show_focus(widget: QWidget) -> None:
    """Qt's styles draw ``widget``'s focus frame (its window's flag, which they read as they paint)."""
    window = widget.window()
    window.setProperty(_KEYS_USED, True)
    if not window.testAttribute(_SHOWN):
        window.setAttribute(_SHOWN)
        widget.update()


def keep_keyboard_shown() -> None:
    """A window worked from the keyboard keeps its focus frame (once for the application). Qt takes it away as
    the keyboard comes back after a dialog, a menu or a list that opened, or is moved by code, until the next
    Tab: a physiotherapist at 150 % could not see where her keys went, and a Down changed a choice unseen. A
    dialog opened from such a window shows its focus too; a click moves the keyboard as Qt does, frame-less."""
    application = QApplication.instance()
    if isinstance(application, QApplication) and not application.property(_KEEPING):
        application.setProperty(_KEEPING, True)
        application.focusChanged.connect(_focus_changed)


def _focus_changed(_old: QWidget | None, now: QWidget | None) -> None:
    if now is None:
        return
    window = now.window()
    if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
        window.setProperty(_KEYS_USED, False)
    elif window.testAttribute(_SHOWN):  # a Tab or a shortcut
        window.setProperty(_KEYS_USED, True)
    elif _keys_used(window):
        _show_focus(now)


def _keys_used(window: QWidget) -> bool:
    """Whether the keyboard of ``window`` was last moved by a key; a dialog not yet used, as its parent's."""
    used = window.property(_KEYS_USED)
    if used is None and (parent := window.parentWidget()) is not None:
        return _keys_used(parent.window())
    return bool(used)


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
    draw_focus_frame(painter, widget.rect() if rect is None else rect, focus_colour(widget.palette(), chosen))
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
