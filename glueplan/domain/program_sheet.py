"""What a printed program sheet says, as plain values in one language, before any layout.

The sheet is what a coach hands a client: a first page (who, what, when, the week plan, the
weekly hard sets per muscle as planned) and one section
per session (each exercise's dose, cues and most common mistake, and a log grid to fill in
by hand). The rules' findings are the planner's, seen in the app, and not on the sheet: the client
was handed "more than your 30 min" on a page of its own. Everything here is independent of Qt;
glueplan/ui/print lays it out on paper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, time, timedelta

from glueplan.domain.catalog import Catalog, Laterality, LoadKind, Prescription
from glueplan.domain.dose_words import rest_said, sets_reps
from glueplan.domain.language import Language, decimal, rest_clock
from glueplan.domain.log import KG_PER_LB
from glueplan.domain.messages import messages
from glueplan.domain.paper import Paper
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday
from glueplan.domain.rules import Report
from glueplan.domain.trainee import Trainee, Units
from glueplan.domain.trainee_names import unnamed_own
from glueplan.domain.record import Record


LOAD_BY_KIND = {LoadKind.WEIGHT: "sheet.load_by_rir", LoadKind.BODYWEIGHT: "sheet.load_bodyweight",
                LoadKind.BAND: "sheet.load_band"}


class SheetOptionError(ValueError):
    """An option the user gave cannot be used; ``text(language)`` says why."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def text(self, language: Language) -> str:
        return messages()(self.key, language, **self.params)


class WeekRange(Record):
    """Program weeks to print, 1-based and inclusive."""

    first: int
    last: int

    @classmethod
    def parse(cls, text: str, weeks: int) -> WeekRange:
        """``all``, ``3`` or ``1-4`` for a program of ``weeks`` weeks."""
        cleaned = text.strip().lower()
        if cleaned == "all":
            return cls(1, weeks)
        match = re.fullmatch(r"(\d+)\s*(?:[-–]\s*(\d+))?", cleaned)
        if match is None:
            raise SheetOptionError("sheet.error.weeks_format", value=text)
        first = int(match[1])
        last = int(match[2]) if match[2] else first
        if not 1 <= first <= last <= weeks:
            raise SheetOptionError("sheet.error.weeks_range", value=text, weeks=weeks)
        return cls(first, last)

    def numbers(self) -> range:
        return range(self.first, self.last + 1)


class SheetOptions(Record):
    language: Language = Language.EN
    paper: Paper = Paper.A4
    weeks: WeekRange | None = None  # None: every week
    illustrations: bool = True
    log_grids: bool = True


# -- the first page -----------------------------------------------------------------------------

class Dose(Record):
    """An exercise as the week plan lists it."""

    name: str
    sets_reps: str  # "2 × 8–10", "3 × 12 per side"
    rir: int
    rest: str  # as a clock shows it: "3:00", "1:30"


class PlannedSession(Record):
    time: time
    title: str
    doses: tuple[Dose, ...]


class PlannedDay(Record):
    day: Weekday
    date: date | None  # the date in the run's first week
    sessions: tuple[PlannedSession, ...]


class WeekRun(Record):
    """Consecutive weeks planned alike (1-based numbers), shown as one week plan."""

    first: int
    last: int
    deload: bool
    days: tuple[PlannedDay, ...]


class MuscleVolume(Record):
    """A muscle's weekly hard sets as planned, without the level's band: the plan is what the
    client is to do, and whether it is more or less than usual is the coach's to judge, on screen."""

    muscle: str
    hard_sets: tuple[float, ...]  # one per week run


# -- the sessions -------------------------------------------------------------------------------

class Variation(Record):
    """Weeks in which an exercise is prescribed differently from the block's first week."""

    weeks: str  # "4", "4–6"
    sets_reps: str
    rir: int


class ExerciseBlock(Record):
    exercise_id: str
    figure_id: str | None  # the built-in exercise whose figure shows it (an own one's "looks like")
    name: str
    muscles: tuple[tuple[str, float], ...]  # for the illustration's tint
    sets_reps: str
    rir: int
    rest: str  # said beside the dose: "rest 1:30" (rest_said)
    load_kind: LoadKind
    load: str  # the planned load, or what load to choose
    note: str
    cues: tuple[str, ...]
    mistake: str  # the most common one; "" when the catalogue names none
    sets_per_week: tuple[int, ...]  # aligned with the section's weeks; 0: not planned that week
    variations: tuple[Variation, ...]


class SessionSection(Record):
    """A session that recurs through the printed weeks: the week's first (second, ...) of its title, on
    whichever day and time each week has it, so that a session moved in one week is printed once."""

    title: str
    weeks: tuple[int, ...]  # 1-based
    days: tuple[Weekday, ...]  # one per week
    times: tuple[time, ...]  # one per week
    dates: tuple[date | None, ...]  # one per week
    exercises: tuple[ExerciseBlock, ...]

    def schedule(self) -> tuple[tuple[tuple[int, ...], Weekday, time], ...]:
        """The weeks on each day and time the session has, in the order they first come."""
        weeks: dict[tuple[Weekday, time], list[int]] = {}
        for week, day, clock in zip(self.weeks, self.days, self.times, strict=True):
            weeks.setdefault((day, clock), []).append(week)
        return tuple((tuple(numbers), day, clock) for (day, clock), numbers in weeks.items())


class ProgramSheet(Record):
    options: SheetOptions
    trainee: str  # empty for someone's own sheet (trainee_names.unnamed_own): it needs no "Trainee Me"
    program: str
    level: str
    units: Units
    start: date | None  # Monday of the first printed week
    end: date | None  # Sunday of the last printed week
    weeks: tuple[int, ...]  # the printed weeks, 1-based
    runs: tuple[WeekRun, ...]
    volume: tuple[MuscleVolume, ...]
    sections: tuple[SessionSection, ...]
    printed_on: date

    @property
    def language(self) -> Language:
        return self.options.language


# -- building it --------------------------------------------------------------------------------

def week_span(numbers: Sequence[int]) -> str:
    """Week numbers as short ranges: ``1–3, 5``."""
    parts: list[str] = []
    start = previous = None
    for number in [*numbers, None]:
        if number is not None and previous is not None and number == previous + 1:
            previous = number
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = number
    return ", ".join(parts)


def load_text(item: PlannedExercise, kind: LoadKind, units: Units, language: Language) -> str:
    """The planned load, or what to choose: a weight, a band or the body."""
    if item.load_kg is None:
        return messages()(LOAD_BY_KIND[kind], language, rir=item.prescription.rir)
    value = item.load_kg if units is Units.KG else item.load_kg / KG_PER_LB
    return f"{decimal(value, language)} {units.value}"


def build_sheet(program: Program, trainee: Trainee, report: Report, catalog: Catalog, options: SheetOptions,
                printed_on: date, trainees_shown: int) -> ProgramSheet:
    """The sheet of the chosen weeks of a program, in the options' language; ``trainees_shown``, how many
    trainees are not archived, says whether it is someone's own (unnamed_own)."""
    chosen = options.weeks or WeekRange(1, len(program.weeks))
    if chosen.last > len(program.weeks):
        raise SheetOptionError("sheet.error.weeks_range", value=f"{chosen.first}-{chosen.last}",
                               weeks=len(program.weeks))
    numbers = tuple(chosen.numbers())
    starts = program.week_starts()
    runs = _runs(program, numbers, catalog, options.language)
    return ProgramSheet(
        options=options,
        trainee="" if unnamed_own(trainee.name, trainees_shown) else trainee.name,
        program=program.name,
        level=messages()(f"level.{trainee.level}", options.language),
        units=trainee.units,
        start=starts[chosen.first - 1] if starts else None,
        end=starts[chosen.last - 1] + timedelta(days=6) if starts else None,
        weeks=numbers,
        runs=runs,
        volume=_volume(report, runs, catalog, options.language),
        sections=_sections(program, numbers, catalog, trainee.units, options.language),
        printed_on=printed_on,
    )


def _dose(item: PlannedExercise, catalog: Catalog, language: Language) -> Dose:
    exercise = catalog.exercise(item.exercise_id)
    unilateral = exercise.laterality is Laterality.UNILATERAL
    p = item.prescription
    return Dose(exercise.name[language], sets_reps(p, unilateral, language), p.rir, rest_clock(p.rest_s))


def _runs(program: Program, numbers: Sequence[int], catalog: Catalog, language: Language) -> tuple[WeekRun, ...]:
    groups: list[list[int]] = []
    for number in numbers:
        if groups and program.weeks[groups[-1][-1] - 1] == program.weeks[number - 1]:
            groups[-1].append(number)
        else:
            groups.append([number])
    runs = []
    for group in groups:
        week = program.weeks[group[0] - 1]
        days = tuple(PlannedDay(day, program.date_of(group[0] - 1, day), _day_sessions(week, day, catalog, language))
                     for day in Weekday)
        runs.append(WeekRun(group[0], group[-1], week.deload, days))
    return tuple(runs)


def _day_sessions(week: Week, day: Weekday, catalog: Catalog, language: Language) -> tuple[PlannedSession, ...]:
    sessions = sorted((s for s in week.sessions if s.day is day), key=lambda s: s.time)
    return tuple(PlannedSession(s.time, s.title, tuple(_dose(item, catalog, language) for item in s.items))
                 for s in sessions)


def _volume(report: Report, runs: Sequence[WeekRun], catalog: Catalog, language: Language) -> tuple[MuscleVolume, ...]:
    """The planned hard sets of the muscles the rules have a weekly band for (the glutes)."""
    rows = []
    for muscle_id, muscle in catalog.muscles.items():
        first = report.weeks[runs[0].first - 1].muscles.get(muscle_id) if runs else None
        if first is None or first.band is None:
            continue
        rows.append(MuscleVolume(muscle.name[language],
                                 tuple(report.weeks[run.first - 1].muscles[muscle_id].hard_sets for run in runs)))
    return tuple(rows)


def _sections(program: Program, numbers: Sequence[int], catalog: Catalog, units: Units,
              language: Language) -> tuple[SessionSection, ...]:
    """One section per session title and its place among the week's sessions of that title (the
    first "Workout", the second), on whatever day each week has it, in the order the client first
    trains them, by date; its exercises in the order they first appear. Keyed by day and time, a week
    whose sessions were moved a day printed them twice, after the other weeks' (H156)."""
    slots: dict[tuple[str, int], dict[int, Session]] = {}
    for number in numbers:  # week by week, each in order of day and time: a slot is added at its first date
        seen: dict[str, int] = {}
        for session in sorted(program.weeks[number - 1].sessions, key=lambda s: (s.day, s.time)):
            nth = seen[session.title] = seen.get(session.title, -1) + 1
            slots.setdefault((session.title, nth), {})[number] = session
    sections = []
    for (title, _nth), sessions in slots.items():
        by_week = {week: session.items for week, session in sessions.items()}
        first_item: dict[str, PlannedExercise] = {}
        for items in by_week.values():
            for item in items:
                first_item.setdefault(item.exercise_id, item)
        blocks = tuple(_block(item, by_week, catalog, units, language) for item in first_item.values())
        sections.append(SessionSection(
            title, tuple(sessions), tuple(s.day for s in sessions.values()), tuple(s.time for s in sessions.values()),
            tuple(program.date_of(week - 1, s.day) for week, s in sessions.items()), blocks))
    return tuple(sections)


def _block(first: PlannedExercise, by_week: dict[int, tuple[PlannedExercise, ...]], catalog: Catalog, units: Units,
           language: Language) -> ExerciseBlock:
    exercise = catalog.exercise(first.exercise_id)
    unilateral = exercise.laterality is Laterality.UNILATERAL
    per_week = {week: next((i for i in items if i.exercise_id == first.exercise_id), None)
                for week, items in by_week.items()}
    differing: dict[Prescription, list[int]] = {}
    for week, item in per_week.items():
        if item is not None and item.prescription != first.prescription:
            differing.setdefault(item.prescription, []).append(week)
    p = first.prescription
    mistakes = exercise.mistakes[language]
    kind = LoadKind.of(exercise)
    return ExerciseBlock(
        exercise_id=exercise.id,
        figure_id=exercise.figure_id,
        name=exercise.name[language],
        muscles=exercise.muscles,
        sets_reps=sets_reps(p, unilateral, language),
        rir=p.rir,
        rest=rest_said(p.rest_s, language),
        load_kind=kind,
        load=load_text(first, kind, units, language),
        note=first.note,
        cues=exercise.cues[language],
        mistake=mistakes[0] if mistakes else "",
        sets_per_week=tuple(0 if item is None else item.prescription.sets for item in per_week.values()),
        variations=tuple(Variation(week_span(weeks), sets_reps(other, unilateral, language), other.rir)
                         for other, weeks in differing.items()),
    )
