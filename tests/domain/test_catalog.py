"""The built-in catalogue: complete, consistent, and true to the domain reference."""

from __future__ import annotations

from datetime import time

import pytest
from msgspec.structs import replace

from glueplan.domain.catalog import NEW_PRESCRIPTION, WEIGHTS, Catalog, Category, Equipment, Laterality
from glueplan.domain.language import Language
from glueplan.domain.plan import PlannedExercise, Session, Week, Weekday
from glueplan.domain.rules import validate

REQUIRED_MUSCLES = {
    "gluteus_maximus", "gluteus_medius", "gluteus_minimus", "deep_hip_rotators", "tensor_fasciae_latae",
    "quadriceps", "hamstrings", "adductors", "erector_spinae", "calves", "core", "hip_flexors",
}

# The exercise -> muscle table of shared/domain/training-science.md, transcribed by hand.
GMAX, GMED, GMIN, DHR = "gluteus_maximus", "gluteus_medius", "gluteus_minimus", "deep_hip_rotators"
Q, H, ADD, ES, CALF, CORE, TFL = "quadriceps", "hamstrings", "adductors", "erector_spinae", "calves", "core", \
    "tensor_fasciae_latae"
LUNGE = {Q: 1, GMAX: 1, ADD: .5, GMED: .5, H: .25, CORE: .25}
REFERENCE = {
    "back_squat": ({Q: 1, GMAX: 1, ADD: .5, H: .25, ES: .25, CORE: .25}, "compound", "bilateral"),
    "front_squat": ({Q: 1, GMAX: .5, ADD: .5, CORE: .5, ES: .25}, "compound", "bilateral"),
    "romanian_deadlift": ({H: 1, GMAX: 1, ES: .5, ADD: .5, CORE: .25}, "compound", "bilateral"),
    "conventional_deadlift": ({GMAX: 1, ES: 1, H: .5, Q: .5, ADD: .5, CORE: .25}, "compound", "bilateral"),
    "sumo_deadlift": ({GMAX: 1, Q: .5, ADD: .5, H: .5, ES: .5, CORE: .25}, "compound", "bilateral"),
    "bulgarian_split_squat": (LUNGE, "compound", "unilateral"),
    "reverse_lunge": (LUNGE, "compound", "unilateral"),
    "walking_lunge": (LUNGE, "compound", "unilateral"),
    "step_up": ({GMAX: 1, Q: 1, GMED: .5, H: .25, CALF: .25}, "compound", "unilateral"),
    "barbell_hip_thrust": ({GMAX: 1, Q: .5, H: .25, ADD: .25, GMED: .25}, "hip_dominant", "bilateral"),
    "single_leg_hip_thrust": ({GMAX: 1, GMED: .5, Q: .5, H: .25, CORE: .25}, "hip_dominant", "unilateral"),
    "glute_bridge": ({GMAX: 1, H: .25, Q: .25, GMED: .25, CORE: .25}, "hip_dominant", "bilateral"),
    "cable_kickback": ({GMAX: 1, H: .25, GMED: .25, CORE: .25}, "isolation", "unilateral"),
    "cable_pull_through": ({GMAX: 1, H: .5, ES: .25, CORE: .25}, "isolation", "bilateral"),
    "cable_hip_abduction": ({GMED: 1, GMIN: .5, TFL: .5, GMAX: .5}, "isolation", "unilateral"),
    "seated_hip_abduction": ({GMED: 1, GMAX: .5, GMIN: .5, TFL: .5, DHR: .5}, "isolation", "bilateral"),
    "side_lying_hip_abduction": ({GMED: 1, GMIN: .5, TFL: .5, GMAX: .25}, "activation", "unilateral"),
    "clamshell": ({DHR: 1, GMED: 1, GMAX: .5, TFL: .25}, "activation", "unilateral"),
    "monster_walk": ({GMED: 1, GMIN: .5, TFL: .5, GMAX: .25}, "activation", "bilateral"),
    "single_leg_box_squat": ({Q: 1, GMAX: 1, GMED: .5, ADD: .25, CORE: .25}, "compound", "unilateral"),
    "single_leg_romanian_deadlift": ({GMAX: 1, H: 1, GMED: .5, ES: .25, ADD: .25, CORE: .25}, "compound",
                                     "unilateral"),
    "hyperextension_45": ({GMAX: 1, H: .5, ES: .5}, "hip_dominant", "bilateral"),
    "reverse_hyperextension": ({GMAX: 1, H: 1, ES: .5}, "hip_dominant", "bilateral"),
    "bird_dog": ({CORE: 1, ES: .5, GMAX: .5, GMED: .25}, "activation", "unilateral"),
    "frog_pump": ({GMAX: 1, DHR: .5, GMED: .25, ADD: .25}, "activation", "bilateral"),
    "leg_press": ({Q: 1, GMAX: .5, ADD: .5, H: .25}, "compound", "bilateral"),
    "good_morning": ({H: 1, ES: 1, GMAX: .5, ADD: .5, CORE: .25}, "compound", "bilateral"),
    "nordic_curl": ({H: 1, GMAX: .25, CALF: .25, CORE: .25}, "isolation", "bilateral"),
    "kettlebell_swing": ({GMAX: 1, H: 1, ES: .5, GMED: .5, CORE: .25}, "compound", "bilateral"),
}


def test_has_the_required_muscles_and_at_least_60_exercises(catalog: Catalog) -> None:
    assert REQUIRED_MUSCLES <= set(catalog.muscles)
    assert len(catalog.exercises) >= 60


def test_every_exercise_is_written_in_all_three_languages(catalog: Catalog) -> None:
    """A name, cues and mistakes in English, Danish and Norwegian; the Danish and Norwegian
    cues and mistakes are translations, not the English copied."""
    for exercise in catalog.exercises.values():
        for language in Language:
            assert exercise.name[language].strip(), (exercise.id, language)
            for texts in (exercise.cues, exercise.mistakes):
                assert texts[language] and all(text.strip() for text in texts[language]), (exercise.id, language)
        for language in (Language.DA, Language.NB):
            for texts in (exercise.cues, exercise.mistakes):
                assert not set(texts[language]) & set(texts.en), (exercise.id, language)


@pytest.mark.parametrize("exercise_id", sorted(REFERENCE))
def test_reference_exercises_match_the_domain_reference(catalog: Catalog, exercise_id: str) -> None:
    muscles, category, laterality = REFERENCE[exercise_id]
    exercise = catalog.exercise(exercise_id)
    assert dict(exercise.muscles) == muscles
    assert exercise.category == Category(category)
    assert exercise.laterality == Laterality(laterality)


def test_every_exercise_is_complete_and_consistent(catalog: Catalog) -> None:
    for exercise in catalog.exercises.values():
        assert exercise.primary_muscles, exercise.id
        assert all(weight in WEIGHTS for _muscle, weight in exercise.muscles), exercise.id
        assert all(name.strip() for name in exercise.name.values()), exercise.id
        assert exercise.equipment and all(exercise.equipment), exercise.id
        assert exercise.sources, exercise.id
        for texts in (exercise.cues, exercise.mistakes):
            assert len({len(texts[language]) for language in Language}) == 1, exercise.id
            assert texts.en, exercise.id


def test_names_are_unique_within_each_language(catalog: Catalog) -> None:
    for language in Language:
        names = [exercise.name[language].casefold() for exercise in catalog.exercises.values()]
        assert len(names) == len(set(names)), language


def test_names_say_the_cable_and_the_one_leg_alike_in_each_language(catalog: Catalog) -> None:
    """"Cable pull-through" stood in the Danish library beside "Kickback i kabel" (a Danish coach's walk), "Rumænsk
    dødløft på ét ben" beside "Etbens hip thrust", and in Bokmål "Sittende abduksjonsmaskin" beside "Hack squat i
    maskin": each language names the cable, the machine and the one leg one way."""
    for exercise in catalog.exercises.values():
        en, da, nb = (exercise.name[language] for language in (Language.EN, Language.DA, Language.NB))
        if exercise.equipment == (frozenset({Equipment.CABLE}),):
            assert "cable" in en.lower().split() and da.endswith(" i kabel") and nb.endswith(" i kabel"), exercise.id
        if exercise.equipment == (frozenset({Equipment.MACHINE}),) and "maskin" in nb:
            assert " i " in da and da.endswith("maskine") and " i " in nb and nb.endswith("maskin"), exercise.id
        assert en.startswith("Single-leg ") == da.startswith("Etbens ") == nb.startswith("Ettbeins "), exercise.id


def test_every_muscle_has_names_function_origin_insertion_and_a_view(catalog: Catalog) -> None:
    for muscle in catalog.muscles.values():
        assert all(muscle.name.values()) and all(muscle.function.values())
        for text in (muscle.origin, muscle.insertion):  # told by the muscle map, in every language
            assert all(text.values()) and text.da != text.en and text.nb != text.en, muscle.id
        assert muscle.views
        assert muscle.half_life_h in (16, 20)


def test_every_muscle_but_the_hip_flexors_is_trained_by_some_exercise(catalog: Catalog) -> None:
    # The hip flexors are on the map as the glutes' antagonists; no glute exercise trains them.
    for muscle_id in set(catalog.muscles) - {"hip_flexors"}:
        assert catalog.training(muscle_id), muscle_id
    assert catalog.training("hip_flexors") == ()


def test_training_lists_primary_before_secondary_before_minor(catalog: Catalog) -> None:
    weights = [exercise.weight("gluteus_medius") for exercise in catalog.training("gluteus_medius")]
    assert weights == sorted(weights, reverse=True)
    assert weights[0] == 1.0 and weights[-1] == 0.25


def test_seed_002_exercises_train_gluteus_medius(catalog: Catalog) -> None:
    seed_002 = {"side_lying_hip_abduction", "clamshell", "monster_walk", "single_leg_box_squat",
                "bulgarian_split_squat", "single_leg_romanian_deadlift"}
    assert seed_002 <= {exercise.id for exercise in catalog.training("gluteus_medius")}
    assert all("seed-002" in catalog.exercise(e).sources for e in seed_002)


def test_seed_002_cue_for_side_lying_abduction_is_kept(catalog: Catalog) -> None:
    exercise = catalog.exercise("side_lying_hip_abduction")
    assert any("not forward" in cue for cue in exercise.cues.en)
    assert any("rett opp, ikke frem" in cue for cue in exercise.cues.nb)
    assert any("Rolling the hip back" in mistake for mistake in exercise.mistakes.en)


def test_search_finds_names_in_any_language(catalog: Catalog) -> None:
    assert catalog.exercise("romanian_deadlift").matches("rumænsk")
    assert catalog.exercise("romanian_deadlift").matches("RUMENSK markløft")
    assert catalog.exercise("romanian_deadlift").matches("romanian")
    assert not catalog.exercise("romanian_deadlift").matches("hip thrust")


def test_every_exercise_has_the_names_other_apps_give_it_and_search_finds_them(catalog: Catalog) -> None:
    """Strong, Hevy and FitNotes name exercises their own way; imports and the search know those names."""
    assert all(exercise.aliases for exercise in catalog.exercises.values())
    assert catalog.exercise("barbell_hip_thrust").matches("Hip Thrust (Barbell)")
    assert catalog.exercise("back_squat").matches("squat (barbell)")
    assert catalog.exercise("romanian_deadlift").matches("Romanian Deadlift (Dumbbell)")


def test_an_own_exercise_naming_a_muscle_this_catalogue_lacks_is_taken_without_it(catalog: Catalog) -> None:
    """A newer glueplan's own exercise in a shared database: the rules, the map and the library use the rest of it."""
    squat = catalog.exercise("back_squat")
    own = replace(squat, id="own_squat", muscles=(("newer_muscle", 1.0), *squat.muscles))
    mixed = catalog.with_exercises([own])
    assert mixed.exercise("own_squat").muscles == squat.muscles and mixed.exercise("own_squat").name == squat.name
    assert mixed.exercise("own_squat") in mixed.training("gluteus_maximus")
    week = Week((Session(Weekday.MON, time(17), "A", (PlannedExercise("own_squat", NEW_PRESCRIPTION),)),))
    assert validate(week, mixed).weeks[0].muscles["gluteus_maximus"].hard_sets > 0
