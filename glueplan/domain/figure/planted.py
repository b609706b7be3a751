"""Feet that stay where they stand: a leg solved so its foot keeps its place between keyframes.

Blending two keyframes angle by angle moves every joint smoothly, but a foot at the end of a
chain closed through the floor (a split squat's rear foot on the bench, the second foot of a
squat) drifts off its support in between. A foot that rests in both keyframes at the same
place is planted: in every frame its hip and knee flexion are solved (two-link inverse
kinematics in the plane the hip flexes in) so the ball of the foot stays put relative to the
anchor's pivot, and the ankle so the sole turns evenly from one keyframe's slope to the other's
(a heel that lifts rolls the foot about its ball, so the ankle rises rather than the toes sliding).
The feet on a leg press's footplate are solved the same way, riding the sled
in a straight line from one keyframe's place to the other's. A foot that rests in both
keyframes at different places steps when the body stands on the other foot (a lunge's back or
front foot): it is solved the same way along an arc that clears the floor, so the body keeps
standing on the other foot instead of being lifted off it by a foot dragged through the floor;
seated or lying, such a foot slides along the floor.

A hand that holds on to something for balance (a chair's back, a cable column's frame) is
planted the same way: in every frame its arm is solved so the hand stays on what it holds.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from glueplan.domain.figure.body import HIP_HALF_WIDTH, BodyAngle, Joint
from glueplan.domain.figure.equipment import Kind, grip_point, holds
from glueplan.domain.figure.kinematics import (
    ARM,
    LEG,
    Figure,
    Limb,
    Matrix,
    Pivot,
    Vec,
    add,
    chain,
    compose,
    leg,
    norm,
    place_limb,
    root_rotation,
    rotate,
    rotation,
    scale,
    sub,
    transpose,
)
from glueplan.domain.figure.pose import Motion, Pose, angle_key, clamp_to_limits
from glueplan.domain.record import Record

PLANTED_SLIP = 0.05  # metres a foot may roll between the keyframes and still count as standing still
STEP_HEIGHT = 0.06  # metres a stepping foot rises at the middle of its step
SOLVE_ROUNDS = 3  # rounds of aiming the ankle so the ball lands: the foot's turn changes a little with the leg


class PlantedFoot(Record):
    """A foot standing still, on a sled or stepping: its own pivot (ankle, ball or heel) relative
    to the anchor's pivot in the two keyframes, and in between on the line joining them, raised
    by ``lift`` (metres) at the middle of a step."""

    side: str
    pivot: Pivot
    start: Vec
    end: Vec
    lift: float = 0.0

    def at(self, t: float) -> Vec:
        return add(add(self.start, scale(sub(self.end, self.start), t)), (0.0, 4 * self.lift * t * (1 - t), 0.0))


def planted_feet(motion: Motion, pivot: Pivot, start: Figure, end: Figure) -> tuple[PlantedFoot, ...]:
    """The feet resting in both keyframes (in one place, or stepping from one to another) and
    the feet on a sled, except on the anchor's own leg (the anchor holds that one already)."""
    on_sled = any(item.kind == Kind.LEG_PRESS for item in motion.equipment)
    found = []
    for side in ("left", "right"):
        if motion.anchor.startswith(side) or not (on_sled or all(
                f"{side}_foot" in pose.touching for pose in (motion.start, motion.end))):
            continue
        own = Pivot.of_foot(motion, side)
        relative = [sub(own.of(figure), pivot.of(figure)) for figure in (start, end)]
        # Standing on the other foot, a foot that moves steps; seated or lying, it slides.
        steps = (not on_sled and motion.anchor.endswith("_ankle")
                 and norm(sub(relative[1], relative[0])) > PLANTED_SLIP)
        found.append(PlantedFoot(side, own, relative[0], relative[1], STEP_HEIGHT if steps else 0.0))
    return tuple(found)


def keep_planted(motion: Motion, pivot: Pivot, pose: Pose, feet: tuple[PlantedFoot, ...], t: float) -> Pose:
    """The pose a fraction ``t`` into the motion with each planted leg solved (within the
    joints' limits): the ankle aimed so the foot's pivot lands where it stands, again as the
    solved leg turns the foot a little."""
    if not feet:
        return pose
    root = root_rotation(motion.view, motion.turn, pose)
    anchor = pivot.of(chain(pose, root))
    angles = dict(pose.angles)
    for foot in feet:
        sign = 1.0 if foot.side == "right" else -1.0
        hip = rotate(root, (0.0, 0.0, sign * HIP_HALF_WIDTH))
        target = add(anchor, foot.at(t))
        slope = _sole_slope(motion.start, foot.side) * (1 - t) + _sole_slope(motion.end, foot.side) * t
        for _round in range(SOLVE_ROUNDS):
            ankle = sub(target, foot.pivot.from_ankle(leg(Pose(angles), root, foot.side)[2]))
            hip_flexion, knee_flexion, abduction = _reach(LEG, transpose(root), sub(ankle, hip), angles, foot.side)
            for joint, degrees in ((Joint.HIP_FLEXION, hip_flexion), (Joint.KNEE_FLEXION, knee_flexion),
                                   (Joint.HIP_ABDUCTION, abduction), (
                    Joint.ANKLE_FLEXION, slope + angles[angle_key(BodyAngle.PITCH)] - hip_flexion + knee_flexion)):
                key = angle_key(joint, foot.side)
                angles[key] = clamp_to_limits(key, degrees)
    return Pose(angles, pose.touching)


def _end_from_root(limb: Limb, side: str, abduction: float, rotation_: float, bend: float) -> Vec:
    """The ankle from the hip in the pelvis's frame (the wrist from the shoulder in the torso's),
    the limb not flexed."""
    sign = 1.0 if side == "right" else -1.0
    upper = compose(rotation(0, -sign * abduction), rotation(1, -sign * rotation_))
    return add(rotate(upper, (0.0, -limb.upper, 0.0)),
               rotate(compose(upper, rotation(2, limb.bend_sign * bend)), (0.0, -limb.lower, 0.0)))


def _reach(limb: Limb, to_root: Matrix, world: Vec, angles: dict[str, float], side: str) -> tuple[float, float, float]:
    """Flexion, bend (knee or elbow) and abduction that put the limb's end at ``world`` from its
    root joint, the root's rotation kept: the middle joint bends to the distance, the root
    abducts to the sideways offset (Newton's method from the blended abduction) and flexes to
    the direction."""
    target = rotate(to_root, world)
    reach = min(max(norm(target), abs(limb.upper - limb.lower) + 1e-6), limb.upper + limb.lower)
    inside = math.acos(max(-1.0, min(1.0, (limb.upper ** 2 + limb.lower ** 2 - reach ** 2)
                                     / (2 * limb.upper * limb.lower))))
    bend = clamp_to_limits(angle_key(limb.bend, side), 180.0 - math.degrees(inside))
    turn_out = angles[angle_key(limb.rotation, side)]
    abduction_key = angle_key(limb.abduction, side)
    abduction = angles[abduction_key]
    for _step in range(6):
        sideways = _end_from_root(limb, side, abduction, turn_out, bend)[2] - target[2]
        slope = (_end_from_root(limb, side, abduction + 1.0, turn_out, bend)[2]
                 - _end_from_root(limb, side, abduction, turn_out, bend)[2])
        if abs(sideways) < 1e-5 or abs(slope) < 1e-6:
            break
        abduction = clamp_to_limits(abduction_key, abduction - sideways / slope)
    end = _end_from_root(limb, side, abduction, turn_out, bend)
    turn = math.atan2(target[1], target[0]) - math.atan2(end[1], end[0])  # flexion turns about z
    return math.degrees(math.atan2(math.sin(turn), math.cos(turn))), bend, abduction


def keep_holding(motion: Motion, pose: Pose, figure: Figure, start: Figure,
                 place: Callable[[Pose], Figure]) -> tuple[Pose, Figure]:
    """The pose and its figure (``place`` places a pose) with each arm that holds on to a chair
    or a cable column's frame solved, within the joints' limits, so the hand's grip is on it: the
    piece stands still, so the hand stays where it holds while the body moves. The hand keeps
    the depth the start keyframe gives it (``start``: the picture shows where it holds, not how
    far in front); the wrist is aimed again as the solved arm turns the hand."""
    found = holds(motion)
    if not found:
        return pose, figure
    trunk = figure.segment("torso").rotation
    angles = dict(pose.angles)
    for hold in found:
        shoulder = figure.joint(f"{hold.side}_shoulder")
        target = (hold.x, hold.height, grip_point(start.segment(f"{hold.side}_hand"))[2])
        for _round in range(SOLVE_ROUNDS):
            hand = place_limb(Pose(angles), ARM, trunk, hold.side, shoulder)[2]
            wrist = sub(target, sub(grip_point(hand), hand.origin))
            flexion, bend, abduction = _reach(ARM, transpose(trunk), sub(wrist, shoulder), angles, hold.side)
            for joint, degrees in ((ARM.flexion, flexion), (ARM.bend, bend), (ARM.abduction, abduction)):
                key = angle_key(joint, hold.side)
                angles[key] = clamp_to_limits(key, degrees)
    solved = Pose(angles, pose.touching)
    return solved, place(solved)


def _sole_slope(pose: Pose, side: str) -> float:
    """How far the foot is turned from level in the side view (degrees, toes up positive):
    the flexions of hip, knee and ankle add up along the leg, the pelvis's lean takes away."""
    return (pose.joint(Joint.HIP_FLEXION, side) - pose.joint(Joint.KNEE_FLEXION, side)
            + pose.joint(Joint.ANKLE_FLEXION, side) - pose.body(BodyAngle.PITCH))
