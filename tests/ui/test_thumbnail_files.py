"""Exercise pictures drawn in one run are read back in the next, not drawn again; a change of
what draws them, a damaged file or a cache folder that cannot be written costs a redraw, never
an error."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

import glueplan
from glueplan.domain.catalog import Catalog
from glueplan.domain.figure.pose import Motion
from glueplan.domain.figure.pose_file import builtin_motions
from glueplan.domain.resources import resource_dir
from glueplan.ui.illustration import renderer
from glueplan.ui.illustration.thumbnail_files import ThumbnailFiles
from glueplan.ui.illustration.thumbnails import Thumbnails

SIZE = QSize(40, 40)


def pictures(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.png"))


def test_a_picture_drawn_once_is_read_back_by_the_next_run(qtbot: QtBot, catalog: Catalog, tmp_path: Path) -> None:
    squat = catalog.exercise("back_squat")
    drawn = Thumbnails(files=ThumbnailFiles(tmp_path)).pixmap(squat, SIZE)
    assert drawn is not None and len(pictures(tmp_path)) == 1
    next_run = Thumbnails(motions={}, files=ThumbnailFiles(tmp_path))  # it could draw nothing itself
    read = next_run.pixmap_later(squat, SIZE)  # no queue, no wait: there at once
    assert read is not None and read.toImage() == drawn.toImage()
    assert not next_run.busy


def test_the_pictures_are_in_the_folder_the_last_runs_wrote_them_to(qtbot: QtBot, catalog: Catalog,
                                                                    tmp_path: Path) -> None:
    """Named as it always was: by glueplan's version, then the name, size and time of each pose file and each module
    of the figure and the drawing code. Named anew, a returning user's first start would draw every picture again."""
    package = Path(glueplan.__file__).parent
    drawn_by = [*sorted((resource_dir() / "poses").glob("*.toml")), *sorted((package / "domain/figure").glob("*.py")),
                *sorted((package / "ui/illustration").glob("*.py"))]
    name = hashlib.sha1(glueplan.__version__.encode())
    for path in drawn_by:
        name.update(f"{path.name}:{path.stat().st_size}:{path.stat().st_mtime_ns};".encode())
    Thumbnails(files=ThumbnailFiles(tmp_path)).pixmap(catalog.exercise("back_squat"), SIZE)
    assert [picture.parent.name for picture in pictures(tmp_path)] == [name.hexdigest()[:16]]


def test_a_picture_waiting_to_be_drawn_is_not_looked_for_on_disk_again(qtbot: QtBot, catalog: Catalog,
                                                                        tmp_path: Path) -> None:
    """A view repaints many times during a first start, asking for the same missing pictures."""
    files = ThumbnailFiles(tmp_path)
    looked: list[object] = []
    read = files.read
    files.read = lambda key: looked.append(key) or read(key)  # type: ignore[method-assign]
    cache = Thumbnails(files=files)
    squat = catalog.exercise("back_squat")
    for _ in range(5):
        assert cache.pixmap_later(squat, SIZE) is None
    assert len(looked) == 1


def test_another_version_draws_again_and_clears_the_old_pictures(qtbot: QtBot, catalog: Catalog, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    squat = catalog.exercise("back_squat")
    Thumbnails(files=ThumbnailFiles(tmp_path)).pixmap(squat, SIZE)
    old = pictures(tmp_path)
    monkeypatch.setattr(glueplan, "__version__", "99.0")
    later = Thumbnails(motions={}, files=ThumbnailFiles(tmp_path))
    assert later.pixmap(squat, SIZE) is None  # not read from the old version's folder
    Thumbnails(files=ThumbnailFiles(tmp_path)).pixmap(squat, SIZE)
    assert len(pictures(tmp_path)) == 1 and pictures(tmp_path) != old


def test_a_damaged_picture_is_drawn_again(qtbot: QtBot, catalog: Catalog, tmp_path: Path) -> None:
    squat = catalog.exercise("back_squat")
    Thumbnails(files=ThumbnailFiles(tmp_path)).pixmap(squat, SIZE)
    pictures(tmp_path)[0].write_bytes(b"")  # a power cut before the bytes reached the disk
    again = Thumbnails(motions=builtin_motions(), files=ThumbnailFiles(tmp_path)).pixmap(squat, SIZE)
    assert again is not None and not again.isNull()
    assert pictures(tmp_path)[0].stat().st_size > 0


def test_a_cache_that_cannot_be_written_still_shows_the_picture(qtbot: QtBot, catalog: Catalog,
                                                                tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    picture = Thumbnails(files=ThumbnailFiles(blocked)).pixmap(catalog.exercise("back_squat"), SIZE)
    assert picture is not None and not picture.isNull()


def test_a_picture_that_cannot_be_drawn_stops_no_other_and_is_not_queued_again(
        qtbot: QtBot, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One drawing that raised left the queue for the session: every row still waiting kept its clear room. A figure
    with no motion (an own exercise looking like one a later version renamed), or one that failed, was queued again at
    every paint (failed before: the picture after the failed one never came)."""
    squat, bridge, clam = (catalog.exercise(id) for id in ("back_squat", "glute_bridge", "clamshell"))
    motions = dict(builtin_motions())
    del motions[str(bridge.figure_id)]
    draw = renderer.render_image

    def broken(motion: Motion, t: float, size: QSize, muscles: Mapping[str, float]) -> QImage:
        if motion is motions[str(squat.figure_id)]:
            raise RuntimeError("no pose for the hips")
        return draw(motion, t, size, muscles)

    monkeypatch.setattr(renderer, "render_image", broken)
    cache = Thumbnails(motions=motions, files=ThumbnailFiles(tmp_path))
    assert all(cache.pixmap_later(exercise, SIZE) is None for exercise in (squat, bridge, clam))
    with qtbot.capture_exceptions() as raised:  # the uncaught-error hook's, in the window
        qtbot.waitUntil(lambda: not cache.busy, timeout=1000)
    assert [str(error) for _, error, _ in raised] == ["no pose for the hips"]
    drawn = cache.pixmap_later(clam, SIZE)
    assert drawn is not None and not drawn.isNull()
    assert cache.pixmap_later(squat, SIZE) is None and cache.pixmap_later(bridge, SIZE) is None and not cache.busy
