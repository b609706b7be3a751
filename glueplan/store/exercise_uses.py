"""Where one of the user's own exercises is used, for every trainee: the programs that plan it, the
logs that hold it and the own templates that name it. Deleting it is refused while any does, in
words that name the places (the database's own refusal names a foreign key)."""

from __future__ import annotations


from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from glueplan.domain.catalog import Exercise
from glueplan.domain.default_names import in_language
from glueplan.domain.findings import join
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.plan_file import named_exercises
from glueplan.store.database import Store
from glueplan.store.errors import StoreError
from glueplan.store.schema import (
    LoggedSetRow,
    OwnTemplateRow,
    PlannedExerciseRow,
    PlannedSessionRow,
    ProgramRow,
    TraineeRow,
)
from glueplan.domain.record import Record


class ExerciseUses(Record):
    programs: list[tuple[str, str]]  # (program, trainee), by trainee and program
    logs: list[tuple[str, int]]  # (trainee, sets logged), by trainee
    templates: list[str]

    def __bool__(self) -> bool:
        return bool(self.programs or self.logs or self.templates)


class ExerciseInUse(StoreError):
    """An own exercise that is not deleted because something uses it; the text names where."""

    def __init__(self, exercise: Exercise, uses: ExerciseUses) -> None:
        self.exercise = exercise
        self.uses = uses
        super().__init__("exercise.in_use")

    def text(self, language: Language) -> str:
        text = messages()
        places = [text("exercise.used_in_program", language, program=in_language(program, language),
                       trainee=in_language(trainee, language)) for program, trainee in self.uses.programs]
        places += [text("exercise.used_in_log", language, trainee=in_language(trainee, language), sets=sets)
                   for trainee, sets in self.uses.logs]
        places += [text("exercise.used_in_template", language, template=name) for name in self.uses.templates]
        return text(self.key, language, name=self.exercise.name[language], places=join(places, language))


def exercise_uses(store: Store, exercise_id: str) -> ExerciseUses:
    """Every place that names the exercise. A template's plan is read without the catalogue: one
    that names an exercise gone since (an import's, taken out by its undo) is no failure."""
    with store.reading() as session:
        return uses_in(session, exercise_id)


def uses_in(session: OrmSession, exercise_id: str) -> ExerciseUses:
    """The same, inside the caller's transaction (which sees its own changes)."""
    programs = session.execute(
        select(ProgramRow.name, TraineeRow.name).distinct()
        .join(TraineeRow, TraineeRow.id == ProgramRow.trainee_id)
        .join(PlannedSessionRow, PlannedSessionRow.program_id == ProgramRow.id)
        .join(PlannedExerciseRow, PlannedExerciseRow.session_id == PlannedSessionRow.id)
        .where(PlannedExerciseRow.exercise_id == exercise_id)
        .order_by(TraineeRow.name, ProgramRow.name)).all()
    logs = session.execute(
        select(TraineeRow.name, func.count(LoggedSetRow.id))
        .join(TraineeRow, TraineeRow.id == LoggedSetRow.trainee_id)
        .where(LoggedSetRow.exercise_id == exercise_id)
        .group_by(TraineeRow.id, TraineeRow.name).order_by(TraineeRow.name)).all()
    templates = [name for name, plan in session.execute(select(OwnTemplateRow.name, OwnTemplateRow.plan)
                                                        .order_by(OwnTemplateRow.id))
                 if exercise_id in named_exercises(plan)]
    return ExerciseUses([(program, trainee) for program, trainee in programs],
                        [(trainee, sets) for trainee, sets in logs], templates)
