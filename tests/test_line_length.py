"""No Python line is longer than pyproject.toml's [tool.ruff] line-length: declared there but checked by nothing else,
91 lines had drifted past it."""

from __future__ import annotations

import subprocess
import tomllib

from tests.conftest import REPO_ROOT


def test_no_tracked_python_line_is_longer_than_pyproject_declares() -> None:
    limit = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["ruff"]["line-length"]
    tracked = subprocess.run(["git", "ls-files", "-z", "--", "glueplan/*.py", "tests/*.py", "packaging/*.py"],
                             cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=True).stdout.split("\0")
    paths = [name for name in tracked if name]
    assert paths, "git lists no Python files"
    too_long = [f"{name}:{number}: {len(line)} characters"
                for name in paths
                for number, line in enumerate((REPO_ROOT / name).read_text(encoding="utf-8").splitlines(), 1)
                if len(line) > limit]
    assert not too_long, f"{len(too_long)} lines over {limit} characters:\n" + "\n".join(too_long)
