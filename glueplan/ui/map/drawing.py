"""The muscle map's SVG drawings, each read once per process.

The main map and the Week page's heat map show the same files: the second map shown (or the side
view shown again) reads none of them again, builds no renderer of its own and has each element's
bounds at once (Qt's renderer keeps them once asked).
"""

from __future__ import annotations

from functools import cache, cached_property
from pathlib import Path

from PySide6.QtSvg import QSvgRenderer

from glueplan.domain.resources import made_from

FIBRES = "__fibres"  # a region's fibre lines: <region>__fibres


def ids_by_class(svg: Path) -> dict[str, list[str]]:
    """The ids of a drawing's elements per class, in document order: "muscle" marks the regions,
    "fibres" the fibre lines of each (``<region>__fibres``), "cover" what lies over the muscles
    and is no part of their regions (a nerve, the outline of the removed gluteus maximus). Read by
    expat alone, no tree built: 0.9 ms for a map's three drawings against ElementTree's 1.2."""
    import xml.parsers.expat  # only for a drawing not kept between runs: ElementTree's took 1.7 ms of every start

    found: dict[str, list[str]] = {}

    def start(_tag: str, attributes: dict[str, str]) -> None:
        for name in attributes.get("class", "").split():
            found.setdefault(name, []).append(attributes.get("id", ""))

    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = start
    parser.Parse(svg.read_bytes(), True)
    return found


def region_ids(svg: Path) -> list[str]:
    """The ids of the muscle regions of one drawing, in document order."""
    return ids_by_class(svg).get("muscle", [])


def map_code() -> list[Path]:
    """The map's modules, what its kept values follow from besides the drawings. A PyInstaller bundle has none as
    files (a stat of its own module failed there, and nothing was kept): its executable names what it keeps instead
    (store/stamped_cache.py)."""
    return sorted(Path(__file__).parent.glob("*.py"))


class Drawing:
    """One drawing: its renderer, its regions, the covers over them and the regions that have
    fibre lines."""

    def __init__(self, svg: Path) -> None:
        # Kept between runs (0.3-0.5 ms a drawing to parse, and a returning user's Week page reads three at start)
        classes = made_from(f"anatomy-{svg.stem}", (svg, *map_code()), dict[str, list[str]], lambda: ids_by_class(svg))
        self._svg = svg
        self.regions = classes.get("muscle", [])
        self.covers = classes.get("cover", [])
        self.fibres = {fibre.removesuffix(FIBRES) for fibre in classes.get("fibres", [])}

    @cached_property
    def renderer(self) -> QSvgRenderer:
        """Built when something is to be drawn: a map whose layers are kept between runs (layer_files.py) builds none
        (about 1 ms a drawing)."""
        return QSvgRenderer(str(self._svg))


@cache
def shared_drawing(svg: Path) -> Drawing:
    """The drawing in this file, read when first wanted and shared by every map after."""
    return Drawing(svg)
