"""The templates a program is started from: the built-in ones, then the user's own (kept in the
database, so every trainee and every computer of a clinic has them)."""

from __future__ import annotations

from glueplan.domain.templates import Template, builtin_templates
from glueplan.store.database import Store
from glueplan.store.own_templates import own_templates


def templates(store: Store) -> list[Template]:
    return [*builtin_templates().values(), *own_templates(store)]
