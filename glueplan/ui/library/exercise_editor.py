"""The dialog for the user's own exercises: a new one, a copy of a built-in one, or an edit.

Names can be given in each of the app's languages (one is enough: the others show it); what
stops a save is said in red at the first try and then re-checked at every change, so the
message goes as soon as the problems are fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from glueplan.domain import limits
from glueplan.domain.catalog import (
    MINOR,
    NEW_PRESCRIPTION,
    PRIMARY,
    ROLES,
    SECONDARY,
    Catalog,
    Category,
    Equipment,
    Exercise,
    Laterality,
    Prescription,
    RepRange,
)
from glueplan.domain.language import Language, Localized, decimal
from glueplan.domain.messages import messages
from glueplan.ui.illustration.thumbnails import thumbnails
from glueplan.ui.library.exercise_model import THUMBNAIL_SIZE
from glueplan.ui.shared.exercise_chooser import ExerciseChooser
from glueplan.ui.shared.problem_label import ProblemLabel
from glueplan.ui.shared.rest_field import RestField
from glueplan.ui.shared.screen_fit import TITLE_BAR
from glueplan.ui.shared.wheel_when_focused import wheel_when_focused

WEIGHT_CHOICES = (0.0, MINOR, SECONDARY, PRIMARY)


class FigureChooser(ExerciseChooser):
    """The built-in exercises whose figure an own exercise can show ("looks like ..."), each
    with its picture, drawn one per turn of the event loop as in the library."""

    def __init__(self, catalog: Catalog, language: Language, nothing: str, parent: QWidget | None = None) -> None:
        self._catalog = catalog
        super().__init__(catalog, language, nothing, parent)
        self.setIconSize(THUMBNAIL_SIZE)
        thumbnails().ready.connect(self._picture_ready)

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        super().set_catalog(Catalog(catalog.muscles, {key: exercise for key, exercise in catalog.exercises.items()
                                                      if not exercise.custom}))
        for row in range(1, self.count()):
            self._picture_ready(self.itemData(row))

    def _picture_ready(self, exercise_id: str) -> None:
        row = self.findData(exercise_id)
        picture = thumbnails().pixmap_later(self._catalog.exercise(exercise_id), THUMBNAIL_SIZE) if row > 0 else None
        if picture is not None:
            self.setItemIcon(row, QIcon(picture))


class ExerciseEditor(QDialog):
    """``exercise()`` returns what the user entered once the dialog is accepted."""

    def __init__(self, catalog: Catalog, language: Language, start: Exercise | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = messages()
        self._base = start
        self._catalog = catalog
        self._language = language
        self.setWindowTitle(self.tr("Edit your exercise") if start is not None and start.custom
                            else self.tr("New exercise"))
        # The app's language first; ``name`` is its field (a copy's new name is written there).
        order = (language, *(other for other in Language if other is not language))
        self.names = {other: QLineEdit() for other in order}
        self.name = self.names[language]
        self.looks_like = FigureChooser(catalog, language, self.tr("No picture"))
        self.looks_like.setAccessibleName(self.tr("Looks like"))
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(text(f"category.{category.value}", language), category.value)
        self.laterality = QComboBox()
        for laterality in Laterality:
            self.laterality.addItem(text(f"laterality.{laterality.value}", language), laterality.value)
        self.equipment = {item: QCheckBox(text(f"equipment.{item.value}", language)) for item in Equipment}
        self.weights: dict[str, QComboBox] = {}
        roles = [self.tr("not trained"), *(text(f"role.{ROLES[weight]}", language) for weight in WEIGHT_CHOICES[1:])]
        muscles = QGridLayout()
        for number, muscle in enumerate(catalog.muscles.values()):
            combo = QComboBox()
            for weight, role in zip(WEIGHT_CHOICES, roles, strict=True):
                combo.addItem(role if weight == 0 else f"{role} ({decimal(weight, language, 2)})", weight)
            self.weights[muscle.id] = combo
            muscles.addWidget(QLabel(muscle.name[language]), number // 2, (number % 2) * 2)
            muscles.addWidget(combo, number // 2, (number % 2) * 2 + 1)
        self.sets = self._spin(*limits.SETS)
        self.reps_low = self._spin(*limits.REPS)
        self.reps_high = self._spin(*limits.REPS)
        self.rir = self._spin(*limits.RIR)
        self.rest = RestField()
        wheel_when_focused(self.looks_like, self.category, self.laterality, *self.weights.values(), self.sets,
                           self.reps_low, self.reps_high, self.rir, self.rest)  # the wheel scrolls the fields
        self.cues = QPlainTextEdit()
        self.cues.setPlaceholderText(self.tr("One cue per line"))
        self.cues.setMaximumHeight(80)
        self.mistakes = QPlainTextEdit()
        self.mistakes.setPlaceholderText(self.tr("One mistake per line, with how to fix it"))
        self.mistakes.setMaximumHeight(80)
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        # Qt ships no Bokmål translation of its own buttons, so name them here.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # Alt+letter goes to each field: a label's to the field it names, a group's to its first box
        form = QFormLayout()
        name_labels = {Language.EN: self.tr("Name in En&glish"), Language.DA: self.tr("Name in &Danish"),
                       Language.NB: self.tr("Name in &Norwegian")}
        for other, field in self.names.items():
            form.addRow(name_labels[other], field)
        form.addRow(self.tr("C&ategory"), self.category)
        form.addRow(self.tr("S&ides"), self.laterality)
        form.addRow(self.tr("&Looks like"), self.looks_like)
        gear = QGridLayout()
        for number, box in enumerate(self.equipment.values()):
            gear.addWidget(box, number // 3, number % 3)
        gear_box = QGroupBox(self.tr("E&quipment"))
        gear_box.setLayout(gear)
        muscles_box = QGroupBox(self.tr("&Muscles it trains"))
        muscles_box.setLayout(muscles)
        reps = QHBoxLayout()
        reps.addWidget(self.reps_low)
        reps.addWidget(QLabel("–"))
        reps.addWidget(self.reps_high)
        prescription = QFormLayout()
        reps_label = QLabel(self.tr("&Reps"))
        reps_label.setBuddy(self.reps_low)  # the lowest first; Tab goes on to the highest
        prescription.addRow(self.tr("Se&ts"), self.sets)
        prescription.addRow(reps_label, reps)
        prescription.addRow(self.tr("Reps in reser&ve (RIR)"), self.rir)
        prescription.addRow(self.tr("R&est"), self.rest)
        prescription_box = QGroupBox(self.tr("Default prescription"))
        prescription_box.setLayout(prescription)
        fields = QWidget()
        layout = QVBoxLayout(fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(gear_box)
        layout.addWidget(muscles_box)
        layout.addWidget(prescription_box)
        for title, field in ((self.tr("Technique c&ues"), self.cues), (self.tr("Common mista&kes"), self.mistakes)):
            label = QLabel(title)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(self.problem)
        outer.addWidget(self.buttons)
        self._fit_screen(fields, scroll)
        self._tried = False  # to save: problems are said from then on
        self._fill(start, language)
        self._recheck_on_change()

    def _fit_screen(self, fields: QWidget, scroll: QScrollArea) -> None:
        """Every field at once where the screen is tall enough; else as tall as the screen allows,
        the fields scrolling above Save and Cancel (they needed 982 pixels in Danish, and on a
        768-pixel laptop screen Save was below its edge)."""
        scroll.setMinimumWidth(fields.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        screen = self.screen().availableGeometry()
        margins = self.layout().contentsMargins()
        rest = self.buttons.sizeHint().height() + 2 * self.layout().spacing() + margins.top() + margins.bottom()
        self.resize(self.sizeHint().width(), min(fields.sizeHint().height() + rest, screen.height() - TITLE_BAR))

    def _recheck_on_change(self) -> None:
        """After the first try to save, every change checks again (and clears what is fixed)."""
        for field in self.names.values():
            field.textChanged.connect(self._recheck)
        for combo in (self.category, self.laterality, *self.weights.values()):
            combo.currentIndexChanged.connect(self._recheck)
        for spin in (self.sets, self.reps_low, self.reps_high, self.rir, self.rest):
            spin.valueChanged.connect(self._recheck)
        self.rest.refused.connect(self._recheck)

    def _recheck(self) -> None:
        if self._tried or self.rest.refusal():  # a rest typed and refused is said at once, as the field left it
            self.problem.setText(" ".join(self.problems()))

    @staticmethod
    def _spin(low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        return spin

    def _fill(self, start: Exercise | None, language: Language) -> None:
        if start is None:
            self._fill_prescription(NEW_PRESCRIPTION)
            return
        self.looks_like.setCurrentIndex(max(0, self.looks_like.findData(start.figure_id)))
        if start.custom:  # a language that shows another's name was left empty
            for other, field in self.names.items():
                given = start.name[other]
                field.setText(given if other is Language.EN or given != start.name.en else "")
        else:
            self.name.setText(self.tr("%1 (my version)").replace("%1", start.name[language]))
        self.category.setCurrentIndex(self.category.findData(start.category.value))
        self.laterality.setCurrentIndex(self.laterality.findData(start.laterality.value))
        used = {item for option in start.equipment for item in option}
        for item, box in self.equipment.items():
            box.setChecked(item in used)
        for muscle, weight in start.muscles:
            combo = self.weights[muscle]
            combo.setCurrentIndex(combo.findData(weight))
        self._fill_prescription(start.prescription)
        self.cues.setPlainText("\n".join(start.cues[language]))
        self.mistakes.setPlainText("\n".join(start.mistakes[language]))

    def _fill_prescription(self, prescription: Prescription) -> None:
        self.sets.setValue(prescription.sets)
        self.reps_low.setValue(prescription.reps.low)
        self.reps_high.setValue(prescription.reps.high)
        self.rir.setValue(prescription.rir)
        self.rest.setValue(prescription.rest_s)

    def problems(self) -> list[str]:
        """What stops the exercise from being saved, in words for the user."""
        if self.rest.refusal():
            return [self.rest.refusal()]
        if self.reps_low.value() > self.reps_high.value():
            return [self.tr("The lowest reps must not be above the highest.")]
        return [messages()(key, self._language) for key in self._catalog.own_exercise_problems(self.exercise())]

    def accept(self) -> None:
        self._tried = True
        problems = self.problems()
        if problems:
            self.problem.setText(" ".join(problems))
            return
        super().accept()

    def _equipment(self) -> tuple[frozenset[Equipment], ...]:
        """The checked items as alternatives; a copy left as it was keeps its own combinations
        ("dumbbell + bench or barbell + bench")."""
        chosen = {item for item, box in self.equipment.items() if box.isChecked()}
        if self._base is not None and chosen == {item for option in self._base.equipment for item in option}:
            return self._base.equipment
        return tuple(frozenset({item}) for item in Equipment if item in chosen) or (frozenset({Equipment.BODYWEIGHT}),)

    def exercise(self) -> Exercise:
        muscles = tuple(sorted(((muscle, combo.currentData()) for muscle, combo in self.weights.items()
                                if combo.currentData() > 0), key=lambda pair: -pair[1]))
        return Exercise(
            id=self._base.id if self._base is not None and self._base.custom else "",
            name=self._names(),
            category=Category(self.category.currentData()),
            laterality=Laterality(self.laterality.currentData()),
            equipment=self._equipment(),
            muscles=muscles,
            prescription=Prescription(self.sets.value(), RepRange(self.reps_low.value(), self.reps_high.value()),
                                      self.rir.value(), self.rest.value()),
            cues=Localized.same(_lines(self.cues)),
            mistakes=Localized.same(_lines(self.mistakes)),
            sources=("user",),
            custom=True,
            looks_like=self.looks_like.currentData(),
        )


    def _names(self) -> Localized[str]:
        """Each language's name; one left empty shows the first given (the app's language's,
        else English, Danish, Norwegian)."""
        given = {other: field.text().strip() for other, field in self.names.items()}
        fallback = next((text for text in given.values() if text), "")
        return Localized.from_mapping({other: text or fallback for other, text in given.items()})


def _lines(field: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in field.toPlainText().splitlines() if line.strip())
