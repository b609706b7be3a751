"""What glueplan makes of its own data files (the messages, the catalogue, the muscle map's regions), kept between
runs as msgpack files in the user's cache folder: a returning user's start read the messages and the catalogue in
2.5 ms, where parsing and checking their TOML took 11-12 ms. Each is named by what makes it (stamped_cache.py). A file
that cannot be read or decoded (not written yet, damaged, from another msgspec or another shape of record) is made
again from the data files, and one that cannot be written is not kept: a cache is never worth a message."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from glueplan.store.atomic_file import write_file
from glueplan.store.stamped_cache import cache_folder, keep_only, stamp

T = TypeVar("T")

FOLDER = "resources"


class ResourceFiles:
    """The domain's ResourceCache (domain/resources.py), in ``folder``: a folder for each value, holding its file."""

    def __init__(self, folder: Path) -> None:
        self._root = folder

    def load(self, name: str, sources: Sequence[Path], kind: Any, make: Callable[[], T]) -> T:
        try:
            path = self._root / name / f"{stamp(sources)}.msgpack"
        except OSError:  # a data file gone: making the value says which
            return make()
        try:
            return msgspec.msgpack.decode(path.read_bytes(), type=kind)  # type: ignore[no-any-return]
        except (OSError, msgspec.MsgspecError):
            pass
        value = make()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_file(path, msgspec.msgpack.encode(value), durable=False)  # after a power cut: made again
        except OSError:
            return value
        keep_only(path)
        return value


def user_resource_files() -> ResourceFiles:
    """The cache in the user's cache folder."""
    return ResourceFiles(cache_folder(FOLDER))
