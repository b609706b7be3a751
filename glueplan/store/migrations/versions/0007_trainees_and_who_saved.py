"""Several trainees: a trainee can be archived (kept, with every program and set, but out of the
switcher); a program remembers who saved it last, so that a save refused as stale can name them.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('trainee', sa.Column('archived', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('program', sa.Column('saved_by', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('program') as batch:
        batch.drop_column('saved_by')
    with op.batch_alter_table('trainee') as batch:
        batch.drop_column('archived')
