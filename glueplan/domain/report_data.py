"""A rules report as plain JSON-ready data, in one language: what `glueplan check` prints
and what exports and the GUI's copy function can share."""

from __future__ import annotations

from typing import Any

from glueplan.domain.catalog import Catalog
from glueplan.domain.findings import SessionRef, describe, describe_fix
from glueplan.domain.language import Language
from glueplan.domain.rules import Report
from glueplan.domain.trainee import Level


def _session(ref: SessionRef) -> dict[str, Any]:
    return {"week": ref.week + 1, "day": ref.day.code, "time": f"{ref.time:%H:%M}"}


def report_data(report: Report, catalog: Catalog, language: Language, level: Level) -> dict[str, Any]:
    weeks = len(report.weeks)
    findings = []
    for finding in report.findings:
        entry: dict[str, Any] = {
            "rule": finding.rule,
            "severity": finding.severity.value,
            "muscles": list(finding.muscles),
            "sessions": [_session(ref) for ref in finding.sessions],
            "text": describe(finding, language, catalog, weeks),
        }
        if finding.fix is not None:
            entry["fix"] = {"move": _session(finding.fix.session), "to": finding.fix.day.code,
                            "text": describe_fix(finding.fix, language, catalog, weeks)}
        findings.append(entry)
    summary = []
    for number, week in enumerate(report.weeks, start=1):
        summary.append({
            "week": number,
            "deload": week.deload,
            "minutes": week.minutes,
            "muscles": {
                muscle: {"hard_sets": m.hard_sets, "band": None if m.band is None else [m.band.low, m.band.high],
                         "hard_sessions": m.hard_sessions, "lowest_readiness": m.lowest_readiness}
                for muscle, m in week.muscles.items()
            },
            "sessions": [{**_session(s.ref), "title": s.title, "minutes": s.minutes} for s in week.sessions],
        })
    return {"level": level.value, "errors": sum(f["severity"] == "error" for f in findings),
            "findings": findings, "summary": summary}
