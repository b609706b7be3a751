"""Whose data an export holds: every trainee, or the one named."""

from __future__ import annotations

from glueplan.domain.trainee import Trainee
from glueplan.store.errors import StoreError
from glueplan.store.repository import Repository


def chosen_trainees(repository: Repository, name: str | None) -> list[tuple[int, Trainee]]:
    """All trainees with their ids, or only the one called ``name`` (StoreError if none is)."""
    everyone = [(trainee_id, repository.trainee(trainee_id)) for trainee_id in repository.trainee_ids()]
    if name is None:
        return everyone
    chosen = [(trainee_id, trainee) for trainee_id, trainee in everyone if trainee.name == name.strip()]
    if not chosen:
        raise StoreError("export.unknown_trainee", name=name[:200],
                         known=", ".join(trainee.name for _id, trainee in everyone))
    return chosen
