"""The History tab lists sets by weight or by reps too: an index per trainee, and per trainee and
exercise, on each value and the time, so that every order pages by key as the newest-first one does.

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    'ix_logged_set_by_weight': ['trainee_id', 'weight_kg', 'performed_at'],
    'ix_logged_set_exercise_by_weight': ['trainee_id', 'exercise_id', 'weight_kg', 'performed_at'],
    'ix_logged_set_by_reps': ['trainee_id', 'reps', 'performed_at'],
    'ix_logged_set_exercise_by_reps': ['trainee_id', 'exercise_id', 'reps', 'performed_at'],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, 'logged_set', columns, unique=False)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name='logged_set')
