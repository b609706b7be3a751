"""The first profile a command makes on a database with none (``glueplan export``, ``import``, ``print`` before the
window ever opened it) is in the desktop's likely units, as the window's first start makes it: made in kilograms,
an American's first start then offered kilograms, and an import read his Strong file's loads as kilograms."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from glueplan.cli import main
from glueplan.domain.trainee import Trainee, Units
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository

FILES = Path(__file__).resolve().parent / "import_files"


@pytest.mark.parametrize(("argv", "desktop", "units"), [
    (["export", "--format", "csv", "--out", "log.csv"], "en_US", Units.LB),
    (["export", "--format", "csv", "--out", "log.csv"], "en_GB", Units.KG),
    (["import", str(FILES / "hevy_lbs.csv")], "en_US", Units.LB),
    (["print", "--program", "seed-002", "--weeks", "1", "--no-illustrations", "--no-log", "--out", "a.pdf"], "en_US",
     Units.LB),
])
def test_a_first_profile_made_by_a_command_is_in_the_desktops_likely_units(
        qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        argv: list[str], desktop: str, units: Units) -> None:
    monkeypatch.setattr("glueplan.ui.shared.logged_text.system_locale", lambda: QLocale(desktop))
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "db.sqlite"
    assert main(["--db", str(db), *argv]) == 0, capsys.readouterr()
    store = open_store(database_url(str(db)))
    repository = Repository(store)
    assert [repository.trainee(trainee_id).units for trainee_id, _name in repository.trainee_names()] == [units]
    store.close()


@pytest.mark.parametrize(("options", "desktop", "units"), [
    ([], "en_US", Units.LB),
    ([], "en_GB", Units.KG),
    (["--units", "kg"], "en_US", Units.KG),
])
def test_a_trainee_added_without_units_is_in_the_desktops_likely_units(
        qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path,
        options: list[str], desktop: str, units: Units) -> None:
    """``glueplan trainee add`` decides as a first profile is decided, not kilograms whatever the desktop."""
    monkeypatch.setattr("glueplan.ui.shared.logged_text.system_locale", lambda: QLocale(desktop))
    assert main(["trainee", "add", "Ida", *options]) == 0, capsys.readouterr()
    store = open_store(database_url(str(db_path)))
    repository = Repository(store)
    assert [repository.trainee(trainee_id).units for trainee_id, _name in repository.trainee_names()] == [units]
    store.close()


def test_a_command_on_a_database_with_a_trainee_reads_no_locale_through_qt(tmp_path: Path) -> None:
    """Qt (0.15 s of imports) is loaded for the units only when a first profile is made."""
    db = tmp_path / "db.sqlite"
    store = open_store(database_url(str(db)))
    Repository(store).add_trainee(Trainee("Ane"))
    store.close()
    code = ("import sys; from glueplan.cli import main;"
            f"said = main(['--db', {str(db)!r}, 'export', '--format', 'csv', '--out', {str(tmp_path / 'a.csv')!r}]);"
            "print(said, [m for m in sys.modules if m.startswith('PySide6')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "0 []", result.stdout + result.stderr
