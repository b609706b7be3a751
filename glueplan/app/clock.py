"""The one clock: the day glueplan looks from, which days of a program are lived, which week is this one, the day a
program starts, the Log's day, the charts' last week, a sheet's and a backup's day.

One place, so that every part of a window agrees on the day; read through the module (``clock.today()``, never
imported by name) so that a test sets it once, here, for all of them; read at each call, as a window is left open
past midnight. The store's own timestamps (a row's created_at, a backup's) are the wall clock's, not this.
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    """The day history ends: the days before it are lived (domain.past)."""
    return date.today()
