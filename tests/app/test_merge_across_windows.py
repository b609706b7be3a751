"""Two windows (two stores, as two computers) editing one program on one database file: an edit refused because
the other saved first is made again on what the other saved when it acts on nothing the other changed, and stays
refused, with nothing written, when it does. Checked against a merge the test works out on its own, by the ids of
the sessions each edit changed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import time
from multiprocessing.synchronize import Barrier
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import event as tally
from hypothesis import strategies as st
from sqlalchemy import event

from glueplan.app.program_edits import EditProgram
from glueplan.app.workspace import Workspace, touched_weeks
from glueplan.domain.catalog import Prescription, RepRange
from glueplan.domain.commands import (
    AddExercise,
    AddSession,
    Change,
    EditPlanned,
    EditSession,
    MoveExercise,
    MoveSession,
    RemoveExercise,
    RemoveSession,
    SessionHead,
    new_session_head,
)
from glueplan.domain.language import Language
from glueplan.domain.plan import Program, Session, Week, Weekday
from glueplan.store.database import Store, open_store
from glueplan.store.errors import StaleProgram
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.conftest import identity, seed_000, workspace_on
from tests.domain.test_commands import CATALOG, P, changes
from tests.store.test_two_processes import run_two

# Changes that act on the sessions they name alone: two of these on different sessions must both be kept.
SESSION_LOCAL = (EditPlanned, RemoveExercise, RemoveSession, MoveSession, EditSession)


@pytest.fixture
def stores(database: str) -> Iterator[tuple[Store, Store]]:
    """Two stores on the one file: two windows, as two processes or computers have them."""
    first, second = open_store(database_url(database)), open_store(database_url(database))
    yield first, second
    first.close()
    second.close()


def windows_on(stores: tuple[Store, Store]) -> tuple[Workspace, Workspace]:
    """Two windows with a new two-week program open in both."""
    a, b = workspace_on(stores[0]), workspace_on(stores[1])
    program_id = a.repository.add_program(a.trainee_id, seed_000())
    a.load_program(program_id)
    b.load_program(program_id)
    return a, b


def stored(window: Workspace) -> tuple[Program, int]:
    assert window.program_id is not None
    return window.repository.program_state(window.program_id)


@st.composite
def edits(draw: st.DrawFn, program: Program) -> Change:
    """Any change the week offers: those of the domain's own tests, and those aimed at a session by its place."""
    week = draw(st.integers(0, len(program.weeks) - 1))
    sessions = program.weeks[week].sessions
    aimed: list[st.SearchStrategy[Change]] = [
        st.builds(AddSession, st.just(week), st.sampled_from(list(Weekday)),
                  st.builds(SessionHead, st.sampled_from([time(7), time(17, 30)]), st.sampled_from(["", "Extra"])))]
    if sessions:
        session = st.integers(0, len(sessions) - 1)
        aimed += [st.builds(AddExercise, st.just(week), st.sampled_from(list(Weekday)),
                            st.sampled_from(sorted(CATALOG.exercises)), st.just(P), session, st.integers(0, 4)),
                  st.builds(EditSession, st.just(week), session, st.builds(SessionHead, st.just(time(6)),
                                                                           st.just("Early")))]
        filled = [(s, i) for s, one in enumerate(sessions) for i in range(len(one.items))]
        if filled:
            aimed.append(st.sampled_from(filled).flatmap(lambda place: st.builds(
                MoveExercise, st.just(week), st.just(place[0]), st.just(place[1]), st.just(Weekday.MON), session,
                st.integers(0, 4), st.booleans())))
    return draw(st.one_of(changes(program), *aimed))


def rows(session: Session) -> tuple[Any, ...]:
    return session.id, session, tuple(item.id for item in session.items)


def touched(base: Program, ours: Program) -> set[int | None]:
    """The ids of the sessions of ``base`` that ``ours`` changed or took out."""
    left = {s.id: rows(s) for week in ours.weeks for s in week.sessions}
    return {s.id for week in base.weeks for s in week.sessions if left.get(s.id) != rows(s)}


def merged(base: Program, ours: Program, theirs: Program) -> Program:
    """Our step from ``base`` made on ``theirs`` session by session: a session we changed or took out as we left
    it, the new ones after theirs; the rest, weeks added included, as they have it."""
    weeks = []
    for n in range(max(len(ours.weeks), len(theirs.weeks))):
        if n >= len(base.weeks):
            weeks.append(ours.weeks[n] if n < len(ours.weeks) else theirs.weeks[n])
            continue
        b, o, t = base.weeks[n], ours.weeks[n], theirs.weeks[n]
        before = {s.id: s for s in b.sessions}
        kept = {s.id for s in o.sessions}
        changed = {s.id: s for s in o.sessions if s.id in before and rows(s) != rows(before[s.id])}
        sessions = [changed.get(s.id, s) for s in t.sessions if s.id not in before or s.id in kept]
        weeks.append(Week(tuple(sessions) + tuple(s for s in o.sessions if s.id not in before),
                          o.deload if o.deload != b.deload else t.deload))
    return replace(theirs, weeks=tuple(weeks))


def known(program: Program, *others: Program) -> Any:
    """``identity`` with the ids of rows made since ``others`` left out (the database gave them)."""
    sessions = {s.id for p in others for week in p.weeks for s in week.sessions}
    items = {i.id for p in others for week in p.weeks for s in week.sessions for i in s.items}
    return identity(replace(program, weeks=tuple(
        replace(week, sessions=tuple(replace(s, id=s.id if s.id in sessions else None, items=tuple(
            replace(i, id=i.id if i.id in items else None) for i in s.items)) for s in week.sessions))
        for week in program.weeks)))


def commits(store: Store) -> list[None]:
    """A list that grows by one with each transaction the store commits (its reads end in a rollback)."""
    made: list[None] = []
    event.listen(store.engine, "commit", lambda _connection: made.append(None))
    return made


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink])  # explained, a failure took minutes
@given(data=st.data())
def test_edits_from_two_windows_are_merged_or_refused_and_nothing_is_lost(stores: tuple[Store, Store],
                                                                          data: st.DataObject) -> None:
    """A few edits, each from either window (neither catching up but when an edit is refused or made again):
    each is saved as it was made, made again on what the other saved (one transaction, one version, its rules
    report whole), or refused with nothing written and the other's program shown. Made again, it is the merge
    of the two by session; refused, it touched a session the other changed or was not aimed at sessions alone.
    Then each window undoes its steps, as its Undo offers them: the steps made before a refusal or a merge are
    gone, as the window drops them; a window whose copy is current gets back exactly the state before its step."""
    windows = windows_on(stores)
    saves = [commits(store) for store in stores]
    history: dict[int, list[tuple[EditProgram, Program]]] = {0: [], 1: []}
    for who in data.draw(st.lists(st.sampled_from([0, 1]), min_size=2, max_size=4), label="windows"):
        window = windows[who]
        assert window.program is not None
        view, (theirs, version) = window.program, stored(window)
        change = data.draw(edits(view), label=f"window {who}")
        ours = change.apply(view)
        if not touched_weeks(view, ours):
            continue  # no edit: no write, nothing asked of the database (Workspace.execute)
        command = EditProgram(change, "edit")
        stale, committed = window.version != version, len(saves[who])
        try:
            changed = window.execute(command)
        except StaleProgram:
            assert stale and identity(stored(window)[0]) == identity(theirs) == identity(window.program)  # none written
            assert not (aimed_at_sessions(change) and acted_on(change, view, ours).isdisjoint(touched(view, theirs)))
            history[who].clear()  # as the window drops its steps made on the copy before
            tally("refused")
            continue
        now, now_version = stored(window)
        assert identity(window.program) == identity(now) and window.report == window.validate(now)
        assert known(now, view, theirs) == known(merged(view, ours, theirs), view, theirs)
        if not changed:  # made again, it changed nothing: no write, no step
            assert stale and identity(now) == identity(theirs) and len(saves[who]) == committed
            continue
        assert now_version == version + 1 and len(saves[who]) == committed + 1
        tally("made again" if stale else "saved")
        if stale:
            assert touched(view, ours).isdisjoint(touched(view, theirs))
            history[who].clear()
        history[who].append((command, theirs))
    for who in data.draw(st.permutations([0, 1]), label="undone by"):
        window = windows[who]
        while history[who]:
            command, before = history[who].pop()
            now, version = stored(window)
            current = window.version == version
            try:
                window.revert(command)
            except StaleProgram:
                assert not current
                assert identity(stored(window)[0]) == identity(now) == identity(window.program)
                history[who].clear()
                tally("an undo refused")
                continue
            tally("an undo done")
            assert current and identity(stored(window)[0]) == identity(before) == identity(window.program)


def acted_on(change: Change, view: Program, ours: Program) -> set[int | None]:
    """The sessions the change changed or took out, and the one a copy is made from."""
    read = {view.weeks[change.week].sessions[change.session].id} if isinstance(change, MoveExercise) else set()
    return touched(view, ours) | read


def aimed_at_sessions(change: Change) -> bool:
    """Whether the change acts on the sessions it names alone (not on a day, a week's titles or whole weeks)."""
    return isinstance(change, SESSION_LOCAL) or (isinstance(change, AddExercise) and change.session is not None) or (
        isinstance(change, MoveExercise) and change.to_session is not None)


def test_an_edit_of_monday_is_made_on_a_clamshell_added_on_tuesday_elsewhere(stores: tuple[Store, Store]) -> None:
    """The clinic's walk: B's change to Monday was refused, and retyped, because A had added a clamshell on
    Tuesday. It is made on A's program now, in one transaction, its rules report whole, and B's undo takes
    back B's change alone."""
    a, b = windows_on(stores)
    a.execute(EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "A"))
    theirs, version = stored(a)
    b_saves = commits(stores[1])
    edit = EditProgram(EditPlanned(0, 0, 0, Prescription(5, RepRange(5, 5), 1, 240)), "B")
    changed = b.execute(edit)
    assert edit.took_in is not None and edit.took_in.params["saved_by"]
    assert changed.weeks == {0} and len(b_saves) == 1
    now, now_version = stored(b)
    assert now_version == version + 1 and identity(now) == identity(b.program)
    assert [i.exercise_id for s in now.weeks[0].sessions if s.day == Weekday.TUE for i in s.items] == ["clamshell"]
    assert now.weeks[0].sessions[0].items[0].prescription.sets == 5
    assert b.report == b.validate(now)
    b.revert(edit)
    assert identity(stored(b)[0]) == identity(theirs)


def test_an_edit_is_made_on_the_session_it_was_aimed_at_when_the_sessions_moved_up(stores: tuple[Store, Store]) -> None:
    """A removes Monday's session: Friday's is the second of the week now, not the third. B's change to Friday,
    made on the copy before, changes Friday's session, not the one in its old place."""
    a, b = windows_on(stores)
    friday = b.program.weeks[0].sessions[2] if b.program else None
    a.execute(EditProgram(RemoveSession(0, 0), "A"))
    edit = EditProgram(EditSession(0, 2, SessionHead(time(7), "Friday early")), "B")
    b.execute(edit)
    now, _version = stored(b)
    assert edit.took_in is not None and friday is not None
    assert [(s.id, s.title) for s in now.weeks[0].sessions] == [(now.weeks[0].sessions[0].id, "Workout 2"),
                                                                (friday.id, "Friday early")]


@pytest.mark.parametrize("theirs", [EditPlanned(0, 0, 1, Prescription(4, RepRange(6, 8), 2, 120)),
                                    AddExercise(0, Weekday.MON, "clamshell", P)])
def test_an_edit_of_a_session_changed_elsewhere_stays_refused(stores: tuple[Store, Store], theirs: Change) -> None:
    """A changed Monday's session (an exercise's dose, or one more exercise in it), B removes an exercise of
    it from the copy before: refused as before, nothing written, A's program shown."""
    a, b = windows_on(stores)
    a.execute(EditProgram(theirs, "A"))
    before, version = stored(a)
    edit = EditProgram(RemoveExercise(0, 0, 0), "B")
    with pytest.raises(StaleProgram, match="please make it again"):
        b.execute(edit)
    now, now_version = stored(b)
    assert (now_version, identity(now)) == (version, identity(before)) and identity(b.program) == identity(before)


def test_a_session_titled_among_the_weeks_sessions_stays_refused_when_they_changed(stores: tuple[Store, Store]) -> None:
    """A starts Workout 4 on Saturday; B, from the copy before, starts a session on Sunday, titled Workout 4 among
    the sessions B saw. Made again it would be a second Workout 4: refused, B's next try is titled among A's."""
    a, b = windows_on(stores)
    assert a.program is not None and b.program is not None
    a.execute(EditProgram(AddSession(0, Weekday.SAT, new_session_head(a.program.weeks[0], Language.EN, Weekday.SAT)),
                          "A"))
    sunday = new_session_head(b.program.weeks[0], Language.EN, Weekday.SUN)
    with pytest.raises(StaleProgram):
        b.execute(EditProgram(AddSession(0, Weekday.SUN, sunday), "B"))
    assert sunday.title == "Workout 4" and new_session_head(b.program.weeks[0], Language.EN, Weekday.SUN).title == (
        "Workout 5")


ROUNDS = 15


def edit_own_day(db: str, program_id: int, worker: int, start: Barrier, out: Any) -> None:
    """One window in a process of its own, changing its day's session from the copy it shows (never catching
    up but when a save is refused), as the other changes another day at the same moment; reports how many of
    its edits were made again on the other's save, and how many were refused."""
    store = open_store(database_url(db))
    window = workspace_on(store)
    window.load_program(program_id)
    day, made_again, refused = (Weekday.MON, Weekday.FRI)[worker], 0, 0
    for n in range(ROUNDS):
        start.wait(timeout=60)  # both edit from the same version at the same moment: one of them is saved second
        assert window.program is not None
        session = next(i for i, s in enumerate(window.program.weeks[0].sessions) if s.day == day)
        edit, read_at = EditProgram(EditPlanned(0, session, 0, Prescription(n + 1, RepRange(8, 10), 2, 120)), "edit"), \
            window.version
        try:
            window.execute(edit)
        except StaleProgram:
            refused += 1
            continue
        made_again += window.version > read_at + 1  # saved on the other's version
    store.close()
    out.put((made_again, refused))


def test_two_processes_editing_different_days_of_one_program_lose_nothing(database: str) -> None:
    """Two processes, each round an edit from each at once: none is refused, one at least of each round's two
    is made again on the other's save, each a version of its own, and both days end as their last edit left
    them."""
    repository = Repository(open_store(database_url(database)))
    a = workspace_on(repository.store)
    program_id = repository.add_program(a.trainee_id, seed_000())
    results = run_two(edit_own_day, database, program_id)
    program, version = repository.program_state(program_id)
    assert [refused for _made_again, refused in results] == [0, 0]
    assert sum(made_again for made_again, _refused in results) >= ROUNDS
    assert version == 2 * ROUNDS
    assert [s.items[0].prescription.sets for s in program.weeks[0].sessions] == [ROUNDS, 2, ROUNDS]
    assert program.weeks[1] == seed_000().weeks[1]
    repository.store.close()
