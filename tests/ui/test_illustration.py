"""The drawn figure: every exercise paints its own picture; the panel plays and pauses; thumbnails are lazy."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from glueplan.cli import main
from glueplan.domain.catalog import Catalog
from glueplan.domain.figure.pose_file import builtin_motions
from glueplan.domain.figure.scene import scene_at
from glueplan.domain.language import Language
from glueplan.ui.illustration.animated_figure import PLAYING_KEY
from glueplan.ui.illustration.body_shapes import CAP_BULGE, segment_path
from glueplan.ui.illustration.equipment_shapes import IRON, equipment_layers
from glueplan.ui.illustration.renderer import render_image
from glueplan.ui.illustration.thumbnails import Thumbnails
from glueplan.ui.library.exercise_detail import ExerciseDetail
from tests.conftest import on_screen


def test_every_exercise_renders_a_picture_unlike_any_other(qtbot: QtBot, catalog: Catalog) -> None:
    seen: dict[bytes, str] = {}
    for exercise_id, motion in builtin_motions().items():
        image = render_image(motion, 1.0, QSize(96, 96), dict(catalog.exercise(exercise_id).muscles),
                             background=QColor("white"))
        painted = sum(1 for x in range(0, 96, 2) for y in range(0, 96, 2) if image.pixelColor(x, y) != QColor("white"))
        assert painted > 150, exercise_id
        key = bytes(image.constBits())
        assert key not in seen, (exercise_id, seen.get(key))
        seen[key] = exercise_id


def test_the_detail_panel_plays_only_while_shown_and_remembers_a_pause(qtbot: QtBot, catalog: Catalog) -> None:
    detail = on_screen(qtbot, ExerciseDetail(catalog, Language.EN), 380, 700)
    detail.show_exercise(catalog.exercise("barbell_hip_thrust"))
    qtbot.waitUntil(lambda: detail.figure.playing)
    detail.hide()
    assert not detail.figure.playing
    detail.show()
    qtbot.waitUntil(lambda: detail.figure.playing)
    detail.figure.button.setChecked(False)  # paused: start and end side by side
    assert not detail.figure.playing
    assert QSettings().value(PLAYING_KEY, True, bool) is False
    again = on_screen(qtbot, ExerciseDetail(catalog, Language.EN), 380, 700)
    again.show_exercise(catalog.exercise("clamshell"))
    assert not again.figure.playing and again.figure.isVisible()


def test_no_figure_without_an_exercise(qtbot: QtBot, catalog: Catalog) -> None:
    detail = on_screen(qtbot, ExerciseDetail(catalog, Language.EN), 380, 700)
    detail.show_exercise(None)
    assert not detail.figure.isVisible() and not detail.figure.playing


def test_thumbnails_are_drawn_when_asked_and_kept(qtbot: QtBot, catalog: Catalog) -> None:
    cache = Thumbnails()
    squat = catalog.exercise("back_squat")
    first = cache.pixmap(squat, QSize(40, 40))
    assert first is not None and not first.isNull()
    assert cache.pixmap(squat, QSize(40, 40)) is first


def test_the_library_asks_for_thumbnails_without_waiting_for_them(qtbot: QtBot, catalog: Catalog) -> None:
    cache = Thumbnails()
    squat = catalog.exercise("back_squat")
    assert cache.pixmap_later(squat, QSize(40, 40)) is None  # queued, not drawn while the view paints
    with qtbot.waitSignal(cache.ready) as signal:
        pass
    assert signal.args == ["back_squat"]
    assert cache.pixmap_later(squat, QSize(40, 40)) is not None


def test_the_poses_command_writes_a_contact_sheet(qtbot: QtBot, tmp_path: Path) -> None:
    out = tmp_path / "sheet.png"
    assert main(["poses", "--sheet", str(out), "--lang", "da"]) == 0
    image = QImage(str(out))
    assert image.width() > 1000 and image.height() > 2000
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".part")]
    assert main(["poses", "--sheet", str(tmp_path / "missing" / "sheet.png")]) == 1


def test_the_drawn_body_ends_where_its_shape_does(qtbot: QtBot) -> None:
    """A segment's rounded end reaches at most CAP_BULGE past its lowest section: seen from the
    front, the bottom of a seated pelvis was drawn as a half-disc 13 cm into the seat."""
    for exercise_id, motion in builtin_motions().items():
        for t in (0.0, 1.0):
            figure = scene_at(motion, t).figure
            for placed in figure.segments:
                drawn = segment_path(placed)[0].boundingRect()
                assert drawn.top() >= figure.lowest(placed.key) - CAP_BULGE - 0.005, (exercise_id, t, placed.key)


def test_a_dumbbell_held_at_the_side_has_its_near_head_in_front_of_the_thigh(qtbot: QtBot) -> None:
    scene = scene_at(builtin_motions()["lateral_step_up"], 0.0)  # seen from the front, the handles point at the viewer
    heads = sorted(layer.depth for layer in equipment_layers(scene) if any(
        shape.brush.color() == IRON for shape in layer.shapes))
    thigh = scene.figure.segment("left_thigh").section_at(0.8)[0][2]  # the standing leg
    assert len(heads) == 4 and heads[0] < thigh < heads[-1]
