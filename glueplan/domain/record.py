"""Record: the one base of glueplan's immutable values (an exercise, a planned week, a logged set, a rule's finding).

A msgspec Struct, not a frozen dataclass: Python 3.11 compiles six methods for each frozen dataclass as its module is
imported, 0.7 ms a class, and the ninety made before the window is usable took 62 ms of a returning user's start; as
Structs they take 7 ms, and msgspec's own import 15. A record is equal to another of its type with equal fields,
hashable (where its fields are) and immutable; ``msgspec.structs.replace`` makes a changed copy and runs its
``__post_init__`` on it (from msgspec 0.21), so a copy is checked as the record made new is."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, ClassVar

import msgspec


class Record(msgspec.Struct, frozen=True):
    """An immutable value: subclass it and annotate its fields."""


class _LeavingOut(msgspec.StructMeta):
    """Works out once per class, when its fields are known (not yet in ``__init_subclass__``), what of a
    PartlyCompared record is compared: equality and hash are asked on every edit's diff of a program."""

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any) -> Any:
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        fields: tuple[str, ...] = cls.__struct_fields__
        if unknown := cls.not_compared - set(fields):  # a misspelt name would leave nothing out, silently
            raise TypeError(f"{name}.not_compared names no field: {', '.join(sorted(unknown))}")
        compared = [field for field in fields if field not in cls.not_compared]
        cls._compared = staticmethod(_getter(compared))
        return cls


def _getter(names: list[str]) -> Callable[[object], tuple[object, ...]]:
    """The values of ``names``, always as a tuple (attrgetter gives a single value bare)."""
    if len(names) == 1:
        name = names[0]
        return lambda record: (getattr(record, name),)
    return attrgetter(*names) if names else lambda record: ()


class PartlyCompared(Record, metaclass=_LeavingOut):
    """A record with fields that do not make it another value, named in ``not_compared``: a database row's id (a part
    read back equals the one written), the rules a command was made with (the same change either way). Equality and
    hash leave them out; its repr still shows them."""

    not_compared: ClassVar[frozenset[str]] = frozenset()
    _compared: ClassVar[Callable[[object], tuple[object, ...]]]

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._compared(self) == self._compared(other)

    def __hash__(self) -> int:
        return hash(self._compared(self))
