"""An import builds its rows without cyclic collections (they walked all of its tuples again and
again: 0.3 s of a 2 s import of 100,000 sets), and leaves the collector on afterwards, also when
the file is refused."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from glueplan.domain.trainee import Trainee
from glueplan.store.imports.batch import ImportBatch, write_batch
from glueplan.store.imports.collector_pause import collector_paused
from glueplan.store.imports.detection import read_history
from glueplan.store.imports.record import ImportRejected
from glueplan.store.repository import Repository
from tests.store.test_import_batch import rows

HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"


@contextmanager
def collections() -> Iterator[list[int]]:
    """The generations collected inside the block, as they start."""
    collected: list[int] = []

    def on_collection(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            collected.append(info["generation"])

    gc.collect()
    gc.callbacks.append(on_collection)
    try:
        yield collected
    finally:
        gc.callbacks.remove(on_collection)


def test_a_file_is_read_without_collections_and_a_refused_one_leaves_the_collector_on(tmp_path: Path) -> None:
    path = tmp_path / "strong.csv"
    path.write_text(HEADER + "".join(f"2024-01-{1 + n // 200:02d} 17:30:00,Glutes,1h,Hip Thrust {n % 7},{n % 5 + 1},"
                                     f"{40 + n % 30},10,0,0,,,\n" for n in range(5000)), encoding="utf-8")
    seen: list[tuple[int, bool]] = []  # at each report of progress: collections so far, collector on
    with collections() as collected:
        parsed = read_history(path, progress=lambda _done, _total: not seen.append((len(collected), gc.isenabled())))
    assert len(parsed.sets) == 5000 and seen[-1] == (0, False) and gc.isenabled()
    path.write_text(HEADER + "2024-01-01 17:30:00,Glutes,1h,Hip Thrust,1,heavy,10,0,0,,,\n", encoding="utf-8")
    with pytest.raises(ImportRejected):
        read_history(path)
    assert gc.isenabled()


def test_a_batch_is_built_for_the_database_without_collections(repository: Repository) -> None:
    trainee = repository.add_trainee(Trainee("Ida"))
    batch = ImportBatch(rows(3000))
    seen: list[tuple[int, bool]] = []  # as the sets are sent: collections so far, collector on

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO logged_set"):
            seen.append((len(collected), gc.isenabled()))

    event.listen(repository.store.engine, "before_cursor_execute", on_execute)
    try:
        with collections() as collected:
            write_batch(repository, trainee, batch)
    finally:
        event.remove(repository.store.engine, "before_cursor_execute", on_execute)
    assert seen and set(seen) == {(0, False)} and gc.isenabled()
    assert repository.count_logged_sets(trainee) == 3000


def test_a_pause_inside_a_pause_leaves_the_collector_off_until_the_outer_one_ends() -> None:
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
