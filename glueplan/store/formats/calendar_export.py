"""The planned weeks as an iCalendar file for phone calendars: one event per planned session,
its exercises in the description, written with the icalendar library. The calendar is named after
whose plans it holds and each event's summary starts with the trainee's name: a coach importing
twelve clients' weeks into one calendar could not tell whose "Workout 1 · My program" it was.

Events carry the wall-clock time the plan says, without a time zone: RFC 5545's "floating" time
(3.3.5), "the same hour ... regardless of which time zone is currently being observed", its own
example a person busy 11:00 to 13:00 every day wherever they are. A lifter's "Monday 17:30" is meant so:
after the gym, in the zone the phone is in, on a trip too, and still 17:30 after a change to summer time.
A TZID of the computer's zone would move the session to 03:30 on a trip across the Atlantic, and a coach's
plan to the coach's zone, not the client's. Their UIDs stay the same from one export to the next, so a
calendar that imports the file again updates its events.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from icalendar import Calendar, Event

from glueplan import __version__
from glueplan.domain.catalog import Catalog, Laterality, LoadKind
from glueplan.domain.default_names import program_in_language, trainee_in_language
from glueplan.domain.dose_words import rest_said, rir_said, sets_reps
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.plan import PlannedExercise, Program, Session
from glueplan.domain.program_sheet import load_text
from glueplan.domain.session_load import session_minutes
from glueplan.domain.thresholds import builtin_thresholds
from glueplan.domain.trainee import Trainee
from glueplan.domain.trainee_names import unnamed_own
from glueplan.store.repository import Repository

DEFAULT_MINUTES = 45  # the length of a session whose exercises give no estimate


def plans_calendar(repository: Repository, trainees: Iterable[tuple[int, Trainee]], language: Language) -> bytes:
    """Every planned session of every program of the trainees, as an .ics file's bytes. Names glueplan
    gave ("Me", "Workout 1") are written in ``language``, as the window shows them; someone's own weeks
    (trainee_names.unnamed_own) name no one ("Me: Workout 1" read as a bug)."""
    trainees = list(trainees)
    named = not (len(trainees) == 1 and unnamed_own(trainees[0][1].name, len(repository.trainee_names())))
    catalog = repository.catalog()
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    events: list[Event] = []
    whose: list[str] = []
    programs: list[str] = []
    for trainee_id, stored in trainees:
        trainee = trainee_in_language(stored, language)
        whose.append(trainee.name)
        for program_id, _name in repository.programs(trainee_id):
            program = program_in_language(repository.program(program_id), language)
            programs.append(program.name)
            for number, week in enumerate(program.weeks):
                events.extend(_event(program, program_id, number, session, trainee, named, catalog, language, stamp)
                              for session in week.sessions)
    names = ", ".join(whose) if named else ""
    calendar = Calendar.new(prodid=f"-//glueplan//glueplan {__version__}//EN",
                            name=" – ".join(part for part in ("glueplan", names, ", ".join(dict.fromkeys(programs)))
                                            if part),
                            description=messages()("export.calendar_description", language, trainees=names) if named
                            else messages()("export.calendar_description_own", language),
                            subcomponents=events)
    return calendar.to_ical()


def _event(program: Program, program_id: int, week: int, session: Session, trainee: Trainee, named: bool,
           catalog: Catalog, language: Language, stamp: datetime) -> Event:
    day = program.date_of(week, session.day)
    assert day is not None, "stored programs have a start date"
    start = datetime.combine(day, session.time)
    minutes = session_minutes(session, catalog, builtin_thresholds()[trainee.level]) or DEFAULT_MINUTES
    title = session.title or messages()("export.session", language)
    return Event.new(
        uid=f"glueplan-{program_id}-{week + 1}-{session.id}@glueplan",
        stamp=stamp,
        start=start,
        end=start + timedelta(minutes=round(minutes)),
        summary=f"{trainee.name}: {title} · {program.name}" if named else f"{title} · {program.name}",
        description="\n".join(_line(item, catalog, trainee, language) for item in session.items),
        categories=["glueplan"],
    )


def _line(item: PlannedExercise, catalog: Catalog, trainee: Trainee, language: Language) -> str:
    """ "Hip thrust: 3 × 8–12, RIR 2, rest 1:30, 60 kg" in the chosen language: the dose as the week's cells and the
    sheet say it, the rest named, as "1:30" alone read like a time of day in a phone's event."""
    exercise = catalog.exercise(item.exercise_id)
    parts = [sets_reps(item.prescription, exercise.laterality is Laterality.UNILATERAL, language),
             rir_said(item.prescription.rir, language), rest_said(item.prescription.rest_s, language),
             load_text(item, LoadKind.of(exercise), trainee.units, language)]
    note = f" ({item.note})" if item.note else ""
    return f"{exercise.name[language]}: {', '.join(parts)}{note}"
