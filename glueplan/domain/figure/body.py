"""The figure's body: segments with adult proportions, their shapes, joints and joint limits.

Lengths follow Winter's anthropometric table (Biomechanics and Motor Control of Human
Movement) for a 1.75 m adult. A segment's shape is a few cross-sections along it (ellipses
given by their half-width sideways, half-depth front to back and an offset forwards), so that
the same numbers serve the painter (outline) and the geometry tests (contact with the floor).
"""

from __future__ import annotations

from enum import StrEnum
from glueplan.domain.record import Record

SIDES = ("left", "right")  # the right side faces the viewer in the side view


class Joint(StrEnum):
    """The named angles of a pose (degrees); side-specific ones are given per side."""

    HIP_FLEXION = "hip_flexion"  # thigh forward; negative is extension (leg behind the body)
    HIP_ABDUCTION = "hip_abduction"  # thigh out to the side; negative is adduction
    HIP_ROTATION = "hip_rotation"  # external (knee turns out) positive
    KNEE_FLEXION = "knee_flexion"
    ANKLE_FLEXION = "ankle_flexion"  # dorsiflexion (toes up) positive, plantarflexion negative
    SHOULDER_FLEXION = "shoulder_flexion"  # arm forward and up; negative is behind the body
    SHOULDER_ABDUCTION = "shoulder_abduction"
    SHOULDER_ROTATION = "shoulder_rotation"  # external positive (a bent forearm turns up when abducted)
    ELBOW_FLEXION = "elbow_flexion"
    WRIST_EXTENSION = "wrist_extension"  # the fingers turn forward (a hand flat on the floor: 90)


class BodyAngle(StrEnum):
    """Angles of the whole body and spine (one each)."""

    PITCH = "pitch"  # the pelvis leaning forward (90: face down), backward negative (-90: on the back)
    ROLL = "roll"  # the pelvis tipped onto a side (90: lying on the right side)
    TRUNK_FLEXION = "trunk_flexion"  # the spine bending forward over the pelvis; negative arches
    TRUNK_BEND = "trunk_bend"  # the spine bending sideways (to the right positive)
    NECK_FLEXION = "neck_flexion"  # chin toward the chest


# Anatomical ranges of motion (degrees), after the AAOS normal values (Greene & Heckman 1994)
# with room for the end positions of exercises (a deep squat's ankle, a nordic curl's knee).
JOINT_LIMITS: dict[str, tuple[float, float]] = {
    Joint.HIP_FLEXION: (-30, 135),
    Joint.HIP_ABDUCTION: (-30, 50),
    Joint.HIP_ROTATION: (-40, 50),
    Joint.KNEE_FLEXION: (0, 150),
    Joint.ANKLE_FLEXION: (-50, 40),
    Joint.SHOULDER_FLEXION: (-60, 180),
    Joint.SHOULDER_ABDUCTION: (-20, 180),
    Joint.SHOULDER_ROTATION: (-70, 90),
    Joint.ELBOW_FLEXION: (0, 150),
    Joint.WRIST_EXTENSION: (-70, 90),
    BodyAngle.PITCH: (-180, 180),
    BodyAngle.ROLL: (-90, 90),
    BodyAngle.TRUNK_FLEXION: (-30, 90),
    BodyAngle.TRUNK_BEND: (-35, 35),
    BodyAngle.NECK_FLEXION: (-45, 60),
}


class Section(Record):
    """One cross-section of a segment, ``at`` a fraction of its length from its start."""

    at: float
    half_width: float  # sideways (m)
    half_depth: float  # along the segment's depth axis: front-back, or up-down for the foot (m)
    offset: float = 0.0  # the section's centre moved along the depth axis (a calf bulges back)


class Segment(Record):
    """A rigid part of the body between two points of its own frame (x forward, y up, z right)."""

    name: str
    start: tuple[float, float, float]
    end: tuple[float, float, float]
    sections: tuple[Section, ...]
    depth_axis: int = 0  # which local axis the depth and offset run along (0: x, 1: y)

    @property
    def length(self) -> float:
        return sum((b - a) ** 2 for a, b in zip(self.start, self.end, strict=True)) ** 0.5


def _sections(*rows: tuple[float, ...]) -> tuple[Section, ...]:
    return tuple(Section(*row) for row in rows)


# Lengths (m) for a 1.75 m adult; the hip joint stands 0.93 m high, the shoulder 1.43 m.
THIGH = 0.43
SHANK = 0.43
ANKLE_HEIGHT = 0.075
UPPER_ARM = 0.30
FOREARM = 0.26
HIP_HALF_WIDTH = 0.09
SHOULDER_HALF_WIDTH = 0.18
PELVIS_TO_LUMBAR = 0.12
LUMBAR_TO_NECK = 0.40
SHOULDER_BELOW_NECK = 0.04
NECK = 0.10

# Each segment in its own frame; the joint it hangs from is the frame's origin.
PELVIS = Segment("pelvis", (0.0, -0.09, 0.0), (0.0, PELVIS_TO_LUMBAR + 0.02, 0.0), _sections(
    (0.0, 0.135, 0.08, -0.04), (0.35, 0.17, 0.12, -0.035), (0.75, 0.16, 0.105, -0.01), (1.0, 0.14, 0.092, 0.0)))
# The chest sits behind the line from hip to shoulder joints: standing against a wall, the
# shoulder blades touch it as the buttocks do (so the upper back is on the floor in a bridge).
TORSO = Segment("torso", (0.0, 0.0, 0.0), (0.0, LUMBAR_TO_NECK, 0.0), _sections(
    (0.0, 0.14, 0.09, -0.01), (0.35, 0.14, 0.095, -0.01), (0.7, 0.165, 0.115, -0.03), (0.92, 0.16, 0.1, -0.025),
    (1.0, 0.10, 0.07, -0.02)))
NECK_SEGMENT = Segment("neck", (0.0, 0.0, 0.0), (0.0, NECK, 0.0), _sections((0.0, 0.055, 0.055), (1.0, 0.05, 0.05)))
HEAD = Segment("head", (0.0, 0.03, 0.0), (0.0, 0.21, 0.0), _sections(
    (0.0, 0.05, 0.06, 0.025), (0.25, 0.072, 0.095, 0.02), (0.6, 0.08, 0.1, 0.01), (1.0, 0.065, 0.08, -0.005)))
THIGH_SEGMENT = Segment("thigh", (0.0, 0.0, 0.0), (0.0, -THIGH, 0.0), _sections(
    (0.0, 0.085, 0.085, 0.0), (0.3, 0.08, 0.082, 0.01), (0.75, 0.062, 0.065, 0.005), (1.0, 0.05, 0.052, 0.0)))
SHANK_SEGMENT = Segment("shank", (0.0, 0.0, 0.0), (0.0, -SHANK, 0.0), _sections(
    (0.0, 0.05, 0.05, 0.0), (0.28, 0.052, 0.06, -0.02), (0.7, 0.036, 0.038, -0.005), (1.0, 0.03, 0.033, 0.0)))
FOOT = Segment("foot", (-0.055, -0.045, 0.0), (0.20, -0.06, 0.0), _sections(
    (0.0, 0.032, 0.03, 0.0), (0.25, 0.04, 0.045, 0.015), (0.7, 0.05, 0.022, 0.0), (1.0, 0.035, 0.015, 0.0)),
    depth_axis=1)
UPPER_ARM_SEGMENT = Segment("upper_arm", (0.0, 0.0, 0.0), (0.0, -UPPER_ARM, 0.0), _sections(
    (0.0, 0.05, 0.055, 0.0), (0.35, 0.043, 0.047, 0.0), (1.0, 0.034, 0.036, 0.0)))
FOREARM_SEGMENT = Segment("forearm", (0.0, 0.0, 0.0), (0.0, -FOREARM, 0.0), _sections(
    (0.0, 0.034, 0.038, 0.0), (0.3, 0.037, 0.038, 0.004), (1.0, 0.026, 0.02, 0.0)))
HAND = Segment("hand", (0.0, 0.0, 0.0), (0.0, -0.17, 0.0), _sections(
    (0.0, 0.024, 0.018, 0.0), (0.45, 0.03, 0.016, 0.0), (1.0, 0.016, 0.01, 0.0)))

LEG_SEGMENTS = (THIGH_SEGMENT, SHANK_SEGMENT, FOOT)
ARM_SEGMENTS = (UPPER_ARM_SEGMENT, FOREARM_SEGMENT, HAND)
CORE_SEGMENTS = (PELVIS, TORSO, NECK_SEGMENT, HEAD)


def segment_key(segment: Segment, side: str | None) -> str:
    """``right_thigh``, ``torso``: how poses, equipment and tests name a placed segment."""
    return f"{side}_{segment.name}" if side else segment.name


class MuscleRegion(Record):
    """Where a muscle lies on a segment, for the glow of the trained muscles: ``at`` a fraction
    of the segment's length, on its front (``toward`` 1) or back (-1), outside (``outward`` 1)
    or inside (-1); ``length`` and ``width`` are its half-extent as fractions of the segment."""

    segment: str
    at: float
    toward: float
    outward: float
    length: float
    width: float


MUSCLE_REGIONS: dict[str, tuple[MuscleRegion, ...]] = {
    "gluteus_maximus": (MuscleRegion("pelvis", 0.22, -1.0, 0.35, 0.32, 0.8),),
    "gluteus_medius": (MuscleRegion("pelvis", 0.72, -0.3, 1.0, 0.22, 0.55),),
    "gluteus_minimus": (MuscleRegion("pelvis", 0.62, 0.15, 1.0, 0.15, 0.4),),
    "deep_hip_rotators": (MuscleRegion("pelvis", 0.4, -0.8, 0.6, 0.13, 0.4),),
    "tensor_fasciae_latae": (MuscleRegion("thigh", 0.1, 0.5, 1.0, 0.13, 0.5),),
    "hip_flexors": (MuscleRegion("pelvis", 0.5, 1.0, 0.4, 0.2, 0.5),),
    "quadriceps": (MuscleRegion("thigh", 0.5, 1.0, 0.0, 0.42, 0.75),),
    "hamstrings": (MuscleRegion("thigh", 0.55, -1.0, 0.0, 0.4, 0.75),),
    "adductors": (MuscleRegion("thigh", 0.3, 0.2, -1.0, 0.3, 0.6),),
    "erector_spinae": (MuscleRegion("torso", 0.3, -1.0, 0.3, 0.3, 0.45),),
    "calves": (MuscleRegion("shank", 0.3, -1.0, 0.0, 0.25, 0.8),),
    "core": (MuscleRegion("torso", 0.25, 1.0, 0.0, 0.28, 0.8),),
}
