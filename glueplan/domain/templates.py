"""Program templates: the built-in ones (resources/templates/<id>.json), such as ``seed-000``, and
the user's own (programs saved as templates, kept in the database).

A template is a plan file plus a description and its source; its id is the file name,
the same id the GUI, the command line and the tests use.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from msgspec.structs import replace

from glueplan.domain.catalog import Catalog, builtin_catalog
from glueplan.domain.deloads import weeks_with_deloads
from glueplan.domain.language import Language, Localized
from glueplan.domain.plan import Program
from glueplan.domain.plan_file import read_plan
from glueplan.domain.resources import resource_dir
from glueplan.domain.thresholds import Thresholds, builtin_thresholds
from glueplan.domain.trainee import Level
from glueplan.domain.validation import DataError, Fields, read_json
from glueplan.domain.record import Record

DEFAULT_WEEKS = 6
OWN_PREFIX = "own-"  # the ids of the user's own templates: own-1, own-2, ...
OWN_SOURCE = "own"


class Template(Record):
    id: str
    name: Localized[str]
    description: Localized[str]
    source: str
    level: Level
    _data: Any
    _file: str

    @property
    def plan(self) -> Any:
        """The plan file's data it is made from (an own template is stored as it)."""
        return self._data

    @property
    def own_number(self) -> int | None:
        """The number of one of the user's own templates (``own-3``: 3); None for a built-in one."""
        number = self.id.removeprefix(OWN_PREFIX)
        return int(number) if self.source == OWN_SOURCE and number.isdigit() else None

    @property
    def weeks(self) -> int:
        """Its own length, the weeks a program started from it has unless told otherwise: a one-week
        template's (the built-in ones) is DEFAULT_WEEKS."""
        weeks = len(self._data.get("weeks", [None]))
        return DEFAULT_WEEKS if weeks == 1 else weeks

    def written(self, catalog: Catalog, language: Language) -> Program:
        """The template's weeks in one language, as written for its level."""
        return read_plan(self._data, self._file, catalog, language).program

    def program(self, catalog: Catalog, language: Language, weeks: int | None = None) -> Program:
        """The template as a program in one language at its own level, ``weeks`` long (its own length unless
        told; ``repeated``). Started for a trainee of another level: ``template_start.started``."""
        return repeated(self.written(catalog, language), self.weeks if weeks is None else weeks,
                        builtin_thresholds()[self.level])


def repeated(program: Program, count: int, limits: Thresholds) -> Program:
    """A template's program ``count`` weeks long: a longer one's weeks repeat, deloads and all, a shorter one
    is its first weeks. A one-week template repeats its week; run longer than the rules allow without a
    deload (PER-1), a deload closes each block, as Plan my week places them, so that a 12-week start has its
    deloads in weeks 6 and 12."""
    if len(program.weeks) > 1:
        return replace(program, weeks=tuple(program.weeks[n % len(program.weeks)] for n in range(count)))
    if count > limits.deload_within_weeks:
        return replace(program, weeks=weeks_with_deloads(program.weeks[0], count, limits))
    return replace(program, weeks=program.weeks * count)

def own_template(number: int, name: str, data: Any) -> Template:
    """A template the user saved from one of their programs (stored in the database as a plan
    file's JSON, with the level of the trainee it was made for); its id is ``own-<number>``."""
    return Template(id=f"{OWN_PREFIX}{number}", name=Localized.same(name), description=Localized.same(""),
                    source=OWN_SOURCE, level=Level(data["level"]), _data=data, _file=f"template “{name}”")


def template_files(directory: Path) -> list[Path]:
    """The files templates are read from: every ``*.json`` under ``directory``, in the order read."""
    return sorted(directory.glob("*.json"))


def load_templates(directory: Path, catalog: Catalog) -> dict[str, Template]:
    """Every ``*.json`` template under ``directory``, validated against the catalogue."""
    templates = {}
    for path in template_files(directory):
        data = read_json(path)
        file = str(path)
        fields = Fields(data, file, entry=path.stem)
        document = read_plan(data, file, catalog, Language.EN)
        if document.level is None:
            raise fields.error("level", "is missing")
        templates[path.stem] = Template(
            id=path.stem,
            name=fields.localized_text("name"),
            description=fields.localized_text("description"),
            source=fields.text("source"),
            level=document.level,
            _data=data,
            _file=file,
        )
    if not templates:
        raise DataError(str(directory), "holds no program templates (*.json)")
    return templates


@cache
def builtin_templates() -> dict[str, Template]:
    return load_templates(resource_dir() / "templates", builtin_catalog())
