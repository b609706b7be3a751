"""Everything about one exercise: names, how to do it, what it trains, how much of it."""

from __future__ import annotations

import sys
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from glueplan.domain.catalog import MINOR, PRIMARY, ROLES, SECONDARY, Catalog, Equipment, Exercise, Laterality
from glueplan.domain.dose_words import rest_said, rir_said, sets_reps
from glueplan.domain.language import Language, decimal
from glueplan.domain.messages import messages
from glueplan.ui.library.other_names import other_names
from glueplan.ui.settings.theme import MUTED_TEXT
from glueplan.ui.shared.keyboard_focus import FramedScrollArea
from glueplan.ui.shared.rir_meaning import rir_defined

if TYPE_CHECKING:
    from glueplan.ui.illustration.animated_figure import AnimatedFigure


def in_sentence(text: str) -> str:
    """A line of common nouns ("Barbell + Bench or Dumbbell") as a sentence writes it: a capital
    at the start only ("Barbell + bench or dumbbell", "Vægtstang + bænk eller håndvægt")."""
    return text[:1] + text[1:].lower()


class ExerciseDetail(FramedScrollArea):
    def __init__(self, catalog: Catalog, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._language = language
        page = QWidget()
        layout = QVBoxLayout(page)
        self._layout = layout
        self._figure: AnimatedFigure | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.show_exercise(None)

    @property
    def figure(self) -> AnimatedFigure:
        """The exercise moving, its muscles lit, above the text: made (and its drawing code
        imported) when first needed, not before the window's first paint."""
        if self._figure is None:
            from glueplan.ui.illustration.animated_figure import AnimatedFigure

            self._figure = AnimatedFigure()
            self._figure.show_motion(None, {})
            self._layout.insertWidget(0, self._figure)
        return self._figure

    def set_catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog

    def show_exercise(self, exercise: Exercise | None) -> None:
        if exercise is None:
            hint = self.tr("Pick an exercise to see how to do it, what it trains and how much of it.")
            muted = MUTED_TEXT.name(self.palette())
            self.text.setText(f"<p style='color:{muted}'>{escape(hint)}</p>")
            if self._figure is not None:
                self._figure.show_motion(None, {})
            return
        from glueplan.domain.figure.pose_file import builtin_motions  # loaded with the first exercise shown

        motion = builtin_motions().get(exercise.figure_id) if exercise.figure_id is not None else None
        self.figure.show_motion(motion, dict(exercise.muscles))
        self.text.setText(self.html(exercise))

    def html(self, exercise: Exercise) -> str:
        language = self._language
        muted = MUTED_TEXT.name(self.palette())
        text = messages()
        # Each tr() on its own line: lupdate does not see strings inside f-strings.
        word_or = self.tr("or")
        default = self.tr("Default prescription")
        muscles_heading = self.tr("Muscles")
        share = self.tr("the share of each set that counts for the muscle")
        how = self.tr("How to do it")
        mistakes_heading = self.tr("Common mistakes")
        source_heading = self.tr("Source")
        own = self.tr("Your own exercise")
        untrained = self.tr("None of the muscles glueplan plans for: its sets count for none until File > Edit "
                            "exercise… says which it trains.")

        others = other_names(exercise, language)
        equipment = escape(in_sentence(f" {word_or} ".join(
            " + ".join(text(f"equipment.{item.value}", language) for item in sorted(option, key=list(Equipment).index))
            for option in exercise.equipment)))
        p = exercise.prescription
        # "RIR 2" and "rest 2:30" each whole on a line: "rest" at a line's end left "2:30" to read as a time of day
        whole = (part.replace(" ", "\u00a0") for part in (rir_said(p.rir, language), rest_said(p.rest_s, language)))
        dose = sets_reps(p, exercise.laterality is Laterality.UNILATERAL, language)
        prescription = escape(" · ".join((dose, *whole)))
        muscles = "".join(
            f"<li>{escape(self._catalog.muscle(m).name[language])} – "
            f"{escape(text(f'role.{ROLES[w]}', language))} ({decimal(w, language, 2)})</li>"
            for m, w in exercise.muscles)
        parts = [f"<h2>{escape(exercise.name[language])}</h2>"]
        if others:
            parts.append(f"<p style='color:{muted}'>{'<br>'.join(escape(name) for name in others)}</p>")
        parts.append(f"<p><b>{escape(text(f'category.{exercise.category.value}', language))}</b> · "
                     f"{escape(text(f'laterality.{exercise.laterality.value}', language))}<br>{equipment}</p>")
        parts.append(f"<p><b>{escape(default)}:</b> {prescription}<br>"
                     f"<span style='color:{muted}'>{escape(rir_defined(language))}</span></p>")
        weights = " / ".join(decimal(weight, language, 2) for weight in (PRIMARY, SECONDARY, MINOR))
        parts.append(f"<h3>{escape(muscles_heading)}</h3><ul>{muscles}</ul>"
                     f"<p style='color:{muted}'>({weights}: {escape(share)})</p>" if muscles else
                     f"<h3>{escape(muscles_heading)}</h3><p>{escape(untrained)}</p>")
        if exercise.cues[language]:
            cues = "".join(f"<li>{escape(cue)}</li>" for cue in exercise.cues[language])
            parts.append(f"<h3>{escape(how)}</h3><ul>{cues}</ul>")
        if exercise.mistakes[language]:
            mistakes = "".join(f"<li>{escape(mistake)}</li>" for mistake in exercise.mistakes[language])
            parts.append(f"<h3>{escape(mistakes_heading)}</h3><ul>{mistakes}</ul>")
        named = [text(f"source.{source}", language) if f"source.{source}" in text else source
                 for source in exercise.sources]
        sources = escape(", ".join(named)) if not exercise.custom else escape(own)
        parts.append(f"<p style='color:{muted}'>{escape(source_heading)}: {sources}</p>")
        return "".join(parts)


def main() -> int:
    """Preview: ``python -m glueplan.ui.library.exercise_detail [exercise id] [en|da|nb]``."""
    from PySide6.QtWidgets import QApplication

    from glueplan.app.system_language import system_language
    from glueplan.domain.catalog import builtin_catalog

    app = QApplication.instance() or QApplication(sys.argv)
    exercise_id = sys.argv[1] if len(sys.argv) > 1 else "side_lying_hip_abduction"
    language = Language(sys.argv[2]) if len(sys.argv) > 2 else system_language()
    catalog = builtin_catalog()
    detail = ExerciseDetail(catalog, language)
    detail.show_exercise(catalog.exercise(exercise_id))
    detail.resize(380, 640)
    detail.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
