"""Equipment around the figure: what supports the body, and where each piece is in a frame.

Free weights, bands and pads move with a body point; benches, boxes and machines stand
where the pose data puts them (metres from the anchor); a cable runs from its pulley to
the body. The painter draws from the placed pieces; the surfaces become supports.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from glueplan.domain.figure.body import SIDES
from glueplan.domain.figure.kinematics import Figure, Placed, Support, Vec, add, midpoint, scale, sub
from glueplan.domain.figure.pose import EquipmentItem, Motion, View
from glueplan.domain.record import Record


class Kind(StrEnum):
    BARBELL = "barbell"
    DUMBBELL = "dumbbell"
    KETTLEBELL = "kettlebell"
    BENCH = "bench"
    BOX = "box"
    MAT = "mat"
    CABLE_COLUMN = "cable_column"  # ``to`` the handle or the ankle strap
    LONG_BAND = "long_band"  # from a low anchor ``to`` the body
    MINI_BAND = "mini_band"
    CROSSED_BAND = "crossed_band"  # a long band under both soles, crossed in front of the shins to the hands
    HYPEREXTENSION_BENCH = "hyperextension_bench"  # foot plate at x; pad at the thighs
    REVERSE_HYPER = "reverse_hyper"  # the torso on a high pad; a strap ``to`` the ankles
    LEG_PRESS = "leg_press"  # seat under the pelvis; the sled at the feet
    ABDUCTION_MACHINE = "abduction_machine"  # seat; pads at the knees
    HEEL_ANCHOR = "heel_anchor"  # a padded roller over the heels (nordic curl)
    SMITH_MACHINE = "smith_machine"  # a bar ``at`` the body, running in two upright rails
    HACK_SQUAT = "hack_squat"  # the foot platform at x; the back pad ``at`` the back slides on a rail along it
    CHAIR = "chair"  # something to hold on to: its back's top ``height`` at x, the seat away from the body


# Pieces whose top the body can rest on, and how thick their padding is.
SUPPORTING = {Kind.BENCH, Kind.BOX, Kind.MAT, Kind.REVERSE_HYPER, Kind.LEG_PRESS, Kind.ABDUCTION_MACHINE,
              Kind.HACK_SQUAT, Kind.HYPEREXTENSION_BENCH}
PLATE_RADIUS = 0.225  # a 20 kg bumper plate
FOOT_PLATE_HALF_WIDTH = 0.17
SEAT_FAR, SEAT_NEAR = -0.3, 0.25  # a machine seat from behind the hips to under the thighs (m)
PAD_HALF_WIDTH = 0.15  # a reverse-hyper pad is narrower than the shoulders: the arms hang beside it
COLUMN_HALF_WIDTH = 0.14  # a cable column's tower
HANDLE_OUT = 0.05  # metres from the tower's side to the upright handle a hand holds
HOLDABLE = frozenset({Kind.CHAIR, Kind.CABLE_COLUMN})  # pieces a hand may hold on to (``held``)
HANDS = {"left_hand": ("left",), "right_hand": ("right",), "hands": SIDES}  # ``held``: which hands

# Which fields each kind needs besides ``kind`` (the loader checks them).
NEEDS: dict[Kind, frozenset[str]] = {
    Kind.BARBELL: frozenset({"at"}), Kind.DUMBBELL: frozenset({"at"}), Kind.KETTLEBELL: frozenset({"at"}),
    Kind.MINI_BAND: frozenset({"at"}), Kind.HEEL_ANCHOR: frozenset({"at"}), Kind.CROSSED_BAND: frozenset(),
    Kind.SMITH_MACHINE: frozenset({"at"}), Kind.HACK_SQUAT: frozenset({"x", "width", "height", "at"}),
    Kind.BENCH: frozenset({"x", "width", "height"}), Kind.BOX: frozenset({"x", "width", "height"}),
    Kind.MAT: frozenset({"x", "width"}), Kind.CABLE_COLUMN: frozenset({"x", "height", "to"}),
    Kind.LONG_BAND: frozenset({"x", "height", "to"}), Kind.HYPEREXTENSION_BENCH: frozenset({"x", "height", "at"}),
    Kind.REVERSE_HYPER: frozenset({"x", "width", "height", "to"}),
    Kind.LEG_PRESS: frozenset({"x", "width", "height", "at"}),
    Kind.ABDUCTION_MACHINE: frozenset({"x", "width", "height", "at"}), Kind.CHAIR: frozenset({"x", "height"}),
}


def supports(motion: Motion) -> tuple[Support, ...]:
    """The surfaces of the motion's benches, boxes, pads and seats. Seen from the front or the
    back, a bench or a box is as deep as a seat, so a foot in front of it can reach the floor."""
    found = []
    for item in motion.equipment:
        kind = Kind(item.kind)
        if kind not in SUPPORTING:
            continue
        if kind is Kind.HYPEREXTENSION_BENCH:  # the body stands on its foot plate
            found.append(Support(item.x - FOOT_PLATE_HALF_WIDTH, item.x + FOOT_PLATE_HALF_WIDTH, item.height))
        elif kind is Kind.MAT:
            found.append(Support(item.x - item.width / 2, item.x + item.width / 2, 0.012))
        elif kind is Kind.ABDUCTION_MACHINE or (kind in (Kind.BENCH, Kind.BOX) and motion.view is not View.SIDE):
            found.append(Support(item.x - item.width / 2, item.x + item.width / 2, item.height, SEAT_FAR, SEAT_NEAR))
        elif kind is Kind.REVERSE_HYPER:
            found.append(Support(item.x - item.width / 2, item.x + item.width / 2, item.height,
                                 -PAD_HALF_WIDTH, PAD_HALF_WIDTH))
        else:
            found.append(Support(item.x - item.width / 2, item.x + item.width / 2, item.height))
    return tuple(found)


def toward_body(item: EquipmentItem) -> float:
    """Which way the body is from a standing piece: forward (1) or back (-1), the anchor at x = 0."""
    return 1.0 if item.x < 0 else -1.0


def column_handle(item: EquipmentItem) -> float:
    """Where a cable column's upright handle stands: beside the tower, toward the body."""
    return item.x + toward_body(item) * (COLUMN_HALF_WIDTH + HANDLE_OUT)


class Hold(Record):
    """Where a hand holds on to a piece for balance: the middle of its grip on the handle or the
    chair's top, in the plane of the picture (planted.keep_holding: the depth)."""

    side: str
    x: float
    height: float


def holds(motion: Motion) -> tuple[Hold, ...]:
    """The hands holding on to the motion's chairs and cable columns, and where."""
    found: list[Hold] = []
    for item in motion.equipment:
        if item.held is None:
            continue
        if Kind(item.kind) is Kind.CABLE_COLUMN:
            x, height = column_handle(item), item.grip
        else:
            x, height = item.x, item.height
        found += [Hold(side, x, height) for side in HANDS[item.held]]
    return tuple(found)


class BodyPoint(Record):
    """A place on the body equipment attaches to, and a direction there (the bar's axis, the
    line of the hand, the sole)."""

    point: Vec
    direction: Vec


def _both(figure: Figure, make: Callable[[Figure, str], BodyPoint]) -> BodyPoint:
    left, right = make(figure, "left"), make(figure, "right")
    return BodyPoint(midpoint(left.point, right.point), sub(right.point, left.point))


def grip_point(hand: Placed) -> Vec:
    """The middle of the closed hand: where a bar, a handle or a chair's top runs through it."""
    return hand.surface(0.4, 0.0)


def _grip(figure: Figure, side: str) -> BodyPoint:
    hand = figure.segment(f"{side}_hand")
    return BodyPoint(grip_point(hand), hand.axis(1))


def _above_knee(figure: Figure, side: str) -> BodyPoint:
    thigh = figure.segment(f"{side}_thigh")
    return BodyPoint(thigh.surface(0.85, 0.0), thigh.axis(1))


def _ankle(figure: Figure, side: str) -> BodyPoint:
    shank = figure.segment(f"{side}_shank")
    return BodyPoint(shank.surface(0.88, 0.0), shank.axis(0))


def _sole(figure: Figure, side: str) -> BodyPoint:
    foot = figure.segment(f"{side}_foot")
    return BodyPoint(foot.surface(0.55, -1.0), foot.axis(1))


def _thigh_front(figure: Figure, side: str) -> BodyPoint:
    thigh = figure.segment(f"{side}_thigh")
    return BodyPoint(thigh.surface(0.28, 1.0), thigh.axis(1))


def _on_torso(at: float, toward: float, clearance: float) -> Callable[[Figure], BodyPoint]:
    def point(figure: Figure) -> BodyPoint:
        torso = figure.segment("torso")
        surface = torso.surface(at, toward)
        return BodyPoint(add(surface, scale(torso.depth_axis, toward * clearance)), torso.axis(2))
    return point


def _hips(figure: Figure) -> BodyPoint:
    pelvis = figure.segment("pelvis")
    return BodyPoint(add(pelvis.surface(0.3, 1.0), scale(pelvis.depth_axis, 0.03)), pelvis.axis(2))


def _torso_back(figure: Figure) -> BodyPoint:
    torso = figure.segment("torso")
    return BodyPoint(torso.surface(0.55, -1.0), torso.axis(1))


BODY_POINTS: dict[str, Callable[[Figure], BodyPoint]] = {
    "hands": lambda figure: _both(figure, _grip),
    "knees": lambda figure: _both(figure, _above_knee),
    "ankles": lambda figure: _both(figure, _ankle),
    "feet": lambda figure: _both(figure, _sole),
    "upper_back": _on_torso(0.95, -1.0, 0.02),  # on the trapezius, just below the neck
    "front_shoulders": _on_torso(0.93, 1.0, 0.035),
    "chest": _on_torso(0.62, 1.0, 0.07),
    "back": _torso_back,
    "hips": _hips,
    **{f"{side}_hand": (lambda figure, s=side: _grip(figure, s)) for side in SIDES},
    **{f"{side}_ankle": (lambda figure, s=side: _ankle(figure, s)) for side in SIDES},
    **{f"{side}_thigh": (lambda figure, s=side: _thigh_front(figure, s)) for side in SIDES},
    **{f"{side}_foot": (lambda figure, s=side: _sole(figure, s)) for side in SIDES},
}


class PlacedItem(Record):
    """A piece of equipment in one frame: where it is attached (``point``, ``direction``,
    None for a piece standing on its own) and where its cable ends (``to``)."""

    item: EquipmentItem
    point: BodyPoint | None
    to: BodyPoint | None

    @property
    def kind(self) -> Kind:
        return Kind(self.item.kind)


def place(motion: Motion, start: Figure, figure: Figure) -> tuple[PlacedItem, ...]:
    """Every piece of the motion's equipment in the frame ``figure`` (``start``: the start pose)."""
    placed = []
    for item in motion.equipment:
        point = None
        if item.at is not None:
            point = BODY_POINTS[item.at](start if item.fixed else figure)
        to = BODY_POINTS[item.to](figure) if item.to is not None else None
        placed.append(PlacedItem(item, point, to))
    return tuple(placed)
