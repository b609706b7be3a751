"""The layers stay apart: the domain is pure, the store and the application layer have no Qt,
only the ui touches widgets."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import glueplan
from tests.conftest import REPO_ROOT


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(executable), "--config", str(root / "pyproject.toml"), "--no-cache"],
                          cwd=root, capture_output=True, text=True, timeout=120, check=False)


def test_the_import_contracts_hold() -> None:
    result = lint_imports(REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


@pytest.mark.slow
def test_the_contracts_catch_a_domain_module_that_imports_qt(tmp_path: Path) -> None:
    """The linter is not vacuous: a copy of the package with one bad import fails it."""
    shutil.copytree(REPO_ROOT / "glueplan", tmp_path / "glueplan", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO_ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    plan = tmp_path / "glueplan" / "domain" / "plan.py"
    plan.write_text(plan.read_text(encoding="utf-8") + "\nfrom PySide6.QtCore import QObject  # noqa\n",
                    encoding="utf-8")
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--config", "pyproject.toml", "--no-cache"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    assert "glueplan.domain.plan -> PySide6 (l." in result.stdout


def test_the_application_layer_loads_without_qt() -> None:
    code = ("import sys, glueplan.app.workspace, glueplan.app.program_edits, glueplan.app.log_edits, "
            "glueplan.app.setup_edits, glueplan.app.opening;"
            "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                            cwd=REPO_ROOT)
    assert result.stdout.strip() == "[]"


def test_the_domain_loads_without_qt_or_sqlalchemy() -> None:
    code = ("import sys, glueplan.domain.catalog, glueplan.domain.templates, glueplan.domain.plan_file, "
            "glueplan.domain.messages, glueplan.domain.log;"
            "glueplan.domain.templates.builtin_templates();"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', 'alembic', 'pyqtgraph')];"
            "print(bad)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True,
                            cwd=REPO_ROOT)
    assert result.stdout.strip() == "[]"


def test_the_domain_reads_no_locale_from_the_environment() -> None:
    """The user's language, paper and units are decided outside the domain (app/system_language.py, desktop_locale.py):
    read inside it, the domain depended on the process as on a clock. Only where its data files are is read there
    (GLUEPLAN_RESOURCES, resources.py)."""
    reads = re.compile(r"\bos\.(environ|getenv)\b|\blocale\.(getlocale|getdefaultlocale|setlocale)\b")
    readers = sorted(path.name for path in (REPO_ROOT / "glueplan" / "domain").rglob("*.py")
                     if reads.search(path.read_text(encoding="utf-8")))
    assert readers == ["resources.py"], readers


def test_no_value_of_glueplan_is_a_frozen_dataclass() -> None:
    """Immutable values are Records (domain/record.py): a frozen dataclass costs a start 0.7 ms as it is imported."""
    frozen = []
    for module in pkgutil.walk_packages(glueplan.__path__, "glueplan."):
        if module.name.endswith(".__main__"):  # runs the command
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, type) and value.__module__ == module.name and dataclasses.is_dataclass(value) \
                    and value.__dataclass_params__.frozen:  # type: ignore[attr-defined]
                frozen.append(f"{module.name}.{value.__qualname__}")
    assert frozen == []


def test_no_record_is_copied_or_read_with_dataclasses_helpers() -> None:
    """dataclasses.replace, fields, asdict and astuple raise TypeError on a Record, and only on the path that reaches
    them: packaging/calendar_screenshots.py kept one. Records are copied with msgspec.structs.replace."""
    helpers = re.compile(r"from dataclasses import [^\n]*\b(replace|fields|asdict|astuple)\b"
                         r"|dataclasses\.(replace|fields|asdict|astuple)\(")
    found = [f"{path.relative_to(REPO_ROOT)}:{number}"
             for folder in ("glueplan", "packaging", "tests") for path in sorted((REPO_ROOT / folder).rglob("*.py"))
             if path != Path(__file__)  # its pattern
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if helpers.search(line)]
    assert found == []
