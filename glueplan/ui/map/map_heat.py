"""Heat-mode colours for the muscle map, from what the rules engine reports.

Three readings: the planned week's hard sets against each muscle's target band, readiness at an
hour of the planned week, and readiness now from what was actually logged in the last week ("what
can I train today?"); readiness in per cent, with the same 50 % and 75 % lines as rule REC-2.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from glueplan.domain.rules import OffBand, WeekSummary, off_band
from glueplan.domain.thresholds import Thresholds
from glueplan.ui.map.muscle_map import MapPaint
from glueplan.ui.shared.plain_text import filled


class HeatMode(IntEnum):
    """What the heat map shows, in the order a chooser lists the modes."""

    WEEKLY_SETS = 0
    PLANNED_READINESS = 1  # at an hour of the planned week, the week repeating
    LOGGED_READINESS = 2  # now, from the sets logged in the week before


def mode_name(mode: HeatMode) -> str:
    return {HeatMode.WEEKLY_SETS: QCoreApplication.translate("MapHeat", "Weekly hard sets"),
            HeatMode.PLANNED_READINESS: QCoreApplication.translate("MapHeat", "Readiness in the planned week"),
            HeatMode.LOGGED_READINESS: QCoreApplication.translate("MapHeat", "Readiness now, from the log")}[mode]


UNDER = QColor(224, 160, 48, 215)
IN_BAND = QColor(47, 143, 157, 215)  # teal, not green: told from red by colour-blind eyes too
OVER = QColor(200, 85, 61, 225)
TRAINED = QColor(120, 130, 160, 170)


def volume_paint(week: WeekSummary) -> MapPaint:
    """Muscles with a band: under, in or over it, as the rules judge it (a deload's planned low
    count is no shortfall); others: trained hard or not at all."""
    shade = {OffBand.BELOW: UNDER, OffBand.ABOVE: OVER, None: IN_BAND}
    colours = {}
    for muscle, summary in week.muscles.items():
        if summary.band is not None:
            colours[muscle] = shade[off_band(summary.hard_sets, summary.band, week.deload)]
        elif summary.hard_sets > 0:
            colours[muscle] = TRAINED
    below = () if week.deload else ((UNDER, QCoreApplication.translate("MapHeat", "Below the weekly band")),)
    legend = (*below,
              (IN_BAND, QCoreApplication.translate("MapHeat", "In the band, or under it as the deload plans")
               if week.deload else QCoreApplication.translate("MapHeat", "In the band")),
              (OVER, QCoreApplication.translate("MapHeat", "Above the band")),
              (TRAINED, QCoreApplication.translate("MapHeat", "Trained (no band)")))
    return MapPaint(colours, legend)


def readiness_paint(readiness: Mapping[str, float], limits: Thresholds) -> MapPaint:
    """Readiness in per cent per muscle: red under the error line, amber under the warning line."""
    colours = {}
    for muscle, value in readiness.items():
        if value < limits.readiness_error:
            colours[muscle] = OVER
        elif value < limits.readiness_warning:
            colours[muscle] = UNDER
        else:
            colours[muscle] = IN_BAND
    error, warning = f"{limits.readiness_error:g}", f"{limits.readiness_warning:g}"
    legend = ((OVER, QCoreApplication.translate("MapHeat", "Under %1 % ready").replace("%1", error)),
              (UNDER, filled(QCoreApplication.translate("MapHeat", "%1–%2 % ready"), error, warning)),
              (IN_BAND, QCoreApplication.translate("MapHeat", "%1 % ready or more").replace("%1", warning)))
    return MapPaint(colours, legend)
