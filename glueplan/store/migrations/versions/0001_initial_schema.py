"""Initial schema: trainees, programs, planned sessions and exercises, the log, custom exercises.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 01:23:59.879044
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('app_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_meta'))
    )
    op.create_table('exercise',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('custom', sa.Boolean(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('laterality', sa.String(length=16), nullable=False),
    sa.Column('equipment', sa.JSON(), nullable=False),
    sa.Column('sets', sa.Integer(), nullable=True),
    sa.Column('reps_min', sa.Integer(), nullable=True),
    sa.Column('reps_max', sa.Integer(), nullable=True),
    sa.Column('rir', sa.Integer(), nullable=True),
    sa.Column('rest_s', sa.Integer(), nullable=True),
    sa.Column('cues', sa.JSON(), nullable=False),
    sa.Column('mistakes', sa.JSON(), nullable=False),
    sa.CheckConstraint("category IN ('compound', 'hip_dominant', 'isolation', 'activation')",
                       name=op.f('ck_exercise_category')),
    sa.CheckConstraint("laterality IN ('bilateral', 'unilateral')", name=op.f('ck_exercise_laterality')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exercise'))
    )
    op.create_table('trainee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('units', sa.String(length=4), nullable=False),
    sa.Column('session_minutes', sa.Integer(), nullable=False),
    sa.Column('weekly_minutes', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=4), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("language IN ('en', 'da', 'nb')", name=op.f('ck_trainee_language')),
    sa.CheckConstraint("level IN ('beginner', 'intermediate', 'advanced')", name=op.f('ck_trainee_level')),
    sa.CheckConstraint("units IN ('kg', 'lb')", name=op.f('ck_trainee_units')),
    sa.CheckConstraint('session_minutes BETWEEN 5 AND 600', name=op.f('ck_trainee_session_minutes')),
    sa.CheckConstraint('weekly_minutes IS NULL OR weekly_minutes BETWEEN 5 AND 5000',
                       name=op.f('ck_trainee_weekly_minutes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainee'))
    )
    op.create_table('involvement',
    sa.Column('exercise_id', sa.String(length=64), nullable=False),
    sa.Column('muscle_id', sa.String(length=64), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.CheckConstraint('weight IN (1.0, 0.5, 0.25)', name=op.f('ck_involvement_weight')),
    sa.ForeignKeyConstraint(['exercise_id'], ['exercise.id'],
                            name=op.f('fk_involvement_exercise_id_exercise'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('exercise_id', 'muscle_id', name=op.f('pk_involvement'))
    )
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_involvement_muscle_id'), ['muscle_id'], unique=False)

    op.create_table('program',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('template_id', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainee.id'],
                            name=op.f('fk_program_trainee_id_trainee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program'))
    )
    with op.batch_alter_table('program', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_program_trainee_id'), ['trainee_id'], unique=False)

    op.create_table('program_week',
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('deload', sa.Boolean(), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_program_week_number')),
    sa.ForeignKeyConstraint(['program_id'], ['program.id'],
                            name=op.f('fk_program_week_program_id_program'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('program_id', 'number', name=op.f('pk_program_week'))
    )
    op.create_table('planned_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('week', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('time_of_day', sa.Time(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('weekday BETWEEN 0 AND 6', name=op.f('ck_planned_session_weekday')),
    sa.ForeignKeyConstraint(['program_id', 'week'], ['program_week.program_id', 'program_week.number'],
                            name='fk_planned_session_week', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_session'))
    )
    with op.batch_alter_table('planned_session', schema=None) as batch_op:
        batch_op.create_index('ix_planned_session_week', ['program_id', 'week'], unique=False)

    op.create_table('planned_exercise',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('exercise_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('sets', sa.Integer(), nullable=False),
    sa.Column('reps_min', sa.Integer(), nullable=False),
    sa.Column('reps_max', sa.Integer(), nullable=False),
    sa.Column('rir', sa.Integer(), nullable=False),
    sa.Column('rest_s', sa.Integer(), nullable=False),
    sa.Column('load_kg', sa.Float(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('load_kg IS NULL OR load_kg >= 0', name=op.f('ck_planned_exercise_load_kg')),
    sa.CheckConstraint('reps_min >= 1 AND reps_max >= reps_min AND reps_max <= 100',
                       name=op.f('ck_planned_exercise_reps')),
    sa.CheckConstraint('rest_s BETWEEN 0 AND 900', name=op.f('ck_planned_exercise_rest_s')),
    sa.CheckConstraint('rir BETWEEN 0 AND 10', name=op.f('ck_planned_exercise_rir')),
    sa.CheckConstraint('sets BETWEEN 1 AND 20', name=op.f('ck_planned_exercise_sets')),
    sa.ForeignKeyConstraint(['exercise_id'], ['exercise.id'],
                            name=op.f('fk_planned_exercise_exercise_id_exercise'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['session_id'], ['planned_session.id'],
                            name=op.f('fk_planned_exercise_session_id_planned_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_exercise'))
    )
    with op.batch_alter_table('planned_exercise', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planned_exercise_exercise_id'), ['exercise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_planned_exercise_session_id'), ['session_id'], unique=False)

    op.create_table('logged_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trainee_id', sa.Integer(), nullable=False),
    sa.Column('exercise_id', sa.String(length=64), nullable=False),
    sa.Column('performed_at', sa.DateTime(), nullable=False),
    sa.Column('weight_kg', sa.Float(), nullable=False),
    sa.Column('reps', sa.Integer(), nullable=False),
    sa.Column('rir', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('planned_exercise_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('reps BETWEEN 1 AND 100', name=op.f('ck_logged_set_reps')),
    sa.CheckConstraint('rir IS NULL OR rir BETWEEN 0 AND 10', name=op.f('ck_logged_set_rir')),
    sa.CheckConstraint('weight_kg >= 0', name=op.f('ck_logged_set_weight_kg')),
    sa.ForeignKeyConstraint(['exercise_id'], ['exercise.id'],
                            name=op.f('fk_logged_set_exercise_id_exercise'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['planned_exercise_id'], ['planned_exercise.id'],
                            name=op.f('fk_logged_set_planned_exercise_id_planned_exercise'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['trainee_id'], ['trainee.id'],
                            name=op.f('fk_logged_set_trainee_id_trainee'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_logged_set'))
    )
    with op.batch_alter_table('logged_set', schema=None) as batch_op:
        batch_op.create_index('ix_logged_set_history', ['trainee_id', 'exercise_id', 'performed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_logged_set_planned_exercise_id'), ['planned_exercise_id'], unique=False)
        batch_op.create_index('ix_logged_set_when', ['trainee_id', 'performed_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('logged_set', schema=None) as batch_op:
        batch_op.drop_index('ix_logged_set_when')
        batch_op.drop_index(batch_op.f('ix_logged_set_planned_exercise_id'))
        batch_op.drop_index('ix_logged_set_history')

    op.drop_table('logged_set')
    with op.batch_alter_table('planned_exercise', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planned_exercise_session_id'))
        batch_op.drop_index(batch_op.f('ix_planned_exercise_exercise_id'))

    op.drop_table('planned_exercise')
    with op.batch_alter_table('planned_session', schema=None) as batch_op:
        batch_op.drop_index('ix_planned_session_week')

    op.drop_table('planned_session')
    op.drop_table('program_week')
    with op.batch_alter_table('program', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_program_trainee_id'))

    op.drop_table('program')
    with op.batch_alter_table('involvement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_involvement_muscle_id'))

    op.drop_table('involvement')
    op.drop_table('trainee')
    op.drop_table('exercise')
    op.drop_table('app_meta')
