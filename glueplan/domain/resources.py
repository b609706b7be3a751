"""Where the data files (catalogue, templates, messages, drawings) are, and what is made of them kept between runs.

In a checkout they sit in the top-level ``resources/`` folder; a wheel carries the
same folder inside the package as ``glueplan/resources`` (see pyproject.toml).

Parsing and checking the messages and the catalogue took 11-12 ms of every start, to make the values the last start
made. What is made of data files goes through ``made_from``: with a cache installed (the command installs the
store's, store/resource_files.py) a value kept from an earlier run is read back instead, and made again whenever its
files or the code that reads them changed. The domain itself writes no file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

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


class ResourceCache(Protocol):
    """Keeps what is made of data files between runs."""

    def load(self, name: str, sources: Sequence[Path], kind: Any, make: Callable[[], T]) -> T:
        """The value named ``name`` kept for exactly these ``sources`` (as they are now), of msgspec type ``kind``;
        else ``make()``'s, kept for the next run. What ``make`` raises (a DataError) is raised, and nothing kept."""


_installed: ResourceCache | None = None


def made_from(name: str, sources: Sequence[Path], kind: Any, make: Callable[[], T]) -> T:
    """What ``make`` makes of ``sources`` (the data files and the code that reads them: domain_code), through the
    cache installed, if any (``kind``: the value's type, as msgspec decodes it)."""
    return make() if _installed is None else _installed.load(name, sources, kind, make)


@contextmanager
def resource_cache(kept: ResourceCache) -> Iterator[None]:
    """Values made from data files meanwhile go through ``kept``; the cache before is back afterwards."""
    global _installed
    before, _installed = _installed, kept
    try:
        yield
    finally:
        _installed = before


@cache
def domain_code() -> tuple[Path, ...]:
    """The domain's modules: the readers of the data files, the records they make, and all they use (validation,
    languages, limits). A value kept is made again when any of them changed."""
    return tuple(sorted(Path(__file__).parent.glob("*.py")))
