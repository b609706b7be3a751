"""A database URL with a password is remembered without it: libpq finds it again in ~/.pgpass,
PGPASSWORD or the service file, and the settings file never holds it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from glueplan.ui.settings.preferences import Preferences, read_preferences, save_preferences


def test_a_password_in_the_database_url_is_not_written_to_the_settings(tmp_path: Path) -> None:
    save_preferences(Preferences(database="postgresql+psycopg://physio:s3cr3t@dbhost/glueplan"))
    assert read_preferences().database == "postgresql+psycopg://physio@dbhost/glueplan"
    written = Path(QSettings().fileName()).read_text()
    assert "physio@dbhost" in written and "s3cr3t" not in written
