"""What ``glueplan print`` prints: a plan file that names its level is printed for that level."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from glueplan.app.sheet_source import sheet_for
from glueplan.domain.language import Language
from glueplan.domain.paper import Paper
from glueplan.domain.program_sheet import SheetOptions
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store

WEEK = [{"day": day, "time": "18:00", "items": [{"exercise": "barbell_hip_thrust", "sets": 5, "rir": 1}]}
        for day in ("mon", "wed", "fri")]


def test_a_plan_file_s_level_is_the_sheet_s(store: Store, tmp_path: Path) -> None:
    """glueplan plan writes an advanced plan's level into its file; the sheet said 'Intermediate'
    (the profile's)."""
    options = SheetOptions(Language.EN, Paper.A4, None, False, False)
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"level": "advanced", "sessions": WEEK}), encoding="utf-8")
    assert sheet_for(store, options, None, None, str(plan), date(2026, 12, 1), kilograms).level == "Advanced"
    plan.write_text(json.dumps({"sessions": WEEK}), encoding="utf-8")  # no level: the trainee's
    assert sheet_for(store, options, None, None, str(plan), date(2026, 12, 1), kilograms).level == "Intermediate"


def test_an_own_template_is_printed_by_its_id(store: Store) -> None:
    from glueplan.domain.trainee import Level
    from glueplan.store.own_templates import add_template, template_plan
    from tests.conftest import seed_000

    add_template(store, "Clinic hip block", template_plan("Clinic hip block", seed_000(), Level.ADVANCED))
    options = SheetOptions(Language.EN, Paper.A4, None, False, False)
    assert sheet_for(store, options, None, None, "own-1", date(2026, 12, 1), kilograms).program == "Clinic hip block"
