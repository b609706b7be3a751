"""The trainee's profile: level, units and time budget, which the rules follow at once."""

from __future__ import annotations

from collections.abc import Callable

from msgspec.structs import replace
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from glueplan.domain.language import Language
from glueplan.domain.messages import messages
from glueplan.domain.trainee import Level, Trainee, Units
from glueplan.ui.shared.problem_label import ProblemLabel

Attempt = Callable[[Trainee], str | None]  # does what the dialog is for; the reason it was refused, if it was
NAME_CHARS = 32  # a first name and a double surname seen whole in the name field, in x's (a narrow letter)


class ProfileDialog(QDialog):
    """Given an ``attempt``, Save does it and the dialog stays open on a refusal (a name empty or taken),
    saying why under the fields, with everything chosen kept."""

    def __init__(self, trainee: Trainee, language: Language, parent: QWidget | None = None,
                 attempt: Attempt | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profile"))
        self._trainee = trainee
        self._attempt = attempt
        self.name = QLineEdit(trainee.name)
        metrics = self.name.fontMetrics()  # Qt's field holds 17 x's: "Camilla Holm-Andersen" scrolled in it
        self.name.setMinimumWidth(self.name.sizeHint().width() + metrics.horizontalAdvance("x" * (NAME_CHARS - 17)))
        self.problem = ProblemLabel()
        self.name.textEdited.connect(self.problem.clear)  # the name the reason was about is being changed
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(messages()(f"level.{level.value}", language), level.value)
        self.level.setCurrentIndex(self.level.findData(trainee.level.value))
        self.units = QComboBox()
        for units in Units:
            self.units.addItem(units.value, units.value)
        self.units.setCurrentIndex(self.units.findData(trainee.units.value))
        self.session_minutes = QSpinBox()
        self.session_minutes.setRange(5, 600)
        self.session_minutes.setSuffix(" min")
        self.session_minutes.setValue(trainee.session_minutes)
        self.weekly_minutes = QSpinBox()
        self.weekly_minutes.setRange(0, 5000)
        self.weekly_minutes.setSingleStep(15)
        self.weekly_minutes.setSuffix(" min")
        self.weekly_minutes.setSpecialValueText(self.tr("no limit"))
        self.weekly_minutes.setValue(trainee.weekly_minutes or 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setText(self.tr("Sa&ve"))  # "&Save" would share Time per session's S
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)  # a label with "&" is its field's buddy: Alt+letter goes to each field
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Experience"), self.level)
        form.addRow(self.tr("&Units"), self.units)
        form.addRow(self.tr("Time per &session"), self.session_minutes)
        form.addRow(self.tr("Time per &week"), self.weekly_minutes)
        form.addRow(self.problem)
        form.addRow(buttons)

    def accept(self) -> None:
        reason = self._attempt(self.trainee()) if self._attempt is not None else None
        if reason is None:
            super().accept()
            return
        self.problem.setText(reason)
        self.resize(self.width(), self.layout().totalHeightForWidth(self.width()))  # the reason whole, wrapped
        self.name.setFocus()
        self.name.selectAll()

    def trainee(self) -> Trainee:
        weekly = self.weekly_minutes.value()
        return replace(self._trainee, name=self.name.text().strip() or self._trainee.name,
                       level=Level(self.level.currentData()), units=Units(self.units.currentData()),
                       session_minutes=self.session_minutes.value(), weekly_minutes=weekly if weekly >= 5 else None)
