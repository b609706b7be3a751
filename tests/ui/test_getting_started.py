"""Help > Getting started says the limits as the code has them: a number written into the text by hand
stays behind when the code's changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from glueplan.domain.language import Language
from glueplan.ui.application import install_translators
from glueplan.ui.help import guide


@pytest.mark.parametrize(("language", "said"), [(Language.EN, "of the 7 shown last"),
                                                (Language.DA, "af de 7 senest viste"),
                                                (Language.NB, "av de 7 sist viste")])
def test_the_guide_says_how_many_trainees_keep_their_undo_history(qtbot: QtBot, qapp: QApplication,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 language: Language, said: str) -> None:
    monkeypatch.setattr(guide, "KEPT_HISTORIES", 7)
    install_translators(qapp, language)
    dialog = guide.GettingStarted(language)
    qtbot.addWidget(dialog)
    assert any(said in text for _heading, text, _tab in dialog.tasks())
