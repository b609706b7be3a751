"""What the desktop learns about glueplan agrees with glueplan: one version everywhere, the README's
screenshots with short captions, a description in each of its languages, icons drawn from the SVG."""

from __future__ import annotations

import configparser
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from glueplan import __version__
from glueplan.cli import main
from glueplan.ui.application import APP_ID, create_application
from glueplan.ui.help.about import about_text
from tests.conftest import REPO_ROOT, packaging_script

PACKAGING = REPO_ROOT / "packaging"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
METAINFO = ElementTree.parse(PACKAGING / f"{APP_ID}.metainfo.xml").getroot()


def test_one_version_in_about_on_the_command_line_and_in_the_metainfo(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"glueplan {__version__}"
    assert f"glueplan {__version__}</h3>" in about_text()
    newest = METAINFO.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


def test_the_screenshots_are_the_readmes_with_short_captions_in_three_languages() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    screenshots = METAINFO.findall("screenshots/screenshot")
    assert len(screenshots) >= 3
    for screenshot in screenshots:
        image = screenshot.findtext("image", "")
        local = image.split("/main/", 1)[1]
        assert image.startswith("https://") and (REPO_ROOT / local).is_file() and f"]({local})" in readme
        captions = {caption.get(LANG, "en"): caption.text or "" for caption in screenshot.findall("caption")}
        assert set(captions) == {"en", "da", "nb"}
        assert all(0 < len(text) <= 50 for text in captions.values()), captions


def test_the_description_speaks_english_danish_and_norwegian() -> None:
    description = METAINFO.find("description")
    assert description is not None
    paragraphs = description.findall("p")
    items = description.findall("ul/li")
    for elements in (paragraphs, items):
        languages = [element.get(LANG, "en") for element in elements]
        assert languages.count("en") == languages.count("da") == languages.count("nb") > 0


def test_the_desktop_entry_names_the_icon_and_is_the_metainfos_launchable() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert METAINFO.findtext("launchable") == f"{APP_ID}.desktop"
    assert METAINFO.findtext("id") == APP_ID


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_png_icon_is_the_svg_at_its_size(qapp: QApplication, size: int) -> None:
    """A PNG left behind after the SVG changed fails: rerun packaging/render_icons.py."""
    icons = packaging_script("render_icons")
    png = QImage(str(icons.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = icons.rendered(size).convertToFormat(QImage.Format.Format_ARGB32)
    assert (png.width(), png.height()) == (size, size)
    difference = sum(abs(a - b) for a, b in zip(bytes(png.constBits()), bytes(fresh.constBits()), strict=True))
    assert difference / (size * size * 4) < 1.0  # mean difference per channel, out of 255


def test_the_windows_wear_the_icon(qapp: QApplication) -> None:
    app = create_application([])
    assert app.desktopFileName() == APP_ID
    assert not app.windowIcon().pixmap(16, 16).isNull()
