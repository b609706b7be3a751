"""``glueplan check PLAN.json``: a plan file's findings and summary as JSON; exit 1 on an error."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from glueplan.cli.catalog import catalog_with_own_exercises
from glueplan.cli.terminal import EXIT_FAILED, EXIT_OK, EXIT_USAGE, command
from glueplan.domain import limits
from glueplan.domain.catalog import Catalog, builtin_catalog
from glueplan.domain.language import Language
from glueplan.domain.trainee import DEFAULT_SESSION_MINUTES, Level
from glueplan.domain.validation import DataError, read_json


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    check = command(commands, "check", _check, parents=[common],
                    help="check a plan file against the rules; exit 1 when an error is found")
    check.add_argument("plan", metavar="PLAN.json", help="a plan in glueplan's JSON plan format (see README)")
    check.add_argument("--level", choices=[level.value for level in Level],
                       help="experience level (default: the plan's, else intermediate)")
    check.add_argument("--session-minutes", type=minutes(*limits.SESSION_MINUTES), metavar="MIN",
                       help=f"time budget of one session, 5-600 (default: the plan's, else {DEFAULT_SESSION_MINUTES})")
    check.add_argument("--weekly-minutes", type=minutes(5, 5000), metavar="MIN",
                       help="time budget of a week, 5-5000 (default: none)")


def minutes(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: whole minutes within the profile's limits (the schema's checks)."""

    def parse(text: str) -> int:
        if not re.fullmatch(r"[0-9]{1,5}", text.strip()) or not low <= int(text) <= high:
            shown = text if len(text) <= 20 else text[:20] + "…"
            raise argparse.ArgumentTypeError(f"must be whole minutes from {low} to {high}, not {shown!r}")
        return int(text)

    return parse


def _check(args: argparse.Namespace, language: Language) -> int:
    """Unreadable input is a usage error (2)."""
    from glueplan.domain.plan_file import read_plan
    from glueplan.domain.report_data import report_data
    from glueplan.domain.rules import validate

    catalog = _catalog(args.db)
    try:
        document = read_plan(read_json(Path(args.plan)), args.plan, catalog, language)
    except DataError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE
    level = Level(args.level) if args.level else document.level or Level.INTERMEDIATE
    budget = args.session_minutes or document.session_minutes or DEFAULT_SESSION_MINUTES
    report = validate(document.program, catalog, level, session_minutes_budget=budget,
                      weekly_minutes=args.weekly_minutes)
    print(json.dumps(report_data(report, catalog, language, level), ensure_ascii=False, indent=2))
    return EXIT_FAILED if report.has_errors else EXIT_OK


def _catalog(db: str | None) -> Catalog:
    """The built-in catalogue, with the user's own exercises when their database exists: checking
    a plan file neither needs a database nor creates one."""
    from glueplan.store.location import database_url, sqlite_file

    url = database_url(db)
    path = sqlite_file(url)
    if url.get_backend_name() == "sqlite" and (path is None or not path.exists()):
        return builtin_catalog()
    return catalog_with_own_exercises(db)
