"""``glueplan catalog list``: the exercises, as a table or JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from glueplan.cli.terminal import EXIT_OK, command, opened_store, print_table
from glueplan.domain.catalog import ROLES, Catalog, Category, Exercise
from glueplan.domain.language import Language
from glueplan.domain.messages import messages


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    catalog = commands.add_parser("catalog", help="the exercise catalogue")
    catalog_commands = catalog.add_subparsers(dest="catalog_command", metavar="COMMAND", required=True)
    listing = command(catalog_commands, "list", _list, parents=[common], help="list exercises")
    listing.add_argument("--muscle", metavar="ID", help="only exercises that train this muscle, primary first")
    listing.add_argument("--category", choices=[category.value for category in Category])
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")


def catalog_with_own_exercises(db: str | None) -> Catalog:
    """The built-in catalogue plus the user's own exercises from the database."""
    from glueplan.store.repository import Repository

    with opened_store(db) as store:
        return Repository(store).catalog()


def _list(args: argparse.Namespace, language: Language) -> int:
    text = messages()
    catalog = catalog_with_own_exercises(args.db)
    if args.muscle is not None and args.muscle not in catalog.muscles:
        args.usage.error(text("cli.unknown_muscle", language, muscle=args.muscle, known=", ".join(catalog.muscles)))
    exercises = list(catalog.training(args.muscle)) if args.muscle else catalog.sorted_exercises(language)
    if args.category:
        exercises = [exercise for exercise in exercises if exercise.category == args.category]

    if args.json:
        print(json.dumps([_exercise_data(exercise, language) for exercise in exercises], ensure_ascii=False,
                         indent=2))
        return EXIT_OK
    if not exercises:
        print(text("cli.no_exercises", language))
        return EXIT_OK
    header = [text("cli.column.id", language), text("cli.column.name", language),
              text("cli.column.category", language)]
    if args.muscle:
        header.append(text("cli.column.role", language, muscle=catalog.muscle(args.muscle).name[language]))
    else:
        header.append(text("cli.column.muscles", language))
    rows = []
    for exercise in exercises:
        row = [exercise.id, exercise.name[language], text(f"category.{exercise.category}", language)]
        if args.muscle:
            row.append(text(f"role.{ROLES[exercise.weight(args.muscle)]}", language))
        else:
            row.append(", ".join(catalog.muscle(m).name[language] for m in exercise.primary_muscles))
        rows.append(row)
    print_table(header, rows)
    return EXIT_OK


def _exercise_data(exercise: Exercise, language: Language) -> dict[str, Any]:
    p = exercise.prescription
    return {
        "id": exercise.id,
        "name": exercise.name[language],
        "names": {lang.value: exercise.name[lang] for lang in Language},
        "category": exercise.category.value,
        "laterality": exercise.laterality.value,
        "equipment": [sorted(item.value for item in option) for option in exercise.equipment],
        "muscles": dict(exercise.muscles),
        "prescription": {"sets": p.sets, "reps": [p.reps.low, p.reps.high], "rir": p.rir, "rest_s": p.rest_s},
        "custom": exercise.custom,
    }
