"""Where the data files (catalogue, templates, messages, drawings) are.

In a checkout they sit in the top-level ``resources/`` folder; a wheel carries the
same folder inside the package as ``glueplan/resources`` (see pyproject.toml).
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resource_dir() -> Path:
    """The resources folder; GLUEPLAN_RESOURCES overrides it (used to test broken data)."""
    override = os.environ.get("GLUEPLAN_RESOURCES")
    if override:
        return Path(override)
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "catalog").is_dir():
            return candidate
    raise FileNotFoundError(
        f"glueplan's data folder is missing: looked in {_PACKAGE_DIR / 'resources'} "
        f"and {_PACKAGE_DIR.parent / 'resources'}; reinstall glueplan"
    )
