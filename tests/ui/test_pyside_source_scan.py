"""PySide6 reads the source of every module imported after it (to learn which use PySide6, for
``from __feature__ import``) through ``inspect.getsource``, which keeps each file's lines in
``linecache`` for the life of the process: 350,000 lines, 32 MiB, once the charts are shown."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT

IMPORTS_AFTER_QT = """
import linecache, sys
import glueplan.ui
from PySide6.QtWidgets import QWidget
import sqlalchemy.orm, xml.dom.minidom
kept = [name for name in linecache.cache if name.endswith(".py")]  # files (SQLAlchemy keeps its generated code)
print(len(kept))
"""


def test_modules_imported_after_pyside_leave_no_source_in_memory() -> None:
    result = subprocess.run([sys.executable, "-c", IMPORTS_AFTER_QT], capture_output=True, text=True, check=True,
                            cwd=REPO_ROOT)
    assert result.stdout.split() == ["0"], result.stdout + result.stderr
