"""Rows brought back under their old ids (an undone deletion, a redone addition or import): which of
those ids a row holds now, so that such a row comes back under a new id instead of being refused for
good. No id is given twice (schema.Numbered): a row holds one only where another window's undo or redo
brought the same row back first."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as OrmSession

CHUNK = 500  # ids asked about in one statement: under every SQLite's limit of bound values (999 before 3.32)


def taken(orm: OrmSession, id_column: InstrumentedAttribute[int], ids: Collection[int]) -> set[int]:
    """Those of ``ids`` that rows of ``id_column``'s table hold now."""
    asked = list(ids)
    found: set[int] = set()
    for start in range(0, len(asked), CHUNK):
        found.update(orm.scalars(select(id_column).where(id_column.in_(asked[start:start + CHUNK]))))
    return found
