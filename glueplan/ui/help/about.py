"""Help > About glueplan: version, licence, and where the training science comes from."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from glueplan import __version__
from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import selectable

LICENCE = "MIT"
# The studies and position stands the rules, the catalogue and the recovery model rest on
# (shared/domain/training-science.md names each beside the figure it gives): the citation,
# which stays as published, and what it is cited for, which is translated.
SCIENCE_SOURCES = (
    ("American College of Sports Medicine 2009", QT_TRANSLATE_NOOP("About", "progression models")),
    ("Schoenfeld, Ogborn & Krieger 2016, Sports Med 46:1689", QT_TRANSLATE_NOOP("About", "training frequency")),
    ("Schoenfeld et al. 2017, J Sports Sci 35:1073", QT_TRANSLATE_NOOP("About", "weekly sets and muscle growth")),
    ("Schoenfeld et al. 2016, J Strength Cond Res 30:1805", QT_TRANSLATE_NOOP("About", "rest between sets")),
    ("Schoenfeld et al. 2021, Sports 9:32", QT_TRANSLATE_NOOP("About", "repetition ranges")),
    ("Pelland et al. 2025, Sports Med, doi 10.1007/s40279-025-02344-w", QT_TRANSLATE_NOOP("About", "fractional sets")),
    ("IUSCA 2021", QT_TRANSLATE_NOOP("About", "volume per session and per week")),
    ("Helms et al. 2016; Refalo et al. 2023; Robinson et al. 2024", QT_TRANSLATE_NOOP("About", "reps in reserve")),
    ("Bell et al. 2024; Rogerson et al. 2024", QT_TRANSLATE_NOOP("About", "deload weeks")),
    ("Moran-Navarro et al. 2017; Vickers 2001", QT_TRANSLATE_NOOP("About", "recovery")),
    ("Plotkin et al. 2023; Contreras et al. 2015; Kubo et al. 2019",
     QT_TRANSLATE_NOOP("About", "hip thrust and squat")),
    ("Distefano et al. 2009; Selkowitz et al. 2013; Macadam et al. 2015; Youdas et al. 2013",
     QT_TRANSLATE_NOOP("About", "gluteus medius exercises")),
)


def about_text() -> str:
    summary = QCoreApplication.translate("About", "Plan, check and log glute training.")
    licence = QCoreApplication.translate("About", "Licence: %1.").replace("%1", LICENCE)
    heading = QCoreApplication.translate("About",
                                         "The rules, the exercises and the recovery model follow these sources:")
    design = QCoreApplication.translate("About", "Figures no study gives are marked as design choices in the rules.")
    sources = "".join(f"<li>{escape(citation)} ({escape(QCoreApplication.translate('About', topic))})</li>"
                      for citation, topic in SCIENCE_SOURCES)
    return (f"<h3>glueplan {escape(__version__)}</h3><p>{escape(summary)}</p><p>{escape(licence)}</p>"
            f"<p>{escape(heading)}</p><ul>{sources}</ul><p>{escape(design)}</p>")


def show_about(parent: QWidget) -> None:
    """As QMessageBox.about shows it (the window's icon, one OK), but asked as every dialog is: its OK has a letter."""
    box = selectable(QMessageBox(QMessageBox.Icon.NoIcon, QCoreApplication.translate("About", "About glueplan"),
                                 about_text(), QMessageBox.StandardButton.Ok, parent))  # its version, to be copied
    with asked(box):
        box.setTextFormat(Qt.TextFormat.RichText)  # about_text escapes what it puts in
        box.setIconPixmap(box.windowIcon().pixmap(64))
        box.exec()
