"""The library's exercise goes to the Log (walk h145, finding 13): the Log's Add exercise box ignored the
exercise chosen in the library, and an exercise dragged from the library onto the Log did nothing."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.library.panel import LibraryPanel
from glueplan.ui.log.page import LogPage
from tests.ui.test_main_window import make_window


def dragged(library: LibraryPanel, exercise_id: str) -> QMimeData:
    """What a drag from the library's list carries, as its view asks its model for it."""
    library.select(exercise_id)
    return library.view.model().mimeData(library.view.selectionModel().selectedIndexes())


def drop(mime: QMimeData, onto: QWidget) -> bool:
    """A drag over ``onto`` and a drop there, as Qt sends them; whether the drop was taken."""
    at = QPoint(onto.width() // 2, onto.height() // 2)
    app = QApplication.instance()
    assert app is not None
    for event in (QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                 Qt.KeyboardModifier.NoModifier)):
        app.sendEvent(onto, event)
        if not event.isAccepted():
            return False
    dropped = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    app.sendEvent(onto, dropped)
    return dropped.isAccepted()


def test_the_library_s_exercise_is_the_one_add_exercise_adds(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository, Language.DA)
    window.library.select("clamshell")
    window.show_tab("log")
    page = window.log_tab.page
    assert isinstance(page, LogPage)
    assert page.extra.currentData() == "clamshell"  # chosen before the Log was first shown
    window.library.select("bird_dog")
    assert page.extra.currentData() == "bird_dog"  # and after
    page.add_extra.click()
    assert [block.exercise.id for block in page.blocks] == ["bird_dog"]


def test_an_exercise_dragged_from_the_library_is_added_to_the_log(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_tab("log")
    page = window.log_tab.page
    assert isinstance(page, LogPage)
    assert drop(dragged(window.library, "clamshell"), page.scroll.viewport())
    assert [block.exercise.id for block in page.blocks] == ["clamshell"]
    assert page.extra.currentData() == "clamshell" and QApplication.focusWidget() is page.blocks[0].weight
    weight = page.blocks[0].weight
    assert drop(dragged(window.library, "bird_dog"), weight)  # over a field: added, not typed into the field
    assert weight.text() == "" and [block.exercise.id for block in page.blocks] == ["clamshell", "bird_dog"]
    assert drop(dragged(window.library, "clamshell"), page.session_note)  # added before: none more
    assert page.session_note.text() == "" and len(page.blocks) == 2
    text = QMimeData()
    text.setText("slept badly")
    assert not drop(text, page.scroll.viewport())  # other things dragged are not exercises
    assert drop(text, page.session_note) and page.session_note.text() == "slept badly"  # text stays the fields'
