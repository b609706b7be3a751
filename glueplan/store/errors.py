"""Failures of the store that the user must read, as message keys so they can be translated."""

from __future__ import annotations

from glueplan.domain.language import Language
from glueplan.domain.messages import messages

SET_GONE = "store.set_gone"  # a logged set that is not (any more) in the database
BAD_LOCATION = "store.bad_location"  # --db or GLUEPLAN_DB names nothing that can be opened


class StoreError(Exception):
    """A database that cannot be used as it is: ``text(language)`` explains what to do."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.text(Language.EN))

    def text(self, language: Language) -> str:
        return messages()(self.key, language, **self.params)


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
