"""What the map tells about a muscle when it is pointed at or picked: its name in the app's
language, where it starts and ends, what it does, and the exercises that train it most.

Plain text: an own exercise's name is the user's and is never read as markup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language

MOST_TRAINING = 4  # exercises named, all of them training the muscle at the highest weight found


def trained_most_by(catalog: Catalog, muscle_id: str, language: Language) -> list[str]:
    """The names of the exercises that count most for the muscle (primary ones if any)."""
    exercises = catalog.training(muscle_id)
    if not exercises:
        return []
    top = exercises[0].weight(muscle_id)
    return [exercise.name[language] for exercise in exercises if exercise.weight(muscle_id) == top][:MOST_TRAINING]


def muscle_facts(catalog: Catalog, muscle_id: str, language: Language) -> str:
    """The muscle's name, origin, insertion, function and best exercises, one paragraph each."""
    muscle = catalog.muscle(muscle_id)
    lines = [muscle.name[language],
             QCoreApplication.translate("MuscleFacts", "Origin: %1").replace("%1", muscle.origin[language]),
             QCoreApplication.translate("MuscleFacts", "Insertion: %1").replace("%1", muscle.insertion[language]),
             QCoreApplication.translate("MuscleFacts", "Function: %1").replace("%1", muscle.function[language])]
    exercises = trained_most_by(catalog, muscle_id, language)
    if exercises:
        lines.append(QCoreApplication.translate("MuscleFacts", "Trained most by: %1")
                     .replace("%1", ", ".join(exercises)))
    return "\n".join(lines)
