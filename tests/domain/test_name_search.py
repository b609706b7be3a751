"""The library's search: a part of any name finds the exercise; a typo finds the names close to it."""

from __future__ import annotations

import pytest

from glueplan.domain.catalog import Catalog
from glueplan.domain.name_search import NameSearch


@pytest.mark.parametrize(("typed", "first", "among"), [
    ("hoftelft", "barbell_hip_thrust", {"single_leg_hip_thrust", "banded_hip_thrust", "glute_bridge"}),
    ("dødløt", "conventional_deadlift", {"romanian_deadlift", "sumo_deadlift", "stiff_leg_deadlift"}),
    ("udfaald", None, {"lateral_lunge", "reverse_lunge", "walking_lunge", "bulgarian_split_squat"}),
    ("dodloft", None, {"sumo_deadlift", "romanian_deadlift", "conventional_deadlift"}),  # typed without ø
    ("romainan", "romanian_deadlift", {"single_leg_romanian_deadlift", "b_stance_romanian_deadlift"}),
])
def test_a_typo_finds_the_close_names_closest_first(catalog: Catalog, typed: str, first: str | None,
                                                    among: set[str]) -> None:
    """The walk's typos found nothing ("0 of 60"): now the exercises with a name nearly like them,
    the closest first (the name most alike whole: "Hofteløft" before "Hofteløft med elastik")."""
    found, close = NameSearch(catalog.exercises.values()).found(typed)
    ranked = sorted(found, key=found.__getitem__, reverse=True)
    assert close and among <= set(ranked) and (first is None or ranked[0] == first)
    assert "clamshell" not in found and "back_squat" not in found


@pytest.mark.parametrize("typed", ["xyzzy", "qwrtp", "kvadratrod"])
def test_nothing_like_any_name_finds_nothing(catalog: Catalog, typed: str) -> None:
    assert NameSearch(catalog.exercises.values()).found(typed) == ({}, True)


def test_a_name_that_holds_the_search_wins_over_close_ones(catalog: Catalog) -> None:
    """Close names only where no name holds the search: "squat" lists the squats, not "squad"-like names."""
    found, close = NameSearch(catalog.exercises.values()).found("squat")
    assert not close and set(found) == {e.id for e in catalog.exercises.values() if e.matches("squat")}


def test_a_few_letters_find_no_close_names(catalog: Catalog) -> None:
    """Three letters are nearly part of half the names: "bri" alike "bro", "rom" ... no list of noise."""
    assert NameSearch(catalog.exercises.values()).found("brq") == ({}, False)


@pytest.mark.parametrize(("typed", "meant"), [
    ("hofteløft", {"barbell_hip_thrust", "single_leg_hip_thrust", "banded_hip_thrust", "b_stance_hip_thrust",
                   "glute_bridge"}),  # Danish and Norwegian for the hip thrust, and the bridge from the floor
    ("hofteløft med stang", {"barbell_hip_thrust"}),
    ("ettbeins hofteløft", {"single_leg_hip_thrust"}),
    ("bekkenløft", {"glute_bridge", "banded_glute_bridge", "single_leg_glute_bridge"}),  # Norwegian
    ("musling", {"clamshell"}),
    ("knæbøjning", {"back_squat"}),
    ("bulgarsk udfald", {"bulgarian_split_squat"}),
    ("omvendt rygstræk", {"reverse_hyperextension"}),
    ("sidebro", {"side_plank_hip_abduction"}),
])
def test_the_everyday_danish_and_norwegian_names_find_their_exercise(catalog: Catalog, typed: str,
                                                                     meant: set[str]) -> None:
    """"Hofteløft", the word a Danish or Norwegian physiotherapist types for the hip thrust, found nothing:
    such words are other names (aliases) of the exercise they name, found as a part of its name is."""
    assert {exercise.id for exercise in catalog.exercises.values() if exercise.matches(typed)} == meant
