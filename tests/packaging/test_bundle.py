"""The PyInstaller app (packaging/glueplan.spec) builds and runs with no Python on the path.

Building takes minutes, so this runs only when asked: ``.venv/bin/python -m pytest -m bundle``.
"""

from __future__ import annotations

import faulthandler
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from sqlalchemy import create_engine

from glueplan import __version__
from glueplan.store import migrate
from glueplan.store.location import database_url
from tests.conftest import REPO_ROOT, database_at_revision

pytestmark = pytest.mark.bundle

SPEC = REPO_ROOT / "packaging" / "glueplan.spec"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/glueplan/glueplan, built from this checkout into a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: .venv/bin/pip install -e '.[package]'")
    faulthandler.cancel_dump_traceback_later()  # building takes longer than faulthandler_timeout allows a test
    folder = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(folder / "dist"), "--workpath", str(folder / "build"), str(SPEC)],
                   check=True, timeout=900)
    return folder / "dist" / "glueplan" / "glueplan"


def run_bare(bundle: Path, home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """The app as a desktop would start it, with no Python and no virtual environment about."""
    home.mkdir(exist_ok=True)
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(bundle), *arguments], env=environment, cwd=home, check=False, capture_output=True,
                            text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr  # a failure in a slot does not change the exit code
    assert result.returncode == 0, result.stderr
    return result


def test_the_bundle_names_its_version(bundle: Path, tmp_path: Path) -> None:
    assert run_bare(bundle, tmp_path, "--version").stdout.strip() == f"glueplan {__version__}"


def test_the_bundle_upgrades_an_old_database_and_prints_a_sheet(bundle: Path, tmp_path: Path) -> None:
    """The migrations travel in the bundle: a file of the first schema is upgraded before printing."""
    old = tmp_path / "old.sqlite"
    database_at_revision(old, "0001")
    sheet = tmp_path / "sheet.pdf"
    run_bare(bundle, tmp_path / "home", "--db", str(old), "print", "--program", "seed-000", "--lang", "da",
             "--out", str(sheet))
    reader = PdfReader(sheet)
    assert len(reader.pages) >= 2
    words = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Rumænsk dødløft" in words  # the catalogue's Danish name: the data folder is in the bundle
    assert migrate.current_revision(create_engine(database_url(str(old)))) == migrate.head_revision()


def test_the_bundle_draws_its_window_with_the_charts(bundle: Path, tmp_path: Path) -> None:
    """The charts need pyqtgraph and NumPy; the library beside them draws its thumbnails."""
    picture = tmp_path / "charts.png"
    run_bare(bundle, tmp_path / "home", "screenshot", "--view", "charts", "--size", "1200x800", "--out", str(picture))
    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1200, 800)
