"""Files are written whole or not at all: a failure leaves the old file and no litter."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from glueplan.domain.language import Language
from glueplan.store import atomic_file
from glueplan.store.atomic_file import WriteFailed, replacing_file, write_file

OLD = b"old export\n" * 2000


def test_a_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    target.write_bytes(OLD)
    target.chmod(0o640)
    write_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert oct(target.stat().st_mode & 0o777) == oct(0o640)
    assert os.listdir(tmp_path) == ["log.csv"]


def test_a_full_disk_midway_leaves_the_old_file_and_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    target.write_bytes(OLD)
    with pytest.raises(WriteFailed) as caught:
        with replacing_file(target) as temporary:
            temporary.write_bytes(b"x" * 64_000)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert target.read_bytes() == OLD
    assert os.listdir(tmp_path) == ["log.csv"]
    assert caught.value.text(Language.EN) == f"{target} could not be written: the disk is full. " \
                                              "A file already there was left as it was."


def test_a_full_disk_at_the_flush_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "log.csv"
    target.write_bytes(OLD)

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_file.os, "fsync", full)
    with pytest.raises(WriteFailed, match="disk is full"):
        write_file(target, b"y" * 64_000)
    assert target.read_bytes() == OLD
    assert os.listdir(tmp_path) == ["log.csv"]


def test_a_missing_folder_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed) as caught:
        write_file(tmp_path / "nowhere" / "log.csv", b"x")
    assert "the folder does not exist" in caught.value.text(Language.EN)
    assert "mappen findes ikke" in caught.value.text(Language.DA)


def test_a_read_only_folder_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root every folder is writable, so the refusal is the one the system gives for a read-only one."""
    target = tmp_path / "log.csv"
    target.write_bytes(OLD)
    real_open = os.open

    def read_only(path: str | Path, flags: int, mode: int = 0o777) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(atomic_file.os, "open", read_only)
    with pytest.raises(WriteFailed, match="read-only"):
        write_file(target, b"new")
    assert target.read_bytes() == OLD


def test_a_folder_and_a_long_name_are_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed, match="that is a folder"):
        write_file(tmp_path, b"x")
    with pytest.raises(WriteFailed, match="file name is too long"):
        write_file(tmp_path / ("n" * 300 + ".csv"), b"x")
    assert os.listdir(tmp_path) == []


def test_an_error_in_the_block_that_is_not_about_the_file_passes_through(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    with pytest.raises(KeyError):
        with replacing_file(target) as temporary:
            temporary.write_bytes(b"x")
            raise KeyError("bug")
    assert os.listdir(tmp_path) == []
