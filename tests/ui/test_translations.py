"""Every UI string is translated to Danish and Norwegian, and the compiled files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from tests.conftest import REPO_ROOT, RESOURCES
from tests.ui.test_main_window import make_window

LANGUAGES = ("da", "nb")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    tree = ET.parse(RESOURCES / "translations" / f"glueplan_{language}.ts")
    messages = list(tree.iter("message"))
    assert messages
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext("source")
        texts = [form.text for form in translation.findall("numerusform")] or [translation.text]
        assert all(text and text.strip() for text in texts), message.findtext("source")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_holds_every_tr_string_of_the_ui(language: str, tmp_path: Path) -> None:
    ts = tmp_path / f"glueplan_{language}.ts"
    shutil.copy(RESOURCES / "translations" / ts.name, ts)
    sources = sorted(str(path) for path in (REPO_ROOT / "glueplan" / "ui").rglob("*.py"))
    result = subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                            capture_output=True, text=True, check=True, timeout=60)
    assert "(0 new and" in result.stdout, result.stdout


@pytest.mark.parametrize("language", LANGUAGES)
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
