"""The History tab's filter, kept per database and trainee across runs (QSettings): the From date
went back to a year ago on every start. A field left at its default is not kept, so that the
last year stays the last year as the days pass."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from glueplan.store.database import Store
from glueplan.ui.shared.trainee_settings import trainee_settings


class KeptFilter(NamedTuple):
    """What the user chose; None where the field is at its default (all exercises, the last year)."""

    exercise_id: str | None = None
    since: date | None = None
    until: date | None = None


def kept_filter(store: Store, trainee_id: int) -> KeptFilter:
    settings = trainee_settings("history_filter", store, trainee_id)
    exercise, since, until = (str(settings.value(key, "") or "") for key in KeptFilter._fields)
    return KeptFilter(exercise or None, _day(since), _day(until))


def keep_filter(store: Store, trainee_id: int, chosen: KeptFilter) -> None:
    settings = trainee_settings("history_filter", store, trainee_id)
    for key, value in zip(KeptFilter._fields, chosen, strict=True):
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value if isinstance(value, str) else value.isoformat())


def _day(text: str) -> date | None:
    """A kept day; None for none, or for one a hand-edited settings file spoiled."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None
