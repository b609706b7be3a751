"""The command line with input no one means, and glueplan export: a message and exit 2 for bad
arguments, exit 1 for a file that cannot be written, never a traceback."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from glueplan.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as stop:  # argparse's own usage errors
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.mark.parametrize(("content", "problem"), [
    ("[" * 990 + "]" * 990, "nested"),
    ('{"level": ' + "9" * 4400 + "}", "number too long"),
])
def test_check_refuses_absurd_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str,
                                    problem: str) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(content)
    code, _, err = run(capsys, "check", str(plan))
    assert code == 2 and problem in err


def test_check_reads_at_most_64_mb_of_dev_zero_and_needs_no_database(
        capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    start = time.perf_counter()
    code, _, err = run(capsys, "check", "/dev/zero")
    assert code == 2 and "larger than 64 MB" in err and time.perf_counter() - start < 10
    assert not db_path.exists()


@pytest.mark.parametrize("minutes", ["-5", "0", "100000", "x"])
def test_impossible_session_minutes_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                minutes: str) -> None:
    code, _, err = run(capsys, "check", str(tmp_path / "plan.json"), "--session-minutes", minutes)
    assert code == 2 and "must be whole minutes from 5 to 600" in err


def test_export_writes_each_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for fmt in ("csv", "json", "ics"):
        code, _, err = run(capsys, "export", "--format", fmt, "--out", str(tmp_path / f"out.{fmt}"))
        assert code == 0, err
    assert json.loads((tmp_path / "out.json").read_text())["format"] == "glueplan-backup"
    assert (tmp_path / "out.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_export_failures_are_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "--format", "csv", "--out", str(tmp_path / "gone" / "log.csv"))
    assert code == 1 and "the folder does not exist" in err
    code, _, err = run(capsys, "export", "--format", "csv", "--out", str(tmp_path / "log.csv"), "--trainee", "Bo")
    assert code == 2 and "no trainee called “Bo”" in err
    code, _, err = run(capsys, "export", "--format", "json", "--out", str(tmp_path / "b.json"), "--trainee", "Bo")
    assert code == 2 and "a backup holds every trainee" in err


def test_commands_take_the_trainee_before_or_after_them_else_the_last_one_used(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    from datetime import datetime

    from glueplan.app.trainees import remember
    from glueplan.domain.log import LoggedSet
    from glueplan.domain.trainee import Trainee
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.store.repository import Repository

    store = open_store(database_url(str(db_path)))
    repository = Repository(store)
    repository.add_trainee(Trainee("Me"))
    ane = repository.add_trainee(Trainee("Ane"))
    repository.log_set(ane, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60.0, 8, 2))
    for argv in (["--trainee", "ane", "export"], ["export", "--trainee", "ANE"]):
        out = tmp_path / "ane.csv"
        code, _, err = run(capsys, *argv, "--format", "csv", "--out", str(out))
        assert code == 0, err
        assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 2  # the header and Ane's set
    code, _, _ = run(capsys, "export", "--format", "csv", "--out", str(tmp_path / "me.csv"))
    assert code == 0 and len((tmp_path / "me.csv").read_text(encoding="utf-8-sig").splitlines()) == 1  # Me's
    remember(store.engine.url, ane)
    store.close()
    code, _, _ = run(capsys, "export", "--format", "csv", "--out", str(tmp_path / "last.csv"))
    assert code == 0 and (tmp_path / "last.csv").read_text(encoding="utf-8-sig") == out.read_text(encoding="utf-8-sig")


# Every command that writes a file, up to the option that names it.
WRITERS = {"plan": ["plan", "--days", "mon,wed", "--out"], "csv": ["export", "--format", "csv", "--out"],
           "json": ["export", "--format", "json", "--out"], "ics": ["export", "--format", "ics", "--out"],
           "print": ["print", "--program", "seed-000", "--out"], "screenshot": ["screenshot", "--out"],
           "poses": ["poses", "--sheet"]}


@pytest.mark.parametrize("name", ["glueplan.sqlite", "glueplan.sqlite-wal", "link.sqlite"])
@pytest.mark.parametrize("command", WRITERS.values(), ids=WRITERS)
def test_no_command_writes_over_the_database_it_was_told_to_use(qapp: object, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str],
                                                                command: list[str], name: str) -> None:
    """`glueplan plan --out` (or screenshot's, or poses' --sheet) naming the database, its -wal or
    a link to it wrote over the user's log: those commands open no database, so nothing knew the
    file as one. export and print were refused only once they had opened it (made it, if new)."""
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url

    db = tmp_path / "glueplan.sqlite"
    open_store(database_url(str(db))).close()
    (tmp_path / "link.sqlite").symlink_to(db)
    before, files = db.read_bytes(), sorted(tmp_path.iterdir())
    target = tmp_path / name
    code, _, err = run(capsys, *command, str(target), "--db", str(db))
    assert (code, err) == (1, f"{target} could not be written: that is a file of glueplan's database, {db}; "
                              "choose another name. A file already there was left as it was.\n")
    assert db.read_bytes() == before and sorted(tmp_path.iterdir()) == files


@pytest.mark.parametrize("told", ["GLUEPLAN_DB", "the default"])
@pytest.mark.parametrize("command", WRITERS.values(), ids=WRITERS)
def test_no_command_writes_where_its_database_is_to_be(qapp: object, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch, command: list[str],
                                                      told: str) -> None:
    """Without --db the database is GLUEPLAN_DB's, else the user's: refused there too, in the
    user's language, before anything is made (export and print made the database first)."""
    from glueplan.store.location import default_database_path

    if told == "GLUEPLAN_DB":
        db = tmp_path / "elsewhere" / "mine.sqlite"
        monkeypatch.setenv("GLUEPLAN_DB", str(db))
    else:
        monkeypatch.delenv("GLUEPLAN_DB")
        db = default_database_path()
    assert db.is_relative_to(tmp_path)
    db.parent.mkdir(parents=True)
    code, _, err = run(capsys, *command, str(db), "--lang", "da")
    assert list(db.parent.iterdir()) == []
    assert (code, err) == (1, f"{db} kunne ikke skrives: det er en fil i glueplans database, {db}; "
                              "vælg et andet navn. En fil, der allerede lå der, er uændret.\n")
