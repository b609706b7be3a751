"""The log's sums in SQL, against a hand-built history."""

from __future__ import annotations

import itertools
import random
import tracemalloc
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, insert, select, text

from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.log import KG_PER_LB, LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store
from glueplan.store.history import (
    HistoryFilter,
    HistoryIds,
    HistoryKey,
    HistoryOrder,
    SortColumn,
    exercise_days,
    exercise_progress,
    history_page,
    history_rows,
    training_days_per_week,
    weekly_hard_sets,
)
from glueplan.store.repository import Repository
from glueplan.store.schema import LoggedSetRow
from glueplan.store.set_identity import new_identity
from glueplan.store.synthetic_log import fill_log

ORDERS = [HistoryOrder(by, descending) for by in SortColumn for descending in (True, False)]


@pytest.fixture
def logged(repository: Repository) -> int:
    """Two weeks of training, by hand: week of Mon 16 Nov 2026 and week of Mon 23 Nov 2026."""
    trainee_id = repository.add_trainee(Trainee("Ida"))
    sets = [
        # Monday 16 Nov: squats (GMax 1.0) and clamshells (activation: not hard)
        LoggedSet("back_squat", datetime(2026, 11, 16, 18, 0), 100, 8, 2),
        LoggedSet("back_squat", datetime(2026, 11, 16, 18, 5), 100, 6, 0),
        LoggedSet("back_squat", datetime(2026, 11, 16, 18, 10), 60, 15, 1),   # > 12 reps: no e1RM; at RIR 1: hard
        LoggedSet("clamshell", datetime(2026, 11, 16, 18, 20), 0, 20, 3),
        # Sunday 22 Nov (same week): cable hip abduction (GMax 0.5), one set at RIR 6 (not hard)
        LoggedSet("cable_hip_abduction", datetime(2026, 11, 22, 9, 0), 10, 15, 1),
        LoggedSet("cable_hip_abduction", datetime(2026, 11, 22, 9, 2), 10, 15, 6),
        # Monday 23 Nov: squats again, RIR not recorded (counts as hard)
        LoggedSet("back_squat", datetime(2026, 11, 23, 7, 30), 105, 8, None),
    ]
    for s in sets:
        repository.log_set(trainee_id, s)
    return trainee_id


def test_weekly_hard_sets_weigh_sets_by_muscle_and_skip_easy_and_activation_work(store: Store, logged: int) -> None:
    assert weekly_hard_sets(store, logged, "gluteus_maximus") == [(date(2026, 11, 16), 3.5), (date(2026, 11, 23), 1.0)]
    assert weekly_hard_sets(store, logged, "gluteus_medius") == [(date(2026, 11, 16), 1.0)]
    assert weekly_hard_sets(store, logged, "gluteus_maximus", since=date(2026, 11, 20)) == [
        (date(2026, 11, 16), 0.5), (date(2026, 11, 23), 1.0)]


def test_exercise_days_give_e1rm_top_set_and_volume(store: Store, logged: int) -> None:
    (first, second) = exercise_days(store, logged, "back_squat")
    assert first.day == date(2026, 11, 16)
    assert first.e1rm_kg == pytest.approx(100 * (1 + 10 / 30))  # 8 reps at RIR 2 beats 6 at RIR 0 (120)
    assert first.top_kg == 100 and first.volume_kg == 800 + 600 + 900 and first.sets == 3
    assert second.e1rm_kg == pytest.approx(105 * (1 + 8 / 30))


def test_warm_up_sets_count_for_neither_hard_sets_nor_progress(store: Store, repository: Repository,
                                                               logged: int) -> None:
    heavy_warm_up = LoggedSet("back_squat", datetime(2026, 11, 23, 7, 20), 140, 3, 1, warm_up=True)
    repository.log_set(logged, heavy_warm_up)
    assert weekly_hard_sets(store, logged, "gluteus_maximus")[-1] == (date(2026, 11, 23), 1.0)
    latest = exercise_days(store, logged, "back_squat")[-1]
    assert (latest.top_kg, latest.volume_kg, latest.sets) == (105, 105 * 8, 1)
    assert latest.e1rm_kg == pytest.approx(105 * (1 + 8 / 30))
    assert repository.logged_sets(logged, "back_squat")[-2] == heavy_warm_up


def test_a_warm_up_no_file_marked_is_no_hard_set_nor_is_the_day_of_another_exercise_or_trainee(
        store: Store, repository: Repository) -> None:
    """A Strong log marks no warm-ups and leaves the RPE empty: the 50 % set before each lift's work sets is
    ramp-up (under 90 % of that day's top load of the exercise, domain.recovery.counted_sets), not a hard set.
    The top is the same trainee's, day's and exercise's: 50 kg of hip thrust is work on a day of 100 kg squats,
    60 kg of squat on a day the other trainee squatted 100, and 108 of 120 lb of squat whatever kg rounding. A
    lighter set with its RIR said is judged by it: a back-off set at RIR 1 ended 1 rep short of failure."""
    lifter, other = repository.add_trainee(Trainee("Lifter")), repository.add_trainee(Trainee("Other"))
    monday = datetime(2026, 11, 23, 18)
    for minute, (exercise, load) in enumerate([("back_squat", 50), ("back_squat", 100), ("back_squat", 100),
                                               ("barbell_hip_thrust", 50), ("barbell_hip_thrust", 50)]):
        repository.log_set(lifter, LoggedSet(exercise, monday.replace(minute=minute), load, 8))
    repository.log_set(other, LoggedSet("back_squat", monday, 100, 8))
    repository.log_set(lifter, LoggedSet("back_squat", monday.replace(day=24), 60, 8))  # a day of its own: work
    repository.log_set(lifter, LoggedSet("back_squat", monday.replace(day=25, minute=0), 108 * KG_PER_LB, 8))
    repository.log_set(lifter, LoggedSet("back_squat", monday.replace(day=25, minute=1), 120 * KG_PER_LB, 8))
    assert weekly_hard_sets(store, lifter, "gluteus_maximus") == [(date(2026, 11, 23), 2 + 2 + 1 + 2)]
    assert weekly_hard_sets(store, lifter, "gluteus_maximus", since=date(2026, 11, 24)) == [(date(2026, 11, 23), 3)]
    repository.log_set(lifter, LoggedSet("back_squat", monday.replace(minute=9), 70, 12, 1))  # a back-off set
    repository.log_set(lifter, LoggedSet("back_squat", monday.replace(minute=10), 50, 12, 5))  # said to be easy
    assert weekly_hard_sets(store, lifter, "gluteus_maximus") == [(date(2026, 11, 23), 2 + 2 + 1 + 2 + 1)]


@pytest.mark.parametrize(("exercise_id", "loads", "by_reps", "queries"), [
    ("back_squat", [100.0], False, 1),  # loaded as catalogued: the loads' query alone
    ("clamshell", [0.0], True, 1),  # without load as catalogued: the reps' query alone
    ("reverse_lunge", [0.0], True, 2),  # catalogued with a dumbbell, done without: asked both ways
    ("glute_bridge", [0.0, 60.0], False, 2),  # catalogued with the body, done on a barbell once
    ("back_squat", [], False, 1),  # nothing logged: as catalogued
    ("glute_bridge", [], True, 1),
])
def test_an_exercise_is_charted_by_load_or_reps_in_one_query_where_the_catalogue_guesses_right(
        store: Store, repository: Repository, exercise_id: str, loads: list[float], by_reps: bool,
        queries: int) -> None:
    """A loaded chart waits for no sums of reps (one query of both took 1.2 ms more for 10 years of
    squats); an exercise done without load is asked for its reps, with its top load to tell it by."""
    trainee = repository.add_trainee(Trainee("Ida"))
    for minute, load in enumerate(loads):
        repository.log_set(trainee, LoggedSet(exercise_id, datetime(2026, 11, 23, 18, minute), load, 12, 2))
    selects = []

    def on_execute(_connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        selects.extend([statement] if statement.lstrip().upper().startswith("SELECT") else [])

    event.listen(store.engine, "before_cursor_execute", on_execute)
    try:
        progress = exercise_progress(store, trainee, builtin_catalog().exercise(exercise_id))
    finally:
        event.remove(store.engine, "before_cursor_execute", on_execute)
    assert (progress.reps is not None, progress.loads is not None) == (by_reps, not by_reps)
    assert len(selects) == queries
    if loads:
        shown = progress.reps if progress.reps is not None else progress.loads
        assert shown is not None and shown[0].top_kg == max(loads)


def test_training_days_per_week_count_days(store: Store, logged: int) -> None:
    assert training_days_per_week(store, logged) == [(date(2026, 11, 16), 2), (date(2026, 11, 23), 1)]


@dataclass
class Work:
    sent: list[tuple[str, Any]] = field(default_factory=list)  # statements and their arguments
    steps: int = 0  # SQLite's virtual machine instructions


@contextmanager
def sqlite_work(store: Store) -> Iterator[Work]:
    """What the statements run inside the block were, and how many steps SQLite took for them."""
    work = Work()
    watched = []

    def step() -> int:
        work.steps += 1
        return 0  # go on

    def on_execute(connection: Any, _cursor: Any, statement: str, arguments: Any, *_rest: Any) -> None:
        work.sent.append((statement, arguments))
        driver = connection.connection.driver_connection
        driver.set_progress_handler(step, 1)
        watched.append(driver)

    event.listen(store.engine, "before_cursor_execute", on_execute)
    try:
        yield work
    finally:
        event.remove(store.engine, "before_cursor_execute", on_execute)
        for driver in watched:
            driver.set_progress_handler(None, 1)


def history_ids(store: Store, trainee_id: int, filters: HistoryFilter, limit: int) -> list[int]:
    """Every page, each after the last row of the one before, as the history table reads them."""
    ids: list[int] = []
    after = None
    while (page := history_page(store, trainee_id, filters, after, limit)).ids:
        assert len(page.ids) <= limit
        ids += page.ids
        after = page.last
    return ids


def ordered_ids(store: Store, trainee_id: int, where: str = "", **values: object) -> list[int]:
    """The same rows by one plain query, for comparison."""
    with store.reading() as session:
        return list(session.scalars(text(
            f"SELECT id FROM logged_set WHERE trainee_id = :trainee {where} ORDER BY performed_at DESC, id DESC"),
            {"trainee": trainee_id, **values}))


@pytest.fixture
def crowded(repository: Repository, logged: int) -> int:
    """The hand-built history, and sets sharing their time to the second: the page key must tell
    them apart by id (five squats at 18:00 on 16 Nov, three clamshells at midnight on 22 Nov)."""
    for reps in range(1, 6):
        repository.log_set(logged, LoggedSet("back_squat", datetime(2026, 11, 16, 18, 0), 100, reps, 2))
    for reps in range(1, 4):
        repository.log_set(logged, LoggedSet("clamshell", datetime(2026, 11, 22), 0, reps, None))
    return logged


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 100])
def test_pages_by_key_hold_every_row_once_in_the_order_of_one_query(store: Store, crowded: int, limit: int) -> None:
    everything = ordered_ids(store, crowded)
    assert len(everything) == 15
    assert history_ids(store, crowded, HistoryFilter(), limit) == everything


@pytest.mark.parametrize("limit", [1, 2, 4])
def test_pages_keep_to_the_filters(store: Store, crowded: int, limit: int) -> None:
    midnight_22 = "2026-11-22 00:00:00.000000"
    squats = HistoryFilter("back_squat", until=date(2026, 11, 16))
    assert history_ids(store, crowded, squats, limit) == ordered_ids(
        store, crowded, "AND exercise_id = 'back_squat' AND performed_at < '2026-11-17'")
    assert len(history_ids(store, crowded, squats, limit)) == 8
    from_22 = HistoryFilter(since=date(2026, 11, 22), until=date(2026, 11, 23))
    assert history_ids(store, crowded, from_22, limit) == ordered_ids(
        store, crowded, "AND performed_at >= :since", since=midnight_22)
    assert history_ids(store, crowded, HistoryFilter(until=date(2026, 11, 21)), limit) == ordered_ids(
        store, crowded, "AND performed_at < :until", until=midnight_22)
    assert history_ids(store, crowded, HistoryFilter("clamshell", date(2026, 11, 22), date(2026, 11, 22)), limit) == \
        ordered_ids(store, crowded, "AND exercise_id = 'clamshell' AND performed_at >= :since", since=midnight_22)


def test_a_page_row_holds_what_the_table_shows(store: Store, logged: int) -> None:
    page = history_page(store, logged, HistoryFilter(), None, 1)
    (newest,) = page.ids
    assert history_rows(store, [newest]) == {
        newest: (newest, datetime(2026, 11, 23, 7, 30), "back_squat", 105, 8, None, "", "both", False, "")}
    assert page.last == HistoryKey(datetime(2026, 11, 23, 7, 30), newest)


def test_rows_are_read_by_id_while_they_are_in_the_log(store: Store, repository: Repository, logged: int) -> None:
    older, newer = history_page(store, logged, HistoryFilter(), None, 2).ids[::-1]
    repository.delete_logged_set(newer)
    assert history_rows(store, [newer, older]).keys() == {older}
    assert history_page(store, logged, HistoryFilter(), None, 0) == HistoryIds(array("q"), None)


def test_a_long_page_of_ids_is_read_without_a_row_object_per_set(store: Store, repository: Repository) -> None:
    """The History table reads up to 50,000 ids at once: they pass through one at a time into
    an array (8 bytes each), not through a list of the driver's rows (about 80 bytes each)."""
    trainee_id = repository.add_trainee(Trainee("Ida"))
    week = ((0, [("back_squat", 100), ("clamshell", 0)]), (3, [("back_squat", 100), ("glute_bridge", 80)]))
    count = fill_log(store, trainee_id, week, weeks=600, warm_up_sets=2, end=date(2026, 11, 30))
    assert count > 10_000
    tracemalloc.start()
    try:
        page = history_page(store, trainee_id, HistoryFilter(), None, count)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(page.ids) == count
    assert peak < 30 * count, f"{peak / count:.0f} bytes a set"


@pytest.mark.sqlite_only
def test_rows_are_read_by_primary_key(store: Store, logged: int) -> None:
    """A block of the history table's rows (128) takes one lookup each, and their days' notes one each,
    whatever the log's size."""
    ids = history_page(store, logged, HistoryFilter(), None, 3).ids.tolist()
    with sqlite_work(store) as work:
        assert history_rows(store, ids + [max(ids) + n for n in range(1, 126)]).keys() == set(ids)
    plans = []
    for query, arguments in [(sql, arguments) for sql, arguments in work.sent if sql.startswith("SELECT")]:
        with store.engine.connect() as connection:
            plans.append(" ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}",
                                                                               arguments)))
    assert plans == ["SEARCH logged_set USING INTEGER PRIMARY KEY (rowid=?)",
                     "SEARCH session_note USING INDEX sqlite_autoindex_session_note_1 (trainee_id=? AND day=?)"]


@pytest.mark.parametrize("order", ORDERS, ids=str)
@pytest.mark.parametrize("filters", [HistoryFilter(), HistoryFilter(since=date(2000, 1, 1), until=date(2100, 1, 1)),
                                     HistoryFilter("back_squat", date(2000, 1, 1), date(2100, 1, 1))])
@pytest.mark.sqlite_only
def test_a_later_page_is_found_in_the_index_alone_without_sorting(store: Store, logged: int,
                                                              filters: HistoryFilter, order: HistoryOrder) -> None:
    filters = HistoryFilter(filters.exercise_id, filters.since, filters.until, order)
    after = history_page(store, logged, filters, None, 2).last
    with sqlite_work(store) as work:
        history_page(store, logged, filters, after, 2)
    (query, arguments), _its_key = [(sql, arguments) for sql, arguments in work.sent if sql.startswith("SELECT")]
    with store.engine.connect() as connection:
        plan = " ".join(row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}", arguments))
    assert plan.startswith("SEARCH logged_set USING COVERING INDEX ix_logged_set_")  # no table row read
    assert "TEMP B-TREE" not in plan


@pytest.mark.parametrize("order", ORDERS, ids=str)
@pytest.mark.parametrize("filters", [HistoryFilter(), HistoryFilter(since=date(2000, 1, 1), until=date(2100, 1, 1)),
                                     HistoryFilter("back_squat", until=date(2100, 1, 1))])
@pytest.mark.sqlite_only
def test_the_last_page_costs_what_the_first_does(store: Store, repository: Repository,
                                                 filters: HistoryFilter, order: HistoryOrder) -> None:
    """Counted in SQLite's own steps, which no noise on the machine changes: with OFFSET, or
    with the filter's end as the query's upper bound besides the key, the last page steps over
    every row before it. So in every order."""
    filters = HistoryFilter(filters.exercise_id, filters.since, filters.until, order)
    trainee_id = repository.add_trainee(Trainee("Ida"))
    week = ((0, [("back_squat", 100), ("clamshell", 0)]), (3, [("back_squat", 100), ("glute_bridge", 80)]))
    assert fill_log(store, trainee_id, week, weeks=150, end=date(2026, 11, 30)) > 1500
    pages = []
    after = None
    while True:
        with sqlite_work(store) as work:
            page = history_page(store, trainee_id, filters, after, 50)
        if not page.ids:
            break
        pages.append(work.steps)
        after = page.last
    assert len(pages) > 15
    assert max(pages[-3:-1]) < 2 * pages[1]  # against the first page after a key: the first has none to compare


def sort_key(order: HistoryOrder) -> Callable[[LoggedSetRow], tuple[object, ...]]:
    """The history's order as Python's sorted() would have it: the value, then the time, then the id."""
    value = {SortColumn.DATE: lambda row: (), SortColumn.WEIGHT: lambda row: (row.weight_kg,),
             SortColumn.REPS: lambda row: (row.reps,)}[order.by]
    return lambda row: (*value(row), row.performed_at, row.id)


def sorted_ids(store: Store, trainee_id: int, filters: HistoryFilter) -> list[int]:
    """The trainee's sets the filter chooses, sorted in Python."""
    with store.reading() as session:
        rows = session.scalars(select(LoggedSetRow).where(LoggedSetRow.trainee_id == trainee_id)).all()
    since = datetime.min if filters.since is None else datetime.combine(filters.since, datetime.min.time())
    until = datetime.max if filters.until is None else datetime.combine(filters.until + timedelta(days=1),
                                                                        datetime.min.time())
    chosen = [row for row in rows
              if filters.exercise_id in (None, row.exercise_id) and since <= row.performed_at < until]
    return [row.id for row in sorted(chosen, key=sort_key(filters.order), reverse=filters.order.descending)]


def log_rows(store: Store, trainee_id: int, sets: list[tuple[str, datetime, float, int]]) -> None:
    with store.transaction() as session:
        session.execute(insert(LoggedSetRow), [
            {"trainee_id": trainee_id, "exercise_id": exercise, "performed_at": moment, "weight_kg": weight,
             "reps": reps, "rir": 2, "note": "", "import_key": new_identity()}
            for exercise, moment, weight, reps in sets])


@pytest.fixture
def tied(repository: Repository) -> int:
    """3,000 sets over 50 days, few loads and reps (equal loads on many dates, equal reps at equal loads),
    many at the same minute, of two exercises; and another trainee's, which no page may show."""
    shuffled = random.Random(9)
    trainee_id, other = (repository.add_trainee(Trainee(name)) for name in ("Ida", "Bo"))
    first = datetime(2026, 10, 1, 17)
    for who in (trainee_id, other):
        log_rows(repository.store, who, [
            (shuffled.choice(["barbell_hip_thrust", "clamshell"]),
             first + timedelta(days=shuffled.randrange(50), minutes=4 * shuffled.randrange(6)),
             shuffled.choice([0.0, 60.0, 100.0, 100.0, 102.5]), shuffled.choice([5, 8, 8, 12])) for _ in range(3000)])
    return trainee_id


@pytest.mark.parametrize("order", ORDERS, ids=str)
def test_every_order_pages_as_python_sorts_it_with_ties_kept_apart_by_time_and_id(
        store: Store, tied: int, order: HistoryOrder) -> None:
    for filters in (HistoryFilter(order=order), HistoryFilter("barbell_hip_thrust", order=order),
                    HistoryFilter("clamshell", date(2026, 10, 8), date(2026, 10, 20), order),
                    HistoryFilter(None, date(2026, 10, 11), None, order),
                    HistoryFilter(None, None, date(2026, 10, 11), order)):
        expected = sorted_ids(store, tied, filters)
        assert len(expected) > 100
        assert history_ids(store, tied, filters, 97) == expected, filters


PROPERTY_SETS = st.lists(st.tuples(st.sampled_from(["back_squat", "clamshell"]),
                                   st.builds(lambda hour: datetime(2026, 11, 16, 6) + timedelta(hours=hour),
                                             st.integers(0, 3 * 24)),
                                   st.sampled_from([0.0, 60.0, 100.0]), st.integers(5, 7)), max_size=40)
PROPERTY_TRAINEES = itertools.count(1)  # each example's trainee a name of its own (one database for all)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sets=PROPERTY_SETS, order=st.sampled_from(ORDERS), limit=st.integers(1, 6),
       exercise=st.sampled_from([None, "back_squat"]), since=st.sampled_from([None, date(2026, 11, 17)]),
       until=st.sampled_from([None, date(2026, 11, 17)]))
def test_pages_across_ties_lose_and_repeat_no_set(repository: Repository, sets: list[tuple[str, datetime, float, int]],
                                                  order: HistoryOrder, limit: int, exercise: str | None,
                                                  since: date | None, until: date | None) -> None:
    """Whatever falls on a page's border (sets of one load at one time, told apart by id alone), the
    pages hold every set the filter chooses once, in the order Python sorts them."""
    trainee_id = repository.add_trainee(Trainee(f"Property {next(PROPERTY_TRAINEES)}"))
    if sets:
        log_rows(repository.store, trainee_id, sets + sets[:5])  # a few sets twice: equal in all but their ids
    filters = HistoryFilter(exercise, since, until, order)
    expected = sorted_ids(repository.store, trainee_id, filters)
    assert history_ids(repository.store, trainee_id, filters, limit) == expected
