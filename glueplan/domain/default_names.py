"""Names glueplan gives, shown in the app's language until the user renames them.

A template's program and session titles ("Workout 1", "Træning 1", "Økt 1"), the title of a
session the user starts ("Workout 4", "Extra workout"), an empty program's name and the first
profile's name ("Me", "Mig", "Meg selv": no text of one may be a person's name, as "Meg" is) are
glueplan's, not the user's: a name that is one of these in any language is shown in the current
one. A name the user typed is none of them and stays as typed. Nothing extra is stored: what marks
a name as glueplan's is that it is one of glueplan's own, whichever language it was saved in.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from msgspec.structs import replace

from glueplan.domain.catalog import builtin_catalog, catalog_files
from glueplan.domain.language import Language, Localized
from glueplan.domain.messages import messages, messages_file
from glueplan.domain.plan import Program
from glueplan.domain.resources import domain_code, made_from, resource_dir
from glueplan.domain.templates import builtin_templates, template_files
from glueplan.domain.trainee import Trainee

NUMBERED_TITLES = 30  # "Workout 1" to "Workout 30": more sessions than a week holds
SESSION_TITLES = ("session.default_title", "session.extra_title")  # "Workout N", "Extra workout N"


def _given(key: str, **params: object) -> Localized[str]:
    return Localized.from_mapping({language: messages()(key, language, **params) for language in Language})


@cache
def _defaults() -> dict[str, Localized[str]]:
    """Each default name in every language, looked up by any of its texts; kept between runs (resources.made_from),
    since making them builds every template in every language: 1.4 ms of a returning user's start, whose first
    screen names the trainee and the program."""
    folder = resource_dir()
    sources = (messages_file(), *catalog_files(folder / "catalog"), *template_files(folder / "templates"),
               *domain_code())
    return made_from("default-names", sources, dict[str, Localized[str]], _made_defaults)


def _made_defaults() -> dict[str, Localized[str]]:
    given = [_given("trainee.default_name"), _given("program.empty_name")]
    given += [_given("session.extra_title_first")]
    given += [_given(key, number=n) for key in SESSION_TITLES for n in range(1, NUMBERED_TITLES + 1)]
    for template in builtin_templates().values():
        given.append(template.name)
        programs = [template.program(builtin_catalog(), language, weeks=1) for language in Language]
        for sessions in zip(*(week.sessions for p in programs for week in p.weeks[:1]), strict=True):
            given.append(Localized(*(session.title for session in sessions)))
    return {text: name for name in given for text in name.values() if text}


def given_names() -> Iterable[Localized[str]]:
    """Every name glueplan gives, in every language (trainee_names keys a trainee's name by them)."""
    return _defaults().values()


@cache
def _session_numbers() -> dict[tuple[str, str], int]:
    return {(key, text): n for key in SESSION_TITLES for n in range(1, NUMBERED_TITLES + 1)
            for text in _given(key, number=n).values()} | {
        ("session.extra_title", text): 1 for text in _given("session.extra_title_first").values()}


def session_number(title: str, key: str) -> int | None:
    """The N of a numbered session title glueplan gave, in any language: "Workout N" ("Økt N") for
    ``key`` session.default_title, "Extra workout N" for session.extra_title ("Extra workout"
    alone is 1); None for a title of the user's."""
    return _session_numbers().get((key, title))


def in_language(name: str, language: Language) -> str:
    """The name in ``language`` when it is one glueplan gave, else as it is."""
    default = _defaults().get(name)
    return default[language] if default is not None else name


def program_in_language(program: Program, language: Language) -> Program:
    """The program with its given name and session titles in ``language``."""
    weeks = tuple(replace(week, sessions=tuple(replace(s, title=in_language(s.title, language))
                                                for s in week.sessions)) for week in program.weeks)
    return replace(program, name=in_language(program.name, language), weeks=weeks)


def trainee_in_language(trainee: Trainee, language: Language) -> Trainee:
    return replace(trainee, name=in_language(trainee.name, language))
