"""The body as shaded, outlined shapes, and the trained muscles glowing on it.

Each segment's outline runs along its cross-sections as the viewer sees them: a section is
an ellipse, and its half-width across the segment's drawn line is that ellipse's extent in
that direction (so a thigh seen from the front shows its width, from the side its depth).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainterPath, QRadialGradient, QTransform

from glueplan.domain.catalog import MINOR, PRIMARY, SECONDARY
from glueplan.domain.figure.body import MUSCLE_REGIONS, SIDES, MuscleRegion
from glueplan.domain.figure.kinematics import Figure, Placed, add, scale, sub
from glueplan.ui.illustration.shapes import Layer, Shape, smooth_closed, unit
from glueplan.ui.map.muscle_map import INVOLVEMENT_COLOURS

SKIN = QColor(228, 220, 210)
FAR_SIDE = 118  # percent darker: limbs on the far side recede
CAP_STEPS = 5
END_ON = 0.3  # a segment drawn shorter than this part of its length is seen end-on
CAP_BULGE = 0.05  # metres a segment's rounded end reaches past its last section as drawn
ELLIPSE_STEPS = 16
LIGHT = (-0.6, 0.8)  # light from the upper left
GROUPS = (("arm", ("upper_arm", "forearm", "hand")), ("leg", ("thigh", "shank", "foot")))
LIMB_SEPARATION = 0.06  # metres: a limb is drawn at least this far over or under the trunk


def _across(placed: Placed, normal: tuple[float, float], width: float, depth: float) -> float:
    """Half-extent of a cross-section's ellipse in the drawn direction ``normal``."""
    lateral, depth_axis = placed.axis(2), placed.depth_axis
    return math.hypot(width * (lateral[0] * normal[0] + lateral[1] * normal[1]),
                      depth * (depth_axis[0] * normal[0] + depth_axis[1] * normal[1]))


def segment_path(placed: Placed) -> tuple[QPainterPath, QPointF, QPointF]:
    """The segment's outline, and the two points across its middle a gradient runs between."""
    start = placed.to_world(placed.segment.start)
    end = placed.to_world(placed.segment.end)
    if math.hypot(end[0] - start[0], end[1] - start[1]) < END_ON * placed.segment.length:
        return _end_on_path(placed)
    dx, dy = unit(end[0] - start[0], end[1] - start[1])
    nx, ny = -dy, dx
    left: list[QPointF] = []
    right: list[QPointF] = []
    sections = placed.segment.sections
    radii = []
    for section in sections:
        centre, width, depth = placed.section_at(section.at)
        h = _across(placed, (nx, ny), width, depth)
        radii.append((centre, h, min(h, _across(placed, (dx, dy), width, depth) + CAP_BULGE)))
        left.append(QPointF(centre[0] + nx * h, centre[1] + ny * h))
        right.append(QPointF(centre[0] - nx * h, centre[1] - ny * h))
    ring = list(left)
    ring += _cap(radii[-1], (dx, dy), (nx, ny))
    ring += list(reversed(right))
    ring += _cap(radii[0], (-dx, -dy), (-nx, -ny))
    middle = min(range(len(sections)), key=lambda index: abs(sections[index].at - 0.5))
    return smooth_closed(ring), left[middle], right[middle]


def _end_on_path(placed: Placed) -> tuple[QPainterPath, QPointF, QPointF]:
    """A segment pointing at the viewer (a foot seen from the front): the outline round its
    cross-sections, each an ellipse seen face-on."""
    lateral, depth_axis = placed.axis(2), placed.depth_axis
    points = []
    for section in placed.segment.sections:
        centre, width, depth = placed.section_at(section.at)
        for step in range(ELLIPSE_STEPS):
            c, s = math.cos(2 * math.pi * step / ELLIPSE_STEPS), math.sin(2 * math.pi * step / ELLIPSE_STEPS)
            points.append((centre[0] + lateral[0] * width * c + depth_axis[0] * depth * s,
                           centre[1] + lateral[1] * width * c + depth_axis[1] * depth * s))
    hull = _convex_hull(points)
    left, right = min(hull), max(hull)
    middle = (left[1] + right[1]) / 2
    return smooth_closed([QPointF(x, y) for x, y in hull]), QPointF(left[0], middle), QPointF(right[0], middle)


def _convex_hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points round the outside, in order (Andrew's monotone chain)."""
    ordered = sorted(set(points))

    def half(run: list[tuple[float, float]]) -> list[tuple[float, float]]:
        found: list[tuple[float, float]] = []
        for p in run:
            while len(found) >= 2 and ((found[-1][0] - found[-2][0]) * (p[1] - found[-2][1])
                                       - (found[-1][1] - found[-2][1]) * (p[0] - found[-2][0])) <= 0:
                found.pop()
            found.append(p)
        return found[:-1]

    return half(ordered) + half(ordered[::-1])


def _cap(end: tuple[tuple[float, float, float], float, float], outward: tuple[float, float],
         normal: tuple[float, float]) -> list[QPointF]:
    """Points round the end of a segment, from its ``normal`` side to the other: half an ellipse
    as wide as the section and reaching ``reach`` past it (a wide section seen edge-on, such
    as the bottom of the pelvis from the front, ends nearly flat instead of in a half-disc)."""
    centre, radius, reach = end
    points = []
    for step in range(1, CAP_STEPS + 1):
        angle = math.pi * step / (CAP_STEPS + 1)
        c, s = math.cos(angle), math.sin(angle)
        points.append(QPointF(centre[0] + radius * normal[0] * c + reach * outward[0] * s,
                              centre[1] + radius * normal[1] * c + reach * outward[1] * s))
    return points


def _shaded(colour: QColor, lit: QPointF, dark: QPointF) -> QBrush:
    if (lit.x() - dark.x()) * LIGHT[0] + (lit.y() - dark.y()) * LIGHT[1] < 0:
        lit, dark = dark, lit
    gradient = QLinearGradient(lit, dark)
    gradient.setColorAt(0.0, colour.lighter(112))
    gradient.setColorAt(0.45, colour)
    gradient.setColorAt(1.0, colour.darker(125))
    return QBrush(gradient)


def _glow(placed: Placed, region: MuscleRegion, outward_sign: float,
          weight: float) -> tuple[QPainterPath, QBrush] | None:
    """A soft patch of the muscle's colour over its place on the segment (None when it faces away)."""
    centre, width, depth = placed.section_at(region.at)
    facing = add(scale(placed.depth_axis, region.toward), scale(placed.axis(2), region.outward * outward_sign))
    length = math.sqrt(sum(c * c for c in facing)) or 1.0
    facing = scale(facing, 1 / length)
    visible = min(1.0, max(0.0, 1.0 + 1.3 * facing[2]))  # the viewer looks along -z
    if visible <= 0.05:
        return None
    shift = add(scale(placed.depth_axis, region.toward * depth * 0.55),
                scale(placed.axis(2), region.outward * outward_sign * width * 0.55))
    middle = add(centre, shift)
    start, end = placed.to_world(placed.segment.start), placed.to_world(placed.segment.end)
    along = sub(end, start)
    dx, dy = unit(along[0], along[1])
    projected = math.hypot(along[0], along[1])
    half_length = max(region.length * projected, region.width * 0.5 * max(width, depth))
    half_width = region.width * _across(placed, (-dy, dx), width, depth)
    colour = QColor(INVOLVEMENT_COLOURS[weight])
    colour.setAlphaF(colour.alphaF() * visible)
    gradient = QRadialGradient(QPointF(0, 0), 1.0)
    edge = QColor(colour)
    edge.setAlpha(0)
    gradient.setColorAt(0.0, colour)
    gradient.setColorAt(0.55, colour)
    gradient.setColorAt(1.0, edge)
    brush = QBrush(gradient)
    angle = math.atan2(dy, dx)
    transform = QTransform()
    transform.translate(middle[0], middle[1])
    transform.rotateRadians(angle)
    transform.scale(half_length, half_width)
    brush.setTransform(transform)
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), 1.0, 1.0)
    return transform.map(path), brush


def _glows(placed: Placed, muscles: Mapping[str, float]) -> list[tuple[QPainterPath, QBrush]]:
    found = []
    sides = (placed.side,) if placed.side else SIDES
    for muscle, weight in sorted(muscles.items(), key=lambda pair: pair[1]):  # primary painted last
        if weight not in (PRIMARY, SECONDARY, MINOR):
            continue
        for region in MUSCLE_REGIONS.get(muscle, ()):
            if region.segment != placed.segment.name:
                continue
            for side in sides if region.outward else sides[:1]:
                glow = _glow(placed, region, 1.0 if side == "right" else -1.0, weight)
                if glow is not None:
                    found.append(glow)
    return found


def body_layers(figure: Figure, muscles: Mapping[str, float]) -> list[Layer]:
    """The limbs and the trunk, each a layer at its depth, shaded and with its muscles lit."""
    core = [figure.segment(name) for name in ("pelvis", "torso", "neck", "head")]
    core_depth = _depth(core)
    groups: list[tuple[int, float, list[Placed]]] = [(2, core_depth, core)]
    for side in SIDES:
        for offset, (group, names) in enumerate(GROUPS):
            over = 1.0 if _over_the_trunk(figure, side, group) else -1.0
            limb = [figure.segment(f"{side}_{name}") for name in names]
            depth = core_depth + over * max(abs(_depth(limb) - core_depth), LIMB_SEPARATION)
            groups.append((2 + (1 + offset) * round(over), depth, limb))
    layers = []
    for order, depth, segments in groups:
        colour = SKIN.darker(FAR_SIDE) if depth < core_depth - 0.05 else SKIN
        shapes = []
        for placed in segments:
            path, a, b = segment_path(placed)
            shapes.append(Shape(path, _shaded(colour, a, b), glows=_glows(placed, muscles)))
        layers.append(Layer(depth, order, shapes))
    return layers


def _over_the_trunk(figure: Figure, side: str, group: str) -> bool:
    """Whether a limb as deep as the trunk is painted over it: the near side's limbs in a side
    view; seen from the front the legs cover the crotch, from behind the buttocks cover the
    legs; the arms hang over the trunk's sides from the front and from behind."""
    pelvis = figure.segment("pelvis")
    facing = pelvis.axis(0)[2]  # 1: the front toward the viewer, -1: the back
    toward = (1.0 if side == "right" else -1.0) * pelvis.axis(2)[2]
    return toward + (facing if group == "leg" else abs(facing)) > 0


def _depth(segments: list[Placed]) -> float:
    """How near the viewer a limb or the trunk is where it joins the body (the hip, the
    shoulder, the hip centre): what covers what there is what the eye checks."""
    return segments[0].origin[2]
