"""Shapes in world coordinates (metres, y up) that the renderer paints in depth order.

Building them in metres and letting the painter's transform scale them keeps one drawing
for every size and device: a thumbnail, the animated panel, a PNG or a printed page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPainterPath

from glueplan.domain.figure.kinematics import Vec

OUTLINE = QColor(55, 58, 66)


def point(v: Vec) -> QPointF:
    """The side of the world the viewer sees: x to the right, y up (the painter flips it)."""
    return QPointF(v[0], v[1])


def smooth_closed(points: Sequence[QPointF]) -> QPainterPath:
    """A closed curve through the points (Catmull-Rom as cubic Béziers): no corners."""
    path = QPainterPath(points[0])
    count = len(points)
    for i in range(count):
        p0, p1, p2, p3 = (points[(i + k) % count] for k in (-1, 0, 1, 2))
        path.cubicTo(p1 + (p2 - p0) / 6, p2 - (p3 - p1) / 6, p2)
    path.closeSubpath()
    return path


def rounded_box(left: float, bottom: float, width: float, height: float, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(left, bottom, width, height, radius, radius)
    return path


def disc(centre: QPointF, radius_x: float, radius_y: float | None = None) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(centre, radius_x, radius_x if radius_y is None else radius_y)
    return path


def unit(x: float, y: float) -> tuple[float, float]:
    length = math.hypot(x, y)
    return (x / length, y / length) if length > 1e-9 else (0.0, 1.0)


@dataclass
class Shape:
    """A filled path with an optional outline; ``glows`` are painted inside it, after the fill."""

    path: QPainterPath
    brush: QBrush
    outline: bool = True
    line: float = 1.0  # outline width in device pixels at a medium size
    glows: list[tuple[QPainterPath, QBrush]] = field(default_factory=list)


@dataclass
class Layer:
    """Shapes painted together (a limb, the trunk, a dumbbell) and outlined as one silhouette."""

    depth: float
    order: int
    shapes: list[Shape]
    silhouette: bool = True  # outline the union instead of each shape
