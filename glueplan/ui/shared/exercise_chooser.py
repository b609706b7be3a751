"""The one drop-down of exercises (log, history, charts): sorted by name in the user's
language, narrow however long a name is, and refilled when the user's own exercises change."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language


class ExerciseChooser(QComboBox):
    """``everything`` names an optional first entry that stands for all exercises (data None)."""

    def __init__(self, catalog: Catalog, language: Language, everything: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.everything = everything
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)  # long exercise names must not widen the window
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
        if chosen is not None and index < 0:
            self.currentIndexChanged.emit(self.currentIndex())

