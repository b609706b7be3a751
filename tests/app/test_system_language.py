"""The system's language, as gettext finds it in the environment: read by the application layer for the command
line and the window, not by the pure domain."""

from __future__ import annotations

import pytest

from glueplan.app.system_language import system_language
from glueplan.domain.language import Language


def test_the_environment_decides_the_default_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    assert system_language() is Language.NB
    monkeypatch.setenv("LC_ALL", "da_DK.UTF-8")
    assert system_language() is Language.DA


def test_language_comes_before_the_locale_unless_the_locale_is_c(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    monkeypatch.setenv("LANGUAGE", "nb:da")
    assert system_language() is Language.NB
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert system_language() is Language.EN
