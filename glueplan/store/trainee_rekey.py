"""Trainees' names and name keys written again by a migration (0012, 0013) when the rule that keys
a name changes: in two passes, each row's key first set to a value no name's key can be (a key never
starts with a space: names are stripped), so that no row takes a key another row still holds until
its own turn, whatever order the rows are written in."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import sqlalchemy as sa

TRAINEES = sa.table('trainee', sa.column('id', sa.Integer()), sa.column('name', sa.String()),
                    sa.column('name_key', sa.Text()), sa.column('language', sa.String()))


def write_names(connection: sa.Connection, names: Mapping[int, str], key: Callable[[str], str]) -> None:
    """Each trainee of ``names`` (by id) named so, keyed by ``key``."""
    if not names:
        return
    by_id = TRAINEES.update().where(TRAINEES.c.id == sa.bindparam('trainee_id'))
    connection.execute(by_id.values(name_key=sa.bindparam('key')),
                       [{'trainee_id': trainee_id, 'key': f' {trainee_id}'} for trainee_id in names])
    connection.execute(by_id.values(name=sa.bindparam('new_name'), name_key=sa.bindparam('key')),
                       [{'trainee_id': trainee_id, 'new_name': name, 'key': key(name)}
                        for trainee_id, name in names.items()])
