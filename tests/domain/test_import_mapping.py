"""Other apps' exercise names against the catalogue: the same words map, near names map to be
checked, somewhat-like names are only suggested, and nothing maps a name to an opposite."""

from __future__ import annotations

import pytest

from glueplan.domain.catalog import Catalog
from glueplan.domain.import_mapping import SKIP, Action, Choice, NameMatcher, fold


@pytest.mark.parametrize(("name", "exercise_id"), [
    ("Hip Thrust (Barbell)", "barbell_hip_thrust"),  # Strong and Hevy
    ("Squat (Barbell)", "back_squat"),
    ("Romanian Deadlift (Dumbbell)", "romanian_deadlift"),
    ("Barbell Hip Thrust", "barbell_hip_thrust"),  # FitNotes
    ("rumænsk dødløft", "romanian_deadlift"),  # Danish
    ("KNEBØY MED STANG (DYP)", "back_squat"),  # Norwegian, shouting
    ("Side Lying Hip Abduction", "side_lying_hip_abduction"),  # the hyphen aside
    ("thrust hip barbell", "barbell_hip_thrust"),  # word order aside
])
def test_the_same_words_map_without_asking(catalog: Catalog, name: str, exercise_id: str) -> None:
    guess = NameMatcher(catalog).guess(name)
    assert (guess.exercise_id, guess.sure, guess.choice) == (exercise_id, True, Choice(Action.MAP, exercise_id))


@pytest.mark.parametrize(("name", "exercise_id"), [
    ("Bulgarian Split Squats", "bulgarian_split_squat"),
    ("Hip thrust (barbel)", "barbell_hip_thrust"),
    ("Hip Adduction (Machine)", "seated_hip_abduction"),  # one letter off: mapped, but to be checked
    ("Sideliggende beinløft", "side_lying_hip_abduction"),  # its name without "(hofteabduksjon)"
    ("Benpres", "leg_press"),  # Danish, without "(fødderne højt og bredt)"
])
def test_near_names_map_but_are_to_be_checked(catalog: Catalog, name: str, exercise_id: str) -> None:
    guess = NameMatcher(catalog).guess(name)
    assert guess.exercise_id == exercise_id and not guess.sure and guess.choice.action is Action.MAP


def test_somewhat_like_names_are_suggested_and_skipped_and_others_are_skipped(catalog: Catalog) -> None:
    matcher = NameMatcher(catalog)
    lunge = matcher.guess("Lunge (Dumbbell)")
    assert lunge.exercise_id is not None and lunge.choice == SKIP
    bench = matcher.guess("Bench Press (Barbell)")
    assert (bench.exercise_id, bench.choice) == (None, SKIP)
    assert matcher.guess("Pull Through").choice == SKIP  # "Pull Through (Cable)" and "(Band)": no bracket is guessed


def test_names_are_remembered_folded() -> None:
    assert fold("  Hip  Thrust (BARBELL) ") == "hip thrust (barbell)"


@pytest.mark.parametrize(("name", "exercise_id"), [
    ("B Stance Hip Thrust (Barbell)", "b_stance_hip_thrust"),  # Strong's way: the equipment in brackets
    ("Squat (Smith Machine)", "smith_machine_squat"),
    ("Hack Squat (Machine)", "hack_squat"),  # Hevy
    ("Split Squat (Dumbbell)", "split_squat"),
    ("Glute Ham Raise", "glute_ham_raise"),  # FitNotes
    ("Single Leg Glute Bridge", "single_leg_glute_bridge"),
    ("Copenhagen Plank", "copenhagen_plank"),
    ("Donkey Kicks", "donkey_kick"),
    ("Sumo Squat (Kettlebell)", "sumo_squat"),
    ("Kickstand RDL", "b_stance_romanian_deadlift"),
    ("baglæns udfald fra forhøjning", "deficit_reverse_lunge"),  # Danish
    ("SUMOKNEBØY", "sumo_squat"),  # Norwegian
])
def test_names_other_apps_give_the_newer_exercises_map_without_asking(catalog: Catalog, name: str,
                                                                      exercise_id: str) -> None:
    guess = NameMatcher(catalog).guess(name)
    assert (guess.exercise_id, guess.choice) == (exercise_id, Choice(Action.MAP, exercise_id))
