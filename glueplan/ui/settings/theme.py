"""Light or dark: the desktop's choice by default, or the user's.

Qt follows the desktop's colour scheme where the platform tells it; where it cannot (or when
the user picks one), the app sets a palette itself. Colours the app chooses (error text,
muted text, chart lines) come in pairs, one for each kind of palette. Over whichever style, the
app draws what must read at 3:1 (WCAG 2.2, for focus and for a control's edges): ContrastStyle.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QStyleOptionComboBox, \
    QWidget

from glueplan.ui.settings.preferences import Theme
from glueplan.domain.record import Record


def is_dark(palette: QPalette | None = None) -> bool:
    """True when text is light on a dark window (the palette given, else the app's)."""
    palette = palette or QGuiApplication.palette()
    return is_dark_colours(palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText))


def is_dark_colours(window: QColor, text: QColor) -> bool:
    """is_dark's test on a window's colour and its text's, for a caller that holds the colours, not the palette
    (focus_colour's, cached by colour)."""
    return window.lightness() < text.lightness()


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, 1 to 21."""
    def luminance(colour: QColor) -> float:
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class Tone(Record):
    """A colour the app chooses, with the variant that reads on a dark palette."""

    light: str
    dark: str

    def on(self, palette: QPalette | None = None) -> QColor:
        return QColor(self.dark if is_dark(palette) else self.light)

    def name(self, palette: QPalette | None = None) -> str:
        return self.on(palette).name()


ERROR_TEXT = Tone("#b3261e", "#ff8a80")
MUTED_TEXT = Tone("#6b6b6b", "#a8a8a8")
WEEKEND_TEXT = Tone("#c62828", "#f28b82")  # a calendar's Saturdays and Sundays
# The edge of a tick box or a radio button: Fusion's, the window's colour darkened, was 1.2:1 on the dark theme.
CONTROL_EDGE = MUTED_TEXT
LEAST_CONTRAST = 3.0  # WCAG 2.2's for a focus indicator and for what identifies a control
# Focus is coloured to read at 4.5:1 on the palette's plain grounds, to keep 3:1 on the tints and gradients Fusion
# puts beside it (a focused button's face, a default button's edge): at 3:1 exactly the frame read 2.6:1 on those.
FOCUS_AIM = 4.5
FOCUS_WIDTH = 2  # pixels at 1x, as WCAG 2.2 (2.4.13) asks of a focus indicator


def focus_colour(palette: QPalette, on_highlight: bool = False) -> QColor:
    """The highlight, made lighter on a dark palette (darker on a light one) until it reads at FOCUS_AIM on the
    window, the fields and the buttons; on a chosen row, the text that reads on the highlight. Fusion framed focus
    in the highlight darkened, 2.2:1 on the dark theme's window, 1.8:1 on its fields."""
    roles = QPalette.ColorRole
    if on_highlight:
        colours = (roles.Highlight, roles.HighlightedText, roles.WindowText)
    else:
        colours = (roles.Highlight, roles.Window, roles.Base, roles.Button, roles.WindowText)
    return QColor.fromRgba(_focus_rgba(on_highlight, *(palette.color(role).rgba() for role in colours)))


@cache
def _focus_rgba(on_highlight: bool, highlight: int, *others: int) -> int:
    """focus_colour's answer for a palette's colours (as 0xAARRGGBB): found once per palette, not in every paint of
    every focused control (up to 36 contrasts each; the first frame's paint spent 5 % of its time here)."""
    colour = QColor.fromRgba(highlight)
    if on_highlight:
        return max(others, key=lambda text: contrast(QColor.fromRgba(text), colour))
    *grounds, window_text = [QColor.fromRgba(rgba) for rgba in others]
    dark = is_dark_colours(grounds[0], window_text)
    for _step in range(12):
        if min(contrast(colour, ground) for ground in grounds) >= FOCUS_AIM:
            return colour.rgba()
        colour = QColor.fromRgb((colour.lighter(115) if dark else colour.darker(115)).rgb())  # 8 bits, as drawn
    return window_text.rgba()


def black_or_white(ground: QColor) -> QColor:
    """Whichever of black and white reads better on ``ground``."""
    return max((QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)), key=lambda c: contrast(c, ground))


class ContrastStyle(QProxyStyle):
    """The platform's style (Fusion where it has none), with a focus frame of 2 pixels at 1x (3 at 150 %) in
    focus_colour on buttons, fields, check boxes and the current row of a list, the edges of tick boxes and radio
    buttons in CONTROL_EDGE, an icon on a chosen row (a session's error or warning in the week) ringed in
    black or white, whichever reads on the highlight, and the menu bar's title the keyboard is on while no menu is
    open (after Alt and a letter, Escape closes the menu and leaves the keys on its title, as Windows and KDE do).
    Fusion drew focus one device pixel wide at any scale, a focused button much as the default one, a focused check
    box as a 1.17:1 tint, unticked boxes at 1.2:1 on the dark theme, tinted an icon on a chosen row toward the
    highlight (the error icon 1.33:1 on it), and nothing at all on that title: the keys seemed to do nothing."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        primitive = QStyle.PrimitiveElement
        if element is primitive.PE_FrameFocusRect:
            chosen = bool(option.state & QStyle.StateFlag.State_Selected)  # a list's current row, chosen
            draw_focus_frame(painter, option.rect, focus_colour(option.palette, chosen))
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in (primitive.PE_IndicatorCheckBox, primitive.PE_IndicatorRadioButton) and \
                option.state & QStyle.StateFlag.State_Enabled:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, element is primitive.PE_IndicatorRadioButton)
            painter.setPen(QPen(CONTROL_EDGE.on(option.palette), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            edge = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
            if element is primitive.PE_IndicatorRadioButton:
                painter.drawEllipse(edge)
            else:
                painter.drawRect(edge)
            painter.restore()
        elif element is primitive.PE_PanelButtonCommand and _keyboard_focus(option) or \
                element is primitive.PE_FrameLineEdit and option.state & QStyle.StateFlag.State_HasFocus:
            draw_focus_frame(painter, option.rect, focus_colour(option.palette), 1)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element is QStyle.ControlElement.CE_MenuBarItem and widget is not None and widget.hasFocus() and \
                option.state & QStyle.StateFlag.State_Selected and not option.state & QStyle.StateFlag.State_Sunken:
            draw_focus_frame(painter, option.rect, focus_colour(option.palette))  # the title the keys are on

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOption, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        typed = control is QStyle.ComplexControl.CC_SpinBox or isinstance(option, QStyleOptionComboBox) and \
            option.editable  # a field, framed whenever it has the keyboard, as a line edit is
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox) and \
                (_keyboard_focus(option) or typed and option.state & QStyle.StateFlag.State_HasFocus):
            draw_focus_frame(painter, option.rect, focus_colour(option.palette), 1)

    def generatedIconPixmap(self, mode: QIcon.Mode, pixmap: QPixmap, option: QStyleOption) -> QPixmap:
        if mode is not QIcon.Mode.Selected or pixmap.isNull():
            return super().generatedIconPixmap(mode, pixmap, option)
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        ring = black_or_white(highlight)
        icon = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        shape, ringed = QImage(icon.size(), icon.format()), QImage(icon.size(), icon.format())
        shape.fill(ring)
        painter = QPainter(shape)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
        painter.drawImage(0, 0, icon)
        painter.end()
        ringed.fill(Qt.GlobalColor.transparent)
        painter = QPainter(ringed)
        width = max(1, round(pixmap.devicePixelRatio()))  # device pixels: a logical one, or about
        for dx in range(-width, width + 1):
            for dy in range(-width, width + 1):
                painter.drawImage(QPoint(dx, dy), shape)
        painter.drawImage(0, 0, icon)  # in its own colours, not tinted toward the highlight
        painter.end()
        ringed.setDevicePixelRatio(pixmap.devicePixelRatio())
        return QPixmap.fromImage(ringed)


def _keyboard_focus(option: QStyleOption) -> bool:
    """Focus that came from the keyboard, which Fusion frames on a button or a closed combo box."""
    wanted = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    return option.state & wanted == wanted


def draw_focus_frame(painter: QPainter, rect: QRect, colour: QColor, inset: int = 0) -> None:
    """A frame FOCUS_WIDTH pixels wide inside ``rect`` (``inset`` pixels in from its edge: a button's, a field's
    frame lies inside its own edge, so all of it reads against what was there before), in whole device pixels, 3 at
    150 %: a 2-pixel pen there fell across pixel edges and left 2 pixels at 3:1, the rest blurred."""
    to_device = painter.deviceTransform()  # the scale (150 %) and where the widget lies on what is painted
    back, _invertible = to_device.inverted()
    ratio = to_device.m11()  # device pixels a pixel: the device's own ratio was 1 in a picture made by render()
    width, inset = math.ceil(FOCUS_WIDTH * ratio), math.ceil(inset * ratio)
    area = to_device.mapRect(QRectF(rect))  # the whole device pixels inside it: a pixel cut by the edge is clipped
    outer = QRect(QPoint(math.ceil(area.left()) + inset, math.ceil(area.top()) + inset),
                  QPoint(math.floor(area.right()) - 1 - inset, math.floor(area.bottom()) - 1 - inset))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for edge in (QRect(outer.left(), outer.top(), outer.width(), width),
                 QRect(outer.left(), outer.bottom() - width + 1, outer.width(), width),
                 QRect(outer.left(), outer.top(), width, outer.height()),
                 QRect(outer.right() - width + 1, outer.top(), width, outer.height())):
        painter.fillRect(back.mapRect(QRectF(edge)), colour)  # on whole device pixels
    painter.restore()


def dark_palette() -> QPalette:
    """A dark palette for platforms whose style has none of its own."""
    palette = QPalette()
    roles = QPalette.ColorRole
    # Fields a little lighter than the window: Fusion outlines check boxes in the window's
    # colour darkened, which vanished on a field darker than the window.
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e8e8e8"), (roles.Base, "#383838"),
                         (roles.AlternateBase, "#404040"), (roles.ToolTipBase, "#3a3a3a"),
                         (roles.ToolTipText, "#e8e8e8"), (roles.PlaceholderText, "#9a9a9a"),
                         (roles.Text, "#e8e8e8"), (roles.Button, "#353535"), (roles.ButtonText, "#e8e8e8"),
                         (roles.BrightText, "#ff8a80"), (roles.Light, "#4a4a4a"), (roles.Midlight, "#404040"),
                         (roles.Mid, "#303030"), (roles.Dark, "#1a1a1a"), (roles.Shadow, "#000000"),
                         (roles.Highlight, "#2f7f9d"), (roles.HighlightedText, "#ffffff"),
                         (roles.Link, "#7cc4e0"), (roles.LinkVisited, "#b39ddb")):
        palette.setColor(role, QColor(colour))
    for role, colour in ((roles.WindowText, "#808080"), (roles.Text, "#808080"), (roles.ButtonText, "#808080")):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Ask the platform for the scheme; set a palette where it did not give one. The platform's style is wrapped
    in ContrastStyle, once (setStyle deletes the style it replaces: the wrapped one is a new one of its kind)."""
    if not isinstance(app.style(), ContrastStyle):
        app.setStyle(ContrastStyle(QStyleFactory.create(app.style().name())))
    hints = app.styleHints()
    if theme is Theme.SYSTEM:
        hints.unsetColorScheme()
        app.setPalette(QPalette())  # the platform's own again
        return
    dark = theme is Theme.DARK
    hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    if is_dark(app.palette()) != dark:
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
