"""glueplan's own JSON backup: every row of every table, so that reading it back loses nothing.

    {"format": "glueplan-backup", "version": 1, "schema": "0003", "glueplan": "0.1.0",
     "written_at": "2026-11-23T18:00:00",
     "tables": {"trainee": {"columns": ["id", "name", ...], "rows": [[1, "Me", ...], ...]}, ...}}

The tables are written in the order their foreign keys need, each row on a line of its own,
with the ids they have. The file follows the schema itself (Base.metadata), so a column added
by a migration is backed up without a change here; a backup of an older schema reads back with
the newer columns' defaults (its sets with the identities that revision 0009 gives the sets of the
database it came from), one of a newer glueplan is refused. Each trainee's name key is made from the
name, whatever the file says, and trainees who share a name (a backup of a database from before
revision 0011) are told apart as that revision tells them apart ("Ane Jensen (2)").

The API, for the import command and dialog as much as for restoring:
  ``write_backup(store, path)``  the whole database to a file (atomically);
  ``read_backup(path)``          the file checked column by column: a ``Backup``, or a DataError
                                  that names the table, row and column;
  ``open_backup(backup)``        an in-memory Store holding it, for a preview or a merge through
                                  the Repository (its checks and foreign keys hold there too);
  ``restore_backup(store, backup)`` the backup into an empty database, ids and all, in one
                                  transaction.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Column, Connection, Table, create_engine, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool

from glueplan import __version__
from glueplan.domain.catalog import Catalog, builtin_catalog
from glueplan.domain.trainee_names import name_key, unique_names
from glueplan.domain.validation import DataError, Fields, read_json
from glueplan.store.atomic_file import write_file
from glueplan.store.catalog_mirror import DIGEST_KEY, EXERCISE, INVOLVEMENT, META
from glueplan.store.database import Store
from glueplan.store.errors import StoreError
from glueplan.store.schema import Base, LoggedSetRow, TraineeRow
from glueplan.store.set_identity import OldSet, old_identities
from glueplan.domain.record import Record

FORMAT = "glueplan-backup"
VERSION = 1
MAX_BYTES = 512 * 2**20  # a ten-year log is about 10 MB
TABLES: list[Table] = list(Base.metadata.sorted_tables)  # parents before children
_INT64 = range(-2**63, 2**63)
# A set's identity, which backups written before revision 0009 leave out or empty: the reader
# makes it as that revision made the database's (glueplan/store/set_identity.py).
IDENTITY = LoggedSetRow.__table__.c.import_key
NAME_KEY = TraineeRow.__table__.c.name_key  # made by the reader from the name (domain.trainee_names.name_key)


class Backup(Record):
    """A checked backup: per table the rows as column -> Python value (dates as dates)."""

    file: str
    schema: str
    written_at: str
    tables: dict[str, list[dict[str, Any]]]

    def count(self, table: Table) -> int:
        return len(self.tables.get(table.name, []))


# -- writing ------------------------------------------------------------------------------------

def backup_bytes(store: Store) -> bytes:
    """The whole database as the backup file's bytes, read in one snapshot."""
    from glueplan.store.migrate import SCHEMA_REVISION

    header = {"format": FORMAT, "version": VERSION, "schema": SCHEMA_REVISION, "glueplan": __version__,
              "written_at": datetime.now().replace(microsecond=0).isoformat()}
    parts = [json.dumps(header, ensure_ascii=False)[:-1], ',\n"tables": {']
    with store.reading() as session:
        connection = session.connection()
        for number, table in enumerate(TABLES):
            columns = list(table.columns)
            encoders = [_encoder(column) for column in columns]
            rows = connection.execute(select(table).where(*_kept(table)).order_by(*table.primary_key.columns))
            lines = [json.dumps([encode(value) for encode, value in zip(encoders, row, strict=True)],
                                ensure_ascii=False, allow_nan=False) for row in rows]
            names = json.dumps([column.name for column in columns])
            parts.append(f'{"," if number else ""}\n"{table.name}": {{"columns": {names}, "rows": [\n')
            parts.append(",\n".join(lines))
            parts.append("]}")
    parts.append("\n}}\n")
    return "".join(parts).encode("utf-8")


def write_backup(store: Store, path: Path) -> None:
    """Write the backup to ``path`` whole or not at all (WriteFailed says why)."""
    write_file(path, backup_bytes(store))


def _kept(table: Table) -> list[Any]:
    """The catalogue digest is the file's own bookkeeping, not the user's data."""
    return [META.c.key != DIGEST_KEY] if table is META else []


def _encoder(column: Column[Any]) -> Callable[[Any], Any]:
    kind = _python_type(column)
    if kind in (date, datetime, time):
        return lambda value: None if value is None else value.isoformat()
    return lambda value: value


def _python_type(column: Column[Any]) -> type | None:
    """The Python type of a column's values; None for JSON, which holds any JSON value."""
    return None if isinstance(column.type, JSON) else column.type.python_type


# -- reading ------------------------------------------------------------------------------------

def read_backup(path: Path) -> Backup:
    """Read and check a backup file; DataError names the table, row and column of a problem."""
    return parse_backup(read_json(path, MAX_BYTES), str(path)[:300])


def parse_backup(data: Any, file: str) -> Backup:
    from glueplan.store.migrate import SCHEMA_REVISION, known_revisions

    document = Fields(data, file)
    document.reject_unknown({"format", "version", "schema", "glueplan", "written_at", "tables"})
    if document.raw("format") != FORMAT:
        raise document.error("format", f"must be {FORMAT!r}: this is not a glueplan backup")
    document.integer("version", VERSION, VERSION)
    schema = document.text("schema")
    if schema != SCHEMA_REVISION and schema not in known_revisions():
        raise DataError(file, f"was written by a newer glueplan ({document.data.get('glueplan', '?')!s:.20}, "
                              f"schema {schema[:20]}); update glueplan to read it")
    written_at = document.text("written_at", "")
    tables = document.table("tables")
    known = {table.name: table for table in TABLES}
    tables.reject_unknown(set(known))
    rows = {name: _rows(tables.table(name), known[name], file) for name in known if tables.has(name)}
    sets = rows.get(IDENTITY.table.name, [])
    stored = [OldSet(row["trainee_id"], row["performed_at"], row["exercise_id"], row["weight_kg"], row["reps"],
                     row.get(IDENTITY.name) or None) for row in sets]  # "" (edited by hand) is none either
    for row, identity in zip(sets, old_identities(stored), strict=True):
        row[IDENTITY.name] = identity
    trainees = rows.get(NAME_KEY.table.name, [])
    renamed = unique_names((number, row["name"]) for number, row in enumerate(trainees))  # listed by id
    for number, row in enumerate(trainees):
        row["name"] = renamed.get(number, row["name"])
        row[NAME_KEY.name] = name_key(row["name"])
    return Backup(file, schema, written_at, rows)


def _rows(fields: Fields, table: Table, file: str) -> list[dict[str, Any]]:
    fields.reject_unknown({"columns", "rows"})
    names = fields.items("columns")
    columns = {column.name: column for column in table.columns}
    for index, name in enumerate(names):
        if name not in columns or names.index(name) != index:
            raise fields.error(f"columns[{index}]", f"{str(name)[:64]!r} is not a column of {table.name}, "
                                                    "or is named twice")
    missing = [name for name, column in columns.items() if name not in names and not _may_be_left_out(column)]
    if missing:
        raise fields.error("columns", f"lacks {', '.join(missing)}")
    decoders = [_decoder(columns[name]) for name in names]
    result = []
    for number, row in enumerate(fields.items("rows", allow_empty=True)):
        if not isinstance(row, list) or len(row) != len(names):
            raise DataError(file, f"must be a list of {len(names)} values", table.name, f"rows[{number}]")
        values = {}
        for name, decode, value in zip(names, decoders, row, strict=True):
            try:
                values[name] = decode(value)
            except (TypeError, ValueError) as error:
                raise DataError(file, str(error), table.name, f"rows[{number}].{name}") from None
        result.append(values)
    return result


def _may_be_left_out(column: Column[Any]) -> bool:
    """A column an older backup may lack: the database fills it in, or the reader (_made_here)."""
    return column.nullable or column.default is not None or column.server_default is not None or _made_here(column)


def _made_here(column: Column[Any]) -> bool:
    """A column the reader fills in itself where the file leaves it out or empty."""
    return column is IDENTITY or column is NAME_KEY


def _decoder(column: Column[Any]) -> Callable[[Any], Any]:
    kind = _python_type(column)
    length = getattr(column.type, "length", None)
    nullable = (column.nullable or _made_here(column)) and not column.primary_key

    def decode(value: Any) -> Any:
        if value is None:
            if nullable or (column.primary_key and kind is int):  # NULL makes SQLite pick the next id
                return None
            raise ValueError("must not be empty (null)")
        if kind is None:  # JSON: any JSON value
            return value
        if kind is bool:
            if not isinstance(value, bool):
                raise TypeError(f"must be true or false, found {_shown(value)}")
            return value
        if kind is int:
            if isinstance(value, bool) or not isinstance(value, int) or value not in _INT64:
                raise TypeError(f"must be a whole number, found {_shown(value)}")
            return value
        if kind is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise TypeError(f"must be a number, found {_shown(value)}")
            return float(value)
        if not isinstance(value, str):
            raise TypeError(f"must be text, found {_shown(value)}")
        if kind is str:
            if length is not None and len(value) > length:
                raise ValueError(f"must be at most {length} characters, found {len(value)}")
            return value
        try:
            return kind.fromisoformat(value)  # type: ignore[attr-defined]
        except ValueError:
            raise ValueError(f"must be an ISO {kind.__name__} such as "
                             f"{_EXAMPLES[kind]}, found {_shown(value)}") from None

    return decode


_EXAMPLES = {date: "2026-11-23", datetime: "2026-11-23T18:00:00", time: "18:00:00"}


def _shown(value: Any) -> str:
    """A bad value as the message shows it: never more than 40 characters of it."""
    text = json.dumps(value, ensure_ascii=False)[:41] if not isinstance(value, (list, dict)) else type(value).__name__
    return text if len(text) <= 40 else text[:40] + "…"


# -- into a database ----------------------------------------------------------------------------

def insert_backup(connection: Connection, backup: Backup) -> None:
    """Insert the backup's rows, ids and all, inside the caller's transaction, into a database
    that has the schema and the built-in catalogue. Built-in exercises already there are kept
    (the catalogue owns them). DataError when a row breaks a rule of the schema."""
    present = set(connection.scalars(select(EXERCISE.c.id)))
    meta_keys = set(connection.scalars(select(META.c.key)))
    for table in TABLES:
        rows = backup.tables.get(table.name, [])
        if table is EXERCISE:
            rows = [row for row in rows if row["id"] not in present]
        elif table is INVOLVEMENT:
            rows = [row for row in rows if row["exercise_id"] not in present]
        elif table is META:
            rows = [row for row in rows if row["key"] not in meta_keys]
        if not rows:
            continue
        try:
            connection.execute(insert(table), rows)
        except IntegrityError as error:
            reason = str(error.orig) if error.orig is not None else str(error)
            raise DataError(backup.file, f"a row breaks a rule of the database ({reason[:200]})",
                            table.name) from None


def open_backup(backup: Backup, catalog: Catalog | None = None) -> Store:
    """An in-memory database holding the backup (close it when done)."""
    from glueplan.store.database import _configure_sqlite
    from glueplan.store.migrate import create_schema

    engine = create_engine("sqlite://", poolclass=StaticPool)
    _configure_sqlite(engine)
    try:
        create_schema(engine, catalog or builtin_catalog())
        with engine.begin() as connection:
            insert_backup(connection, backup)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)


def restore_backup(store: Store, backup: Backup) -> None:
    """Fill an empty database (no trainee yet) with the backup, all of it or nothing."""
    with store.transaction() as session:
        if session.scalar(select(TraineeRow.id).limit(1)) is not None:
            raise StoreError("backup.target_not_empty")
        insert_backup(session.connection(), backup)
        _sequences_past_ids(session.connection())


def _sequences_past_ids(connection: Connection) -> None:
    """PostgreSQL: each table's id sequence set past the ids the backup brought. An insert under an
    explicit id does not advance the sequence, and the next row it numbered would collide with a
    restored one (SQLite numbers the next row past the highest id it has held, restored ones included)."""
    if connection.dialect.name != "postgresql":
        return
    quote = connection.dialect.identifier_preparer.quote
    for table in TABLES:
        column = table.c.get("id")
        if column is None or not column.primary_key or column.type.python_type is not int:
            continue
        connection.execute(text(f"SELECT setval(pg_get_serial_sequence(:table, 'id'), "  # noqa: S608 (our own names)
                                f"COALESCE((SELECT MAX(id) FROM {quote(table.name)}), 0) + 1, false)"),
                           {"table": table.name})
