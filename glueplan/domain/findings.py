"""What the rules engine says about a plan: findings, their fixes, and their words.

A finding keeps raw values (muscle ids, session references, numbers) and a message key;
``describe`` turns it into a sentence in any of the three languages, so the same finding
reads right in the GUI, on the command line and on a printed sheet.
"""

from __future__ import annotations

from datetime import time
from enum import StrEnum
from collections.abc import Iterable
from typing import Any

from glueplan.domain.catalog import Catalog
from glueplan.domain.commands import Change
from glueplan.domain.language import Language, clock, decimal
from glueplan.domain.messages import messages
from glueplan.domain.plan import Weekday
from glueplan.domain.thresholds import Band
from glueplan.domain.record import Record


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return ("error", "warning", "info").index(self.value)


class SessionRef(Record):
    """A session as findings name it: week (0-based), its place in the week's list, day and time."""

    week: int
    index: int
    day: Weekday
    time: time

    def key(self) -> tuple[int, int, time]:
        """Identity independent of the order sessions are listed in."""
        return (self.week, int(self.day), self.time)


class Muscles(Record, order=True):
    ids: tuple[str, ...]


class Sessions(Record):
    """Sessions named in one sentence, joined with "and" (what to thin out where no one change will do)."""

    refs: tuple[SessionRef, ...]


class ExerciseName(Record, order=True):
    id: str


class Title(Record):
    """A session's title as the user wrote it, quoted in a sentence as the language quotes."""

    text: str


class SetCut(Record):
    """One exercise of a fix that takes sets off across exercises: where it is, its sets before and after."""

    exercise: ExerciseName
    session: SessionRef
    was: int
    sets: int


class SetCuts(Record):
    cuts: tuple[SetCut, ...]


class Fix(Record):
    """A change the engine has checked: applying ``edit`` clears the finding and brings no new
    error or warning. ``message`` (under "finding.fix.") and ``params`` say it in words, as a
    finding is said; ``params`` name the session the fix changes (moves: also the day)."""

    edit: Change
    message: str
    params: tuple[tuple[str, Any], ...]

    @property
    def session(self) -> SessionRef | None:
        """The session the fix changes, if it changes one."""
        return dict(self.params).get("session")

    @property
    def sessions(self) -> tuple[SessionRef, ...]:
        """Every session the fix changes: its one, or each of those it takes sets off across."""
        params = dict(self.params)
        if isinstance(params.get("cuts"), SetCuts):
            return tuple(cut.session for cut in params["cuts"].cuts)
        return () if self.session is None else (self.session,)

    @property
    def day(self) -> Weekday | None:
        """The day a session or exercise moves to, if the fix moves one."""
        return dict(self.params).get("day")


class Finding(Record):
    rule: str
    severity: Severity
    message: str  # key in resources/messages.toml, under "finding."
    params: tuple[tuple[str, Any], ...]
    muscles: tuple[str, ...] = ()
    sessions: tuple[SessionRef, ...] = ()
    fix: Fix | None = None
    week: int | None = None  # for findings about a whole week (0-based)

    def identity(self) -> tuple[Any, ...]:
        """Which rule flags which sessions (or which week) and muscles, whatever its numbers say. A finding
        about no session names its week in its words (PER-2, "Deload week 3 ..."): two deload weeks' are two."""
        where = ("week", self.week) if self.week is not None else tuple(s.key() for s in self.sessions)
        if not where:
            where = ("named week", dict(self.params).get("week"))
        return (self.rule, self.severity, where, self.muscles, self.message)

    def key(self) -> tuple[Any, ...]:
        """What the finding says, regardless of the order sessions were listed in."""
        params = tuple((name, _key_of(value)) for name, value in self.params)
        return (self.severity.rank, self.rule, tuple(s.key() for s in self.sessions), self.muscles, self.message,
                params)


def _key_of(value: Any) -> Any:
    """A parameter as Finding.key compares it: sessions by when they are, not by their place in the list."""
    if isinstance(value, SessionRef):
        return value.key()
    if isinstance(value, Sessions):
        return tuple(ref.key() for ref in value.refs)
    return value


def worst_new(before: Iterable[Finding], after: Iterable[Finding], week: int, day: Weekday) -> Finding | None:
    """The worst error or warning in ``after`` that ``before`` did not have, about a session on
    this day of this week: what a drop there would bring about."""
    known = {finding.identity() for finding in before}
    new = [f for f in after if f.identity() not in known and f.severity is not Severity.INFO
           and any(r.week == week and r.day == day for r in f.sessions)]
    return min(new, key=lambda f: f.severity.rank) if new else None


def describe(finding: Finding, language: Language, catalog: Catalog, weeks: int = 1) -> str:
    """The finding as one sentence; in a program of several weeks it says which week."""
    said = sentence(f"finding.{finding.message}", finding.params, language, catalog, weeks)
    if weeks > 1 and finding.week is not None:
        said = messages()("finding.in_week", language, week=finding.week + 1, sentence=said)
    return said


def describe_fix(fix: Fix, language: Language, catalog: Catalog, weeks: int = 1) -> str:
    return sentence(f"finding.fix.{fix.message}", fix.params, language, catalog, weeks)


def describe_done(fix: Fix, language: Language, catalog: Catalog, weeks: int = 1) -> str:
    """The fix once made, for the status bar: its own imperative ("Flytt «B» … til fredag.") after "Fix applied"
    read as still to be done (H154's walk in Bokmål)."""
    return sentence(f"finding.done.{fix.message}", fix.params, language, catalog, weeks)


def fix_gist(fix: Fix, language: Language, catalog: Catalog, weeks: int = 1) -> str:
    """The fix as its undo step is named (Edit > Undo "Make week 3 a deload week"): its sentence without the
    reason after its colon, which is the message's own words (no user text is cut), and without its full stop."""
    said = describe_fix(fix, language, catalog, weeks)
    reason = messages().template(f"finding.fix.{fix.message}", language).partition(": ")[2]
    if reason and "{" not in reason:
        said = said.removesuffix(reason).removesuffix(": ")
    return said.removesuffix(".")


def sentence(key: str, values: tuple[tuple[str, Any], ...], language: Language, catalog: Catalog,
             weeks: int) -> str:
    """A message with its parameters in words. Danish and Norwegian write a muscle's or an exercise's name inside a
    sentence in lower case, as common nouns ("Gluteus maximus, gluteus medius og fremside lår (quadriceps): ..."):
    every name of a list, and the first too unless it opens the sentence."""
    template = messages().template(key, language)
    params = {}
    for name, value in values:
        if isinstance(value, (Muscles, ExerciseName)):
            names = [catalog.muscle(muscle).name[language] for muscle in value.ids] if isinstance(value, Muscles) \
                else [render(value, language, catalog)]
            text = join([_inside(one, language) for one in names], language)
            params[name] = text[:1].upper() + text[1:] if template.startswith("{" + name + "}") else text
        else:
            params[name] = render(value, language, catalog, weeks)
    return messages()(key, language, **params)


def _inside(name: str, language: Language) -> str:
    """A name inside a sentence: Danish and Norwegian write it in lower case."""
    return name if language is Language.EN else name[:1].lower() + name[1:]


def render(value: Any, language: Language, catalog: Catalog, weeks: int = 1) -> str:
    """One parameter in words: muscle names joined with "and", days and sessions, numbers
    with the language's decimal separator."""
    text = messages()
    if isinstance(value, Muscles):
        return join([catalog.muscle(muscle).name[language] for muscle in value.ids], language)
    if isinstance(value, ExerciseName):
        return catalog.exercise(value.id).name[language]
    if isinstance(value, Sessions):  # of one week, that week said once
        one_week = weeks > 1 and len({ref.week for ref in value.refs}) == 1
        said = join([render(ref, language, catalog, 1 if one_week else weeks) for ref in value.refs], language)
        return text("session.list_week", language, sessions=said, week=value.refs[0].week + 1) if one_week else said
    if isinstance(value, SessionRef):
        day = text(f"weekday.{value.day.code}", language)
        at = clock(value.time, language)
        if weeks > 1:
            return text("session.label_week", language, week=value.week + 1, day=day, time=at)
        return text("session.label", language, day=day, time=at)
    if isinstance(value, SetCuts):  # of one week, said once; a Danish or Norwegian name in lower case
        said = join([text("finding.fix.set_cut", language, was=cut.was, sets=cut.sets, session=render(
            cut.session, language, catalog), exercise=_inside(render(cut.exercise, language, catalog), language))
            for cut in value.cuts], language)
        week = value.cuts[0].session.week + 1
        return text("finding.fix.set_cuts_week", language, cuts=said, week=week) if weeks > 1 else said
    if isinstance(value, Weekday):
        return text(f"weekday.{value.code}", language)
    if isinstance(value, Title):
        return value.text
    if isinstance(value, Band):
        if value.low == value.high:
            return decimal(value.low, language)
        return f"{decimal(value.low, language)}–{decimal(value.high, language)}"
    if isinstance(value, float):
        return decimal(value, language)
    return str(value)




def join(items: list[str], language: Language) -> str:
    if len(items) < 2:
        return "".join(items)
    return messages()("list.and", language, first=", ".join(items[:-1]), last=items[-1])
