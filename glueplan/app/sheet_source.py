"""What ``glueplan print`` prints: a trainee's program from the database, a built-in template
or a plan file, made into a program sheet for that trainee."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from msgspec.structs import replace

from glueplan.app.templates import templates as offered_templates
from glueplan.app.trainees import UnknownTrainee, chosen_trainee
from glueplan.app.workspace import Workspace
from glueplan.domain.default_names import in_language, program_in_language, trainee_in_language
from glueplan.domain.language import Language
from glueplan.domain.plan import Program, next_monday
from glueplan.domain.plan_file import PlanDocument, read_plan
from glueplan.domain.program_sheet import ProgramSheet, SheetOptionError, SheetOptions, WeekRange, build_sheet
from glueplan.domain.template_start import started
from glueplan.domain.trainee import Units
from glueplan.domain.validation import read_json
from glueplan.store.database import Store
from glueplan.store.open_files import is_open_database
from glueplan.store.repository import Repository


def sheet_for(store: Store, options: SheetOptions, weeks: str | None, trainee_name: str | None,
              program_ref: str | None, today: date, first_units: Callable[[], Units]) -> ProgramSheet:
    """The sheet of ``program_ref`` (a program's id or name, a template id or a plan file; none:
    the trainee's newest program) for the named trainee (none: the one last used, else the
    first, made in ``first_units()`` where there is none). ``weeks`` is the user's text (``1-4``). Raises
    SheetOptionError when any of them is not found or not valid, DataError for a broken plan file. A plan file
    that names its level or session minutes (``glueplan plan`` writes both) is printed and judged for them, not the
    trainee's."""
    repository = Repository(store)
    workspace = Workspace(repository, _trainee_id(repository, trainee_name, options.language, first_units),
                          options.language)
    program, document = _program(workspace, program_ref, options.language, today)
    if document is not None:
        workspace.trainee = document.judged_for(workspace.trainee)  # this sheet's own workspace
    if weeks is not None:
        options = replace(options, weeks=WeekRange.parse(weeks, len(program.weeks)))
    return build_sheet(program, workspace.trainee, workspace.validate(program), workspace.catalog, options, today,
                       len(workspace.listed))


def open_program_sheet(workspace: Workspace, options: SheetOptions, today: date) -> ProgramSheet:
    """The sheet of the program open in a window (there must be one), for its trainee."""
    assert workspace.program is not None and workspace.report is not None
    language = options.language  # the sheet's, which may not be the window's
    return build_sheet(program_in_language(workspace.program, language),
                       trainee_in_language(workspace.trainee, language), workspace.report, workspace.catalog, options,
                       today, len(workspace.listed))


def _trainee_id(repository: Repository, name: str | None, language: Language, first_units: Callable[[], Units]) -> int:
    try:
        return chosen_trainee(repository, name, language, first_units)
    except UnknownTrainee as error:  # an option naming nothing: a usage error of the command
        raise SheetOptionError("sheet.error.no_trainee", **error.params) from error


def _program(workspace: Workspace, ref: str | None, language: Language,
             today: date) -> tuple[Program, PlanDocument | None]:
    """The program, and the plan file it was read from (None for any other program)."""
    programs = workspace.programs()
    templates = {template.id: template for template in offered_templates(workspace.repository.store)}
    if ref is None:
        if not programs:
            raise SheetOptionError("sheet.error.nothing_to_print", trainee=workspace.trainee.name,
                                   templates=", ".join(templates))
        return program_in_language(workspace.repository.program(programs[-1][0]), language), None
    wanted = in_language(ref.strip(), language)  # a given name in any language finds its program
    for program_id, name in reversed(programs):
        if wanted in (str(program_id), name) or wanted.casefold() == name.casefold():
            return program_in_language(workspace.repository.program(program_id), language), None
    if ref in templates:
        template = templates[ref]
        return replace(started(template, workspace.catalog, language, workspace.trainee.level),
                       name=template.name[language], start=next_monday(today)), None
    path = Path(ref)
    if is_open_database(path):  # read, it would cost this process its locks on it (store/open_files.py)
        raise SheetOptionError("sheet.error.open_database", program=ref)
    if path.is_file():
        document = read_plan(read_json(path), str(path), workspace.catalog, language)
        program = document.program
        return replace(program, name=program.name or path.stem, start=program.start or next_monday(today)), \
            document
    raise SheetOptionError("sheet.error.no_program", program=ref, trainee=workspace.trainee.name,
                           templates=", ".join(templates))
