"""The user's own program templates in the database: a program saved as a plan file's JSON."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from msgspec.structs import replace
from sqlalchemy import delete, insert, select

from glueplan.domain.plan import Program
from glueplan.domain.plan_file import plan_to_data
from glueplan.domain.templates import Template, own_template
from glueplan.domain.trainee import Level
from glueplan.store.database import Store
from glueplan.store.schema import OwnTemplateRow


def template_plan(name: str, program: Program, level: Level) -> Any:
    """What a template called ``name`` keeps of a program: its weeks (not its dates or database ids)
    as a plan file's data, named as a program started from it will be, with the trainee's level."""
    return plan_to_data(replace(program, name=name), level)


def add_template(store: Store, name: str, plan: Any, number: int | None = None, made: datetime | None = None) -> int:
    """Keep a plan (``template_plan``) as a template called ``name``; ``number`` and ``made`` (as
    ``template_made`` read it) bring back a deleted one under its id, or a new one where another
    window brought the same template back first. Returns its number."""
    values = {"name": name, "plan": plan, "created_at": made or datetime.now()}
    with store.transaction() as session:
        if number is not None and session.scalar(select(OwnTemplateRow.id).where(OwnTemplateRow.id == number)) is None:
            values["id"] = number
        return session.execute(insert(OwnTemplateRow).values(values).returning(OwnTemplateRow.id)).scalar_one()


def template_made(store: Store, number: int) -> datetime | None:
    """When the template under this number was kept (None: there is none), for an undone deletion
    to bring it back as it was."""
    with store.reading() as session:
        return session.scalar(select(OwnTemplateRow.created_at).where(OwnTemplateRow.id == number))


def delete_template(store: Store, number: int) -> None:
    """Delete a template; one gone already (deleted in another window) is no failure. No number is
    given twice (schema.Numbered), so the one under it is the one meant."""
    with store.transaction() as session:
        session.execute(delete(OwnTemplateRow).where(OwnTemplateRow.id == number))


def own_templates(store: Store) -> list[Template]:
    """The user's templates, oldest first."""
    with store.reading() as session:
        rows = session.execute(select(OwnTemplateRow.id, OwnTemplateRow.name, OwnTemplateRow.plan)
                               .order_by(OwnTemplateRow.id)).all()
    return [own_template(number, name, plan) for number, name, plan in rows]

