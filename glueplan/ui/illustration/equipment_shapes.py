"""Equipment as shapes: bars, bells, benches, boxes, cables, bands and machines.

Standing pieces are painted behind the body; what the body holds or wears is painted at its
own depth, so the near plate of a barbell covers the lifter and the far one is behind her.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPainterPathStroker, QPolygonF, QTransform

from glueplan.domain.figure.equipment import (
    BODY_POINTS,
    COLUMN_HALF_WIDTH,
    FOOT_PLATE_HALF_WIDTH,
    PLATE_RADIUS,
    Kind,
    PlacedItem,
    column_handle,
    toward_body,
)
from glueplan.domain.figure.kinematics import Figure, Vec, add, compose, norm, rotate, rotation, scale, sub
from glueplan.domain.figure.scene import Scene
from glueplan.ui.illustration.shapes import Layer, Shape, disc, point, rounded_box, unit

IRON = QColor(58, 62, 70)
STEEL = QColor(150, 156, 164)
PAD = QColor(72, 84, 102)
WOOD = QColor(201, 166, 118)
MAT = QColor(156, 182, 196)
BAND = QColor(226, 96, 70)
BEHIND = -10.0  # depth of standing pieces: always behind the body
FRONT = 10.0
CHAIR_SEAT, CHAIR_DEPTH = 0.46, 0.42  # metres: a dining chair's seat height and depth
MAT_DEPTH = (-0.4, 0.45)  # metres from the anchor away from and toward the viewer: a mat under a lying body


def _stroke(path: QPainterPath, width: float) -> QPainterPath:
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(stroker.capStyle().RoundCap)
    return stroker.createStroke(path)


def _line(a: Vec | QPointF, b: Vec | QPointF, width: float) -> QPainterPath:
    path = QPainterPath(a if isinstance(a, QPointF) else point(a))
    path.lineTo(b if isinstance(b, QPointF) else point(b))
    return _stroke(path, width)


def _disc_on_axis(centre: Vec, axis: Vec, radius: float, thickness: float) -> QPainterPath:
    """A disc whose face is square to ``axis`` (a plate, a dumbbell's head), as the viewer sees it."""
    length = norm(axis) or 1.0
    across = abs(axis[2]) / length  # 1: the face toward the viewer, 0: edge-on
    dx, dy = unit(axis[0], axis[1]) if math.hypot(axis[0], axis[1]) > 1e-6 else (1.0, 0.0)
    transform = QTransform()
    transform.translate(centre[0], centre[1])
    transform.rotateRadians(math.atan2(dy, dx))
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), radius * across + thickness / 2 * math.sqrt(max(0.0, 1 - across * across)), radius)
    return transform.map(path)


def _layer(depth: float, *shapes: Shape, order: int = 10) -> Layer:
    return Layer(depth, order, list(shapes), silhouette=False)


def _barbell(item: PlacedItem, figure: Figure) -> list[Layer]:
    assert item.point is not None
    centre, axis = item.point.point, item.point.direction
    axis = scale(axis, 1 / (norm(axis) or 1.0))
    layers = [_layer(centre[2], Shape(_line(add(centre, scale(axis, -1.05)), add(centre, scale(axis, 1.05)), 0.03),
                                      QBrush(STEEL)))]
    for sign in (-1.0, 1.0):
        at = add(centre, scale(axis, sign * 0.8))
        plate = Shape(_disc_on_axis(at, axis, PLATE_RADIUS, 0.06), QBrush(IRON))
        hub = Shape(_disc_on_axis(add(at, scale(axis, sign * 0.04)), axis, 0.03, 0.08), QBrush(STEEL))
        layers.append(_layer(at[2], plate, hub))
    return layers


def _dumbbell_at(centre: Vec, axis: Vec) -> list[Layer]:
    """The handle in the hand and each head at its own depth (held at the side and seen from
    the front, the near head is in front of the thigh and the far one behind it)."""
    axis = scale(axis, 1 / (norm(axis) or 1.0))
    layers = [_layer(centre[2] + 0.01, Shape(_line(add(centre, scale(axis, -0.1)), add(centre, scale(axis, 0.1)), 0.03),
                                             QBrush(STEEL)))]
    for sign in (-1.0, 1.0):
        head = add(centre, scale(axis, sign * 0.1))
        layers.append(_layer(head[2] + 0.01, Shape(_disc_on_axis(head, axis, 0.065, 0.06), QBrush(IRON))))
    return layers


def _dumbbell(item: PlacedItem, figure: Figure) -> list[Layer]:
    if item.item.at == "chest":  # a goblet hold: upright against the chest
        assert item.point is not None
        return _dumbbell_at(item.point.point, figure.segment("torso").axis(1))
    sides = (("left", "right") if item.item.at == "hands"
             else (item.item.at.removesuffix("_hand"),))  # type: ignore[union-attr]
    return [layer for side in sides
            for layer in _dumbbell_at(BODY_POINTS[f"{side}_hand"](figure).point,
                                      figure.segment(f"{side}_hand").axis(0))]


def _kettlebell(item: PlacedItem, figure: Figure) -> list[Layer]:
    assert item.point is not None
    grip = item.point.point
    fingers = scale(figure.segment("right_hand").axis(1), -1.0)
    bell = add(grip, scale(fingers, 0.15))
    handle = QPainterPath()
    handle.addEllipse(point(add(grip, scale(fingers, 0.035))), 0.055, 0.055)
    shapes = [Shape(_stroke(handle, 0.022), QBrush(IRON)), Shape(disc(point(bell), 0.1), QBrush(IRON))]
    return [_layer(grip[2] + 0.2, *shapes)]


def _bench(item: PlacedItem, figure: Figure) -> list[Layer]:
    x, half, top = item.item.x, item.item.width / 2, item.item.height
    shapes = [Shape(rounded_box(x - half + 0.08, 0, 0.05, top - 0.06, 0.01), QBrush(STEEL)),
              Shape(rounded_box(x + half - 0.13, 0, 0.05, top - 0.06, 0.01), QBrush(STEEL)),
              Shape(rounded_box(x - half, top - 0.08, 2 * half, 0.08, 0.025), QBrush(PAD))]
    return [_layer(BEHIND, *shapes, order=0)]


def _box(item: PlacedItem, figure: Figure) -> list[Layer]:
    x, half = item.item.x, item.item.width / 2
    return [_layer(BEHIND, Shape(rounded_box(x - half, 0, 2 * half, item.item.height, 0.02), QBrush(WOOD)), order=0)]


def _mat(item: PlacedItem, figure: Figure, turn: float, tilt: float) -> list[Layer]:
    """Seen level, the mat's edge; seen from above (``tilt`` degrees), its top: a rectangle on
    the floor along the body (turned with it by ``turn``, about the anchor), as the viewer sees it."""
    x, half = item.item.x, item.item.width / 2
    if not tilt:
        return [_layer(BEHIND, Shape(rounded_box(x - half, 0, 2 * half, 0.012, 0.006), QBrush(MAT)), order=0)]
    seen = compose(rotation(0, tilt), rotation(1, turn))
    far, near = MAT_DEPTH
    corners = [rotate(seen, (along, 0.0, across)) for along, across in (
        (x - half, far), (x + half, far), (x + half, near), (x - half, near))]
    top = QPainterPath()
    top.addPolygon(QPolygonF([point(corner) for corner in corners]))
    top.closeSubpath()
    return [_layer(BEHIND, Shape(top, QBrush(MAT)), order=0)]


def _cable_column(item: PlacedItem, figure: Figure) -> list[Layer]:
    """The tower and its weight stack, the pulley on the side toward the body and, when a hand
    holds on to the frame, an upright handle there (where equipment.holds puts the hand)."""
    assert item.to is not None
    x, height, end = item.item.x, item.item.height, item.to.point
    toward = toward_body(item.item)
    pulley = QPointF(x + toward * (COLUMN_HALF_WIDTH + 0.02), height)
    tower = Shape(rounded_box(x - COLUMN_HALF_WIDTH, 0, 2 * COLUMN_HALF_WIDTH, 2.1, 0.02), QBrush(STEEL))
    stack = Shape(rounded_box(x - 0.09, 0.1, 0.18, 0.5, 0.01), QBrush(IRON))
    wheel = Shape(disc(pulley, 0.045), QBrush(IRON))
    frame = [tower, stack, wheel]
    if item.item.held is not None:
        side, handle, grip = x + toward * COLUMN_HALF_WIDTH, column_handle(item.item), item.item.grip
        frame += [Shape(_line(QPointF(side, grip + dy), QPointF(handle, grip + dy), 0.025), QBrush(STEEL))
                  for dy in (-0.16, 0.16)]
        frame.append(Shape(_line(QPointF(handle, grip - 0.17), QPointF(handle, grip + 0.17), 0.03), QBrush(IRON)))
    cable = Shape(_line(pulley, end, 0.008), QBrush(IRON), outline=False)
    strap = Shape(disc(point(end), 0.035), QBrush(IRON))
    return [_layer(BEHIND, *frame, order=0), _layer(end[2] + 0.2, cable, strap)]


def _chair(item: PlacedItem, figure: Figure) -> list[Layer]:
    """A chair in profile, its back toward the body: the hand holds the top of the back."""
    x, top, away = item.item.x, item.item.height, -toward_body(item.item)
    front = x + away * CHAIR_DEPTH
    shapes = [Shape(_line(QPointF(x, 0.01), QPointF(x, top), 0.035), QBrush(WOOD)),
              Shape(_line(QPointF(front, 0.01), QPointF(front, CHAIR_SEAT), 0.035), QBrush(WOOD)),
              Shape(_line(QPointF(x, CHAIR_SEAT), QPointF(front, CHAIR_SEAT), 0.045), QBrush(WOOD)),
              Shape(_line(QPointF(x, top - 0.22), QPointF(x, top - 0.04), 0.05), QBrush(WOOD)),
              Shape(disc(QPointF(x, top), 0.03), QBrush(WOOD))]
    return [_layer(BEHIND, *shapes, order=0)]


def _long_band(item: PlacedItem, figure: Figure) -> list[Layer]:
    assert item.to is not None
    post = QPointF(item.item.x, item.item.height)
    return [_layer(BEHIND, Shape(rounded_box(item.item.x - 0.04, 0, 0.08, item.item.height + 0.1, 0.01),
                                 QBrush(STEEL)), order=0),
            _layer(item.to.point[2] + 0.2, Shape(_line(post, item.to.point, 0.02), QBrush(BAND)))]


def _loop_round(a: Vec, b: Vec, radius: float) -> QPainterPath:
    """A band hugging two legs: a flat loop round both, as the viewer sees it."""
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    dx, dy = unit(b[0] - a[0], b[1] - a[1]) if math.hypot(b[0] - a[0], b[1] - a[1]) > 1e-4 else (1.0, 0.0)
    transform = QTransform()
    transform.translate(*mid)
    transform.rotateRadians(math.atan2(dy, dx))
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), math.hypot(b[0] - a[0], b[1] - a[1]) / 2 + radius, radius * 0.45)
    return transform.map(_stroke(path, 0.022))


def _mini_band(item: PlacedItem, figure: Figure) -> list[Layer]:
    leg = {"knees": ("thigh", 0.85), "ankles": ("shank", 0.86), "feet": ("foot", 0.6)}[item.item.at or "knees"]
    ends = [figure.segment(f"{side}_{leg[0]}").section_at(leg[1]) for side in ("left", "right")]
    radius = max(ends[0][1], ends[0][2]) * 1.05
    return [_layer(FRONT, Shape(_loop_round(ends[0][0], ends[1][0], radius), QBrush(BAND)))]


def _crossed_band(item: PlacedItem, figure: Figure) -> list[Layer]:
    """From under each sole to the other side's hand, the two ends crossing in front of the shins."""
    lines = [Shape(_line(BODY_POINTS[f"{foot}_foot"](figure).point, BODY_POINTS[f"{hand}_hand"](figure).point, 0.02),
                   QBrush(BAND)) for foot, hand in (("left", "right"), ("right", "left"))]
    return [_layer(FRONT, *lines)]


def _hyperextension_bench(item: PlacedItem, figure: Figure) -> list[Layer]:
    assert item.point is not None
    x, height = item.item.x, item.item.height
    pad_at, along = item.point.point, item.point.direction
    along = scale(along, 1 / (norm(along) or 1.0))
    outward = (along[1], -along[0], 0.0) if along[1] < 0 else (-along[1], along[0], 0.0)
    pad_centre = add(pad_at, scale(outward, 0.045))
    pad = _line(add(pad_centre, scale(along, 0.18)), add(pad_centre, scale(along, -0.12)), 0.09)
    base = QPointF(pad_centre[0] + outward[0] * 0.25, 0.03)
    shapes = [Shape(_line(QPointF(x, 0.03), base, 0.05), QBrush(STEEL)),
              Shape(_line(QPointF(x, 0.03), QPointF(x, height), 0.04), QBrush(STEEL)),
              Shape(_line(base, point(pad_centre), 0.05), QBrush(STEEL)),
              Shape(rounded_box(x - FOOT_PLATE_HALF_WIDTH, height - 0.03, 2 * FOOT_PLATE_HALF_WIDTH, 0.03, 0.01),
                    QBrush(IRON)),
              Shape(pad, QBrush(PAD))]
    return [_layer(BEHIND, *shapes, order=0)]


def _reverse_hyper(item: PlacedItem, figure: Figure) -> list[Layer]:
    """The pad on its frame, and the pendulum: an arm pivoting at the hips, so it swings with
    the legs, its strap round the ankles (drawn on the near side, where the viewer sees it)."""
    assert item.to is not None
    x, half, top = item.item.x, item.item.width / 2, item.item.height
    hip, strap = figure.joint("right_hip"), item.to.point
    pivot = QPointF(hip[0], hip[1])
    shapes = [Shape(rounded_box(x - half + 0.06, 0, 0.06, top, 0.01), QBrush(STEEL)),
              Shape(rounded_box(x + half - 0.16, 0, 0.06, top, 0.01), QBrush(STEEL)),
              Shape(_line(QPointF(x - half + 0.09, top - 0.15), pivot, 0.05), QBrush(STEEL)),
              Shape(rounded_box(x - half, top - 0.1, 2 * half, 0.1, 0.03), QBrush(PAD))]
    arm = [Shape(_line(pivot, strap, 0.025), QBrush(IRON)), Shape(disc(pivot, 0.035), QBrush(STEEL)),
           Shape(disc(point(strap), 0.045), QBrush(IRON))]
    return [_layer(BEHIND, *shapes, order=0), _layer(strap[2] + 0.2, *arm)]


def _leg_press(item: PlacedItem, figure: Figure) -> list[Layer]:
    """Seat and backrest, a rail square to the footplate below the legs (the same line in every
    frame: the feet ride parallel to it), and the sled carrying the plate under the soles."""
    assert item.point is not None and item.to is not None
    x, half, top = item.item.x, item.item.width / 2, item.item.height
    back, along = item.point.point, item.point.direction
    along = scale(along, 1 / (norm(along) or 1.0))
    rest = add(back, scale((-along[1], along[0], 0.0), -0.05 if along[0] < 0 else 0.05))
    foot = figure.segment("right_foot")
    heel, toe = foot.to_world(foot.segment.start), foot.to_world(foot.segment.end)
    sole = sub(toe, heel)
    sole = scale(sole, 1 / (norm(sole) or 1.0))
    press = (sole[1], -sole[0], 0.0) if sole[1] < 0 else (-sole[1], sole[0], 0.0)  # away from the body
    plate_centre = add(item.to.point, scale(press, 0.03))
    sled = add(plate_centre, scale(sole, -0.3))  # where the plate's arm meets the rail, below the heels
    rail_low = add(sled, scale(press, (top - sled[1]) / press[1]))  # level with the seat
    rail_high = add(sled, scale(press, (top + 1.0 - sled[1]) / press[1]))
    head_end, seat_end = add(rest, scale(along, 0.32)), add(rest, scale(along, -0.3))
    frame = [Shape(_line(QPointF(x + half, 0.03), QPointF(rail_high[0], 0.03), 0.05), QBrush(STEEL)),
             Shape(_line(QPointF(rail_high[0], 0.03), point(rail_high), 0.05), QBrush(STEEL)),
             Shape(_line(QPointF(x + half - 0.04, top - 0.05), point(rail_low), 0.05), QBrush(STEEL)),
             Shape(_line(rail_low, rail_high, 0.06), QBrush(STEEL)),
             Shape(_line(QPointF(head_end[0], 0.02), point(head_end), 0.05), QBrush(STEEL)),
             Shape(rounded_box(x - half, top - 0.1, 2 * half, 0.1, 0.03), QBrush(PAD)),
             Shape(rounded_box(x - half, 0, 0.08, top - 0.1, 0.01), QBrush(STEEL)),
             Shape(_line(head_end, seat_end, 0.1), QBrush(PAD))]  # the backrest, from the seat to the head
    carriage = [Shape(_line(add(sled, scale(press, -0.1)), add(sled, scale(press, 0.1)), 0.09), QBrush(IRON)),
                Shape(_line(add(sled, scale(press, 0.02)), add(plate_centre, scale(press, 0.02)), 0.04), QBrush(STEEL)),
                Shape(_line(add(plate_centre, scale(sole, -0.22)), add(plate_centre, scale(sole, 0.3)), 0.05),
                      QBrush(IRON))]  # the footplate under the soles
    return [_layer(BEHIND, *frame, order=0), _layer(BEHIND, *carriage, order=1)]


def _abduction_machine(item: PlacedItem, figure: Figure) -> list[Layer]:
    assert item.point is not None
    x, half, top = item.item.x, item.item.width / 2, item.item.height
    frame = [Shape(rounded_box(x - 0.04, 0, 0.08, top - 0.08, 0.01), QBrush(STEEL)),
             Shape(rounded_box(x - half, top - 0.09, 2 * half, 0.09, 0.03), QBrush(PAD)),
             Shape(rounded_box(x - half * 0.9, top + 0.15, 2 * half * 0.9, 0.55, 0.05), QBrush(PAD))]
    pads = []
    for side in ("left", "right"):
        thigh = figure.segment(f"{side}_thigh")
        centre, width, _depth = thigh.section_at(0.82)
        outside = add(centre, scale(thigh.axis(2), (1.0 if side == "right" else -1.0) * (width + 0.04)))
        pads.append(Shape(rounded_box(outside[0] - 0.035, outside[1] - 0.09, 0.07, 0.18, 0.03), QBrush(PAD)))
    return [_layer(BEHIND, *frame, order=0), _layer(FRONT, *pads)]


def _smith_machine(item: PlacedItem, figure: Figure) -> list[Layer]:
    """The bar as a barbell, running in the upright rails of its frame behind the lifter."""
    assert item.point is not None
    x = item.point.point[0]
    frame = [Shape(rounded_box(x - 0.03, 0, 0.06, 2.1, 0.01), QBrush(STEEL)),
             Shape(rounded_box(x - 0.4, 0, 0.8, 0.04, 0.01), QBrush(STEEL))]
    return [_layer(BEHIND, *frame, order=0), *_barbell(item, figure)]


def _hack_squat(item: PlacedItem, figure: Figure) -> list[Layer]:
    """The foot platform, and the sled: a back pad along the back with a pad over the shoulder,
    on a rail as steep as the back (the same line in every frame: the back slides along it)."""
    assert item.point is not None
    x, half, top = item.item.x, item.item.width / 2, item.item.height
    along = scale(item.point.direction, 1 / (norm(item.point.direction) or 1.0))
    out = scale(figure.segment("torso").depth_axis, -1.0)  # from the back, away from the body
    pad_centre = add(item.point.point, scale(out, 0.05))
    rail = add(pad_centre, scale(out, 0.08))
    low, high = (add(rail, scale(along, (height - rail[1]) / along[1])) for height in (top, 1.9))
    shoulder = add(figure.joint("right_shoulder"), scale(along, 0.07))
    frame = [Shape(rounded_box(x - half, 0, 2 * half, top, 0.01), QBrush(IRON)),
             Shape(_line(low, high, 0.06), QBrush(STEEL)),
             Shape(_line(QPointF(low[0], 0.02), point(low), 0.05), QBrush(STEEL)),
             Shape(_line(QPointF(low[0], 0.02), QPointF(x - half, 0.02), 0.04), QBrush(STEEL))]
    sled = [Shape(_line(add(pad_centre, scale(along, -0.25)), add(pad_centre, scale(along, 0.22)), 0.1), QBrush(PAD)),
            Shape(disc(point(shoulder), 0.05), QBrush(PAD))]
    return [_layer(BEHIND, *frame, order=0), _layer(BEHIND, *sled, order=1)]


def _heel_anchor(item: PlacedItem, figure: Figure) -> list[Layer]:
    assert item.point is not None
    shank = figure.segment("right_shank")
    roller = add(item.point.point, scale(shank.depth_axis, -0.1))
    shapes = [Shape(_line(point(roller), QPointF(roller[0] + 0.05, 0.02), 0.04), QBrush(STEEL)),
              Shape(disc(point(roller), 0.055), QBrush(PAD))]
    return [_layer(FRONT, *shapes)]


# Each kind but the mat, which is drawn as the view is turned and tilted (equipment_layers).
DRAW: dict[Kind, Callable[[PlacedItem, Figure], list[Layer]]] = {
    Kind.BARBELL: _barbell, Kind.DUMBBELL: _dumbbell, Kind.KETTLEBELL: _kettlebell, Kind.BENCH: _bench,
    Kind.BOX: _box, Kind.CABLE_COLUMN: _cable_column, Kind.LONG_BAND: _long_band,
    Kind.MINI_BAND: _mini_band, Kind.CROSSED_BAND: _crossed_band, Kind.HYPEREXTENSION_BENCH: _hyperextension_bench,
    Kind.REVERSE_HYPER: _reverse_hyper, Kind.LEG_PRESS: _leg_press, Kind.ABDUCTION_MACHINE: _abduction_machine,
    Kind.HEEL_ANCHOR: _heel_anchor, Kind.SMITH_MACHINE: _smith_machine, Kind.HACK_SQUAT: _hack_squat,
    Kind.CHAIR: _chair,
}


def equipment_layers(scene: Scene) -> list[Layer]:
    """The equipment of a scene as seen (scene.as_seen)."""
    return [layer for item in scene.equipment for layer in (
        _mat(item, scene.figure, scene.motion.turn, scene.motion.tilt) if item.kind is Kind.MAT
        else DRAW[item.kind](item, scene.figure))]
