"""The desktop's paper and likely units, each read from the POSIX category that sets it (LC_PAPER, LC_MEASUREMENT;
LC_ALL before either, LANG after), once, for the window and the command line: the paper was the window language's
locale's, through Qt (a Danish window on an American desktop offered A4 beside pounds), and the units Qt's."""

from __future__ import annotations

import pytest

from glueplan.app.desktop_locale import desktop_paper, desktop_units
from glueplan.domain.paper import Paper
from glueplan.domain.trainee import Units

US, GB, DK = "en_US.UTF-8", "en_GB.UTF-8", "da_DK.UTF-8"


@pytest.mark.parametrize(("environment", "paper", "units"), [
    ({"LANG": US}, Paper.LETTER, Units.LB),
    ({"LANG": GB}, Paper.A4, Units.KG),
    ({}, Paper.A4, Units.KG),  # the C locale
    ({"LANG": US, "LC_PAPER": GB}, Paper.A4, Units.LB),  # was Letter
    ({"LANG": GB, "LC_PAPER": US}, Paper.LETTER, Units.KG),  # was A4
    ({"LANG": DK, "LC_PAPER": US, "LC_MEASUREMENT": US}, Paper.LETTER, Units.LB),  # was A4, lb
    ({"LANG": US, "LC_MEASUREMENT": DK}, Paper.LETTER, Units.KG),
    ({"LANG": GB, "LC_ALL": US, "LC_PAPER": GB, "LC_MEASUREMENT": GB}, Paper.LETTER, Units.LB),
    ({"LANG": US, "LANGUAGE": "da", "LC_MESSAGES": DK}, Paper.LETTER, Units.LB),  # a Danish window: was A4
    ({"LANG": GB, "LANGUAGE": "en_US", "LC_MESSAGES": US}, Paper.A4, Units.KG),  # was Letter
    ({"LANG": "", "LC_ALL": "", "LC_PAPER": US}, Paper.LETTER, Units.KG),  # an empty variable is passed over
    ({"LANG": "es_US.UTF-8"}, Paper.LETTER, Units.LB),  # was A4
    ({"LANG": "fr_CA.UTF-8"}, Paper.LETTER, Units.KG),  # was A4
])
def test_the_desktop_sets_the_paper_and_the_units_each_by_its_own_variable(
        monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], paper: Paper, units: Units) -> None:
    monkeypatch.delenv("LANG")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert (desktop_paper(), desktop_units()) == (paper, units)

