"""The data travels with the code: a built wheel, installed in a fresh venv, finds its catalogue."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from glueplan.store.migrate import head_revision
from tests.conftest import REPO_ROOT

CHECK = """
import json, sys
sys.path.append(sys.argv[1])  # the test environment's libraries, after the wheel: glueplan comes from the wheel
from glueplan.domain.catalog import builtin_catalog
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.migrate import current_revision
from glueplan.store.repository import Repository
import glueplan
from glueplan.domain.messages import messages
from glueplan.domain.resources import resource_dir
from glueplan.domain.templates import builtin_templates
from glueplan.domain.language import Language
store = open_store(database_url(sys.argv[2]))
print(json.dumps({"resources": str(resource_dir()), "exercises": len(builtin_catalog().exercises),
                  "templates": sorted(builtin_templates()), "word": messages()("level.beginner", Language.NB),
                  "package": glueplan.__file__, "revision": current_revision(store.engine),
                  "mirrored": len(Repository(store).catalog().exercises)}))
"""


@pytest.mark.slow
def test_a_wheel_installed_in_a_fresh_venv_loads_its_catalogue(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(tmp_path / "dist"), str(REPO_ROOT)], check=True, timeout=300)
    (wheel,) = (tmp_path / "dist").glob("glueplan-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for expected in ("glueplan/resources/catalog/muscles.toml", "glueplan/resources/templates/seed-000.json",
                     "glueplan/resources/messages.toml", "glueplan/store/migrations/versions/0001_initial_schema.py"):
        assert expected in names

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=False)
    python = environment / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
                   check=True, timeout=300)
    # The wheel is installed without dependencies (no network needed); the check borrows them from
    # this test environment, appended after the wheel so that glueplan itself comes from the wheel.
    libraries = next(path for path in sys.path if path.endswith("site-packages"))
    result = subprocess.run([str(python), "-I", "-c", CHECK, libraries, str(tmp_path / "fresh.sqlite")],
                            cwd=tmp_path, capture_output=True, text=True, check=True, timeout=60)
    found = json.loads(result.stdout)
    assert found["resources"].startswith(str(environment))
    assert found["exercises"] >= 35
    assert found["templates"] == ["seed-000", "seed-002"]
    assert found["word"] == "Nybegynner"
    assert found["package"].startswith(str(environment))
    assert found["revision"] == head_revision()  # the migrations travel in the wheel too
    assert found["mirrored"] == found["exercises"]
