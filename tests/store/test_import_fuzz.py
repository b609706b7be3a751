"""Random and mutated files thrown at every importer: each is read or refused with a message
(every problem says why, most where), never a crash; and what an import writes is all of the
preview or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glueplan.app.importing import ImportHistory, prepare
from glueplan.app.workspace import Workspace
from glueplan.domain.language import Language
from glueplan.store.errors import StoreError
from glueplan.store.imports.csv_table import decode
from glueplan.store.imports.detection import read_text
from glueplan.store.imports.record import Format, ImportRejected, ParsedHistory

FILES = Path(__file__).resolve().parent.parent / "import_files"
SAMPLES = sorted(FILES.glob("*.csv"))
CSV_FORMATS = [None, Format.STRONG, Format.HEVY, Format.FITNOTES]
PIECES = list(',;\t"\n\r\ufeff.-0123456789 WkglbsAbc\\') + ["\r\n", '""', "9999", "1e9", "nan", "𝟫", "W", "Rest Timer"]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A sample file with characters deleted, inserted, replaced or lines repeated."""
    text = SAMPLES[draw(st.integers(0, len(SAMPLES) - 1))].read_text(encoding="utf-8-sig")
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["delete", "insert", "replace", "repeat"]))
        piece = draw(st.sampled_from(PIECES))
        if kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 12)):]
        elif kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "replace":
            text = text[:at] + piece + text[at + len(piece):]
        else:
            lines = text.splitlines(keepends=True)
            if lines:
                line = lines[min(at, len(lines) - 1)]
                text = "".join(lines + [line] * draw(st.integers(1, 3)))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return text.encode(encoding, errors="replace")


FILES_TO_TRY = st.one_of(mutated(), st.binary(max_size=2000),
                         st.lists(st.sampled_from(PIECES), max_size=200).map(lambda parts: "".join(parts).encode()))


def read_or_refuse(data: bytes, format: Format | None) -> ParsedHistory | None:
    """The file read, or None when it was refused with a message for every problem."""
    try:
        return read_text(decode(data), format)
    except ImportRejected as error:
        assert error.problems
        for problem in error.problems:
            for language in Language:
                assert problem.text(language).strip()
        return None


@settings(max_examples=400, deadline=None)
@given(FILES_TO_TRY, st.sampled_from(CSV_FORMATS))
def test_every_file_is_read_or_refused_with_reasons(data: bytes, format: Format | None) -> None:
    parsed = read_or_refuse(data, format)
    if parsed is not None:
        assert all(1 <= imported.reps <= 100 and imported.weight >= 0 for imported in parsed.sets)
        assert len({imported.import_key for imported in parsed.sets}) == len(parsed.sets)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated())
def test_an_import_writes_all_of_its_preview_or_nothing(workspace: Workspace, data: bytes) -> None:
    parsed = read_or_refuse(data, None)
    if parsed is None:
        return
    repository, trainee = workspace.repository, workspace.trainee_id
    before = repository.count_logged_sets(trainee)
    try:
        preview = prepare(workspace, parsed)
        workspace.execute(ImportHistory(preview.batch, "import"))
    except (ImportRejected, StoreError) as error:
        assert str(error)
        assert repository.count_logged_sets(trainee) == before
        return
    assert repository.count_logged_sets(trainee) == before + preview.sets


ODD_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=False),
                       st.text(max_size=30), st.lists(st.integers(), max_size=3),
                       st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))


@pytest.mark.sqlite_only  # about the importer, not the engine
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(
    ["performed_at", "exercise_id", "weight_kg", "reps", "rir", "note", "warm_up", "import_key", "trainee_id"]),
    ODD_VALUES), min_size=1, max_size=4))
def test_a_backup_edited_by_hand_is_previewed_or_refused_with_reasons(workspace: Workspace, tmp_path_factory: object,
                                                                      edits: list[tuple[int, str, object]]) -> None:
    """A glueplan backup whose set rows were changed to anything JSON holds: previewed with sets
    the log can hold, or refused with a reason, never a crash (a rep count of 500 used to raise
    ValueError). What an import writes of a preview: the test above."""
    import json

    from glueplan.store.formats.json_backup import backup_bytes
    from glueplan.store.imports.detection import read_history

    repository, trainee = workspace.repository, workspace.trainee_id
    if not repository.count_logged_sets(trainee):
        workspace.execute(ImportHistory(prepare(workspace, read_text(decode(
            (FILES / "strong_workout_number.csv").read_bytes()))).batch, "import"))
    backup = json.loads(backup_bytes(repository.store))
    rows = backup["tables"]["logged_set"]["rows"]
    columns = backup["tables"]["logged_set"]["columns"]
    for row_number, column, value in edits:
        rows[row_number % len(rows)][columns.index(column)] = value
    path = tmp_path_factory.mktemp("backup") / "edited.json"  # type: ignore[attr-defined]
    path.write_text(json.dumps(backup), encoding="utf-8")
    try:
        preview = prepare(workspace, read_history(path))
    except ImportRejected as error:
        assert error.problems and all(problem.text(Language.EN).strip() for problem in error.problems)
        return
    assert all(1 <= row.reps <= 100 and 0 <= row.weight_kg <= 1000 for row in preview.batch.sets)
