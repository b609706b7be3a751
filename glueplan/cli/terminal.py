"""What every command shares: exit codes, tables and messages on the terminal.

Exit codes: 0 success, 1 the data or database cannot be used (with a message saying why),
2 bad arguments (argparse's usage message).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from glueplan.domain.language import Language
from glueplan.store.atomic_file import WriteFailed, refuse_database_file

if TYPE_CHECKING:
    from glueplan.store.database import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

class Handler(Protocol):
    """Runs one command; ``args.usage`` is the command's own parser, for usage errors."""

    def __call__(self, args: argparse.Namespace, language: Language) -> int: ...


def command(commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, handler: Handler,
            writes: tuple[str, ...] = (), **options: object) -> argparse.ArgumentParser:
    """Add a command's parser, remembering the function that runs it and the options (their dest)
    that name a file it writes (see ``refuse_database_files``)."""
    parser: argparse.ArgumentParser = commands.add_parser(name, **options)  # type: ignore[arg-type]
    parser.set_defaults(handler=handler, usage=parser, writes=writes)
    return parser


def refuse_database_files(args: argparse.Namespace) -> None:
    """DatabaseFile (a WriteFailed) when a file the command is to write is a file of the database it
    was told to use (--db, else GLUEPLAN_DB, else the user's), before anything is opened or written:
    a command that opens no database (plan, screenshot) would otherwise write over the user's."""
    if not args.writes:
        return
    from glueplan.store.location import database_file

    database = database_file(args.db)
    if database is not None:
        for option in args.writes:
            refuse_database_file(Path(getattr(args, option)), database)


@contextmanager
def opened_store(db: str | None) -> Iterator[Store]:
    """The database ``--db`` names (else GLUEPLAN_DB, else the user's), closed when the command is
    done; SQLAlchemy is imported only by the commands that open one."""
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url

    store = open_store(database_url(db))
    try:
        yield store
    finally:
        store.close()


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def cannot_write(path: str, error: OSError, language: Language) -> int:
    """Say which file could not be written and why (the old one is kept); the command failed (1)."""
    failure = error if isinstance(error, WriteFailed) else WriteFailed(Path(path), error)
    print(failure.text(language), file=sys.stderr)
    return EXIT_FAILED

