"""A name glueplan gives has one key in every language: the first profile stored as "Me" shows as
"Mig" in a Danish window, yet 0011 keyed the names as stored, so a trainee "Mig" could be added beside
it and both showed as "Mig" (and a stored "Mig" beside an English "Me" both as "Me"). Every key is
made again with glueplan.domain.trainee_names.name_key, which gives all texts of a given name the
English one's key.

Trainees who now share a key are all kept, as 0011 keeps twins: the first made keeps the name and the
later ones become "Mig (2)" (unique_names). A database upgraded from before 0011 gets these keys from
0011 already (it computes them with the same name_key); this one then changes nothing.

No table is rebuilt: only the keys change (written in two passes: store/trainee_rekey.py).

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from glueplan.domain.trainee_names import caseless, name_key, unique_names
from glueplan.store.trainee_rekey import TRAINEES, write_names

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _key_again(name_key, rename=True)


def downgrade() -> None:
    """0011's keys, the names caseless as stored; names unique by the one key are unique by these too."""
    _key_again(caseless, rename=False)


def _key_again(key: Callable[[str], str], rename: bool) -> None:
    connection = op.get_bind()
    trainees = [(row.id, row.name) for row in connection.execute(sa.select(TRAINEES.c.id, TRAINEES.c.name))]
    write_names(connection, dict(trainees) | (unique_names(trainees) if rename else {}), key)
