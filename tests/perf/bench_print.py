"""Printing benchmark: a 12-week program of 4 sessions a week to PDF (the sheet built and
painted), against writing an empty one-page PDF in the same process. Medians of 7 runs."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from msgspec.structs import replace
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter  # noqa: E402

from glueplan.domain.catalog import builtin_catalog  # noqa: E402
from glueplan.domain.language import Language  # noqa: E402
from glueplan.domain.plan import Weekday  # noqa: E402
from glueplan.domain.program_sheet import SheetOptions, build_sheet  # noqa: E402
from glueplan.domain.rules import validate  # noqa: E402
from glueplan.domain.templates import builtin_templates  # noqa: E402
from glueplan.domain.trainee import Trainee  # noqa: E402
from glueplan.ui.print.pdf import write_sheet_pdf  # noqa: E402

RUNS = 7


def twelve_weeks_four_sessions():  # type: ignore[no-untyped-def]
    catalog = builtin_catalog()
    program = builtin_templates()["seed-000"].program(catalog, Language.DA, weeks=12)
    week = program.weeks[0]
    fourth = replace(week.sessions[1], day=Weekday.SAT, time=clock(10, 0), title="Træning 4")
    return replace(program, start=date(2026, 3, 2), weeks=tuple(replace(w, sessions=(*w.sessions, fourth))
                                                                for w in program.weeks))


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    catalog = builtin_catalog()
    program = twelve_weeks_four_sessions()
    trainee = Trainee("Ane")
    folder = Path(tempfile.mkdtemp())
    sheet_times, empty_times = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        empty = QPdfWriter(str(folder / "empty.pdf"))
        QPainter(empty).end()
        del empty
        empty_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        sheet = build_sheet(program, trainee, validate(program, catalog, trainee.level), catalog,
                            SheetOptions(Language.DA), date.today(), trainees_shown=1)
        pages = write_sheet_pdf(sheet, folder / "sheet.pdf")
        sheet_times.append(time.perf_counter() - start)
    print(f"12 weeks x 4 sessions, {pages} pages: median {statistics.median(sheet_times):.3f} s "
          f"(min {min(sheet_times):.3f}); empty PDF median {statistics.median(empty_times) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
