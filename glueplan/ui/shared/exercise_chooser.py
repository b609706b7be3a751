"""The one drop-down of exercises (log, history, charts): sorted by name in the user's
language, and refilled when the user's own exercises change. It is as wide as its longest name
where there is room, and 12 characters where there is not (narrow_choice): a long name never widens the window;
it is cut with an ellipsis then, and the tooltip says it whole."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.ui.shared.narrow_choice import narrow_choice, tell_choice


class ExerciseChooser(QComboBox):
    """``everything`` names an optional first entry that stands for all exercises (data None)."""

    def __init__(self, catalog: Catalog, language: Language, everything: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.everything = everything
        narrow_choice(self)  # beside the date and Add exercise on half a laptop's screen; the tooltip says it whole
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

    def sizeHint(self) -> QSize:
        """Room for the longest name (the layout gives less where there is less)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(row)) for row in range(self.count())), default=0)
        wanted = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                               QSize(widest, metrics.height()), self)
        return super().sizeHint().expandedTo(wanted)

    def shown_text(self) -> str:
        """The chosen name as it fits the box (with an ellipsis when it does not)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
