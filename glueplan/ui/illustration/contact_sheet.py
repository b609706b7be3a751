"""A contact sheet: every exercise's start and end pose, named, on one image."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from glueplan.domain.catalog import Exercise, builtin_catalog
from glueplan.domain.figure.pose import Motion
from glueplan.domain.figure.pose_file import builtin_motions
from glueplan.domain.figure.scene import scene_at
from glueplan.domain.language import Language
from glueplan.store.atomic_file import write_file
from glueplan.ui.illustration.renderer import motion_bounds, paint_scene
from glueplan.ui.shared.saved_file import png_bytes

COLUMNS = 4
FIGURE_WIDTH, FIGURE_HEIGHT = 200, 230
TITLE_HEIGHT = 34
GAP = 16


def contact_sheet(exercises: Sequence[tuple[Exercise, Motion]], language: Language) -> QImage:
    """A white image, four exercises a row: the name above, start and end side by side."""
    rows = math.ceil(len(exercises) / COLUMNS)
    cell_width = 2 * FIGURE_WIDTH + GAP
    cell_height = TITLE_HEIGHT + FIGURE_HEIGHT + GAP
    image = QImage(COLUMNS * cell_width + GAP, rows * cell_height + GAP, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    title = QFont()
    title.setPixelSize(16)
    title.setBold(True)
    for index, (exercise, motion) in enumerate(exercises):
        left = GAP + (index % COLUMNS) * cell_width
        top = GAP + (index // COLUMNS) * cell_height
        painter.setFont(title)
        painter.setPen(QColor(40, 40, 40))
        painter.drawText(QRectF(left, top, cell_width - GAP, TITLE_HEIGHT),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, exercise.name[language])
        muscles = dict(exercise.muscles)
        bounds = motion_bounds(motion)
        for column, t in enumerate((0.0, 1.0)):
            target = QRectF(left + column * FIGURE_WIDTH, top + TITLE_HEIGHT, FIGURE_WIDTH, FIGURE_HEIGHT)
            painter.fillRect(target.adjusted(2, 0, -2, 0), QColor(246, 247, 249))
            paint_scene(painter, target.adjusted(4, 4, -4, -4), scene_at(motion, t), muscles, bounds)
    painter.end()
    return image


def write_contact_sheet(out: Path, language: Language) -> None:
    """Every built-in exercise in the catalogue's order, as a PNG written whole or not at all.
    Raises WriteFailed (an OSError) when the file cannot be written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    motions = builtin_motions()
    catalog = builtin_catalog()
    sheet = contact_sheet([(exercise, motions[exercise.id]) for exercise in catalog.exercises.values()
                           if exercise.id in motions], language)
    write_file(out, png_bytes(sheet))
