"""``glueplan templates list``: the built-in program templates."""

from __future__ import annotations

import argparse
import json

from glueplan.cli.terminal import EXIT_OK, command, print_table
from glueplan.domain.language import Language
from glueplan.domain.messages import messages


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    templates = commands.add_parser("templates", help="the built-in program templates")
    templates_commands = templates.add_subparsers(dest="templates_command", metavar="COMMAND", required=True)
    listing = command(templates_commands, "list", _list, parents=[common], help="list templates")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _list(args: argparse.Namespace, language: Language) -> int:
    from glueplan.domain.templates import builtin_templates

    text = messages()
    templates = builtin_templates().values()
    if args.json:
        data = [{"id": t.id, "name": t.name[language], "description": t.description[language],
                 "level": t.level.value, "source": t.source} for t in templates]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    header = [text("cli.column.id", language), text("cli.column.name", language), text("cli.column.level", language)]
    print_table(header, [[t.id, t.name[language], text(f"level.{t.level}", language)] for t in templates])
    return EXIT_OK
