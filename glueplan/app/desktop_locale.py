"""The desktop's locale for each of its conventions, read from the environment here, outside the pure domain (which
maps a locale's name to a paper, units or a language), once for the window and the command line alike: the window's
first profile and print dialog and ``glueplan trainee add`` and ``glueplan print`` answer the same on one desktop.

Each convention is read from the POSIX category that means it, as the C library reads it: LC_ALL, else the
category's own variable, else LANG. Qt's QLocale.system() reads LC_MEASUREMENT so on Linux too (checked in a
subprocess: LANG=da_DK.UTF-8 LC_MEASUREMENT=en_US.UTF-8 measures in US units; LC_ALL=en_US.UTF-8 beats
LC_MEASUREMENT=en_GB.UTF-8); it has no paper, and its name() follows LC_MESSAGES and LANGUAGE, the language's
variables, not the paper's. A desktop's regional settings (GNOME, KDE) reach a program as these variables."""

from __future__ import annotations

import os

from glueplan.domain.paper import Paper, paper_for
from glueplan.domain.trainee import Units, units_for


def desktop_locale(category: str, otherwise: str = "") -> str:
    """The locale's name the desktop set for ``category`` ("LC_PAPER", "LC_MEASUREMENT", "LC_MESSAGES"): LC_ALL, else
    the category's variable, else LANG, an empty one passed over; ``otherwise`` where none is set: "" (the C locale),
    or the system's as the window reads it where a desktop sets no such variables (Windows, macOS: ui's
    logged_text.regional_locale_name)."""
    return next((os.environ[name] for name in ("LC_ALL", category, "LANG") if os.environ.get(name)), otherwise)


def desktop_paper(otherwise: str = "") -> Paper:
    """The paper a sheet is first offered on, in the print dialog and by ``glueplan print``: the desktop's LC_PAPER's,
    whatever language the sheet or the window is in (a Danish physiotherapist in Chicago prints on Letter)."""
    return paper_for(desktop_locale("LC_PAPER", otherwise))


def desktop_units(otherwise: str = "") -> Units:
    """The units a first profile is made in (the welcome's first choice, ui/welcome.py) and ``glueplan trainee add``
    adds a trainee in when not told: pounds where the desktop's LC_MEASUREMENT measures in US units."""
    return units_for(desktop_locale("LC_MEASUREMENT", otherwise))
