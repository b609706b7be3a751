"""Stops PySide6 from keeping the source of every module imported after it.

Once loaded, shiboken asks of each newly imported module whether its source mentions PySide6
(``shibokensupport.feature._mod_uses_pyside``, so that ``from __feature__ import snake_case``
switches only modules that use Qt). It reads the source with ``inspect.getsource``, which keeps
every file's lines in ``linecache`` for the life of the process: with the charts shown, 750
files, 350,000 lines, 32 MiB, and the time to read and split them at start-up.

glueplan selects no feature, and a module that does so sets its own switch in that import, so
whether other modules use PySide6 changes nothing: the answer is "no" without reading them."""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def stop_source_scan() -> None:
    """Answer shiboken's question without reading sources, and forget those it read while
    loading itself; nothing to do if a PySide6 release no longer asks it that way."""
    cached = set(linecache.cache)
    import shiboken6  # noqa: F401  (loads shibokensupport, which installs the import hook)

    for name in set(linecache.cache) - cached:
        del linecache.cache[name]
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(module: ModuleType) -> bool:
    return False
