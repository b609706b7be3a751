"""Exports: CSV a spreadsheet cannot be tricked by, a JSON backup that reads back whole, and an
iCalendar file read back by the same library."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from msgspec.structs import replace
import pytest
from icalendar import Calendar

from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Trainee
from glueplan.domain.validation import DataError
from glueplan.store.database import open_store
from glueplan.store.errors import StoreError
from glueplan.store.formats.calendar_export import plans_calendar
from glueplan.store.formats.csv_export import (
    PLAN_HEADER,
    SPREADSHEET_DIALECTS,
    column_name,
    log_csv,
    plans_csv,
    spreadsheet_safe,
)
from glueplan.store.formats.json_backup import (
    backup_bytes,
    open_backup,
    parse_backup,
    read_backup,
    restore_backup,
    write_backup,
)
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from tests.conftest import trainee_ids

NASTY = ["=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"]


@pytest.fixture
def filled(workspace: Workspace, catalog: Catalog) -> Repository:
    """seed-000 planned, an own exercise named like a formula, sets with formula-like notes."""
    repository = workspace.repository
    mine = repository.add_custom_exercise(replace(catalog.exercise("clamshell"), name=Localized.same(NASTY[0]),
                                                  custom=True))
    start = datetime(2026, 11, 23, 18)
    for n, note in enumerate(NASTY):
        exercise = mine.id if n == 0 else "barbell_hip_thrust"
        repository.log_set(workspace.trainee_id, LoggedSet(exercise, start + timedelta(minutes=n), 60.0 + n, 8, 2,
                                                           note))
    return repository


def everyone(repository: Repository) -> list[tuple[int, Trainee]]:
    return [(trainee_id, repository.trainee(trainee_id)) for trainee_id in trainee_ids(repository)]


def test_spreadsheet_safe_neutralises_every_formula_start() -> None:
    assert [spreadsheet_safe(text)[0] for text in NASTY] == ["'"] * len(NASTY)
    assert spreadsheet_safe("Hip thrust") == "Hip thrust"


def test_the_log_csv_has_every_set_and_no_cell_a_spreadsheet_would_run(filled: Repository) -> None:
    text = log_csv(filled, everyone(filled), Language.EN)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert len(rows) == len(NASTY)
    assert [row["note"] for row in rows] == ["'" + note for note in NASTY]
    assert rows[0]["exercise"] == "'" + NASTY[0] and rows[1]["exercise"] == "Barbell hip thrust"
    assert (rows[1]["date"], rows[1]["time"], rows[1]["weight_kg"], rows[1]["reps"]) == ("2026-11-23", "18:01:00",
                                                                                         "61.0", "8")
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())


def test_the_plans_csv_lists_every_planned_exercise_with_its_date(filled: Repository, workspace: Workspace) -> None:
    text = plans_csv(filled, everyone(filled), Language.DA)
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    program = workspace.program
    assert program is not None
    assert len(rows) == sum(len(s.items) for week in program.weeks for s in week.sessions)
    first = rows[0]
    assert (first["week"], first["date"], first["weekday"]) == ("1", "2026-11-23", "mon")
    assert first["exercise"] == Catalog.exercise(filled.catalog(), first["exercise_id"]).name[Language.DA]


def test_the_plans_for_a_danish_spreadsheet_have_semicolons_and_decimal_commas(filled: Repository,
                                                                               workspace: Workspace) -> None:
    """A Danish spreadsheet opened the plans' commas as one column, and could read 62.5 kg as a date."""
    program = workspace.program
    assert program is not None
    first = program.weeks[0].sessions[0]
    loaded = replace(first, items=(replace(first.items[0], load_kg=62.5, note="Tung; langsom"), *first.items[1:]))
    week = replace(program.weeks[0], sessions=(loaded, *program.weeks[0].sessions[1:]))
    filled.add_program(workspace.trainee_id, replace(program, name="Med vægt", weeks=(week, *program.weeks[1:])))
    text = plans_csv(filled, everyone(filled), Language.DA, for_spreadsheet=True)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))
    weighted = [row for row in rows if row["Program"] == "Med vægt" and row["Målbelastning (kg)"]]
    assert [(row["Målbelastning (kg)"], row["Note"]) for row in weighted] == [("62,5", "Tung; langsom")]
    assert plans_csv(filled, everyone(filled), Language.DA).splitlines()[0] == "\ufeff" + ",".join(PLAN_HEADER)


@pytest.mark.parametrize("language", list(Language))
def test_the_plans_for_a_spreadsheet_speak_its_language(filled: Repository, language: Language) -> None:
    """The plans for a Danish or Norwegian spreadsheet were headed "trainee;program;week;…;rest_s;load_kg" while the
    log's were "Udøver;Dato;…" (failed before): the columns a plan shares with the log have the same names, and the
    weekday and the names glueplan gave ("Workout 1", "Me") are in the language too, as on the sheet."""
    text = plans_csv(filled, everyone(filled), language, for_spreadsheet=True)
    header, first = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""),
                                    SPREADSHEET_DIALECTS[language]))[:2]
    assert header == [column_name(column, language) for column in PLAN_HEADER]
    assert header[:4] == {Language.EN: ["Trainee", "Program", "Week", "Date"], Language.DA: ["Udøver", "Program", "Uge",
                          "Dato"], Language.NB: ["Utøver", "Program", "Uke", "Dato"]}[language]
    said = dict(zip(PLAN_HEADER, first, strict=True))
    assert said["trainee"] == messages()("trainee.default_name", language)
    assert said["weekday"] == messages()("weekday.mon", language)
    assert said["session"] == messages()("session.default_title", language, number=1)


def _without_time(document: bytes) -> dict[str, object]:
    data = json.loads(document)
    data.pop("written_at")
    return data


def test_the_json_backup_reads_back_losslessly(filled: Repository, tmp_path: Path) -> None:
    path = tmp_path / "backup.json"
    write_backup(filled.store, path)
    backup = read_backup(path)
    copy = open_backup(backup)
    try:
        assert _without_time(backup_bytes(copy)) == _without_time(path.read_bytes())
    finally:
        copy.close()
    fresh = open_store(database_url(str(tmp_path / "fresh.sqlite")))
    try:
        restore_backup(fresh, backup)
        assert _without_time(backup_bytes(fresh)) == _without_time(path.read_bytes())
        again = Repository(fresh)
        trainee_id = trainee_ids(again)[0]
        assert again.logged_sets(trainee_id) == filled.logged_sets(trainee_id)
        assert again.custom_exercises() == filled.custom_exercises()
        with pytest.raises(StoreError, match="only into an empty database"):
            restore_backup(fresh, backup)
    finally:
        fresh.close()


def _document(filled: Repository) -> dict[str, Any]:
    return json.loads(backup_bytes(filled.store))


def _set(document: dict[str, Any], table: str, column: str, value: object) -> None:
    """Put a value into the first row of a table, by column name."""
    part = document["tables"][table]
    part["rows"][0][part["columns"].index(column)] = value


@pytest.mark.parametrize(("change", "problem"), [
    (lambda d: d.update(format="strong"), "not a glueplan backup"),
    (lambda d: d.update(schema="9999"), "written by a newer glueplan"),
    (lambda d: d["tables"].update(secrets={}), "tables.secrets': is not a known field"),
    (lambda d: _set(d, "logged_set", "weight_kg", "heavy"),
     "entry 'logged_set', field 'rows.0..weight_kg': must be a number, found \"heavy\""),
    (lambda d: _set(d, "logged_set", "reps", 10**30), "must be a whole number"),
    (lambda d: _set(d, "logged_set", "performed_at", "yesterday"), "must be an ISO datetime"),
    (lambda d: d["tables"]["logged_set"]["rows"][0].pop(), "must be a list of"),
    (lambda d: _set(d, "trainee", "name", "x" * 100_000), "at most 200 characters, found 100000"),
])
def test_a_damaged_backup_is_refused_with_the_place_and_reason(filled: Repository, change: object,
                                                               problem: str) -> None:
    document = _document(filled)
    change(document)  # type: ignore[operator]
    with pytest.raises(DataError, match=problem) as caught:
        parse_backup(document, "backup.json")
    assert len(str(caught.value)) < 400


def test_a_backup_row_that_breaks_a_rule_of_the_database_changes_nothing(filled: Repository,
                                                                         tmp_path: Path) -> None:
    document = _document(filled)
    _set(document, "logged_set", "reps", 500)  # the schema says 1-100
    fresh = open_store(database_url(str(tmp_path / "fresh.sqlite")))
    try:
        with pytest.raises(DataError, match="logged_set.*breaks a rule"):
            restore_backup(fresh, parse_backup(document, "backup.json"))
        assert trainee_ids(Repository(fresh)) == []
    finally:
        fresh.close()


def test_the_calendar_has_one_event_per_session_with_its_exercises(filled: Repository,
                                                                   workspace: Workspace) -> None:
    data = plans_calendar(filled, everyone(filled), Language.EN)
    events = Calendar.from_ical(data).walk("VEVENT")
    program = workspace.program
    assert program is not None
    sessions = [(n, s) for n, week in enumerate(program.weeks) for s in week.sessions]
    assert len(events) == len(sessions)
    number, session = sessions[0]
    first = next(e for e in events if e.start == datetime.combine(program.date_of(number, session.day),
                                                                  session.time))
    names = [filled.catalog().exercise(item.exercise_id).name[Language.EN] for item in session.items]
    assert first.description.splitlines()[0].startswith(f"{names[0]}: ")
    assert all(name in first.description for name in names)
    assert first.end > first.start
    assert len({e.uid for e in events}) == len(events)
    again = Calendar.from_ical(plans_calendar(filled, everyone(filled), Language.EN))
    assert {e.uid for e in again.walk("VEVENT")} == {e.uid for e in events}  # a calendar updates, not doubles


def test_the_calendar_and_each_event_name_whose_plans_they_are(filled: Repository, workspace: Workspace) -> None:
    """A coach imports twelve clients' weeks into one calendar: the calendar was "glueplan" and every
    event "Workout 1 · <program>", whoever's it was. Names glueplan gave follow the language. Someone's own weeks,
    the first profile's ("Mig") while no one else is there, name no one: "Mig: Træning 1" read as a bug (failed
    before). A coach's own "Mig" beside a client is named, as the window's title and the sheet name her (review
    2.3; failed before)."""
    own = "Balleprogram: tre træninger"
    alone = Calendar.from_ical(plans_calendar(filled, [(workspace.trainee_id, workspace.trainee)], Language.DA))
    assert alone["X-WR-CALNAME"] == f"glueplan – {own}"
    ane = filled.add_trainee(Trainee("Ane Holm-Andersen"))
    filled.add_program(ane, replace(filled.program(workspace.program_id), name="Knæ & hofte"))
    for trainee_id, who, program in ((ane, "Ane Holm-Andersen", "Knæ & hofte"), (workspace.trainee_id, "Mig", own)):
        calendar = Calendar.from_ical(plans_calendar(filled, [(trainee_id, filled.trainee(trainee_id))],
                                                     Language.DA))
        assert calendar["X-WR-CALNAME"] == " – ".join(part for part in ("glueplan", who, program) if part)
        assert calendar["X-WR-CALDESC"] == (f"Planlagte træninger for {who}, fra glueplan" if who else
                                            "Dine planlagte træninger, fra glueplan")
        events = calendar.walk("VEVENT")
        assert events and all(event["SUMMARY"].startswith(f"{who}: Træning " if who else "Træning ")
                              for event in events)
        assert all(event["SUMMARY"].endswith(f" · {program}") for event in events)
        assert events[0]["DESCRIPTION"].startswith("Squat med stang (dyb): 2 × 8–10, RIR 2")


@pytest.mark.parametrize(("language", "said"), [(Language.EN, "RIR 2, rest 3:00, "),
                                                (Language.DA, "RIR 2, pause 3:00, "),
                                                (Language.NB, "RIR 2, pause 3:00, ")])
def test_a_calendar_events_rest_is_said_as_a_rest_at_the_sessions_floating_time(filled: Repository,
                                                                                 workspace: Workspace,
                                                                                 language: Language,
                                                                                 said: str) -> None:
    """An event's "Back squat (deep): 2 × 8–10, RIR 2, 3:00" read like a clock time on a lifter's phone; the rest is
    named as the week's cells and the sheet name it ("rest 3:00 between sets" was a wording of its own). Its
    time stays floating (RFC 5545 3.3.5): 17:30 wherever the phone is, no TZID and no VTIMEZONE."""
    program = workspace.program
    assert program is not None
    session = program.weeks[0].sessions[0]
    calendar = Calendar.from_ical(plans_calendar(filled, everyone(filled), language))
    event = next(e for e in calendar.walk("VEVENT") if e.start == datetime.combine(program.date_of(0, session.day),
                                                                                   session.time))
    assert said in event.description.splitlines()[0]
    assert event.start.tzinfo is None and "TZID" not in event["DTSTART"].params
    assert not calendar.walk("VTIMEZONE")
