"""File > Restore from backup… on a clinic's PostgreSQL database: glueplan cannot put a backup in place of a
server's database, and said only "its backups are made and restored there", though File > Back up now… writes
glueplan's own backups on a server too. It says what does restore one: the server's own backup, or glueplan's put
into a new, empty database with ``glueplan restore`` (tests/store/test_restore_command.py runs it)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.store.database import open_store
from glueplan.store.location import database_url
from glueplan.store.repository import Repository
from glueplan.ui.application import install_translators
from tests.postgres_server import PostgresServer
from tests.ui.test_main_window import make_window


@pytest.fixture
def on_server(postgres: PostgresServer, postgres_template: str) -> Iterator[tuple[Repository, str]]:
    name = postgres.new_database(postgres_template)
    store = open_store(database_url(postgres.url(name)))
    yield Repository(store), name
    store.close()
    postgres.drop_database(name)


@pytest.mark.parametrize(("language", "words"), [(Language.EN, ("pg_dump", "File > Back up now…")),
                                                 (Language.DA, ("pg_dump", "Filer > Sikkerhedskopiér nu…"))])
def test_restore_on_a_server_says_how_a_glueplan_backup_is_restored(
        qtbot: QtBot, on_server: tuple[Repository, str], language: Language, words: tuple[str, ...]) -> None:
    repository, name = on_server
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, language)
    window = make_window(qtbot, repository, language)
    window.resize(960, 1050)
    window.restore_backup()
    [box] = window.findChildren(QMessageBox)
    qtbot.waitExposed(box)
    text = box.text()
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse  # the commands can be copied
    url = repository.store.engine.url
    assert f"createdb --owner {url.username} {name}_restored\n" in text
    restored = url.set(database=f"{name}_restored", password=None).render_as_string(hide_password=False)
    assert f"\nglueplan restore --db {restored} BACKUP.json\n" in text
    assert all(word in text for word in words), text
