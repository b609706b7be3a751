"""The training log for a spreadsheet: a Danish coach's export (File > Export… > Training log, CSV)
had commas, decimal points and English words, so Danish Excel and LibreOffice opened it as one
column and could take 62.5 for a date. The form for a spreadsheet is written as one in the
language reads it, and glueplan reads it back as it reads its own form."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest

from glueplan.app.importing import ImportHistory, prepare
from glueplan.app.workspace import Workspace
from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet, Side
from glueplan.store.formats.csv_export import log_csv
from glueplan.store.imports.detection import read_history
from glueplan.store.imports.record import ImportRejected
from tests.app.test_log_moved_to_another_trainee import a_lifters_log, another_trainee


def test_the_danish_spreadsheet_log_has_semicolons_decimal_commas_and_danish_words(workspace: Workspace) -> None:
    repository = workspace.repository
    repository.log_set(workspace.trainee_id, LoggedSet("barbell_hip_thrust", datetime(2026, 11, 23, 18), 62.5, 10, 2,
                                                       "dybt; langsomt", warm_up=True))
    repository.log_set(workspace.trainee_id, LoggedSet("cable_hip_abduction", datetime(2026, 11, 23, 18, 10), 12.5, 12,
                                                       1, side=Side.LEFT))
    text = log_csv(repository, [(workspace.trainee_id, workspace.trainee)], Language.DA, for_spreadsheet=True)
    assert text.startswith("\ufeffUdøver;Dato;Tidspunkt;Øvelse;")  # Excel reads UTF-8 by its byte-order mark
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))
    assert [(row["Udøver"], row["Dato"], row["Tidspunkt"], row["Vægt (kg)"], row["Vægt som indtastet"], row["Enhed"],
             row["Gentagelser"], row["Opvarmning"], row["Side"], row["Note"]) for row in rows] == [
        ("Mig", "2026-11-23", "18:00:00", "62,5", "62,5", "kg", "10", "ja", "", "dybt; langsomt"),  # no side
        ("Mig", "2026-11-23", "18:10:00", "12,5", "12,5", "kg", "12", "nej", "venstre", "")]


KNEE = "Litt ubehag i høyre kne – vi gikk ned på dybden."


def test_the_day_note_is_on_each_set_of_its_day_and_a_day_of_a_note_alone_has_a_row(
        workspace: Workspace, catalog: Catalog, tmp_path: Path) -> None:
    """A Norwegian physiotherapist's clinical remark, written as the Log's note on the day, was left out of the
    CSV (the JSON backup kept it). It is on each set of its day, beside the set's note; a day of a note and
    no set has a row of its own, in date order; both forms read back as the sets alone. The side of a one-sided
    exercise done on each side is the app's "hver side" (it was "begge", which a file written before still reads
    as), and every time is written to the second (it was "17:05" beside "17:05:37")."""
    repository, kari = workspace.repository, workspace.trainee_id
    for minute in (0, 5):
        moment = datetime(2026, 12, 1, 17, minute, 37 if minute else 0)
        repository.log_set(kari, LoggedSet("single_leg_box_squat", moment, 0.0, 8, 2, "Kort dybde" if minute else ""))
    repository.log_set(kari, LoggedSet("glute_bridge", datetime(2026, 12, 4, 17), 0.0, 15, 3))  # on no side
    repository.set_session_note(kari, date(2026, 12, 1), "", KNEE)
    repository.set_session_note(kari, date(2026, 12, 3), "", "Syk, ingen trening")
    text = log_csv(repository, [(kari, workspace.trainee)], Language.NB, for_spreadsheet=True)
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))
    assert [(row["Dato"], row["Tidspunkt"], row["Repetisjoner"], row["Side"], row["Notat"], row["Notat om dagen"])
            for row in rows] == [
        ("2026-12-01", "17:00:00", "8", "hver side", "", KNEE),
        ("2026-12-01", "17:05:37", "8", "hver side", "Kort dybde", KNEE),
        ("2026-12-03", "", "", "", "", "Syk, ingen trening"),
        ("2026-12-04", "17:00:00", "15", "", "", "")]
    assert list(rows[0]).index("Notat om dagen") == list(rows[0]).index("Notat") + 1
    logged = repository.logged_sets(kari)
    for form, written in (("own", log_csv(repository, [(kari, workspace.trainee)], Language.NB)),
                          ("spreadsheet", text), ("spreadsheet before", text.replace(";hver side;", ";begge;"))):
        path = tmp_path / f"{form}.csv"
        path.write_text(written, encoding="utf-8", newline="")
        into = another_trainee(workspace, f"Sam {form}")
        preview = prepare(into, read_history(path, language=Language.EN))
        into.execute(ImportHistory(preview.batch, "import"))
        assert repository.logged_sets(into.trainee_id) == logged


@pytest.mark.parametrize("language", list(Language))
def test_both_forms_of_the_log_read_back_as_the_same_sets(workspace: Workspace, catalog: Catalog, tmp_path: Path,
                                                          language: Language) -> None:
    """The lifter of test_log_moved_to_another_trainee (lb, warm-ups, one side at a time, bodyweight work,
    notes like formulas and with quotes) with notes holding the spreadsheet's delimiter and a new line:
    each form, read into a new trainee in an English window, gives the sets logged."""
    repository = workspace.repository
    for minute, note in enumerate(["3 × 10; then 8", 'a "good" day,\nknee fine']):
        repository.log_set(workspace.trainee_id, LoggedSet("back_squat", datetime(2026, 11, 27, 8, minute), 82.5, 8,
                                                           2, note))
    logged = a_lifters_log(workspace, catalog)
    for spreadsheet in (True, False):
        path = tmp_path / f"log-{spreadsheet}.csv"
        path.write_text(log_csv(repository, [(workspace.trainee_id, workspace.trainee)], language,
                                for_spreadsheet=spreadsheet), encoding="utf-8", newline="")
        into = another_trainee(workspace, f"Sam {spreadsheet}")
        preview = prepare(into, read_history(path, language=Language.EN))
        assert all(row.choice.exercise_id is not None and not row.to_check for row in preview.names)
        into.execute(ImportHistory(preview.batch, "import"))
        assert repository.logged_sets(into.trainee_id) == logged
        assert prepare(workspace, read_history(path)).sets == 0  # back into its own trainee: nothing twice


def test_a_spreadsheet_log_edited_wrongly_is_refused_naming_the_line_and_its_column(
        workspace: Workspace, tmp_path: Path) -> None:
    """The lines are the file's: a note over two lines counts as two."""
    repository = workspace.repository
    for minute, note in enumerate(["første\nanden", "", ""]):
        repository.log_set(workspace.trainee_id, LoggedSet("clamshell", datetime(2026, 11, 23, 18, minute), 0.0, 15,
                                                           note=note))
    lines = log_csv(repository, [(workspace.trainee_id, workspace.trainee)], Language.DA,
                    for_spreadsheet=True).splitlines(keepends=True)
    lines[3] = lines[3].replace(";hver side;", ";midt;")
    lines[4] = lines[4].replace(";15;", ";15,5;")
    path = tmp_path / "log.csv"
    path.write_text("".join(lines), encoding="utf-8", newline="")
    with pytest.raises(ImportRejected) as caught:
        read_history(path, language=Language.DA)
    assert caught.value.text(Language.DA).splitlines() == [
        "Linje 4: kolonnen Side kan ikke rumme »midt«.",
        "Linje 5: »15,5« gentagelser: gentagelser skal være et helt tal fra 0 til 100."]


def test_glueplan_export_writes_the_spreadsheet_form_in_the_language_asked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    from glueplan.cli import main
    from glueplan.domain.trainee import Trainee
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.store.repository import Repository

    store = open_store(database_url(str(db_path)))
    repository = Repository(store)
    ane = repository.add_trainee(Trainee("Ane"))
    repository.log_set(ane, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 62.5, 8, 2))
    store.close()
    out = tmp_path / "ane.csv"
    assert main(["--lang", "nb", "export", "--format", "csv", "--for-spreadsheet", "--trainee", "Ane",
                 "--out", str(out)]) == 0, capsys.readouterr().err
    header, row = out.read_text(encoding="utf-8-sig").splitlines()
    assert header.startswith("Utøver;Dato;Tidspunkt;Øvelse;Øvelses-ID;Vekt (kg);Repetisjoner;RIR;")
    assert row.startswith("Ane;2026-11-23;18:00:00;") and ";62,5;8;2;;;nei;;62,5;kg;" in row


def test_a_load_changed_in_one_of_its_two_columns_is_refused_naming_both_as_the_file_does(
        workspace: Workspace, tmp_path: Path) -> None:
    """A Danish coach who corrects "Vægt (kg)" and not "Vægt som indtastet" was told of weight_kg, a
    column her file does not have."""
    repository = workspace.repository
    repository.log_set(workspace.trainee_id, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 62.5, 8, 2))
    header, row = log_csv(repository, [(workspace.trainee_id, workspace.trainee)], Language.DA,
                          for_spreadsheet=True).splitlines()
    path = tmp_path / "log.csv"
    path.write_text(f"{header}\n{row.replace(';62,5;8;', ';70;8;')}\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        read_history(path, language=Language.DA)
    assert caught.value.text(Language.DA) == \
        "Linje 2: Vægt (kg) 70 og Vægt som indtastet 62,5 kg stemmer ikke overens: ret den ene af dem."
