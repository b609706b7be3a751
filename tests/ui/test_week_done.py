"""The Week tab shows what was done: after logged sessions and a skipped day it looked as before (the walk's
finding 12). A session is marked done, partly done or missed, by an icon of its own shape and a word, explained in
its tooltip; logging reaches the week through the change sets, and a hidden week waits to be shown."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from glueplan.app.log_edits import LogSet
from glueplan.domain.log import LoggedSet
from glueplan.domain.session_done import Done
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.week.model import done_icon
from glueplan.ui.week.page import WeekPage
from tests.conftest import PROGRAM_START, on_screen, seed_000
from tests.ui.test_week_calendar import session_index

MON, TUE, WED, FRI = 0, 1, 2, 4


def week_page(qtbot: QtBot, live: LiveWorkspace, monkeypatch: pytest.MonkeyPatch, weekday: int) -> WeekPage:
    """The Week page on the ``weekday`` of the program's first week."""
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START + timedelta(days=weekday))
    page = WeekPage(live)
    qtbot.addWidget(page)
    page.show()
    return page


def log_session(live: LiveWorkspace, day: int, sets: int | None = None, week: int = 0) -> list[LogSet]:
    """The day's planned sets logged from the Log's form (linked to their exercises), the first ``sets`` of them."""
    session = next(s for s in live.program.weeks[week].sessions if int(s.day) == day)
    when = datetime.combine(PROGRAM_START + timedelta(weeks=week, days=day), time(18))
    logged = [LogSet(LoggedSet(item.exercise_id, when + timedelta(minutes=len(session.items) * n + i), 40.0, 10, 2,
                               planned_exercise_id=item.id), "Log set")
              for i, item in enumerate(session.items) for n in range(item.prescription.sets)][:sets]
    for log in logged:
        assert live.run(log) is None
    return logged


def shown(page: WeekPage, day: int) -> tuple[str, str, object]:
    index = session_index(page.model, day)
    return (index.data(), index.data(Qt.ItemDataRole.ToolTipRole),
            index.data(Qt.ItemDataRole.DecorationRole).cacheKey())


def test_sessions_done_partly_done_and_missed_are_marked_in_words_and_by_shape(
        qtbot: QtBot, live: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    log_session(live, MON)
    log_session(live, FRI, 2)
    page = week_page(qtbot, live, monkeypatch, FRI)
    text, tip, icon = shown(page, MON)
    assert text.splitlines()[1].startswith("done\u00a0· ") and icon == done_icon(Done.DONE).cacheKey()
    assert "Done: every planned set was logged that day." in tip
    text, tip, icon = shown(page, WED)  # Wednesday is gone, with nothing logged
    assert text.splitlines()[1].startswith("missed\u00a0· ") and icon == done_icon(Done.MISSED).cacheKey()
    assert "Missed: nothing of this session was logged on its day." in tip
    planned = sum(item.prescription.sets for s in live.program.weeks[0].sessions if int(s.day) == FRI
                  for item in s.items)
    text, tip, icon = shown(page, FRI)  # today, two sets in
    assert text.splitlines()[1].startswith("partly done\u00a0· ") and icon == done_icon(Done.PARTLY).cacheKey()
    assert f"Partly done: 2 of the {planned} planned sets were logged that day." in tip
    page.set_week(1)  # a week ahead: nothing to say
    assert "done" not in session_index(page.model, MON).data()
    assert session_index(page.model, MON).data(Qt.ItemDataRole.DecorationRole) is None


def test_a_set_logged_reaches_the_week_and_a_hidden_week_waits_until_it_is_shown(
        qtbot: QtBot, live: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    page = week_page(qtbot, live, monkeypatch, WED)
    assert "missed" in session_index(page.model, MON).data()
    reads = []
    sets_in_week = live.workspace.sets_in_week
    monkeypatch.setattr(live.workspace, "sets_in_week", lambda week: reads.append(week) or sets_in_week(week))
    logged = log_session(live, MON, 1)  # shown: at once
    assert session_index(page.model, MON).data().splitlines()[1].startswith("partly done")
    page.hide()
    reads.clear()
    for log in logged:
        live.undo_stacks[log.history].undo()  # the set deleted: the week is stale, and not read while hidden
    log_session(live, MON)
    assert reads == [] and page.log_refresher.pending is not None
    page.show()
    assert reads == [0] and session_index(page.model, MON).data().splitlines()[1].startswith("done")


def test_the_charts_count_the_sessions_the_week_marks(qtbot: QtBot, live: LiveWorkspace,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The Charts' "Sessions done" counted training days: 3 in a week whose Week tab marked one session done, one
    partly done and one missed (a day of extra clamshells counted as a session)."""
    from glueplan.ui.charts.page import ChartsPage

    log_session(live, MON)
    log_session(live, FRI, 2)
    extra = LoggedSet("clamshell", datetime.combine(PROGRAM_START + timedelta(days=1), time(7)), 0.0, 20, 2)
    assert live.run(LogSet(extra, "Log set")) is None
    page = week_page(qtbot, live, monkeypatch, 6)  # its Sunday: every session's day is gone
    words = [session_index(page.model, day).data().splitlines()[1].split("\u00a0")[0] for day in (MON, WED, FRI)]
    assert words == ["done", "missed", "partly done"]
    charts = on_screen(qtbot, ChartsPage(live), 900, 600)
    charts.mode.setCurrentIndex(2)
    counted = {series.name: dict(zip(series.days, series.values, strict=True)) for series in charts.series}
    assert (counted["Sessions done"][PROGRAM_START], counted["Partly done"][PROGRAM_START]) == (1, 1)
    assert counted["Sessions planned"][PROGRAM_START] == 3


def test_a_finding_about_days_gone_is_listed_behind_you_and_marks_no_day(
        qtbot: QtBot, live: LiveWorkspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Wednesday, "Monday 17:30 and Tuesday 17:30 are only 24 hours apart" still stood among the problems, with a
    warning on both days, though no fix may change them (domain.past.Past): a coach reads it as the week lived."""
    from glueplan.domain.commands import MoveSession
    from glueplan.domain.plan import Weekday
    from glueplan.ui.settings.theme import MUTED_TEXT
    from glueplan.ui.week.page import FINDING_ROLE

    live.apply(MoveSession(0, 1, Weekday.TUE))  # Workout 2 on Tuesday: a Monday/Tuesday conflict
    page = week_page(qtbot, live, monkeypatch, MON)  # on Monday, Tuesday is ahead: a problem still
    items = [page.findings.list.item(row) for row in range(page.findings.list.count())]
    assert "Behind you" not in [item.text() for item in items]
    assert page.calendar.headers[MON]._mark is not None
    monkeypatch.setattr("glueplan.app.clock.today", lambda: PROGRAM_START + timedelta(days=WED))
    page.set_week(0)  # shown anew on Wednesday
    items = [page.findings.list.item(row) for row in range(page.findings.list.count())]
    texts = [item.text() for item in items]
    heading = texts.index("Behind you")
    apart = next(row for row, text in enumerate(texts) if "only 24 hours apart" in text)
    assert apart > heading and not items[heading].flags() & Qt.ItemFlag.ItemIsSelectable
    assert items[apart].foreground().color() == items[heading].foreground().color() == MUTED_TEXT.on(page.palette())
    assert all(item.data(FINDING_ROLE) not in page.model.behind() for item in items[:heading])
    assert page.calendar.headers[MON]._mark is None and page.calendar.headers[TUE]._mark is None
    assert shown(page, MON)[2] == done_icon(Done.MISSED).cacheKey()  # its own mark, not the finding's
    page.findings.list.setCurrentRow(apart)
    assert "behind you" in page.findings.fix_text.text() and not page.findings.fix_button.isEnabled()


def test_a_session_before_the_program_was_made_is_not_marked_missed(qtbot: QtBot, live: LiveWorkspace,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Started on a Wednesday from that week's Monday (the Programs tab's "This week"), a program showed Monday's
    session missed at once, a session no one had been given."""
    made = datetime.combine(PROGRAM_START + timedelta(days=WED), time(12))
    live.open_program(live.workspace.repository.add_program(live.workspace.trainee_id, seed_000(), "seed-000",
                                                            made=made))
    page = week_page(qtbot, live, monkeypatch, FRI)
    assert "missed" not in session_index(page.model, MON).data()
    assert session_index(page.model, MON).data(Qt.ItemDataRole.DecorationRole) is None
    assert "missed" in session_index(page.model, WED).data()  # given that day, and not done
