"""Several trainees in one window and on the command line: switching shows another trainee's
profile, program and log and is remembered per database; ``--trainee`` and the default follow."""

from __future__ import annotations

import json
from datetime import date, datetime

from msgspec.structs import replace
import pytest

from glueplan.app.changes import ChangeSet
from glueplan.app.opening import open_workspace
from glueplan.app.setup_edits import EditProfile
from glueplan.app import trainees
from glueplan.app.trainees import ArchiveTrainee, UnknownTrainee, chosen_trainee, last_used, switch_to, trainee_named
from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Level, Trainee, Units, kilograms
from glueplan.store.database import Store
from glueplan.store.errors import StoreError
from glueplan.store.repository import Repository
from tests.conftest import seed_000
from tests.test_cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command's exit code and output; a usage error (argparse exits) is code 2."""
    try:
        code = main(list(argv))
    except SystemExit as exiting:
        code = int(exiting.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_switching_shows_the_other_trainees_profile_program_and_log(store: Store) -> None:
    workspace = open_workspace(store, Language.EN, kilograms)
    me = workspace.trainee_id
    repository = workspace.repository
    ane = repository.add_trainee(Trainee("Ane", Level.ADVANCED, Units.LB))
    program_id = repository.add_program(ane, replace(seed_000(), name="Ane's plan", start=date(2026, 11, 23)))
    repository.log_set(ane, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 60.0, 8, 2))
    heard: list[ChangeSet] = []
    workspace.subscribe(heard.append)

    switch_to(workspace, ane)
    assert (workspace.trainee.name, workspace.program_id, workspace.program.name) == ("Ane", program_id, "Ane's plan")
    assert workspace.report is not None and len(workspace.sets_on(date(2026, 11, 23))) == 1
    assert heard == [ChangeSet.everything()] and heard[0].log and heard[0].plan and heard[0].trainee
    next_start = open_workspace(store, Language.EN, kilograms)  # the next start
    assert last_used(store.engine.url) == ane and next_start.trainee_id == ane
    switch_to(workspace, me)
    assert workspace.program is None and workspace.sets_on(date(2026, 11, 23)) == []


def test_a_name_picks_a_trainee_and_an_archived_last_one_is_not_the_default(repository: Repository) -> None:
    first = chosen_trainee(repository, None, Language.DA, kilograms)  # first run: one is made, in the user's language
    assert repository.trainee(first).name == "Mig"
    ole = repository.add_trainee(Trainee("Ole"))
    assert chosen_trainee(repository, " ole ", Language.EN, kilograms) == ole
    with pytest.raises(UnknownTrainee) as unknown:
        chosen_trainee(repository, "Nobody", Language.EN, kilograms)
    assert "Mig, Ole" in str(unknown.value)
    repository.archive_trainee(first)
    assert chosen_trainee(repository, None, Language.EN, kilograms) == ole


def test_the_trainee_command_adds_lists_renames_and_archives(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "trainee", "add", "Ane", "--level", "advanced", "--units", "lb")[0] == 0
    assert run(capsys, "trainee", "add", "ole")[0] == 0
    code, _out, err = run(capsys, "trainee", "add", "ANE")
    assert code == 2 and "already" in err
    assert run(capsys, "trainee", "rename", "ole", "Ole")[0] == 0
    assert run(capsys, "trainee", "archive", "Ane")[0] == 0
    code, out, _err = run(capsys, "trainee", "list")
    assert code == 0 and "Ole" in out and "Ane" not in out
    code, out, _err = run(capsys, "trainee", "list", "--archived", "--json")
    assert [(t["name"], t["level"], t["units"]) for t in json.loads(out)] == [("Ane", "advanced", "lb")]
    code, _out, err = run(capsys, "trainee", "archive", "Nobody")
    assert code == 2 and "Trainees: Ole" in err


def test_a_trainee_renamed_in_the_profile_needs_a_free_name(workspace: Workspace) -> None:
    workspace.repository.add_trainee(Trainee("Ane"))
    before = workspace.trainee
    with pytest.raises(StoreError) as taken:
        workspace.execute(EditProfile(before, replace(before, name=" ane "), "Edit trainee"))
    assert taken.value.key == "trainee.name_taken"
    assert workspace.repository.trainee(workspace.trainee_id) == before
    rename = EditProfile(before, replace(before, name=" Ida "), "Edit trainee")
    workspace.execute(rename)
    assert workspace.repository.trainee(workspace.trainee_id).name == "Ida"
    workspace.revert(rename)
    assert workspace.repository.trainee(workspace.trainee_id) == before


def test_archiving_the_only_trainee_makes_a_first_one_under_a_free_name(workspace: Workspace) -> None:
    """The trainee made in place of the archived "Me" may not be a second "Me": --trainee Me names one. It weighs in
    the units of the one archived, the person at this computer (they came from the environment, read in the domain)."""
    me = workspace.trainee_id
    workspace.execute(EditProfile(workspace.trainee, replace(workspace.trainee, units=Units.LB), "units"))
    workspace.execute(ArchiveTrainee("Archive"))
    made = workspace.repository.trainee(workspace.trainee_id)
    assert workspace.trainee_id != me and (made.name, made.units) == ("Me (2)", Units.LB)
    assert trainee_named(workspace.repository, "ME") == me


def test_an_add_or_rename_past_the_check_is_refused_as_a_taken_name(capsys: pytest.CaptureFixture[str],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Another computer added "Åse" between this command's check and its write: the database refuses
    the write, and the command says what its check says, a usage error (2), nothing written."""
    assert run(capsys, "trainee", "add", "Åse")[0] == 0
    assert run(capsys, "trainee", "add", "Ole")[0] == 0
    said_by_the_check = run(capsys, "trainee", "add", "ÅSE")
    monkeypatch.setattr(trainees, "check_free_name", lambda _repository, name, _trainee_id=None: name.strip())
    assert run(capsys, "trainee", "add", "ÅSE") == said_by_the_check
    code, _out, err = run(capsys, "trainee", "rename", "Ole", "åse")
    assert (code, err.splitlines()[-1]) == (2, said_by_the_check[2].splitlines()[-1].replace(" add:", " rename:"))
    _code, out, _err = run(capsys, "trainee", "list", "--json")
    assert said_by_the_check[0] == 2 and [t["name"] for t in json.loads(out)] == ["Ole", "Åse"]


def test_the_trainee_remembered_already_is_not_written_again(store: Store) -> None:
    """Every start remembers the trainee it shows: most starts show the one remembered, and rewrote the file."""
    import platformdirs

    from glueplan.app.trainees import LAST_USED_FILE, remember

    memory = platformdirs.user_config_path("glueplan", appauthor=False) / LAST_USED_FILE
    remember(store.engine.url, 1)
    written = memory.stat()
    remember(store.engine.url, 1)
    assert memory.stat().st_ino == written.st_ino  # not replaced by a new file
    remember(store.engine.url, 2)
    assert memory.stat().st_ino != written.st_ino and last_used(store.engine.url) == 2
