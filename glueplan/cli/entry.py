"""Parses the command line and runs the command it names; without one, the desktop app starts."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from glueplan import __version__
from glueplan.app.system_language import system_language
from glueplan.cli.terminal import EXIT_FAILED, EXIT_OK, EXIT_USAGE, refuse_database_files
from glueplan.domain.language import Language
from glueplan.domain.messages import data_error_text
from glueplan.domain.resources import resource_cache
from glueplan.domain.validation import DataError
from glueplan.store.atomic_file import DatabaseFile
from glueplan.store.errors import BAD_LOCATION, StoreError
from glueplan.store.resource_files import user_resource_files


class _NotTheWindow(Exception):
    """Raised by the window's parser where argparse would say what is wrong: the full parser says it."""


class _WindowLine(argparse.ArgumentParser):
    """glueplan's own options, and the rest of the line from the first word none of them takes, kept whole as the
    full parser's commands take a command and all after it (argparse.REMAINDER): an option after a command
    (``catalog list --version``) is left to the command. It says nothing itself (error raises)."""

    def error(self, message: str) -> NoReturn:
        raise _NotTheWindow(message)


def top_options() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The options of ``glueplan`` itself, and those of them that every command takes too, before or after it:
    parents of the window's parser and of the full one alike, so that each is defined once."""
    languages = [language.value for language in Language]
    # SUPPRESS keeps a value given before the command from being overwritten by the command's own default.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or SQLAlchemy URL (default: GLUEPLAN_DB, else the user data folder)")
    common.add_argument("--lang", choices=languages, help="language of names and messages (default: from the locale)")
    top = argparse.ArgumentParser(add_help=False, parents=[common])
    top.add_argument("--version", action="version", version=f"glueplan {__version__}")
    top.add_argument("--trainee", metavar="NAME", default=argparse.SUPPRESS,
                     help="whose data the window shows (default: the one last used)")
    return top, common


def build_parser() -> argparse.ArgumentParser:
    """The full parser, every command's with it: ten modules imported and their parsers built, 4-5 ms that only a
    command, help or a wrong line pays for (parse_command_line)."""
    from glueplan.cli import (catalog, check, export, import_history, pictures, plan, print_sheet, restore,
                              templates, trainee)

    top, common = top_options()
    parser = argparse.ArgumentParser(prog="glueplan", parents=[top],
                                     description="Plan, check and log glute training. Without a command, "
                                                 "the desktop app starts.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (catalog, check, export, import_history, pictures, plan, print_sheet, restore, templates, trainee):
        module.add_to(commands, common)
    return parser


def parse_command_line(argv: Sequence[str] | None) -> argparse.Namespace:
    """The line parsed; ``command`` None asks for the window. A line of glueplan's own options alone is the window's,
    read by a parser of those options alone; any other line, help and mistakes too, is read anew by the full parser,
    which says what it always said."""
    window = _WindowLine(prog="glueplan", add_help=False, parents=[top_options()[0]])
    window.add_argument("command", nargs=argparse.REMAINDER)
    try:
        args = window.parse_args(argv)
    except _NotTheWindow:
        return build_parser().parse_args(argv)
    if args.command:  # a command and all after it
        return build_parser().parse_args(argv)
    args.command = None
    return args


def run() -> NoReturn:
    """The installed command and ``python -m glueplan``. Python's last clean-up collects its garbage up to four
    times over, each time walking every object not frozen: 0.25 s and more after a window closed before start-up
    froze its objects (StartUp._settled), 20-30 ms after. What is left when the command is done is frozen first:
    what the process ends with is given back to the system whole, and modules, threads and atexit still end as
    before (the window and the database were closed by then: application.close_down)."""
    code = main()
    gc.freeze()
    sys.exit(code)


def desktop_app(args: argparse.Namespace) -> int:
    """The window, started with Python's cyclic collector off: start-up makes modules, the catalogue and widgets and
    keeps them all, and the 104 collections that came meanwhile took about 20 ms of a 0.35 s start to free 531
    objects in all (tests/perf/bench_startup.py). StartUp._settled turns it back on once the window is usable, and
    freezes what start-up made out of the full collections to come; a start that never gets there has it on again
    a few seconds after the window is shown (run_gui), and a way out of the command here."""
    gc.disable()
    try:
        from glueplan.ui.application import run_gui  # Qt is imported only when the window is wanted

        return run_gui(args.db, Language(args.lang) if args.lang else None, args.trainee)
    finally:
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_command_line(argv)
    args.db = getattr(args, "db", None)
    args.lang = getattr(args, "lang", None)
    args.trainee = getattr(args, "trainee", None)  # before the command or after it (export, import, print)
    language = Language(args.lang) if args.lang else system_language()
    with resource_cache(user_resource_files()):  # before the messages or the catalogue are first loaded
        try:
            if args.command is None:
                return desktop_app(args)
            refuse_database_files(args)
            return int(args.handler(args, language))
        except DatabaseFile as error:  # refused before anything was opened or written
            print(error.text(language), file=sys.stderr)
            return EXIT_FAILED
        except DataError as error:
            print(data_error_text(error, language), file=sys.stderr)
            return EXIT_FAILED
        except StoreError as error:  # a --db that names nothing usable is a bad argument
            # sqlite3 comes with file_check: 1.3 ms the window's way in does without, up to a new database's first paint
            from glueplan.store.file_check import DamagedDatabase, damage_report

            print(damage_report(error, language) if isinstance(error, DamagedDatabase) else error.text(language),
                  file=sys.stderr)
            return EXIT_USAGE if error.key == BAD_LOCATION else EXIT_FAILED
        except BrokenPipeError:
            # The reader stopped early (`glueplan catalog list | head`): not a failure of ours.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
