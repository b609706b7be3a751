"""The day and the week (its Monday) of a moment, in each engine's own SQL.

SQLite has no date type and counts weeks with date()'s modifiers; PostgreSQL truncates to the
ISO week, which starts on Monday. Both give a ``date``. The SQL is written out, never bound,
so that a query grouping by one of them names the same expression in SELECT and GROUP BY.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class day_of(FunctionElement[Any]):  # noqa: N801 - SQL functions are named in lower case
    """The calendar day of a timestamp."""

    type = Date()
    inherit_cache = True


class next_day_of(FunctionElement[Any]):  # noqa: N801
    """The day after a timestamp's: where its day ends, for a range an index can answer."""

    type = Date()
    inherit_cache = True


class monday_of(FunctionElement[Any]):  # noqa: N801
    """The Monday of a timestamp's week."""

    type = Date()
    inherit_cache = True


SQL = {
    (day_of, "sqlite"): "date({})",
    (day_of, "postgresql"): "CAST({} AS DATE)",
    (next_day_of, "sqlite"): "date({}, '+1 day')",
    (next_day_of, "postgresql"): "CAST({} AS DATE) + 1",
    (monday_of, "sqlite"): "date({}, '-6 days', 'weekday 1')",
    (monday_of, "postgresql"): "CAST(date_trunc('week', {}) AS DATE)",
}


def _compile(element: day_of | next_day_of | monday_of, compiler: SQLCompiler, **kw: Any) -> str:
    return SQL[type(element), compiler.dialect.name].format(compiler.process(element.clauses, **kw))


compiles(day_of)(_compile)
compiles(next_day_of)(_compile)
compiles(monday_of)(_compile)
