"""Forward kinematics: from a pose's angles to where every body segment is, in metres.

The chain starts at the pelvis; the whole body is then moved so that the motion's anchor
joint keeps its place horizontally and the body rests on the floor or the equipment below
it (it is lowered until its lowest part touches and nothing of it is inside a support).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from glueplan.domain.figure.body import (
    ARM_SEGMENTS,
    CORE_SEGMENTS,
    FOREARM,
    HEAD,
    HIP_HALF_WIDTH,
    LEG_SEGMENTS,
    LUMBAR_TO_NECK,
    NECK,
    NECK_SEGMENT,
    PELVIS,
    PELVIS_TO_LUMBAR,
    SHANK,
    SHOULDER_BELOW_NECK,
    SHOULDER_HALF_WIDTH,
    SIDES,
    THIGH,
    TORSO,
    UPPER_ARM,
    BodyAngle,
    Joint,
    Segment,
    segment_key,
)
from glueplan.domain.figure.pose import Motion, Pose, View
from glueplan.domain.record import Record

Vec = tuple[float, float, float]
Matrix = tuple[Vec, Vec, Vec]  # rows

IDENTITY: Matrix = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
VIEW_TURN = {View.SIDE: 0.0, View.FRONT: -90.0, View.BACK: 90.0}
SAMPLE_SPACING = 0.04  # metres between the cross-sections used for contact
ROLL = 10.0  # degrees a foot's sole may tilt and still count as flat on the floor
BALL_OF_FOOT = 0.76  # the ball of the foot (the heads of the metatarsals), a fraction of the foot from the heel


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def norm(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def midpoint(a: Vec, b: Vec) -> Vec:
    return scale(add(a, b), 0.5)


def angle_between(a: Vec, b: Vec) -> float:
    """Degrees between two directions."""
    cosine = dot(a, b) / (norm(a) * norm(b))
    return math.degrees(math.acos(max(-1.0, min(1.0, cosine))))


def compose(m: Matrix, n: Matrix) -> Matrix:
    """The rotation ``n`` in the frame ``m``, as one."""
    return tuple(  # type: ignore[return-value]
        tuple(sum(m[i][k] * n[k][j] for k in range(3)) for j in range(3)) for i in range(3))


def rotate(m: Matrix, v: Vec) -> Vec:
    return (dot(m[0], v), dot(m[1], v), dot(m[2], v))


def transpose(m: Matrix) -> Matrix:
    """The inverse of a rotation: from world directions back into its frame."""
    return ((m[0][0], m[1][0], m[2][0]), (m[0][1], m[1][1], m[2][1]), (m[0][2], m[1][2], m[2][2]))


def rotation(axis: int, degrees: float) -> Matrix:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    if axis == 0:
        return ((1, 0, 0), (0, c, -s), (0, s, c))
    if axis == 1:
        return ((c, 0, s), (0, 1, 0), (-s, 0, c))
    return ((c, -s, 0), (s, c, 0), (0, 0, 1))


def _column(m: Matrix, index: int) -> Vec:
    return (m[0][index], m[1][index], m[2][index])


class Sample(Record):
    """A cross-section of a segment in its own frame, for contact and for the outline."""

    centre: Vec  # the section's centre, offset included
    half_width: float
    half_depth: float


@cache
def _samples(segment: Segment) -> tuple[Sample, ...]:
    """Cross-sections every few centimetres, interpolated between the segment's own."""
    depth = (1.0, 0.0, 0.0) if segment.depth_axis == 0 else (0.0, 1.0, 0.0)
    along = sub(segment.end, segment.start)
    found: list[Sample] = []
    for first, second in zip(segment.sections, segment.sections[1:], strict=False):
        steps = max(1, math.ceil(segment.length * (second.at - first.at) / SAMPLE_SPACING))
        for step in range(steps + (second is segment.sections[-1])):
            k = step / steps
            at = first.at + (second.at - first.at) * k
            offset = first.offset + (second.offset - first.offset) * k
            centre = add(add(segment.start, scale(along, at)), scale(depth, offset))
            found.append(Sample(centre, first.half_width + (second.half_width - first.half_width) * k,
                                first.half_depth + (second.half_depth - first.half_depth) * k))
    return tuple(found)


class Placed(Record):
    """A segment where the pose puts it: its frame's origin and rotation in the world."""

    key: str
    segment: Segment
    side: str | None
    origin: Vec
    rotation: Matrix

    def to_world(self, local: Vec) -> Vec:
        return add(self.origin, rotate(self.rotation, local))

    def axis(self, index: int) -> Vec:
        """A local axis in world directions (0 forward, 1 along the segment, 2 to the right)."""
        return _column(self.rotation, index)

    @property
    def depth_axis(self) -> Vec:
        return self.axis(self.segment.depth_axis)

    def section_at(self, at: float) -> tuple[Vec, float, float]:
        """Centre (world), half-width and half-depth ``at`` a fraction of the segment's length."""
        sections = self.segment.sections
        at = min(max(at, sections[0].at), sections[-1].at)
        for first, second in itertools.pairwise(sections):
            if at <= second.at:
                k = 0.0 if second.at == first.at else (at - first.at) / (second.at - first.at)
                break
        offset = first.offset + (second.offset - first.offset) * k
        along = add(self.segment.start, scale(sub(self.segment.end, self.segment.start), at))
        local_depth = (1.0, 0.0, 0.0) if self.segment.depth_axis == 0 else (0.0, 1.0, 0.0)
        centre = self.to_world(add(along, scale(local_depth, offset)))
        return (centre, first.half_width + (second.half_width - first.half_width) * k,
                first.half_depth + (second.half_depth - first.half_depth) * k)

    def surface(self, at: float, toward: float) -> Vec:
        """A point on the segment's front (``toward`` 1), back (-1) or centre line (0)."""
        centre, _width, depth = self.section_at(at)
        return add(centre, scale(self.depth_axis, toward * depth))

    def samples(self) -> Iterator[tuple[Vec, float, float]]:
        """World centre and the horizontal and vertical half-extent of each cross-section."""
        lateral, depth = self.axis(2), self.depth_axis
        for sample in _samples(self.segment):
            centre = self.to_world(sample.centre)
            yield (centre,
                   math.hypot(sample.half_width * lateral[0], sample.half_depth * depth[0]),
                   math.hypot(sample.half_width * lateral[1], sample.half_depth * depth[1]))

    def moved(self, shift: Vec) -> Placed:
        return Placed(self.key, self.segment, self.side, add(self.origin, shift), self.rotation)


class Support(Record):
    """A surface the body may rest on: the top of a bench, a box, a pad (the floor is y = 0),
    from ``left`` to ``right`` and, toward the viewer, from ``far`` to ``near`` (a seat seen
    from the front ends under the thighs: the feet in front of it go down to the floor)."""

    left: float
    right: float
    top: float
    far: float = -math.inf
    near: float = math.inf


class Figure(Record):
    """The posed body: every segment placed, and the joints by name (``right_knee``, ``neck``)."""

    segments: tuple[Placed, ...]
    joints: dict[str, Vec]

    def segment(self, key: str) -> Placed:
        return next(placed for placed in self.segments if placed.key == key)

    def joint(self, name: str) -> Vec:
        return self.joints[name]

    def lowest(self, key: str) -> float:
        """The height of the segment's lowest point."""
        return min(centre[1] - h_y for centre, _h_x, h_y in self.segment(key).samples())

    def moved(self, shift: Vec) -> Figure:
        return Figure(tuple(placed.moved(shift) for placed in self.segments),
                      {name: add(point, shift) for name, point in self.joints.items()})


def ball_of_foot(foot: Placed) -> Vec:
    """Where the sole bears on the ball of the foot (the heads of the metatarsals)."""
    return foot.surface(BALL_OF_FOOT, -1.0)


def heel(foot: Placed) -> Vec:
    """The underside of the heel."""
    return foot.surface(0.0, -1.0)


def sole_tilt(foot: Placed) -> float:
    """Degrees the sole is turned from level, the ball above the heel positive (toes lifted)."""
    rise = sub(ball_of_foot(foot), heel(foot))
    return math.degrees(math.atan2(rise[1], math.hypot(rise[0], rise[2])))


class Pivot(Record):
    """The point of the anchor that keeps its place: the joint itself or, for a foot that rolls,
    a point of its sole: the ball of the foot if the heel lifts (a foot rolling onto its toes
    pivots on the ball, so the ankle rises with the heel), the heel if the toes lift (a straight
    leg's foot turned up)."""

    anchor: str
    on: Callable[[Placed], Vec] | None = None  # ball_of_foot or heel, of the anchor's foot

    @staticmethod
    def of_motion(motion: Motion) -> Pivot:
        if not motion.anchor.endswith("_ankle"):
            return Pivot(motion.anchor)
        return Pivot.of_foot(motion, motion.anchor.removesuffix("_ankle"))

    @staticmethod
    def of_foot(motion: Motion, side: str) -> Pivot:
        """A foot rolls on its ball or heel if its sole tilts more than ROLL degrees in a keyframe,
        on the heel if its toes lift further than its heel."""
        tilts = [sole_tilt(leg(pose, root_rotation(motion.view, motion.turn, pose), side)[2])
                 for pose in (motion.start, motion.end)]
        if max(abs(tilt) for tilt in tilts) <= ROLL:
            return Pivot(f"{side}_ankle")
        return Pivot(f"{side}_ankle", heel if max(tilts) > -min(tilts) else ball_of_foot)

    def of(self, figure: Figure) -> Vec:
        if self.on is None:
            return figure.joint(self.anchor)
        return self.on(figure.segment(self.anchor.replace("_ankle", "_foot")))

    def from_ankle(self, foot: Placed) -> Vec:
        """From the ankle to the pivot of a foot (an ankle's pivot)."""
        return (0.0, 0.0, 0.0) if self.on is None else sub(self.on(foot), foot.origin)


def root_rotation(view: View, turn: float, pose: Pose) -> Matrix:
    """The pelvis's orientation: turned toward the viewer, then leaning and tipped."""
    yaw = rotation(1, VIEW_TURN[view] + turn)
    return compose(compose(yaw, rotation(2, -pose.body(BodyAngle.PITCH))), rotation(0, pose.body(BodyAngle.ROLL)))


class Limb(Record):
    """A leg or an arm: its segments, the joints that turn it, its two links' lengths, and which way the
    middle joint bends (the knee back, the elbow forward); the same description places it and solves it
    (planted)."""

    segments: tuple[Segment, Segment, Segment]
    flexion: Joint
    abduction: Joint
    rotation: Joint
    bend: Joint
    end: Joint  # the foot's or the hand's: ankle flexion, wrist extension
    upper: float
    lower: float
    bend_sign: float


LEG = Limb(LEG_SEGMENTS, Joint.HIP_FLEXION, Joint.HIP_ABDUCTION, Joint.HIP_ROTATION, Joint.KNEE_FLEXION,
           Joint.ANKLE_FLEXION, THIGH, SHANK, -1.0)
ARM = Limb(ARM_SEGMENTS, Joint.SHOULDER_FLEXION, Joint.SHOULDER_ABDUCTION, Joint.SHOULDER_ROTATION,
           Joint.ELBOW_FLEXION, Joint.WRIST_EXTENSION, UPPER_ARM, FOREARM, 1.0)


def place_limb(pose: Pose, limb: Limb, parent: Matrix, side: str, root: Vec) -> tuple[Placed, Placed, Placed]:
    """The limb's three segments of one side (thigh, shank and foot; upper arm, forearm and hand), from
    ``root`` (the hip, the shoulder) of a body part turned ``parent`` (the pelvis, the torso)."""
    sign = 1.0 if side == "right" else -1.0
    first, second, third = limb.segments
    upper = Placed(segment_key(first, side), first, side, root, compose(compose(compose(
        parent, rotation(2, pose.joint(limb.flexion, side))),
        rotation(0, -sign * pose.joint(limb.abduction, side))),
        rotation(1, -sign * pose.joint(limb.rotation, side))))
    lower = Placed(segment_key(second, side), second, side, upper.to_world((0.0, -limb.upper, 0.0)),
                   compose(upper.rotation, rotation(2, limb.bend_sign * pose.joint(limb.bend, side))))
    end = Placed(segment_key(third, side), third, side, lower.to_world((0.0, -limb.lower, 0.0)),
                 compose(lower.rotation, rotation(2, pose.joint(limb.end, side))))
    return upper, lower, end


def leg(pose: Pose, root: Matrix, side: str) -> tuple[Placed, Placed, Placed]:
    """Thigh, shank and foot of one side, the hip centre at the origin."""
    sign = 1.0 if side == "right" else -1.0
    return place_limb(pose, LEG, root, side, rotate(root, (0.0, 0.0, sign * HIP_HALF_WIDTH)))


def chain(pose: Pose, root: Matrix) -> Figure:
    """Forward kinematics from the hip centre at the origin."""
    placed: list[Placed] = []
    joints: dict[str, Vec] = {"pelvis": (0.0, 0.0, 0.0)}
    origin: Vec = (0.0, 0.0, 0.0)

    def put(segment: Segment, side: str | None, at: Vec, rotation: Matrix) -> Placed:
        item = Placed(segment_key(segment, side), segment, side, at, rotation)
        placed.append(item)
        return item

    pelvis = put(PELVIS, None, origin, root)
    lumbar = pelvis.to_world((0.0, PELVIS_TO_LUMBAR, 0.0))
    trunk = compose(compose(root, rotation(2, -pose.body(BodyAngle.TRUNK_FLEXION))),
                    rotation(0, pose.body(BodyAngle.TRUNK_BEND)))
    torso = put(TORSO, None, lumbar, trunk)
    neck_base = torso.to_world((0.0, LUMBAR_TO_NECK, 0.0))
    neck = put(NECK_SEGMENT, None, neck_base, compose(trunk, rotation(2, -pose.body(BodyAngle.NECK_FLEXION))))
    put(HEAD, None, neck.to_world((0.0, NECK, 0.0)), neck.rotation)
    joints.update(lumbar=lumbar, neck=neck_base, head=neck.to_world((0.0, NECK, 0.0)))

    for side in SIDES:
        sign = 1.0 if side == "right" else -1.0
        thigh, shank, foot = leg(pose, root, side)
        placed += (thigh, shank, foot)
        hip, knee, ankle = thigh.origin, shank.origin, foot.origin

        shoulder = torso.to_world((0.0, LUMBAR_TO_NECK - SHOULDER_BELOW_NECK, sign * SHOULDER_HALF_WIDTH))
        upper, forearm, hand = place_limb(pose, ARM, trunk, side, shoulder)
        placed += (upper, forearm, hand)
        elbow, wrist = forearm.origin, hand.origin
        joints.update({f"{side}_hip": hip, f"{side}_knee": knee, f"{side}_ankle": ankle,
                       f"{side}_shoulder": shoulder, f"{side}_elbow": elbow, f"{side}_wrist": wrist})
    return Figure(tuple(placed), joints)


def clearance(placed: Placed, supports: Sequence[Support]) -> float:
    """How far the segment is above the floor and the supports under it (negative: inside one)."""
    gap = math.inf
    for centre, h_x, h_y in placed.samples():
        gap = min(gap, centre[1] - h_y)  # the floor
        for support in supports:
            if not support.far <= centre[2] <= support.near:
                continue
            dx = abs(centre[0] - min(max(centre[0], support.left), support.right))
            if dx == 0 or dx < h_x:  # over the surface, or its corner under the rounded side
                gap = min(gap, centre[1] - h_y * math.sqrt(1 - (dx / h_x) ** 2 if dx else 1.0) - support.top)
    return gap


def lift_onto(figure: Figure, supports: Sequence[Support]) -> float:
    """How far to raise (or lower) the figure so it rests on the floor and the supports:
    nothing of it below a surface and at least one part touching."""
    return -min(clearance(placed, supports) for placed in figure.segments)


def pose_figure(motion: Motion, pose: Pose, supports: Sequence[Support] = (),
                held: tuple[Pivot, Vec] | None = None) -> Figure:
    """The body in this pose, placed: the anchor joint at x = 0 and z = 0 or, ``held`` at its
    place in the start pose, the anchor's pivot there horizontally, so it keeps its place both
    ways; resting on what is under it."""
    figure = chain(pose, root_rotation(motion.view, motion.turn, pose))
    at, target = (figure.joint(motion.anchor), (0.0, 0.0, 0.0)) if held is None else (held[0].of(figure), held[1])
    figure = figure.moved((target[0] - at[0], 0.0, target[2] - at[2]))
    return figure.moved((0.0, lift_onto(figure, supports), 0.0))


ALL_SEGMENT_KEYS = tuple(segment_key(s, None) for s in CORE_SEGMENTS) + tuple(
    segment_key(s, side) for side in SIDES for s in LEG_SEGMENTS + ARM_SEGMENTS)
JOINT_NAMES = ("pelvis", "lumbar", "neck", "head") + tuple(
    f"{side}_{joint}" for side in SIDES for joint in ("hip", "knee", "ankle", "shoulder", "elbow", "wrist"))
