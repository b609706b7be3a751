"""Program sheets printed to real PDF files and read back with pypdf."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from pathlib import Path

from msgspec.structs import replace
import pytest
from pypdf import PdfReader

from glueplan.app import clock
from glueplan.cli import main
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.dose_words import rest_said
from glueplan.domain.language import Language, Localized, decimal
from glueplan.domain.messages import messages
from glueplan.domain.plan import PlannedExercise, Program, Session, Week, Weekday, next_monday
from glueplan.domain.paper import Paper
from glueplan.domain.program_sheet import ProgramSheet, SheetOptions, WeekRange, build_sheet
from glueplan.domain.rules import validate
from glueplan.domain.templates import builtin_templates
from glueplan.domain.trainee import Level, Trainee
from glueplan.ui.print.page_flow import Block, paginate, together
from glueplan.ui.print.pdf import write_sheet_pdf
from glueplan.ui.print.print_dialog import sheet_file_title
from glueplan.ui.shared.logged_text import clock_text
from glueplan.ui.shared.rir_meaning import rir_defined

START = date(2026, 3, 2)
PRINTED = date(2026, 2, 27)


def sheet_of(template: str, language: Language = Language.EN, trainee: str = "Ane", program_name: str | None = None,
             note: str = "", start: date = START, length: int | None = None, trainees: int = 1,
             **options: object) -> ProgramSheet:
    catalog = builtin_catalog()
    program = replace(builtin_templates()[template].program(catalog, language, weeks=length), start=start)
    if program_name is not None:
        program = replace(program, name=program_name)
    if note:
        week = program.weeks[0]
        session = week.sessions[0]
        first = replace(session.items[0], note=note)
        program = replace(program, weeks=(replace(week, sessions=(replace(session, items=(first, *session.items[1:])),
                                                                  *week.sessions[1:])),) + program.weeks[1:])
    person = Trainee(trainee)
    return build_sheet(program, person, validate(program, catalog, person.level), catalog,
                       SheetOptions(language, **options), PRINTED, trainees)  # type: ignore[arg-type]


READ_BACK: dict[ProgramSheet, list[str]] = {}  # the pages of each sheet printed in this run


def pages_of(sheet: ProgramSheet, tmp_path: Path) -> list[str]:
    """The pages of the sheet printed to a PDF file and read back; a sheet equal to one printed already (11 of the
    38 the tests print) is not printed again: pypdf takes most of a second to read one back, the figures' paths
    and all."""
    if sheet not in READ_BACK:
        out = tmp_path / "sheet.pdf"
        count = write_sheet_pdf(sheet, out)
        READ_BACK[sheet] = read_pages(out)
        assert len(READ_BACK[sheet]) == count
    return list(READ_BACK[sheet])


def read_pages(pdf: Path) -> list[str]:
    """Each page's text, spaces as one; NFKC: the PDF's ligatures (ﬀ) read back as the letters typed."""
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text())) for page in PdfReader(pdf).pages]


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("template", ["seed-000", "seed-002"])
def test_templates_print_names_doses_cues_mistakes_grids_and_footers(qapp: object, tmp_path: Path, template: str,
                                                                     language: Language) -> None:
    sheet = sheet_of(template, language)
    pages = pages_of(sheet, tmp_path)
    text = messages()
    assert len(pages) >= 1 + len(sheet.sections)
    everything = " ".join(pages)
    for number, page in enumerate(pages, start=1):
        assert text("sheet.page", language, page=number, pages=len(pages)) in page
    for section in sheet.sections:
        for block in section.exercises:
            assert block.name in everything and block.sets_reps in everything
            assert block.cues[0][:25] in everything and block.mistake[:25] in everything
    assert text("sheet.column.reps", language) in everything and text("sheet.notes", language) in everything
    assert text("sheet.week_one", language, week=6) in everything


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("template", ["seed-000", "seed-002"])
def test_a_heading_is_printed_on_the_page_of_what_it_heads(qapp: object, tmp_path: Path, template: str,
                                                           language: Language) -> None:
    """The hard sets' heading with their table: a page does not end on a heading (the gluteus
    medius program in Danish, with a note that makes its week plan a line longer, did)."""
    text = messages()
    sheet = sheet_of(template, language, note="Hold knæet over 2. tå")
    pages = pages_of(sheet, tmp_path)
    headed = {text("sheet.volume_heading", language): sheet.volume[0].muscle}  # the table's first row
    for heading, first in headed.items():
        page = next(page for page in pages if heading in page)
        assert first in page[page.index(heading):], heading


def test_no_exercise_block_is_split_across_pages(qapp: object, tmp_path: Path) -> None:
    """After each exercise's heading (name and dose) come its most common mistake and its notes
    line, on the same page, before the next heading."""
    sheet = sheet_of("seed-002")
    pages = pages_of(sheet, tmp_path)
    blocks = [block for section in sheet.sections for block in section.exercises]
    headings = {f"{block.name} {block.sets_reps}": block.mistake[:25] for block in blocks}
    seen = 0
    for page in pages[1:]:
        starts = sorted((found.start(), heading, mistake) for heading, mistake in headings.items()
                        for found in re.finditer(re.escape(heading), page))
        for (start, _heading, mistake), end in zip(starts, [s for s, _h, _m in starts[1:]] + [len(page)], strict=True):
            assert mistake in page[start:end] and "Notes" in page[start:end]
        seen += len(starts)
    assert seen == len(blocks)


def test_user_text_prints_as_typed_and_wraps(qapp: object, tmp_path: Path) -> None:
    long_note = " ".join(["zebra"] * 37)[:300]
    sheet = sheet_of("seed-000", program_name="<b>Ane</b> &amp; <img src=x.png> 🍑", trainee="Bo & <i>Li</i>",
                     note=long_note)
    pages = pages_of(sheet, tmp_path)
    assert "<b>Ane</b> &amp; <img src=x.png>" in pages[0] and "Bo & <i>Li</i>" in pages[0]
    assert " ".join(pages).count("zebra") == 37  # every word of the note is printed, over several lines


def test_letter_and_a4_page_sizes(qapp: object, tmp_path: Path) -> None:
    sizes = {}
    for paper in Paper:
        out = tmp_path / f"{paper}.pdf"
        write_sheet_pdf(sheet_of("seed-000", paper=paper), out)
        box = PdfReader(out).pages[0].mediabox
        sizes[paper] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {Paper.A4: (595, 842), Paper.LETTER: (612, 792)}


def test_a_week_range_prints_only_those_weeks(qapp: object, tmp_path: Path) -> None:
    pages = pages_of(sheet_of("seed-000", weeks=WeekRange.parse("2-3", 6)), tmp_path)
    everything = " ".join(pages)
    assert "Week 2 · 9 Mar" in everything and "Week 3 · 16 Mar" in everything
    assert "Week 1 ·" not in everything and "Week 4 ·" not in everything
    assert "Weeks 2–3" in pages[0]


def test_without_illustrations_and_log_grids(qapp: object, tmp_path: Path) -> None:
    full = pages_of(sheet_of("seed-002"), tmp_path)
    bare = pages_of(sheet_of("seed-002", illustrations=False, log_grids=False), tmp_path)
    assert len(bare) < len(full)
    assert "Notes" not in " ".join(bare) and "kg Reps RIR" not in " ".join(bare)


def test_print_command_writes_a_pdf(qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["print", "--program", "seed-002", "--out", str(out), "--lang", "nb", "--paper", "letter",
                 "--weeks", "1-2", "--no-illustrations"]) == 0
    first_monday = next_monday(clock.today())  # a template started today begins on this Monday
    assert re.search(rf"Uke 1 · {first_monday.day}\. [a-zæøå]+\.", read_pages(out)[1])
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(("argv", "said"), [
    (["--weeks", "9"], "The program has 6 weeks, so weeks 9 cannot be printed."),
    (["--weeks", "1-x"], "Weeks must be all, one week such as 3, or a range such as 1-4, not “1-x”."),
    (["--trainee", "Nobody"], "No trainee is named “Nobody”"),
])
def test_print_command_says_what_is_wrong(qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          argv: list[str], said: str) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["print", "--program", "seed-000", "--out", str(out), *argv]) == 2
    assert said in capsys.readouterr().err
    assert not out.exists()


def test_a_program_prescribed_differently_in_a_week_says_so(qapp: object) -> None:
    catalog = builtin_catalog()
    program = replace(builtin_templates()["seed-000"].program(catalog, Language.EN, weeks=3), start=START)
    week = program.weeks[2]
    session = week.sessions[0]
    lighter: PlannedExercise = replace(session.items[0], prescription=replace(session.items[0].prescription, sets=1))
    program = replace(program, weeks=program.weeks[:2] + (replace(week, sessions=(replace(
        session, items=(lighter, *session.items[1:])), *week.sessions[1:])),))
    sheet = build_sheet(program, Trainee("Ane"), validate(program, catalog), catalog, SheetOptions(), PRINTED,
                        trainees_shown=1)
    block = sheet.sections[0].exercises[0]
    assert block.sets_per_week == (2, 2, 1)
    assert [(v.weeks, v.sets_reps) for v in block.variations] == [("3", "1 × 8–10")]
    assert [(run.first, run.last) for run in sheet.runs] == [(1, 2), (3, 3)]



@pytest.mark.parametrize("language", list(Language))
def test_the_clients_hard_sets_are_the_plans_numbers_written_plainly(qapp: object, tmp_path: Path,
                                                                    language: Language) -> None:
    """A Danish coach's sheet marked her beginner's own plan "15 ↑" in red against the level's band
    (6-10 sets for the gluteus maximus), and a count under it "↓": on the client's sheet that reads as
    "too much". The sheet prints the plan's counts as they are, with no band, arrow or colour; the
    judgement is the coach's, on screen. A deload's column still says why its count is lower."""
    catalog = builtin_catalog()
    program = replace(builtin_templates()["seed-000"].program(catalog, language, weeks=10), start=START)  # 6: deload
    person = Trainee("Ane", level=Level.BEGINNER)
    report = validate(program, catalog, person.level)
    band = report.weeks[0].muscles["gluteus_maximus"].band
    assert band is not None and report.weeks[0].muscles["gluteus_maximus"].hard_sets > band.high
    sheet = build_sheet(program, person, report, catalog, SheetOptions(language), PRINTED, trainees_shown=1)
    text = messages()
    pages = pages_of(sheet, tmp_path)
    everything = " ".join(pages)
    explained = text("sheet.rir_explained", language, rir=rir_defined(language))
    table = everything.split(text("sheet.volume_heading", language))[1].split(explained)[0]
    maximus = next(row for row in sheet.volume if row.muscle == catalog.muscle("gluteus_maximus").name[language])
    counts = " ".join(decimal(sets, language) for sets in maximus.hard_sets)
    assert f"{maximus.muscle} {counts} " in table
    assert f"{text('sheet.week_many', language, week='1–5')} {text('sheet.week_one', language, week=6)} · " \
           f"{text('sheet.deload', language)}" in table
    assert "↑" not in everything and "↓" not in everything
    assert f"{decimal(band.low, language)}–{decimal(band.high, language)}" not in table


def test_pages_keep_blocks_whole_and_split_only_what_is_taller_than_a_page() -> None:
    def block(height: float, parts: list[Block] | None = None) -> Block:
        return Block(height, lambda _painter, _x, _y: None, 2.0, parts or [])

    tall = block(150.0, [block(60.0), block(60.0), block(30.0)])
    pages = paginate([block(40.0), block(40.0), block(30.0), tall], body_height=100.0)
    assert [[(p.y, p.block.height) for p in page] for page in pages] == [
        [(0.0, 40.0), (42.0, 40.0)], [(0.0, 30.0), (32.0, 60.0)], [(0.0, 60.0), (62.0, 30.0)]]
    assert all(p.y + p.block.height <= 100.0 for page in pages for p in page)


def test_a_heading_kept_together_with_what_it_heads_moves_with_it() -> None:
    """The sheet's headings (the hard sets', the rules') go with their first block: a heading
    that fits at the foot of a page whose next block does not is moved to the next page too."""
    def block(height: float, space_before: float = 0.0) -> Block:
        return Block(height, lambda _painter, _x, _y: None, space_before)

    filler, heading, first = block(80.0), block(8.0, 4.0), block(30.0, 1.0)
    apart = paginate([filler, heading, first], body_height=100.0)
    assert [[p.block for p in page] for page in apart] == [[filler, heading], [first]]  # the page ends on it
    kept = paginate([filler, together(heading, first)], body_height=100.0)
    assert [[p.block.height for p in page] for page in kept] == [[80.0], [39.0]]  # 8 + 1 + 30, whole


@pytest.mark.parametrize("language", list(Language))
def test_a_session_carried_over_to_another_page_says_it_continues(qapp: object, tmp_path: Path,
                                                                  language: Language) -> None:
    sheet = sheet_of("seed-000", language, paper=Paper.LETTER)  # on A4 each workout fits on its page
    pages = pages_of(sheet, tmp_path)
    headings = [f"{messages()(f'weekday.{s.days[0].code}', language).capitalize()} {clock_text(s.times[0], language)}"
                f" · {s.title}"
                for s in sheet.sections]
    continued = messages()("sheet.continued", language, title="").strip()
    carried = 0
    for number, page in enumerate(pages[1:], start=2):
        body = page.split(messages()("sheet.page", language, page=number, pages=len(pages)), 1)[1].strip()
        heading = next(h for h in headings if body.startswith(h))  # every page starts with its session's title
        carried += body[len(heading):].startswith(f" {continued}")
    assert carried  # seed-000's workouts do not all fit on a Letter page each


def test_the_load_line_suits_weights_bodyweight_and_bands(qapp: object) -> None:
    loads = {block.exercise_id: block.load for section in (*sheet_of("seed-000").sections,
                                                           *sheet_of("seed-002").sections)
             for block in section.exercises}
    assert loads["barbell_hip_thrust"].startswith("heavy enough to leave")
    assert loads["single_leg_box_squat"].startswith("your own bodyweight")
    assert loads["monster_walk"].startswith("a band stiff enough")


def test_a_band_exercises_log_grid_asks_for_the_band(qapp: object, tmp_path: Path) -> None:
    pages = pages_of(sheet_of("seed-002", Language.DA), tmp_path)
    monster_walk = next(page for page in pages[1:] if "Sidelæns gang med elastik 2 × 10–15" in page)
    grids = monster_walk.split("Sidelæns gang med elastik 2 × 10–15")[1].split("Bulgarsk split squat")[0]
    assert "Elastik Gent. RIR" in grids and "kg Gent." not in grids


def own_exercise_sheet(looks_like: str | None) -> ProgramSheet:
    """A one-week program of an own exercise drawn, in the app, as the built-in one it looks like."""
    catalog = builtin_catalog()
    mine = replace(catalog.exercise("clamshell"), id="own-1", name=Localized.same("Band clam"), custom=True,
                   looks_like=looks_like)
    catalog = catalog.with_exercises([mine])
    session = Session(Weekday.MON, time(8), "Hip", (PlannedExercise(mine.id, mine.prescription),))
    program = Program("Rehab", (Week((session,)),), START)
    person = Trainee("Ane")
    return build_sheet(program, person, validate(program, catalog, person.level), catalog,
                       SheetOptions(Language.EN), PRINTED, trainees_shown=1)


def test_an_own_exercise_prints_the_figure_it_looks_like(qapp: object, tmp_path: Path) -> None:
    """The library, panel, calendar and log drew an own exercise as the one it looks like; the
    sheet printed it with no figure."""
    drawn, bare = own_exercise_sheet("clamshell"), own_exercise_sheet(None)
    assert [block.figure_id for block in drawn.sections[0].exercises] == ["clamshell"]
    assert [block.figure_id for block in bare.sections[0].exercises] == [None]
    sizes = {}
    for name, sheet in (("drawn", drawn), ("bare", bare)):
        write_sheet_pdf(sheet, tmp_path / f"{name}.pdf")
        sizes[name] = (tmp_path / f"{name}.pdf").stat().st_size
    assert sizes["drawn"] > sizes["bare"] + 10_000  # the start and end figures' paths


def test_the_clients_sheet_says_nothing_of_the_planners_findings(qapp: object, tmp_path: Path) -> None:
    """A physiotherapist's Danish sheet printed, on a page of its own, that the sessions took
    'mere end dine 30 min.': the rules' findings speak to the planner, who sees them in the app.
    The sheet is the client's: no findings, no check heading, and no page left nearly empty."""
    catalog = builtin_catalog()
    program = replace(builtin_templates()["seed-002"].program(catalog, Language.DA), start=START)
    person = Trainee("Ane", session_minutes=25)
    report = validate(program, catalog, person.level, session_minutes_budget=person.session_minutes)
    assert report.findings  # the sessions take longer than her 25 min
    sheet = build_sheet(program, person, report, catalog, SheetOptions(Language.DA), PRINTED, trainees_shown=1)
    pages = pages_of(sheet, tmp_path)
    everything = " ".join(pages)
    assert "dine 25 min" not in everything and "Træningen mandag" not in everything
    assert "Tjek af reglerne" not in everything and "Advarsel" not in everything  # the check's heading, its label
    assert "Mandag 17.30 · Gluteus medius A" in pages[1]  # the second page is the first session's


def test_a_session_is_kept_on_one_page_when_it_fits_and_wastes_no_page_when_it_does_not() -> None:
    """A session that fits on a page goes whole onto the next page rather than be split; one
    taller than a page is split anyway, and starts where the last one ended when that spreads it
    over no more pages (each session began on a page of its own: a third exercise alone on a
    page, then the next session on a new one, 2 sessions on 4 pages where 3 hold them)."""
    def block(height: float, space_before: float = 0.0, parts: list[Block] | None = None) -> Block:
        return Block(height, lambda _painter, _x, _y: None, space_before, parts or [])

    front = block(30.0)
    fits = block(80.0, 5.0, [block(40.0), block(35.0, 5.0)])
    pages = paginate([front, fits], body_height=100.0)
    assert [[p.block.height for p in page] for page in pages] == [[30.0], [80.0]]  # whole, on the next page
    tall = [block(130.0, 5.0, [block(60.0), block(30.0, 5.0), block(30.0, 5.0)]) for _session in range(2)]
    pages = paginate([front, *tall], body_height=100.0)
    assert [[p.block.height for p in page] for page in pages] == [[30.0, 60.0], [30.0, 30.0], [60.0, 30.0],
                                                                  [30.0]]
    late = block(98.0)  # nothing of a tall session fits under it: the session starts on the next page
    pages = paginate([late, *tall], body_height=100.0)
    assert [[p.block.height for p in page] for page in pages] == [[98.0], [60.0, 30.0], [30.0, 60.0], [30.0, 30.0]]
    spread = block(155.0, 5.0, [block(45.0), block(50.0, 5.0), block(50.0, 5.0)])
    pages = paginate([block(50.0), spread], body_height=100.0)  # begun here, it would be on 3 pages
    assert [[p.block.height for p in page] for page in pages] == [[50.0], [45.0, 50.0], [50.0]]


@pytest.mark.parametrize(("paper", "titled"), [
    (Paper.A4, [[True, False], [False, True]]),  # each session on a page of its own
    (Paper.LETTER, [[True, False], [True, True], [False, True]]),
])
def test_two_sessions_of_three_exercises_take_no_page_alone(qapp: object, tmp_path: Path, paper: Paper,
                                                            titled: list[list[bool]]) -> None:
    """The Danish gluteus medius sheet: each session's third exercise sat alone on a page. On A4 each
    session is now printed on a page of its own, its spaces drawn a little tighter (3 pages, were 4)."""
    sheet = sheet_of("seed-002", Language.DA, paper=paper)
    pages = pages_of(sheet, tmp_path)
    titles = ["Mandag 17.30 · Gluteus medius A", "Torsdag 17.30 · Gluteus medius B"]
    assert [[title in page for title in titles] for page in pages[1:]] == titled


def exercises_on_pages(sheet: ProgramSheet, pages: list[str]) -> list[int]:
    """How many exercise blocks each page holds, by their most common mistakes (one to a block)."""
    assert all(block.mistake for section in sheet.sections for block in section.exercises)
    label = messages()("sheet.mistake", sheet.language)
    return [page.count(f"{label}: ") for page in pages]


@pytest.mark.parametrize("language", list(Language))
def test_a_workout_that_fits_on_a_page_is_printed_on_one_and_no_page_holds_a_lone_exercise(
        qapp: object, tmp_path: Path, language: Language) -> None:
    """seed-000 on A4 ended on a page of one exercise, Workout 3's third, under its title said again,
    and later took five pages, its first two workouts split two and one, one and two (261-266 mm against a
    253 mm page). With the spaces between blocks and the rows of the log grids drawn a little tighter
    where that saves a page, each workout is printed on a page of its own: 4 pages, none continued."""
    sheet = sheet_of("seed-000", language)
    pages = pages_of(sheet, tmp_path)
    assert exercises_on_pages(sheet, pages) == [0, 3, 3, 3]
    assert messages()("sheet.continued", language, title="").strip() not in " ".join(pages)


def mads_sheet(paper: Paper) -> ProgramSheet:
    """A Danish coach's beginner: the gluteus medius program over ten weeks (a deload in week 6),
    and a Saturday session of one exercise she added."""
    catalog = builtin_catalog()
    program = replace(builtin_templates()["seed-002"].program(catalog, Language.DA, weeks=10), start=date(2026, 12, 7))
    bridge = catalog.exercise("glute_bridge")
    saturday = Session(Weekday.SAT, time(17, 30), "Træning 1", (PlannedExercise(bridge.id, bridge.prescription),))
    program = replace(program, weeks=tuple(replace(week, sessions=(*week.sessions, saturday))
                                           for week in program.weeks))
    person = Trainee("Mads Jørgensen", level=Level.BEGINNER)
    return build_sheet(program, person, validate(program, catalog, person.level), catalog,
                       SheetOptions(Language.DA, paper), PRINTED, trainees_shown=1)


@pytest.mark.parametrize(("paper", "count", "per_page"), [
    (Paper.A4, 5, [0, 1, 2, 2, 2]),  # were 7: [0, 0, 2, 1, 2, 1, 1]
    (Paper.LETTER, 6, [0, 0, 2, 2, 2, 1]),  # were 9, one exercise a page
])
def test_a_session_starts_under_the_one_before_where_it_fits_and_no_page_is_left_to_one_exercise(
        qapp: object, tmp_path: Path, paper: Paper, count: int, per_page: list[int]) -> None:
    """Mads' Danish sheet took 7 pages for a 2-day program: each session's third exercise sat alone
    on a page under its title said again, and the next session began on a new page, for a few
    millimetres. The sessions now begin where they fit, their spaces and log rows a little tighter
    where that saves a page; only the Saturday session of one exercise is left alone, on the last."""
    sheet = mads_sheet(paper)
    pages = pages_of(sheet, tmp_path)
    assert len(pages) == count
    assert exercises_on_pages(sheet, pages) == per_page
    assert "Lørdag 17.30 · Træning 1" in pages[-1] and "Træning 1 (fortsat)" not in pages[-1]


@pytest.mark.parametrize("language", list(Language))
def test_the_sheet_writes_rests_as_the_app_does(language: Language) -> None:
    """The week plan and each exercise write a rest as a clock shows it ("1:30"), as the calendar,
    the log and Plan my week do; the sheet wrote "90 sek." and "2 min." (H50). The week plan's column is headed
    Rest; beside an exercise's dose the rest is named as everywhere else ("rest 1:30")."""
    from glueplan.domain.language import rest_clock

    program = builtin_templates()["seed-002"].program(builtin_catalog(), language)
    planned = {item.prescription.rest_s for week in program.weeks for session in week.sessions
               for item in session.items}
    sheet = sheet_of("seed-002", language)
    assert {dose.rest for run in sheet.runs for day in run.days for session in day.sessions
            for dose in session.doses} == {rest_clock(seconds) for seconds in planned}
    assert {block.rest for section in sheet.sections for block in section.exercises} == \
        {rest_said(seconds, language) for seconds in planned}


@pytest.mark.parametrize(("language", "titled", "headed"), [
    (Language.EN, ("2 March – 12 April 2026", "7 December 2026 – 14 February 2027"),
     ("2 Mar – 6 Apr 2026", "7 Dec 2026 – 8 Feb 2027")),
    (Language.DA, ("2. marts – 12. april 2026", "7. december 2026 – 14. februar 2027"),
     ("2. mar. – 6. apr. 2026", "7. dec. 2026 – 8. feb. 2027")),
    (Language.NB, ("2. mars – 12. april 2026", "7. desember 2026 – 14. februar 2027"),
     ("2. mars – 6. apr. 2026", "7. des. 2026 – 8. feb. 2027")),
])
def test_a_period_writes_both_ends_alike_and_the_year_once_when_they_share_it(
        qapp: object, tmp_path: Path, language: Language, titled: tuple[str, str], headed: tuple[str, str]) -> None:
    """A Danish session heading read "10. dec. – 11. februar 2027": one end short, the other
    written out. The first page writes its period out, a session's heading short, both ends alike."""
    for start, length, title, heading in ((START, None, titled[0], headed[0]),
                                          (date(2026, 12, 7), 10, titled[1], headed[1])):
        pages = pages_of(sheet_of("seed-002", language, start=start, length=length), tmp_path)
        assert title in pages[0]
        assert heading in " ".join(pages[1:])


@pytest.mark.parametrize(("trainee", "trainees", "named"), [("Me", 1, False), ("Me", 3, True), ("Ane", 1, True)])
def test_a_sheet_of_ones_own_names_no_trainee(tmp_path: Path, trainee: str, trainees: int, named: bool) -> None:
    """The first profile's sheet read "Trainee Me" on its first page and "Me" atop every page (Sam's walk; failed
    before): the sheet of someone using glueplan alone names no one, and a client's names them. A coach's own "Me"
    beside two clients had no trainee line either, as one sheet among theirs (review 2.3; failed before): it is
    named."""
    sheet = sheet_of("seed-002", trainee=trainee, length=1, trainees=trainees, illustrations=False, log_grids=False)
    first = pages_of(sheet, tmp_path)[0]
    assert ("Trainee" in first) is named and (sheet.trainee == trainee) is named
    assert sheet_file_title(sheet) == (f"{sheet.program} – {trainee}" if named else sheet.program)


def kari_sheet(language: Language) -> ProgramSheet:
    """A Norwegian physiotherapist's client: the gluteus medius program from Monday 30 November 2026, its first
    week's sessions moved a day on, A from Monday to Tuesday (her first session, today) and B to Friday."""
    catalog = builtin_catalog()
    program = replace(builtin_templates()["seed-002"].program(catalog, language), start=date(2026, 11, 30))
    first, *rest = program.weeks
    later = {Weekday.MON: Weekday.TUE, Weekday.THU: Weekday.FRI}
    program = replace(program, weeks=(replace(first, sessions=tuple(replace(s, day=later[s.day])
                                                                     for s in first.sessions)), *rest))
    person = Trainee("Kari", level=Level.BEGINNER)
    return build_sheet(program, person, validate(program, catalog, person.level), catalog, SheetOptions(language),
                       date(2026, 12, 1), trainees_shown=1)


def test_a_week_moved_a_day_prints_each_session_once_in_the_order_she_trains(qapp: object, tmp_path: Path) -> None:
    """Kari's sheet printed its sessions by weekday: Monday's A of weeks 2-6 first, her first session (week 1's A
    on Tuesday) on page 4, and each session twice with the same text, on 6 pages, the second nearly blank. Each
    session is now printed once, by the date it first comes, with the day it is on in each week: 4 pages."""
    pages = pages_of(kari_sheet(Language.NB), tmp_path)
    assert len(pages) == 4
    sessions, at = " ".join(pages[1:]), clock_text(time(17, 30), Language.NB)
    a = sessions.index(f"Gluteus medius A Uke 1: tirsdag kl. {at} · Uke 2–6: mandag kl. {at} · 1. des. 2026 –")
    b = sessions.index(f"Gluteus medius B Uke 1: fredag kl. {at} · Uke 2–6: torsdag kl. {at} · 4. des. 2026 –")
    assert a < b
    assert sessions.count("Sideliggende beinløft (hofteabduksjon) 2 × 12–20 per side") == 1
    assert sessions.count("Sidelengs gange med strikk 2 × 10–15") == 1
    grid = sessions[a:b]
    assert grid.index("Uke 1 · 1. des.") < grid.index("Uke 2 · 7. des.") < grid.index("Uke 6 · 4. jan.")
