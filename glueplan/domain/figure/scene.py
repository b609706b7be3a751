"""One frame of an exercise: the placed body and its equipment, at any point of the motion."""

from __future__ import annotations

from dataclasses import dataclass

from glueplan.domain.figure.equipment import PlacedItem, place, supports
from glueplan.domain.figure.kinematics import Figure, Pivot, Support, pose_figure
from glueplan.domain.figure.planted import keep_planted, planted_feet
from glueplan.domain.figure.pose import Motion, Pose
from glueplan.domain.figure.rails import on_rails


@dataclass(frozen=True)
class Scene:
    motion: Motion
    pose: Pose  # the angles drawn: the blend of the keyframes, planted legs solved, leaning to rails
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

    def posed(pose: Pose) -> tuple[Pose, Figure]:
        solved = keep_planted(motion, pivot, pose, feet, t)
        return solved, pose_figure(motion, solved, surfaces, held)

    pose, figure = on_rails(motion, start, motion.pose_at(t), posed)
    return Scene(motion, pose, figure, place(motion, start, figure), surfaces)
