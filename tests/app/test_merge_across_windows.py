"""Two windows (two stores, as two computers) editing one program on one database file: an edit refused because
the other saved first is made again on what the other saved when it acts on nothing the other changed, and stays
refused, with nothing written, when it does. Checked against a merge the test works out on its own, by the ids of
the sessions each edit changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import time
from multiprocessing.synchronize import Barrier
from typing import Any

from msgspec.structs import replace
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from sqlalchemy import event

from glueplan.app.elsewhere import catch_up
from glueplan.app.program_edits import REPLAYS, EditProgram
from glueplan.app.workspace import Workspace, touched_weeks
from glueplan.domain.catalog import Prescription, RepRange
from glueplan.domain.commands import (
    AddExercise,
    AddSession,
    Change,
    CopyWeekForward,
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
from glueplan.store.repository import ProgramDetails, Repository
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


def tally(what: str) -> None:
    """Count what came of an act in Hypothesis's statistics; a plain test playing the same acts counts nothing."""
    if currently_in_test_context():
        hypothesis_event(what)


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
    """Our step from ``base`` made on ``theirs`` session by session: a session we changed, took out or brought
    back as we left it, the rest as they have it; in our order where their week holds the sessions of ``base``
    (ours new after them), else in theirs. Weeks as they have them, but those we added or took out."""
    weeks = []
    for n in range(len(theirs.weeks) if len(ours.weeks) == len(base.weeks) else len(ours.weeks)):
        if n >= len(base.weeks):
            weeks.append(ours.weeks[n] if n < len(ours.weeks) else theirs.weeks[n])
            continue
        b, o, t = base.weeks[n], ours.weeks[n], theirs.weeks[n]
        before = {s.id: s for s in b.sessions}
        kept = {s.id for s in o.sessions}
        changed = {s.id: s for s in o.sessions if s.id in before and rows(s) != rows(before[s.id])}
        if [s.id for s in t.sessions] == [s.id for s in b.sessions]:
            present = {s.id: s for s in t.sessions}
            sessions = tuple(present[s.id] if s.id in before and s.id not in changed else s for s in o.sessions)
        else:
            sessions = tuple(changed.get(s.id, s) for s in t.sessions if s.id not in before or s.id in kept) + tuple(
                s for s in o.sessions if s.id not in before)
        weeks.append(Week(sessions, o.deload if o.deload != b.deload else t.deload))
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


@dataclass
class Made:
    """A step a window made, with the program as stored before it and after it (as last done or undone)."""

    command: EditProgram
    undone: Program
    done: Program


@dataclass
class Window:
    """A window and its plan's history as the window keeps it (ui/shared/live_workspace.py): the steps to undo,
    newest last, and those to redo, next last; every commit of its store counted."""

    workspace: Workspace
    saves: list[None]
    done: list[Made] = field(default_factory=list)
    undone: list[Made] = field(default_factory=list)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink])  # explained, a failure took minutes
@given(data=st.data())
def test_edits_undos_and_redos_from_two_windows_are_merged_or_refused_and_nothing_is_lost(
        stores: tuple[Store, Store], data: st.DataObject) -> None:
    """A few edits, undos and redos, each from either window (neither catching up but when a save is refused or
    made again, or when the window looks, as every two seconds): each is saved as it was made, made again on what
    the other saved (one transaction, one version, its rules report whole), or refused with nothing written and
    the other's program shown. Made again, it is the merge of the two by session; refused, it touched a session
    the other changed or was not aimed at sessions alone. An undo or redo on a program stored as its step left
    it gives exactly the state before (after) its step, though the window's copy be behind the store. The steps stay
    through merges and refused edits; a refused undo or redo drops them. Then each window undoes what it can."""
    windows = [Window(window, commits(store)) for window, store in zip(windows_on(stores), stores)]
    acts = st.lists(st.tuples(st.sampled_from([0, 1]), st.sampled_from(["edit", "edit", "undo", "redo", "redo",
                                                                         "look"])), min_size=2, max_size=6)
    play(windows, data.draw(acts, label="steps"), lambda view, who: data.draw(edits(view), label=f"window {who}"))
    undo_all(windows, data.draw(st.permutations([0, 1]), label="undone by"))


MONDAY_THRUST = AddExercise(0, Weekday.MON, "b_stance_hip_thrust", P, head=SessionHead(time(17, 30), ""))


@pytest.mark.parametrize("acts", [[(0, "edit"), (1, "look"), (1, "edit"), (0, "look")],
                                  [(0, "edit"), (1, "edit"), (1, "edit"), (0, "edit")]])
def test_an_undo_from_a_window_behind_the_store_is_made_on_what_the_store_holds(
        stores: tuple[Store, Store], acts: list[tuple[int, str]]) -> None:
    """Both windows add a hip thrust to Monday; window 1 undoes its own, then window 0 its own, its copy still
    showing window 1's thrust. The store holds Monday as window 0's step left it: the undo takes the thrust back
    (found by Hypothesis: refused as stale from the window's old copy, which was not read again)."""
    windows = [Window(window, commits(store)) for window, store in zip(windows_on(stores), stores)]
    play(windows, acts, lambda _view, _who: MONDAY_THRUST)
    undo_all(windows, [1, 0])
    assert [len(window.undone) for window in windows] == [1, 1]  # each undone, none refused: both can redo
    assert stored(windows[0].workspace)[0].weeks == seed_000().weeks


def test_an_undo_refused_from_a_window_behind_the_store_shows_what_the_store_holds(
        stores: tuple[Store, Store]) -> None:
    """Window 0 adds a hip thrust to Monday, window 1 two more, window 0 looking between them. Window 0's undo would
    take Monday back to before window 1's thrusts: refused, and window 0 shows both of them, as the refusal says
    (it showed the first alone: the refusal was found on the window's copy, which was not read again)."""
    windows = [Window(window, commits(store)) for window, store in zip(windows_on(stores), stores)]
    play(windows, [(0, "edit"), (1, "look"), (1, "edit"), (0, "look"), (1, "edit")], lambda _view, _who: MONDAY_THRUST)
    take(windows[0], undoing=True)
    shown = windows[0].workspace.program
    assert windows[0].undone == [] and shown is not None
    assert [item.exercise_id for item in shown.weeks[0].sessions[0].items].count(MONDAY_THRUST.exercise_id) == 3


def test_an_undo_made_on_a_save_found_by_reading_again_says_it_took_that_save_in(stores: tuple[Store, Store]) -> None:
    """Window 0 adds a hip thrust to Monday; window 1 adds one too, undoes it and adds one on Friday, window 0 looking
    before the last two. Window 0's undo, refused on its copy, is made on the program read again: the Friday thrust
    stays, and the step says it took that save in, as one a refusal let through does (it said nothing: the window
    showed another's change unannounced)."""
    friday = AddExercise(0, Weekday.FRI, "b_stance_hip_thrust", P, head=SessionHead(time(17, 30), ""))
    windows = [Window(window, commits(store)) for window, store in zip(windows_on(stores), stores)]
    edits = iter([MONDAY_THRUST, MONDAY_THRUST, friday])
    play(windows, [(0, "edit"), (1, "look"), (1, "edit"), (0, "look"), (1, "undo"), (1, "edit")],
         lambda _view, _who: next(edits))
    command = windows[0].done[-1].command
    take(windows[0], undoing=True)
    shown = windows[0].workspace.program
    assert shown is not None and len(windows[0].undone) == 1 and command.took_in is not None
    friday_items = [item.exercise_id for session in shown.weeks[0].sessions if session.day == Weekday.FRI
                    for item in session.items]
    assert "b_stance_hip_thrust" in friday_items


def test_an_undo_is_made_on_a_program_a_week_longer(stores: tuple[Store, Store]) -> None:
    """Window 1 adds a hip thrust to Monday; window 0, from the copy before, copies week 2 forward: made again on
    window 1's save, a week 3. Window 1's undo takes its thrust back and keeps week 3; window 0's takes week 3
    out (found by Hypothesis: an IndexError, the step took the weeks after its own from its own states)."""
    windows = [Window(window, commits(store)) for window, store in zip(windows_on(stores), stores)]
    play(windows, [(1, "edit"), (0, "edit")], lambda _view, who: (CopyWeekForward(1), MONDAY_THRUST)[who])
    undo_all(windows, [1, 0])
    assert [len(window.undone) for window in windows] == [1, 1]
    assert stored(windows[0].workspace)[0].weeks == seed_000().weeks


def play(windows: list[Window], acts: list[tuple[int, str]], edit_for: Callable[[Program, int], Change]) -> None:
    """Each act by the window it names, checked: an edit (``edit_for`` what the window shows), an undo or a redo
    (when the window has one), or a look."""
    for who, act in acts:
        window = windows[who]
        if act == "look":
            catch_up(window.workspace)
        elif act == "edit":
            edit(window, edit_for, who)
        elif window.done if act == "undo" else window.undone:
            take(window, undoing=act == "undo")


def undo_all(windows: list[Window], order: list[int]) -> None:
    """Each window in ``order`` undoes every step it can, checked."""
    for who in order:
        while windows[who].done:
            take(windows[who], undoing=True)


def edit(window: Window, edit_for: Callable[[Program, int], Change], who: int) -> None:
    """An edit made for what the window shows, checked."""
    workspace = window.workspace
    assert workspace.program is not None
    view, (theirs, version) = workspace.program, stored(workspace)
    change = edit_for(view, who)
    ours = change.apply(view)
    if not touched_weeks(view, ours):
        return  # no edit: no write, nothing asked of the database (Workspace.execute)
    command = EditProgram(change, "edit")
    stale, committed = workspace.version != version, len(window.saves)
    try:
        changed = workspace.execute(command)
    except StaleProgram:
        assert stale and identity(stored(workspace)[0]) == identity(theirs) == identity(workspace.program)  # unwritten
        assert not (aimed_at_sessions(change) and acted_on(change, view, ours).isdisjoint(touched(view, theirs)))
        tally("an edit refused")
        return
    now, now_version = stored(workspace)
    assert identity(workspace.program) == identity(now) and workspace.report == workspace.validate(now)
    assert known(now, view, theirs) == known(merged(view, ours, theirs), view, theirs)
    if not changed:  # made again, it changed nothing: no write, no step
        assert stale and identity(now) == identity(theirs) and len(window.saves) == committed
        return
    assert now_version == version + 1 and len(window.saves) == committed + 1
    assert not stale or touched(view, ours).isdisjoint(touched(view, theirs))
    tally("an edit made again" if stale else "an edit saved")
    window.done.append(Made(command, theirs, now))
    window.undone.clear()


def take(window: Window, undoing: bool) -> None:
    """Undo the window's last step, or redo its next, checked as an edit is: an undo is the edit from what the
    step left back to what it found, a redo the other way."""
    workspace, made = window.workspace, (window.done if undoing else window.undone).pop()
    base, ours = (made.done, made.undone) if undoing else (made.undone, made.done)
    theirs, version = stored(workspace)
    current, committed, kind = identity(theirs) == identity(base), len(window.saves), "an undo" if undoing else "a redo"
    try:
        (workspace.revert if undoing else workspace.execute)(made.command)
    except StaleProgram:
        assert not current and identity(stored(workspace)[0]) == identity(theirs) == identity(workspace.program)
        assert not (session_local(base, ours) and touched(base, ours).isdisjoint(touched(base, theirs)))
        window.done.clear()  # as the window drops its steps (LiveWorkspace.step_failed)
        window.undone.clear()
        tally(f"{kind} refused")
        return
    now, now_version = stored(workspace)
    assert identity(workspace.program) == identity(now) and workspace.report == workspace.validate(now)
    assert now_version == version + 1 and len(window.saves) == committed + 1
    if current:
        assert identity(now) == identity(ours)
    else:
        assert touched(base, ours).isdisjoint(touched(base, theirs))
        assert known(now, base, ours, theirs) == known(merged(base, ours, theirs), base, ours, theirs)
    made.undone, made.done = (now, theirs) if undoing else (theirs, now)
    (window.undone if undoing else window.done).append(made)
    tally(f"{kind} done" if current else f"{kind} made again")


def session_local(base: Program, ours: Program) -> bool:
    """Whether a step changes or takes out sessions of ``base`` alone: no week or session added, brought back or
    taken out, no deload mark changed."""
    return len(base.weeks) == len(ours.weeks) and all(
        b.deload == o.deload and {s.id for s in o.sessions} <= {s.id for s in b.sessions}
        for b, o in zip(base.weeks, ours.weeks))


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


FIVE_BY_FIVE = Prescription(5, RepRange(5, 5), 1, 240)


def test_an_undo_and_redo_of_monday_are_made_on_changes_elsewhere_to_other_sessions(
        stores: tuple[Store, Store]) -> None:
    """B changes Monday's squat; A, after it, adds a clamshell on Tuesday. B's Ctrl+Z, on the copy before A's change,
    was refused as stale. It takes back B's change alone, in one transaction, A's clamshell kept (said: took_in);
    A changes Friday, and B's redo puts B's change back beside both of A's, the rules report whole. Once A has
    changed Monday's hip thrust, B's undo would take Monday back to what B saw: refused, nothing written, A's
    program shown."""
    a, b = windows_on(stores)
    edit = EditProgram(EditPlanned(0, 0, 0, FIVE_BY_FIVE), "B")
    b.execute(edit)
    catch_up(a)
    a.execute(EditProgram(AddExercise(0, Weekday.TUE, "clamshell", P), "A"))
    theirs, version = stored(a)
    b_saves = commits(stores[1])
    b.revert(edit)
    now, now_version = stored(b)
    assert edit.took_in is not None and len(b_saves) == 1 and now_version == version + 1
    assert identity(now) == identity(b.program) and b.report == b.validate(now)
    squat = seed_000().weeks[0].sessions[0].items[0].prescription
    assert identity(now) == identity(EditPlanned(0, 0, 0, squat).apply(theirs))  # the ids kept
    a.execute(EditProgram(EditPlanned(0, 2, 0, FIVE_BY_FIVE), "A"))
    b.execute(edit)
    now, _version = stored(b)
    assert edit.took_in is not None and len(b_saves) == 2 and b.report == b.validate(now)
    assert [s.items[0].prescription for s in now.weeks[0].sessions if s.day in (Weekday.MON, Weekday.FRI)] == [
        FIVE_BY_FIVE] * 2
    assert [i.exercise_id for s in now.weeks[0].sessions if s.day == Weekday.TUE for i in s.items] == ["clamshell"]
    catch_up(a)
    a.execute(EditProgram(EditPlanned(0, 0, 1, FIVE_BY_FIVE), "A"))
    before, version = stored(a)
    with pytest.raises(StaleProgram, match="please make it again"):
        b.revert(edit)
    assert stored(b) == (before, version) and identity(b.program) == identity(before) and len(b_saves) == 2


def test_an_undone_removal_brings_the_session_back_while_the_week_holds_the_sessions_it_had(
        stores: tuple[Store, Store]) -> None:
    """B removes Wednesday's session; A changes Monday's, and week 2. B's undo brings Wednesday back under its
    ids, in its place, with A's changes kept; its redo takes it out again. Once A has started a session on
    Thursday, the week holds other sessions than the ones B's Wednesday took its title among: B's undo is
    refused, nothing written, and B shows A's program."""
    a, b = windows_on(stores)
    assert b.program is not None
    wednesday = b.program.weeks[0].sessions[1]
    remove = EditProgram(RemoveSession(0, 1), "B")
    b.execute(remove)
    catch_up(a)
    a.execute(EditProgram(EditPlanned(0, 0, 0, FIVE_BY_FIVE), "A"))
    a.execute(EditProgram(EditPlanned(1, 1, 0, FIVE_BY_FIVE), "A"))
    before, _version = stored(a)
    b.revert(remove)
    week = before.weeks[0]
    assert identity(stored(b)[0]) == identity(replace(before, weeks=(
        replace(week, sessions=(week.sessions[0], wednesday, *week.sessions[1:])), *before.weeks[1:])))
    catch_up(a)
    a.execute(EditProgram(EditPlanned(0, 2, 0, FIVE_BY_FIVE), "A"))
    theirs, _version = stored(a)
    b.execute(remove)
    assert identity(stored(b)[0]) == identity(RemoveSession(0, 1).apply(theirs))
    catch_up(a)
    a.execute(EditProgram(AddSession(0, Weekday.THU, SessionHead(time(7), "Extra")), "A"))
    before, version = stored(a)
    with pytest.raises(StaleProgram, match="please make it again"):
        b.revert(remove)
    assert stored(b) == (before, version) and identity(b.program) == identity(before)


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


def test_an_edit_refused_again_and_again_by_renames_elsewhere_stays_refused(stores: tuple[Store, Store]) -> None:
    """A renames the program between each of B's reads and its save: the rows are as B saw them, so B's edit was
    tried again and again without spending a replay, as long as A kept saving (failed before: made at the 11th
    save, when the test's A stops). It is refused after REPLAYS retries, nothing of it written."""
    a, b = windows_on(stores)
    assert a.program_id is not None
    before, _version = stored(a)
    saves, save = [], b.repository.save_program_edit

    def renamed_first(*args: Any, **kwargs: Any) -> Any:
        """A's rename lands just before each of B's saves (ten of them: the loop before the fix ends)."""
        saves.append(None)
        if len(saves) <= 10:
            name = a.repository.program_overview(a.trainee_id)[-1].name
            a.repository.update_program_details(a.program_id, ProgramDetails(name, seed_000().start),
                                                ProgramDetails(f"Renamed {len(saves)}", seed_000().start))
        return save(*args, **kwargs)

    b.repository.save_program_edit = renamed_first  # type: ignore[method-assign]
    with pytest.raises(StaleProgram, match="please make it again"):
        b.execute(EditProgram(EditPlanned(0, 0, 0, FIVE_BY_FIVE), "B"))
    now, _version = stored(a)
    assert len(saves) == REPLAYS + 1 and now.weeks == before.weeks and now.name == f"Renamed {REPLAYS + 1}"


ROUNDS = 15
UNDONE = 5


def edit_own_day(db: str, program_id: int, worker: int, start: Barrier, out: Any) -> None:
    """One window in a process of its own, changing its day's session from the copy it shows (never catching
    up but when a save is refused), as the other changes another day at the same moment, then undoing its last
    edits as the other undoes its own; reports how many of its edits, and of its undos, were made again on the
    other's save, and how many were refused."""
    store = open_store(database_url(db))
    window = workspace_on(store)
    window.load_program(program_id)
    day, made, counts = (Weekday.MON, Weekday.FRI)[worker], [], [0, 0, 0, 0]
    for n in range(ROUNDS + UNDONE):
        start.wait(timeout=60)  # both save from the same version at the same moment: one of them is saved second
        assert window.program is not None
        undoing, read_at = n >= ROUNDS, window.version
        if undoing:
            step = made.pop()
        else:
            session = next(i for i, s in enumerate(window.program.weeks[0].sessions) if s.day == day)
            step = EditProgram(EditPlanned(0, session, 0, Prescription(n + 1, RepRange(8, 10), 2, 120)), "edit")
        try:
            (window.revert if undoing else window.execute)(step)
        except StaleProgram:
            counts[2 * undoing + 1] += 1
            continue
        made += [] if undoing else [step]
        counts[2 * undoing] += window.version > read_at + 1  # saved on the other's version
    store.close()
    out.put(tuple(counts))


def test_two_processes_editing_different_days_of_one_program_lose_nothing(database: str) -> None:
    """Two processes, each round an edit from each at once: none is refused, one at least of each round's two
    is made again on the other's save, each a version of its own, and both days end as their last edit left
    them. Then each undoes its last edits, at once: as many, from the copy before the other's undo (refused as
    stale before, and the steps dropped)."""
    repository = Repository(open_store(database_url(database)))
    a = workspace_on(repository.store)
    program_id = repository.add_program(a.trainee_id, seed_000())
    results = run_two(edit_own_day, database, program_id)
    program, version = repository.program_state(program_id)
    assert [(refused, undo_refused) for _made_again, refused, _undo_made_again, undo_refused in results] == [(0, 0)] * 2
    assert sum(made_again for made_again, *_others in results) >= ROUNDS
    assert sum(undo_made_again for _made_again, _refused, undo_made_again, _undo_refused in results) >= UNDONE
    assert version == 2 * (ROUNDS + UNDONE)
    assert [s.items[0].prescription.sets for s in program.weeks[0].sessions] == [ROUNDS - UNDONE, 2, ROUNDS - UNDONE]
    assert program.weeks[1] == seed_000().weeks[1]
    repository.store.close()
