"""One frame of an exercise: the placed body and its equipment, at any point of the motion."""

from __future__ import annotations

from dataclasses import dataclass

from glueplan.domain.figure.equipment import PlacedItem, place, supports
from glueplan.domain.figure.kinematics import Figure, Pivot, Support, pose_figure
from glueplan.domain.figure.planted import keep_planted, planted_feet
from glueplan.domain.figure.pose import Motion, Pose


@dataclass(frozen=True)
class Scene:
    motion: Motion
    pose: Pose  # the angles drawn: the blend of the keyframes, planted legs solved
    figure: Figure
    equipment: tuple[PlacedItem, ...]
    supports: tuple[Support, ...]


def scene_at(motion: Motion, t: float) -> Scene:
    """The frame a fraction ``t`` of the way from the start keyframe (0) to the end (1)."""
    surfaces = supports(motion)
    start = pose_figure(motion, motion.start, surfaces)
    if t == 0:
        return Scene(motion, motion.start, start, place(motion, start, start), surfaces)
    pivot = Pivot.of_motion(motion)
    held = (pivot, pivot.of(start))
    feet = planted_feet(motion, pivot, start, pose_figure(motion, motion.end, surfaces, held))
    pose = keep_planted(motion, pivot, motion.pose_at(t), feet, t)
    figure = pose_figure(motion, pose, surfaces, held)
    return Scene(motion, pose, figure, place(motion, start, figure), surfaces)
