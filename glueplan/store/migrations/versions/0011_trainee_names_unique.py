"""No two trainees share a name, case aside, and the database holds the rule: a column of each
name's key (glueplan.domain.trainee_names.name_key: Python's casefold, where SQLite's lower() folds only
ASCII) under a unique constraint. Checking the names before adding one left a gap: two computers on
one database adding "Ane Jensen" at the same moment both did, and ``--trainee`` then named either.

Trainees who share a name already are all kept: the first made keeps it and the later ones become
"Ane Jensen (2)" (unique_names). Nothing else says so: the upgrade runs before a window or a command
has anything to say it in, and the new name itself shows wherever the trainee is listed, to be
changed like any other; the file's copy taken before the upgrade keeps the names as they were.

SQLite rebuilds the table for the constraint (with foreign keys off, as glueplan.store.migrate
runs every migration), keeping AUTOINCREMENT and its count (0010).

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from glueplan.domain.trainee_names import name_key, unique_names

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRAINEES = sa.table('trainee', sa.column('id', sa.Integer()), sa.column('name', sa.String()),
                    sa.column('name_key', sa.Text()))
REBUILT = {'sqlite_autoincrement': True}  # SQLite's rebuild would otherwise drop 0010's AUTOINCREMENT


def upgrade() -> None:
    op.add_column('trainee', sa.Column('name_key', sa.Text(), nullable=True))
    connection = op.get_bind()
    trainees = [(row.id, row.name) for row in connection.execute(sa.select(TRAINEES.c.id, TRAINEES.c.name))]
    names = {trainee_id: name for trainee_id, name in trainees} | unique_names(trainees)
    if names:
        connection.execute(TRAINEES.update().where(TRAINEES.c.id == sa.bindparam('trainee_id'))
                           .values(name=sa.bindparam('new_name'), name_key=sa.bindparam('key')),
                           [{'trainee_id': trainee_id, 'new_name': name, 'key': name_key(name)}
                            for trainee_id, name in names.items()])
    given = _highest_id_given(connection)
    with op.batch_alter_table('trainee', table_kwargs=REBUILT) as batch:
        batch.alter_column('name_key', existing_type=sa.Text(), nullable=False)
        batch.create_unique_constraint('uq_trainee_name_key', ['name_key'])
    _go_on_counting_from(connection, given)


def downgrade() -> None:
    connection = op.get_bind()
    given = _highest_id_given(connection)
    with op.batch_alter_table('trainee', table_kwargs=REBUILT) as batch:
        batch.drop_constraint('uq_trainee_name_key', type_='unique')
        batch.drop_column('name_key')
    _go_on_counting_from(connection, given)


def _highest_id_given(connection: sa.Connection) -> int | None:
    """SQLite: the highest trainee id ever given (AUTOINCREMENT's count). A rebuilt table counts only from
    the ids it was copied with, and gave a deleted trainee's id again (0010 promises it never does)."""
    if connection.dialect.name != 'sqlite':
        return None  # a server's sequence is no table's: the rebuild leaves it
    return connection.exec_driver_sql("SELECT seq FROM sqlite_sequence WHERE name = 'trainee'").scalar()


def _go_on_counting_from(connection: sa.Connection, given: int | None) -> None:
    if given is not None:  # a table left empty has no count of its own yet
        connection.exec_driver_sql("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'trainee'", (given,))
        connection.exec_driver_sql("INSERT INTO sqlite_sequence (name, seq) SELECT 'trainee', ? WHERE NOT EXISTS "
                                   "(SELECT 1 FROM sqlite_sequence WHERE name = 'trainee')", (given,))
