"""The exercise drop-down: as wide as its longest name where there is room; where there is
not, the name is cut with an ellipsis and the tooltip says it whole."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.ui.shared.exercise_chooser import ExerciseChooser
from glueplan.ui.shared.plain_text import plain_tooltip


def test_a_long_name_is_cut_with_an_ellipsis_and_whole_in_the_tooltip(qtbot: QtBot, catalog: Catalog) -> None:
    chooser = ExerciseChooser(catalog, Language.EN)
    qtbot.addWidget(chooser)
    longest = max((chooser.itemText(row) for row in range(chooser.count())),
                  key=chooser.fontMetrics().horizontalAdvance)
    chooser.setCurrentIndex(chooser.findText(longest))
    chooser.resize(chooser.sizeHint())
    assert chooser.shown_text() == longest  # room for the longest name when the layout has it
    chooser.resize(chooser.minimumSizeHint())
    assert chooser.shown_text().endswith("…") and chooser.toolTip() == plain_tooltip(longest)
