"""``glueplan export``: the log or the plans as CSV, everything as a JSON backup, the planned
weeks as an iCalendar file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from glueplan.app.desktop_locale import desktop_units
from glueplan.cli.terminal import EXIT_OK, EXIT_USAGE, cannot_write, command, opened_store
from glueplan.domain.language import Language
from glueplan.domain.messages import messages


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    export = command(commands, "export", _export, writes=("out",), parents=[common],
                     help="write the log or the plans (CSV), a full backup (JSON) or the planned weeks (iCalendar)")
    export.add_argument("--format", required=True, choices=["csv", "json", "ics"])
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--what", choices=["log", "plans"], default="log",
                        help="for csv: every logged set (default) or every planned exercise")
    export.add_argument("--for-spreadsheet", action="store_true",
                        help="for csv: as a spreadsheet in --lang's language opens it (da, nb: semicolons, "
                             "decimal commas; the columns named in the language); glueplan imports both "
                             "log forms")
    export.add_argument("--trainee", metavar="NAME", default=argparse.SUPPRESS,
                        help="whose log or plans (csv and ics; default: the one last used; a backup holds everyone)")


def _export(args: argparse.Namespace, language: Language) -> int:
    from glueplan.app.trainees import UnknownTrainee, chosen_trainee
    from glueplan.store.atomic_file import WriteFailed, write_file
    from glueplan.store.formats.calendar_export import plans_calendar
    from glueplan.store.formats.csv_export import log_csv, plans_csv
    from glueplan.store.formats.json_backup import backup_bytes
    from glueplan.store.repository import Repository

    if args.format == "json" and args.trainee is not None:
        args.usage.error(messages()("export.backup_is_whole", language))
    with opened_store(args.db) as store:
        if args.format == "json":
            data = backup_bytes(store)
        else:
            repository = Repository(store)
            try:
                trainee_id = chosen_trainee(repository, args.trainee, language, desktop_units)
            except UnknownTrainee as error:  # a name that names nobody: a bad argument
                print(error.text(language), file=sys.stderr)
                return EXIT_USAGE
            trainees = [(trainee_id, repository.trainee(trainee_id))]
            if args.format == "ics":
                data = plans_calendar(repository, trainees, language)
            else:
                write = log_csv if args.what == "log" else plans_csv
                data = write(repository, trainees, language, for_spreadsheet=args.for_spreadsheet).encode("utf-8")
        try:  # with the store open: a file of its database is refused, not written over (store/open_files.py)
            write_file(Path(args.out), data)
        except WriteFailed as error:
            return cannot_write(args.out, error, language)
    return EXIT_OK
