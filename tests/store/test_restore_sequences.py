"""A backup restored into an empty database keeps its ids; what the database adds next gets new
ones. On PostgreSQL ids come from sequences, and an insert under an explicit id does not advance
them: without setting them past the restored ids, the next trainee, program, set or template
asked the sequence for id 1 and collided with a restored row."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from msgspec.structs import replace

from glueplan.domain.language import Language
from glueplan.domain.log import LoggedSet
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Trainee
from glueplan.store.database import Store, open_store
from glueplan.store.formats.json_backup import backup_bytes, parse_backup, restore_backup
from glueplan.store.location import database_url
from glueplan.store.own_templates import add_template, own_templates, template_plan
from glueplan.store.repository import Repository
from tests.domain.test_commands import CATALOG


def test_what_is_added_after_a_restore_gets_new_ids_from_the_sequences(
        tmp_path: Path, store: Store, repository: Repository) -> None:
    source = open_store(database_url(str(tmp_path / "source.sqlite")))
    try:
        old = Repository(source)
        trainee_id = old.add_trainee(Trainee("Ida"))
        program = builtin_templates()["seed-000"].program(CATALOG, Language.EN, weeks=1)
        program_id = old.add_program(trainee_id, replace(program, start=date(2026, 11, 23)))
        old.log_set(trainee_id, LoggedSet("back_squat", datetime(2026, 11, 23, 18), 100.0, 8, 2))
        add_template(source, "Mine", template_plan("Mine", old.program(program_id), Trainee("Ida").level))
        backup = parse_backup(json.loads(backup_bytes(source)), "backup.json")
    finally:
        source.close()
    restore_backup(store, backup)
    added = repository.add_trainee(Trainee("Bo"))  # the sequence gave 1 again: the restored Ida's
    assert added != trainee_id
    new_program = repository.add_program(added, replace(program, start=date(2026, 11, 30)))
    assert new_program != program_id
    repository.log_set(added, LoggedSet("back_squat", datetime(2026, 11, 24, 18), 100.0, 8, 2))
    add_template(store, "Theirs", template_plan("Theirs", repository.program(new_program), Trainee("Bo").level))
    assert sorted(t.name.en for t in own_templates(store)) == ["Mine", "Theirs"]
