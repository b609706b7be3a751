"""The database tables (SQLAlchemy 2.0 typed ORM). Alembic migrations must follow every change.

Checks in the schema repeat the domain's limits so that no path, not even a bug,
can write an impossible row into a user's log.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from glueplan.domain.trainee import NAME_LENGTH

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Numbered:
    """A row known by an integer id that is never given twice: PostgreSQL's sequences never give
    one again, and on SQLite AUTOINCREMENT keeps a freed id from the next row (migration 0010).
    An undo or a window that still holds an id finds its own row under it, or none."""

    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)  # maps the class: its table exists from here on
        cls.__table__.dialect_kwargs["sqlite_autoincrement"] = True  # type: ignore[attr-defined]


class AppMeta(Base):
    """Small facts about the file itself, such as which catalogue it was synced with."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TraineeRow(Numbered, Base):
    __tablename__ = "trainee"
    __table_args__ = (
        CheckConstraint("level IN ('beginner', 'intermediate', 'advanced')", name="level"),
        CheckConstraint("units IN ('kg', 'lb')", name="units"),
        CheckConstraint("language IN ('en', 'da', 'nb')", name="language"),
        CheckConstraint("session_minutes BETWEEN 5 AND 600", name="session_minutes"),
        CheckConstraint("weekly_minutes IS NULL OR weekly_minutes BETWEEN 5 AND 5000", name="weekly_minutes"),
    )
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    # The name's domain.trainee_names.name_key, unique: two computers adding or renaming at one moment cannot
    # both give a name (migration 0011), nor can "Mig" be given beside the first profile's "Me" (0012).
    name_key: Mapped[str] = mapped_column(Text, unique=True)
    level: Mapped[str] = mapped_column(String(16))
    units: Mapped[str] = mapped_column(String(4))
    session_minutes: Mapped[int] = mapped_column(Integer)
    weekly_minutes: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(4))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Archived: kept with every program and set, but out of the switcher and the command line's list.
    archived: Mapped[bool] = mapped_column(server_default=false())

    programs: Mapped[list[ProgramRow]] = relationship(back_populates="trainee", cascade="all, delete-orphan",
                                                      passive_deletes=True)


class ProgramRow(Numbered, Base):
    __tablename__ = "program"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    template_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Raised by every save: a save based on an older version was made from a stale copy.
    version: Mapped[int] = mapped_column(Integer, server_default="0")
    saved_by: Mapped[str | None] = mapped_column(String(200))  # user@computer of the last save: a stale save names them

    trainee: Mapped[TraineeRow] = relationship(back_populates="programs")
    weeks: Mapped[list[ProgramWeekRow]] = relationship(
        back_populates="program", order_by="ProgramWeekRow.number",
        cascade="all, delete-orphan", passive_deletes=True,
    )


class ProgramWeekRow(Base):
    """A week of a program; the number of weeks of a program is the number of these rows."""

    __tablename__ = "program_week"
    __table_args__ = (CheckConstraint("number >= 1", name="number"),)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    deload: Mapped[bool] = mapped_column(default=False)

    program: Mapped[ProgramRow] = relationship(back_populates="weeks")
    sessions: Mapped[list[PlannedSessionRow]] = relationship(
        back_populates="week_row", order_by="PlannedSessionRow.position",
        cascade="all, delete-orphan", passive_deletes=True,
    )


class PlannedSessionRow(Numbered, Base):
    __tablename__ = "planned_session"
    __table_args__ = (
        ForeignKeyConstraint(["program_id", "week"], ["program_week.program_id", "program_week.number"],
                             ondelete="CASCADE", name="fk_planned_session_week"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        Index("ix_planned_session_week", "program_id", "week"),
    )
    program_id: Mapped[int] = mapped_column(Integer)
    week: Mapped[int] = mapped_column(Integer)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    time_of_day: Mapped[time] = mapped_column(Time)
    title: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer)

    week_row: Mapped[ProgramWeekRow] = relationship(back_populates="sessions")
    exercises: Mapped[list[PlannedExerciseRow]] = relationship(
        back_populates="session", order_by="PlannedExerciseRow.position",
        cascade="all, delete-orphan", passive_deletes=True,
    )


class ExerciseRow(Base):
    """Every exercise a plan or log may name: the built-in ones mirrored from the catalogue
    (so that foreign keys hold and SQL can weigh sets by muscle), and the user's own."""

    __tablename__ = "exercise"
    __table_args__ = (
        CheckConstraint("category IN ('compound', 'hip_dominant', 'isolation', 'activation')", name="category"),
        CheckConstraint("laterality IN ('bilateral', 'unilateral')", name="laterality"),
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    custom: Mapped[bool] = mapped_column(default=False)
    name: Mapped[str] = mapped_column(String(200))  # the user's name, or the English one for built-ins
    # An own exercise's Danish and Norwegian names where they differ from ``name`` (else NULL).
    name_da: Mapped[str | None] = mapped_column(String(200))
    name_nb: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(16))
    laterality: Mapped[str] = mapped_column(String(16))
    # The rest describes custom exercises only; built-ins keep theirs in the catalogue.
    equipment: Mapped[Any] = mapped_column(JSON, default=list)
    sets: Mapped[int | None] = mapped_column(Integer)
    reps_min: Mapped[int | None] = mapped_column(Integer)
    reps_max: Mapped[int | None] = mapped_column(Integer)
    rir: Mapped[int | None] = mapped_column(Integer)
    rest_s: Mapped[int | None] = mapped_column(Integer)
    cues: Mapped[Any] = mapped_column(JSON, default=list)
    mistakes: Mapped[Any] = mapped_column(JSON, default=list)
    looks_like: Mapped[str | None] = mapped_column(String(64))  # a built-in id: the figure that shows it

    involvement: Mapped[list[InvolvementRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="InvolvementRow.weight.desc()",
    )


class InvolvementRow(Base):
    __tablename__ = "involvement"
    __table_args__ = (CheckConstraint("weight IN (1.0, 0.5, 0.25)", name="weight"),)
    exercise_id: Mapped[str] = mapped_column(ForeignKey("exercise.id", ondelete="CASCADE"), primary_key=True)
    muscle_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    weight: Mapped[float] = mapped_column(Float)


class PlannedExerciseRow(Numbered, Base):
    __tablename__ = "planned_exercise"
    __table_args__ = (
        CheckConstraint("sets BETWEEN 1 AND 20", name="sets"),
        CheckConstraint("reps_min >= 1 AND reps_max >= reps_min AND reps_max <= 100", name="reps"),
        CheckConstraint("rir BETWEEN 0 AND 10", name="rir"),
        CheckConstraint("rest_s BETWEEN 0 AND 900", name="rest_s"),
        CheckConstraint("load_kg IS NULL OR load_kg >= 0", name="load_kg"),
    )
    session_id: Mapped[int] = mapped_column(ForeignKey("planned_session.id", ondelete="CASCADE"), index=True)
    exercise_id: Mapped[str] = mapped_column(ForeignKey("exercise.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    sets: Mapped[int] = mapped_column(Integer)
    reps_min: Mapped[int] = mapped_column(Integer)
    reps_max: Mapped[int] = mapped_column(Integer)
    rir: Mapped[int] = mapped_column(Integer)
    rest_s: Mapped[int] = mapped_column(Integer)
    load_kg: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[PlannedSessionRow] = relationship(back_populates="exercises")


class LoggedSetRow(Numbered, Base):
    __tablename__ = "logged_set"
    __table_args__ = (
        CheckConstraint("weight_kg >= 0", name="weight_kg"),
        CheckConstraint("reps BETWEEN 1 AND 100", name="reps"),
        CheckConstraint("rir IS NULL OR rir BETWEEN 0 AND 10", name="rir"),
        CheckConstraint("side IN ('both', 'left', 'right')", name="side"),
        Index("ix_logged_set_history", "trainee_id", "exercise_id", "performed_at"),
        Index("ix_logged_set_when", "trainee_id", "performed_at"),
        # The history listed by weight or by reps pages by (value, time, id) in these (store/history.py).
        Index("ix_logged_set_by_weight", "trainee_id", "weight_kg", "performed_at"),
        Index("ix_logged_set_exercise_by_weight", "trainee_id", "exercise_id", "weight_kg", "performed_at"),
        Index("ix_logged_set_by_reps", "trainee_id", "reps", "performed_at"),
        Index("ix_logged_set_exercise_by_reps", "trainee_id", "exercise_id", "reps", "performed_at"),
        Index("ix_logged_set_import_key", "trainee_id", "import_key", unique=True),
    )
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(ForeignKey("exercise.id", ondelete="RESTRICT"))
    performed_at: Mapped[datetime] = mapped_column(DateTime)
    weight_kg: Mapped[float] = mapped_column(Float)
    reps: Mapped[int] = mapped_column(Integer)
    rir: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    planned_exercise_id: Mapped[int | None] = mapped_column(
        ForeignKey("planned_exercise.id", ondelete="SET NULL"), index=True)
    warm_up: Mapped[bool] = mapped_column(default=False, server_default=false())  # counts for no progression
    # The set's identity in every database and file: a backup read back adds no set twice
    # (glueplan/store/set_identity.py; an imported set's: glueplan/store/imports/record.py).
    import_key: Mapped[str] = mapped_column(String(400))
    # 'both': a two-sided lift, or a one-sided exercise done on each side (reps are per side);
    # 'left' or 'right': that side alone (glueplan/domain/log.py, Side).
    side: Mapped[str] = mapped_column(String(5), default="both", server_default="both")


class SessionNoteRow(Base):
    """The note of a trainee's day of training ("slept badly", "knee sore on lunges"). The log
    is kept by day, as the Log tab shows it: two sessions on one day share the day's note."""

    __tablename__ = "session_note"
    trainee_id: Mapped[int] = mapped_column(ForeignKey("trainee.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    note: Mapped[str] = mapped_column(Text)


class ImportChoiceRow(Base):
    """Which exercise a name in another app's export means, as the user chose it at an import
    (no exercise: skip that name), offered again at the next import."""

    __tablename__ = "import_choice"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)  # folded (see import_mapping.fold)
    exercise_id: Mapped[str | None] = mapped_column(ForeignKey("exercise.id", ondelete="CASCADE"))


class OwnTemplateRow(Numbered, Base):
    """A program the user saved as a template (the weeks as a plan file's JSON, with the level of
    the trainee it was made for), to start programs from for any trainee."""

    __tablename__ = "own_template"
    name: Mapped[str] = mapped_column(String(200))
    plan: Mapped[Any] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)
