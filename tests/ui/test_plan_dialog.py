"""Programs > Plan my week…: the proposal previewed in the week calendar (read-only) with its
reasons, another plan on request, accepted as a new program in one undoable edit."""

from __future__ import annotations

from datetime import timedelta


from msgspec.structs import replace
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from glueplan.app.command import History
from glueplan.app.opening import first_trainee
from glueplan.domain.catalog import Laterality
from glueplan.domain.dose_words import sets_reps
from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import Units
from glueplan.store.repository import Repository
from glueplan.ui.programs.plan_dialog import PlanDialog
from glueplan.ui.settings.preferences import Theme
from glueplan.ui.settings.theme import apply_theme
from glueplan.ui.shared.screen_fit import TITLE_BAR
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.model import NBSP
from tests.conftest import PROGRAM_START, on_screen, seed_000
from tests.ui.test_main_window import make_window
from tests.ui.test_settings import contrast


def test_the_dialog_previews_a_plan_that_keeps_every_rule(qtbot: QtBot, live: LiveWorkspace) -> None:
    dialog = on_screen(qtbot, PlanDialog(live), 1280, 800)
    assert dialog.proposal is not None and dialog.proposal.broken == ()
    shown = dialog.preview.text.toPlainText()
    assert "Why this plan" in shown and "no error and no warning" in shown
    first = dialog.proposal.program
    assert day_texts(dialog, Weekday.MON) == session_texts(dialog, Weekday.MON)
    dialog.suggest_another()
    assert dialog.proposal.program != first and dialog.seed > 0
    assert dialog.proposal.broken == ()
    assert [day_texts(dialog, day) for day in Weekday] == [session_texts(dialog, day) for day in Weekday]


def day_texts(dialog: PlanDialog, day: Weekday) -> list[str]:
    """What the preview's calendar shows on the day: each session's time and title, then its
    exercises' names and sets×reps (the first line of a cell, and the start of the second)."""
    view, model = dialog.preview.calendar.days[day], dialog.preview.model
    found = []
    for row in range(model.rowCount(view.rootIndex())):
        session = model.index(row, 0, view.rootIndex())
        found.append(session.data().split("\n")[0])
        for item in range(model.rowCount(session)):
            name, dose = model.index(item, 0, session).data().split("\n")
            found.append(f"{name} {dose.split(f'{NBSP}·')[0].replace(NBSP, ' ')}")
    return found


def session_texts(dialog: PlanDialog, day: Weekday) -> list[str]:
    """What the proposal plans on the day: sessions and exercises with sets×reps."""
    assert dialog.proposal is not None
    found = []
    for session in (s for s in dialog.proposal.program.weeks[0].sessions if s.day == day):
        found.append(f"{session.time:%H:%M} {session.title}")
        for item in session.items:
            exercise = dialog._live.catalog.exercise(item.exercise_id)
            found.append(f"{exercise.name[Language.EN]} "
                         f"{sets_reps(item.prescription, exercise.laterality is Laterality.UNILATERAL, Language.EN)}")
    return found


def test_the_previewed_week_is_read_only_and_shows_each_week(qtbot: QtBot, live: LiveWorkspace) -> None:
    dialog = on_screen(qtbot, PlanDialog(live), 1280, 800)
    preview, model = dialog.preview, dialog.preview.model
    view = preview.calendar.days[Weekday.MON]
    session = model.index(0, 0, view.rootIndex())
    exercise = model.index(0, 0, session)
    assert not model.flags(exercise) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
    assert not model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    view.setFocus()
    view.setCurrentIndex(exercise)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert model.rowCount(session) == len(dialog.proposal.program.weeks[0].sessions[0].items)
    assert view.indexWidget(exercise) is None and not view.acceptDrops()
    assert live.undo_stacks[History.PLAN].count() == 0
    assert "Week 1 of 6" in preview.week_label.text()
    preview.next.click()
    assert preview.week_label.text() == "Week 2 of 6" and model.week == 1
    preview.set_week(5)
    assert preview.week_label.text() == "Week 6 of 6 · deload"
    deload = model.index(0, 0, model.index(0, 0, view.rootIndex())).data()
    assert f"\n2{NBSP}×{NBSP}" in deload  # the deload's fewer sets


def test_one_free_day_shows_the_broken_rules_and_the_fix(qtbot: QtBot, live: LiveWorkspace) -> None:
    dialog = on_screen(qtbot, PlanDialog(live), 1280, 800)
    for day in (Weekday.WED, Weekday.FRI):
        dialog.days[day][0].setChecked(False)
    qtbot.waitUntil(lambda: dialog.proposal is not None and len(dialog.proposal.program.weeks[0].sessions) == 1)
    shown = dialog.preview.text.toPlainText()
    assert "Rules it had to break" in shown and "FRQ-1" in shown and "Add a day" in shown
    assert [len(day_texts(dialog, day)) > 0 for day in Weekday].count(True) == 1
    dialog.days[Weekday.MON][0].setChecked(False)
    qtbot.waitUntil(lambda: dialog.proposal is None)
    assert dialog.hint.isVisible() and not dialog.preview.isVisible()
    assert not dialog.accept_button.isEnabled()


def test_accepting_starts_the_program_and_undo_takes_it_back(qtbot: QtBot, repository: Repository) -> None:
    trainee = first_trainee(repository, Language.EN, Units.KG)
    repository.add_program(trainee, replace(seed_000(), start=PROGRAM_START), "seed-000")
    window = make_window(qtbot, repository)
    live = window.live
    assert live is not None
    before = live.workspace.programs()
    dialog = on_screen(qtbot, PlanDialog(live, window), 1280, 800)
    with qtbot.waitSignal(live.changed):
        dialog.accept_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert assert_one_more(before, live.workspace.programs())
    shown = live.workspace.program
    assert shown is not None and shown.name == dialog.proposal.program.name
    assert [len(w.sessions) for w in shown.weeks] == [len(w.sessions) for w in dialog.proposal.program.weeks]
    assert live.workspace.report is not None and not live.workspace.report.has_errors
    stack = live.undo_stacks[History.PLAN]
    assert stack.count() == 1 and stack.text(0) == "Plan my week"
    stack.undo()
    assert live.workspace.programs() == before and live.workspace.program.name == seed_000().name
    stack.redo()
    assert len(live.workspace.programs()) == len(before) + 1


def test_a_plan_accepted_after_midnight_starts_on_the_monday_its_preview_showed(
        qtbot: QtBot, repository: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened on a Monday, the preview's weeks start that day; accepted after midnight, the program started the
    Monday after, a week later than the dates the user had looked at."""
    first_trainee(repository, Language.EN, Units.KG)
    window = make_window(qtbot, repository)
    live = window.live
    assert live is not None
    dialog = on_screen(qtbot, PlanDialog(live, window), 1280, 800)  # on PROGRAM_START, a Monday (the tests' clock)
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START + timedelta(days=1))
    with qtbot.waitSignal(live.changed):
        dialog.accept_button.click()
    assert live.workspace.program is not None and live.workspace.program.start == PROGRAM_START


def assert_one_more(before: list[tuple[int, str]], after: list[tuple[int, str]]) -> bool:
    return len(after) == len(before) + 1 and after[:len(before)] == before


def test_the_programs_menu_opens_the_dialog(qtbot: QtBot, repository: Repository) -> None:
    window = make_window(qtbot, repository)
    assert window.plan_action.isEnabled()
    seen = []

    def close_when_shown() -> None:
        dialogs = [w for w in window.findChildren(PlanDialog) if w.isVisible()]
        if dialogs:
            seen.append(dialogs[0])
            dialogs[0].reject()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, close_when_shown)
    window.plan_action.trigger()
    assert seen and seen[0].proposal is not None


def test_the_dialog_asks_for_a_width_a_laptop_has(qtbot: QtBot, live: LiveWorkspace) -> None:
    """Its seven day columns asked for Qt's 256 px each (2,135 px in all, capped at the screen);
    now it fits a 1280x800 laptop with the form, and a day column stays wide enough to read, with
    no day scrolled out of sight (Sunday was, by 48 px, once a day kept its least width)."""
    dialog = on_screen(qtbot, PlanDialog(live), 1280, 800)
    assert 1000 <= dialog.sizeHint().width() < 1280
    dialog.resize(dialog.sizeHint())
    qtbot.waitUntil(lambda: dialog.width() == dialog.sizeHint().width())
    assert min(view.width() for view in dialog.preview.calendar.days) >= 110
    assert dialog.preview.calendar.scroll.horizontalScrollBar().maximum() == 0


def test_the_dialog_opens_within_the_screen(qtbot: QtBot, live: LiveWorkspace) -> None:
    """At 150 % a 1600x1000 screen is 1066x666 pixels to Qt: opened at 1280x800, the dialog
    had Start this program and Cancel below the screen's edge."""
    dialog = PlanDialog(live)
    qtbot.addWidget(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() + TITLE_BAR <= screen.height()
    assert dialog.width() <= max(screen.width(), dialog.minimumSizeHint().width())


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_broken_rules_heading_reads_on_either_palette(qtbot: QtBot, qapp: QApplication, live: LiveWorkspace,
                                                         theme: Theme) -> None:
    """It was a fixed dark red, 1.9:1 on the dark theme's grey field."""
    try:
        apply_theme(qapp, theme)
        dialog = on_screen(qtbot, PlanDialog(live), 1280, 800)
        for day in (Weekday.WED, Weekday.FRI):
            dialog.days[day][0].setChecked(False)
        qtbot.waitUntil(lambda: dialog.proposal is not None and dialog.proposal.broken != ())
        document = dialog.preview.text.document()
        block = next(b for b in (document.findBlockByNumber(n) for n in range(document.blockCount()))
                     if b.text() == "Rules it had to break")
        colour = block.begin().fragment().charFormat().foreground().color()
        assert contrast(colour, dialog.preview.text.palette().color(QPalette.ColorRole.Base)) >= 4.5
    finally:
        apply_theme(qapp, Theme.SYSTEM)


def test_tab_goes_through_the_buttons_as_they_stand(qtbot: QtBot, live: LiveWorkspace) -> None:
    """Tab went Cancel, Start this program, Suggest another: right, left, middle."""
    dialog = on_screen(qtbot, PlanDialog(live), 1280, 800)
    buttons = dialog.buttons.buttons()
    chain, widget = [], dialog.preview.text.nextInFocusChain()
    while len(chain) < len(buttons):
        if widget in buttons:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == sorted(buttons, key=lambda button: button.x())
