"""A part of glueplan that cannot be loaded: a broken or incomplete installation, said in a window with Python's
reason (the store's open: store.broken_install; the Charts tab: charts.broken_install), never a traceback. It shows
as ImportError (a module missing), but also as AttributeError (a library of another version), RuntimeError (a Qt
binding mismatch) or OSError (a shared library gone): whatever an import raises is one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from glueplan.store.errors import StoreError


def why_not_loaded(error: BaseException) -> str:
    """Python's reason an import failed, for a message that says so (its class where it says nothing)."""
    return str(error) or type(error).__name__


@contextmanager
def store_imports() -> Iterator[None]:
    """A block importing what the store's open needs (SQLAlchemy, sqlite3, the store's modules): whatever it raises
    is a broken installation, raised as a StoreError the open says in a window (a SyntaxError of a half-written
    upgrade, a RuntimeError of a library of another version, not ImportError alone)."""
    try:
        yield
    except Exception as error:
        raise StoreError("store.broken_install", reason=why_not_loaded(error)) from error
