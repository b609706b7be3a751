"""The built-in catalogue's mirror: nothing written when it is current, only what differs otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from msgspec.structs import replace
from sqlalchemy import Engine, event, select

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Localized
from glueplan.store.database import Store, open_store
from glueplan.store.location import database_url
from glueplan.store.schema import ExerciseRow, InvolvementRow


@contextmanager
def writes() -> Iterator[list[str]]:
    """The data-changing statements any engine runs meanwhile (one per executemany)."""
    seen: list[str] = []

    def record(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", record)


def test_reopening_with_the_same_catalogue_writes_nothing(store: Store, database: str, catalog: Catalog) -> None:
    store.close()
    with writes() as seen:
        open_store(database_url(database), catalog).close()
    assert seen == []


def test_a_changed_catalogue_rewrites_only_what_changed(store: Store, database: str, catalog: Catalog) -> None:
    store.close()
    squat = catalog.exercise("back_squat")
    renamed = replace(squat, name=Localized.same("Back squat, high bar"))
    clamshell = catalog.exercise("clamshell")
    reweighed = replace(clamshell, muscles=tuple((muscle, 0.25) for muscle, _weight in clamshell.muscles))
    newer = Catalog(catalog.muscles, catalog.exercises | {squat.id: renamed, clamshell.id: reweighed})

    with writes() as seen:
        changed = open_store(database_url(database), newer)
    assert len(seen) == 4  # the name, the clamshell's weights (delete, insert), the digest
    with changed.reading() as session:
        assert session.get_one(ExerciseRow, "back_squat").name == "Back squat, high bar"
        weights = set(session.scalars(select(InvolvementRow.weight).where(InvolvementRow.exercise_id == "clamshell")))
    assert weights == {0.25}
    changed.close()
