"""Blocks that know their height before they are painted, and the flow that puts them on pages.

Lengths are device pixels, computed from millimetres and the device's resolution, and fonts
are sized in points, so the same code is sharp on a 1200 dpi printer and right in a preview.
Text is laid out with QTextLayout as plain text: nothing a user typed is read as markup, and
a word longer than the line (a pasted link) breaks anywhere rather than running off the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QTextCharFormat, QTextLayout, QTextOption

INK = QColor(31, 41, 51)
MUTED = QColor(96, 106, 118)
RULE = QColor(190, 196, 204)
SHADE = QColor(241, 243, 246)


class Units:
    """Millimetres and points on one paint device."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.dpi = device.logicalDpiY()

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(["DejaVu Sans", "Noto Sans", "Helvetica", "Arial", "sans-serif"])
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font


class Text:
    """A paragraph of plain text wrapped to a width."""

    def __init__(self, units: Units, text: str, font: QFont, width: float, color: QColor = INK,
                 centred: bool = False, lead: str = "") -> None:
        """``lead`` begins the paragraph in bold, muted: a label run into its text, which takes no line of its own."""
        self.color = color
        self.layout = QTextLayout(lead + text.replace("\r\n", "\n").replace("\n", "\u2028"), font, units.device)
        if lead:
            label = QTextCharFormat()
            label.setFontWeight(QFont.Weight.Bold)
            label.setForeground(MUTED)
            run = QTextLayout.FormatRange()
            run.start, run.length, run.format = 0, len(lead.encode("utf-16-le")) // 2, label
            self.layout.setFormats([run])
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        if centred:
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.layout.setTextOption(option)
        self.layout.beginLayout()
        top = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0.0, top))
            top += line.height()
        self.layout.endLayout()
        self.height = top

    def paint(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.color)
        self.layout.draw(painter, QPointF(x, y))


Paint = Callable[[QPainter, float, float], None]


@dataclass
class Block:
    """Something of a known height, painted at (x, y); never split across pages unless it is
    taller than a page, then its ``parts`` flow on their own."""

    height: float
    paint: Paint
    space_before: float = 0.0
    parts: Sequence[Block] = ()
    page_break: bool = False  # start a new page before this block
    carry: Block | None = None  # painted above this block when it is moved to a new page (a heading)


@dataclass
class Stack:
    """Blocks one under the other, built into one Block."""

    gap: float = 0.0
    items: list[tuple[float, Block]] = field(default_factory=list)  # (offset, block)
    height: float = 0.0

    def add(self, block: Block, gap: float | None = None) -> None:
        if self.items:
            self.height += self.gap if gap is None else gap
        self.items.append((self.height, block))
        self.height += block.height

    def block(self, space_before: float = 0.0, page_break: bool = False, carry: Block | None = None) -> Block:
        def paint(painter: QPainter, x: float, y: float) -> None:
            for offset, block in self.items:
                block.paint(painter, x, y + offset)

        return Block(self.height, paint, space_before, [b for _o, b in self.items], page_break, carry)


def together(first: Block, *rest: Block) -> Block:
    """Blocks kept on one page, each at its own distance below the one before: a heading with
    what it heads, so that no page ends on a heading (a block taller than a page still flows)."""
    stack = Stack()
    for block in (first, *rest):
        stack.add(block, block.space_before)
    return stack.block(space_before=first.space_before)


def text_block(text: Text, indent: float = 0.0, space_before: float = 0.0) -> Block:
    return Block(text.height, lambda painter, x, y: text.paint(painter, x + indent, y), space_before)


@dataclass
class Placed:
    block: Block
    y: float


def paginate(blocks: Sequence[Block], body_height: float) -> list[list[Placed]]:
    """Blocks onto pages, top to bottom: a block goes to the next page when it does not fit
    in what is left of this one, under its ``carry`` if it has one; one taller than a page is
    split into its parts, which carry what it carries. A split block (a session) starts where
    the page is, unless starting it on a new page spreads its parts over fewer pages."""
    flow = _Flow(body_height)
    for block in blocks:
        flow.place(block)
    return flow.pages


class _Flow:
    def __init__(self, body_height: float, pages: list[list[Placed]] | None = None, y: float = 0.0) -> None:
        self.body_height = body_height
        self.pages = pages if pages is not None else [[]]
        self.y = y

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def place(self, block: Block) -> None:
        if block.page_break and self.pages[-1]:
            self.new_page()
        top = self.y + (block.space_before if self.pages[-1] else 0.0)
        if top + block.height > self.body_height and self.pages[-1]:
            if block.parts and block.height > self.body_height:
                if self._pages_spread(block, fresh=False) > self._pages_spread(block, fresh=True):
                    self.new_page()
                for part in self._split(block):
                    self.place(part)
                return
            self.new_page()
            top = 0.0
            if block.carry is not None:
                self.pages[-1].append(Placed(block.carry, 0.0))
                top = block.carry.height + block.space_before
        if block.height > self.body_height and block.parts:
            for part in self._split(block):
                self.place(part)
            return
        self.pages[-1].append(Placed(block, top))
        self.y = top + block.height

    @staticmethod
    def _split(block: Block) -> list[Block]:
        """The parts of a block to place one by one: the first with the block's space and page
        break, each under the block's carry unless it has its own."""
        return [Block(part.height, part.paint, block.space_before if index == 0 else part.space_before, part.parts,
                      block.page_break if index == 0 else part.page_break, part.carry or block.carry)
                for index, part in enumerate(block.parts)]

    def _pages_spread(self, block: Block, fresh: bool) -> int:
        """How many pages the block's parts would be on, begun here or on a new page."""
        trial = _Flow(self.body_height, [[]] if fresh else [list(self.pages[-1])], 0.0 if fresh else self.y)
        before = len(trial.pages[0])
        for part in self._split(block):
            trial.place(part)
        return len(trial.pages) - (1 if len(trial.pages[0]) == before else 0)
