"""Programs > Copy to trainee…: who gets a copy of a program, and whether its loads and notes go along.

A coach copied one client's program to another and the copy prescribed the first client's 62.5 kg
and her notes, unsaid: loads and notes are set for one person, so they stay behind unless asked for,
and the dialog says what the copy holds. It was an input dialog of 200x94 px with its title cut
("Kopiér… døver" in Danish) and the trainees in a drop-down; the trainees are now listed, every name whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import filled, no_mnemonic, plain

ROWS_IN_SIGHT = 10  # trainees listed without scrolling; more scroll
TEXT_CHARS = 64  # the width of the text saying what is copied, in average letters
TITLE_BAR_EXTRA = 120  # what a title bar takes beside its title: the icon and three buttons, roughly


class CopyToTraineeDialog(QDialog):
    """Which of ``trainees`` (id, name) gets a copy of ``program``, planned for ``owner``; the first
    chosen at first. Enter or a double-click on a name copies."""

    def __init__(self, parent: QWidget | None, program: str, owner: str, trainees: list[tuple[int, str]]) -> None:
        super().__init__(parent)
        self._owner = owner
        self.setWindowTitle(self.tr("Copy to trainee"))
        label = plain(QLabel(filled(self.tr("Copy “%1” &to:"), no_mnemonic(program))))
        label.setWordWrap(True)
        self.trainees = QListWidget()
        for trainee_id, name in trainees:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, trainee_id)
            self.trainees.addItem(item)
        self.trainees.setCurrentRow(0)
        self.trainees.itemActivated.connect(self.accept)
        label.setBuddy(self.trainees)
        self.keep_loads = QCheckBox(self.tr("&Keep loads and notes"))
        self.what = plain(QLabel())
        self.what.setWordWrap(True)
        self.what.setMinimumWidth(self.fontMetrics().averageCharWidth() * TEXT_CHARS)
        self.keep_loads.toggled.connect(self._say_what)
        self._say_what()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Co&py"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.trainees, 1)
        layout.addWidget(self.keep_loads)
        layout.addWidget(self.what)
        layout.addWidget(buttons)
        self._fit_list()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.windowTitle()) + TITLE_BAR_EXTRA)

    def _fit_list(self) -> None:
        """The list as wide as its longest name and as high as its first ROWS_IN_SIGHT rows: no higher when
        that is all of them (three names stood in a list of ten rows' height)."""
        view = self.trainees
        rows = min(view.count(), ROWS_IN_SIGHT)
        frame = 2 * view.frameWidth()
        height = sum(view.sizeHintForRow(row) for row in range(rows)) + frame
        view.setMinimumHeight(height)
        if rows == view.count():
            view.setMaximumHeight(height)
        scroll = view.verticalScrollBar().sizeHint().width() if view.count() > ROWS_IN_SIGHT else 0
        view.setMinimumWidth(view.sizeHintForColumn(0) + frame + scroll)

    def _say_what(self) -> None:
        if self.keep_loads.isChecked():
            text = self.tr("The copy gets every week, session and exercise with its sets, reps, RIR and rest, and "
                           "the loads and notes set for %1.")
        else:
            text = self.tr("The copy gets every week, session and exercise with its sets, reps, RIR and rest, but "
                           "not the loads and notes set for %1: they belong to one person.")
        self.what.setText(filled(text, self._owner))

    def chosen(self) -> int:
        """The id of the trainee chosen."""
        item = self.trainees.currentItem()
        assert item is not None, "the list holds a trainee and one is always current"
        trainee_id: int = item.data(Qt.ItemDataRole.UserRole)
        return trainee_id


def copy_to_whom(parent: QWidget | None, program: str, owner: str,
                 trainees: list[tuple[int, str]]) -> tuple[int, bool] | None:
    """Ask who gets a copy of ``program``: the trainee's id and whether its loads and notes go along;
    None when cancelled."""
    with asked(CopyToTraineeDialog(parent, program, owner, trainees)) as dialog:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen(), dialog.keep_loads.isChecked()
