"""What makes a logged set the same set in two databases, so that reading a backup or an export
back adds none of its sets a second time (stored as ``logged_set.import_key``).

A set imported from another app keeps the key its importer made of its place in the file's
workout (glueplan/store/imports/record.py). A set logged in glueplan is given a random identity
as it is logged, and keeps it when its time, load or reps are corrected: a backup taken before
the correction holds the same set, not another. Sets logged before identities were stored
(revision 0009), and backups written then, have none: theirs is made of what the set was
(``old_identities``), the same way for the database and for each such backup.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

LOGGED = "logged|"  # how the identity of a set logged in glueplan begins


def new_identity() -> str:
    """A set's identity as it is logged: 72 random bits (no two sets of anyone's log share one)."""
    return LOGGED + secrets.token_urlsafe(9)


class OldSet(NamedTuple):
    """A stored set as far as its identity goes; ``import_key`` None: it has none yet."""

    trainee_id: int
    performed_at: datetime
    exercise_id: str
    weight_kg: float
    reps: int
    import_key: str | None


def old_identities(sets: Iterable[OldSet]) -> list[str]:
    """Each set's identity in order: its own, else its moment to the microsecond and what was
    lifted. Twins (the same moment and load, such as a left and a right set logged in one
    second) are told apart by number from the second on, in the order given (their ids').
    Never change how: identities made here are in databases and must match backups' sets."""
    ordered = list(sets)
    taken = {(each.trainee_id, each.import_key) for each in ordered if each.import_key is not None}
    found: list[str] = []
    for trainee_id, performed_at, exercise_id, weight_kg, reps, import_key in ordered:
        if import_key is None:
            made = f"{LOGGED}{performed_at.isoformat()}|{exercise_id}|{weight_kg!r}|{reps}"
            import_key, number = made, 1
            while (trainee_id, import_key) in taken:
                number += 1
                import_key = f"{made}|{number}"
            taken.add((trainee_id, import_key))
        found.append(import_key)
    return found
