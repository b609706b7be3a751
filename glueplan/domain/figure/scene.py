"""One frame of an exercise: the placed body and its equipment, at any point of the motion."""

from __future__ import annotations

from dataclasses import dataclass

from glueplan.domain.figure.equipment import PlacedItem, place, supports
from glueplan.domain.figure.kinematics import Figure, Support, pose_figure
from glueplan.domain.figure.pose import Motion


@dataclass(frozen=True)
class Scene:
    motion: Motion
    figure: Figure
    equipment: tuple[PlacedItem, ...]
    supports: tuple[Support, ...]


def scene_at(motion: Motion, t: float) -> Scene:
    """The frame a fraction ``t`` of the way from the start keyframe (0) to the end (1)."""
    surfaces = supports(motion)
    start = pose_figure(motion, motion.start, surfaces)
    figure = start if t == 0 else pose_figure(motion, motion.pose_at(t), surfaces)
    return Scene(motion, figure, place(motion, start, figure), surfaces)
