"""The one drop-down of exercises (log, history): sorted by name in the user's language, and
refilled when the user's own exercises change. It is as wide as its longest name where there is room,
and 12 characters where there is not (FittingChoice): a long name never widens the window; it is cut
with an ellipsis then, and the tooltip says it whole."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.ui.shared.narrow_choice import FittingChoice, tell_choice


class ExerciseChooser(FittingChoice):
    """``everything`` names an optional first entry that stands for all exercises (data None)."""

    def __init__(self, catalog: Catalog, language: Language, everything: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)  # beside the date and Add exercise on half a laptop's screen
        self.language = language
        self.everything = everything
        self.set_catalog(catalog)

    def set_catalog(self, catalog: Catalog) -> None:
        """Refill, keeping the chosen exercise if it is still there (quietly when it is)."""
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        if self.everything is not None:
            self.addItem(self.everything, None)
        for exercise in catalog.sorted_exercises(self.language):
            self.addItem(exercise.name[self.language], exercise.id)
        index = self.findData(chosen) if chosen is not None else -1
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)
        tell_choice(self)
        self.updateGeometry()
        if chosen is not None and index < 0:
            self.currentIndexChanged.emit(self.currentIndex())
