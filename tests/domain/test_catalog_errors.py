"""A malformed catalogue fails loading with a message naming the file, the entry and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from glueplan.domain.catalog import load_catalog
from glueplan.domain.validation import DataError
from tests.conftest import RESOURCES


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A private copy of the real catalogue to damage."""
    target = tmp_path / "catalog"
    shutil.copytree(RESOURCES / "catalog", target)
    return target


def damage(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


HINGE = "exercises/hinge.toml"
# (file, text to replace, replacement, entry, field, words of the problem)
CASES = [
    (HINGE, "gluteus_maximus = 1.0, erector_spinae = 1.0", "gluteus_maximus = 0.3, erector_spinae = 1.0",
     "conventional_deadlift", "muscles.gluteus_maximus", "1.0, 0.5 or 0.25"),
    (HINGE, 'id = "sumo_deadlift"\ncategory = "compound"', 'id = "sumo_deadlift"\ncategory = "heavy"',
     "sumo_deadlift", "category", "must be one of"),
    (HINGE, "hamstrings = 1.0, erector_spinae = 1.0", "hamstrings = 1.0, glutes = 1.0",
     "good_morning", "muscles.glutes", "not a muscle"),
    (HINGE, "sets = 3, reps = [6, 10], rir = 2, rest_s = 150 }", "sets = 3, reps = [10, 6], rir = 2, rest_s = 150 }",
     "romanian_deadlift", "prescription.reps", "low <= high"),
    (HINGE, "reps = [5, 8], rir = 2", "reps = [5, 8], rir = 12",
     "conventional_deadlift", "prescription.rir", "between 0 and 10"),
    (HINGE, 'id = "sumo_deadlift"', 'id = "romanian_deadlift"', "romanian_deadlift", "id", "already defined"),
    (HINGE, 'equipment = [["barbell"]]', 'equipment = [["barbell", "sofa"]]',
     "conventional_deadlift", "equipment[0][1]", "must be one of"),
    (HINGE, 'nb = "Rumensk markløft"', 'no = "Rumensk markløft"', "romanian_deadlift", "name.no", "not a known field"),
    (HINGE, 'id = "good_morning"\n', 'id = "good_morning"\nnotes = "x"\n', "good_morning", "notes",
     "not a known field"),
    (HINGE, 'id = "romanian_deadlift"', 'id = "Romanian Deadlift"', "#1", "id", "lower-case"),
    (HINGE, '"Sumo Deadlift (Barbell)"', '"Deadlift (Barbell)"', "sumo_deadlift", "aliases", "already names"),
    (HINGE, '"Barbell Good Morning"', '"rumensk markløft"', "good_morning", "aliases", "already names"),
    (HINGE, '"Barbell Good Morning"', '" "', "good_morning", "aliases[1]", "non-empty text"),
    ("muscles.toml", 'layer = "deep"', 'layer = "hidden"', "gluteus_minimus", "layer", "must be one of"),
    ("muscles.toml", 'views = ["front", "side"]', 'views = ["above", "side"]', "tensor_fasciae_latae", "views[0]",
     "must be one of"),
]


@pytest.mark.parametrize(("file", "old", "new", "entry", "field", "problem"), CASES,
                         ids=[f"{case[3]}-{case[4]}" for case in CASES])
def test_damage_is_reported_with_file_entry_and_field(broken: Path, file: str, old: str, new: str, entry: str,
                                                       field: str, problem: str) -> None:
    damage(broken / file, old, new)
    with pytest.raises(DataError) as caught:
        load_catalog(broken)
    error = caught.value
    assert (error.file, error.entry, error.field) == (str(broken / file), entry, field)
    assert problem in error.problem
    message = str(error)
    assert str(broken / file) in message and f"'{entry}'" in message and f"'{field}'" in message


def test_missing_cues_in_one_language(broken: Path) -> None:
    path = broken / "exercises/abduction.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first_nb_cue = next(i for i, line in enumerate(lines) if line.startswith("nb = [") and i > 0)
    del lines[first_nb_cue]
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError, match=r"field 'cues.nb': is missing"):
        load_catalog(broken)


def test_cues_must_be_as_many_in_every_language(broken: Path) -> None:
    damage(broken / "exercises/abduction.toml", 'da = ["Lig på siden med det nederste ben bøjet.", ',
           'da = [')
    with pytest.raises(DataError,
                       match=r"entry 'side_lying_hip_abduction', field 'cues.da': has 3 items, English has 4"):
        load_catalog(broken)


def test_a_primary_muscle_is_required(broken: Path) -> None:
    damage(broken / HINGE, "hamstrings = 1.0, gluteus_maximus = 0.25, calves", "hamstrings = 0.5, gluteus_maximus = "
           "0.25, calves")
    with pytest.raises(DataError, match=r"entry 'nordic_curl', field 'muscles': needs at least one primary"):
        load_catalog(broken)


def test_toml_syntax_error_names_file_and_line(broken: Path) -> None:
    damage(broken / HINGE, 'id = "good_morning"', 'id = "good_morning', )
    with pytest.raises(DataError, match=r"hinge\.toml: not valid TOML: .*line \d+"):
        load_catalog(broken)


def test_no_exercise_files(broken: Path) -> None:
    shutil.rmtree(broken / "exercises")
    (broken / "exercises").mkdir()
    with pytest.raises(DataError, match="holds no exercise files"):
        load_catalog(broken)


def test_missing_muscles_file(broken: Path) -> None:
    (broken / "muscles.toml").unlink()
    with pytest.raises(DataError, match=r"muscles\.toml: cannot be read"):
        load_catalog(broken)


def test_a_small_json_file_is_read_without_room_for_the_largest(tmp_path: Path) -> None:
    """read_json stops at 64 MB (a file like /dev/zero never ends), but a 2 KB template must not
    ask for 64 MB to read it: the allocation alone showed as a 64 MiB peak at every start."""
    import tracemalloc

    from glueplan.domain.validation import read_json

    small = tmp_path / "small.json"
    small.write_text('{"weeks": [' + ", ".join(["1"] * 600) + "]}")
    tracemalloc.start()
    try:
        assert len(read_json(small)["weeks"]) == 600
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2**20
    assert read_json(small, small.stat().st_size)["weeks"]  # a file of exactly the limit is read
    with pytest.raises(DataError, match="larger than"):
        read_json(small, small.stat().st_size - 1)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:
        stream.truncate(3 * 2**20 + 1)  # a sparse file: 3 MB of nothing, read up to the limit only
    with pytest.raises(DataError, match="larger than 3 MB"):
        read_json(huge, 3 * 2**20)
