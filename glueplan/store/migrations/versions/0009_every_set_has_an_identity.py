"""Every logged set has an identity (``import_key``), not only an imported one: a set logged in
glueplan keeps its own through corrections, so that a backup taken before a correction does
not bring the set back as a second one (glueplan/store/set_identity.py).

Sets logged before get the identity that a backup written before this revision makes of
them: their moment and load, twins numbered in the order of their ids.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from glueplan.store.set_identity import OldSet, old_identities

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SETS = sa.table('logged_set', sa.column('id', sa.Integer()), sa.column('trainee_id', sa.Integer()),
                sa.column('performed_at', sa.DateTime()), sa.column('exercise_id', sa.String()),
                sa.column('weight_kg', sa.Float()), sa.column('reps', sa.Integer()),
                sa.column('import_key', sa.String()))


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(SETS.c.id, SETS.c.trainee_id, SETS.c.performed_at, SETS.c.exercise_id,
                                        SETS.c.weight_kg, SETS.c.reps, SETS.c.import_key).order_by(SETS.c.id)).all()
    keys = old_identities(OldSet(*row[1:]) for row in rows)
    made = [{"set_id": row.id, "key": key} for row, key in zip(rows, keys, strict=True) if row.import_key is None]
    if made:
        connection.execute(SETS.update().where(SETS.c.id == sa.bindparam("set_id"))
                           .values(import_key=sa.bindparam("key")), made)
    with op.batch_alter_table('logged_set') as batch:
        batch.alter_column('import_key', existing_type=sa.String(length=400), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('logged_set') as batch:
        batch.alter_column('import_key', existing_type=sa.String(length=400), nullable=True)
