"""History imported from other apps: warm-up sets are marked, each imported set keeps the
identity it had in its file (so a second import of the file adds nothing), and the user's
choices of which exercise an app's name means are remembered for the next import.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('logged_set', sa.Column('warm_up', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('logged_set', sa.Column('import_key', sa.String(length=400), nullable=True))
    op.create_index('ix_logged_set_import_key', 'logged_set', ['trainee_id', 'import_key'], unique=True)
    op.create_table(
        'import_choice',
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('exercise_id', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(['exercise_id'], ['exercise.id'], ondelete='CASCADE',
                                name=op.f('fk_import_choice_exercise_id_exercise')),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_import_choice')),
    )


def downgrade() -> None:
    op.drop_table('import_choice')
    op.drop_index('ix_logged_set_import_key', table_name='logged_set')
    with op.batch_alter_table('logged_set') as batch:
        batch.drop_column('import_key')
        batch.drop_column('warm_up')
