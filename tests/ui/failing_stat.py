"""A path whose stat fails, as on a stick pulled out while mounted (an input/output error) or in
a folder the user may not look into (a permission error): Path.is_dir and Path.is_file raise
these rather than answer False."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest


def stat_fails(monkeypatch: pytest.MonkeyPatch, failing: Path, number: int = errno.EIO) -> None:
    stat = Path.stat

    def answer(path: Path, *args: object, **kwargs: object) -> os.stat_result:
        if path == failing:
            raise OSError(number, os.strerror(number), str(path))
        return stat(path, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", answer)
