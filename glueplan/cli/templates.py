"""``glueplan templates list``: the built-in program templates and the user's own (from the database)."""

from __future__ import annotations

import argparse
import json

from glueplan.cli.terminal import EXIT_OK, command, opened_store, print_table
from glueplan.domain.language import Language
from glueplan.domain.messages import messages


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    templates = commands.add_parser("templates", help="the program templates: built-in and your own")
    templates_commands = templates.add_subparsers(dest="templates_command", metavar="COMMAND", required=True)
    listing = command(templates_commands, "list", _list, parents=[common], help="list templates")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _list(args: argparse.Namespace, language: Language) -> int:
    from glueplan.app.templates import templates as offered

    text = messages()
    with opened_store(args.db) as store:
        templates = offered(store)
    if args.json:
        data = [{"id": t.id, "name": t.name[language], "description": t.description[language],
                 "level": t.level.value, "source": t.source} for t in templates]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    header = [text("cli.column.id", language), text("cli.column.name", language), text("cli.column.level", language)]
    print_table(header, [[t.id, t.name[language], text(f"level.{t.level}", language)] for t in templates])
    return EXIT_OK
