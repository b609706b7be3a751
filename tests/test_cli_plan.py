"""``glueplan plan``: a plan file that ``glueplan check`` finds no error or warning in (exit 0),
the rules broken and the fix when the request cannot be met (exit 1), bad arguments said plainly
(exit 2)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.test_cli import run


def test_a_plan_that_check_finds_no_error_or_warning_in(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_file = tmp_path / "plan.json"
    code, out, err = run(capsys, "plan", "--days", "mon,wed,fri", "--times", "07:30", "--minutes", "45",
                         "--equipment", "barbell,bench,cable,band", "--level", "advanced", "--weeks", "12",
                         "--out", str(out_file))
    assert code == 0 and err == ""
    assert "Deload in week 6, 12" in out and f"glueplan check {out_file}" in out
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert data["level"] == "advanced" and len(data["weeks"]) == 12
    assert {s["time"] for s in data["weeks"][0]["sessions"]} == {"07:30"}
    code, out, _ = run(capsys, "check", str(out_file))
    report = json.loads(out)
    assert code == 0 and report["level"] == "advanced"
    assert [f for f in report["findings"] if f["severity"] != "info"] == []


def test_one_free_day_of_15_minutes_exits_1_with_the_rules_and_the_fix(capsys: pytest.CaptureFixture[str],
                                                                         tmp_path: Path) -> None:
    code, _, err = run(capsys, "plan", "--days", "wed", "--minutes", "15", "--lang", "da",
                         "--out", str(tmp_path / "plan.json"))
    assert code == 1 and (tmp_path / "plan.json").is_file()
    assert "FRQ-1" in err and "VOL-1" in err
    assert "Tilføj en dag (lørdag), og afsæt 30 minutter pr. træning." in err


@pytest.mark.parametrize(("args", "said"), [
    (["--days", "mon,mon"], "mon"),
    (["--days", "funday"], "funday"),
    (["--days", "mon", "--times", "25:00"], "25:00"),
    (["--days", "mon", "--minutes", "5"], "--minutes"),
    (["--days", "mon", "--equipment", "rowing machine"], "rowing machine"),
])
def test_bad_arguments_exit_2_naming_what_is_wrong(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                   args: list[str], said: str) -> None:
    with pytest.raises(SystemExit) as exited:
        run(capsys, "plan", *args, "--out", str(tmp_path / "plan.json"))
    err = capsys.readouterr().err
    assert exited.value.code == 2 and said in err and "Traceback" not in err
    assert not (tmp_path / "plan.json").exists()


def test_a_plan_file_keeps_its_minutes_for_check_and_print(qapp: object, capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    """A 60-minute plan is judged against its 60 minutes, not the trainee's 30 (issue 15)."""
    plan, sheet = tmp_path / "plan.json", tmp_path / "sheet.pdf"
    code, _, _ = run(capsys, "plan", "--days", "mon,thu", "--minutes", "60",
                     "--equipment", "barbell,bench,cable,band", "--out", str(plan))
    assert code == 0 and json.loads(plan.read_text(encoding="utf-8"))["session_minutes"] == 60
    code, out, _ = run(capsys, "check", str(plan))
    assert code == 0 and [f for f in json.loads(out)["findings"] if f["rule"] == "SES-3"] == []
    assert run(capsys, "print", "--program", str(plan), "--out", str(sheet),
               "--db", str(tmp_path / "db.sqlite"))[0] == 0
    printed = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(sheet).pages))
    assert "Glute plan" in printed and "min per session" not in printed
    code, out, _ = run(capsys, "check", str(plan), "--session-minutes", "30")  # the option still overrides
    assert [f["rule"] for f in json.loads(out)["findings"]].count("SES-3") > 0


@pytest.mark.parametrize(("value", "said"), [
    ("0", "'session_minutes': must be between 5 and 600, found 0"),
    ('"60"', "'session_minutes': must be a whole number, found text '60'"),
])
def test_bad_minutes_in_a_hand_edited_plan_file_are_named(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                          value: str, said: str) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text('{"session_minutes": ' + value + ', "sessions": []}', encoding="utf-8")
    code, _, err = run(capsys, "check", str(plan))
    assert code == 2 and said in err and "Traceback" not in err
    code, _, err = run(capsys, "print", "--program", str(plan), "--out", str(tmp_path / "sheet.pdf"),
                       "--db", str(tmp_path / "db.sqlite"))
    assert code == 2 and err.startswith(f"{plan}, field {said}")  # the user's file, not glueplan's data


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_print_reads_no_file_of_its_own_database_as_a_plan_file(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    """`glueplan print --program` with the database's own file (or its -wal or -shm) read it as a
    plan file while the store was open: closing it drops every POSIX lock the process holds on it,
    SQLite's among them, and a glueplan window closing meanwhile took itself for the last one."""
    import glueplan.app.sheet_source as sheet_source
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url

    db = tmp_path / "db.sqlite"
    open_store(database_url(str(db))).close()
    read: list[Path] = []
    monkeypatch.setattr(sheet_source, "read_json", lambda path: read.append(path) or {})
    code, _, err = run(capsys, "print", "--program", f"{db}{suffix}", "--out", str(tmp_path / "sheet.pdf"),
                       "--db", str(db), "--lang", "da")
    assert code == 2 and read == []
    said = f"»{db}{suffix}« er en fil i den database, glueplan har åben, ikke en planfil: den blev ikke læst."
    assert err.strip() == said
    assert not (tmp_path / "sheet.pdf").exists()


@pytest.mark.parametrize(("environment", "lang", "size"), [
    ({"LANG": "en_US.UTF-8"}, "en", (612, 792)),
    ({"LANG": "C.UTF-8"}, "en", (595, 842)),
    ({"LANG": "en_US.UTF-8"}, "da", (612, 792)),  # was A4: Danish's, whatever the desktop
    ({"LANG": "da_DK.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "da", (612, 792)),  # was A4
    ({"LANG": "en_US.UTF-8", "LC_PAPER": "en_GB.UTF-8"}, "en", (595, 842)),  # was Letter: LANG's, not LC_PAPER's
])
def test_print_takes_the_desktops_paper_unless_told(qapp: object, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                    environment: dict[str, str], lang: str,
                                                    size: tuple[int, int]) -> None:
    """An American printing in English got A4, as the window offered it before it offered Letter; then one printing
    in Danish still got A4, and LC_PAPER was not read: the paper is the desktop's LC_PAPER's (else LC_ALL, LANG), as
    the window's print dialog offers it, whatever the sheet's language."""
    from PySide6.QtCore import QLocale

    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    qt_reads = QLocale(environment["LANG"].split(".")[0])  # the desktop's name as Qt reads it, LANG here
    monkeypatch.setattr("glueplan.ui.shared.logged_text.system_locale", lambda: qt_reads)
    sheet = tmp_path / "sheet.pdf"
    options = ["--program", "seed-002", "--weeks", "1", "--no-illustrations", "--no-log", "--lang", lang,
               "--db", str(tmp_path / "db.sqlite")]
    for paper, expected in ((None, size), ("a4", (595, 842))):
        assert run(capsys, "print", *options, "--out", str(sheet), *(["--paper", paper] if paper else []))[0] == 0
        box = PdfReader(sheet).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == expected


def test_print_chooses_its_paper_without_the_windows_print_module(tmp_path: Path) -> None:
    """`glueplan print` loaded the window's print module (ui.print.sheet_painter, with the figures' renderer and the
    muscle map: 0.38 s of imports) to choose its default paper, before it knew it had a sheet to print: a print
    refused (no program) loaded it for nothing."""
    code = ("import sys; from glueplan.cli import main;"
            f"said = main(['--db', {str(tmp_path / 'db.sqlite')!r}, 'print', '--out', {str(tmp_path / 'a.pdf')!r}]);"
            "print(said, [m for m in sys.modules if m.startswith('glueplan.ui.print')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "2 []", result.stdout + result.stderr
