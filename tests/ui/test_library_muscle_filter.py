"""The library's muscle filter (issue 12, defect 14): every muscle visible as a checklist, the
filtered list says whether each exercise trains a picked muscle as primary or secondary, and
two picked muscles can mean "trains any" or "trains all"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.ui.library.exercise_model import Role
from glueplan.ui.library.panel import LibraryPanel
from tests.conftest import on_screen


def test_every_muscle_shows_without_scrolling(qtbot: QtBot, catalog: Catalog) -> None:
    library = on_screen(qtbot, LibraryPanel(catalog, Language.DA), 320, 860)
    muscles = library.muscle_list
    assert muscles.count() == len(catalog.muscles)
    for row in range(muscles.count()):
        assert muscles.viewport().rect().contains(muscles.visualItemRect(muscles.item(row)))
    assert not muscles.verticalScrollBar().isVisible()


def test_the_filtered_list_says_primary_or_secondary(qtbot: QtBot, catalog: Catalog) -> None:
    library = on_screen(qtbot, LibraryPanel(catalog, Language.EN), 320, 860)
    library.set_picked(["gluteus_medius"])
    texts = {library.proxy.index(row, 0).data(Role.EXERCISE_ID): library.proxy.index(row, 0).data()
             for row in range(library.proxy.rowCount())}
    assert texts["clamshell"].endswith("· primary")
    assert texts["bulgarian_split_squat"].endswith("· secondary")
    library.set_picked([])
    assert library.proxy.index(0, 0).data().count("·") == 0  # no marks without picked muscles


def test_two_picked_muscles_any_or_all(qtbot: QtBot, catalog: Catalog) -> None:
    library = on_screen(qtbot, LibraryPanel(catalog, Language.EN), 320, 860)
    library.set_picked(["gluteus_maximus", "gluteus_medius"])
    trains_any = set(library.visible_ids())
    assert trains_any == {e.id for e in catalog.exercises.values()
                          if e.weight("gluteus_maximus") or e.weight("gluteus_medius")}
    library.match.setCurrentIndex(library.match.findData(True))  # trains all picked
    trains_all = set(library.visible_ids())
    assert trains_all == {e.id for e in catalog.exercises.values()
                          if e.weight("gluteus_maximus") and e.weight("gluteus_medius")}
    assert trains_all < trains_any and "back_squat" not in trains_all
