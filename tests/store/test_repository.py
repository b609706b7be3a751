"""Round trips through the database, and edits that are all-or-nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time

from msgspec.structs import replace
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from glueplan.domain.catalog import Catalog, Category, Equipment, Exercise, Laterality, Prescription, RepRange
from glueplan.domain.language import Language, Localized
from glueplan.domain.log import LoggedSet
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Level, Trainee, Units
from glueplan.store.database import Store
from glueplan.store.errors import StaleExercise, StaleProfile, StoreError
from glueplan.store.repository import Repository
from glueplan.store.schema import ExerciseRow, InvolvementRow, LoggedSetRow, PlannedExerciseRow, ProgramRow


def test_trainee_round_trip_and_update(repository: Repository) -> None:
    trainee = Trainee("Sofie", Level.ADVANCED, Units.LB, session_minutes=45, weekly_minutes=180,
                      language=Language.DA)
    trainee_id = repository.add_trainee(trainee)
    assert repository.trainee(trainee_id) == trainee
    changed = replace(trainee, level=Level.BEGINNER, weekly_minutes=None, language=Language.NB)
    repository.update_trainee(trainee_id, trainee, changed)
    assert repository.trainee(trainee_id) == changed


def test_a_profile_changed_elsewhere_is_not_overwritten(repository: Repository) -> None:
    trainee = Trainee("Sofie", weekly_minutes=180)
    trainee_id = repository.add_trainee(trainee)
    elsewhere = replace(trainee, weekly_minutes=None)
    repository.update_trainee(trainee_id, trainee, elsewhere)
    with pytest.raises(StaleProfile) as refused:
        repository.update_trainee(trainee_id, trainee, replace(trainee, level=Level.ADVANCED))
    assert refused.value.key == "store.stale_profile"
    assert repository.trainee(trainee_id) == elsewhere


def test_a_template_program_round_trips_week_by_week(repository: Repository, catalog: Catalog) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    program = builtin_templates()["seed-000"].program(catalog, Language.NB, weeks=4)
    program = replace(program, weeks=program.weeks[:3] + (replace(program.weeks[3], deload=True),),
                      start=date(2026, 11, 23))
    program_id = repository.add_program(trainee_id, program, "seed-000")
    stored = repository.program(program_id)
    assert stored == program
    assert [week.deload for week in stored.weeks] == [False, False, False, True]
    assert stored.weeks[0].sessions[0].title == "Økt 1"
    assert repository.programs(trainee_id) == [(program_id, program.name)]


def test_loads_and_notes_of_planned_exercises_survive(repository: Repository) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    item = PlannedExercise("barbell_hip_thrust", Prescription(4, RepRange(6, 6), 0, 240), 102.5, "pause at the top")
    program = Program("Heavy", (Week((Session(Weekday.SAT, time(9, 15), "", (item,)),)),), date(2026, 1, 5))
    stored = repository.program(repository.add_program(trainee_id, program))
    assert stored.weeks[0].sessions[0].items == (item,)
    assert stored.weeks[0].sessions[0].time == time(9, 15)


def test_a_failing_program_write_leaves_nothing_behind(repository: Repository, store: Store) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    good = PlannedExercise("clamshell", Prescription(2, RepRange(15, 25), 3, 45))
    unknown = PlannedExercise("moonwalk", Prescription(2, RepRange(15, 25), 3, 45))
    program = Program("Broken", (Week((Session(Weekday.MON, time(18), "A", (good,)),
                                       Session(Weekday.WED, time(18), "B", (unknown,)))),), date(2026, 1, 5))
    with pytest.raises(StoreError):
        repository.add_program(trainee_id, program)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(ProgramRow)) == 0
        assert session.scalar(select(func.count()).select_from(PlannedExerciseRow)) == 0


def test_deleting_a_program_deletes_its_weeks_and_sessions(repository: Repository, store: Store,
                                                          catalog: Catalog) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    program = replace(builtin_templates()["seed-002"].program(catalog, Language.EN, weeks=2), start=date(2026, 1, 5))
    program_id = repository.add_program(trainee_id, program)
    repository.delete_program(program_id)
    assert repository.programs(trainee_id) == []
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(PlannedExerciseRow)) == 0


def test_the_builtin_catalogue_is_mirrored_for_foreign_keys_and_sql(store: Store, catalog: Catalog) -> None:
    with store.reading() as session:
        ids = set(session.scalars(select(ExerciseRow.id).where(ExerciseRow.custom.is_(False))))
        weight = session.scalar(select(InvolvementRow.weight).where(
            InvolvementRow.exercise_id == "clamshell", InvolvementRow.muscle_id == "deep_hip_rotators"))
    assert ids == set(catalog.exercises)
    assert weight == 1.0


def test_a_program_without_a_start_date_is_refused(repository: Repository, catalog: Catalog) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    with pytest.raises(ValueError, match="start date"):
        repository.add_program(trainee_id, builtin_templates()["seed-000"].program(catalog, Language.EN))


def test_custom_exercise_ids_are_readable_for_danish_and_norwegian_names(repository: Repository,
                                                                         catalog: Catalog) -> None:
    mine = replace(catalog.exercise("clamshell"), name=Localized.same("Ørken-løft på bænk"), custom=True)
    assert repository.add_custom_exercise(mine).id == "custom_oerken_loeft_paa_baenk"


def test_custom_exercise_round_trip(repository: Repository) -> None:
    mine = Exercise(
        id="", name=Localized.same("Sled push"), category=Category.COMPOUND, laterality=Laterality.BILATERAL,
        equipment=(frozenset({Equipment.MACHINE}),), muscles=(("quadriceps", 1.0), ("gluteus_maximus", 0.5)),
        prescription=Prescription(4, RepRange(10, 20), 2, 120), cues=Localized.same(("Low hips",)),
        mistakes=Localized.same(("Stepping short",)), sources=("user",), custom=True,
    )
    saved = repository.add_custom_exercise(mine)
    assert saved.id == "custom_sled_push"
    assert saved == replace(mine, id="custom_sled_push")
    assert repository.add_custom_exercise(mine).id == "custom_sled_push_2"
    catalog = repository.catalog()
    assert "custom_sled_push" in catalog.exercises
    assert saved in catalog.training("gluteus_maximus")


def test_a_custom_exercise_needs_a_primary_muscle(repository: Repository, catalog: Catalog) -> None:
    weak = replace(catalog.exercise("clamshell"), muscles=(("gluteus_medius", 0.5),))
    with pytest.raises(ValueError, match="one muscle as primary"):
        repository.add_custom_exercise(weak)


def test_logged_sets_round_trip_in_order(repository: Repository) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    later = LoggedSet("back_squat", datetime(2026, 11, 20, 18, 5), 62.5, 8, 2, "felt easy")
    earlier = LoggedSet("back_squat", datetime(2026, 11, 18, 18, 0), 60.0, 10, None)
    other = LoggedSet("clamshell", datetime(2026, 11, 19, 7, 0), 0.0, 20)
    for logged in (later, earlier, other):
        repository.log_set(trainee_id, logged)
    assert repository.logged_sets(trainee_id, "back_squat") == [earlier, later]
    assert repository.count_logged_sets(trainee_id) == 3


@pytest.mark.parametrize(("column", "value"), [("weight_kg", -1.0), ("reps", 0), ("reps", 101), ("rir", 11)])
def test_the_schema_itself_refuses_impossible_sets(store: Store, repository: Repository, column: str,
                                                   value: float) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    row = {"trainee_id": trainee_id, "exercise_id": "back_squat", "performed_at": datetime(2026, 1, 1),
           "weight_kg": 50.0, "reps": 5, "rir": 2, "note": "", "import_key": "a"} | {column: value}
    with pytest.raises(StoreError), store.transaction() as session:
        session.add(LoggedSetRow(**row))
    assert repository.count_logged_sets(trainee_id) == 0


def test_an_exercise_with_logged_sets_cannot_be_deleted(store: Store, repository: Repository) -> None:
    trainee_id = repository.add_trainee(Trainee("Ida"))
    repository.log_set(trainee_id, LoggedSet("step_up", datetime(2026, 1, 1), 20.0, 10))
    with pytest.raises(StoreError), store.transaction() as session:
        session.delete(session.get_one(ExerciseRow, "step_up"))
    assert len(repository.logged_sets(trainee_id)) == 1


def test_impossible_logged_sets_are_refused_by_the_domain() -> None:
    with pytest.raises(ValueError, match="reps"):
        LoggedSet("step_up", datetime(2026, 1, 1), 20.0, 0)
    with pytest.raises(ValueError, match="weight"):
        LoggedSet("step_up", datetime(2026, 1, 1), -5.0, 5)


@pytest.mark.parametrize("muscles", [(("glutes", 1.0),), (("gluteus_maximus", 1.0), ("core", 0.3))])
def test_a_custom_exercise_uses_catalogue_muscles_and_weights(repository: Repository, catalog: Catalog,
                                                              muscles: tuple[tuple[str, float], ...]) -> None:
    with pytest.raises(ValueError, match="one of the catalogue's"):
        repository.add_custom_exercise(replace(catalog.exercise("clamshell"), muscles=muscles))
    assert repository.custom_exercises() == []


def test_an_own_exercise_is_deleted_and_comes_back_under_its_id_unless_in_use(repository: Repository,
                                                                                catalog: Catalog) -> None:
    saved = repository.add_custom_exercise(replace(catalog.exercise("clamshell"), id="",
                                                   name=Localized.same("Band clamshell"), custom=True))
    repository.delete_custom_exercise(saved.id)
    assert repository.custom_exercises() == []
    assert repository.add_custom_exercise(saved, keep_id=True) == saved
    trainee_id = repository.add_trainee(Trainee("Ida"))
    repository.log_set(trainee_id, LoggedSet(saved.id, datetime(2026, 1, 1), 0.0, 20))
    with pytest.raises(StoreError):
        repository.delete_custom_exercise(saved.id)
    repository.delete_custom_exercise("clamshell")  # a built-in one is not the user's to delete
    assert repository.custom_exercises() == [saved] and "clamshell" in repository.catalog().exercises


def test_an_own_exercise_deleted_elsewhere_before_it_is_read_back_is_refused_as_stale(
        repository: Repository, catalog: Catalog, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another window deleted it between the change's transaction and the read back of what was saved: a bare
    "ValueError: not enough values to unpack" came out of the editor, not the refusal it says."""
    saved = repository.add_custom_exercise(replace(catalog.exercise("clamshell"), id="",
                                                   name=Localized.same("Band clamshell"), custom=True))
    write = store.transaction

    @contextmanager
    def then_deleted_elsewhere() -> Iterator[OrmSession]:
        with write() as session:
            yield session
        monkeypatch.setattr(store, "transaction", write)
        Repository(store).delete_custom_exercise(saved.id)

    monkeypatch.setattr(store, "transaction", then_deleted_elsewhere)
    with pytest.raises(StaleExercise):
        repository.update_custom_exercise(replace(saved, prescription=Prescription(4, RepRange(12, 15), 2, 60)))
    assert repository.custom_exercises() == []


def test_an_own_exercise_reads_back_with_its_muscles_in_the_catalogues_order(repository: Repository,
                                                                             catalog: Catalog) -> None:
    """Muscles of one weight came back from PostgreSQL in no order of their own, so an own exercise read
    back was not the one written (a backup's round trip failed now and then): they read heaviest first,
    muscles of one weight in the catalogue's order, as a built-in exercise's do, however they were given."""
    clamshell = catalog.exercise("clamshell")
    given = tuple(reversed(clamshell.muscles))
    saved = repository.add_custom_exercise(replace(clamshell, name=Localized.same("My clamshell"), muscles=given,
                                                   custom=True, sources=("user",)))
    assert [exercise.muscles for exercise in repository.custom_exercises()] == [clamshell.muscles]
    assert repository.catalog().exercise(saved.id).muscles == clamshell.muscles
    assert [weight for _muscle, weight in clamshell.muscles] == sorted((w for _m, w in given), reverse=True)
    ties = [muscle for muscle, weight in clamshell.muscles if weight == 1.0]
    assert len(ties) > 1 and ties == [muscle for muscle in catalog.muscles if muscle in ties]
