"""Equipment running in fixed vertical rails (a Smith machine's bar): the body leans to it.

Blending the keyframes moves the bar on the lifter's back on a curve, but the rails let it go
only straight up and down. In every frame the whole body leans (the pelvis's pitch, the
anchor's ankle turning with it so the foot stays flat) until the bar is over its place in the
start pose; what holds the bar (the hands) moves with the body, so it stays on the bar.
"""

from __future__ import annotations

from collections.abc import Callable

from glueplan.domain.figure.body import BodyAngle, Joint
from glueplan.domain.figure.equipment import BODY_POINTS, Kind
from glueplan.domain.figure.kinematics import Figure
from glueplan.domain.figure.pose import Motion, Pose, angle_key, clamp_to_limits

IN_RAILS = frozenset({Kind.SMITH_MACHINE})
RAIL_TOLERANCE = 0.001  # metres the bar may be off its rails
RAIL_STEPS = 4  # secant steps of the lean


def leaned(pose: Pose, anchor: str, degrees: float) -> Pose:
    """The pose leaning ``degrees`` further forward, the anchor's foot kept at its slope."""
    angles = dict(pose.angles)
    changes = [(angle_key(BodyAngle.PITCH), degrees)]
    if anchor.endswith("_ankle"):
        changes.append((angle_key(Joint.ANKLE_FLEXION, anchor.removesuffix("_ankle")), degrees))
    for key, change in changes:
        angles[key] = clamp_to_limits(key, angles[key] + change)
    return Pose(angles, pose.touching)


def on_rails(motion: Motion, start: Figure, pose: Pose,
             posed: Callable[[Pose], tuple[Pose, Figure]]) -> tuple[Pose, Figure]:
    """The pose as drawn and its figure (``posed`` solves and places a pose), leaning so that a
    piece in rails stays over its place in the start pose."""
    railed = next((item for item in motion.equipment if Kind(item.kind) in IN_RAILS and item.at), None)
    if railed is None or railed.at is None:
        return posed(pose)
    where = BODY_POINTS[railed.at]
    rail = where(start).point[0]

    def tried(lean: float) -> tuple[float, Pose, Figure]:
        drawn, figure = posed(leaned(pose, motion.anchor, lean) if lean else pose)
        return where(figure).point[0] - rail, drawn, figure

    before, now = (0.0, tried(0.0)), (1.0, tried(1.0))
    for _step in range(RAIL_STEPS):
        if abs(now[1][0]) <= RAIL_TOLERANCE or now[1][0] == before[1][0]:
            break
        lean = now[0] - now[1][0] * (now[0] - before[0]) / (now[1][0] - before[1][0])
        before, now = now, (lean, tried(lean))
    _off, drawn, figure = min(before[1], now[1], key=lambda result: abs(result[0]))
    return drawn, figure
