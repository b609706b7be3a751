"""A desktop that puts no locale in the environment (Windows, macOS) is read from its regional settings in the window:
app/desktop_locale.py reads LC_PAPER and LC_MEASUREMENT, which such a desktop does not set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from glueplan.app.desktop_locale import desktop_paper, desktop_units
from glueplan.domain.paper import Paper
from glueplan.domain.trainee import Units
from glueplan.ui.shared import logged_text


@pytest.mark.parametrize(("platform", "paper", "units"), [("win32", Paper.LETTER, Units.LB), ("darwin", Paper.LETTER,
                                                          Units.LB), ("linux", Paper.A4, Units.KG)])
def test_a_desktop_that_sets_no_variables_is_read_from_its_regional_settings_in_the_window(
        qapp: object, monkeypatch: pytest.MonkeyPatch, platform: str, paper: Paper, units: Units) -> None:
    """Windows and macOS start a program with no LANG or LC_*: an American's first profile was in kilograms and
    their sheet on A4, where Qt read the system's units before. On Linux the environment says it, or the C locale."""
    for name in ("LANG", "LC_ALL", "LC_PAPER", "LC_MEASUREMENT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(logged_text.sys, "platform", platform)
    monkeypatch.setattr(logged_text, "system_locale", lambda: QLocale("en_US"))
    regional = logged_text.regional_locale_name()
    assert (desktop_paper(regional), desktop_units(regional)) == (paper, units)
