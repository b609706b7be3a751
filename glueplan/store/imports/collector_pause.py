"""Python's cyclic garbage collector paused while an import builds its rows.

An import of 100,000 sets makes hundreds of thousands of tuples (rows of the file, sets, rows
to write) and keeps them: each few hundred new objects start a collection, and every so often
a full one walks all of them and the rest of the program again, about 0.3 s of the 2 s the
import took. None of them is part of a reference cycle, so there is nothing for the collector
to find; it runs again, as before, once the work is done (or failed).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The block runs without cyclic collections; it leaves the collector as it found it (another
    thread's block that began earlier turns it back on when that one ends)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
