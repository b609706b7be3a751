"""The app's preferences as plain values, read from and written to QSettings.

Per-person facts (level, units, time budget) live in the database with the trainee; these
belong to the computer the app runs on: language, theme, text size, rest timer, which database to open.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSettings

from glueplan.app.system_language import system_language
from glueplan.domain.language import Language
from glueplan.domain.limits import REST_S
from glueplan.domain.record import Record

GROUP = "preferences"
TEXT_SIZES = (100, 115, 130, 150)  # percent of the desktop's font: Edit > Preferences offers these


class Theme(StrEnum):
    """SYSTEM follows the desktop's light or dark setting as it changes."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class Preferences(Record):
    language: Language | None = None  # None: the system's language
    theme: Theme = Theme.SYSTEM
    text_size: int = 100  # percent of the desktop's font sizes, one of TEXT_SIZES
    rest_timer: bool = True  # count down the rest after each logged set
    default_rest_s: int = 90  # for exercises logged without a plan
    rest_sound: bool = True  # a sound when the rest is over
    database: str | None = None  # None: the per-user data folder; read at start-up only

    def ui_language(self) -> Language:
        """The language the window speaks: the chosen one, else the system's."""
        return self.language or system_language()


def _enum(value: object, kind: type[StrEnum]) -> StrEnum | None:
    try:
        return kind(str(value))
    except ValueError:
        return None


def read_preferences() -> Preferences:
    """The saved preferences; anything missing or unreadable (an edited file) is the default."""
    settings = QSettings()
    settings.beginGroup(GROUP)
    default = Preferences()
    language = _enum(settings.value("language", ""), Language)
    theme = _enum(settings.value("theme", default.theme.value), Theme)
    rest = settings.value("default_rest_s", default.default_rest_s, int)
    text_size = settings.value("text_size", default.text_size, int)
    database = settings.value("database", "", str)
    return Preferences(
        language=Language(language) if language is not None else None,
        theme=Theme(theme) if theme is not None else default.theme,
        text_size=text_size if text_size in TEXT_SIZES else default.text_size,
        rest_timer=settings.value("rest_timer", default.rest_timer, bool),
        default_rest_s=rest if isinstance(rest, int) and rest in REST_S else default.default_rest_s,
        rest_sound=settings.value("rest_sound", default.rest_sound, bool),
        database=database or None,
    )


def save_preferences(preferences: Preferences) -> None:
    from glueplan.store.server import without_password  # SQLAlchemy: only when saving, never at start-up

    settings = QSettings()
    settings.beginGroup(GROUP)
    settings.setValue("language", preferences.language.value if preferences.language else "")
    settings.setValue("theme", preferences.theme.value)
    settings.setValue("text_size", preferences.text_size)
    settings.setValue("rest_timer", preferences.rest_timer)
    settings.setValue("default_rest_s", preferences.default_rest_s)
    settings.setValue("rest_sound", preferences.rest_sound)
    settings.setValue("database", without_password(preferences.database or ""))  # never a password in settings
    settings.endGroup()
    settings.sync()
