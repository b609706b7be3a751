"""glueplan check on random and mutated plan files: never a traceback; every refusal is a
message and exit 2, and no database is created."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glueplan.cli import main

VALID = json.dumps({"level": "intermediate", "sessions": [
    {"day": "mon", "time": "18:00", "title": "A", "items": [{"exercise": "back_squat", "sets": 3, "reps": [8, 10],
                                                             "rir": 2, "rest_s": 180}]}]}).encode()
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                           max_leaves=20)


def mutated(data: bytes, positions: list[int], byte: int) -> bytes:
    out = bytearray(data)
    for position in positions:
        out[position % len(out)] = byte
    return bytes(out)


@st.composite
def plan_files(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["json", "mutated", "bytes", "nested"]))
    if kind == "json":
        return json.dumps(draw(json_values)).encode()
    if kind == "mutated":
        return mutated(VALID, draw(st.lists(st.integers(0, 10_000), min_size=1, max_size=5)), draw(st.integers(0, 255)))
    if kind == "nested":
        depth = draw(st.integers(1, 3000))
        return b"[" * depth + b"]" * depth
    return draw(st.binary(max_size=300))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=plan_files())
def test_check_never_crashes(data: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "plan.json"
    plan.write_bytes(data)
    database = tmp_path / "never.sqlite"
    code = main(["check", str(plan), "--db", str(database)])
    out, err = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "Traceback" not in err and not database.exists()
    if code == 2:
        assert err.strip() and len(err) < 2000
    else:
        json.loads(out)
