"""The muscle map: every muscle drawn, hover names it, heat mode colours it."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog, Prescription, RepRange
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Session, Week, Weekday
from glueplan.domain.rules import validate
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import Level
from glueplan.ui.map.map_heat import IN_BAND, OVER, TRAINED, UNDER, readiness_paint, volume_paint
from glueplan.ui.map.muscle_map import VIEW_FILES, MuscleMap, muscle_of, region_ids
from tests.conftest import RESOURCES, on_screen


def make_map(qtbot: QtBot, catalog: Catalog, language: Language = Language.EN) -> MuscleMap:
    return on_screen(qtbot, MuscleMap(catalog, language), 900, 600)


def test_every_catalogue_muscle_has_a_region_and_every_region_a_muscle(catalog: Catalog) -> None:
    drawn = {muscle_of(region) for name in VIEW_FILES for region in region_ids(RESOURCES / "anatomy" / name)}
    assert drawn == set(catalog.muscles)


@pytest.mark.parametrize("name", VIEW_FILES)
def test_regions_come_in_mirrored_pairs(name: str) -> None:
    regions = region_ids(RESOURCES / "anatomy" / name)
    assert len(regions) == len(set(regions))
    for region in regions:
        if "__left" in region:
            assert region.replace("__left", "__right") in regions, region


def test_each_muscle_can_be_hit_where_it_is_drawn(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    for muscle in catalog.muscles:
        point = widget.point_in(muscle)
        assert muscle_of(widget.region_at(point) or "") == muscle


def test_the_deep_layer_shows_medius_minimus_and_rotators(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    for muscle in ("gluteus_medius", "gluteus_minimus", "deep_hip_rotators"):
        widget.point_in(muscle, view_number=2)
    with pytest.raises(LookupError):
        widget.point_in("gluteus_maximus", view_number=2)


def test_hovering_lights_a_region_and_the_tooltip_names_it(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog, Language.DA)
    point = widget.point_in("adductors", view_number=0)
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), widget.mapToGlobal(QPointF(point)),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, move)
    assert widget._hover == "adductors"
    before = widget.grab().toImage().pixelColor(point)
    widget._hover = None
    widget.update()
    after = widget.grab().toImage().pixelColor(point)
    assert before.lightness() > after.lightness()


def test_tooltip_text_is_the_name_and_function(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog, Language.NB)
    text = widget.tooltip_at(widget.point_in("gluteus_medius", view_number=1))
    assert text.startswith("<b>Gluteus medius</b>") and "Trendelenburg" in text
    assert widget.tooltip_at(QPoint(1, 1)) == ""


def colour_at(widget: MuscleMap, muscle: str, view: int) -> QColor:
    return widget.grab().toImage().pixelColor(widget.point_in(muscle, view_number=view))


def test_involvement_paints_primary_strongest(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    plain = colour_at(widget, "gluteus_minimus", 2)
    widget.show_involvement(dict(catalog.exercise("side_lying_hip_abduction").muscles))
    primary = colour_at(widget, "gluteus_medius", 2)
    secondary = colour_at(widget, "gluteus_minimus", 2)
    assert primary.blue() > primary.red() and secondary.blue() > secondary.red() > 0
    assert primary.lightness() < secondary.lightness()
    assert plain.red() > plain.blue()  # untinted flesh colour


def week(sets: int) -> Week:
    thrust = PlannedExercise("barbell_hip_thrust", Prescription(sets, RepRange(8, 12), 1, 150))
    return Week((Session(Weekday.MON, time(18), "", (thrust,)), Session(Weekday.THU, time(18), "", (thrust,))))


def test_heat_mode_paints_volume_against_the_band(qtbot: QtBot, catalog: Catalog) -> None:
    summary = validate(week(6), catalog, Level.INTERMEDIATE).weeks[0]  # gluteus maximus 12 of 12-18
    paint = volume_paint(summary)
    assert paint.colours["gluteus_maximus"] == IN_BAND
    assert paint.colours["gluteus_medius"] == UNDER  # 2 x 6 x 0.25 = 3 of 4-10
    assert paint.colours["quadriceps"] == TRAINED and "calves" not in paint.colours
    assert volume_paint(validate(week(10), catalog, Level.INTERMEDIATE).weeks[0]).colours["gluteus_maximus"] == OVER
    widget = make_map(qtbot, catalog)
    widget.show_heat(paint)
    shown = colour_at(widget, "gluteus_maximus", 1)
    assert shown.green() > shown.red()


def test_readiness_heat_uses_the_rec2_lines(catalog: Catalog) -> None:
    limits = builtin_thresholds()[Level.INTERMEDIATE]
    paint = readiness_paint({"gluteus_maximus": 40.0, "hamstrings": 60.0, "quadriceps": 90.0}, limits)
    assert paint.colours == {"gluteus_maximus": OVER, "hamstrings": UNDER, "quadriceps": IN_BAND}
    assert [text for _colour, text in paint.legend] == ["Under 50 % ready", "50–75 % ready", "75 % ready or more"]


def test_a_click_outside_every_region_clears(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.point_in("core"))
    assert widget.picked == ("core",)
    with qtbot.waitSignal(widget.muscles_picked) as cleared:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))
    assert cleared.args == [()]


def test_a_tint_never_shows_through_a_muscle_drawn_on_top(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    minimus = widget.point_in("gluteus_minimus", view_number=2)
    plain = widget.grab().toImage().pixelColor(minimus)
    widget.show_involvement({"gluteus_medius": 1.0})  # the medius lies under the minimus's visible part
    assert widget.grab().toImage().pixelColor(minimus) == plain


def test_masks_follow_the_screen_density(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    widget._layout()
    where, mask = next(iter(widget._views[1].layers.values()))
    assert mask.width() == round(where.width() * widget.devicePixelRatioF())
