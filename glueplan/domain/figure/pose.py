"""Poses as named joint angles, and an exercise's motion: a start and an end keyframe.

Any frame between them is a blend of the two; every angle is kept inside its joint's
limits, so no frame of an animation bends a joint the wrong way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from msgspec.structs import force_setattr

from glueplan.domain.figure.body import JOINT_LIMITS, SIDES, BodyAngle, Joint
from glueplan.domain.record import Record


class View(StrEnum):
    """Where the viewer stands: beside the figure (its right side), in front of it or behind it."""

    SIDE = "side"
    FRONT = "front"
    BACK = "back"


def angle_key(joint: Joint | BodyAngle, side: str | None = None) -> str:
    """``right_knee_flexion``, ``pitch``: one flat name per angle of a pose."""
    return f"{side}_{joint.value}" if side else joint.value


def all_angle_keys() -> tuple[tuple[str, tuple[float, float]], ...]:
    """Every angle a pose has, with its limits."""
    keys = [(angle_key(angle), JOINT_LIMITS[angle]) for angle in BodyAngle]
    keys += [(angle_key(joint, side), JOINT_LIMITS[joint]) for side in SIDES for joint in Joint]
    return tuple(keys)


ANGLE_KEYS = all_angle_keys()


def clamp_to_limits(key: str, degrees: float) -> float:
    low, high = dict(ANGLE_KEYS)[key]
    return min(max(degrees, low), high)


class Pose(Record):
    """Every angle of the body in degrees (0 is standing upright, arms hanging) and the body
    parts that rest on the floor or on equipment in this pose."""

    angles: Mapping[str, float]
    touching: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        complete = {key: float(self.angles.get(key, 0.0)) for key, _limits in ANGLE_KEYS}
        unknown = set(self.angles) - set(complete)
        if unknown:
            raise ValueError(f"unknown angles: {', '.join(sorted(unknown))}")
        force_setattr(self, "angles", MappingProxyType(complete))

    def __getitem__(self, key: str) -> float:
        return self.angles[key]

    def joint(self, joint: Joint, side: str) -> float:
        return self.angles[angle_key(joint, side)]

    def body(self, angle: BodyAngle) -> float:
        return self.angles[angle_key(angle)]

    def blend(self, other: Pose, t: float) -> Pose:
        """The pose a fraction ``t`` of the way to ``other``, each angle within its limits."""
        return Pose({key: clamp_to_limits(key, a + (other.angles[key] - a) * t) for key, a in self.angles.items()})


def eased(phase: float) -> float:
    """Ping-pong with a smooth turn: 0 -> 1 over the first half of a cycle, back over the second."""
    position = phase % 1.0
    return (1 - math.cos(2 * math.pi * position)) / 2


class EquipmentItem(Record):
    """A piece of equipment as the pose data gives it (see glueplan.domain.figure.equipment)."""

    kind: str
    at: str | None = None  # a body point it moves with
    fixed: bool = False  # placed at ``at`` of the start pose and left there
    to: str | None = None  # a cable or band runs from the equipment to this body point
    x: float = 0.0  # metres from the anchor, forward positive
    width: float = 0.0
    height: float = 0.0
    held: str | None = None  # a hand holding on to it for balance: left_hand, right_hand or hands
    grip: float = 0.0  # how high that hand holds a cable column's frame (a chair is held at its top)


class Motion(Record):
    """How an exercise is drawn: the view, what stays put, the equipment and two keyframes."""

    exercise_id: str
    view: View
    turn: float  # extra turn of the figure about the vertical (degrees), for a three-quarter view
    anchor: str  # the joint that keeps its place horizontally while the body moves
    start: Pose
    end: Pose
    equipment: tuple[EquipmentItem, ...] = ()
    # Degrees the viewer looks down on the figure from level: a figure lying on its side bends
    # its hips and knees in the floor's plane, which no level view shows (see scene.as_seen).
    tilt: float = 0.0

    def pose_at(self, t: float) -> Pose:
        """0 is the start keyframe, 1 the end."""
        return self.start.blend(self.end, t)
