"""Failures of the store that the user must read, as message keys so they can be translated."""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from glueplan.domain.default_names import in_language
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.trainee_names import caseless, is_default_name
from glueplan.domain.record import Record

SET_GONE = "store.set_gone"  # a logged set that is not (any more) in the database
# What an edit for a trainee archived (or deleted) since the window read them was: what was not saved.
ARCHIVED_LOG = "store.archived_log"  # a set or a day's note
ARCHIVED_PLAN = "store.archived_plan"  # a program: its weeks, its name or start, a new one, the active one
ARCHIVED_PROFILE = "store.archived_profile"
TRAINEE_GONE = "store.trainee_gone"
BAD_LOCATION = "store.bad_location"  # --db or GLUEPLAN_DB names nothing that can be opened
COMMIT_IN_DOUBT = "store.commit_in_doubt"  # a COMMIT sent as the server went away: it may have been carried out


class Said(Record):
    """A part of a message that is a message of its own, said in the language of the one it is in: why a
    server refused ("server.cause.password") inside "Cannot open the database …", where the driver's English
    words had stood in a Danish sentence."""

    key: str
    params: Mapping[str, object] = msgspec.field(default_factory=dict)

    def text(self, language: Language) -> str:
        return messages()(self.key, language, **self.params)


class StoreError(Exception):
    """A database that cannot be used as it is: ``text(language)`` explains what to do."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.text(Language.EN))

    @property
    def in_doubt(self) -> bool:
        """Whether this is no refusal but a COMMIT in doubt: the write may have been carried out."""
        return self.key == COMMIT_IN_DOUBT

    def text(self, language: Language) -> str:
        return messages()(self.key, language, **{name: value.text(language) if isinstance(value, Said) else value
                                                  for name, value in self.params.items()})


class Unreachable(StoreError):
    """The database is away for now (its server is down, the network share holding its file is not
    there): unlike a damaged or foreign one, it may open if tried again, so the window offers that."""


class StaleProgram(StoreError):
    """The program was saved elsewhere (another window, another computer) since it was read;
    ``saved_by`` (user@computer) names who saved it last, when the store knows."""

    def __init__(self, saved_by: str | None = None) -> None:
        if saved_by:
            super().__init__("store.stale_program_by", saved_by=saved_by)
        else:
            super().__init__("store.stale_program")


class ProgramDeleted(StaleProgram):
    """The program was deleted elsewhere since it was read (not saved: "reloaded to show that change"
    said so of a program that was gone). Who deleted it is not kept: its row went with it."""

    def __init__(self) -> None:
        StoreError.__init__(self, "store.program_deleted")


class StaleSet(StoreError):
    """The logged set was changed elsewhere since it was read."""

    def __init__(self) -> None:
        super().__init__("store.stale_set")


class StaleProfile(StoreError):
    """The trainee's profile was changed elsewhere since it was read."""

    def __init__(self) -> None:
        super().__init__("store.stale_profile")


class StaleNote(StoreError):
    """The day's note was changed elsewhere since it was read."""

    def __init__(self) -> None:
        super().__init__("store.stale_note")


class StaleExercise(StoreError):
    """The user's own exercise was changed (or deleted, or another made under its id) elsewhere
    since it was read."""

    def __init__(self) -> None:
        super().__init__("store.stale_exercise")


class TraineeArchived(StoreError):
    """The trainee an edit was for was archived in another window or on another computer since this
    one read them (``key`` says what was not saved), or is no longer in the database at all
    (TRAINEE_GONE); nothing was written. The window catches up: it shows another trainee."""

    def __init__(self, key: str, name: str = "") -> None:
        super().__init__(key, name=name)


class NameTaken(StoreError):
    """trainee.name_taken, naming the holder as the window shows them: the first profile stored as "Me"
    is "Mig" in a Danish refusal of the "Mig" typed beside it (domain/trainee_names.py). Where what was
    typed is not that shown name but its text in another language ("meg selv" in a Danish window), the
    refusal says so: "»Mig« is taken" alone gave a Dane no clue why."""

    def __init__(self, holder: str, typed: str = "") -> None:
        super().__init__("trainee.name_taken", name=holder, typed=typed)

    def text(self, language: Language) -> str:
        shown, typed = in_language(str(self.params["name"]), language), str(self.params["typed"])
        key = self.key
        if typed.strip() and caseless(typed) != caseless(shown):  # the same name only by a given name's texts
            key = "trainee.name_taken_first_profile" if is_default_name(typed) else "trainee.name_taken_given"
        return messages()(key, language, name=shown, typed=typed.strip())
