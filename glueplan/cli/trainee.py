"""``glueplan trainee list|add|rename|archive``: the trainees a coach or a clinic plans for."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from glueplan.app.desktop_locale import desktop_units
from glueplan.cli.terminal import EXIT_OK, command, opened_store, print_table
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Level, Units

if TYPE_CHECKING:  # the store is imported when a command runs, not at start-up
    from glueplan.store.repository import Repository

Result = TypeVar("Result")
NAME_REFUSALS = ("trainee.empty_name", "trainee.name_taken")


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    trainee = commands.add_parser("trainee", help="list, add, rename or archive trainees")
    actions = trainee.add_subparsers(dest="trainee_command", metavar="COMMAND", required=True)
    listing = command(actions, "list", _list, parents=[common], help="the trainees (* marks the last one used)")
    listing.add_argument("--archived", action="store_true", help="the archived trainees instead")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    adding = command(actions, "add", _add, parents=[common], help="add a trainee")
    adding.add_argument("name", metavar="NAME")
    adding.add_argument("--level", choices=[level.value for level in Level], default=Level.INTERMEDIATE.value)
    adding.add_argument("--units", choices=[units.value for units in Units],
                        help="kg or lb (default: the desktop's likely ones, by LC_MEASUREMENT: lb in the US, else kg)")
    renaming = command(actions, "rename", _rename, parents=[common], help="rename a trainee")
    renaming.add_argument("name", metavar="NAME")
    renaming.add_argument("new_name", metavar="NEW_NAME")
    archiving = command(actions, "archive", _archive, parents=[common],
                        help="archive a trainee (programs and log are kept)")
    archiving.add_argument("name", metavar="NAME")
    archiving.add_argument("--restore", action="store_true", help="bring an archived trainee back")


@contextmanager
def _repository(args: argparse.Namespace) -> Iterator[Repository]:
    from glueplan.store.repository import Repository

    with opened_store(args.db) as store:
        yield Repository(store)


def _named(args: argparse.Namespace, repository: Repository, name: str) -> int:
    """The trainee an argument names; one naming nobody is a usage error (2)."""
    from glueplan.app.trainees import UnknownTrainee, trainee_named

    try:
        return trainee_named(repository, name)
    except UnknownTrainee as error:
        args.usage.error(str(error))


def _checked(args: argparse.Namespace, step: Callable[[], Result]) -> Result:
    """A name refused (empty, or taken: seen by the check, or by the database when another computer
    gave it a moment before) is a usage error (2), said in the user's language; other refusals are not."""
    from glueplan.store.errors import StoreError

    try:
        return step()
    except StoreError as error:
        if error.key not in NAME_REFUSALS:
            raise
        args.usage.error(error.text(args.language))


def _list(args: argparse.Namespace, language: Language) -> int:
    from glueplan.app.trainees import last_used

    text = messages()
    with _repository(args) as repository:
        last = last_used(repository.store.engine.url)
        rows = [(trainee_id, repository.trainee(trainee_id), repository.count_logged_sets(trainee_id))
                for trainee_id, _name in repository.trainee_names(archived=args.archived)]
    if args.json:
        print(json.dumps([{"name": t.name, "level": t.level.value, "units": t.units.value, "logged_sets": sets,
                           "last_used": trainee_id == last} for trainee_id, t, sets in rows],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    header = ["", text("cli.column.name", language), text("cli.column.level", language), "kg/lb",
              text("cli.column.logged_sets", language)]
    print_table(header, [["*" if trainee_id == last else "", t.name, text(f"level.{t.level}", language),
                          t.units.value, str(sets)] for trainee_id, t, sets in rows])
    return EXIT_OK


def _add(args: argparse.Namespace, language: Language) -> int:
    from glueplan.app.trainees import check_free_name
    from glueplan.domain.trainee import Trainee

    args.language = language
    units = Units(args.units) if args.units else desktop_units()
    with _repository(args) as repository:
        name = _checked(args, lambda: check_free_name(repository, args.name))
        _checked(args, lambda: repository.add_trainee(Trainee(name, Level(args.level), units, language=language)))
    print(messages()("trainee.added", language, name=name))
    return EXIT_OK


def _rename(args: argparse.Namespace, language: Language) -> int:
    from msgspec.structs import replace

    from glueplan.app.trainees import check_free_name

    args.language = language
    with _repository(args) as repository:
        trainee_id = _named(args, repository, args.name)
        name = _checked(args, lambda: check_free_name(repository, args.new_name, trainee_id))
        before = repository.trainee(trainee_id)
        _checked(args, lambda: repository.update_trainee(trainee_id, before, replace(before, name=name),
                                                         archived_too=True))  # frees an archived one's name
    print(messages()("trainee.renamed", language, old=before.name, name=name))
    return EXIT_OK


def _archive(args: argparse.Namespace, language: Language) -> int:
    with _repository(args) as repository:
        trainee_id = _named(args, repository, args.name)
        repository.archive_trainee(trainee_id, archived=not args.restore)
        name = repository.trainee(trainee_id).name
    print(messages()("trainee.restored" if args.restore else "trainee.archived", language, name=name))
    return EXIT_OK
