"""What glueplan makes of its data files is kept between runs (store/resource_files.py): read back, it equals what
parsing makes; a changed data file, a damaged or foreign file in the cache, or a cache that cannot be written costs a
parse, never an error; broken data is said as it always was, and never kept."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import msgspec
import pytest

from glueplan.cli import entry
from glueplan.domain import catalog as catalog_module
from glueplan.domain import default_names
from glueplan.domain import language, limits, record, validation
from glueplan.domain import messages as messages_module
from glueplan.domain.catalog import builtin_catalog, catalog_files, load_catalog
from glueplan.domain.language import Language
from glueplan.domain.messages import Messages, load_messages, messages
from glueplan.domain.resources import resource_cache, resource_dir
from glueplan.domain.validation import DataError
from glueplan.store.resource_files import FOLDER, ResourceFiles
from glueplan.store.stamped_cache import stamp
from tests.conftest import RESOURCES

T = TypeVar("T")

# Each value kept, by its name in the cache: made through the cache installed (the body of the function that loads
# it once a process), and parsed without one.
LOADS: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
    "messages": (messages.__wrapped__, lambda: load_messages(resource_dir() / "messages.toml")),
    "catalog": (builtin_catalog.__wrapped__, lambda: load_catalog(resource_dir() / "catalog")),
}


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The data files parsed from now on."""
    files: list[Path] = []

    def counted(path: Path) -> dict[str, Any]:
        files.append(path)
        return validation.read_toml(path)

    for module in (messages_module, catalog_module):
        monkeypatch.setattr(module, "read_toml", counted)
    return files


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the messages and the catalogue, glueplan's data for the test (GLUEPLAN_RESOURCES)."""
    copy = tmp_path / "resources"
    shutil.copytree(RESOURCES / "catalog", copy / "catalog")
    shutil.copy2(RESOURCES / "messages.toml", copy)
    monkeypatch.setenv("GLUEPLAN_RESOURCES", str(copy))
    return copy


def kept_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.msgpack"))


@pytest.mark.parametrize("name", LOADS)
def test_a_value_kept_is_read_back_as_parsing_makes_it(name: str, tmp_path: Path, parsed: list[Path]) -> None:
    load, parse = LOADS[name]
    with resource_cache(ResourceFiles(tmp_path)):
        made = load()
        assert parsed
        parsed.clear()
        kept = load()
    assert parsed == []  # read back, not parsed
    assert kept is not made and kept == made == parse()
    assert [path.parent.name for path in kept_files(tmp_path)] == [name]


def test_a_changed_text_is_parsed_again_and_the_old_file_removed(data: Path, tmp_path: Path,
                                                                 parsed: list[Path]) -> None:
    """Changed, and its time put back as a copy that keeps times does: its size tells."""
    file = data / "messages.toml"
    cache = ResourceFiles(tmp_path / "cache")
    with resource_cache(cache):
        messages.__wrapped__()
        old = kept_files(tmp_path / "cache")
        written = file.stat().st_mtime_ns
        file.write_text(file.read_text(encoding="utf-8").replace('en = "Me"', 'en = "Myself"', 1), encoding="utf-8")
        os.utime(file, ns=(written, written))
        assert messages.__wrapped__()("trainee.default_name", Language.EN) == "Myself"
        assert messages.__wrapped__()("trainee.default_name", Language.EN) == "Myself"  # kept, and read back so
    assert parsed == [file, file]
    assert len(kept_files(tmp_path / "cache")) == 1 and kept_files(tmp_path / "cache") != old


def test_a_data_file_touched_is_parsed_again(data: Path, tmp_path: Path, parsed: list[Path]) -> None:
    """Its time alone changed (a copy, an editor's save of the same text): it is not read to tell."""
    hinge = data / "catalog" / "exercises" / "hinge.toml"
    with resource_cache(ResourceFiles(tmp_path / "cache")):
        builtin_catalog.__wrapped__()
        parsed.clear()
        later = hinge.stat().st_mtime_ns + 1_000_000_000
        os.utime(hinge, ns=(later, later))
        builtin_catalog.__wrapped__()
    assert parsed == catalog_files(data / "catalog")


def test_an_exercise_file_renamed_is_parsed_again(data: Path, tmp_path: Path, parsed: list[Path]) -> None:
    """The files a catalogue is read from are named by the catalogue's folder (one added, removed or renamed)."""
    hinge = data / "catalog" / "exercises" / "hinge.toml"
    with resource_cache(ResourceFiles(tmp_path / "cache")):
        builtin_catalog.__wrapped__()
        parsed.clear()
        hinge.rename(hinge.with_name("hinges.toml"))  # its size, time and place among the files as they were
        builtin_catalog.__wrapped__()
    assert parsed == catalog_files(data / "catalog") and hinge.with_name("hinges.toml") in parsed


@pytest.mark.parametrize("damage", [b"", b"\xc1 no msgpack", msgspec.msgpack.encode({"texts": {}})],
                         ids=["empty after a power cut", "not msgpack", "another shape of record"])
def test_a_damaged_or_foreign_file_is_made_again(damage: bytes, tmp_path: Path) -> None:
    with resource_cache(ResourceFiles(tmp_path)):
        messages.__wrapped__()
        [file] = kept_files(tmp_path)
        file.write_bytes(damage)
        again = messages.__wrapped__()
    assert again == LOADS["messages"][1]()
    assert msgspec.msgpack.decode(file.read_bytes(), type=Messages) == again


def test_broken_data_is_said_as_before_and_never_kept(data: Path, tmp_path: Path) -> None:
    file = data / "messages.toml"
    file.write_text(file.read_text(encoding="utf-8") + "\n[trainee.broken\n", encoding="utf-8")
    with pytest.raises(DataError) as parsing:
        load_messages(file)
    with resource_cache(ResourceFiles(tmp_path / "cache")), pytest.raises(DataError) as keeping:
        messages.__wrapped__()
    assert str(keeping.value) == str(parsing.value) and "not valid TOML" in str(keeping.value)
    assert not (tmp_path / "cache").exists()


def test_a_data_file_gone_is_said_as_before(data: Path, tmp_path: Path) -> None:
    (data / "catalog" / "muscles.toml").unlink()
    with pytest.raises(DataError) as parsing:
        load_catalog(data / "catalog")
    with resource_cache(ResourceFiles(tmp_path / "cache")), pytest.raises(DataError) as keeping:
        builtin_catalog.__wrapped__()
    assert str(keeping.value) == str(parsing.value) and "cannot be read" in str(keeping.value)


def test_a_cache_that_cannot_be_written_still_gives_the_values(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    with resource_cache(ResourceFiles(blocked)):
        made = {name: load() for name, (load, _parse) in LOADS.items()}
    assert made == {name: parse() for name, (_load, parse) in LOADS.items()}


def test_an_old_file_that_cannot_be_removed_stays_and_the_value_is_given(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Another version's file held open (Windows refuses to remove it: another glueplan reading it, a virus scanner)
    stays for a later start to remove: the messages are given, not an error at start."""
    old = tmp_path / "messages" / "0000000000000000.msgpack"
    old.parent.mkdir()
    old.write_bytes(b"another version's")
    unlink = Path.unlink

    def held_open(path: Path, missing_ok: bool = False) -> None:
        if path == old:
            raise PermissionError(13, "The process cannot access the file", str(path))
        unlink(path, missing_ok)

    monkeypatch.setattr(Path, "unlink", held_open)
    with resource_cache(ResourceFiles(tmp_path)):
        made = messages.__wrapped__()
    assert made == LOADS["messages"][1]()
    assert old.exists() and len(kept_files(tmp_path)) == 2


class Sources:
    """A cache that keeps nothing and notes what each value is made from."""

    def __init__(self) -> None:
        self.of: dict[str, Sequence[Path]] = {}

    def load(self, name: str, sources: Sequence[Path], kind: Any, make: Callable[[], T]) -> T:
        self.of[name] = sources
        return make()


def test_a_value_is_named_by_its_data_files_and_the_code_that_reads_them() -> None:
    seen = Sources()
    with resource_cache(seen):
        messages.__wrapped__()
        builtin_catalog.__wrapped__()
    readers = {Path(module.__file__ or "") for module in (language, validation, record)}
    assert {resource_dir() / "messages.toml", Path(messages_module.__file__ or "")
            } | readers <= set(seen.of["messages"])
    assert {*catalog_files(resource_dir() / "catalog"), Path(catalog_module.__file__ or ""), Path(limits.__file__ or "")
            } | readers <= set(seen.of["catalog"])


def test_the_default_names_are_made_once_and_read_back_named_by_all_they_are_made_of(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Making them builds every template in every language; a start reads them back."""
    made: list[dict[str, Any]] = []
    make = default_names._made_defaults
    monkeypatch.setattr(default_names, "_made_defaults", lambda: made.append(make()) or made[-1])
    seen = Sources()
    with resource_cache(seen):
        default_names._defaults.__wrapped__()
    folder = resource_dir()
    assert {folder / "messages.toml", *catalog_files(folder / "catalog"), *(folder / "templates").glob("*.json"),
            Path(default_names.__file__ or ""), Path(messages_module.__file__ or "")} <= set(seen.of["default-names"])
    made.clear()
    with resource_cache(ResourceFiles(tmp_path)):
        first = default_names._defaults.__wrapped__()
        kept = default_names._defaults.__wrapped__()
    assert len(made) == 1 and kept is not first and kept == first == make()
    assert first["Mig"] == first["Me"] and first["Me"].nb == "Meg selv"


def test_another_version_or_a_bundle_built_anew_names_another_file(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import glueplan

    sources = catalog_files(resource_dir() / "catalog")
    names = {stamp(sources)}
    monkeypatch.setattr(glueplan, "__version__", "99.0")
    names.add(stamp(sources))
    bundle = tmp_path / "glueplan"  # PyInstaller's executable holds the modules
    bundle.write_bytes(b"one build")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))
    names.add(stamp(sources))
    bundle.write_bytes(b"another build")
    names.add(stamp(sources))
    assert len(names) == 4


def test_the_command_keeps_what_it_loads_in_the_users_cache_folder(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Installed by the command before anything is loaded, for the window and the commands alike, and only while
    it runs."""
    def window(args: object) -> int:
        builtin_catalog.__wrapped__()
        return 0

    monkeypatch.setattr(entry, "desktop_app", window)
    assert entry.main([]) == 0
    folder = tmp_path / "xdg-cache" / "glueplan" / FOLDER  # XDG_CACHE_HOME: tests/conftest.py
    assert [path.parent.name for path in kept_files(folder)] == ["catalog"]
    shutil.rmtree(folder)
    messages.__wrapped__()
    assert not folder.exists()
