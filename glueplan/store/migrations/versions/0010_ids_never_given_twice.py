"""SQLite gives no integer id twice (AUTOINCREMENT), as PostgreSQL's sequences never do.

Without it SQLite gives the next row the highest id plus one, so the newest row's id, freed by
a deletion, went to whatever another window made next: an undo or redo that still held the old
id found a stranger under it (a program, a set, a planned exercise a set was linked to).

SQLite can only add AUTOINCREMENT by rebuilding a table, which glueplan.store.migrate does with
foreign keys off, so that dropping the old table takes no child row with it, and checks every
reference before it commits. PostgreSQL needs nothing.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('trainee', 'program', 'planned_session', 'planned_exercise', 'logged_set', 'own_template')


def upgrade() -> None:
    _rebuild(autoincrement=True)


def downgrade() -> None:
    _rebuild(autoincrement=False)


def _rebuild(autoincrement: bool) -> None:
    connection = op.get_bind()
    if connection.dialect.name != 'sqlite':
        return
    if connection.exec_driver_sql('PRAGMA foreign_keys').scalar():  # run otherwise than by glueplan.store.migrate
        raise RuntimeError('0010 rebuilds tables that others refer to: with foreign keys on, '
                           'dropping them would delete or unlink the rows that refer to them')
    for table in TABLES:
        with op.batch_alter_table(table, recreate='always', table_kwargs={'sqlite_autoincrement': autoincrement}):
            pass
