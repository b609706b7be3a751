"""Help > About glueplan: version, licence, and where the training science comes from."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from glueplan import __version__

LICENCE = "MIT"
# The studies and position stands the rules, the catalogue and the recovery model rest on
# (shared/domain/training-science.md names each beside the figure it gives).
SCIENCE_SOURCES = (
    "American College of Sports Medicine 2009: progression models in resistance training",
    "Schoenfeld, Ogborn & Krieger 2016, Sports Med 46:1689 (training frequency)",
    "Schoenfeld et al. 2017, J Sports Sci 35:1073 (weekly sets and muscle growth)",
    "Schoenfeld et al. 2016, J Strength Cond Res 30:1805 (rest between sets)",
    "Schoenfeld et al. 2021, Sports 9:32 (loading zones)",
    "Pelland et al. 2025, Sports Med, doi 10.1007/s40279-025-02344-w (fractional sets)",
    "IUSCA 2021 position stand (volume per session and per week)",
    "Helms et al. 2016 (RIR and RPE); Refalo et al. 2023; Robinson et al. 2024 (proximity to failure)",
    "Bell et al. 2024; Rogerson et al. 2024 (deloads)",
    "Moran-Navarro et al. 2017; Vickers 2001 (recovery)",
    "Plotkin et al. 2023; Contreras et al. 2015; Kubo et al. 2019 (hip thrust, squat depth)",
    "Distefano et al. 2009; Selkowitz et al. 2013; Macadam et al. 2015; Youdas et al. 2013 (gluteus medius)",
)


def about_text() -> str:
    summary = QCoreApplication.translate("About", "Plan, check and log glute training.")
    licence = QCoreApplication.translate("About", "Licence: %1.").replace("%1", LICENCE)
    heading = QCoreApplication.translate("About", "The rules, the exercises and the recovery model follow these sources:")
    design = QCoreApplication.translate("About", "Figures no study gives are marked as design choices in the rules.")
    sources = "".join(f"<li>{escape(source)}</li>" for source in SCIENCE_SOURCES)
    return (f"<h3>glueplan {escape(__version__)}</h3><p>{escape(summary)}</p><p>{escape(licence)}</p>"
            f"<p>{escape(heading)}</p><ul>{sources}</ul><p>{escape(design)}</p>")


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About glueplan"), about_text())
