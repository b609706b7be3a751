"""Names glueplan gives (template titles, the first profile's name) follow the language until
the user renames them (issue 12, defect 5)."""

from __future__ import annotations

from glueplan.app.opening import open_workspace
from glueplan.app.program_edits import EditProgram
from glueplan.app.workspace import Workspace
from glueplan.domain.commands import EditSession, SessionHead
from glueplan.domain.default_names import in_language
from glueplan.domain.language import Language
from glueplan.domain.trainee import Trainee, Units, kilograms
from glueplan.store.database import Store


def titles(workspace: Workspace) -> list[str]:
    assert workspace.program is not None
    return [session.title for session in workspace.program.weeks[0].sessions]


def test_given_names_are_shown_in_each_language_and_typed_ones_as_typed() -> None:
    assert in_language("Workout 2", Language.DA) == "Træning 2"
    assert in_language("Økt 3", Language.EN) == "Workout 3"
    assert in_language("Me", Language.NB) == "Meg selv"
    assert in_language("Glute program: three workouts", Language.DA) == "Balleprogram: tre træninger"
    assert in_language("Leg day", Language.DA) == "Leg day"


def test_a_program_started_in_english_reads_danish_in_a_danish_window(store: Store, workspace: Workspace) -> None:
    assert titles(workspace) == ["Workout 1", "Workout 2", "Workout 3"] and workspace.trainee.name == "Me"
    danish = open_workspace(store, Language.DA, kilograms)
    assert titles(danish) == ["Træning 1", "Træning 2", "Træning 3"]
    assert danish.trainee.name == "Mig"
    assert [name for _id, name in danish.programs()] == ["Balleprogram: tre træninger"]


def test_switching_language_renames_given_names_and_keeps_the_users(workspace: Workspace) -> None:
    assert workspace.program is not None
    evening = workspace.program.weeks[0].sessions[1].time
    workspace.execute(EditProgram(EditSession(0, 1, SessionHead(evening, "Leg day")), "rename"))
    workspace.set_language(Language.NB)
    assert titles(workspace) == ["Økt 1", "Leg day", "Økt 3"] and workspace.trainee.name == "Meg selv"
    assert [name for _id, name in workspace.programs()] == ["Seteprogram: tre økter"]


def test_an_empty_programs_name_follows_the_language_too() -> None:
    assert in_language("My program", Language.NB) == "Mitt program"


def test_the_profile_is_edited_in_a_window_of_another_language(store: Store) -> None:
    """The first profile, named in English, edited in a Danish window (Edit > Profile, or the units
    in Preferences): its given name is shown as "Mig", and is no change made elsewhere."""
    from msgspec.structs import replace

    from glueplan.app.setup_edits import EditProfile

    open_workspace(store, Language.EN, kilograms)
    danish = open_workspace(store, Language.DA, kilograms)
    units = EditProfile(danish.trainee, replace(danish.trainee, units=Units.LB), "units")
    danish.execute(units)
    assert danish.repository.trainee(danish.trainee_id) == replace(Trainee("Me"), units=Units.LB)
    assert (danish.trainee.name, open_workspace(store, Language.EN, kilograms).trainee.name) == ("Mig", "Me")
    danish.revert(units)
    assert danish.repository.trainee(danish.trainee_id).units is Units.KG
    danish.execute(EditProfile(danish.trainee, replace(danish.trainee, name="Ida"), "rename"))
    assert danish.repository.trainee(danish.trainee_id).name == "Ida"


def test_a_trainee_switched_to_is_named_in_the_windows_language(store: Store) -> None:
    """Back on the first profile (made in English) after showing another, a Danish window still
    calls it "Mig"."""
    open_workspace(store, Language.EN, kilograms)
    danish = open_workspace(store, Language.DA, kilograms)
    first = danish.trainee_id
    danish.switch_trainee(danish.repository.add_trainee(Trainee("Ida")))
    danish.switch_trainee(first)
    assert danish.trainee.name == "Mig"
