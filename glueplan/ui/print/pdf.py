"""Program sheets as PDF files, written under a temporary name and renamed into place."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from glueplan.domain.program_sheet import ProgramSheet
from glueplan.ui.print.sheet_painter import paint_sheet

RESOLUTION = 600  # dots per inch: text and figures are vectors whatever it is; this sets the grid of positions


def write_sheet_pdf(sheet: ProgramSheet, out: Path) -> int:
    """Write the sheet to ``out`` and return its number of pages. Raises OSError when the
    file cannot be written; a file already at ``out`` stays as it was until the new one is done."""
    partial = out.with_name(out.name + ".part")
    with open(partial, "wb"):  # fails with the reason (no such folder, no permission) before Qt tries
        pass
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setCreator("glueplan")
        writer.setTitle(sheet.program)
        pages = paint_sheet(sheet, writer)
        del writer  # the file is complete once the writer is gone
        os.replace(partial, out)
    finally:
        if partial.exists():
            partial.unlink()
    return pages
