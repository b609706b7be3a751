"""One frame of an exercise: the placed body and its equipment, at any point of the motion."""

from __future__ import annotations


from msgspec.structs import replace

from glueplan.domain.figure.equipment import BodyPoint, PlacedItem, place, supports
from glueplan.domain.figure.kinematics import (
    Figure,
    Matrix,
    Pivot,
    Placed,
    Support,
    compose,
    pose_figure,
    rotate,
    rotation,
)
from glueplan.domain.figure.planted import keep_holding, keep_planted, planted_feet
from glueplan.domain.figure.pose import Motion, Pose
from glueplan.domain.figure.rails import on_rails
from glueplan.domain.record import Record


class Scene(Record):
    motion: Motion
    pose: Pose  # the angles drawn: the keyframes blended, planted legs and holding arms solved, leaning to rails
    figure: Figure
    equipment: tuple[PlacedItem, ...]
    supports: tuple[Support, ...]


def scene_at(motion: Motion, t: float) -> Scene:
    """The frame a fraction ``t`` of the way from the start keyframe (0) to the end (1)."""
    surfaces = supports(motion)
    first = pose_figure(motion, motion.start, surfaces)
    start_pose, start = keep_holding(motion, motion.start, first, first,
                                     lambda pose: pose_figure(motion, pose, surfaces))
    if t == 0:
        return Scene(motion, start_pose, start, place(motion, start, start), surfaces)
    pivot = Pivot.of_motion(motion)
    held = (pivot, pivot.of(start))
    feet = planted_feet(motion, pivot, start, pose_figure(motion, motion.end, surfaces, held))

    def posed(pose: Pose) -> tuple[Pose, Figure]:
        solved = keep_planted(motion, pivot, pose, feet, t)
        return solved, pose_figure(motion, solved, surfaces, held)

    pose, figure = on_rails(motion, start, motion.pose_at(t), posed)
    pose, figure = keep_holding(motion, pose, figure, start, lambda solved: pose_figure(motion, solved, surfaces, held))
    return Scene(motion, pose, figure, place(motion, start, figure), surfaces)


def as_seen(scene: Scene) -> Scene:
    """The frame as the viewer sees it: x to the right, y up the picture, z toward the viewer.
    A level view (tilt 0) is the world itself; tilted, the viewer looks down on the figure, so
    the floor's plane (where a figure lying on its side bends its hips and knees) shows as a
    band from far (up the picture) to near. Geometry is checked in the world, drawn from this."""
    if not scene.motion.tilt:
        return scene
    camera = rotation(0, scene.motion.tilt)
    figure = Figure(tuple(Placed(placed.key, placed.segment, placed.side, rotate(camera, placed.origin),
                                 compose(camera, placed.rotation)) for placed in scene.figure.segments),
                    {name: rotate(camera, point) for name, point in scene.figure.joints.items()})
    items = tuple(replace(item, point=_seen_point(camera, item.point), to=_seen_point(camera, item.to))
                  for item in scene.equipment)
    return replace(scene, figure=figure, equipment=items)


def _seen_point(camera: Matrix, point: BodyPoint | None) -> BodyPoint | None:
    return None if point is None else BodyPoint(rotate(camera, point.point), rotate(camera, point.direction))
