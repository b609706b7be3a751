"""glueplan's own TOML files (catalogue, messages, rules, poses, templates) are read with rtoml, a
parser eight times quicker than the standard library's, on the path to the first paint: it must
read each of them as tomllib, the reference, does."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from glueplan.domain.resources import resource_dir
from glueplan.domain.validation import DataError, read_toml

TOML_FILES = sorted(resource_dir().rglob("*.toml"))


def test_there_are_toml_files_to_read() -> None:
    assert len(TOML_FILES) >= 10  # catalogue, messages, rules, poses, templates


@pytest.mark.parametrize("path", TOML_FILES, ids=lambda path: path.relative_to(resource_dir()).as_posix())
def test_each_file_reads_as_the_standard_library_reads_it(path: Path) -> None:
    with path.open("rb") as stream:
        assert read_toml(path) == tomllib.load(stream)


def test_a_file_that_is_not_utf_8_is_a_data_error(tmp_path: Path) -> None:
    broken = tmp_path / "latin1.toml"
    broken.write_bytes('name = "Kn\xe6b\xf8jning"\n'.encode("latin-1"))
    with pytest.raises(DataError, match=r"latin1\.toml: not valid TOML: not UTF-8 text \(byte 10\)"):
        read_toml(broken)
