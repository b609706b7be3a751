"""Typed reading of parsed data files, with errors that say file, entry and field.

Catalogue, templates and plan files are TOML or JSON written by people; when one is
wrong the user (or the maintainer) must be told exactly where, not shown a KeyError.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import rtoml

from glueplan.domain.language import CODES, LANGUAGES, Localized

E = TypeVar("E", bound=Enum)


class DataError(ValueError):
    """A data file that cannot be used; ``str()`` is a complete message for the user."""

    def __init__(self, file: str, problem: str, entry: str | None = None, field: str | None = None) -> None:
        self.file = file
        self.entry = entry
        self.field = field
        self.problem = problem
        where = file
        if entry is not None:
            where += f", entry '{entry}'"
        if field is not None:
            where += f", field '{field}'"
        super().__init__(f"{where}: {problem}")


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; syntax errors keep the parser's line and column."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DataError(str(path), f"not valid TOML: not UTF-8 text (byte {error.start})") from error
    except OSError as error:
        raise DataError(str(path), f"cannot be read: {error.strerror}") from error
    try:
        return rtoml.loads(text)
    except rtoml.TomlParsingError as error:
        raise DataError(str(path), f"not valid TOML: {error}") from error


MAX_JSON_BYTES = 64 * 2**20  # far above any plan; reading stops here (a file like /dev/zero never ends)
_CHUNK = 2**16  # small enough that reading a small file asks for little
MAX_JSON_DEPTH = 64  # no glueplan file nests deeper; deeper input would exhaust the stack of whoever walks it


def read_json(path: Path, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Parse a JSON file of at most ``max_bytes``; every way it can be wrong is a DataError
    (syntax errors keep the line and column)."""
    file = str(path)[:300]
    try:
        with path.open("rb") as stream:
            data = _read_at_most(stream, max_bytes)
    except OSError as error:
        raise DataError(file, f"cannot be read: {error.strerror or error}") from error
    if data is None:
        raise DataError(file, f"is larger than {max_bytes // 2**20} MB, far more than a glueplan file holds")
    try:
        document = json.loads(data)
    except json.JSONDecodeError as error:
        raise DataError(file, f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from error
    except UnicodeDecodeError as error:
        raise DataError(file, "not UTF-8 text") from error
    except RecursionError as error:
        raise DataError(file, "is nested too deeply to be a glueplan file") from error
    except ValueError as error:  # Python refuses integers of more than 4,300 digits
        raise DataError(file, f"holds a number too long to read ({str(error)[:80]})") from error
    if _depth(document) > MAX_JSON_DEPTH:
        raise DataError(file, f"is nested more than {MAX_JSON_DEPTH} levels deep, more than a glueplan file is")
    return document


def _read_at_most(stream: BinaryIO, limit: int) -> bytes | None:
    """The whole stream if it holds at most ``limit`` bytes, else None (an endless one is left
    at the limit). Read 64 KB at a time: one read of the limit asks for all of it first, 64 MB
    for every small file."""
    chunks, size = [], 0
    while chunk := stream.read(min(_CHUNK, limit + 1 - size)):
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _depth(value: Any) -> int:
    """How deeply lists and tables nest, walked without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Iterable[Any] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children)
    return deepest


def _type_name(value: object) -> str:
    return {bool: "true/false", int: "a whole number", float: "a number", str: "text",
            list: "a list", dict: "a table", type(None): "null"}.get(type(value), type(value).__name__)


class Fields:
    """One entry of a data file (a muscle, an exercise, a session) read field by field.

    Every accessor either returns a value of the promised type or raises a
    DataError naming this entry's file, its id and the field.
    """

    def __init__(self, data: object, file: str, entry: str | None = None, prefix: str = "") -> None:
        self.file = file
        self.entry = entry
        self.prefix = prefix
        if not isinstance(data, Mapping):
            raise DataError(file, f"expected a table, found {_type_name(data)}", entry, prefix.rstrip(".") or None)
        self.data: Mapping[str, Any] = data

    def error(self, field: str, problem: str) -> DataError:
        return DataError(self.file, problem, self.entry, self.prefix + field)

    def has(self, field: str) -> bool:
        return field in self.data

    def raw(self, field: str) -> Any:
        if field not in self.data:
            raise self.error(field, "is missing")
        return self.data[field]

    def reject_unknown(self, allowed: set[str]) -> None:
        """Refuse misspelt keys, which would otherwise be silently ignored."""
        for key in self.data:
            if key not in allowed:
                raise self.error(str(key), f"is not a known field (known: {', '.join(sorted(allowed))})")

    def text(self, field: str, default: str | None = None) -> str:
        if default is not None and field not in self.data:
            return default
        value = self.raw(field)
        if not isinstance(value, str):
            raise self.error(field, f"must be text, found {_type_name(value)}")
        if not value.strip():
            raise self.error(field, "must not be empty")
        return value.strip()

    def integer(self, field: str, low: int, high: int, default: int | None = None) -> int:
        if default is not None and field not in self.data:
            return default
        value = self.raw(field)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(field, f"must be a whole number, found {_type_name(value)} {value!r}")
        if not low <= value <= high:
            raise self.error(field, f"must be between {low} and {high}, found {value}")
        return value

    def number(self, field: str, low: float, high: float) -> float:
        value = self.raw(field)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(field, f"must be a number, found {_type_name(value)} {value!r}")
        if not low <= value <= high:
            raise self.error(field, f"must be between {low:g} and {high:g}, found {value:g}")
        return float(value)

    def boolean(self, field: str, default: bool) -> bool:
        if field not in self.data:
            return default
        value = self.data[field]
        if not isinstance(value, bool):
            raise self.error(field, f"must be true or false, found {_type_name(value)}")
        return value

    def choice(self, field: str, enum: type[E], default: E | None = None) -> E:
        if default is not None and field not in self.data:
            return default
        value = self.raw(field)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(str(member.value) for member in enum)
            raise self.error(field, f"must be one of {allowed}, found {value!r}") from None

    def choices(self, field: str, enum: type[E], value: Any = None) -> tuple[E, ...]:
        """A non-empty list of enum values (``value`` given when the list sits inside another)."""
        values = self.items(field) if value is None else value
        if not isinstance(values, list) or not values:
            raise self.error(field, f"must be a non-empty list, found {_type_name(values)}")
        allowed = ", ".join(str(member.value) for member in enum)
        chosen = []
        for index, item in enumerate(values):
            try:
                chosen.append(enum(item))
            except ValueError:
                raise self.error(f"{field}[{index}]", f"must be one of {allowed}, found {item!r}") from None
        return tuple(chosen)

    def items(self, field: str, *, allow_empty: bool = False) -> list[Any]:
        value = self.raw(field)
        if not isinstance(value, list):
            raise self.error(field, f"must be a list, found {_type_name(value)}")
        if not value and not allow_empty:
            raise self.error(field, "must not be empty")
        return value

    def texts(self, field: str) -> tuple[str, ...]:
        values = self.items(field)
        for index, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise self.error(f"{field}[{index}]", "must be non-empty text")
        return tuple(value.strip() for value in values)

    def table(self, field: str) -> Fields:
        return Fields(self.raw(field), self.file, self.entry, f"{self.prefix}{field}.")

    def tables(self, field: str, *, allow_empty: bool = False) -> Iterator[Fields]:
        for index, value in enumerate(self.items(field, allow_empty=allow_empty)):
            yield Fields(value, self.file, self.entry, f"{self.prefix}{field}[{index}].")

    def localized_text(self, field: str) -> Localized[str]:
        table = self.table(field)
        table.reject_unknown(CODES)
        return Localized.from_mapping({language: table.text(language.value) for language in LANGUAGES})

    def localized_texts(self, field: str) -> Localized[tuple[str, ...]]:
        table = self.table(field)
        table.reject_unknown(CODES)
        return Localized.from_mapping({language: table.texts(language.value) for language in LANGUAGES})
