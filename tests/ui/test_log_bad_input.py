"""The log form with input no lifter means: each refused with a short message, nothing saved."""

from __future__ import annotations


from msgspec.structs import replace
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.commands import EditPlanned
from glueplan.domain.language import Language
from glueplan.domain.log import Refusal, read_entry
from glueplan.domain.trainee import Units
from glueplan.ui.log.page import LogPage
from tests.ui.test_log_and_charts import page, stored_sets  # noqa: F401  (the fixture)

HUGE = "9" * 309


@pytest.mark.parametrize(("weight", "reps", "rir", "reason"), [
    ("60", HUGE, "2", "gentagelser"),
    ("60", "8", HUGE, "fra 0 til 10"),
    ("𑁩8𝟫", "8", "2", "ikke et tal"),
    ("8", "8𝟪", "2", "helt tal"),
    ("x" * 100_000, "8", "2", "ikke et tal"),
    ("<b>60</b>", "8", "2", "<b>60</b>"),
])
def test_absurd_input_gets_a_short_message_and_saves_nothing(page: LogPage, weight: str, reps: str,  # noqa: F811
                                                              rir: str, reason: str) -> None:
    block = page.blocks[0]
    block.weight.setText(weight)
    block.reps.setText(reps)
    block.rir.setText(rir)
    block.log_button.click()
    assert reason in block.problem.text() and len(block.problem.text()) < 200
    assert block.problem.textFormat() == Qt.TextFormat.PlainText
    assert stored_sets(page) == []


def test_a_set_without_reps_asks_for_them(page: LogPage) -> None:  # noqa: F811
    """Seen as a new user pressing Enter after the weight: the reason quoted an empty “»«”."""
    block = page.blocks[0]
    block.weight.setText("60")
    block.log_button.click()
    assert block.problem.text() == "Skriv antallet af gentagelser."
    assert stored_sets(page) == []


@pytest.mark.parametrize("language", list(Language))
def test_no_reps_is_said_in_every_language_without_an_empty_quote(language: Language) -> None:
    reason = read_entry("60", "", "2", Units.KG, language)
    assert isinstance(reason, Refusal) and reason.text and not any(pair in reason.text for pair in ("“”", "»«", "«»"))


def test_digits_of_one_other_script_still_count() -> None:
    assert read_entry("١٠٠", "٨", "", Units.KG, Language.EN) == (100.0, 8, None)


@pytest.mark.parametrize("weight", ["62,565", "62.565", "62,565 kg", "135.125 lb"])
def test_a_load_with_more_than_two_decimals_is_refused_as_a_slip(weight: str) -> None:
    """A clinic walk: "65" typed after a kept "62,5" logged 62.565 kg, shown as "62,56 kg". No plates make up a
    third decimal (the smallest weigh 0.25 kg or lb): it is refused, saying why, where two decimals pass."""
    refused = "har mere end to decimaler, finere end nogen skiver kan sætte sammen; tjek vægten."
    assert read_entry(weight, "8", "", Units.KG, Language.DA) == Refusal(f"Vægten »{weight}« {refused}", "weight")
    assert read_entry("62,25", "8", "", Units.KG, Language.DA) == (62.25, 8, None)


def test_a_load_typed_too_finely_stays_as_typed_beside_its_refusal(qtbot: QtBot, page: LogPage) -> None:  # noqa: F811
    """Enter on "62,565" refused it, then the field was tidied to "62,56" as it was left, and the refusal went with
    the change: a load that looked right, logged at the next Enter. It stays as typed, with the reason."""
    block = page.blocks[0]
    block.reps.setText("8")
    block.weight.setFocus()
    qtbot.keyClicks(block.weight, "62,565")
    qtbot.keyClick(block.weight, Qt.Key.Key_Return)
    block.weight.editingFinished.emit()  # and left, as a Tab or a click does
    assert block.weight.text() == "62,565" and block.problem.text().startswith("Vægten »62,565« har mere end to")
    assert stored_sets(page) == []


def test_a_refused_set_puts_the_keyboard_in_the_field_it_is_about(qtbot: QtBot, page: LogPage) -> None:  # noqa: F811
    """H145's walk: "50.125", Tab, "10", Tab, "2", Enter was refused and the keyboard stayed in the RIR; the next
    try, typed as a set is (load, Tab, reps, Tab, RIR, Enter), put the load in the RIR, the reps in the note, and a
    set was logged to the next exercise. The keyboard goes to the load, chosen, and the next try logs it here."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    block = page.blocks[0]
    block.focus_entry()
    for typed in ("50.125", "10", "2"):
        qtbot.keyClicks(QApplication.focusWidget(), typed)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(block.rir, Qt.Key.Key_Return)
    assert block.problem.text().startswith("Vægten »50.125« har mere end to decimaler")
    assert QApplication.focusWidget() is block.weight and block.weight.selectedText() == "50.125"
    for key in ("50", Qt.Key.Key_Tab, "9", Qt.Key.Key_Tab, "1", Qt.Key.Key_Return):
        if isinstance(key, str):
            qtbot.keyClicks(QApplication.focusWidget(), key)
        else:
            qtbot.keyClick(QApplication.focusWidget(), key)
    assert [(s.exercise_id, s.weight_kg, s.reps, s.rir) for s in stored_sets(page)] == [("back_squat", 50.0, 9, 1)]


@pytest.mark.parametrize(("weight", "reps", "rir", "field"), [("-20", "12", "2", "weight"), ("60", "8,5", "2", "reps"),
                                                             ("60", "8", "12", "rir")])
def test_the_refusal_stays_while_its_value_does(qtbot: QtBot, page: LogPage,  # noqa: F811
                                                weight: str, reps: str, rir: str, field: str) -> None:
    """A refused "-20" stayed in the weight with its reason gone once a set of another exercise was logged."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    refused, other = page.blocks[0], page.blocks[2]
    refused.weight.setText(weight)
    refused.reps.setText(reps)
    refused.rir.setText(rir)
    refused.log_button.click()
    reason = refused.problem.text()
    assert reason and QApplication.focusWidget() is getattr(refused, field)
    other.weight.setText("20")
    other.reps.setText("12")
    other.log_button.click()
    assert len(stored_sets(page)) == 1 and page.blocks[0] is refused
    assert refused.problem.text() == reason and refused.problem.isVisible()
    refused.weight.setText("60")
    refused.reps.setText("8")
    refused.rir.setText("2")
    assert not refused.problem.text()  # put right: the reason goes


def test_a_block_made_anew_says_the_refusal_of_what_it_takes_over(qtbot: QtBot, page: LogPage) -> None:  # noqa: F811
    """The form built again (the plan edited on the Week tab) keeps what was typed, and the reason it was refused."""
    block = page.blocks[0]
    block.weight.setText("-20")
    block.reps.setText("12")
    block.log_button.click()
    reason = block.problem.text()
    planned = block.planned
    assert reason and planned is not None
    page.live.apply(EditPlanned(0, 0, 0, replace(planned.prescription, rir=1), None, "new note"))
    assert page.blocks[0] is not block and page.blocks[0].weight.text() == "-20"
    assert page.blocks[0].problem.text() == reason
