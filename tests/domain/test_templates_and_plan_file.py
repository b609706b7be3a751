"""The plan file format and the built-in templates written in it."""

from __future__ import annotations

import json
import re
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.domain.plan import Weekday
from glueplan.domain.plan_file import plan_to_data, read_plan
from glueplan.domain.templates import builtin_templates, load_templates
from glueplan.domain.trainee import Level
from glueplan.domain.validation import DataError
from tests.conftest import RESOURCES


def test_seed_000_is_the_three_workouts_on_monday_wednesday_friday(catalog: Catalog) -> None:
    template = builtin_templates()["seed-000"]
    week = template.program(catalog, Language.DA, weeks=1).weeks[0]
    assert [s.day for s in week.sessions] == [Weekday.MON, Weekday.WED, Weekday.FRI]
    assert [s.title for s in week.sessions] == ["Træning 1", "Træning 2", "Træning 3"]
    assert [[i.exercise_id for i in s.items] for s in week.sessions] == [
        ["back_squat", "single_leg_hip_thrust", "cable_kickback"],
        ["romanian_deadlift", "barbell_hip_thrust", "cable_hip_abduction"],
        ["bulgarian_split_squat", "reverse_lunge", "cable_pull_through"],
    ]
    first = week.sessions[0].items
    # Seed 000: compounds 8-10 at RIR 2-3, the rest 10-12 at RIR 1-2.
    assert (first[0].prescription.reps.low, first[0].prescription.reps.high, first[0].prescription.rir) == (8, 10, 2)
    assert (first[1].prescription.reps.low, first[1].prescription.reps.high, first[1].prescription.rir) == (10, 12, 1)


def test_seed_002_trains_gluteus_medius_in_every_item(catalog: Catalog) -> None:
    template = builtin_templates()["seed-002"]
    program = template.program(catalog, Language.NB, weeks=6)
    assert len(program.weeks) == 6
    for session in program.weeks[0].sessions:
        assert 2 <= len(session.items) <= 4  # "2-4 exercises are more than enough"
        assert all(catalog.exercise(i.exercise_id).weight("gluteus_medius") >= 0.5 for i in session.items)
    assert program.weeks[0].sessions[1].items[1].note == "Langsom eksentrisk fase: 3–4 sek. ned."


def test_templates_have_texts_in_every_language() -> None:
    for template in builtin_templates().values():
        assert all(template.name.values()) and all(template.description.values())
        assert template.source.startswith("seed-")


def test_template_texts_write_a_range_with_an_en_dash(catalog: Catalog) -> None:
    """As the app writes every range ("2 × 8–10", "3–4 sekunder ned" in a cue): the Programs tab
    showed "Hvil 2-4 minutter" and the printed sheet "3-4 sek ned" beside them."""
    for template in builtin_templates().values():
        notes = [item.note for language in Language
                 for session in template.program(catalog, language, weeks=1).weeks[0].sessions
                 for item in session.items if item.note]
        for text in [*template.description.values(), *notes]:
            assert not re.search(r"\d-\d", text), text


SESSION = {"day": "tue", "time": "07:15", "items": [{"exercise": "clamshell"}]}


def test_missing_prescription_fields_take_the_exercise_defaults(catalog: Catalog) -> None:
    plan = read_plan({"sessions": [SESSION]}, "plan.json", catalog, Language.EN)
    item = plan.program.weeks[0].sessions[0].items[0]
    assert item.prescription == catalog.exercise("clamshell").prescription
    assert plan.program.weeks[0].sessions[0].time == time(7, 15)
    assert plan.level is None


def test_plan_data_round_trips(catalog: Catalog) -> None:
    program = builtin_templates()["seed-002"].program(catalog, Language.EN, weeks=2)
    data = json.loads(json.dumps(plan_to_data(program, Level.ADVANCED)))
    again = read_plan(data, "again.json", catalog, Language.EN)
    assert again.program == program and again.level is Level.ADVANCED


BAD: list[tuple[dict[str, Any], str]] = [
    ({"sessions": [{**SESSION, "day": "monday"}]}, "field 'sessions[0].day': must be one of mon"),
    ({"sessions": [{**SESSION, "time": "25:00"}]}, "field 'sessions[0].time': must be a time of day"),
    ({"sessions": [{**SESSION, "items": [{"exercise": "moonwalk"}]}]},
     "field 'sessions[0].items[0].exercise': unknown exercise id 'moonwalk'"),
    ({"sessions": [{**SESSION, "items": [{"exercise": "clamshell", "sets": -1}]}]},
     "field 'sessions[0].items[0].sets': must be between 1 and 20, found -1"),
    ({"sessions": [{**SESSION, "items": [{"exercise": "clamshell", "reps": [12, 8]}]}]},
     "field 'sessions[0].items[0].reps': needs 1 <= low <= high"),
    ({"sessions": [{**SESSION, "items": [{"exercise": "clamshell", "sets": "3"}]}]},
     "must be a whole number, found text '3'"),
    ({"level": "expert", "sessions": []}, "field 'level': must be one of beginner"),
    ({"sessions": [], "weeks": []}, "needs either 'sessions'"),
    ({"weeks": [{"sessions": [], "deload": "yes"}]}, "field 'weeks[0].deload': must be true or false"),
    ({"sessions": [{**SESSION, "colour": "red"}]}, "field 'sessions[0].colour': is not a known field"),
    ([1, 2, 3], "expected a table, found a list"),
]


@pytest.mark.parametrize(("data", "message"), BAD, ids=[message[:40] for _data, message in BAD])
def test_bad_plans_are_refused_with_where_and_what(catalog: Catalog, data: Any, message: str) -> None:
    with pytest.raises(DataError) as caught:
        read_plan(data, "plan.json", catalog, Language.EN)
    assert str(caught.value).startswith("plan.json")
    assert message in str(caught.value)


def test_a_template_without_level_is_refused(tmp_path: Path, catalog: Catalog) -> None:
    data = json.loads((RESOURCES / "templates" / "seed-000.json").read_text(encoding="utf-8"))
    del data["level"]
    (tmp_path / "mine.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match=r"mine\.json, entry 'mine', field 'level': is missing"):
        load_templates(tmp_path, catalog)


def test_a_template_that_is_not_json_is_refused(tmp_path: Path, catalog: Catalog) -> None:
    (tmp_path / "mine.json").write_text('{"level": "beginner",\n "sessions": [}', encoding="utf-8")
    with pytest.raises(DataError, match=r"mine\.json: not valid JSON: .* line 2"):
        load_templates(tmp_path, catalog)
