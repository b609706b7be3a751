"""The numbers the rules judge by, per experience level, read from resources/rules.toml.

They are data, not code, so that a coach can later override them per trainee
(``msgspec.structs.replace(thresholds, session_cap=12)``) without touching a rule.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from glueplan.domain.resources import resource_dir
from glueplan.domain.trainee import Level
from glueplan.domain.validation import Fields, read_toml
from glueplan.domain.record import Record


class Band(Record, order=True):
    low: float
    high: float

    def __str__(self) -> str:
        return f"{self.low:g}" if self.low == self.high else f"{self.low:g}–{self.high:g}"


class VolumeBand(Record):
    rule: str
    severity: str
    band: Band


class Thresholds(Record):
    hard_session_sets: float
    recovery_warning_h: float
    recovery_error_h: float
    recovery_advised_h: float
    readiness_warning: float
    readiness_error: float
    readiness_weight: float
    activation_sets_per_day: int
    hard_sessions: Band
    session_cap: float
    weekly_increase: float
    reps: Band
    compound_rir: Band
    isolation_rir: Band
    rest_compound_s: Band
    rest_heavy_s: Band
    rest_isolation_s: Band
    rest_activation_s: Band
    deload_within_weeks: int
    failure_warning: bool
    deload_set_cut: Band
    deload_rir_rise: int
    gluteus_medius_exercises: int
    work_s_per_set: float
    warm_up_minutes: float
    volume: dict[str, VolumeBand]
    technical_exercises: frozenset[str]


# Each field's type, as written (annotations are not evaluated)
_TYPES: dict[str, str] = {name: Thresholds.__annotations__[name] for name in Thresholds.__struct_fields__}
_SCALARS = set(_TYPES) - {"volume", "technical_exercises"}
_BANDS = {name for name, kind in _TYPES.items() if kind == "Band"}
_INTEGERS = {name for name, kind in _TYPES.items() if kind == "int"}
_BOOLEANS = {name for name, kind in _TYPES.items() if kind == "bool"}


def _band(table: Fields, name: str) -> Band:
    value = table.raw(name)
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
            or value[0] > value[1]):
        raise table.error(name, f"must be [low, high] with low <= high, found {value!r}")
    return Band(float(value[0]), float(value[1]))


def load_thresholds(path: Path) -> dict[Level, Thresholds]:
    document = Fields(read_toml(path), str(path))
    document.reject_unknown({"defaults", "volume", "technical"} | {level.value for level in Level})
    defaults = document.table("defaults")
    defaults.reject_unknown(_SCALARS)
    volume = document.table("volume")
    technical = frozenset(document.table("technical").texts("exercises"))
    result = {}
    for level in Level:
        own = document.table(level.value)
        own.reject_unknown(_SCALARS)
        values: dict[str, Any] = {}
        for name in _SCALARS:
            source = own if own.has(name) else defaults
            if name in _BANDS:
                values[name] = _band(source, name)
            elif name in _BOOLEANS:
                values[name] = source.boolean(name, False)
            elif name in _INTEGERS:
                values[name] = source.integer(name, 0, 10_000)
            else:
                values[name] = source.number(name, 0, 10_000)
        bands = {}
        for muscle in volume.data:
            entry = volume.table(muscle)
            entry.reject_unknown({"rule", "severity"} | {lv.value for lv in Level})
            severity = entry.text("severity")
            if severity not in ("error", "warning", "info"):
                raise entry.error("severity", f"must be error, warning or info, found {severity!r}")
            bands[muscle] = VolumeBand(entry.text("rule"), severity, _band(entry, level.value))
        result[level] = Thresholds(**values, volume=bands, technical_exercises=technical)
    return result


@cache
def builtin_thresholds() -> dict[Level, Thresholds]:
    return load_thresholds(resource_dir() / "rules.toml")
