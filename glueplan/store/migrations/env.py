"""Alembic environment: runs on the connection glueplan hands over, or on GLUEPLAN_DB/--db
when a developer calls ``alembic`` (configured in pyproject.toml)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from glueplan.store.location import database_url
from glueplan.store.schema import Base

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = create_engine(database_url())
    with engine.begin() as connection:
        _run_on(connection)


def _run_on(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
