"""UI tests share one QApplication; no test may leave a translator installed for the next."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from glueplan.domain.language import Language
from glueplan.app.workspace import Workspace
from glueplan.store.database import Store
from glueplan.ui.application import install_translators
from glueplan.ui.shared.live_workspace import LiveWorkspace


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators(qapp, Language.EN)


@pytest.fixture(autouse=True)
def private_settings(qapp: QApplication, tmp_path: Path) -> None:
    """Remembered window layouts go to this test's folder (Qt caches the config path)."""
    qapp.setOrganizationName("glueplan")
    qapp.setApplicationName("glueplan")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def desktop_without_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """English as CI's C.UTF-8 desktop gives it (British), whatever locale the tests were started in: Qt reads
    the desktop's once, and a developer's en_US would write 11/23 where the tests expect 23/11. A test of
    another desktop sets its own (tests/ui/test_english_locale.py)."""
    monkeypatch.setattr("glueplan.ui.shared.logged_text.system_locale", QLocale.c)


@pytest.fixture
def live(qapp: QApplication, workspace: Workspace) -> LiveWorkspace:
    """The test's workspace (seed-000, two weeks) as the window sees it."""
    return LiveWorkspace(workspace)


@pytest.fixture
def welcome_closed(store: Store) -> None:
    """A window about one page, not the first start: the first start's welcome (ui/welcome.py), closed on the test's
    database as a user closes it, takes none of the page's room and none of its Alt letters."""
    from glueplan.ui.first_start import mark_closed

    mark_closed(store)
