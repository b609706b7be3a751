"""UI tests share one QApplication; no test may leave a translator installed for the next."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from glueplan.domain.language import Language
from glueplan.ui.app import install_translators


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators(qapp, Language.EN)
