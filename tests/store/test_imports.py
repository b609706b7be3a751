"""Each app's export in each of its forms, read from realistic sample files (tests/import_files),
and broken files refused with the line and the reason."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from glueplan.domain.language import Language
from glueplan.domain.trainee import Units
from glueplan.store.imports.csv_table import MAX_BYTES
from glueplan.store.imports.detection import read_history, read_text
from glueplan.store.imports.record import Format, ImportCancelled, ImportedSet, ImportRejected, ParsedHistory

FILES = Path(__file__).resolve().parent.parent / "import_files"


def read(name: str) -> ParsedHistory:
    return read_history(FILES / name)


def by_exercise(parsed: ParsedHistory, name: str) -> list[ImportedSet]:
    return [imported for imported in parsed.sets if imported.exercise == name]


def rejection(text: str, format: Format | None = None) -> str:
    with pytest.raises(ImportRejected) as caught:
        read_text(text, format)
    return caught.value.text(Language.EN)


def test_strong_comma_separated_without_units() -> None:
    parsed = read("strong_comma_no_units.csv")
    assert parsed.format is Format.STRONG and parsed.units == frozenset() and parsed.needs_units
    thrusts = by_exercise(parsed, "Hip Thrust (Barbell)")
    assert [(s.weight, s.reps, s.rir, s.unit) for s in thrusts] == [(60, 10, None, None), (80, 10, 2, None),
                                                                     (80, 9, 1, None)]
    assert thrusts[2].note == "pause at the top, 1 s" and thrusts[2].line == 4
    assert thrusts[0].workout == datetime(2025, 11, 3, 17, 32, 10)
    assert by_exercise(parsed, "Split Squat, Deficit (Dumbbell)")[0].weight == 12  # a quoted comma
    assert parsed.without_reps == 1 and not by_exercise(parsed, "Plank")  # held for 60 s: no reps
    assert len({s.workout for s in parsed.sets}) == 2


def test_strong_semicolons_with_a_unit_per_row_bom_crlf_and_decimal_commas() -> None:
    parsed = read("strong_semicolon_units.csv")
    assert parsed.units == {Units.KG, Units.LB}
    first, second, third = by_exercise(parsed, "Hip Thrust (Barbell)")
    assert (first.weight, first.unit, first.rir) == (62.5, Units.KG, 2)  # RPE 8,5 leaves 1.5: 2
    assert second.rir == 1 and third.note == "ny rekord; godt"
    assert {s.unit for s in by_exercise(parsed, "Hip Abductor (Machine)")} == {Units.LB}
    lunge, = by_exercise(parsed, "Walking Lunge")
    assert (lunge.weight, lunge.unit, lunge.reps) == (0, None, 20)
    assert not parsed.needs_units  # a zero load needs no unit
    assert [s.line for s in parsed.sets] == [2, 3, 4, 5, 6, 7]


def test_strong_workout_number_form_with_warm_ups_failure_sets_and_rest_timers() -> None:
    parsed = read("strong_workout_number.csv")
    thrusts = by_exercise(parsed, "Hip Thrust (Barbell)")
    assert [(s.warm_up, s.weight, s.reps, s.rir) for s in thrusts] == [
        (True, 40, 10, None), (False, 90, 8, 2), (False, 90, 8, 1), (False, 90, 6, 0)]
    assert [s.ordinal for s in thrusts] == [0, 1, 2, 3]
    assert parsed.units == {Units.KG} and not by_exercise(parsed, "Rest Timer")
    assert by_exercise(parsed, "Deadlift (Barbell)")[1].note == '"conventional", hook grip'
    assert parsed.without_reps == 1  # the run


def test_strong_newest_form_w_for_warm_ups_and_reps_written_with_a_decimal() -> None:
    parsed = read("strong_newest.csv")
    assert parsed.needs_units
    assert [(s.exercise, s.reps, s.warm_up) for s in parsed.sets[:2]] == [
        ("Hip Thrust (Barbell)", 10, True), ("Hip Thrust (Barbell)", 8, False)]
    assert sum(s.warm_up for s in parsed.sets) == 2
    assert by_exercise(parsed, "Frog Pumps")[0].reps == 30  # a drop set is a set of work
    assert len({s.workout for s in parsed.sets}) == 3  # durations 2h 38m, 38min and 20s are no problem


def test_hevy_kilograms_with_set_types_notes_and_written_dates() -> None:
    parsed = read("hevy_kg.csv")
    assert parsed.format is Format.HEVY and parsed.units == {Units.KG}
    warm_up, work, failure = by_exercise(parsed, "Hip Thrust (Barbell)")[:3]
    assert warm_up.warm_up and not work.warm_up and not failure.warm_up
    assert warm_up.workout == datetime(2026, 4, 9, 17, 18)
    assert warm_up.note == "Feet closer\nchin tucked" and work.note == ""  # the notes once, on the first set
    assert (work.rir, failure.rir) == (2, 0)
    assert by_exercise(parsed, "Hip Abduction (Machine)")[0].weight == 54.5
    assert parsed.without_reps == 1  # the treadmill
    assert by_exercise(parsed, "Hip Thrust (Barbell)")[3].workout == datetime(2026, 4, 12, 9, 5)


def test_hevy_pounds_with_kilometres() -> None:
    parsed = read("hevy_lbs.csv")
    assert parsed.units == {Units.LB}
    squats = by_exercise(parsed, "Squat (Barbell)")
    assert [(s.weight, s.unit, s.warm_up) for s in squats] == [(95, Units.LB, True), (185, Units.LB, False),
                                                                (185, Units.LB, False)]
    assert by_exercise(parsed, "Lateral Band Walks")[0].weight == 0


def test_fitnotes_kilograms_and_unquoted_commas_in_names() -> None:
    parsed = read("fitnotes_kgs.csv")
    assert parsed.format is Format.FITNOTES and parsed.units == {Units.KG}
    press = by_exercise(parsed, "Overhead Press (Each Side, Dumbbells)")
    assert [(s.weight, s.reps, s.line) for s in press] == [(14, 8, 4), (14, 8, 5)]
    assert parsed.sets[0].workout == datetime(2025, 12, 1, 12)  # FitNotes keeps days: noon
    assert parsed.without_reps == 1


def test_fitnotes_pounds_comments_and_day_first_dates() -> None:
    parsed = read("fitnotes_lbs_comment.csv")
    first = parsed.sets[0]
    assert (first.workout, first.weight, first.unit) == (datetime(2025, 12, 23, 12), 135, Units.LB)
    assert first.note == "first time above 130, easy"
    assert parsed.sets[-1].workout == datetime(2026, 1, 2, 12) and parsed.sets[-1].note == "left knee ok"


def test_fitnotes_weight_unit_column_and_month_first_dates() -> None:
    parsed = read("fitnotes_weight_unit.csv")
    assert [(s.workout.date().isoformat(), s.weight, s.unit) for s in parsed.sets] == [
        ("2025-12-23", 60, Units.KG), ("2025-12-23", 135, Units.LB), ("2025-12-28", 0, Units.KG)]


def test_the_identity_of_a_set_is_its_place_in_its_workout() -> None:
    parsed = read("strong_workout_number.csv")
    keys = [s.import_key for s in parsed.sets]
    assert len(set(keys)) == len(keys)
    assert keys[1] == "2026-02-02T17:00:00|hip thrust (barbell)|1"


def test_a_format_that_is_no_export_says_what_its_first_line_is() -> None:
    message = rejection("name,age\nIda,34\n")
    assert message.startswith("Line 1: This is no export glueplan knows") and "name, age" in message
    assert "This is no Hevy export" in rejection((FILES / "strong_newest.csv").read_text(), Format.HEVY)


def test_broken_rows_and_absurd_values_are_refused_with_their_lines() -> None:
    text = (FILES / "strong_newest.csv").read_text().splitlines()
    text[2] = text[2].replace("100.0,8.0", "heavy,8.0")
    text[3] = text[3].replace(",2,100.0,8.0", ",2,100.0,250")
    text[4] = text[4].replace("2026-03-02 18:00:00", "yesterday")
    text[5] = text[5].replace("0.0,0.0,", "0.0,")
    text[6] = text[6].replace("15.0,12.0", "-15.0,12.0")
    text[7] = text[7].replace("Dead Hang,1,", "Dead Hang,X,")
    text[8] = text[8].replace("Frog Pumps,D,0.0,30.0", "Frog Pumps,D,0.0,30.0,0")
    message = rejection("\n".join(text))
    assert message.splitlines() == [
        "Line 3: the weight “heavy” is not a number.",
        "Line 4: “250” reps: reps must be a whole number from 0 to 100.",
        "Line 5: “yesterday” is not a date.",
        "Line 6: 9 fields where the header has 10.",
        "Line 7: the weight -15.0 is negative.",
        "Line 8: unknown set type “X”.",
        "Line 9: 11 fields where the header has 10.",
    ]


def test_the_danish_message_is_danish() -> None:
    with pytest.raises(ImportRejected) as caught:
        read_text("Date,Exercise,Category,Weight (kgs),Reps\n2025-13-45,Squat,Legs,1,1\n")
    assert caught.value.text(Language.DA) == "Linje 2: »2025-13-45« er ikke en dato."


def test_at_most_twenty_problems_are_listed() -> None:
    rows = "".join(f"2026-01-01,Squat,Legs,x{n},5\n" for n in range(100))
    with pytest.raises(ImportRejected) as caught:
        read_text("Date,Exercise,Category,Weight (kgs),Reps\n" + rows)
    assert len(caught.value.problems) == 20


def test_a_huge_file_or_one_that_is_no_text_is_refused(tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as stream:
        stream.truncate(MAX_BYTES + 1)
    with pytest.raises(ImportRejected, match="larger than 64 MB"):
        read_history(huge)
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportRejected, match="not text"):
        read_history(binary)
    with pytest.raises(ImportRejected, match="cannot be read"):
        read_history(tmp_path / "missing.csv")


def test_a_legacy_code_page_and_utf_16_are_read(tmp_path: Path) -> None:
    text = "Date,Exercise,Category,Weight (kgs),Reps\n2026-01-01,Hoftestød på bænk,Ben,50,8\n"
    for encoding in ("cp1252", "utf-16"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        assert read_history(path).sets[0].exercise == "Hoftestød på bænk"


def test_reading_can_be_cancelled_and_reports_progress() -> None:
    text = (FILES / "strong_newest.csv").read_text()
    header, *rows = text.splitlines()
    many = "\n".join([header, *rows * 2000])
    seen: list[tuple[int, int]] = []

    def stop_after_first(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(ImportCancelled):
        read_text(many, progress=stop_after_first)
    assert seen and seen[0][0] < seen[0][1] == many.count("\n") + 1


def test_a_database_file_is_said_to_be_one(tmp_path: Path) -> None:
    """A copy from glueplan's backups folder is a database, not an export: the import said only
    that the file was not text (H52's walk), which the import field's hint seemed to contradict."""
    import sqlite3

    copy = tmp_path / "glueplan-20261201-before-0010.sqlite"
    with sqlite3.connect(copy) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    with pytest.raises(ImportRejected) as caught:
        read_history(copy)
    assert "open it with glueplan (--db FILE), export a backup" in caught.value.text(Language.EN)
