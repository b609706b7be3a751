"""The muscle map's encodings and labels (issue 12, defects 13 and 8): picked muscles are
outlined and cross-hatched in black and white, never another fill hue (the old orange was close
to amber "50-75 % ready" and lost under an exercise's blues); captions never run into their L/R
marks; a legend that wraps does not leave one entry alone on a line."""

from __future__ import annotations

import colorsys
import itertools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.ui.application import install_translators
from glueplan.ui.map.map_heat import volume_paint
from glueplan.ui.map.muscle_map import MuscleMap, muscle_of
from glueplan.ui.settings.text_size import scaled
from glueplan.ui.shared.plain_text import plain_tooltip
from tests.conftest import on_screen
from tests.ui.pseudo_locale import PseudoTranslator, stretch


def muscle_pixels(widget: MuscleMap, muscle: str) -> list[QColor]:
    """The colours the map shows where the muscle is drawn (inside its shape, one view)."""
    picture = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    colours = []
    for view in widget._views[1:2]:  # the back: gluteus maximus whole
        for region, (where, _mask) in view.layers.items():
            if muscle_of(region) != muscle:
                continue
            for x in range(where.left(), where.right()):
                for y in range(where.top(), where.bottom()):
                    if muscle_of(widget.region_at(QRect(x, y, 1, 1).topLeft()) or "") == muscle:
                        colours.append(picture.pixelColor(x, y))
    return colours


def test_a_picked_muscle_is_black_and_white_over_an_exercises_blue(qtbot: QtBot, catalog: Catalog) -> None:
    widget = on_screen(qtbot, MuscleMap(catalog, Language.EN), 900, 600)
    widget.show_involvement(dict(catalog.exercise("barbell_hip_thrust").muscles))  # gluteus maximus primary
    widget.set_picked(["gluteus_maximus"])
    pixels = muscle_pixels(widget, "gluteus_maximus")
    assert len(pixels) > 200
    dark = sum(1 for c in pixels if c.lightness() < 50) / len(pixels)
    light = sum(1 for c in pixels if c.lightness() > 220) / len(pixels)
    assert dark > 0.08 and light > 0.05, (dark, light)
    for colour in pixels:  # no orange or amber anywhere in it
        hue, _lightness, saturation = colorsys.rgb_to_hls(colour.redF(), colour.greenF(), colour.blueF())
        assert not (0.04 < hue < 0.14 and saturation > 0.45 and colour.lightness() > 60), colour.name()


def test_the_legend_shows_the_picked_encoding(qtbot: QtBot, catalog: Catalog) -> None:
    widget = on_screen(qtbot, MuscleMap(catalog, Language.EN), 900, 600)
    widget.set_picked(["gluteus_medius"])
    picture = widget.grab().toImage()
    (swatch,) = [where for where, text in widget.legend_swatches() if text == "Picked"]
    colours = [picture.pixelColor(x, y) for x in range(swatch.left(), swatch.right())
               for y in range(swatch.top(), swatch.bottom())]
    assert min(c.lightness() for c in colours) < 50 and max(c.lightness() for c in colours) > 220


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("width", [240, 320, 420, 700, 1200])
def test_captions_never_run_into_the_side_marks(qtbot: QtBot, catalog: Catalog, qapp,  # type: ignore[no-untyped-def]
                                                 language: Language, width: int) -> None:
    install_translators(qapp, language)
    widget = on_screen(qtbot, MuscleMap(catalog, language), width, 500)
    widget.grab()
    for caption, marks in widget.caption_boxes():
        for mark in marks:
            assert not caption.intersects(mark), (language, width, caption, mark)
            assert widget.rect().contains(mark.toRect())


@pytest.mark.parametrize("width", [300, 420, 520, 640, 760, 900])
def test_a_wrapped_legend_leaves_no_entry_alone(qtbot: QtBot, catalog: Catalog, width: int) -> None:
    from glueplan.domain.rules import WeekSummary

    widget = on_screen(qtbot, MuscleMap(catalog, Language.EN, side_view=False), width, 500)  # as the week has it
    widget.show_heat(volume_paint(WeekSummary(False, {}, (), 0.0)))
    widget.grab()
    rows = widget.legend_rows()
    assert sum(len(row) for row in rows) == 4
    if len(rows) > 1:
        assert min(len(row) for row in rows) >= 2, rows
    for where, _text in widget.legend_swatches():
        assert widget.rect().contains(where)


@pytest.mark.parametrize("width", [200, 240])
def test_a_caption_wider_than_its_view_is_cut_short_and_told_whole(  # type: ignore[no-untyped-def]
        qtbot: QtBot, catalog: Catalog, qapp, width: int) -> None:
    """The pseudo-locale's "Deep layer" ran over its column in the week's narrow heat map."""
    translator = PseudoTranslator()  # no parent: gone with the test, not left among the app's translators
    qapp.installTranslator(translator)
    try:
        widget = on_screen(qtbot, MuscleMap(catalog, Language.EN), width, 400)
    finally:
        qapp.removeTranslator(translator)
    widget.grab()
    cut = []
    for (box, _marks), view in zip(widget.caption_boxes(), widget._views, strict=True):
        shown = widget.fitted_caption(view)
        assert widget.fontMetrics().horizontalAdvance(shown) <= box.width()
        if shown != view.caption:
            cut.append(view.caption)
            assert widget.tooltip_at(box.center().toPoint()) == plain_tooltip(view.caption)
    assert stretch("Deep layer") in cut
    boxes = [box for box, _marks in widget.caption_boxes()]
    assert all(left.right() <= right.left() for left, right in itertools.pairwise(boxes))


@pytest.mark.parametrize("language", [Language.DA, Language.NB])  # English "Deep layer" is cut still
@pytest.mark.parametrize(("width", "height"), [(240, 200), (300, 160)])
def test_the_weeks_small_heat_map_shows_its_captions_whole(qtbot: QtBot, catalog: Catalog, qapp: QApplication,
                                                            language: Language, width: int, height: int) -> None:
    """In a 1024 x 700 window the Week tab's heat map read "Forfra  Bag…  Dyb…": each caption, on a
    line of its own, may use the space between the bodies too."""
    install_translators(qapp, language)
    widget = on_screen(qtbot, MuscleMap(catalog, language, side_view=False), width, height)
    widget.grab()
    assert [widget.fitted_caption(view) for view in widget._views] == [view.caption for view in widget._views]


@pytest.mark.parametrize("language", [Language.EN, Language.DA, Language.NB])
def test_a_wide_low_heat_map_spreads_its_bodies_to_show_the_captions_whole(
        qtbot: QtBot, catalog: Catalog, qapp: QApplication, language: Language) -> None:
    """At 1366 x 768 the Week tab's heat map is wide and low: its bodies are small, and "Dypt lag"
    was cut to "Dypt …" with half the map's width unused. The bodies move apart, within the map,
    until each caption fits."""
    install_translators(qapp, language)
    widget = on_screen(qtbot, MuscleMap(catalog, language, side_view=False), 453, 169)
    widget.grab()
    assert [widget.fitted_caption(view) for view in widget._views] == [view.caption for view in widget._views]
    boxes = [box for box, _marks in widget.caption_boxes()]
    assert all(left.right() <= right.left() for left, right in itertools.pairwise(boxes))
    assert all(widget.rect().contains(view.rect.toRect()) for view in widget._views)


def test_the_side_marks_stand_apart_over_a_body_narrower_than_both(qtbot: QtBot, catalog: Catalog) -> None:
    """The Week tab's heat map at 1366 x 768 in the text size 150 %: its bodies 20 pixels wide, "R" drawn over "L"."""
    widget = MuscleMap(catalog, Language.EN, side_view=False)
    widget.setFont(scaled(widget.font(), 150))
    on_screen(qtbot, widget, 450, 150)
    widget.grab()
    for view, (_caption, (left, right)) in zip(widget._views, widget.caption_boxes(), strict=True):
        assert view.rect.width() < left.width() + right.width()  # the case: marks as wide as the body
        assert left.right() < right.left(), (left, right)
        assert widget.rect().contains(left.toRect()) and widget.rect().contains(right.toRect())


def test_a_legend_on_more_lines_leaves_the_bodies_clear(qtbot: QtBot, catalog: Catalog) -> None:
    """The Week tab's heat map at 960 px in the text size 150 %: a line of the legend each, its last ones drawn over
    the bodies' legs."""
    from glueplan.domain.rules import WeekSummary

    widget = MuscleMap(catalog, Language.EN, side_view=False)
    widget.setFont(scaled(widget.font(), 150))
    on_screen(qtbot, widget, 275, 170)
    widget.show_heat(volume_paint(WeekSummary(False, {}, (), 0.0)))
    widget.grab()
    assert len(widget.legend_rows()) > 2  # the case
    bodies = max(view.rect.bottom() for view in widget._views)
    assert min(swatch.top() for swatch, _text in widget.legend_swatches()) >= bodies
