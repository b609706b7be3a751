"""An own exercise names the built-in exercise whose figure shows it ("looks like ...").

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('exercise', sa.Column('looks_like', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('exercise') as batch:
        batch.drop_column('looks_like')
