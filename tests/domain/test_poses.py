"""Exercise poses: complete, anatomically possible, resting on what they stand on, and right by geometry."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from glueplan.domain.catalog import Catalog
from glueplan.domain.figure.body import ARM_SEGMENTS, LEG_SEGMENTS
from glueplan.domain.figure.equipment import BODY_POINTS, PLATE_RADIUS, Kind, holds
from glueplan.domain.figure.kinematics import (
    Figure,
    Vec,
    angle_between,
    ball_of_foot,
    clearance,
    dot,
    heel,
    norm,
    scale,
    sole_tilt,
    sub,
)
from glueplan.domain.figure.planted import PLANTED_SLIP
from glueplan.domain.figure.pose import ANGLE_KEYS
from glueplan.domain.figure.pose_file import builtin_motions, load_motions
from glueplan.domain.figure.scene import Scene, as_seen, scene_at
from glueplan.domain.validation import DataError

MOTIONS = builtin_motions()
STEPS = [step / 10 for step in range(11)]
TOUCH_TOLERANCE = 0.025  # metres between a resting body part and what it rests on


def start(exercise_id: str) -> Scene:
    return scene_at(MOTIONS[exercise_id], 0.0)


def end(exercise_id: str) -> Scene:
    return scene_at(MOTIONS[exercise_id], 1.0)


def hip_angle(figure: Figure, side: str = "right") -> float:
    """Degrees between the trunk and the thigh at the hip: 180 is straight, 90 a right angle."""
    hip = figure.joint(f"{side}_hip")
    return angle_between(sub(figure.joint("neck"), hip), sub(figure.joint(f"{side}_knee"), hip))


def hip_flexion(figure: Figure, side: str = "right") -> float:
    return 180 - hip_angle(figure, side)


def knee_flexion(figure: Figure, side: str = "right") -> float:
    knee = figure.joint(f"{side}_knee")
    return 180 - angle_between(sub(figure.joint(f"{side}_hip"), knee), sub(figure.joint(f"{side}_ankle"), knee))


def drawn_angle(scene: Scene, a: str, b: str, c: str) -> float:
    """Degrees the drawing bends at joint ``b`` between ``a`` and ``c`` (0: a straight line), as
    the viewer sees it: in the picture's plane, the depth not seen."""
    seen = as_seen(scene).figure
    p, q, r = (seen.joint(name) for name in (a, b, c))
    return 180 - angle_between((p[0] - q[0], p[1] - q[1], 0.0), (r[0] - q[0], r[1] - q[1], 0.0))


def drawn_knee_flexion(scene: Scene, side: str) -> float:
    return drawn_angle(scene, f"{side}_hip", f"{side}_knee", f"{side}_ankle")


def drawn_hip_flexion(scene: Scene, side: str) -> float:
    return drawn_angle(scene, "neck", f"{side}_hip", f"{side}_knee")


def from_vertical(a: Vec, b: Vec) -> float:
    return angle_between(sub(b, a), (0.0, 1.0, 0.0))


def shin_from_vertical(figure: Figure, side: str = "right") -> float:
    return from_vertical(figure.joint(f"{side}_ankle"), figure.joint(f"{side}_knee"))


def horizontal(v: Vec) -> float:
    return math.hypot(v[0], v[2])


def gap(scene: Scene, key: str) -> float:
    return clearance(scene.figure.segment(key), scene.supports)


def item(scene: Scene, kind: Kind) -> Vec:
    placed = next(placed for placed in scene.equipment if placed.kind is kind)
    assert placed.point is not None
    return placed.point.point


# -- completeness, limits, lengths, contact ---------------------------------------------------


def test_every_catalogue_exercise_has_keyframes_and_every_pose_an_exercise(catalog: Catalog) -> None:
    assert set(MOTIONS) == set(catalog.exercises)


@pytest.mark.parametrize("exercise_id", sorted(MOTIONS))
def test_every_frame_keeps_joints_within_limits_and_segments_their_length(exercise_id: str) -> None:
    motion = MOTIONS[exercise_id]
    limits = dict(ANGLE_KEYS)
    first = scene_at(motion, 0.0).figure
    for t in STEPS:
        scene = scene_at(motion, t)
        for key, degrees in scene.pose.angles.items():  # as drawn: blended, planted legs solved
            low, high = limits[key]
            assert low <= degrees <= high, (exercise_id, t, key, degrees)
        figure = scene.figure
        for side in ("left", "right"):
            for upper, lower in (("hip", "knee"), ("knee", "ankle"), ("shoulder", "elbow"), ("elbow", "wrist")):
                length = norm(sub(figure.joint(f"{side}_{upper}"), figure.joint(f"{side}_{lower}")))
                before = norm(sub(first.joint(f"{side}_{upper}"), first.joint(f"{side}_{lower}")))
                assert length == pytest.approx(before, abs=1e-9), (exercise_id, t, side, upper)
        assert norm(sub(figure.joint("lumbar"), figure.joint("neck"))) == pytest.approx(
            norm(sub(first.joint("lumbar"), first.joint("neck"))), abs=1e-9)


@pytest.mark.parametrize("exercise_id", sorted(MOTIONS))
def test_nothing_passes_through_the_floor_or_the_equipment(exercise_id: str) -> None:
    motion = MOTIONS[exercise_id]
    for t in STEPS:
        scene = scene_at(motion, t)
        lowest = min(gap(scene, placed.key) for placed in scene.figure.segments)
        assert lowest == pytest.approx(0.0, abs=1e-6), (exercise_id, t)  # resting, not sunk, not floating


@pytest.mark.parametrize("exercise_id", sorted(MOTIONS))
def test_parts_that_rest_on_something_touch_it_all_the_way(exercise_id: str) -> None:
    motion = MOTIONS[exercise_id]
    for t, pose in ((0.0, motion.start), (1.0, motion.end)):
        scene = scene_at(motion, t)
        for key in pose.touching:
            assert gap(scene, key) <= TOUCH_TOLERANCE, (exercise_id, t, key, gap(scene, key))
    # a foot that stands in both keyframes stays down in between, unless it steps from one place
    # to another while the body stands on the other foot
    first, last = scene_at(motion, 0.0).figure, scene_at(motion, 1.0).figure
    standing = [key for key in motion.start.touching if key in motion.end.touching and key.endswith("_foot")
                and not (motion.anchor.endswith("_ankle") and norm(sub(
                    sub(last.joint(key.replace("_foot", "_ankle")), last.joint(motion.anchor)),
                    sub(first.joint(key.replace("_foot", "_ankle")), first.joint(motion.anchor)))) > PLANTED_SLIP)]
    for t in STEPS:
        scene = scene_at(motion, t)
        for key in standing:
            assert gap(scene, key) <= 2 * TOUCH_TOLERANCE, (exercise_id, t, key)


def test_a_broken_pose_file_names_file_entry_and_field(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        '[[pose]]\nid = "back_squat"\nview = "side"\nanchor = "right_ankle"\n'
        '[pose.start]\nboth = { knee_flexion = 170 }\n[pose.end]\n', encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load_motions(tmp_path)
    assert str(raised.value) == (f"{tmp_path / 'bad.toml'}, entry 'back_squat', field 'start.both.knee_flexion': "
                                 "must be between 0 and 150, found 170")


def test_equipment_needs_its_fields(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text(
        '[[pose]]\nid = "step_up"\nview = "side"\nanchor = "right_ankle"\n'
        'equipment = [{ kind = "box", x = 0.1, height = 0.3 }]\n[pose.start]\n[pose.end]\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"entry 'step_up', field 'equipment\[0\]\.width': is missing"):
        load_motions(tmp_path)


@pytest.mark.parametrize(("item", "message"), [
    ('{ kind = "bench", x = 0.5, width = 1.2, height = 0.45, held = "hands" }',
     r"field 'equipment\[0\]\.held': a bench is not held on to"),
    ('{ kind = "cable_column", x = 0.8, height = 0.1, to = "right_ankle", held = "hands" }',
     r"field 'equipment\[0\]\.grip': is missing"),
    ('{ kind = "chair", x = 0.5, height = 0.9, held = "right_foot" }',
     r"field 'equipment\[0\]\.held': must be one of left_hand, right_hand, hands, found 'right_foot'"),
])
def test_only_a_chair_or_a_cable_column_is_held_on_to_and_by_a_hand(tmp_path: Path, item: str, message: str) -> None:
    (tmp_path / "bad.toml").write_text(
        f'[[pose]]\nid = "cable_kickback"\nview = "side"\nanchor = "left_ankle"\nequipment = [{item}]\n'
        '[pose.start]\n[pose.end]\n', encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_motions(tmp_path)


# -- the exercises, by geometry -----------------------------------------------------------------


def test_deep_back_squat() -> None:
    figure = end("back_squat").figure
    knee_top = figure.segment("right_thigh").section_at(1.0)
    assert figure.joint("right_hip")[1] < knee_top[0][1] + knee_top[2]  # hip crease below the top of the knee
    hinge = angle_between(sub(figure.joint("neck"), figure.joint("pelvis")), (0.0, 1.0, 0.0))
    assert 30 <= hinge <= 60  # the trunk leans forward ...
    mid_foot = figure.joint("right_ankle")[0] + 0.06
    assert abs(item(end("back_squat"), Kind.BARBELL)[0] - mid_foot) <= 0.08  # ... so the bar stays over mid-foot
    foot = figure.segment("right_foot")
    heel, toes = foot.section_at(0.0), foot.section_at(1.0)
    assert heel[0][1] - heel[2] <= 0.01 and toes[0][1] - toes[2] <= 0.01  # heels down


@pytest.mark.parametrize(("exercise_id", "support"), [
    ("barbell_hip_thrust", 0.42), ("single_leg_hip_thrust", 0.42), ("glute_bridge", 0.0), ("banded_glute_bridge", 0.0)])
def test_hip_thrust_and_bridge_tops(exercise_id: str, support: float) -> None:
    for scene in (start(exercise_id), end(exercise_id)):
        upper_back = scene.figure.segment("torso").surface(0.8, -1.0)
        assert upper_back[1] <= support + 0.012 + 2 * TOUCH_TOLERANCE  # upper back on the bench, or the floor
    top = end(exercise_id).figure
    assert hip_angle(top) >= 170  # hips extended within 10 degrees of straight
    assert shin_from_vertical(top) <= 15  # shins near vertical


@pytest.mark.parametrize("exercise_id", ["romanian_deadlift", "stiff_leg_deadlift", "good_morning"])
def test_hinges_bend_at_the_hip_with_a_straight_back(exercise_id: str) -> None:
    bottom = end(exercise_id)
    assert hip_flexion(bottom.figure) >= 70
    assert knee_flexion(bottom.figure) <= 30
    assert MOTIONS[exercise_id].end["trunk_flexion"] <= 10  # back straight


def test_bulgarian_split_squat() -> None:
    for scene in (start("bulgarian_split_squat"), end("bulgarian_split_squat")):
        bench = next(placed.item for placed in scene.equipment if placed.kind is Kind.BENCH)
        rear = scene.figure.joint("left_ankle")
        assert abs(rear[0] - bench.x) <= bench.width / 2 + 0.1 and rear[1] > bench.height  # rear foot on the bench
    assert shin_from_vertical(end("bulgarian_split_squat").figure) <= 15
    rest = start("bulgarian_split_squat").figure.joint("left_ankle")
    for t in STEPS:  # the rear foot stays where it rests on the bench
        assert norm(sub(scene_at(MOTIONS["bulgarian_split_squat"], t).figure.joint("left_ankle"), rest)) <= 0.05, t


def test_clamshell() -> None:
    for scene in (start("clamshell"), end("clamshell")):
        figure = scene.figure
        assert abs(figure.segment("pelvis").axis(2)[1]) >= 0.9  # lying on the side
        assert 30 <= hip_flexion(figure, "left") <= 70 and knee_flexion(figure, "left") >= 70
    opened = [norm(sub(s.figure.joint("left_knee"), s.figure.joint("right_knee")))
              for s in (start("clamshell"), end("clamshell"))]
    assert opened[1] >= opened[0] + 0.15  # the top knee opens
    # ... and the thighs open into a V in the drawing (seen from above; x, y: the depth is not seen)
    assert 180 - drawn_angle(end("clamshell"), "left_knee", "left_hip", "right_knee") >= 25


def test_clamshell_is_drawn_with_bent_knees_and_the_feet_together_all_the_way() -> None:
    """The cues: "lie on your side with bent knees", "keep the feet together". A handout shows
    the drawing, so the bends are checked as drawn (square on, lying in the floor's plane, they
    were drawn as straight legs), the feet in the world in every frame."""
    motion = MOTIONS["clamshell"]
    for scene, side in ((start("clamshell"), "left"), (start("clamshell"), "right"), (end("clamshell"), "right")):
        assert drawn_hip_flexion(scene, side) >= 25 and drawn_knee_flexion(scene, side) >= 60, (scene.pose, side)
    assert drawn_knee_flexion(end("clamshell"), "left") >= 20  # the top knee, opened toward the viewer
    for t in STEPS:
        figure = scene_at(motion, t).figure
        assert norm(sub(figure.joint("left_ankle"), figure.joint("right_ankle"))) <= 0.12, t


def test_side_lying_abduction_lifts_the_straight_leg_up_not_forward() -> None:
    for scene in (start("side_lying_hip_abduction"), end("side_lying_hip_abduction")):
        assert knee_flexion(scene.figure, "left") <= 10
    figure = end("side_lying_hip_abduction").figure
    pelvis = figure.segment("pelvis")
    thigh = sub(figure.joint("left_knee"), figure.joint("left_hip"))
    down, forward, outward = pelvis.axis(1), pelvis.axis(0), pelvis.axis(2)
    lift = math.degrees(math.atan2(-sum(a * b for a, b in zip(thigh, outward)),
                                   -sum(a * b for a, b in zip(thigh, down))))
    assert 30 <= lift <= 45
    assert sum(a * b for a, b in zip(thigh, forward)) < 0  # slightly behind the body


def test_side_lying_abduction_is_drawn_with_the_bottom_leg_bent_and_the_top_leg_straight() -> None:
    """The cue: "lie on your side with the bottom leg bent"; the bottom (right) leg's bend lies
    in the floor's plane, which a level view drew as a straight leg."""
    for scene in (start("side_lying_hip_abduction"), end("side_lying_hip_abduction")):
        assert drawn_knee_flexion(scene, "right") >= 45
        assert drawn_knee_flexion(scene, "left") <= 10


@pytest.mark.parametrize("exercise_id", ["cable_kickback", "standing_band_kickback"])
def test_kickbacks_extend_the_hip_behind_the_body(exercise_id: str) -> None:
    figure = end(exercise_id).figure
    pelvis_forward = figure.segment("pelvis").axis(0)
    thigh = sub(figure.joint("right_knee"), figure.joint("right_hip"))
    assert sum(a * b for a, b in zip(thigh, pelvis_forward)) < 0  # the working thigh behind the trunk
    assert knee_flexion(figure) <= 20


@pytest.mark.parametrize("exercise_id", ["cable_pull_through", "kettlebell_swing"])
def test_hip_hinge_then_stand_tall(exercise_id: str) -> None:
    assert hip_flexion(start(exercise_id).figure) >= 60 and knee_flexion(start(exercise_id).figure) <= 35
    assert hip_angle(end(exercise_id).figure) >= 165


def test_kettlebell_floats_to_chest_height() -> None:
    scene = end("kettlebell_swing")
    bell = item(scene, Kind.KETTLEBELL)
    assert abs(bell[1] - scene.figure.joint("right_shoulder")[1]) <= 0.25


def test_monster_walk_steps_sideways_in_a_shallow_squat() -> None:
    width = [abs(s.figure.joint("left_ankle")[0] - s.figure.joint("right_ankle")[0])
             for s in (start("monster_walk"), end("monster_walk"))]
    assert width[1] >= width[0] + 0.1
    assert 20 <= knee_flexion(start("monster_walk").figure) <= 60
    for scene in (start("monster_walk"), end("monster_walk")):  # the squat shows in the drawing ("sink into a
        for side in ("left", "right"):                          # shallow squat"; seen nearly square on, 15 degrees)
            assert drawn_knee_flexion(scene, side) >= 25, side


def test_single_leg_box_squat_sits_down_on_the_box() -> None:
    scene = end("single_leg_box_squat")
    assert gap(scene, "pelvis") <= TOUCH_TOLERANCE
    assert knee_flexion(scene.figure) >= 80


def test_single_leg_rdl_hinges_with_the_free_leg_in_line() -> None:
    figure = end("single_leg_romanian_deadlift").figure
    trunk = angle_between(sub(figure.joint("neck"), figure.joint("pelvis")), (0.0, 1.0, 0.0))
    assert 60 <= trunk <= 100
    assert hip_angle(figure, "right") >= 160  # the free leg goes straight back
    assert knee_flexion(figure, "left") <= 30


@pytest.mark.parametrize("exercise_id", ["single_leg_romanian_deadlift", "standing_band_kickback"])
def test_stands_on_one_leg_all_the_way(exercise_id: str) -> None:
    """The cues: "stand on one leg", "shift your weight onto the standing leg". The start poses
    stood on the free foot's toes, the standing (left) foot 2 cm off the floor."""
    motion = MOTIONS[exercise_id]
    for t in STEPS:
        scene = scene_at(motion, t)
        assert gap(scene, "left_foot") <= 0.005 and gap(scene, "right_foot") >= 0.03, t


@pytest.mark.parametrize("exercise_id", ["hyperextension_45", "reverse_hyperextension"])
def test_hyperextensions_end_in_a_straight_line(exercise_id: str) -> None:
    assert hip_flexion(start(exercise_id).figure) >= 50
    assert hip_angle(end(exercise_id).figure) >= 165


def test_marching_glute_bridge_lifts_the_foot_a_few_centimetres_with_the_knee_bent() -> None:
    """The cue: "lift one foot a few centimetres off the floor, knee bent" (it was drawn 57 cm up,
    the knee pulled to the chest)."""
    scene = end("marching_glute_bridge")
    assert 0.03 <= gap(scene, "left_foot") <= 0.1
    assert knee_flexion(scene.figure, "left") >= 90
    assert abs(hip_angle(scene.figure, "right") - 180) <= 20  # the bridge held: knee, hip and shoulder in line


def test_frog_pump_soles_together_knees_out_hips_up() -> None:
    low, high = start("frog_pump").figure, end("frog_pump").figure
    assert norm(sub(low.joint("left_ankle"), low.joint("right_ankle"))) <= 0.2
    assert norm(sub(low.joint("left_knee"), low.joint("right_knee"))) >= 0.5
    assert high.joint("pelvis")[1] >= low.joint("pelvis")[1] + 0.08


def test_frog_pump_is_drawn_with_the_soles_together_and_the_knees_out() -> None:
    """The cue: "press the soles of your feet together and let your knees fall out to the sides".
    Lying on the back the knees fall out in the floor's plane: seen from the side, one knee was
    drawn over the other, like a bridge's. As drawn the knees are far apart across the picture,
    the ankles together between them, in both poses; the hips still rise in the drawing."""
    drawn = [as_seen(scene).figure for scene in (start("frog_pump"), end("frog_pump"))]
    for figure in drawn:
        knees, ankles = (abs(figure.joint(f"left_{j}")[0] - figure.joint(f"right_{j}")[0]) for j in ("knee", "ankle"))
        assert knees >= 0.5 and ankles <= 0.12
    assert drawn[1].joint("pelvis")[1] >= drawn[0].joint("pelvis")[1] + 0.04


def test_nordic_curl_lowers_a_straight_body_from_the_knees() -> None:
    assert 80 <= knee_flexion(start("nordic_curl").figure) <= 100
    for scene in (start("nordic_curl"), end("nordic_curl")):
        assert hip_angle(scene.figure) >= 165
    assert knee_flexion(end("nordic_curl").figure) <= 40


def test_step_up_from_box_to_standing_tall() -> None:
    box = next(placed.item for placed in start("step_up").equipment if placed.kind is Kind.BOX)
    assert 0.45 <= box.height <= 0.5  # about knee height, as the cue says
    assert gap(start("step_up"), "right_foot") <= TOUCH_TOLERANCE
    top = end("step_up").figure
    assert knee_flexion(top) <= 10 and hip_angle(top) >= 170


@pytest.mark.parametrize("exercise_id", ["reverse_lunge", "walking_lunge", "bulgarian_split_squat"])
def test_lunges_lower_the_back_knee_to_the_floor(exercise_id: str) -> None:
    figure = end(exercise_id).figure
    assert figure.joint("left_knee")[1] <= 0.25  # the knee joint; its front is 5 cm lower
    assert shin_from_vertical(figure) <= 25  # the front knee over the toes


def test_lateral_lunge_bends_one_knee_and_keeps_the_other_straight() -> None:
    figure = end("lateral_lunge").figure
    assert abs(figure.joint("left_ankle")[0] - figure.joint("right_ankle")[0]) >= 0.8
    assert knee_flexion(figure, "right") >= 60 and knee_flexion(figure, "left") <= 15


def test_curtsy_lunge_crosses_the_back_leg_behind_in_depth() -> None:
    figure = end("curtsy_lunge").figure
    pelvis = figure.segment("pelvis")
    rear = sub(figure.joint("left_ankle"), figure.joint("right_hip"))
    assert dot(rear, pelvis.axis(2)) >= -0.05  # the left foot crosses over to the right ...
    assert dot(rear, pelvis.axis(0)) <= -0.3  # ... behind the body
    assert knee_flexion(figure, "right") >= 80 and knee_flexion(figure, "left") >= 60  # a clear knee bend
    assert MOTIONS["curtsy_lunge"].view == "back" and 20 <= abs(MOTIONS["curtsy_lunge"].turn) <= 60  # seen in depth


def test_deadlifts() -> None:
    for exercise_id in ("conventional_deadlift", "sumo_deadlift"):
        # plates on the floor
        assert item(start(exercise_id), Kind.BARBELL)[1] == pytest.approx(PLATE_RADIUS, abs=0.015)
        stance = [abs(s.figure.joint("left_ankle")[0] - s.figure.joint("right_ankle")[0])
                  for s in (start(exercise_id), end(exercise_id))]
        assert stance[1] == pytest.approx(stance[0], abs=0.03)  # the feet stay where they stand
        lockout = end(exercise_id).figure
        assert hip_angle(lockout) >= 165 and knee_flexion(lockout) <= 10
    conventional = start("conventional_deadlift")
    bar, ankle = item(conventional, Kind.BARBELL), conventional.figure.joint("right_ankle")
    assert abs(bar[0] - (ankle[0] + 0.07)) <= 0.03  # the bar over the middle of the foot ...
    shin = conventional.figure.segment("right_shank").surface(0.55, 1.0)
    assert 0.0 < bar[0] - shin[0] <= 0.05  # ... and against the shins
    sumo = start("sumo_deadlift").figure
    assert abs(sumo.joint("left_ankle")[0] - sumo.joint("right_ankle")[0]) >= 0.6  # wide stance
    hands = BODY_POINTS["hands"](sumo).direction
    assert abs(hands[0]) < abs(sumo.joint("left_knee")[0] - sumo.joint("right_knee")[0])  # grip inside the knees


def sole_direction(figure: Figure, side: str = "right") -> Vec:
    foot = figure.segment(f"{side}_foot")
    return sub(foot.to_world(foot.segment.end), foot.to_world(foot.segment.start))


def test_leg_press_sits_reclined_and_presses_the_sled_up_its_rail() -> None:
    motion = MOTIONS["leg_press"]
    bottom, top = start("leg_press"), end("leg_press")
    assert hip_flexion(bottom.figure) >= 90 and knee_flexion(bottom.figure) >= 70  # knees toward the chest
    assert knee_flexion(top.figure) <= 20  # legs nearly straight
    for scene in (bottom, top):
        assert gap(scene, "pelvis") <= TOUCH_TOLERANCE  # on the seat
        assert 30 <= from_vertical(scene.figure.joint("pelvis"), scene.figure.joint("neck")) <= 70  # reclined
    ankles = [scene_at(motion, t).figure.joint("right_ankle") for t in STEPS]
    rail = sub(ankles[-1], ankles[0])
    assert 35 <= math.degrees(math.atan2(rail[1], rail[0])) <= 55  # the sled runs about 45 degrees up and away
    for t, ankle in zip(STEPS, ankles, strict=True):
        along = sub(ankle, ankles[0])
        off_line = norm(sub(along, scale(rail, dot(along, rail) / dot(rail, rail))))
        assert off_line <= 0.01, (t, off_line)  # every frame's feet on the rail's line
        assert abs(ankle[2] - ankles[0][2]) <= 0.02, t  # and as wide apart on the footplate
        sole = sole_direction(scene_at(motion, t).figure)
        assert abs(angle_between(sole, rail) - 90) <= 10, t  # flat on a footplate square to the rail
    for t in STEPS:  # the footplate moves with the feet
        scene = scene_at(motion, t)
        plate = next(placed for placed in scene.equipment if placed.kind is Kind.LEG_PRESS).to
        assert plate is not None and norm(sub(plate.point, BODY_POINTS["feet"](scene.figure).point)) <= 1e-9


def test_segments_of_both_sides_are_drawn() -> None:
    figure = start("back_squat").figure
    keys = {placed.key for placed in figure.segments}
    for side in ("left", "right"):
        assert {f"{side}_{segment.name}" for segment in LEG_SEGMENTS + ARM_SEGMENTS} <= keys




def test_reverse_hyper_lies_on_the_pad_and_swings_the_legs_from_the_hips() -> None:
    motion = MOTIONS["reverse_hyperextension"]
    pad = next(placed.item for placed in start("reverse_hyperextension").equipment if placed.kind is Kind.REVERSE_HYPER)
    bottom, top = start("reverse_hyperextension").figure, end("reverse_hyperextension").figure
    for figure in (bottom, top):
        assert abs(figure.joint("right_hip")[0] - (pad.x - pad.width / 2)) <= 0.1  # hips at the edge (a thigh deep)
        assert from_vertical(figure.joint("pelvis"), figure.joint("neck")) >= 80  # lying prone
    assert from_vertical(bottom.joint("right_knee"), bottom.joint("right_hip")) <= 15  # legs hanging down
    assert abs(from_vertical(top.joint("right_hip"), top.joint("right_knee")) - 90) <= 10  # lifted to horizontal
    assert motion.end["trunk_flexion"] >= 0  # from the hips, the lower back not arched
    reach = [norm(sub(scene.figure.joint("right_hip"), scene.equipment[0].to.point))  # type: ignore[union-attr]
             for scene in (scene_at(motion, t) for t in STEPS)]
    assert max(reach) - min(reach) <= 0.02  # the strap stays on a pendulum swinging about the hips


def test_fire_hydrant_lifts_the_bent_knee_out_to_the_side_seen_in_depth() -> None:
    motion = MOTIONS["fire_hydrant"]
    low, high = start("fire_hydrant").figure, end("fire_hydrant").figure
    for figure in (low, high):
        assert 75 <= hip_flexion(figure, "left") <= 105 and 80 <= knee_flexion(figure, "left") <= 100  # on all fours
        assert 80 <= knee_flexion(figure) <= 100
    lifted = sub(high.joint("right_knee"), low.joint("right_knee"))
    assert lifted[1] >= 0.12 and dot(lifted, high.segment("pelvis").axis(2)) >= 0.25  # up and out to the side
    assert motion.view == "back" and 20 <= abs(motion.turn) <= 60  # a three-quarter view from behind


@pytest.mark.parametrize(("exercise_id", "sides"), [
    ("back_squat", ("left", "right")), ("front_squat", ("left", "right")), ("goblet_squat", ("left", "right")),
    ("bulgarian_split_squat", ("right",)), ("single_leg_box_squat", ("right",)),  # a rear foot rolls on its bench
    ("reverse_lunge", ("right",)), ("curtsy_lunge", ("right",)), ("lateral_lunge", ("left",)),
    ("monster_walk", ("right",)),  # the standing foot of a step
    ("walking_lunge", ("left",)), ("split_squat", ("left", "right"))])  # rear feet whose heels lift
def test_planted_feet_of_squats_keep_their_place(exercise_id: str, sides: tuple[str, ...]) -> None:
    """A standing foot keeps its place: a flat one its ankle; one whose heel lifts the ball of
    the foot (it rolls onto its toes about the ball, the ankle rising with the heel). The ball is
    checked horizontally: the figure's foot is rigid, so with the heel high its toe tips bear and
    the ball rises a little off the floor."""
    motion = MOTIONS[exercise_id]
    first = scene_at(motion, 0.0).figure
    for t in STEPS:
        figure = scene_at(motion, t).figure
        for side in sides:
            foot, resting = figure.segment(f"{side}_foot"), first.segment(f"{side}_foot")
            if sole_tilt(foot) < sole_tilt(resting) - 5:
                moved = horizontal(sub(ball_of_foot(foot), ball_of_foot(resting)))
                assert moved <= 0.01, (t, side, "ball", moved)
            else:
                moved = norm(sub(figure.joint(f"{side}_ankle"), first.joint(f"{side}_ankle")))
                assert moved <= 0.02, (t, side, "ankle", moved)


def test_a_foot_turned_up_on_a_straight_leg_pivots_on_its_heel() -> None:
    motion = MOTIONS["cossack_squat"]  # the anchor is the straight leg, its toes turned up at the bottom
    first = scene_at(motion, 0.0).figure.segment("left_foot")
    for t in STEPS:
        foot = scene_at(motion, t).figure.segment("left_foot")
        assert horizontal(sub(heel(foot), heel(first))) <= 0.01, t
    assert sole_tilt(foot) >= 45


@pytest.mark.parametrize(("exercise_id", "side"), [
    ("reverse_lunge", "left"), ("walking_lunge", "right"), ("curtsy_lunge", "left"), ("lateral_lunge", "right"),
    ("monster_walk", "left")])
def test_a_stepping_foot_clears_the_floor_and_lands_where_it_steps(exercise_id: str, side: str) -> None:
    motion = MOTIONS[exercise_id]
    heights = []
    for t in STEPS:
        scene = scene_at(motion, t)
        heights.append(clearance(scene.figure.segment(f"{side}_foot"), scene.supports))
    assert min(heights) >= -0.005  # never through the floor
    assert heights[5] >= 0.03  # lifted in the middle of the step, not dragged
    assert abs(heights[0]) <= 0.005 and abs(heights[-1]) <= 0.005  # standing at both ends


@pytest.mark.parametrize("exercise_id", ["back_squat", "front_squat", "goblet_squat"])
def test_squats_stand_about_shoulder_width(exercise_id: str) -> None:
    for scene in (start(exercise_id), end(exercise_id)):
        width = abs(scene.figure.joint("left_ankle")[2] - scene.figure.joint("right_ankle")[2])
        assert 0.3 <= width <= 0.45, width


def test_hack_squat_slides_the_back_down_its_rail_into_a_deep_squat() -> None:
    motion = MOTIONS["hack_squat"]
    top, bottom = start("hack_squat").figure, end("hack_squat").figure
    rail = scale(top.segment("torso").axis(1), 1.0)  # as steep as the back
    first = BODY_POINTS["back"](top).point
    for t in STEPS:
        figure = scene_at(motion, t).figure
        assert angle_between(figure.segment("torso").axis(1), rail) <= 1, t  # the back keeps the rail's slope
        along = sub(BODY_POINTS["back"](figure).point, first)
        off_line = norm(sub(along, scale(rail, dot(along, rail))))
        assert off_line <= 0.03, (t, off_line)  # ... and stays on its line, within a pad's give
    assert 25 <= from_vertical(top.joint("pelvis"), top.joint("neck")) <= 50  # reclined on the pad
    assert knee_flexion(bottom) >= 110
    assert bottom.joint("right_hip")[1] <= bottom.joint("right_knee")[1] + 0.05  # thighs at least parallel


def test_smith_machine_bar_runs_only_up_and_down_its_rails_with_the_hands_on_it() -> None:
    top, bottom = (item(scene, Kind.SMITH_MACHINE)
                   for scene in (start("smith_machine_squat"), end("smith_machine_squat")))
    assert top[1] - bottom[1] >= 0.45  # a deep squat
    for t in STEPS:
        scene = scene_at(MOTIONS["smith_machine_squat"], t)
        bar = next(placed.point for placed in scene.equipment if placed.kind is Kind.SMITH_MACHINE)
        assert bar is not None
        assert abs(bar.point[0] - top[0]) <= 0.005, t  # the rails run straight up and down
        axis = scale(bar.direction, 1 / norm(bar.direction))
        for side in ("left", "right"):
            grip = sub(BODY_POINTS[f"{side}_hand"](scene.figure).point, bar.point)
            assert norm(sub(grip, scale(axis, dot(grip, axis)))) <= 0.06, (t, side)  # the hands hold the bar
    bottom = end("smith_machine_squat").figure
    assert bottom.joint("right_hip")[1] < bottom.joint("right_knee")[1] + 0.05


# Cues that tell the user to hold on to something for balance, in every language.
HOLD_ON = re.compile(r"hold the frame|hold(ing)? on\b|\bwall\b|\bchair\b|holde?r? fast i|hold i apparatet|"
                     r"holder deg i|\bvæg(gen)?\b|\bvegg(en)?\b|\bstol(en)?\b|\bstøtte\b", re.IGNORECASE)
HOLD_TOLERANCE = 0.01  # metres between the middle of the closed hand and what it holds


def test_a_hand_holds_what_the_cues_say_to_hold_on_to_all_the_way(catalog: Catalog) -> None:
    """The cues say "hold the frame", "holding on to something"; the hand hung in the air beside
    the cable column, or was folded in front of the chest with nothing to hold."""
    holding = {exercise.id for exercise in catalog.exercises.values() if any(
        HOLD_ON.search(cue) for cues in exercise.cues.values() for cue in cues)}
    assert {"cable_hip_abduction", "cable_kickback", "standing_band_hip_abduction", "standing_band_kickback"} <= holding
    for exercise_id in holding:
        motion = MOTIONS[exercise_id]
        assert holds(motion), exercise_id  # something to hold on to stands in the scene
        for t in STEPS:
            figure = scene_at(motion, t).figure
            for hold in holds(motion):
                grip = BODY_POINTS[f"{hold.side}_hand"](figure).point
                assert math.hypot(grip[0] - hold.x, grip[1] - hold.height) <= HOLD_TOLERANCE, (exercise_id, t, hold)


def test_copenhagen_plank_holds_the_body_between_forearm_and_bench() -> None:
    low, high = start("copenhagen_plank"), end("copenhagen_plank")
    bench = next(placed.item for placed in high.equipment if placed.kind is Kind.BENCH)
    for scene in (low, high):
        assert abs(scene.figure.segment("pelvis").axis(2)[1]) >= 0.9  # on the side
        assert gap(scene, "left_shank") <= TOUCH_TOLERANCE  # the top leg on the bench ...
        assert scene.figure.lowest("left_foot") >= bench.height - TOUCH_TOLERANCE
        assert scene.figure.lowest("right_forearm") <= TOUCH_TOLERANCE  # ... the forearm on the floor
    assert high.figure.joint("pelvis")[1] >= low.figure.joint("pelvis")[1] + 0.05  # the hips lift
    assert hip_angle(high.figure, "left") >= 170  # into a straight line


def test_b_stance_thrust_and_rdl_keep_one_foot_as_a_kickstand() -> None:
    thrust = end("b_stance_hip_thrust").figure
    assert thrust.joint("left_ankle")[0] - thrust.joint("right_ankle")[0] >= 0.15  # the front heel ahead
    assert hip_angle(thrust) >= 170
    rdl = end("b_stance_romanian_deadlift").figure
    assert rdl.joint("left_ankle")[0] <= rdl.joint("right_ankle")[0] - 0.15  # the back foot behind
    assert rdl.joint("left_ankle")[1] >= rdl.joint("right_ankle")[1] + 0.05  # on its toes
    assert hip_flexion(rdl) >= 70 and knee_flexion(rdl) <= 30


def test_step_down_reaches_the_free_heel_to_the_floor_from_the_box() -> None:
    box = next(placed.item for placed in start("step_down").equipment if placed.kind is Kind.BOX)
    for scene in (start("step_down"), end("step_down")):
        assert scene.figure.lowest("right_foot") == pytest.approx(box.height, abs=TOUCH_TOLERANCE)
    bottom = end("step_down").figure
    assert bottom.lowest("left_foot") <= TOUCH_TOLERANCE and bottom.joint("left_ankle")[0] > box.x + box.width / 2
    assert knee_flexion(bottom) >= 60
