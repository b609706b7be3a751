"""The muscle map's drawn layers kept between runs (ui/map/layer_files.py): read back as drawn, drawn again whenever
what drew them changed or their file is damaged, and never more than a few layouts of them."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.store.stamped_cache import cache_folder
from glueplan.ui.map import muscle_map
from glueplan.ui.map.muscle_map import MapPaint, MuscleMap
from tests.conftest import RESOURCES, on_screen

SIZE = (420, 300)


def kept_files() -> list[Path]:
    return sorted(cache_folder("muscle-map").rglob("*.layers"))


def heat_map(qtbot: QtBot, catalog: Catalog, size: tuple[int, int] = SIZE) -> MuscleMap:
    """The Week page's map, every muscle tinted (light and dark tints: fibre lines in both inks), two picked."""
    widget = MuscleMap(catalog, Language.EN, side_view=False)
    colours = {muscle: QColor(200, 80, 60) if number % 2 else QColor(30, 40, 90)
               for number, muscle in enumerate(sorted(catalog.muscles))}
    widget.show_heat(MapPaint(colours, ((QColor(200, 80, 60), "above"), (QColor(30, 40, 90), "below"))))
    widget.set_picked(["gluteus_medius", "hamstrings"])
    return on_screen(qtbot, widget, *size)


def drawn_then_kept(qtbot: QtBot, catalog: Catalog) -> MuscleMap:
    """A map painted at start, its layers written after its frame."""
    first = heat_map(qtbot, catalog)
    first.grab()
    qtbot.waitUntil(lambda: len(kept_files()) == 1)
    return first


def never_rendered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSvgRenderer, "render", lambda *args: pytest.fail("a layer was drawn again"))


def layers(widget: MuscleMap) -> list[object]:
    """Every layer's pixels with where it lies."""
    return [(view.rect, view.body, view.layers, view.fibre_lines) for view in widget._views]


def hits(widget: MuscleMap) -> tuple[list[str | None], list[QPoint]]:
    spots = [widget.region_at(QPoint(x, y)) for y in range(0, SIZE[1], 4) for x in range(0, SIZE[0], 4)]
    return spots, [widget.point_in(muscle) for muscle in ("gluteus_maximus", "gluteus_minimus", "hamstrings")]


def test_a_layout_drawn_is_read_back_at_the_next_start_as_it_was_drawn(qtbot: QtBot, catalog: Catalog,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A returning user's heat map built three SVG renderers and rendered every layer (some 10 ms of the window
    thread before the window was usable) to draw what the last start had drawn."""
    first = drawn_then_kept(qtbot, catalog)
    never_rendered(monkeypatch)
    again = heat_map(qtbot, catalog)
    assert again.grab().toImage() == first.grab().toImage()
    assert layers(again) == layers(first)
    assert hits(again) == hits(first)
    assert len(kept_files()) == 1  # read back, not written again


def test_a_changed_drawing_is_drawn_again(qtbot: QtBot, catalog: Catalog, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(RESOURCES / "anatomy", resources / "anatomy")
    monkeypatch.setenv("GLUEPLAN_RESOURCES", str(resources))
    drawn_then_kept(qtbot, catalog)
    rendered: list[object] = []
    render = QSvgRenderer.render
    monkeypatch.setattr(QSvgRenderer, "render", lambda *args: rendered.append(args) or render(*args))
    heat_map(qtbot, catalog).grab()
    assert rendered == []
    drawing = resources / "anatomy" / "body_back.svg"
    os.utime(drawing, ns=(drawing.stat().st_atime_ns, drawing.stat().st_mtime_ns + 10**9))
    heat_map(qtbot, catalog).grab()
    assert rendered


def test_the_layers_are_named_by_the_code_that_draws_them(qtbot: QtBot, catalog: Catalog,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    stamped: list[str] = []
    from glueplan.store import stamped_cache

    stamp = stamped_cache.stamp
    monkeypatch.setattr(stamped_cache, "stamp", lambda sources: stamped.extend(path.name for path in sources) or
                        stamp(sources))
    drawn_then_kept(qtbot, catalog)
    assert {"muscle_map.py", "drawing.py", "layer_files.py", "body_front.svg", "body_back.svg", "body_back_deep.svg",
            "hip_side.svg"} <= set(stamped)


@pytest.mark.parametrize("damage", [b"", b"\x93\x01", b"not msgpack at all", "cut"])
def test_a_damaged_file_is_drawn_again_without_a_word(qtbot: QtBot, catalog: Catalog, damage: bytes | str) -> None:
    first = drawn_then_kept(qtbot, catalog)
    (kept,) = kept_files()
    data = kept.read_bytes()
    kept.write_bytes(data[:len(data) // 2] if damage == "cut" else damage)
    again = heat_map(qtbot, catalog)
    assert again.grab().toImage() == first.grab().toImage()
    assert hits(again) == hits(first)


def test_pixels_that_do_not_fit_their_image_are_drawn_again(qtbot: QtBot, catalog: Catalog) -> None:
    """A file that decodes, with an image's pixels short of its size (read past their end, they drew noise)."""
    first = drawn_then_kept(qtbot, catalog)
    (kept,) = kept_files()
    layers = msgspec.msgpack.decode(kept.read_bytes())
    layers["views"][0]["body"][2]["width"] += 1
    kept.write_bytes(msgspec.msgpack.encode(layers))
    again = heat_map(qtbot, catalog)
    assert again.grab().toImage() == first.grab().toImage()


def _huge_empty_body(layers: dict[str, Any]) -> None:
    layers["views"][0]["body"][2].update(width=1 << 40, height=0, data=b"")


def _no_ratio(layers: dict[str, Any]) -> None:
    layers["views"][0]["masks"][0][2]["ratio"] = float("nan")


def _far_mask(layers: dict[str, Any]) -> None:
    layers["views"][0]["masks"][0][1][0] = 1 << 40


def _far_body(layers: dict[str, Any]) -> None:
    layers["views"][1]["body"][0] = -(1 << 40)


@pytest.mark.parametrize("damage", [_huge_empty_body, _no_ratio, _far_mask, _far_body])
def test_sizes_and_places_no_image_has_are_drawn_again(qtbot: QtBot, catalog: Catalog,
                                                      damage: Callable[[dict[str, Any]], None]) -> None:
    """A file that decodes, with a size, a place or a pixel ratio no image of the map has: an empty image's size past
    Qt's int fitted its (empty) data, and a size or a place past it crashed the process as the map was laid out (a
    segmentation fault, at every start until the file went); a mask's ratio NaN drew another picture."""
    first = drawn_then_kept(qtbot, catalog)
    (kept,) = kept_files()
    layers = msgspec.msgpack.decode(kept.read_bytes())
    damage(layers)
    kept.write_bytes(msgspec.msgpack.encode(layers))
    again = heat_map(qtbot, catalog)
    assert again.grab().toImage() == first.grab().toImage()
    assert hits(again) == hits(first)


def test_a_window_resized_step_by_step_keeps_only_the_layouts_it_stayed_at(qtbot: QtBot, catalog: Catalog,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(muscle_map, "KEEP_AFTER_MS", 200)
    widget = drawn_then_kept(qtbot, catalog)
    started, step = time.monotonic(), 0
    while time.monotonic() < started + 0.5:  # a drag longer than a layout must stay: each step painted, then left
        step += 1
        widget.resize(SIZE[0] + step, SIZE[1] + step)
        widget.grab()
        QApplication.processEvents()
    qtbot.waitUntil(lambda: len(kept_files()) == 2)
    never_rendered(monkeypatch)
    heat_map(qtbot, catalog, (SIZE[0] + step, SIZE[1] + step)).grab()


def test_only_the_layouts_used_last_are_kept(qtbot: QtBot, catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    """A window resized again and again, and left at each size a while, filled the disk a few megabytes a size."""
    monkeypatch.setattr(muscle_map, "KEEP_AFTER_MS", 0)
    widget = drawn_then_kept(qtbot, catalog)
    sizes = [(SIZE[0] + step * 11, SIZE[1]) for step in range(1, 10)]
    for number, size in enumerate(sizes, start=2):
        before = set(kept_files())
        widget.resize(*size)
        widget.grab()
        qtbot.waitUntil(lambda: bool(set(kept_files()) - before))  # this layout's written
        assert len(kept_files()) == min(number, 6)
    never_rendered(monkeypatch)
    heat_map(qtbot, catalog, sizes[-1]).grab()


def test_a_body_drawn_on_a_screen_of_another_pixel_format_is_kept(qtbot: QtBot, catalog: Catalog,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """On a screen of 16 bits a pixel (or a 10-bit display's 30, under X11) a pixmap's image has the screen's format:
    the body cut from the picture was refused as pixels that do not fit their image, raised in the window's timer."""
    to_image = QPixmap.toImage
    monkeypatch.setattr(QPixmap, "toImage",
                        lambda pixmap: to_image(pixmap).convertToFormat(QImage.Format.Format_RGB16))
    first = drawn_then_kept(qtbot, catalog)
    never_rendered(monkeypatch)
    again = heat_map(qtbot, catalog)
    first.set_picked(first.picked)  # painted again from its bodies as cut (here the screen's pixels are 32 bits)
    assert again.grab().toImage() == first.grab().toImage()


def test_a_layout_larger_than_a_layouts_share_is_not_written(qtbot: QtBot, catalog: Catalog,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A large layout (a main map at a scale of 2 on a large screen: 52 MB at 2500x1350) was written in the window
    thread, 109 ms, and past the budget removed at once: at every start, and at every layer drawn after."""
    from glueplan.store import stamped_cache
    from glueplan.ui.map import layer_files

    monkeypatch.setattr(layer_files, "LAYOUT_BYTES", 100_000)
    written: list[Path] = []
    write_file = stamped_cache.write_file
    monkeypatch.setattr(stamped_cache, "write_file", lambda path, *args, **kwargs: written.append(path) or
                        write_file(path, *args, **kwargs))
    widget = heat_map(qtbot, catalog)
    widget.grab()
    qtbot.waitUntil(lambda: widget._kept_count == widget._layers_drawn())  # what it drew was offered for keeping
    assert written == []
