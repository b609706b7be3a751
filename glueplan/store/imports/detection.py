"""Which app wrote a file, told from its header (a glueplan backup: from its first brace), and
the reading of it with that app's importer."""

from __future__ import annotations

from pathlib import Path

from glueplan.domain.language import Language
from glueplan.store.imports import fitnotes, glueplan_backup, glueplan_log, hevy, strong
from glueplan.store.imports.collector_pause import collector_paused
from glueplan.store.imports.csv_table import Table, header_fields, likely_delimiters, read_file
from glueplan.store.imports.record import Format, ImportRejected, ParsedHistory, Problem, Progress, no_progress
from glueplan.store.open_files import is_open_database

CSV_IMPORTERS = {Format.STRONG: strong, Format.HEVY: hevy, Format.FITNOTES: fitnotes, Format.GLUEPLAN: glueplan_log}
CSV_APPS = {Format.STRONG: "Strong", Format.HEVY: "Hevy", Format.FITNOTES: "FitNotes",  # as they write themselves
            Format.GLUEPLAN: "glueplan"}


def detect(text: str) -> tuple[Format, str] | None:
    """The format and delimiter of a CSV export, None when no importer knows its header."""
    for delimiter in likely_delimiters(text):
        header = header_fields(text, delimiter)
        for format, importer in CSV_IMPORTERS.items():
            if importer.recognises(header):
                return format, delimiter
    return None


def read_text(text: str, format: Format | None = None, progress: Progress = no_progress, trainee: str | None = None,
              language: Language = Language.EN) -> ParsedHistory:
    """The sets of an export (of the given format, else the one detected; glueplan's log:
    ``trainee``'s, see read_history); ImportRejected with the lines and reasons when it cannot
    be imported, ImportCancelled when ``progress`` said stop."""
    found = detect(text)
    if found is None or (format is not None and found[0] != format):
        delimiter = found[1] if found else likely_delimiters(text)[0]
        header = ", ".join(header_fields(text, delimiter))[:120] or "–"
        key = "import.unknown_format" if format is None else "import.not_this_format"
        raise ImportRejected([Problem(1, key, (("format", CSV_APPS.get(format, "")), ("header", header)))])
    format, delimiter = found
    table = Table(text, delimiter, progress)
    return glueplan_log.read(table, trainee, language) if format is Format.GLUEPLAN else \
        CSV_IMPORTERS[format].read(table)


@collector_paused()
def read_history(path: Path, format: Format | None = None, progress: Progress = no_progress,
                 trainee: str | None = None, language: Language = Language.EN) -> ParsedHistory:
    """The sets of a file: a CSV export, or a glueplan backup or log (then ``trainee``'s, by name,
    else the file's trainee with most sets, built-in exercises named in ``language``; another
    app's names are the file's in any language).
    A file of the database this process has open is not read (store/open_files.py)."""
    if is_open_database(path):
        raise ImportRejected([Problem(None, "import.open_database", (("path", str(path)),))])
    text = read_file(path)
    if format is Format.JSON or (format is None and text.lstrip().startswith("{")):
        parsed = glueplan_backup.read(path, trainee, language)
        progress(1, 1)
        return parsed
    return read_text(text, format, progress, trainee, language)
