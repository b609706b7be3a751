"""The exercise library: search in every language, filters, sorting, drag data."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from msgspec.structs import replace
import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog, Category, Equipment, Laterality
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import kilograms
from glueplan.store.repository import Repository
from glueplan.ui.illustration import thumbnails as thumbnails_module
from glueplan.ui.illustration.thumbnail_files import ThumbnailFiles
from glueplan.ui.illustration.thumbnails import Thumbnails
from glueplan.ui.library.exercise_model import EXERCISE_MIME_TYPE, Role, exercise_ids_from_mime
from glueplan.ui.library.panel import LibraryPanel
from tests.conftest import on_screen
from tests.ui.test_main_window import make_window


def panel(qtbot: QtBot, catalog: Catalog, language: Language = Language.EN) -> LibraryPanel:
    widget = LibraryPanel(catalog, language)
    qtbot.addWidget(widget)
    return widget


def test_lists_every_exercise_by_name_in_the_ui_language(qtbot: QtBot, catalog: Catalog) -> None:
    library = panel(qtbot, catalog, Language.DA)
    assert len(library.visible_ids()) == len(catalog.exercises)
    names = [library.proxy.index(row, 0).data() for row in range(library.proxy.rowCount())]
    assert "Rumænsk dødløft" in names
    assert library.count.text() == f"{len(catalog.exercises)} of {len(catalog.exercises)} exercises"


def test_danish_order_puts_ae_oe_aa_last(qtbot: QtBot, catalog: Catalog) -> None:
    library = panel(qtbot, catalog, Language.NB)
    names = [library.proxy.index(row, 0).data() for row in range(library.proxy.rowCount())]
    utfall = [name for name in names if name.startswith(("U", "Ø", "Å"))]
    assert utfall == sorted(utfall, key=lambda name: name.replace("Ø", "~1").replace("Å", "~2"))


def test_search_finds_danish_and_norwegian_names(qtbot: QtBot, catalog: Catalog) -> None:
    library = panel(qtbot, catalog, Language.EN)
    library.search.setText("dødløft")  # Danish
    assert set(library.visible_ids()) >= {"romanian_deadlift", "conventional_deadlift", "sumo_deadlift"}
    library.search.setText("MARKLØFT")  # Norwegian, any case
    assert "single_leg_romanian_deadlift" in library.visible_ids()
    library.search.setText("knebøy")
    assert "back_squat" in library.visible_ids() and "romanian_deadlift" not in library.visible_ids()
    library.search.setText("no such exercise")
    assert library.visible_ids() == []


@pytest.mark.parametrize(("language", "shown"), [
    (Language.NB, {"monster walk": "Sidelengs gange med strikk", "glute kickback": "Kickback i kabel",
                   "glute bridge": "Seteløft", "hyperextension": "Rygghev 45° (fokus på setemusklene)"}),
    (Language.DA, {"monster walk": "Sidelæns gang med elastik", "glute kickback": "Kickback i kabel",
                   "glute bridge": "Bækkenløft", "hyperextension": "Rygstræk 45° (fokus på ballerne)"})])
def test_an_exercise_named_as_a_physiotherapist_says_it_is_found_by_its_english_name(
        qtbot: QtBot, catalog: Catalog, language: Language, shown: dict[str, str]) -> None:
    """A Norwegian walk read 'Monster walk / Side walk med strikk' and 'Glute kickback i kabel' (and
    'Hyperextension 45°' beside the planner's 'rygghev'): named now as a physiotherapist says them,
    they are still found by the English names a gym uses."""
    library = panel(qtbot, catalog, language)
    for typed, name in shown.items():
        library.search.setText(typed)
        assert name in [library.proxy.index(row, 0).data() for row in range(library.proxy.rowCount())], typed


def test_muscle_filter_lists_primary_then_secondary_then_minor(qtbot: QtBot, catalog: Catalog) -> None:
    library = panel(qtbot, catalog)
    library.set_picked(["gluteus_medius"])
    weights = [catalog.exercise(e).weight("gluteus_medius") for e in library.visible_ids()]
    assert weights and weights == sorted(weights, reverse=True) and min(weights) > 0
    checked = [library.muscle_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(library.muscle_list.count())
               if library.muscle_list.item(r).checkState() == Qt.CheckState.Checked]
    assert checked == ["gluteus_medius"]


def test_keyboard_users_pick_muscles_from_the_list(qtbot: QtBot, catalog: Catalog) -> None:
    library = panel(qtbot, catalog)
    item = next(library.muscle_list.item(r) for r in range(library.muscle_list.count())
                if library.muscle_list.item(r).data(Qt.ItemDataRole.UserRole) == "deep_hip_rotators")
    with qtbot.waitSignal(library.muscles_picked) as picked:
        item.setCheckState(Qt.CheckState.Checked)
    assert picked.args == [("deep_hip_rotators",)]
    assert set(library.visible_ids()) == {e.id for e in catalog.training("deep_hip_rotators")}
    with qtbot.waitSignal(library.muscles_picked) as cleared:
        library.clear_muscles.click()
    assert cleared.args == [()] and len(library.visible_ids()) == len(catalog.exercises)


def test_category_equipment_and_sides_filters_combine(qtbot: QtBot, catalog: Catalog) -> None:
    library = panel(qtbot, catalog)
    library.category.setCurrentIndex(library.category.findData(Category.ACTIVATION.value))
    library.equipment.setCurrentIndex(library.equipment.findData(Equipment.MINI_BAND.value))
    library.laterality.setCurrentIndex(library.laterality.findData(Laterality.BILATERAL.value))
    expected = {e.id for e in catalog.exercises.values() if e.category is Category.ACTIVATION
                and any(Equipment.MINI_BAND in option for option in e.equipment)
                and e.laterality is Laterality.BILATERAL}
    assert set(library.visible_ids()) == expected and "monster_walk" in expected


def test_selecting_an_exercise_is_announced(qtbot: QtBot, catalog: Catalog) -> None:
    library = panel(qtbot, catalog)
    with qtbot.waitSignal(library.exercise_selected) as selected:
        library.select("clamshell")
    assert selected.args[0].id == "clamshell"
    assert library.selected() is not None and library.selected().id == "clamshell"


def test_items_drag_out_with_their_exercise_id(qtbot: QtBot, catalog: Catalog) -> None:
    library = panel(qtbot, catalog)
    index = library.model.index(library.model.row_of("frog_pump"), 0)
    assert library.model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    mime = library.model.mimeData([index])
    assert mime.hasFormat(EXERCISE_MIME_TYPE)
    assert exercise_ids_from_mime(mime) == ["frog_pump"] and mime.text() == "Frog pump"
    assert exercise_ids_from_mime(QMimeData()) == []


def test_the_model_passes_qt_s_model_tester(qtmodeltester: object, catalog: Catalog) -> None:
    from glueplan.ui.library.exercise_model import ExerciseFilter, ExerciseListModel

    model = ExerciseListModel(catalog, Language.NB)
    proxy = ExerciseFilter(Language.NB)
    proxy.setSourceModel(model)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]


def test_a_long_name_wraps_in_its_row_instead_of_scrolling_the_list_sideways(qtbot: QtBot, catalog: Catalog) -> None:
    library = on_screen(qtbot, LibraryPanel(catalog, Language.DA), 300, 800)
    view = library.view
    index = next(view.model().index(row, 0) for row in range(view.model().rowCount())
                 if view.model().index(row, 0).data().startswith("B-stance hip thrust (forskudt"))
    assert view.visualRect(index).right() <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()


def test_an_own_exercise_is_deleted_from_the_window_and_one_in_use_is_kept(
        qtbot: QtBot, repository: Repository, catalog: Catalog, monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Delete exercise (and the list's context menu) for the user's own exercises only: asked
    first, undoable; one the log uses is kept, and the message says where it is used, without asking."""
    base = catalog.exercise("clamshell")
    mine, logged = (repository.add_custom_exercise(replace(base, id="", name=Localized.same(name), custom=True))
                    for name in ("Band clamshell", "Sofa clamshell"))
    window = make_window(qtbot, repository)
    repository.log_set(window.live.workspace.trainee_id, LoggedSet(logged.id, datetime(2026, 11, 24, 18), 0.0, 15))
    view = window.library.view
    assert window.delete_action in view.actions() and window.edit_action in view.actions()
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    window.library.select("clamshell")
    assert not window.delete_action.isEnabled()  # a built-in exercise stays
    asked: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.library.select(mine.id)
    window.delete_action.trigger()
    assert asked == [("Delete exercise", "Delete “Band clamshell”? Edit > Undo brings it back.")]
    assert mine.id not in window.library.visible_ids() and repository.custom_exercises() == [logged]
    assert window.undo_action.text() == "&Undo Delete “Band clamshell”"
    window.undo_action.trigger()
    assert mine.id in window.library.visible_ids() and repository.custom_exercises() == [mine, logged]

    window.library.select(logged.id)
    window.delete_action.trigger()  # said at once: no question first whose Yes would only meet a refusal
    assert asked[1:] == [("Exercise not deleted", "“Sofa clamshell” cannot be deleted while it is used: "
                                                  "in the log (Me, 1 set).")]
    assert logged.id in window.library.visible_ids() and window.redo_action.text() == "&Redo Delete “Band clamshell”"


def test_the_status_bar_counts_the_users_own_exercises_too(qtbot: QtBot, repository: Repository,
                                                             catalog: Catalog) -> None:
    """Said at the first paint from the built-in catalogue, and again once the database brings the
    user's own exercises: "61 exercises", as the library's count under the list says."""
    from glueplan.app.opening import open_workspace
    from glueplan.domain.language import Language
    from glueplan.ui.main_window import MainWindow
    from glueplan.ui.shared.live_workspace import LiveWorkspace

    repository.add_custom_exercise(replace(catalog.exercise("clamshell"), id="", name=Localized.same("Sofa clamshell"),
                                           custom=True))
    window = MainWindow(catalog, Language.EN)  # as the app paints it first: the built-in catalogue
    qtbot.addWidget(window)
    assert window.statusBar().currentMessage() == f"{len(catalog.exercises)} exercises in the catalogue"
    window.attach(LiveWorkspace(open_workspace(repository.store, Language.EN, kilograms), window))
    assert window.statusBar().currentMessage() == f"{len(catalog.exercises) + 1} exercises in the catalogue"


def test_a_row_keeps_its_size_while_its_picture_is_drawn(qtbot: QtBot, catalog: Catalog, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A first start draws the pictures one by one once the window is usable: a row waiting for its picture was
    lower, its name at the left edge, and it grew and moved right when the picture came."""
    drawing = Thumbnails(files=ThumbnailFiles(tmp_path))  # none on disk yet, as at a first start
    monkeypatch.setattr(thumbnails_module, "_shared", drawing)
    drawing.hold()
    library = panel(qtbot, catalog)
    library.resize(400, 600)
    library.show()
    qtbot.waitExposed(library)
    index = library.proxy.index(0, 0)
    waiting = library.view.sizeHintForIndex(index)
    with qtbot.waitSignal(drawing.ready, check_params_cb=lambda drawn: drawn == index.data(Role.EXERCISE_ID)):
        drawing.release()
    assert library.view.sizeHintForIndex(index) == waiting
