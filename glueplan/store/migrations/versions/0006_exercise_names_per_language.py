"""An own exercise has a Danish and a Norwegian name besides its English one (NULL: the same).

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('exercise', sa.Column('name_da', sa.String(length=200), nullable=True))
    op.add_column('exercise', sa.Column('name_nb', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('exercise') as batch:
        batch.drop_column('name_nb')
        batch.drop_column('name_da')
