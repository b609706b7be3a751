"""What two trainees may not share, so that ``--trainee NAME`` names one and no list shows a name
twice: the name as the user sees it, case aside, in every language.

A name glueplan gives is shown in the app's language (default_names): the first profile stored as
"Me" shows as "Mig" in Danish, so a trainee typed as "Mig" (or "MIG") beside it would show as the same
name. Every text of a given name therefore has one key, the English text's: the database holds the
rule for all three languages at once (schema 0012), however the name was stored. Refusing the
translations in a check before the write instead would leave the gap 0011 closed (two computers
adding at one moment) and would not settle the rows already stored.

The key is computed here, not by the database (SQLite's lower() folds only ASCII): a key stored by an
older glueplan may differ from today's where the given names or Python's Unicode data changed since,
so the store never takes a stored key for more than a lookup (Repository.update_trainee compares
the name, not its key), and a change of the given names' texts needs a migration recomputing the
keys, as 0012 does.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable
from functools import cache

from glueplan.domain.default_names import given_names
from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.trainee import NAME_LENGTH


def caseless(name: str) -> str:
    """The name stripped and folded caseless as Unicode says (NFD, casefold, NFD): "Ødegård" is
    "ØDEGÅRD", "Strauß" is "STRAUSS", an "å" typed as a + ring is "å"."""
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", name.strip()).casefold())


@cache
def _given_keys() -> dict[str, str]:
    """Each text of a name glueplan gives, caseless, to the key of all its texts: its English one's."""
    return {caseless(text): caseless(name.en) for name in given_names() for text in name.values()}


def name_key(name: str) -> str:
    """What two trainees may not share: the name caseless, and for a name glueplan gives ("Me",
    "mig", "MEG") one key for every language's text ("me")."""
    key = caseless(name)
    return _given_keys().get(key, key)


def is_default_name(name: str) -> bool:
    """Whether ``name`` is the first profile's, glueplan's name for someone using it alone ("Me", "Mig",
    "Meg selv"), in any language and case: texts about them then read "you", not "Me has…"."""
    return name_key(name) == name_key(messages()("trainee.default_name", Language.EN))


def unnamed_own(name: str, trainees_shown: int) -> bool:
    """Whether what glueplan writes of the trainee ``name`` names no one, glueplan's one policy for it (the
    window's title, the printed sheet, the calendar, an exported file's name): the first profile's name ("Me",
    "Mig") while it is the only trainee shown, not archived, is someone using glueplan alone, for whom "Me –
    glueplan.sqlite", "Trainee: Me" or "Me: Workout 1" read as a bug. Beside clients, a coach's own "Me" is one
    trainee among several, named as they are, so that her sheet, calendar and files are told from theirs."""
    return trainees_shown <= 1 and is_default_name(name)


def free_name(name: str, taken: Collection[str]) -> str:
    """``name``, or where its key is among ``taken`` the first of "name (2)", "name (3)", … that is
    free, shortened to fit the database."""
    candidate, number = name, 1
    while name_key(candidate) in taken:
        number += 1
        suffix = f" ({number})"
        candidate = name[:NAME_LENGTH - len(suffix)].rstrip() + suffix
    return candidate


def unique_names(trainees: Iterable[tuple[int, str]]) -> dict[int, str]:
    """The new names that make trainees' names unique, by id: of two with one name (made at the same
    moment on two computers before the database held the rule, or "Mig" beside the first profile's
    "Me" before 0012), the first made, the lower id, keeps it and the later one becomes "name (2)",
    so that no one is lost and each can be named again."""
    ordered = sorted(trainees)
    taken = {name_key(name) for _id, name in ordered}
    kept: set[str] = set()
    renamed = {}
    for trainee_id, name in ordered:
        if name_key(name) not in kept:
            kept.add(name_key(name))
            continue
        renamed[trainee_id] = free_name(name, taken)
        taken.add(name_key(renamed[trainee_id]))
    return renamed
