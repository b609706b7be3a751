"""The CSV part every app's export shares: bytes to text (byte-order marks, Windows line ends,
a legacy code page), the delimiter (Python's csv.Sniffer, checked against the header), rows with
the line each starts on, and numbers written with a decimal point or a decimal comma.

Problems are collected, with their lines, rather than raised at the first one, so that a user
fixing a file by hand sees the first twenty at once; nothing is imported while there is any.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from glueplan.domain.trainee import Units
from glueplan.store.file_check import SQLITE_HEADER
from glueplan.store.imports.record import MAX_PROBLEMS, ImportCancelled, ImportRejected, Problem, Progress

MAX_BYTES = 64 * 1024 * 1024  # ten years of daily training is about 20 MB in any of the formats
DELIMITERS = ",;\t"
MAX_NAME = 200  # the longest exercise name an import keeps (the exercise table's own)
PROGRESS_EVERY = 4096  # rows between two progress reports
_UNREAD = object()
_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)?\Z")  # ASCII digits only: no '𝟫'
UNITS = {"kg": Units.KG, "kgs": Units.KG, "lb": Units.LB, "lbs": Units.LB}
WEIGHT_HEADERS = {f"weight ({name})": unit for name, unit in UNITS.items()}  # "Weight (kgs)": the unit for all rows
csv.field_size_limit(1024 * 1024)  # a field of a megabyte is no exercise name: an error, not a hang


def read_file(path: Path) -> str:
    """The text of a file that is not too big to be an export; ImportRejected otherwise."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise ImportRejected([Problem(None, "import.cannot_read", (("reason", error.strerror or error),))]) from error
    if data.startswith(SQLITE_HEADER):  # a glueplan database, or a copy from its backups folder
        raise ImportRejected([Problem(None, "import.database_file")])
    if len(data) > MAX_BYTES:
        raise ImportRejected([Problem(None, "import.too_big", (("limit", MAX_BYTES // (1024 * 1024)),))])
    return decode(data)


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with one, else Windows-1252 (a file saved
    again by a spreadsheet); text with NUL characters is no CSV file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "cp1252"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        return text
    raise ImportRejected([Problem(None, "import.not_text")])


def header_fields(text: str, delimiter: str) -> list[str]:
    """The first record of the text split at ``delimiter`` (stripped), [] for an empty file."""
    try:
        first = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])
    except csv.Error:
        return []
    return [name.strip() for name in first]


@lru_cache(maxsize=8192)
def iso_moment(text: str) -> datetime | None:
    """``2026-04-09 17:18:04`` (seconds optional), as Strong and glueplan's log write a moment."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def likely_delimiters(text: str) -> list[str]:
    """Every delimiter an export may use, the one csv.Sniffer finds in the first lines first."""
    sample = "\n".join(text[:16384].splitlines()[:20])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return list(DELIMITERS)
    return [sniffed, *(d for d in DELIMITERS if d != sniffed)]


class Table:
    """A CSV text read row by row, with the line each row starts on and the problems found."""

    def __init__(self, text: str, delimiter: str, progress: Progress) -> None:
        self._reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=False)
        self._total = text.count("\n") + 1
        self._progress = progress
        self.problems: list[Problem] = []
        self._reps: dict[str, int] = {}
        self._weights: dict[str, float] = {}
        self._rirs: dict[str, int | None] = {}
        self._names: dict[str, str | None] = {}
        try:
            self.header = [name.strip() for name in next(self._reader)]
        except (StopIteration, csv.Error):
            self.header = []

    def column(self, *names: str) -> int | None:
        """Where the first of these columns is (names compared case-insensitively), None if absent."""
        folded = [name.casefold() for name in self.header]
        for name in names:
            if name.casefold() in folded:
                return folded.index(name.casefold())
        return None

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line, fields) of every non-empty row after the header; a row the csv module cannot
        read ends the reading with its problem."""
        reader, line, count = self._reader, self._reader.line_num, 0
        try:
            for fields in reader:
                start, line = line + 1, reader.line_num
                count += 1
                if count % PROGRESS_EVERY == 0 and not self._progress(line, self._total):
                    raise ImportCancelled()
                if fields and any(fields):
                    yield start, fields
        except csv.Error as error:
            self.problem(line + 1, "import.broken_row", reason=str(error))

    def problem(self, line: int | None, key: str, **params: object) -> None:
        """Note a problem; past twenty there is no point reading on."""
        self.problems.append(Problem(line, key, tuple(params.items())))
        if len(self.problems) >= MAX_PROBLEMS:
            raise ImportRejected(self.problems)

    def finish(self) -> None:
        """Raise ImportRejected if any problem was found."""
        self._progress(self._total, self._total)
        if self.problems:
            raise ImportRejected(self.problems)

    # -- cells ---------------------------------------------------------------------------------

    def moment(self, line: int, text: str, parse: Callable[[str], datetime | None]) -> datetime | None:
        """A date (and time) read by the format's ``parse`` (None when it cannot), noted if unreadable."""
        value = parse(text.strip())
        if value is None:
            self.problem(line, "import.bad_date", value=text.strip()[:40])
        return value

    def exercise(self, line: int, text: str) -> str | None:
        """An exercise's name, its spaces tidied; a missing or overlong one is a problem."""
        return self._cached(self._names, line, text, self._read_exercise)  # type: ignore[no-any-return]

    def _read_exercise(self, line: int, text: str) -> str | None:
        name = " ".join(text.split())
        if not name:
            self.problem(line, "import.no_exercise")
            return None
        if len(name) > MAX_NAME:
            self.problem(line, "import.name_too_long", limit=MAX_NAME)
            return None
        return name

    def unit(self, line: int, text: str) -> Units | None:
        """A weight unit column's cell ("kg", "kgs", "lb", "lbs"); None when empty (or unknown: noted)."""
        text = text.strip()
        unit = UNITS.get(text.casefold())
        if unit is None and text:
            self.problem(line, "import.bad_unit", value=text[:40])
        return unit

    def weight_column(self) -> tuple[int | None, Units | None]:
        """Where the weights are, and their unit if the header says it ("Weight (kgs)")."""
        column = self.column("Weight", *WEIGHT_HEADERS)
        return column, None if column is None else WEIGHT_HEADERS.get(self.header[column].casefold())

    def number(self, line: int, text: str, refusal: str) -> float | None:
        """A number written with a decimal point or comma; None for an empty cell, or (noting
        the problem ``refusal``) for anything else."""
        text = text.strip()
        if not text:
            return None
        if _NUMBER.match(text) is None:
            self.problem(line, refusal, value=text[:40])
            return None
        return float(text.replace(",", "."))

    def _cached(self, cache: dict[str, Any], line: int, text: str, read: Callable[[int, str], Any]) -> Any:
        """``read(line, text)``, remembered for the text when it was fine: a file repeats the
        same few loads and counts ten thousand times."""
        value = cache.get(text, _UNREAD)
        if value is _UNREAD:
            problems = len(self.problems)
            value = read(line, text)
            if len(self.problems) == problems:
                cache[text] = value
        return value

    def reps(self, line: int, text: str) -> int:
        """Whole reps ("10" or "10.0"), 0 for none; more than the log holds is a problem."""
        return self._cached(self._reps, line, text, self._read_reps)  # type: ignore[no-any-return]

    def weight(self, line: int, text: str) -> float:
        """A load in the file's unit (0 for none); negative is a problem, too heavy is checked
        once the unit is known."""
        return self._cached(self._weights, line, text, self._read_weight)  # type: ignore[no-any-return]

    def rir_from_rpe(self, line: int, text: str) -> int | None:
        """RPE 1-10 as reps in reserve (RPE 8.5: 1.5, rounded up to 2); None when not given."""
        return self._cached(self._rirs, line, text, self._read_rir)  # type: ignore[no-any-return]

    def _read_reps(self, line: int, text: str) -> int:
        value = self.number(line, text, "import.bad_reps")
        if value is None:
            return 0
        if value != int(value) or not 0 <= value <= 100:
            self.problem(line, "import.bad_reps", value=text.strip()[:40])
            return 0
        return int(value)

    def _read_weight(self, line: int, text: str) -> float:
        value = self.number(line, text, "import.weight_not_a_number")
        if value is None:
            return 0.0
        if value < 0:
            self.problem(line, "import.negative_weight", value=text.strip()[:40])
            return 0.0
        return value + 0.0

    def _read_rir(self, line: int, text: str) -> int | None:
        value = self.number(line, text, "import.bad_rpe")
        if value is None or value == 0:  # some apps write 0 for "not given"
            return None
        if not 1 <= value <= 10:
            self.problem(line, "import.bad_rpe", value=text.strip()[:40])
            return None
        return int(10.5 - value)
