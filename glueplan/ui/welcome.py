"""The first start's welcome: a band across the top of the window, not a dialog in front of it, so that the
window and its menus stay usable and the muscle map can be looked at while it is there.

It asks the two things a set logged before them cannot take back: the units (a "135" typed as pounds into a
field read as kilograms is a 135 kg squat, and each set has to be corrected by hand) and, if the user wants, the
name glueplan calls them by (the default "Me" reads as "Me has a set typed …"). Both are profile edits made the
moment they are chosen, undone with Edit > Undo, and changed later in Edit > Profile. It points to the next step,
a program or Getting started. It is shown while the database is a new user's: one trainee, no program, no set,
and it was not closed on this computer; it goes for good once a program or a set exists or it is closed. Closed is
kept per database: a clinic's file or another --db is another first start.
"""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from glueplan.app.changes import ChangeSet
from glueplan.domain.messages import messages
from glueplan.domain.trainee import NAME_LENGTH, Trainee, Units
from glueplan.domain.trainee_names import is_default_name
from glueplan.ui.first_start import first_start, mark_closed
from glueplan.ui.profile_dialog import NAME_CHARS
from glueplan.ui.shared.live_workspace import LiveWorkspace
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.shared.undo_text import UndoText

GAP = 24  # between the units and the name, and in the compact line between them and the heading
COMPACT_MARGIN = 4  # above and below the compact welcome, where every pixel is the library's


class Welcome(QFrame):
    """``step_wanted`` with "programs" or "guide" when a next step's button is pressed; ``finished`` once it
    is closed or no longer needed (a program started, a set logged, a second trainee added)."""

    step_wanted = Signal(str)
    finished = Signal()

    def __init__(self, live: LiveWorkspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self._live = live
        self._heading = QLabel(self.tr("Welcome to glueplan"))
        font = self._heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self._heading.setFont(font)
        self.units = QButtonGroup(self)
        self.kilograms = QRadioButton(self.tr("&Kilograms (kg)"))
        self.pounds = QRadioButton(self.tr("P&ounds (lb)"))
        self._units_box = QWidget()
        units_row = QHBoxLayout(self._units_box)
        units_row.setContentsMargins(0, 0, 0, 0)
        units_row.addWidget(QLabel(self.tr("Loads in")))
        units_row.addSpacing(8)
        for button, units in ((self.kilograms, Units.KG), (self.pounds, Units.LB)):
            self.units.addButton(button)
            button.setProperty("units", units.value)
            units_row.addWidget(button)
        units_row.addStretch(1)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Optional: leave it empty if glueplan is just for you"))
        self.name.setToolTip(self.name.placeholderText())  # whole where the field is too narrow for it
        self.name.setMaxLength(NAME_LENGTH)
        # The placeholder whole where there is room; in a window half a laptop's screen wide (683 px) it is cut.
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance("x" * NAME_CHARS))
        self.name.setMaximumWidth(self.name.fontMetrics().horizontalAdvance(self.name.placeholderText()) + 24)
        self._name_label = QLabel(self.tr("Your &name"))
        self._name_label.setBuddy(self.name)
        self._name_box = QWidget()
        name_row = QHBoxLayout(self._name_box)
        name_row.setContentsMargins(0, 0, 0, 0)
        name_row.addWidget(self._name_label)
        name_row.addSpacing(8)
        name_row.addWidget(self.name, 1)
        name_row.addStretch(0)  # what the field, at its widest, leaves: not the label's
        self.problem = ProblemLabel()
        self.problem.hide()
        self.programs = QPushButton(self.tr("Choose a &program"))
        self.guide = QPushButton(self.tr("&Getting started"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setToolTip(self.tr("The welcome does not come back; Help > Getting started has the "
                                             "same steps."))
        self._units_hint = self._hint(self.tr("Every load is typed and shown in these units. Choose them before "
                                              "your first set: a set typed in the wrong units has to be corrected "
                                              "one by one."))
        self._coaching_hint = self._hint(self.tr("Coaching others? Add each client with File > New trainee. Edit > "
                                                 "Profile changes the units and the name later."))
        self._next_step = QLabel(self.tr("Next: start a program from a template, then plan and log its weeks."))
        self._next_step.setWordWrap(True)
        self._top = QHBoxLayout()
        self._choices = QGridLayout()
        self._choices.setColumnStretch(0, 1)
        self._choices.setColumnStretch(1, 1)
        self._choices.setHorizontalSpacing(GAP)
        self._buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self._top)
        layout.addLayout(self._choices)
        layout.addWidget(self.problem)
        layout.addLayout(self._buttons)
        self._margins = layout.contentsMargins()
        self._short = False  # the window's height, as the main window says (set_short)
        self._compact: bool | None = None
        self._least_width = 0  # the full arrangement's least width, while the compact one is shown
        self._arrange(compact=False)
        self._show_profile()
        self.units.buttonToggled.connect(self._units_chosen)
        self.name.editingFinished.connect(self._name_given)
        self.name.textEdited.connect(self.problem.clear)
        self.programs.clicked.connect(lambda: self.step_wanted.emit("programs"))
        self.guide.clicked.connect(lambda: self.step_wanted.emit("guide"))
        self.close_button.clicked.connect(self.close_for_good)
        live.changed.connect(self._follow)

    def _hint(self, text: str) -> QLabel:
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return hint

    def set_short(self, short: bool) -> None:
        """The window is short (a 1366x768 laptop's, maximized): the welcome goes into two lines where its width
        holds them, and leaves the library below it more of its rows."""
        self._short = short
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        """No wider than the full arrangement's least: the compact one, wider, gives way to it (_fit) rather than
        hold the window wider."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._least_width), hint.height()) if self._compact else hint

    def _compact_line(self) -> list[QWidget | int]:
        """The compact arrangement's first line: its widgets and the gaps between them."""
        return [self._heading, GAP, self._units_box, GAP, self._name_box]

    def _fit(self) -> None:
        """Compact where the window is short and the compact line's least width fits."""
        line = [*self._compact_line(), self.close_button]
        widths = [part if isinstance(part, int) else part.minimumSizeHint().width() for part in line]
        spacing = max(self._top.spacing(), 0) * (len(line) - 1)
        self._arrange(self._short and self.width() >= self._margins.left() + sum(widths) + spacing
                      + self._margins.right())

    def _arrange(self, compact: bool) -> None:
        """Full: the heading; the units and the name side by side, each with its explanation under it; the next step
        beside its buttons. Compact, two lines where the full one takes four or five: the heading, the units and the
        name in one, the units' explanation beside the next step's buttons in the other; the explanation for coaches
        and the next step's sentence become the tooltips of the name and of Choose a program."""
        if compact == self._compact:
            return
        if compact:
            self._least_width = self.layout().minimumSize().width()  # the full one's, laid out still
        self._compact = compact
        for layout in (self._top, self._choices, self._buttons):
            while layout.takeAt(0) is not None:
                pass
        margins = self._margins
        top, bottom = (COMPACT_MARGIN, COMPACT_MARGIN) if compact else (margins.top(), margins.bottom())
        self.layout().setContentsMargins(margins.left(), top, margins.right(), bottom)
        if compact:
            for part in self._compact_line():
                if isinstance(part, int):
                    self._top.addSpacing(part)
                else:
                    self._top.addWidget(part, 1 if part is self._name_box else 0)
            self._buttons.addWidget(self._units_hint, 1)
        else:
            self._top.addWidget(self._heading, 1)
            self._choices.addWidget(self._units_box, 0, 0)
            self._choices.addWidget(self._name_box, 0, 1)
            self._choices.addWidget(self._units_hint, 1, 0)
            self._choices.addWidget(self._coaching_hint, 1, 1)
            self._buttons.addWidget(self._next_step, 1)
        self._top.addWidget(self.close_button)
        self._buttons.addWidget(self.programs)
        self._buttons.addWidget(self.guide)
        self._coaching_hint.setVisible(not compact)
        self._next_step.setVisible(not compact)
        self._name_label.setToolTip(self._coaching_hint.text() if compact else "")
        self.programs.setToolTip(self._next_step.text() if compact else "")

    def _show_profile(self) -> None:
        """The profile as stored: its units chosen, its name in the field unless it is glueplan's own."""
        trainee = self._live.trainee
        self.units.blockSignals(True)
        (self.pounds if trainee.units is Units.LB else self.kilograms).setChecked(True)
        self.units.blockSignals(False)
        if not self.name.hasFocus():
            self.name.setText("" if is_default_name(trainee.name) else trainee.name)

    def _units_chosen(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self._edit(replace(self._live.trainee, units=Units(button.property("units"))),
                       UndoText(lambda: self.tr("Change units")))

    def _name_given(self) -> None:
        """A name typed is the trainee's; emptied, glueplan's own again (the default name, "just me")."""
        trainee = self._live.trainee
        name = self.name.text().strip() or messages()("trainee.default_name", self._live.language)
        if name != trainee.name:
            self._edit(replace(trainee, name=name), UndoText(lambda: self.tr("Change name")))

    def _edit(self, after: Trainee, text: UndoText) -> None:
        """A profile edit, its refusal said here (a name taken by an archived trainee, a server away) with the
        profile shown as it still is."""
        from glueplan.app.setup_edits import EditProfile  # 1.7 ms of imports, which a start without a welcome skips

        refused = self._live.run(EditProfile(self._live.trainee, after, text))
        self.problem.setText("" if refused is None else refused.text(self._live.language))
        self.problem.setVisible(refused is not None)
        if refused is not None:
            self._show_profile()

    def _follow(self, change: ChangeSet) -> None:
        """The profile changed elsewhere (Edit > Profile, an undo) shows here; a program started, a set logged
        or another trainee added ends the first start."""
        if change.program or change.log or change.trainee:
            if not first_start(self._live.workspace):
                self.close_for_good()
                return
        if change.trainee:
            self._show_profile()

    def close_for_good(self) -> None:
        """Gone, and not shown at the next start on this database either."""
        mark_closed(self._live.workspace.repository.store)
        self._live.changed.disconnect(self._follow)
        self.hide()
        self.finished.emit()
        self.deleteLater()
