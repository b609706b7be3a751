"""Every UI string is translated to Danish and Norwegian, and the compiled files are current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from tests.conftest import REPO_ROOT, RESOURCES, packaging_script
from tests.ui.test_main_window import make_window

LANGUAGES = ("da", "nb")
WITH_ENGLISH = (*LANGUAGES, "en")  # English's file holds the plural forms only


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


@pytest.mark.parametrize("language", WITH_ENGLISH)
def test_every_string_is_translated(language: str) -> None:
    tree = ET.parse(RESOURCES / "translations" / f"glueplan_{language}.ts")
    messages = list(tree.iter("message"))
    assert messages
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext("source")
        texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
        assert all(text and text.strip() for text in texts), message.findtext("source")


@pytest.mark.parametrize("language", WITH_ENGLISH)
def test_the_ts_file_holds_every_tr_string_of_the_ui(language: str, tmp_path: Path) -> None:
    ts = tmp_path / f"glueplan_{language}.ts"
    shutil.copy(RESOURCES / "translations" / ts.name, ts)
    sources = [str(REPO_ROOT / source) for source in packaging_script("update_translations").sources(language)]
    only = ["-pluralonly"] if language == "en" else []
    result = subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *only, *sources, "-ts", str(ts)],
                            capture_output=True, text=True, check=True, timeout=60)
    if language == "en":  # lupdate counts every string as new before it strips those without %n
        assert ts.read_bytes() == (RESOURCES / "translations" / ts.name).read_bytes(), result.stdout
    else:
        assert "(0 new and" in result.stdout, result.stdout


@pytest.mark.parametrize("language", WITH_ENGLISH)
def test_the_compiled_qm_file_is_current(language: str, tmp_path: Path) -> None:
    ts = RESOURCES / "translations" / f"glueplan_{language}.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run packaging/update_translations.py"


def test_the_window_speaks_danish(qapp: QApplication, qtbot: QtBot, repository: Repository) -> None:
    install_translators(qapp, Language.DA)
    window = make_window(qtbot, repository, Language.DA)
    assert window.menuBar().actions()[0].text() == "&Filer"
    count = len(repository.catalog().exercises)
    assert window.statusBar().currentMessage() == f"{count} øvelser i kataloget"


@pytest.mark.parametrize(("language", "one", "many"), [
    (Language.EN, "1 set", "2 sets"), (Language.DA, "1 sæt", "2 sæt"), (Language.NB, "1 sett", "2 sett")])
def test_counts_take_the_singular_for_one(qapp: QApplication, language: Language, one: str, many: str) -> None:
    install_translators(qapp, language)
    assert QCoreApplication.translate("WeekPage", "%n sets", "", 1) == one
    assert QCoreApplication.translate("WeekPage", "%n sets", "", 2) == many
    catalogue = QCoreApplication.translate("MainWindow", "%n exercises in the catalogue", "", 1)
    assert catalogue == {Language.EN: "1 exercise in the catalogue", Language.DA: "1 øvelse i kataloget",
                         Language.NB: "1 øvelse i katalogen"}[language]


@pytest.mark.parametrize(("language", "one", "many"), [
    (Language.EN, "Gluteus maximus: 1 hard set a week", "Gluteus maximus: 1,5 hard sets a week"),
    (Language.DA, "Gluteus maximus: 1 hårdt sæt om ugen", "Gluteus maximus: 1,5 hårde sæt om ugen"),
    (Language.NB, "Gluteus maximus: 1 hardt sett per uke", "Gluteus maximus: 1,5 harde sett per uke")])
def test_the_message_catalogue_counts_in_each_language(language: Language, one: str, many: str) -> None:
    text = messages()
    assert text("finding.vol.band", language, muscles="Gluteus maximus", sets="1", band="12–18").startswith(one)
    assert text("finding.vol.band", language, muscles="Gluteus maximus", sets="1,5", band="12–18").startswith(many)
    assert text("progress.raise", language, sets=1, top=12, rir=2, load_kg=60, unit="kg", new_kg=62.5, low=10) \
        .split()[0] in ("The", "Sættet", "Settet")



def _values(table: object, language: str) -> list[str]:
    """Every text of one language in a TOML or JSON table (messages.toml, the catalogue, a template), however deep:
    a text, or a list of them (an exercise's cues), under the language's key."""
    found: list[str] = []
    if isinstance(table, dict):
        for key, value in table.items():
            if key == language and isinstance(value, str):
                found.append(value)
            elif key == language and isinstance(value, list):
                found += [text for text in value if isinstance(text, str)]
            else:
                found += _values(value, language)
    elif isinstance(table, list):
        for value in table:
            found += _values(value, language)
    return found


def _texts(language: str) -> list[str]:
    """Every text of one language: the window's (its .ts file), the domain's (messages.toml), the catalogue's
    (exercises' cues and mistakes, the map's muscles) and the templates'."""
    import json
    import tomllib

    tree = ET.parse(RESOURCES / "translations" / f"glueplan_{language}.ts")
    texts = [form.text or "" for translation in tree.iter("translation")
             for form in (translation.findall("numerusform") or [translation])]
    for path in [RESOURCES / "messages.toml", *sorted((RESOURCES / "catalog").rglob("*.toml"))]:
        with open(path, "rb") as file:
            texts += _values(tomllib.load(file), language)
    for path in sorted((RESOURCES / "templates").glob("*.json")):
        texts += _values(json.loads(path.read_text(encoding="utf-8")), language)
    return texts


@pytest.mark.parametrize(("language", "pair"), [("da", "»«"), ("nb", "«»")])
def test_a_quoted_name_is_quoted_as_the_language_does(language: str, pair: str) -> None:
    """Danish quotes »so«, Norwegian «so». Edit > Undo history in Danish listed Start
    »Balleprogram« and, under it, Kopiér “Balleprogram” til Mig. The quote marks of a text come in
    the language's pairs, in order: "»%1« til »%2«" has two (its "« til »" is no pair turned round)."""
    texts = _texts(language)
    assert [text for text in texts if "“" in text or "”" in text
            or "".join(mark for mark in text if mark in pair) != pair * (sum(mark in pair for mark in text) // 2)] == []


# Words a text must not use, with the one the language's texts use for the same thing (H87's walk
# of the Bokmål and Danish texts, as a physiotherapist reads them).
AVOIDED = {
    "nb": {r"\blogg(?:e|er|es|et|ede)\b": "loggføre (Loggfør sett, loggførte sett)",
           r"\brepetisjoner fra utmattelse\b": "repetisjoner i reserve, as RIR is said",
           r"\bdeload-uke": "avlastningsuke, as the buttons and the week's label say",
           # One written norm, moderate Bokmål, in a page's texts (H154's walk: "hofta" beside "hoften", "i uka"
           # beside "per uke", "framover" beside "fremre" on one sheet page).
           r"\bhofta\b": "hoften", r"\bi uka\b": "per uke", r"uka\b": "uken (avlastningsuken)", r"\bukas\b": "ukens",
           r"\bfram(?:over|side|siden)?\b": "frem, fremover, fremside", r"\bøkta\b": "økten",
           r"\bstanga\b": "stangen", r"\bvekta\b": "vekten",
           r"\bankelvekt": "vektmansjett, as Norwegian clinics call it",
           r"\bbrøkdelssett": "delvis tellende sett"},
    "da": {r"\bgentagelser fra udmattelse\b": "gentagelser i reserve, as RIR is said",
           r"\bdeload-uge": "aflastningsuge, as the buttons and the week's label say",
           r"\bper\b": "pr., the usual Danish abbreviation (pr. side, Træninger pr. uge; a Danish coach's walk)"},
}


@pytest.mark.parametrize("language", AVOIDED)
def test_one_thing_is_called_by_one_word(language: str) -> None:
    """The Bokmål texts said 'Loggfør sett' on the button and 'logget', 'logges', 'loggede sett'
    elsewhere; the printed sheet explained hard sets as taken 'til høyst 4 repetisjoner fra
    utmattelse' where every other text says RIR as repetisjoner i reserve; the findings about deload weeks
    said 'Deload-uke 4' and their fix 'Gjør uke 4 til en deload-uke' under the button 'Gjør til avlastningsuke'."""
    found = [(text, word) for text in _texts(language) for pattern, word in AVOIDED[language].items()
             if re.search(pattern, text, re.IGNORECASE)]
    assert found == []


def test_a_catalogue_written_over_in_place_while_glueplan_runs_changes_no_text(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A catalogue loaded by its file name is mapped by Qt, not read: written over in place while
    glueplan ran (lrelease writes so; so does a copy over an installed file), the window's next texts
    came out of the new bytes at the old places, English in a Norwegian window (a reviewer's walk),
    and a shorter file would crash it. glueplan reads each catalogue into memory once."""
    from glueplan.ui import application

    folder = tmp_path / "translations"
    shutil.copytree(RESOURCES / "translations", folder)
    monkeypatch.setattr(application, "translations_dir", lambda: folder)
    install_translators(qapp, Language.DA)
    assert QCoreApplication.translate("MapHeat", "In the band") == "Inden for målet"
    with (folder / "glueplan_da.qm").open("r+b") as stream:
        stream.write((folder / "glueplan_nb.qm").read_bytes())
        stream.truncate()
    assert QCoreApplication.translate("MapHeat", "In the band") == "Inden for målet"
    assert QCoreApplication.translate("MapHeat", "Above the band") == "Over målet"
