"""The Flatpak manifest (packaging/APP_ID.yml) cannot be built here; what can be read is checked:
every Python dependency pinned to a PyPI file with its sha256, in versions glueplan accepts, for
both architectures where it is compiled, and the BaseApp's conventions kept."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, distribution

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from glueplan.ui.application import APP_ID
from tests.conftest import REPO_ROOT

MANIFEST = (REPO_ROOT / "packaging" / f"{APP_ID}.yml").read_text(encoding="utf-8")
WHEEL = re.compile(r"url: https://files\.pythonhosted\.org/packages/[0-9a-f/]+/([^/\s]+\.whl)\n"
                   r"\s+sha256: [0-9a-f]{64}\n(?:\s+only-arches:\n\s+- (\w+)\n)?")
FLATPAK_PYTHON = {"python_version": "3.13", "python_full_version": "3.13.0", "sys_platform": "linux",
                  "platform_system": "Linux", "extra": ""}
FROM_THE_BASEAPP = {"pyside6-essentials", "numpy"}


def pinned() -> dict[str, tuple[Version, set[str]]]:
    """Each wheel's project: its version and the architectures it is fetched for ('any' when pure)."""
    wheels: dict[str, tuple[Version, set[str]]] = {}
    for file, arch in WHEEL.findall(MANIFEST):
        project, version, *_ = file.split("-")
        version_now, arches = wheels.setdefault(canonicalize_name(project), (Version(version), set()))
        assert version_now == Version(version), f"two versions of {project}"
        arches.add(arch or "any")
    return wheels


def test_every_download_is_a_pypi_file_with_its_sha256() -> None:
    downloads = re.findall(r"^\s+url: (\S+)", MANIFEST, re.MULTILINE)
    glueplan_itself = [url for url in downloads if not url.startswith("https://files.pythonhosted.org/")]
    assert glueplan_itself == ["https://github.com/glueplan/glueplan.git"]
    assert len(WHEEL.findall(MANIFEST)) == len(downloads) - 1


def test_compiled_wheels_come_for_both_architectures_and_the_runtimes_python() -> None:
    for project, (_version, arches) in pinned().items():
        assert arches in ({"any"}, {"x86_64", "aarch64"}), project
    for file, arch in WHEEL.findall(MANIFEST):
        assert ("-cp313-" in file) == bool(arch), file


def test_glueplans_dependencies_and_theirs_are_pinned_in_versions_they_accept() -> None:
    wheels = pinned()
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(line) for line in project["dependencies"]]
    wanted += [Requirement(f"{extra}=={wheels[extra][0]}") for extra in ("psycopg-binary", "hatchling")]
    checked: set[str] = set()
    while wanted:
        requirement = wanted.pop()
        name = canonicalize_name(requirement.name)
        if (requirement.marker and not requirement.marker.evaluate(FLATPAK_PYTHON)) or name in FROM_THE_BASEAPP:
            continue
        assert name in wheels, f"{requirement} is not in the manifest"
        assert requirement.specifier.contains(wheels[name][0], prereleases=True), f"{requirement}: {wheels[name][0]}"
        if name not in checked:
            checked.add(name)
            try:  # what the pinned project needs in turn, as the installed copy names it
                wanted += [Requirement(line) for line in distribution(name).requires or []]
            except PackageNotFoundError:
                pass
    assert checked == set(wheels), "a wheel nothing needs"


def test_the_pyside_baseapps_conventions() -> None:
    runtime = re.search(r"^runtime-version: '([\d.]+)'$", MANIFEST, re.MULTILINE)
    base = re.search(r"^base-version: '([\d.]+)'$", MANIFEST, re.MULTILINE)
    assert runtime and base and runtime[1] == base[1]
    for line in ("runtime: org.kde.Platform", "sdk: org.kde.Sdk", "base: io.qt.PySide.BaseApp",
                 "  - /app/cleanup-BaseApp.sh", "    - BASEAPP_REMOVE_WEBENGINE=1", "  - --share=ipc",
                 "  - --socket=wayland", "  - --socket=fallback-x11", "  - --device=dri", "  - --socket=cups"):
        assert f"\n{line}" in MANIFEST, line
    assert "BASEAPP_DISABLE_NUMPY" not in MANIFEST.replace("(BASEAPP_DISABLE_NUMPY unset)", "")  # pyqtgraph needs it
    for installed in ("packaging/${FLATPAK_ID}.desktop", "packaging/${FLATPAK_ID}.metainfo.xml",
                      "resources/icons/${FLATPAK_ID}.svg", "packaging/icons/hicolor"):
        assert installed in MANIFEST
