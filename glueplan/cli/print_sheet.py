"""``glueplan print``: a program sheet as a PDF."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from glueplan.app.desktop_locale import desktop_paper, desktop_units
from glueplan.cli.terminal import EXIT_OK, EXIT_USAGE, cannot_write, command, opened_store
from glueplan.domain.language import Language


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    sheet = command(commands, "print", _print_sheet, writes=("out",), parents=[common],
                    help="print a program sheet to PDF (first page, one section per session, log grids)")
    sheet.add_argument("--out", required=True, metavar="FILE.pdf")
    sheet.add_argument("--trainee", metavar="NAME", default=argparse.SUPPRESS,
                       help="whose program and rules (default: the one last used)")
    sheet.add_argument("--program", metavar="ID_NAME_TEMPLATE_OR_FILE",
                       help="a program's id or name, a template id (seed-000) or a plan file (default: the newest)")
    sheet.add_argument("--paper", choices=["a4", "letter"],
                       help="default: the desktop's (LC_PAPER), as the app offers it (letter in the US)")
    sheet.add_argument("--weeks", metavar="RANGE", help="all (default), one week (3) or a range (1-4)")
    sheet.add_argument("--no-illustrations", action="store_true", help="leave out the exercise figures")
    sheet.add_argument("--no-log", action="store_true", help="leave out the blank log grids")


def _print_sheet(args: argparse.Namespace, language: Language) -> int:
    """An option that names nothing or makes no sense, or a broken plan file, is said plainly (2)."""
    from glueplan.app import clock
    from glueplan.app.sheet_source import sheet_for
    from glueplan.domain.paper import Paper
    from glueplan.domain.program_sheet import SheetOptionError, SheetOptions
    from glueplan.domain.validation import DataError

    paper = Paper(args.paper) if args.paper else desktop_paper()
    options = SheetOptions(language, paper, None, not args.no_illustrations, not args.no_log)
    with opened_store(args.db) as store:
        try:
            sheet = sheet_for(store, options, args.weeks, args.trainee, args.program, clock.today(), desktop_units)
        except SheetOptionError as error:
            print(error.text(language), file=sys.stderr)
            return EXIT_USAGE
        except DataError as error:  # the plan file given: its place and problem, as check says them
            print(str(error), file=sys.stderr)
            return EXIT_USAGE
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from glueplan.ui.print.pdf import write_sheet_pdf

        _app = QGuiApplication.instance() or QGuiApplication([])
        try:  # with the store open: a file of its database is refused, not written over (store/open_files.py)
            write_sheet_pdf(sheet, Path(args.out))
        except OSError as error:
            return cannot_write(args.out, error, language)
    return EXIT_OK
