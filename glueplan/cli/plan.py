"""``glueplan plan``: plan a program for the free days, minutes and equipment given, and write it
as a plan file that ``glueplan check`` reads.

Exit 0 when every rule holds, 1 when some had to be broken (the rules and what would fix them
on stderr) or the file cannot be written, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import time
from pathlib import Path

from glueplan.cli.terminal import EXIT_FAILED, EXIT_OK, command
from glueplan.domain import limits
from glueplan.domain.catalog import Equipment
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.plan import Weekday
from glueplan.domain.templates import DEFAULT_WEEKS
from glueplan.domain.trainee import Level

_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)\Z")
DEFAULT_MINUTES = 45
EMPHASES = ["balanced", "medius", "strength", "rehab"]  # Emphasis's values; the domain is imported late


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    plan = command(commands, "plan", _plan, writes=("out",), parents=[common],
                   help="plan a program that passes every rule for your free days, minutes and equipment")
    plan.add_argument("--days", required=True, metavar="DAYS", help="free days, e.g. mon,wed,fri")
    plan.add_argument("--times", metavar="TIMES", help="HH:MM per day, or one for all (default 18:00)")
    plan.add_argument("--minutes", default=str(DEFAULT_MINUTES), metavar="MIN",
                      help=f"time budget of one session (default {DEFAULT_MINUTES})")
    plan.add_argument("--equipment", default="", metavar="LIST",
                      help="what is at hand, e.g. barbell,bench,cable,band (bodyweight always is)")
    plan.add_argument("--level", choices=[level.value for level in Level], default=Level.INTERMEDIATE.value)
    plan.add_argument("--emphasis", choices=EMPHASES, default=EMPHASES[0])
    plan.add_argument("--weeks", default=str(DEFAULT_WEEKS), metavar="N",
                      help=f"weeks of the program (default {DEFAULT_WEEKS}; a deload closes each block)")
    plan.add_argument("--seed", default="0", metavar="N", help="another seed gives another plan as good")
    plan.add_argument("--out", required=True, metavar="PLAN.json")


def _plan(args: argparse.Namespace, language: Language) -> int:
    from glueplan.domain.catalog import builtin_catalog
    from glueplan.domain.plan_file import plan_to_data
    from glueplan.domain.planner import Emphasis, FreeSlot, PlanRequest, propose
    from glueplan.domain.planner.explanation import broken_rules
    from glueplan.store.atomic_file import WriteFailed, write_file

    text = messages()
    days = _days(args.days, args.usage, language)
    times = _times(args.times, len(days), args.usage, language)
    request = PlanRequest(
        tuple(FreeSlot(day, at) for day, at in zip(days, times, strict=True)),
        _number(args.minutes, "--minutes", limits.PLAN_MINUTES, args.usage, language),
        _equipment(args.equipment, args.usage, language), Level(args.level), Emphasis(args.emphasis),
        _number(args.weeks, "--weeks", limits.PLAN_WEEKS, args.usage, language),
        _number(args.seed, "--seed", limits.Limit(0, 10**9), args.usage, language))
    catalog = builtin_catalog()
    proposal = propose(request, catalog, language)
    data = json.dumps(plan_to_data(proposal.program, request.level, request.minutes),
                      ensure_ascii=False, indent=2) + "\n"
    try:
        write_file(Path(args.out), data.encode("utf-8"))
    except WriteFailed as error:
        print(error.text(language), file=sys.stderr)
        return EXIT_FAILED
    for line in proposal.explanation:
        print(line.text(language, catalog))
    print(text("planner.cli.wrote", language, path=args.out, weeks=request.weeks))
    if not proposal.broken:
        return EXIT_OK
    print(text("planner.cli.broken", language), file=sys.stderr)
    for line in broken_rules(proposal.broken, language, catalog):
        print(f"  {line}", file=sys.stderr)
    print(text("planner.cli.fixes", language), file=sys.stderr)
    for line in proposal.fixes:
        print(f"  {line.text(language, catalog)}", file=sys.stderr)
    return EXIT_FAILED


def _days(value: str, usage: argparse.ArgumentParser, language: Language) -> list[Weekday]:
    days: list[Weekday] = []
    for code in value.split(","):
        code = code.strip().lower()
        try:
            day = Weekday.from_code(code)
        except KeyError:
            day = None
        if day is None or day in days:
            usage.error(messages()("planner.error.day", language, value=code))
        days.append(day)
    return days


def _times(value: str | None, count: int, usage: argparse.ArgumentParser, language: Language) -> list[time]:
    if value is None:
        return [time(18, 0)] * count
    found = []
    for clock in value.split(","):
        match = _TIME.match(clock.strip())
        if match is None:
            usage.error(messages()("planner.error.time", language, value=clock))
        found.append(time(int(match[1]), int(match[2])))
    if len(found) not in (1, count):
        usage.error(messages()("planner.error.time", language, value=value))
    return found * count if len(found) == 1 else found


def _equipment(value: str, usage: argparse.ArgumentParser, language: Language) -> frozenset[Equipment]:
    known = [equipment.value for equipment in Equipment]
    found = set()
    for name in filter(None, (part.strip().lower() for part in value.split(","))):
        if name not in known:
            usage.error(messages()("planner.error.equipment", language, value=name, known=", ".join(known)))
        found.add(Equipment(name))
    return frozenset(found)


def _number(value: str, option: str, bounds: limits.Limit, usage: argparse.ArgumentParser,
            language: Language) -> int:
    if not value.strip().isdigit() or int(value) not in bounds:
        usage.error(messages()("planner.error.range", language, option=option, low=bounds.low, high=bounds.high,
                               value=value))
    return int(value)
