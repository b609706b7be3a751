"""The head of a day's column: the day's name, then its date and ISO week, and the findings list's
warning or error icon when a finding concerns the day (its tooltip counts them). Seven of them must
fit beside the library on a small screen in any language, so the date and week wrap under the name,
and where even the name does not fit it is shortened ("Wed", "ons.") with the whole name in the
tooltip. Today's name is set on a block of the focus colour (3:1 and more on the window, as ContrastStyle's
focus frame), its tooltip saying "Today"."""

from __future__ import annotations

from base64 import b64encode
from functools import cache
from html import escape

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from glueplan.domain.findings import Severity
from glueplan.ui.shared.plain_text import plain_tooltip
from glueplan.ui.settings.theme import black_or_white, focus_colour
from glueplan.ui.shared.saved_file import png_bytes
from glueplan.ui.week.model import severity_icon

NO_BREAK = "\u00a0"  # keeps "week 49" and a finding's icon on one line
SEPARATOR = " · "  # between the parts under the name, where they share a line


class DayHeader(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._name = self._short = self._findings = ""
        self._below: tuple[str, ...] = ()
        self._mark: Severity | None = None
        self._today = False

    def show_day(self, name: str, short: str, below: tuple[str, ...] = (), mark: Severity | None = None,
                 findings: str = "", today: bool = False) -> None:
        """``below`` are the rich-text parts under the name (the date; the week), their spaces
        non-breaking where a break would read badly ("week 49"): on one line with " · " between them
        where the column is wide enough, else a line each (wrapped, the separator was left at a line's
        end: "07.12. ·"). ``mark``, the worst severity of the day's findings, puts its icon after them,
        and ``findings`` (their count) is the tooltip: a 10-px dot told a warning from an error by
        colour alone, and said nothing on hover. The same day again (every edit shows the headers
        anew) changes nothing: no new layout, no repaint. ``today``: the day is today (a physiotherapist looked
        for it in vain on the day she gave a client a program)."""
        shown = (name, short, below, mark, findings, today)
        if shown == (self._name, self._short, self._below, self._mark, self._findings, self._today):
            return
        self._name, self._short, self._below, self._mark, self._findings, self._today = shown
        self.updateGeometry()
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the short name and the widest unbreakable part of the rest."""
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        widest_word = self._width(self._html(self._short, one_line=False), words=True)
        hint.setWidth(int(widest_word) + 1 + margins.left() + margins.right() + 2 * self.margin())
        return hint

    def _width(self, html: str, words: bool = False) -> float:
        """How wide the rich text is laid out on lines of its own (``words``: its widest word)."""
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font())
        document.setHtml(html)
        if words:
            document.setTextWidth(0)  # a line per word
        return document.idealWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """Today's block in the new theme's colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._fit()

    def _fit(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        room = self.contentsRect().width() - 2 * self.margin()
        padded = f"{NO_BREAK}{self._name}{NO_BREAK}" if self._today else self._name  # as _html sets it
        whole = QFontMetrics(bold).horizontalAdvance(padded) <= room
        one_line = self._width(SEPARATOR.join(self._below)) <= room
        text = self._html(self._name if whole else self._short, one_line)
        if self.text() != text:  # rich-text labels lay out anew on every setText
            self.setText(text)
        tip = "\n".join(part for part in (self.tr("Today") if self._today else "", "" if whole else self._name,
                                           self._findings) if part)
        self.setToolTip(plain_tooltip(tip))

    def _html(self, name: str, one_line: bool) -> str:
        parts = self._below
        if self._mark is not None:
            icon = mark_html(self._mark, QFontMetrics(self.font()).height(), self.devicePixelRatioF())
            parts = (*parts[:-1], f"{parts[-1]}{NO_BREAK}{icon}") if parts else (icon,)
        below = (SEPARATOR if one_line else "<br>").join(parts)
        said = escape(name)
        if self._today:
            ground = focus_colour(self.palette())
            said = f"<span style='background-color:{ground.name()}; color:{black_or_white(ground).name()}'>" \
                   f"{NO_BREAK}{said}{NO_BREAK}</span>"
        return f"<b>{said}</b>" + (f"<br>{below}" if below else "")


@cache
def mark_html(severity: Severity, size: int, ratio: float) -> str:
    """The severity's icon as the findings list shows it, a line of text high, sharp at the screen's scale
    (made once for each: a header lays out its text again at every resize)."""
    picture = severity_icon(severity).pixmap(QSize(size, size), ratio)
    data = b64encode(png_bytes(picture)).decode("ascii")
    return f"<img src='data:image/png;base64,{data}' width='{size}' height='{size}' style='vertical-align:middle'>"
