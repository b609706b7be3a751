"""One-sided exercises are logged per side (a set of the left or the right side alone, or of
each side), and a day of training has a note.

Sets logged before were written with one reps count for a one-sided exercise: the reps of each
side, as its prescription reads ("3 x 8-12 / leg"), so they become 'both'.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('logged_set') as batch:
        batch.add_column(sa.Column('side', sa.String(length=5), server_default='both', nullable=False))
        batch.create_check_constraint('side', "side IN ('both', 'left', 'right')")
    op.create_table(
        'session_note',
        sa.Column('trainee_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['trainee_id'], ['trainee.id'], ondelete='CASCADE',
                                name=op.f('fk_session_note_trainee_id_trainee')),
        sa.PrimaryKeyConstraint('trainee_id', 'day', name=op.f('pk_session_note')),
    )


def downgrade() -> None:
    op.drop_table('session_note')
    with op.batch_alter_table('logged_set') as batch:
        batch.drop_constraint('side', type_='check')
        batch.drop_column('side')
