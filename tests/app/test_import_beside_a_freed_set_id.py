"""An import's new sets take no id that a deleted set had: SQLite's AUTOINCREMENT (schema 0010)
keeps a freed id from the next row the database numbers, but the import numbers its sets itself
(store/imports/batch.py), and numbered them from the highest id there."""

from __future__ import annotations

from datetime import date, datetime

from glueplan.app.importing import ImportHistory
from glueplan.app.log_edits import LogSet
from glueplan.app.workspace import Workspace
from glueplan.domain.log import LoggedSet
from glueplan.store.database import Store
from glueplan.store.imports.batch import ImportBatch, write_batch
from tests.conftest import workspace_on
from tests.store.conftest import database, pytest_generate_tests  # noqa: F401  (both engines, as the store's tests)
from tests.store.test_import_batch import rows

MINE = LoggedSet("clamshell", datetime(2026, 11, 24, 18), 0.0, 15, 2)


def test_an_import_takes_no_id_a_deleted_set_had(workspace: Workspace) -> None:
    repository = workspace.repository
    freed = repository.log_set(workspace.trainee_id, MINE)  # the newest set
    repository.delete_logged_set(freed, MINE)
    written = write_batch(repository, workspace.trainee_id, ImportBatch(rows(3)))
    assert freed not in written.set_ids


def test_a_set_logged_undone_and_redone_beside_an_import_elsewhere_comes_back(store: Store,
                                                                              workspace: Workspace) -> None:
    """The set logged here and undone; another window imports; the redo brings the set back. The
    import had taken its id, and the redo, finding a set under it, took that set for its own: the
    set was lost, and a later undo here would delete an imported set."""
    other = workspace_on(store)
    log = LogSet(MINE, "log")
    workspace.execute(log)
    workspace.revert(log)
    other.execute(ImportHistory(ImportBatch(rows(3)), "import"))
    workspace.execute(log)
    assert [s for _id, s in workspace.sets_on(date(2026, 11, 24))] == [MINE]
    assert workspace.repository.count_logged_sets(workspace.trainee_id) == 4
