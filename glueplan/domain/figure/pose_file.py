"""Reading the poses (resources/poses/*.toml): one entry per exercise, checked completely.

An entry names its exercise (``id``), the view (with an optional ``turn`` about the vertical
and ``tilt``, the degrees the viewer looks down from level), the anchor joint, the equipment and two
keyframes, ``start`` and ``end``. A keyframe gives body angles (``pitch``, ``trunk_flexion``,
...) directly, joint angles for both sides in ``both`` and per side in ``left`` / ``right``
(which override ``both``), and the body parts resting on something in ``touch``. Mistakes
are reported with the file, the entry and the field, like the catalogue's.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from glueplan.domain.figure.body import JOINT_LIMITS, SIDES, BodyAngle, Joint
from glueplan.domain.figure.equipment import BODY_POINTS, HANDS, HOLDABLE, NEEDS, Kind
from glueplan.domain.figure.kinematics import ALL_SEGMENT_KEYS, JOINT_NAMES
from glueplan.domain.figure.pose import EquipmentItem, Motion, Pose, View, angle_key
from glueplan.domain.resources import resource_dir
from glueplan.domain.validation import DataError, Fields, read_toml

_ENTRY_FIELDS = {"id", "view", "turn", "tilt", "anchor", "equipment", "start", "end"}
_KEYFRAME_FIELDS = {"touch", "both", "left", "right"} | {angle.value for angle in BodyAngle}
_ITEM_FIELDS = {"kind", "at", "fixed", "to", "x", "width", "height", "held", "grip"}


def _read_side(fields: Fields, name: str, side: str, angles: dict[str, float]) -> None:
    if not fields.has(name):
        return
    table = fields.table(name)
    table.reject_unknown({joint.value for joint in Joint})
    for joint in Joint:
        if table.has(joint.value):
            angles[angle_key(joint, side)] = table.number(joint.value, *JOINT_LIMITS[joint])


def _read_keyframe(fields: Fields) -> Pose:
    fields.reject_unknown(_KEYFRAME_FIELDS)
    angles: dict[str, float] = {}
    for angle in BodyAngle:
        if fields.has(angle.value):
            angles[angle_key(angle)] = fields.number(angle.value, *JOINT_LIMITS[angle])
    for side in SIDES:
        _read_side(fields, "both", side, angles)
    for side in SIDES:
        _read_side(fields, side, side, angles)
    touching = fields.texts("touch") if fields.has("touch") else ()
    for index, key in enumerate(touching):
        if key not in ALL_SEGMENT_KEYS:
            raise fields.error(f"touch[{index}]", f"must be a body part ({', '.join(ALL_SEGMENT_KEYS)}), found {key!r}")
    return Pose(angles, touching)


def _body_point(fields: Fields, name: str) -> str | None:
    if not fields.has(name):
        return None
    point = fields.text(name)
    if point not in BODY_POINTS:
        raise fields.error(name, f"must be a body point ({', '.join(BODY_POINTS)}), found {point!r}")
    return point


def _read_item(fields: Fields) -> EquipmentItem:
    fields.reject_unknown(_ITEM_FIELDS)
    kind = fields.choice("kind", Kind)
    for needed in sorted(NEEDS[kind]):
        if not fields.has(needed):
            raise fields.error(needed, f"is missing (a {kind.value} needs {', '.join(sorted(NEEDS[kind]))})")
    held = fields.text("held") if fields.has("held") else None
    if held is not None and held not in HANDS:
        raise fields.error("held", f"must be one of {', '.join(HANDS)}, found {held!r}")
    if held is not None and kind not in HOLDABLE:
        raise fields.error("held", f"a {kind.value} is not held on to (only {', '.join(sorted(HOLDABLE))})")
    if held is not None and kind is Kind.CABLE_COLUMN and not fields.has("grip"):
        raise fields.error("grip", "is missing (a cable column held on to needs the height of the hold)")
    return EquipmentItem(
        kind=kind.value,
        at=_body_point(fields, "at"),
        fixed=fields.boolean("fixed", False),
        to=_body_point(fields, "to"),
        x=fields.number("x", -5, 5) if fields.has("x") else 0.0,
        width=fields.number("width", 0, 5) if fields.has("width") else 0.0,
        height=fields.number("height", 0, 3) if fields.has("height") else 0.0,
        held=held,
        grip=fields.number("grip", 0, 3) if fields.has("grip") else 0.0,
    )


def _read_motion(raw: object, file: str, index: int) -> Motion:
    fields = Fields(raw, file, entry=f"#{index + 1}")
    fields.entry = fields.text("id")
    fields.reject_unknown(_ENTRY_FIELDS)
    anchor = fields.text("anchor")
    if anchor not in JOINT_NAMES:
        raise fields.error("anchor", f"must be a joint ({', '.join(JOINT_NAMES)}), found {anchor!r}")
    return Motion(
        exercise_id=fields.entry,
        view=fields.choice("view", View),
        turn=fields.number("turn", -90, 90) if fields.has("turn") else 0.0,
        anchor=anchor,
        start=_read_keyframe(fields.table("start")),
        end=_read_keyframe(fields.table("end")),
        equipment=tuple(_read_item(item) for item in fields.tables("equipment", allow_empty=True))
        if fields.has("equipment") else (),
        tilt=fields.number("tilt", 0, 90) if fields.has("tilt") else 0.0,
    )


def load_motions(directory: Path) -> dict[str, Motion]:
    """Every ``*.toml`` of the folder; raises DataError at the first problem."""
    motions: dict[str, Motion] = {}
    files = sorted(directory.glob("*.toml"))
    if not files:
        raise DataError(str(directory), "holds no pose files (*.toml)")
    for path in files:
        document = Fields(read_toml(path), str(path))
        for index, raw in enumerate(document.items("pose")):
            motion = _read_motion(raw, str(path), index)
            if motion.exercise_id in motions:
                raise DataError(str(path), "has poses twice", motion.exercise_id, "id")
            motions[motion.exercise_id] = motion
    return motions


@cache
def builtin_motions() -> dict[str, Motion]:
    """The poses shipped with glueplan, by exercise id, loaded once per process."""
    return load_motions(resource_dir() / "poses")
