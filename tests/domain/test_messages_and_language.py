"""The message catalogue is complete in every language, and locale names map to languages."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from glueplan.domain.catalog import Category, Equipment, Laterality
from glueplan.domain.language import (
    Language,
    RestProblem,
    RestRefused,
    decimal,
    read_rest,
    rest_clock,
    rest_typed,
)
from glueplan.domain.messages import load_messages, messages
from glueplan.domain.plan import Weekday
from glueplan.domain.trainee import Level
from glueplan.domain.validation import DataError
from tests.conftest import RESOURCES


def test_every_vocabulary_word_has_a_text() -> None:
    text = messages()
    keys = [f"category.{c}" for c in Category] + [f"laterality.{x}" for x in Laterality] + \
        [f"equipment.{e}" for e in Equipment] + [f"level.{lv}" for lv in Level] + [f"weekday.{d.code}" for d in Weekday]
    for key in keys:
        assert key in text, key
        assert all(text(key, language).strip() for language in Language), key


def test_texts_fill_placeholders_per_language() -> None:
    assert messages()("cli.unknown_muscle", Language.DA, muscle="x", known="y") == "ukendt muskel »x«; vælg en af: y"


def test_every_language_quotes_a_name_as_it_quotes_every_other() -> None:
    """Seen as a new Norwegian user: "Det finnes allerede en utøver som heter 'Meg'", where the
    rest of the app writes «Meg» (Danish »Mig«, English “Me”)."""
    text = messages()
    said = text("trainee.name_taken", Language.NB, name="Meg")
    assert said.startswith("Det finnes allerede en utøver som heter «Meg»")
    assert text("trainee.name_taken", Language.DA, name="Mig").startswith("Der er allerede en udøver ved navn »Mig«")
    assert text("trainee.name_taken", Language.EN, name="Me").startswith("There is a trainee called “Me”")
    with (RESOURCES / "messages.toml").open("rb") as stream:
        entries = tomllib.load(stream)
    assert [said for said in _texts(entries) if re.search(r"'\{\w+\}'", said)] == []


def _texts(table: dict[str, object]) -> list[str]:
    """Every text of messages.toml in every language (a counting text's forms as one)."""
    found: list[str] = []
    for key, value in table.items():
        if key in ("en", "da", "nb"):
            found.append(str(value))
        elif isinstance(value, dict):
            found += _texts(value)
    return found


def test_a_drifting_translation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "messages.toml"
    path.write_text('[greeting]\nen = "Hi {name}"\nda = "Hej {navn}"\nnb = "Hei {name}"\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"entry 'greeting', field 'da': placeholders differ"):
        load_messages(path)


def test_a_missing_translation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "messages.toml"
    path.write_text('[greeting]\nen = "Hi"\nda = "Hej"\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"entry 'greeting'.*nb.*is missing"):
        load_messages(path)


@pytest.mark.parametrize(("name", "language"), [
    ("da_DK.UTF-8", Language.DA), ("nb_NO.UTF-8", Language.NB), ("no_NO", Language.NB), ("nn-NO", Language.NB),
    ("en_GB", Language.EN), ("de_DE", Language.EN), ("", Language.EN), (None, Language.EN),
])
def test_locale_names_map_to_languages(name: str | None, language: Language) -> None:
    assert Language.from_locale_name(name) is language


def test_a_counting_text_needs_both_forms_and_its_count(tmp_path: Path) -> None:
    path = tmp_path / "messages.toml"
    path.write_text('[sets]\ncount = "n"\nen = ["{n} set", "{n} sets"]\nda = ["{n} sæt"]\n'
                    'nb = ["{n} sett", "{n} sett"]\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"entry 'sets', field 'da': needs 2 forms"):
        load_messages(path)
    path.write_text('[sets]\ncount = "n"\nen = ["one set", "some sets"]\nda = ["ét sæt", "nogle sæt"]\n'
                    'nb = ["ett sett", "noen sett"]\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"does not show \{n\}"):
        load_messages(path)


@pytest.mark.parametrize(("typed", "seconds"), [
    ("2:30", 150), ("150", 150), (" 2 : 30 ", 150), ("90", 90), ("45", 45), ("0:45", 45), (":45", 45), ("2:50", 170),
    ("3", 180), ("0", 0), ("2,5", 150), ("2,50", 150), ("2.50", 150), ("1.5", 90), ("1,5", 90), ("2,75", 165),
    ("0,25", 15), ("15:00", 900), ("2,250", 135),
    ("", None), ("2:", None), ("2:3", None), ("2:60", None), ("2 min", None), ("-30", None), ("2,05", None),
    ("2.30", None), ("2,3", None), ("15,25", None), ("1000", None), ("2,", None)])
def test_a_rest_is_typed_as_a_user_writes_it(typed: str, seconds: int | None) -> None:
    """The week's editor asked for seconds while everything else said "2:30" (a Danish coach's walk); then a decimal
    comma was read as a clock's colon, "2,50" as 2:50 where a Dane or a Norwegian means 2½ minutes (failed before)."""
    assert rest_typed(typed) == seconds


@pytest.mark.parametrize(("typed", "problem", "example"), [
    ("2,05", RestProblem.NOT_A_QUARTER, "2:05"), ("2.30", RestProblem.NOT_A_QUARTER, "2:30"),
    ("1,45", RestProblem.NOT_A_QUARTER, "1:45"), ("2,9", RestProblem.NOT_A_QUARTER, "2:30"),
    ("2:75", RestProblem.SECONDS, "3:15"), ("2:5", RestProblem.SECONDS, "2:05"), ("2:", RestProblem.SECONDS, "2:00"),
    ("2:755", RestProblem.SECONDS, "3:15"), ("2:305", RestProblem.SECONDS, "2:30"),
    ("9" * 5000, RestProblem.NOT_A_REST, "2:30"), ("2," + "5" * 5000, RestProblem.NOT_A_REST, "2:30"),
    ("2:" + "0" * 5000, RestProblem.NOT_A_REST, "2:30"),
    ("1000", RestProblem.TOO_LONG, "16:40"), ("15,25", RestProblem.TOO_LONG, "15:15"),
    ("2 min", RestProblem.NOT_A_REST, "2:30"), (",", RestProblem.NOT_A_REST, "2:30"),
    ("2,", RestProblem.NOT_A_REST, "2:30")])
def test_a_rest_that_is_none_says_why_and_how_it_is_written(typed: str, problem: RestProblem, example: str) -> None:
    """A decimal minute that is no quarter is far more often a clock with another sign than 2:03: it is not guessed
    at, and the example is the clock's reading (failed before: "2,05" was 2:05, "2.30" 2:30, and no reason).
    Seconds of three digits are read as their first two, as two are ("2:755" was refused with "2:75", itself no
    rest), and a pasted number of thousands of digits is none (Python's int() raised out of the field's validate)."""
    assert read_rest(typed) == RestRefused(problem, example)


def test_every_rest_reads_back_as_it_is_written() -> None:
    assert all(rest_typed(rest_clock(seconds)) == seconds for seconds in range(901))


def test_a_decimal_is_written_to_the_digits_asked_for_however_large() -> None:
    """The log for a spreadsheet writes loads to the gram with decimal(): to six figures (``:g``) a load
    of 2204.623 lb was '2204.62', which read back would disagree with its weight in kg."""
    assert [decimal(value, Language.DA, 3) for value in (2204.623, 62.5, 140.0, 0.0, -0.0001, 1e6)] == \
        ["2204,623", "62,5", "140", "0", "0", "1000000"]
    assert (decimal(999.75, Language.EN), decimal(999.75, Language.NB, 2)) == ("999.8", "999,75")


@pytest.mark.parametrize(("language", "one", "two"), [
    (Language.EN, "1 exercise on both legs and 3 on one leg", "2 exercises on both legs"),
    (Language.DA, "1 øvelse på begge ben og 3 på ét ben", "2 øvelser på begge ben"),
    (Language.NB, "1 øvelse på begge bein og 3 på ett bein", "2 øvelser på begge bein")])
def test_plan_my_weeks_variety_counts_one_exercise_in_the_singular(language: Language, one: str, two: str) -> None:
    """Plan my week for a beginner in rehabilitation said "1 øvelser på begge bein" (H154's walk in Bokmål)."""
    text = messages()
    assert one in text("planner.why.variety", language, patterns="hip thrust", bilateral=1, unilateral=3)
    assert two in text("planner.why.variety", language, patterns="hip thrust", bilateral=2, unilateral=3)
