"""Where the drawn figures show beyond the library: the calendar's exercise rows, the log form,
and the user's own exercises, which look like a built-in one chosen in the editor."""

from __future__ import annotations


from msgspec.structs import replace
import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from glueplan.app.setup_edits import SaveOwnExercise
from glueplan.domain.catalog import Catalog, Exercise
from glueplan.domain.language import Language
from glueplan.ui.illustration import thumbnails as thumbnail_module
from glueplan.ui.illustration.thumbnails import Thumbnails
from glueplan.ui.library.exercise_detail import ExerciseDetail
from glueplan.ui.library.exercise_editor import ExerciseEditor
from glueplan.ui.library.exercise_model import ExerciseListModel
from glueplan.ui.log.page import LogPage
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.calendar import WeekCalendar
from glueplan.ui.week.model import WeekModel
from tests.conftest import on_screen

DECORATION = Qt.ItemDataRole.DecorationRole


def drawn(index: QModelIndex) -> bool:
    """The row shows its exercise's picture, not the clear room a row keeps until it is drawn (pixmap_or_room)."""
    picture = index.data(DECORATION)
    if not isinstance(picture, QPixmap):
        return False
    image = picture.toImage()
    return any(image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height()))


@pytest.fixture(autouse=True)
def fresh_thumbnails(monkeypatch: pytest.MonkeyPatch) -> Thumbnails:
    """No picture drawn yet, so each test sees them arrive."""
    cache = Thumbnails()
    monkeypatch.setattr(thumbnail_module, "_shared", cache)
    return cache


def own(live: LiveWorkspace, looks_like: str | None) -> Exercise:
    """A copy of the clamshell saved as the user's own, looking like ``looks_like``."""
    base = live.catalog.exercise("clamshell")
    command = SaveOwnExercise(replace(base, id="", custom=True, looks_like=looks_like), "own")
    assert live.run(command) is None and command.saved is not None
    return command.saved


def test_calendar_exercise_rows_show_their_picture_when_drawn(qtbot: QtBot, live: LiveWorkspace) -> None:
    calendar = on_screen(qtbot, WeekCalendar(WeekModel(live)), 1400, 600)
    model = calendar.model
    session = model.index(0, 0, model.day_index(0))
    squat = model.index(0, 0, session)
    assert model.index(0, 0, squat).isValid() is False and not drawn(squat)  # asked, not drawn yet
    with qtbot.waitSignal(model.dataChanged, check_params_cb=lambda first, last, roles: first == squat
                          and roles == [DECORATION]):
        pass
    picture = squat.data(DECORATION)
    assert isinstance(picture, QPixmap) and not picture.isNull()
    view = calendar.days[0]
    assert picture.height() <= view.sizeHintForIndex(session).height()  # rows keep their one height
    assert session.data(DECORATION) is None  # sessions show only a finding's icon


def test_a_narrow_day_leaves_the_pictures_out(qtbot: QtBot, live: LiveWorkspace) -> None:
    calendar = on_screen(qtbot, WeekCalendar(WeekModel(live)), 1400, 600)
    model = calendar.model
    squat = model.index(0, 0, model.index(0, 0, model.day_index(0)))
    qtbot.waitUntil(lambda: drawn(squat))
    delegate = calendar.delegates[0]
    shown = {}
    for width in (80, 200):
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, width, 34)
        delegate.initStyleOption(option, squat)
        shown[width] = bool(option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration)
    assert shown == {80: False, 200: True}


def test_the_log_form_shows_each_exercise_beside_its_target(qtbot: QtBot, live: LiveWorkspace) -> None:
    mine, plain = own(live, "glute_bridge"), own(live, None)
    page = on_screen(qtbot, LogPage(live), 900, 700)
    for exercise in (live.catalog.exercise("back_squat"), mine, plain):
        page.extra.setCurrentIndex(page.extra.findData(exercise.id))
        page.add_unplanned()
    squat, bridge, nothing = page.blocks[-3:]
    assert not squat.picture.isHidden() and squat.picture.pixmap().isNull()  # room kept while it is drawn
    qtbot.waitUntil(lambda: not squat.picture.pixmap().isNull() and not bridge.picture.pixmap().isNull())
    assert squat.picture.geometry().right() < squat.target.geometry().left()
    assert nothing.picture.isHidden()


def test_duplicating_a_builtin_exercise_looks_like_it(qtbot: QtBot, catalog: Catalog) -> None:
    editor = ExerciseEditor(catalog, Language.EN, catalog.exercise("clamshell"))
    qtbot.addWidget(editor)
    assert editor.looks_like.currentData() == "clamshell"
    assert editor.exercise().looks_like == "clamshell"
    editor.looks_like.setCurrentIndex(editor.looks_like.findData("fire_hydrant"))
    assert editor.exercise().looks_like == "fire_hydrant"
    row = editor.looks_like.findData("fire_hydrant")
    qtbot.waitUntil(lambda: not editor.looks_like.itemIcon(row).isNull())  # each choice with its picture


def test_a_new_exercise_looks_like_nothing_until_one_is_chosen(qtbot: QtBot, live: LiveWorkspace) -> None:
    mine = own(live, "glute_bridge")
    new = ExerciseEditor(live.catalog, Language.EN)
    qtbot.addWidget(new)
    assert new.looks_like.currentData() is None and new.exercise().looks_like is None
    assert new.looks_like.findData(mine.id) == -1  # only built-in exercises have a figure
    edit = ExerciseEditor(live.catalog, Language.EN, mine)
    qtbot.addWidget(edit)
    assert edit.looks_like.currentData() == "glute_bridge"


def test_an_own_exercise_shows_the_figure_it_looks_like(qtbot: QtBot, live: LiveWorkspace) -> None:
    mine, plain = own(live, "glute_bridge"), own(live, None)
    detail = on_screen(qtbot, ExerciseDetail(live.catalog, Language.EN), 380, 700)
    detail.show_exercise(mine)
    assert detail.figure.isVisible()
    detail.show_exercise(plain)
    assert not detail.figure.isVisible()
    model = ExerciseListModel(live.catalog, Language.EN)
    index = model.index(model.row_of(mine.id))
    assert not drawn(index)
    qtbot.waitUntil(lambda: drawn(index))
    assert not drawn(model.index(model.row_of(plain.id)))
