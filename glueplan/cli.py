"""The ``glueplan`` command: starts the app, or answers on the terminal (catalogue, templates).

Exit codes: 0 success, 1 the data or database cannot be used (with a message saying why),
2 bad arguments (argparse's usage message).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from glueplan import __version__
from glueplan.domain.catalog import PRIMARY, SECONDARY, Catalog, Category, Exercise
from glueplan.domain.language import Language
from glueplan.domain.messages import data_error_text, messages
from glueplan.domain.trainee import DEFAULT_SESSION_MINUTES, Level
from glueplan.domain.validation import DataError, read_json
from glueplan.store.errors import StoreError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    languages = [language.value for language in Language]
    # The same options are accepted before and after a command; SUPPRESS keeps a value given
    # before the command from being overwritten by the command's own default.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or SQLAlchemy URL (default: GLUEPLAN_DB, else the user data folder)")
    common.add_argument("--lang", choices=languages, help="language of names and messages (default: from the locale)")

    parser = argparse.ArgumentParser(prog="glueplan", parents=[common],
                                     description="Plan, check and log glute training. Without a command, "
                                                 "the desktop app starts.")
    parser.add_argument("--version", action="version", version=f"glueplan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    catalog = commands.add_parser("catalog", help="the exercise catalogue")
    catalog_commands = catalog.add_subparsers(dest="catalog_command", metavar="COMMAND", required=True)
    listing = catalog_commands.add_parser("list", parents=[common], help="list exercises")
    listing.add_argument("--muscle", metavar="ID", help="only exercises that train this muscle, primary first")
    listing.add_argument("--category", choices=[category.value for category in Category])
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")

    check = commands.add_parser("check", parents=[common],
                                help="check a plan file against the rules; exit 1 when an error is found")
    check.add_argument("plan", metavar="PLAN.json", help="a plan in glueplan's JSON plan format (see README)")
    check.add_argument("--level", choices=[level.value for level in Level],
                       help="experience level (default: the plan's, else intermediate)")
    check.add_argument("--session-minutes", type=int, default=DEFAULT_SESSION_MINUTES, metavar="MIN",
                       help=f"time budget of one session (default {DEFAULT_SESSION_MINUTES})")
    check.add_argument("--weekly-minutes", type=int, metavar="MIN", help="time budget of a week (default: none)")

    screenshot = commands.add_parser("screenshot", parents=[common],
                                     help="render the main window to a PNG, offscreen, on a throwaway database")
    screenshot.add_argument("--out", required=True, metavar="FILE.png")
    screenshot.add_argument("--view", choices=["library", "map", "calendar", "log", "charts"], default="map")
    screenshot.add_argument("--template", metavar="ID", help="start this built-in program first (seed-000, seed-002)")
    screenshot.add_argument("--size", default="1600x1000", metavar="WIDTHxHEIGHT")

    poses = commands.add_parser("poses", parents=[common], help="the exercise illustrations")
    poses.add_argument("--sheet", required=True, metavar="FILE.png",
                       help="write a contact sheet: every exercise's start and end pose, named")

    sheet = commands.add_parser("print", parents=[common],
                                help="print a program sheet to PDF (first page, one section per session, log grids)")
    sheet.add_argument("--out", required=True, metavar="FILE.pdf")
    sheet.add_argument("--trainee", metavar="NAME", help="whose program and rules (default: the first trainee)")
    sheet.add_argument("--program", metavar="ID_NAME_TEMPLATE_OR_FILE",
                       help="a program's id or name, a template id (seed-000) or a plan file (default: the newest)")
    sheet.add_argument("--paper", choices=["a4", "letter"], default="a4")
    sheet.add_argument("--weeks", metavar="RANGE", help="all (default), one week (3) or a range (1-4)")
    sheet.add_argument("--no-illustrations", action="store_true", help="leave out the exercise figures")
    sheet.add_argument("--no-log", action="store_true", help="leave out the blank log grids")

    templates = commands.add_parser("templates", help="the built-in program templates")
    templates_commands = templates.add_subparsers(dest="templates_command", metavar="COMMAND", required=True)
    templates_list = templates_commands.add_parser("list", parents=[common], help="list templates")
    templates_list.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def run() -> NoReturn:
    """The installed command and ``python -m glueplan``."""
    sys.exit(main())


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.lang = getattr(args, "lang", None)
    language = Language(args.lang) if args.lang else Language.from_environment()
    try:
        if args.command is None:
            from glueplan.ui.application import run_gui  # Qt is imported only when the window is wanted

            return run_gui(args.db, Language(args.lang) if args.lang else None)
        if args.command == "catalog":
            return _catalog_list(parser, args, language)
        if args.command == "check":
            return _check(args, language)
        if args.command == "screenshot":
            return _screenshot(parser, args, language)
        if args.command == "poses":
            return _poses(args, language)
        if args.command == "print":
            return _print_sheet(args, language)
        return _templates_list(args, language)
    except DataError as error:
        print(data_error_text(error, language), file=sys.stderr)
        return EXIT_FAILED
    except StoreError as error:
        print(error.text(language), file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader stopped early (`glueplan catalog list | head`): not a failure of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _catalog(db: str | None) -> Catalog:
    """The built-in catalogue plus the user's own exercises from the database."""
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.store.repository import Repository

    store = open_store(database_url(db))
    try:
        return Repository(store).catalog()
    finally:
        store.close()


def _catalog_list(parser: argparse.ArgumentParser, args: argparse.Namespace, language: Language) -> int:
    text = messages()
    catalog = _catalog(args.db)
    if args.muscle is not None and args.muscle not in catalog.muscles:
        parser.error(text("cli.unknown_muscle", language, muscle=args.muscle, known=", ".join(catalog.muscles)))
    exercises = list(catalog.training(args.muscle)) if args.muscle else catalog.sorted_exercises(language)
    if args.category:
        exercises = [exercise for exercise in exercises if exercise.category == args.category]

    if args.json:
        print(json.dumps([_exercise_data(exercise, language) for exercise in exercises], ensure_ascii=False,
                         indent=2))
        return EXIT_OK
    if not exercises:
        print(text("cli.no_exercises", language))
        return EXIT_OK
    header = [text("cli.column.id", language), text("cli.column.name", language),
              text("cli.column.category", language)]
    if args.muscle:
        header.append(text("cli.column.role", language, muscle=catalog.muscle(args.muscle).name[language]))
    else:
        header.append(text("cli.column.muscles", language))
    rows = []
    for exercise in exercises:
        row = [exercise.id, exercise.name[language], text(f"category.{exercise.category}", language)]
        if args.muscle:
            row.append(text(f"role.{_role(exercise.weight(args.muscle))}", language))
        else:
            row.append(", ".join(catalog.muscle(m).name[language] for m in exercise.primary_muscles))
        rows.append(row)
    _print_table(header, rows)
    return EXIT_OK


def _role(weight: float) -> str:
    return "primary" if weight == PRIMARY else "secondary" if weight == SECONDARY else "minor"


def _exercise_data(exercise: Exercise, language: Language) -> dict[str, Any]:
    p = exercise.prescription
    return {
        "id": exercise.id,
        "name": exercise.name[language],
        "names": {lang.value: exercise.name[lang] for lang in Language},
        "category": exercise.category.value,
        "laterality": exercise.laterality.value,
        "equipment": [sorted(item.value for item in option) for option in exercise.equipment],
        "muscles": dict(exercise.muscles),
        "prescription": {"sets": p.sets, "reps": [p.reps.low, p.reps.high], "rir": p.rir, "rest_s": p.rest_s},
        "custom": exercise.custom,
    }


def _check(args: argparse.Namespace, language: Language) -> int:
    """Findings and summary of a plan file as JSON; unreadable input is a usage error (2)."""
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
    report = validate(document.program, catalog, level, session_minutes_budget=args.session_minutes,
                      weekly_minutes=args.weekly_minutes)
    print(json.dumps(report_data(report, catalog, language, level), ensure_ascii=False, indent=2))
    return EXIT_FAILED if report.has_errors else EXIT_OK


def _screenshot(parser: argparse.ArgumentParser, args: argparse.Namespace, language: Language) -> int:
    from glueplan.domain.templates import builtin_templates
    from glueplan.ui.screenshot import take_screenshot

    size = re.fullmatch(r"(\d{3,5})x(\d{3,5})", args.size)
    if size is None:
        parser.error(f"--size must be WIDTHxHEIGHT in pixels, such as 1600x1000, not {args.size!r}")
    if args.template is not None and args.template not in builtin_templates():
        parser.error(f"--template must be one of {', '.join(builtin_templates())}, not {args.template!r}")
    take_screenshot(Path(args.out), args.view, args.template, language, (int(size[1]), int(size[2])))
    return EXIT_OK


def _poses(args: argparse.Namespace, language: Language) -> int:
    from glueplan.ui.illustration.contact_sheet import write_contact_sheet

    try:
        write_contact_sheet(Path(args.sheet), language)
    except OSError as error:
        print(messages()("cli.cannot_write", language, path=args.sheet, reason=error.strerror or error),
              file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _print_sheet(args: argparse.Namespace, language: Language) -> int:
    """A program sheet as a PDF; an option that names nothing or makes no sense is said plainly (2)."""
    from datetime import date

    from glueplan.app.sheet_source import sheet_for
    from glueplan.domain.program_sheet import Paper, SheetOptionError, SheetOptions
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url

    options = SheetOptions(language, Paper(args.paper), None, not args.no_illustrations, not args.no_log)
    store = open_store(database_url(args.db))
    try:
        sheet = sheet_for(store, options, args.weeks, args.trainee, args.program, date.today())
    except SheetOptionError as error:
        print(error.text(language), file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from glueplan.ui.print.pdf import write_sheet_pdf

    _app = QGuiApplication.instance() or QGuiApplication([])
    try:
        write_sheet_pdf(sheet, Path(args.out))
    except OSError as error:
        print(messages()("cli.cannot_write", language, path=args.out, reason=error.strerror or error),
              file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _templates_list(args: argparse.Namespace, language: Language) -> int:
    from glueplan.domain.templates import builtin_templates

    text = messages()
    templates = builtin_templates().values()
    if args.json:
        data = [{"id": t.id, "name": t.name[language], "description": t.description[language],
                 "level": t.level.value, "source": t.source} for t in templates]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    header = [text("cli.column.id", language), text("cli.column.name", language), text("cli.column.level", language)]
    _print_table(header, [[t.id, t.name[language], text(f"level.{t.level}", language)] for t in templates])
    return EXIT_OK


def _print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


if __name__ == "__main__":
    run()
