"""An exercise's names in the other two languages, each labelled with its language, so a
Danish user reading "Engelsk: Barbell hip thrust" knows why it is not Danish."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from glueplan.domain.catalog import Exercise
from glueplan.domain.language import Language
from glueplan.ui.shared.plain_text import filled


def language_name(language: Language) -> str:
    """A language's name in the app's language ("Norsk" in a Danish window)."""
    names = {Language.EN: QCoreApplication.translate("OtherNames", "English"),
             Language.DA: QCoreApplication.translate("OtherNames", "Danish"),
             Language.NB: QCoreApplication.translate("OtherNames", "Norwegian")}
    return names[language]


def other_names(exercise: Exercise, language: Language) -> list[str]:
    """"Norwegian: Hip thrust med stang" for each other language whose name differs."""
    shown = exercise.name[language]
    return [filled(QCoreApplication.translate("OtherNames", "%1: %2"), language_name(other), exercise.name[other])
            for other in Language if other is not language and exercise.name[other] != shown]
