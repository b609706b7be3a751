"""Files saved from the window (chart PNG and CSV) are written whole or not at all, and a
failure is said in a dialog: a full disk keeps the old file, a missing folder is named."""

from __future__ import annotations

import errno
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from glueplan.domain.log import LoggedSet
from glueplan.domain.trainee import kilograms
from glueplan.store.database import Store
from glueplan.ui.charts.page import ChartsPage
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.live_workspace import LiveWorkspace

OLD = b"series,date,value\n" + b"x,2026-01-01,1.00\n" * 1200  # a 20 KB earlier export


@pytest.fixture
def charts(qtbot: QtBot, live: LiveWorkspace) -> ChartsPage:
    workspace = live.workspace
    for day in range(5):
        workspace.repository.log_set(workspace.trainee_id, LoggedSet("back_squat", datetime(2026, 11, 23, 18)
                                                                     + timedelta(days=7 * day), 100 + day, 8, 2))
    page = ChartsPage(live)
    qtbot.addWidget(page)
    return page


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or QMessageBox.StandardButton.Ok)
    return said


def test_a_full_disk_keeps_the_earlier_csv_export(charts: ChartsPage, tmp_path: Path, warnings: list[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "chart.csv"
    target.write_bytes(OLD)

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    assert charts.save_csv(str(target)) is None
    assert target.read_bytes() == OLD and os.listdir(folder) == ["chart.csv"]
    assert warnings == [f"{target} could not be written: the disk is full. A file already there was left as it was."]


def test_a_missing_folder_is_said_for_the_csv_and_the_png(charts: ChartsPage, tmp_path: Path,
                                                         warnings: list[str]) -> None:
    assert charts.save_csv(str(tmp_path / "gone" / "chart.csv")) is None
    assert charts.save_png(str(tmp_path / "gone" / "chart.png")) is None
    assert len(warnings) == 2 and all("the folder does not exist" in text for text in warnings)


def test_a_png_is_written_whole(charts: ChartsPage, tmp_path: Path, warnings: list[str]) -> None:
    saved = charts.save_png(str(tmp_path / "chart.png"))
    assert saved is not None and saved.read_bytes().startswith(b"\x89PNG") and not warnings


def test_a_chart_is_offered_under_what_it_shows_in_the_apps_language(qtbot: QtBot, qapp: QApplication, store: Store,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen as a new Norwegian user: Save as PNG… offered "chart.png", in English."""
    from glueplan.app.opening import open_workspace
    from glueplan.domain.language import Language
    from glueplan.ui.application import install_translators

    install_translators(qapp, Language.NB)
    page = ChartsPage(LiveWorkspace(open_workspace(store, Language.NB, kilograms)))
    qtbot.addWidget(page)
    offered: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *args: offered.append(args[2]) or ("", ""))
    page.subject.setCurrentIndex(page.subject.findText("Sidelengs gange med strikk"))
    page.save_png()
    page.mode.setCurrentIndex(2)
    page.save_csv()
    me = page.live.trainee.name
    assert [Path(name).name for name in offered] == [f"Sidelengs gange med strikk - {me}.png",
                                                     f"Økter per uke - {me}.csv"]


def test_the_charts_list_the_exercises_logged_first(qtbot: QtBot, store: Store) -> None:
    """The Charts tab's exercise list held all 60 exercises in one alphabet, those logged lost among
    them (H71's walk): the trainee's logged exercises come first, then, past a line, the rest; a
    new trainee's list is the whole alphabet; a set of another exercise puts it among them."""
    from glueplan.app.log_edits import LogSet
    from glueplan.app.opening import open_workspace
    from glueplan.domain.language import Language
    from glueplan.ui.shared.live_workspace import LiveWorkspace
    from tests.conftest import on_screen

    workspace = open_workspace(store, Language.EN, kilograms)
    live = LiveWorkspace(workspace)
    page = on_screen(qtbot, ChartsPage(live), 1000, 640)
    every = [exercise.id for exercise in workspace.catalog.sorted_exercises(Language.EN)]

    def listed() -> list[str | None]:
        return [page.subject.itemData(row) for row in range(page.subject.count())]

    assert listed() == every
    for exercise_id in ("romanian_deadlift", "clamshell"):
        workspace.repository.log_set(workspace.trainee_id, LoggedSet(exercise_id, datetime(2026, 11, 23, 18), 0, 15))
    page = on_screen(qtbot, ChartsPage(live), 1000, 640)
    assert listed()[:3] == ["clamshell", "romanian_deadlift", None]  # None: the line between
    assert listed()[3:] == [e for e in every if e not in ("clamshell", "romanian_deadlift")]
    assert live.run(LogSet(LoggedSet("back_squat", datetime(2026, 11, 24, 18), 80, 8), "log")) is None
    qtbot.waitUntil(lambda: listed()[:4] == ["back_squat", "clamshell", "romanian_deadlift", None])


def test_a_saved_chart_says_what_whose_and_when_above_the_plots(qtbot: QtBot, charts: ChartsPage,
                                                                 tmp_path: Path) -> None:
    """Save as PNG wrote the plots alone: a chart handed to a client said neither what it was of,
    nor whose, nor over which dates (H71's walk). A line of title stands above the plots."""
    from PySide6.QtGui import QImage

    charts.resize(1000, 640)
    charts.show()
    qtbot.waitExposed(charts)
    plots = charts.plots.grab().toImage()
    saved = charts.save_png(str(tmp_path / "chart.png"))
    assert saved is not None
    image = QImage(str(saved))
    assert image.width() == plots.width() and image.height() > plots.height()
    header = image.height() - plots.height()
    ground = image.pixelColor(1, 1)
    inked = sum(image.pixelColor(x, y) != ground for x in range(0, image.width() // 2, 2) for y in range(header))
    assert inked > 50  # the title's letters
    assert image.copy(0, header, plots.width(), plots.height()) == plots.convertToFormat(image.format())
