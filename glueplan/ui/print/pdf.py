"""Program sheets as PDF files, painted in memory and written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from glueplan.domain.program_sheet import ProgramSheet
from glueplan.store.atomic_file import write_file
from glueplan.ui.print.sheet_painter import paint_sheet

RESOLUTION = 600  # dots per inch: text and figures are vectors whatever it is; this sets the grid of positions


def write_sheet_pdf(sheet: ProgramSheet, out: Path) -> int:
    """Write the sheet to ``out`` and return its number of pages. Raises WriteFailed (an OSError)
    when the file cannot be written; a file already at ``out`` stays as it was."""
    data, pages = sheet_pdf(sheet)
    write_file(out, data)
    return pages


def sheet_pdf(sheet: ProgramSheet) -> tuple[bytes, int]:
    """The sheet as a PDF in memory, and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("glueplan")
    writer.setTitle(sheet.program)
    pages = paint_sheet(sheet, writer)
    del writer  # the PDF is complete once the writer is gone
    buffer.close()
    return data.data(), pages
