"""The window's way in through the command line: a line of glueplan's own options alone starts the window without
building the commands' parsers or importing their modules; every other line is the full parser's, as before."""

from __future__ import annotations

import argparse
import pkgutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import glueplan.cli
from glueplan.cli import entry

WINDOW_LINES = [[], ["--db", "x.sqlite"], ["--lang=da", "--trainee", "Ane"], ["--tr", "Bo", "--la", "nb", "--d", "y"],
                ["--db", "x", "--db", "y"], ["--trainee", "-x y"], ["--trainee", "catalog"]]


def counted_builds(monkeypatch: pytest.MonkeyPatch) -> list[argparse.ArgumentParser]:
    """The full parsers main builds, from now on."""
    built: list[argparse.ArgumentParser] = []
    real: Callable[[], argparse.ArgumentParser] = entry.build_parser
    monkeypatch.setattr(entry, "build_parser", lambda: built.append(real()) or built[-1])
    return built


@pytest.mark.parametrize("argv", WINDOW_LINES)
def test_the_window_starts_without_the_commands_parsers(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Building the ten commands' parsers took 2.8-5.5 ms of the window's start; the window gets what the full
    parser would have given it."""
    expected = entry.build_parser().parse_args(argv)
    built = counted_builds(monkeypatch)
    started: list[argparse.Namespace] = []
    monkeypatch.setattr(entry, "desktop_app", lambda args: started.append(args) or 0)
    assert entry.main(argv) == 0
    assert built == []
    assert [vars(args) for args in started] == [{"command": None, "db": getattr(expected, "db", None),
                                                 "lang": getattr(expected, "lang", None),
                                                 "trainee": getattr(expected, "trainee", None)}]


@pytest.mark.parametrize("argv", [["-h"], ["--he"], ["--lang", "sv"], ["--db"], ["--trainee", "-h"], ["--"],
                                  ["--db", "x", "--unknown"], ["catalog", "list", "--version"],
                                  ["--trainee", "catalog", "list"],
                                  ["--db", "x", "trainee"], ["--version"]])
def test_any_other_line_is_said_as_the_full_parser_says_it(argv: list[str], monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Help, a command, a mistake: the window's parser says nothing of its own (its usage would lack the commands,
    and it would take --version after a command); --version is the same either way."""
    with pytest.raises(SystemExit) as full:
        entry.build_parser().parse_args(argv)
    said = capsys.readouterr()
    counted_builds(monkeypatch)
    with pytest.raises(SystemExit) as caught:
        entry.main(argv)
    assert (caught.value.code, capsys.readouterr()) == (full.value.code, said)


COMMAND_MODULES = sorted(f"glueplan.cli.{module.name}" for module in pkgutil.iter_modules(glueplan.cli.__path__)
                         if module.name not in ("entry", "terminal"))

WINDOWS_WAY = """
import sys
import glueplan.cli.entry as entry
entry.desktop_app = lambda args: 0
entry.main(["--db", sys.argv[1]])
print(" ".join(sorted(name for name in sys.modules if name.startswith("glueplan.cli.") or name == "sqlite3")))
"""


def test_the_window_imports_no_command_module_nor_sqlite3(tmp_path: Path) -> None:
    """Each command's module is imported with its parser, when a command or help asks for it; sqlite3 (1.3 ms) when
    the window reads a file, which a new database's first screen is painted without."""
    assert len(COMMAND_MODULES) >= 10 and "glueplan.cli.catalog" in COMMAND_MODULES
    result = subprocess.run([sys.executable, "-c", WINDOWS_WAY, str(tmp_path / "x.sqlite")], capture_output=True,
                            text=True, timeout=60, check=True)
    assert result.stdout.split() == ["glueplan.cli.entry", "glueplan.cli.terminal"]
