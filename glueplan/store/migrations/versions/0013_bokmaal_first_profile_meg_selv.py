"""The first profile's Bokmål name is "Meg selv", no longer "Meg": "Meg" is an English given name
(Margaret) too, so a coach's client "Meg" was taken for the first profile, shown as "Mig" in a Danish
window and "Me" in an English one, and refused beside it (0012 keyed them as one name).

A first profile a Bokmål window made is stored as "Meg" with the language "nb"; it becomes "Meg selv"
("Meg selv (2)" where that is taken). A "Meg" made in another language was typed by a user, a person's
name, and stays. Every key is made again with name_key (store/trainee_rekey.py): "Meg" is no longer a
text of the given name, so its key is no longer the first profile's.

The downgrade keeps the names and keys: they are unique by 0012's rule too, but for a client "Meg"
beside "Meg selv", which 0012 would have refused; the names are the user's now.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from glueplan.domain.trainee_names import free_name, name_key
from glueplan.store.trainee_rekey import TRAINEES, write_names

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(TRAINEES.c.id, TRAINEES.c.name, TRAINEES.c.language)).all()
    taken = {name_key(row.name) for row in rows}
    names = {}
    for row in rows:
        names[row.id] = row.name
        if row.name == "Meg" and row.language == "nb":
            names[row.id] = free_name("Meg selv", taken)
            taken.add(name_key(names[row.id]))
    write_names(connection, names, name_key)


def downgrade() -> None:
    """Nothing to undo: see the module's docstring."""
