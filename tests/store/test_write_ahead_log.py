"""The write-ahead log is cut back once a checkpoint has moved its pages into the file: a large
write (an import) no longer leaves a -wal of its size beside the database until glueplan closes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import Trainee
from glueplan.store.database import WAL_SIZE_LIMIT
from glueplan.store.imports.batch import ImportBatch, write_batch
from glueplan.store.repository import Repository
from tests.store.test_import_batch import rows


@pytest.mark.sqlite_only
def test_the_log_of_an_import_is_cut_back_at_the_next_edit(repository: Repository, db_path: Path) -> None:
    """SQLite checkpoints after the import's commit (more than 1,000 pages in the log) but keeps the
    file's size; with journal_size_limit the next commit, which starts the log again, cuts it."""
    wal = Path(f"{db_path}-wal")
    trainee = repository.add_trainee(Trainee("Ida"))
    write_batch(repository, trainee, ImportBatch(rows(40_000)))
    imported = wal.stat().st_size
    repository.log_set(trainee, LoggedSet("back_squat", datetime(2026, 11, 30, 18), 60.0, 8, 2))
    assert (imported > 2 * WAL_SIZE_LIMIT, wal.stat().st_size) == (True, WAL_SIZE_LIMIT)
