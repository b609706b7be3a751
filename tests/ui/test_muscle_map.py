"""The muscle map: every muscle drawn as one region per side in each view it is seen in, hover
tells its origin, insertion and function, heat mode colours it."""

from __future__ import annotations

import subprocess
import sys
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog, Prescription, RepRange, View
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Session, Week, Weekday
from glueplan.domain.resources import resource_cache
from glueplan.domain.rules import validate
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import Level
from glueplan.store.resource_files import ResourceFiles
from glueplan.ui.application import install_translators
from glueplan.ui.map import drawing, muscle_map
from glueplan.ui.map.map_heat import IN_BAND, OVER, TRAINED, UNDER, readiness_paint, volume_paint
from glueplan.ui.map.drawing import Drawing, ids_by_class, region_ids
from glueplan.ui.map.muscle_map import SHOWN, VIEW_FILES, VIEW_WIDTH, MuscleMap, muscle_of
from tests.conftest import RESOURCES, on_screen


def make_map(qtbot: QtBot, catalog: Catalog, language: Language = Language.EN) -> MuscleMap:
    return on_screen(qtbot, MuscleMap(catalog, language), 900, 600)


def test_every_catalogue_muscle_has_a_region_and_every_region_a_muscle(catalog: Catalog) -> None:
    drawn = {muscle_of(region) for name in VIEW_FILES.values() for region in region_ids(RESOURCES / "anatomy" / name)}
    assert drawn == set(catalog.muscles)


@pytest.mark.parametrize("view", list(View))
def test_every_muscle_is_one_region_per_side_in_every_view_it_is_seen_in(catalog: Catalog, view: View) -> None:
    regions = region_ids(RESOURCES / "anatomy" / VIEW_FILES[view])
    seen_here = [muscle.id for muscle in catalog.muscles.values() if view in muscle.views]
    sides = ("right",) if view is View.SIDE else ("left", "right")  # the hip from its right side
    assert sorted(regions) == sorted(f"{muscle}__{side}" for muscle in seen_here for side in sides)


@pytest.mark.parametrize("view", list(View))
def test_the_sides_mirror_each_other(view: View) -> None:
    renderer = QSvgRenderer(str(RESOURCES / "anatomy" / VIEW_FILES[view]))
    for region in region_ids(RESOURCES / "anatomy" / VIEW_FILES[view]):
        if region.endswith("__left"):
            left, right = renderer.boundsOnElement(region), renderer.boundsOnElement(region[:-4] + "right")
            assert left.width() == pytest.approx(right.width(), abs=0.2), region
            assert left.left() + right.right() == pytest.approx(VIEW_WIDTH, abs=0.2), region
            assert left.top() == pytest.approx(right.top(), abs=0.2), region


def test_each_muscle_can_be_hit_in_every_view_it_is_seen_in(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    for third in (View.DEEP, View.SIDE):  # the third place shows the deep layer or the hip from the side
        widget.side_view.setChecked(third is View.SIDE)
        for muscle in catalog.muscles.values():
            for number, view in enumerate((View.FRONT, View.BACK, third)):
                if view in muscle.views:
                    point = widget.point_in(muscle.id, view_number=number)
                    assert muscle_of(widget.region_at(point) or "") == muscle.id
                else:
                    with pytest.raises(LookupError):
                        widget.point_in(muscle.id, view_number=number)


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


LABELS = {Language.EN: ("Origin:", "Insertion:", "Function:", "Trained most by:"),
          Language.DA: ("Udspring:", "Hæfte:", "Funktion:", "Trænes mest af:"),
          Language.NB: ("Utspring:", "Feste:", "Funksjon:", "Trenes mest av:")}


@pytest.mark.parametrize("language", list(Language))
def test_pointing_at_a_muscle_tells_origin_insertion_and_function(  # type: ignore[no-untyped-def]
        qtbot: QtBot, catalog: Catalog, qapp, language: Language) -> None:
    install_translators(qapp, language)
    widget = make_map(qtbot, catalog, language)
    for muscle_id, view, exercise in (("gluteus_medius", 1, "side_lying_hip_abduction"),
                                      ("deep_hip_rotators", 2, None), ("quadriceps", 0, "back_squat")):
        muscle = catalog.muscle(muscle_id)
        lines = widget.facts_at(widget.point_in(muscle_id, view_number=view)).split("\n")
        origin, insertion, function, trained = LABELS[language]
        assert lines[:4] == [muscle.name[language], f"{origin} {muscle.origin[language]}",
                             f"{insertion} {muscle.insertion[language]}", f"{function} {muscle.function[language]}"]
        assert lines[4].startswith(trained)
        if exercise is not None:
            assert catalog.exercise(exercise).name[language] in lines[4]
    tooltip = widget.tooltip_at(widget.point_in("gluteus_medius", view_number=2))
    assert "Trendelenburg" in tooltip and "<b>" not in tooltip  # plain text, shown as written
    assert widget.tooltip_at(QPoint(1, 1)) == ""


def test_the_deep_layer_outlines_the_removed_gluteus_maximus() -> None:
    deep = RESOURCES / "anatomy" / VIEW_FILES[View.DEEP]
    assert ({"gluteus_maximus_removed_outline_l", "gluteus_maximus_removed_outline_m"}
            <= set(ids_by_class(deep)["cover"]))
    assert "stroke-dasharray" in deep.read_text() and "gluteus_maximus__" not in deep.read_text()


def test_what_lies_over_a_muscle_is_no_part_of_it(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    widget._masks()
    view = widget._views[2]
    scale = view.rect.width() / VIEW_WIDTH

    def at(x: float, y: float) -> QPointF:
        return QPointF(view.rect.left() + x * scale, view.rect.top() + y * scale)

    nerve = widget._placed(view, "sciatic_nerve_l")
    assert widget.region_at(QPointF(nerve.center().x(), at(0, 430).y())) is None  # over quadratus femoris
    assert widget.region_at(at(VIEW_WIDTH / 2 - 62, 430)) == "deep_hip_rotators__left"


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


def test_a_deloads_planned_low_count_is_not_painted_as_a_shortfall(catalog: Catalog) -> None:
    """A deload cuts its sets on purpose (PER-2): under the band is no shortfall then, as the rules
    judge it (rules.off_band); over it is too many in any week."""
    from msgspec.structs import replace

    summary = validate(week(6), catalog, Level.INTERMEDIATE).weeks[0]  # gluteus medius 3 of 4-10
    paint = volume_paint(replace(summary, deload=True))
    assert paint.colours["gluteus_medius"] == IN_BAND and paint.colours["gluteus_maximus"] == IN_BAND
    assert [colour for colour, _text in paint.legend] == [IN_BAND, OVER, TRAINED]
    assert "deload" in paint.legend[0][1]
    heavy = validate(week(10), catalog, Level.INTERMEDIATE).weeks[0]
    assert volume_paint(replace(heavy, deload=True)).colours["gluteus_maximus"] == OVER


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
    widget.show_involvement({"hamstrings": 1.0})
    untinted = widget.grab().toImage().pixelColor(minimus)
    widget.show_involvement({"gluteus_medius": 1.0})  # the medius lies under the minimus's visible part
    assert widget.grab().toImage().pixelColor(minimus) == untinted


def test_what_a_reading_leaves_untinted_is_washed_pale(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    plain = colour_at(widget, "calves", 1)
    widget.show_heat(volume_paint(validate(week(10), catalog, Level.INTERMEDIATE).weeks[0]))  # no calves
    washed, over = colour_at(widget, "calves", 1), colour_at(widget, "gluteus_maximus", 1)
    assert washed.lightness() > plain.lightness() + 25 and chroma(washed) < chroma(plain) / 1.5
    assert washed.lightness() > over.lightness() + 60


def chroma(colour: QColor) -> int:
    return max(colour.red(), colour.green(), colour.blue()) - min(colour.red(), colour.green(), colour.blue())


def test_masks_follow_the_screen_density(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    widget._masks()
    where, mask = next(iter(widget._views[1].layers.values()))
    assert mask.width() == round(where.width() * widget.devicePixelRatioF())


def test_fibre_lines_show_through_a_tint(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    widget.show_involvement({"gluteus_maximus": 1.0})
    picture = widget.grab().toImage()
    centre = widget.point_in("gluteus_maximus", view_number=1)
    lightness = [picture.pixelColor(centre.x() + dx, centre.y() + dy).lightness()
                 for dx in range(-12, 13) for dy in range(-12, 13)]
    assert max(lightness) - min(lightness) > 8, lightness  # the oblique fibres, light on the dark primary tint


def test_picking_a_muscle_tells_its_facts_at_once(qtbot: QtBot, catalog: Catalog) -> None:
    widget = make_map(qtbot, catalog)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.point_in("gluteus_minimus", view_number=2))
    qtbot.waitUntil(QToolTip.isVisible)
    assert catalog.muscle("gluteus_minimus").insertion.en in QToolTip.text()
    QToolTip.hideText()


@pytest.mark.parametrize("view", [View.FRONT, View.BACK, View.DEEP])
def test_heads_are_drawn_as_a_handout_draws_them(view: View) -> None:
    """No blank ovals: ears on every view; from the front the jaw and the sternocleidomastoid
    from behind the ear down to the breastbone; from behind the base of the skull, the splenius
    and the trapezius's upper fibres from the skull."""
    svg = QSvgRenderer(str(RESOURCES / "anatomy" / VIEW_FILES[view]))
    for side in "lm":
        assert svg.elementExists(f"ear_{side}") and svg.elementExists(f"ear_fold_{side}"), side
        if view is View.FRONT:
            assert svg.elementExists(f"jaw_{side}") and svg.elementExists(f"masseter_{side}")
            neck = svg.boundsOnElement(f"sternocleidomastoid_{side}")
            # mastoid to sternum
            assert neck.top() <= svg.boundsOnElement(f"ear_{side}").bottom() + 5 and neck.bottom() >= 148
        else:
            assert svg.elementExists(f"base_of_skull_{side}") and svg.elementExists(f"splenius_capitis_{side}")
            assert svg.boundsOnElement(f"trapezius_fibres_{side}").top() <= 104


def test_the_third_view_turns_to_the_hip_from_the_side_and_back(qtbot: QtBot, catalog: Catalog) -> None:
    """The gluteus medius fanning down to the greater trochanter, the minimus under it, from the
    side; pointing at them tells their facts there too."""
    widget = make_map(qtbot, catalog)
    widget.side_view.click()
    assert widget.third_view is View.SIDE
    for muscle in ("gluteus_medius", "gluteus_minimus", "tensor_fasciae_latae"):
        facts = widget.facts_at(widget.point_in(muscle, view_number=2))
        assert catalog.muscles[muscle].insertion[Language.EN] in facts, muscle
    with pytest.raises(LookupError):
        widget.point_in("deep_hip_rotators", view_number=2)
    widget.side_view.click()
    assert widget.third_view is View.DEEP
    assert muscle_of(widget.region_at(widget.point_in("deep_hip_rotators", view_number=2)) or "") == "deep_hip_rotators"


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("width", [300, 420, 520, 640, 900])
def test_the_side_view_is_offered_wherever_the_legend_fits_beside_it(qtbot: QtBot, catalog: Catalog,
                                                                      language: Language, width: int) -> None:
    """The main map of a 1180-px window is about 520 px wide and offers the hip from the side (it
    hid below 600 px); a narrower one leaves the button out rather than crowd the legend, which
    keeps clear of it and two entries to a line. The week's heat map never offers it."""
    install_translators(QApplication.instance(), language)
    try:
        main = on_screen(qtbot, MuscleMap(catalog, language), width, 600)
        main.show_involvement({"gluteus_maximus": 1.0, "gluteus_medius": 0.5, "core": 0.25})
        main.set_picked(("gluteus_medius",))
        main.grab()  # laid out as it paints
        shown = main.side_view.isVisible()
        if width >= 520:
            assert shown
        if width <= 300:
            assert not shown
        if shown:
            assert not any(swatch.intersects(main.side_view.geometry()) for swatch, _text in main.legend_swatches())
            assert min(len(row) for row in main.legend_rows()) >= 2
        heat = on_screen(qtbot, MuscleMap(catalog, language, side_view=False), 900, 600)
        heat.grab()
        assert not heat.side_view.isVisible()
    finally:
        install_translators(QApplication.instance(), Language.EN)


def test_a_map_not_shown_reads_none_of_its_drawings_until_it_is(qtbot: QtBot, catalog: Catalog,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A returning user's window opens on the tab left open: the main map behind the Week tab read its three SVG
    files all the same at every start (and the Week page's heat map behind the map), 4-5 ms of it."""
    read: list[str] = []
    shared_drawing = muscle_map.shared_drawing
    monkeypatch.setattr(muscle_map, "shared_drawing", lambda svg: read.append(svg.name) or shared_drawing(svg))
    widget = MuscleMap(catalog, Language.EN)
    qtbot.addWidget(widget)
    widget.set_picked(["gluteus_medius"])
    widget.show_involvement({"gluteus_maximus": 1.0})
    assert read == []
    on_screen(qtbot, widget, 720, 520)
    widget.grab()
    assert sorted(read) == ["body_back.svg", "body_back_deep.svg", "body_front.svg"]


def test_the_regions_of_each_drawing_are_kept_between_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsed at the first start (0.3-0.5 ms a drawing, three of them on a returning user's Week page), read back at
    the next (store/resource_files.py)."""
    def regions() -> list[tuple[list[str], set[str], list[str]]]:
        read = [Drawing(RESOURCES / "anatomy" / VIEW_FILES[view]) for view in SHOWN]  # as a new process reads them
        return [(shown.regions, shown.fibres, shown.covers) for shown in read]

    with resource_cache(ResourceFiles(tmp_path)):
        first = regions()
        monkeypatch.setattr(drawing, "ids_by_class", lambda svg: pytest.fail(f"{svg.name} parsed again"))
        again = regions()
    assert again == first and all(regions and fibres for regions, fibres, _covers in again)
    assert sorted(folder.name for folder in tmp_path.iterdir()) == [
        "anatomy-body_back", "anatomy-body_back_deep", "anatomy-body_front"]


def test_a_second_map_reads_no_drawing_the_first_has_read(qtbot: QtBot, catalog: Catalog,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The Week page's heat map and the main map show the same three files: the second map shown read each again
    and built a renderer of it (4-5 ms of its first paint)."""
    on_screen(qtbot, MuscleMap(catalog, Language.EN, side_view=False), 420, 300).grab()
    built: list[tuple[object, ...]] = []
    build = QSvgRenderer.__init__
    monkeypatch.setattr(QSvgRenderer, "__init__", lambda renderer, *args: built.append(args) or build(renderer, *args))
    on_screen(qtbot, MuscleMap(catalog, Language.EN), 720, 520).grab()
    assert built == []


def test_a_returning_users_map_imports_no_xml_parser(tmp_path: Path) -> None:
    """The ids of a drawing's elements are kept between runs, and one not kept yet is read by expat alone: the map's
    module imported ElementTree (1.7 ms of every start) though a returning user's start parsed no drawing."""
    code = "\n".join([
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'",
        "from pathlib import Path",
        "from PySide6.QtWidgets import QApplication; app = QApplication(sys.argv[:1])",
        "from glueplan.domain.catalog import builtin_catalog; from glueplan.domain.language import Language",
        "from glueplan.domain.resources import resource_cache; from glueplan.store.resource_files import ResourceFiles",
        "from glueplan.ui.map.muscle_map import MuscleMap",
        "with resource_cache(ResourceFiles(Path(sys.argv[1]))):",
        "    widget = MuscleMap(builtin_catalog(), Language.EN); widget.resize(420, 300); widget.grab()",
        "print(len(widget.muscles_drawn()), 'xml.etree' in sys.modules, 'xml.parsers.expat' in sys.modules)"])
    first, again = (subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                                   check=True, timeout=60, cwd=tmp_path).stdout.strip().splitlines()[-1] for _ in "12")
    assert (first, again) == ("12 False True", "12 False False")


def test_the_picture_is_the_background_to_its_last_pixel_at_a_fractional_scale(qtbot: QtBot, catalog: Catalog,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """At a scale of 1.5 and an odd size the widget's rectangle, filled, left the picture's last row and column half
    covered: blended with whatever the new pixmap's memory held."""
    widget = on_screen(qtbot, MuscleMap(catalog, Language.EN, side_view=False), 241, 201)
    monkeypatch.setattr(widget, "devicePixelRatioF", lambda: 1.5)
    picture = QPixmap(widget.size() * 1.5)
    picture.fill(QColor("red"))  # what the memory held
    picture.setDevicePixelRatio(1.5)
    widget._layout()
    widget._paint_picture(picture)
    image = picture.toImage()
    edges = [image.pixelColor(image.width() - 1, y) for y in range(image.height())] + \
        [image.pixelColor(x, image.height() - 1) for x in range(image.width())]
    assert {colour.rgb() for colour in edges} == {widget.palette().color(QPalette.ColorRole.Base).rgb()}


def test_a_map_given_another_font_is_laid_out_as_one_made_with_it(qtbot: QtBot, catalog: Catalog) -> None:
    """A larger text (Edit > Preferences) changed the font under a map already laid out: its captions' rows and the
    bodies' places under them kept the old font's, and the larger captions ran into the bodies."""
    from PySide6.QtGui import QFont

    larger = QFont(QApplication.font())
    larger.setPointSizeF(larger.pointSizeF() * 2)
    changed = on_screen(qtbot, MuscleMap(catalog, Language.EN), 420, 300)
    changed.grab()  # laid out and painted in the font it was made with
    changed.setFont(larger)
    made = MuscleMap(catalog, Language.EN)
    made.setFont(larger)
    made = on_screen(qtbot, made, 420, 300)
    assert changed.grab().toImage() == made.grab().toImage()
