"""Record: the one base of glueplan's immutable values (an exercise, a planned week, a logged set, a rule's finding).

A msgspec Struct, not a frozen dataclass: Python 3.11 compiles six methods for each frozen dataclass as its module is
imported, 0.7 ms a class, and the ninety made before the window is usable took 62 ms of a returning user's start; a
Struct class takes 0.08 ms. A record is equal to another of its type with equal fields, hashable (where its fields
are), immutable, and ``msgspec.structs.replace`` makes a changed copy through ``__init__`` and ``__post_init__``, as
``dataclasses.replace`` does."""

from __future__ import annotations

from typing import ClassVar

import msgspec
from msgspec.structs import astuple


class Record(msgspec.Struct, frozen=True):
    """An immutable value: subclass it and annotate its fields."""


class PartlyCompared(Record):
    """A record with fields that do not make it another value, named in ``not_compared``: a database row's id (a part
    read back equals the one written), the rules a command was made with (the same change either way). Equality and
    hash leave them out; its repr still shows them."""

    not_compared: ClassVar[frozenset[str]] = frozenset()

    def _compared(self) -> tuple[object, ...]:
        left_out = self.not_compared
        return tuple(value for name, value in zip(self.__struct_fields__, astuple(self)) if name not in left_out)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._compared() == other._compared()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._compared())
