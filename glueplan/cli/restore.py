"""``glueplan restore FILE``: glueplan's JSON backup into an empty database, such as a clinic's new PostgreSQL
database. File > Restore from backup… puts a copy in place of a database file; a server's database has no file
to put back, and its window said only that its backups are made and restored there."""

from __future__ import annotations

import argparse
from pathlib import Path

from glueplan.cli.terminal import EXIT_OK, command, opened_store
from glueplan.domain.language import Language
from glueplan.domain.messages import messages


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    restore = command(commands, "restore", _restore, parents=[common],
                      help="fill an empty database (a new server database, say) with a glueplan JSON backup")
    restore.add_argument("file", metavar="FILE",
                         help="a backup written by File > Back up now… or `glueplan export --format json`")


def _restore(args: argparse.Namespace, language: Language) -> int:
    """All of the backup or nothing; a database with a trainee in it is refused (backup.target_not_empty)."""
    from glueplan.store.formats.json_backup import read_backup, restore_backup

    backup = read_backup(Path(args.file))  # read and checked whole before the database is touched
    with opened_store(args.db) as store:
        restore_backup(store, backup)
        database = store.engine.url.render_as_string(hide_password=True)
    print(messages()("backup.restored_into", language, file=args.file, database=database))
    return EXIT_OK
