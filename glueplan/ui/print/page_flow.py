"""Blocks that know their height before they are painted, and the flow that puts them on pages.

Lengths are device pixels, computed from millimetres and the device's resolution, and fonts
are sized in points, so the same code is sharp on a 1200 dpi printer and right in a preview.
Text is laid out with QTextLayout as plain text: nothing a user typed is read as markup, and
a word longer than the line (a pasted link) breaks anywhere rather than running off the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QTextCharFormat, QTextLayout, QTextOption
from glueplan.domain.record import Record

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
    taller than a page, or ``breakable`` (a session) and split between its parts to save paper."""

    height: float
    paint: Paint
    space_before: float = 0.0
    parts: Sequence[Block] = ()
    carry: Block | None = None  # painted above this block when it is moved to a new page (a heading)
    breakable: bool = False


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

    def block(self, space_before: float = 0.0, carry: Block | None = None, breakable: bool = False) -> Block:
        def paint(painter: QPainter, x: float, y: float) -> None:
            for offset, block in self.items:
                block.paint(painter, x, y + offset)

        return Block(self.height, paint, space_before, [b for _o, b in self.items], carry, breakable)


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


class _Piece(Record):
    """A block placed whole, and the split blocks it is part of, outermost first: a page break
    between two pieces splits those they share."""

    block: Block
    within: tuple[int, ...]


def paginate(blocks: Sequence[Block], body_height: float) -> list[list[Placed]]:
    """Blocks onto pages, in order, on the fewest pages. A block stays whole; one taller than a
    page is split into its parts, and a breakable one (a session) may be split between its parts,
    under its ``carry`` on the next page, where that saves a page: a block that would fit under the
    one before does not start a new page when that costs a page. Of the layouts on the fewest
    pages, the one that splits the fewest breakable blocks (a session that fits on a page is moved
    whole to the next when that costs nothing), then the one whose earlier pages are fuller."""
    groups = count()
    pieces = [piece for block in blocks for piece in _pieces(block, body_height, (), groups)]
    if not pieces:
        return [[]]
    after: list[int] = [len(pieces)] * len(pieces)  # where the page that starts at each piece ends
    # of the pieces from each one on: pages, breakable blocks split, and minus how far each page is filled
    best: list[tuple[int, int, tuple[float, ...]]] = [(0, 0, ())] * (len(pieces) + 1)
    for first in range(len(pieces) - 1, -1, -1):
        chosen: tuple[int, int, tuple[float, ...]] | None = None
        bottom = 0.0
        for last in range(first, len(pieces)):
            bottom = _top(pieces, first, last, bottom) + pieces[last].block.height
            if bottom > body_height and last > first:
                break
            pages, splits, filled = best[last + 1]
            split = _shared(pieces[last], pieces[last + 1]) if last + 1 < len(pieces) else 0
            cost = (1 + pages, split + splits, (-bottom, *filled))
            if chosen is None or cost < chosen:
                chosen, after[first] = cost, last + 1
        assert chosen is not None
        best[first] = chosen
    pages: list[list[Placed]] = []
    first = 0
    while first < len(pieces):
        carry = _carried(pieces, first)
        page = [Placed(carry, 0.0)] if carry is not None else []
        bottom = 0.0
        for last in range(first, after[first]):
            top = _top(pieces, first, last, bottom)
            page.append(Placed(pieces[last].block, top))
            bottom = top + pieces[last].block.height
        pages.append(page)
        first = after[first]
    return pages


def _top(pieces: Sequence[_Piece], first: int, last: int, bottom: float) -> float:
    """Where piece ``last`` starts on a page that starts with piece ``first`` and is filled to
    ``bottom``: a page's first piece at the top, under its carry when it continues a block."""
    block = pieces[last].block
    if last > first:
        return bottom + block.space_before
    carry = _carried(pieces, first)
    return 0.0 if carry is None else carry.height + block.space_before


def _carried(pieces: Sequence[_Piece], first: int) -> Block | None:
    """What is said again over a page that starts with piece ``first``: its carry, unless it begins the sheet."""
    return pieces[first].block.carry if first > 0 else None


def _pieces(block: Block, body_height: float, within: tuple[int, ...], groups: Iterator[int]) -> list[_Piece]:
    """The block as the pieces the pages take whole: itself, or its parts when it is breakable
    or taller than a page, each part with the block's space before the first and its carry."""
    if not block.parts or not (block.breakable or block.height > body_height):
        return [_Piece(block, within)]
    inner = (*within, next(groups))
    parts = [Block(part.height, part.paint, block.space_before if index == 0 else part.space_before, part.parts,
                   part.carry or block.carry, part.breakable) for index, part in enumerate(block.parts)]
    return [piece for part in parts for piece in _pieces(part, body_height, inner, groups)]


def _shared(before: _Piece, after: _Piece) -> int:
    """How many blocks a page break between the two pieces splits."""
    shared = 0
    for mine, theirs in zip(before.within, after.within):
        if mine != theirs:
            break
        shared += 1
    return shared
