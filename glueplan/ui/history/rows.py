"""The history table's rows: the ids of every set loaded, 8 bytes each (a 10-year log scrolled
to its end is 154,000 of them), and the sets themselves only for the few blocks around what the
view shows, read by id when Qt first asks for one of them. Scrolling through years reads only
the index and makes no tuple or datetime for rows nobody looks at."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from functools import lru_cache

from glueplan.store.history import HistoryIds, HistoryKey, HistoryRow

BLOCK = 128  # sets read together when one of them is first shown: a screenful or two
KEPT_BLOCKS = 16  # scrolling back a little reads nothing again

RowReader = Callable[[Sequence[int]], dict[int, HistoryRow]]
"""The sets of these ids still in the log, by id (``Workspace.history_rows``)."""


class HistoryRows:
    """Rows in the order of their pages; ``last`` is the key the next page starts after."""

    def __init__(self, read: RowReader, page: HistoryIds | None = None) -> None:
        self._ids = ids = array("q")  # the cache below holds the ids, not self: no cycle keeps old rows
        self.last: HistoryKey | None = None
        self._block = lru_cache(maxsize=KEPT_BLOCKS)(
            lambda block: read(ids[block * BLOCK:(block + 1) * BLOCK].tolist()))
        if page is not None:
            self.extend(page)

    def extend(self, page: HistoryIds) -> None:
        self._ids.extend(page.ids)
        self.last = page.last or self.last
        self._block.cache_clear()  # the last block may have been read short

    def remove(self, number: int) -> None:
        """A set that left the log; ``last`` stays a valid place to go on from, even if it was that set."""
        del self._ids[number]
        self._block.cache_clear()

    def __len__(self) -> int:
        return len(self._ids)

    def id(self, number: int) -> int:
        return self._ids[number]

    def ids(self) -> Sequence[int]:
        return self._ids

    def row(self, number: int) -> HistoryRow | None:
        """The set as read when its block was first asked for; None if it has left the log."""
        return self._block(number // BLOCK).get(self._ids[number])
