"""``glueplan import FILE``: a history exported by Strong, Hevy or FitNotes, or a glueplan backup,
into the log. Without --yes it prints the preview and writes nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from glueplan.app.desktop_locale import desktop_units
from glueplan.cli.terminal import EXIT_FAILED, EXIT_OK, command, opened_store, print_table
from glueplan.domain.language import Language
from glueplan.domain.messages import messages

if TYPE_CHECKING:
    from glueplan.app.importing import Preview
    from glueplan.app.workspace import Workspace
    from glueplan.domain.import_mapping import Choice
    from glueplan.store.imports.record import ParsedHistory

FORMATS = ["strong", "hevy", "fitnotes", "glueplan", "json"]  # glueplan: its training log (CSV)


def add_to(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    importing = command(commands, "import", _import, parents=[common],
                        help="import a training history (Strong, Hevy, FitNotes or glueplan CSV, "
                             "or a glueplan backup); without --yes only the preview is printed")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--format", choices=FORMATS, help="the app that wrote the file (default: told from it)")
    importing.add_argument("--units", choices=["kg", "lb"],
                           help="the unit of loads the file writes without one (default: the profile's)")
    importing.add_argument("--map", action="append", default=[], metavar="NAME=EXERCISE_ID",
                           help="what an exercise name of the file becomes: an exercise id, new (an own "
                                "exercise) or skip; may be given again")
    importing.add_argument("--yes", action="store_true", help="import (without it nothing is written)")
    importing.add_argument("--trainee", metavar="NAME", default=argparse.SUPPRESS,
                           help="whose log (default: the one last used)")
    importing.add_argument("--file-trainee", metavar="NAME",
                           help="whose sets to read of a file of several trainees (a glueplan backup or log; "
                                "default: the one named as the trainee imported into, else the one with most sets)")


def _import(args: argparse.Namespace, language: Language) -> int:
    """A file that cannot be imported is a failure (1); a --map, --trainee or --file-trainee naming
    nothing is a bad argument (2)."""
    from glueplan.app.importing import ImportHistory, prepare
    from glueplan.app.workspace import Workspace
    from glueplan.domain.trainee import Units
    from glueplan.domain.trainee_names import name_key
    from glueplan.store.imports.detection import read_history
    from glueplan.store.imports.record import Format, ImportRejected
    from glueplan.store.repository import Repository

    text = messages()
    with opened_store(args.db) as store:
        repository = Repository(store)
        from glueplan.app.trainees import UnknownTrainee, chosen_trainee

        try:
            trainee_id = chosen_trainee(repository, args.trainee, language, desktop_units)
        except UnknownTrainee as error:
            args.usage.error(error.text(language))
        workspace = Workspace(repository, trainee_id, language)
        try:
            parsed = read_history(Path(args.file), Format(args.format) if args.format else None,
                                  trainee=args.file_trainee or workspace.trainee.name, language=language)
            if args.file_trainee and name_key(parsed.trainee or "") != name_key(args.file_trainee):
                args.usage.error(text("import.unknown_file_trainee", language, name=args.file_trainee,
                                      names=_held(parsed) or "–"))
            choices = _choices(args, workspace, parsed, language)
            preview = prepare(workspace, parsed, Units(args.units) if args.units else None, choices)
        except ImportRejected as error:
            print(error.text(language), file=sys.stderr)
            return EXIT_FAILED
        _print_preview(preview, parsed, workspace, language)
        if not args.yes:
            print(text("import.preview.dry_run", language))
            return EXIT_OK
        workspace.execute(ImportHistory(preview.batch, "import"))
        print(text("import.done", language, sets=preview.sets))
        return EXIT_OK


def _choices(args: argparse.Namespace, workspace: Workspace, parsed: ParsedHistory,
             language: Language) -> dict[str, Choice]:
    """The --map options as choices by folded name; one that names nothing is a usage error."""
    from glueplan.domain.import_mapping import NEW, SKIP, Action, Choice, fold

    text = messages()
    names = {fold(name) for name in {imported.exercise for imported in parsed.sets}}  # a few spellings, many sets
    # The preview names a glueplan backup's built-in exercises in ``language``; the file itself in
    # English: any name of a built-in exercise stands for the one the preview shows.
    shown = {fold(spelling): fold(exercise.name[language]) for exercise in workspace.catalog.exercises.values()
             if not exercise.custom for spelling in exercise.name.values()}
    choices = {}
    for value in args.map:
        name, separator, target = value.rpartition("=")
        if not separator or not name.strip() or not target.strip():
            args.usage.error(text("import.bad_map", language, value=value))
        target = target.strip()
        folded = fold(name) if fold(name) in names else shown.get(fold(name), fold(name))
        if folded not in names:
            args.usage.error(text("import.unknown_name", language, value=value, name=name.strip()))
        if target.casefold() in ("new", "skip"):
            choices[folded] = NEW if target.casefold() == "new" else SKIP
        elif target in workspace.catalog.exercises:
            choices[folded] = Choice(Action.MAP, target)
        else:
            args.usage.error(text("import.unknown_exercise", language, value=value, exercise=target))
    return choices


def _held(parsed: ParsedHistory) -> str:
    """The trainees a file holds, with their sets: "Me (8), Sam (0)"."""
    return ", ".join(f"{trainee.name} ({trainee.sets})" for trainee in parsed.trainees)


def _print_preview(preview: Preview, parsed: ParsedHistory, workspace: Workspace, language: Language) -> None:
    from glueplan.app.importing import Front, load_warnings
    from glueplan.domain.import_mapping import Action

    text = messages()
    if len(parsed.trainees) > 1:
        print(text("import.preview.file_trainee", language, name=parsed.trainee, names=_held(parsed)))
    kind = text(f"import.format.{preview.format.value}", language)
    if preview.sets:
        sets = text("import.preview.sets_to_add", language, sets=preview.sets)
        if preview.warm_ups:
            sets += " " + text("import.preview.warm_ups", language, warm_ups=preview.warm_ups)
        print(text("import.preview.summary", language, format=kind, sets=sets, first=preview.first, last=preview.last,
                   workouts=text("import.preview.workouts", language, workouts=preview.workouts)))
    else:
        print(text("import.preview.nothing_new", language, format=kind))
        if not parsed.sets and len(parsed.trainees) > 1:
            print(text("import.preview.no_sets", language, name=parsed.trainee))
    for key, count in (("already", preview.already), ("skipped", preview.skipped),
                       ("without_reps", preview.without_reps)):
        if count:
            print(text(f"import.preview.{key}", language, count=count))
    if preview.assumed_units is not None:
        print(text("import.preview.units_assumed", language, unit=preview.assumed_units.value))
    elif preview.units:
        print(text("import.preview.units_file", language, units=", ".join(sorted(preview.units))))
    for line in load_warnings(preview, workspace.trainee.units, Front.COMMAND_LINE, language):
        print(line)
    print()
    rows = []
    for row in preview.names:
        if row.choice.action is Action.MAP and row.choice.exercise_id is not None:
            exercise = workspace.catalog.exercise(row.choice.exercise_id)
            becomes = f"{exercise.name[language]} ({exercise.id})"
        else:
            becomes = text(f"import.preview.{row.choice.action.value}", language)
            if row.guess.exercise_id is not None and row.choice.action is Action.SKIP:
                becomes += f" ({row.guess.exercise_id}?)"
        if row.to_check:
            becomes += " " + text("import.preview.check", language)
        rows.append([row.name, str(row.sets), becomes])
    print_table([text(f"import.column.{name}", language) for name in ("name", "sets", "becomes")], rows)
    print()
    print(text("import.preview.how_to_map", language))
