"""The first profile a command makes on a database with none (``glueplan export``, ``import``, ``print`` before the
window ever opened it) is in the desktop's likely units, as the window's first start makes it: made in kilograms,
an American's first start then offered kilograms, and an import read his Strong file's loads as kilograms. Likely
by the desktop's LC_MEASUREMENT (else LC_ALL, LANG), read without Qt (app/desktop_locale.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from glueplan.cli import main
from glueplan.domain.trainee import Units
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository

FILES = Path(__file__).resolve().parent / "import_files"


@pytest.mark.parametrize(("argv", "desktop", "units"), [
    (["export", "--format", "csv", "--out", "log.csv"], "en_US.UTF-8", Units.LB),
    (["export", "--format", "csv", "--out", "log.csv"], "en_GB.UTF-8", Units.KG),
    (["import", str(FILES / "hevy_lbs.csv")], "en_US.UTF-8", Units.LB),
    (["print", "--program", "seed-002", "--weeks", "1", "--no-illustrations", "--no-log", "--out", "a.pdf"],
     "en_US.UTF-8", Units.LB),
])
def test_a_first_profile_made_by_a_command_is_in_the_desktops_likely_units(
        qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        argv: list[str], desktop: str, units: Units) -> None:
    monkeypatch.setenv("LANG", desktop)
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), *argv]) == 0, capsys.readouterr()
    store = open_store(database_url(str(db)))
    repository = Repository(store)
    assert [repository.trainee(trainee_id).units for trainee_id, _name in repository.trainee_names()] == [units]
    store.close()


@pytest.mark.parametrize(("options", "environment", "units"), [
    ([], {"LANG": "en_US.UTF-8"}, Units.LB),
    ([], {"LANG": "en_GB.UTF-8"}, Units.KG),
    ([], {"LANG": "da_DK.UTF-8", "LC_MEASUREMENT": "en_US.UTF-8"}, Units.LB),
    ([], {"LANG": "en_US.UTF-8", "LC_MEASUREMENT": "da_DK.UTF-8"}, Units.KG),
    ([], {"LANG": "da_DK.UTF-8", "LC_ALL": "en_US.UTF-8", "LC_MEASUREMENT": "da_DK.UTF-8"}, Units.LB),
    (["--units", "kg"], {"LANG": "en_US.UTF-8"}, Units.KG),
])
def test_a_trainee_added_without_units_is_in_the_desktops_likely_units(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path, options: list[str],
        environment: dict[str, str], units: Units) -> None:
    """``glueplan trainee add`` decides as a first profile is decided, not kilograms whatever the desktop."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert main(["trainee", "add", "Ida", *options]) == 0, capsys.readouterr()
    store = open_store(database_url(str(db_path)))
    repository = Repository(store)
    assert [repository.trainee(trainee_id).units for trainee_id, _name in repository.trainee_names()] == [units]
    store.close()


def test_a_trainee_added_in_the_desktops_units_loads_no_qt(tmp_path: Path) -> None:
    """The desktop's likely units were read through Qt's locale (0.15 s of imports), which a command otherwise never
    loads: ``trainee add`` without --units, and a command's first profile, loaded it. The environment is read
    instead, as Qt read it (LC_ALL, LC_MEASUREMENT, LANG)."""
    db = tmp_path / "db.sqlite"
    code = ("import sys; from glueplan.cli import main;"
            f"said = main(['--db', {str(db)!r}, 'trainee', 'add', 'Ida']);"
            "print(said, [m for m in sys.modules if m.startswith('PySide6')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                            env={**os.environ, "LANG": "en_US.UTF-8"})
    assert result.stdout.strip().endswith("0 []"), result.stdout + result.stderr
    store = open_store(database_url(str(db)))
    repository = Repository(store)
    assert [repository.trainee(trainee_id).units for trainee_id, _name in repository.trainee_names()] == [Units.LB]
    store.close()
