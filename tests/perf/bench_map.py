"""Muscle-map benchmark (not part of the test run): what painting the three anatomical views
costs, against the map as it was before (a git revision, issue 17's stylised drawings by default).

    .venv/bin/python tests/perf/bench_map.py [--runs 7] [--baseline REVISION]

Each run is a fresh process (the drawings are parsed as at start-up), interleaved with one of
the baseline's, which runs the baseline revision's own code and drawings (``git archive`` into a
temporary folder). Timed, offscreen, at 900 x 600 (the main window's map tab) and 2100 x 1200:
building the widget (reading the three SVG files), the first paint (every region's mask, the
bodies, the legend), the repaint after an exercise is chosen, and a hover repaint.
The start-up budget itself is tests/perf/bench_startup.py's (usable <= 2.5x a bare window).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys, time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.language import Language
from glueplan.ui.map.muscle_map import MuscleMap
app = QApplication(sys.argv[:1])
catalog = builtin_catalog()
width, height = int(sys.argv[1]), int(sys.argv[2])
moments = {}
def lap(name, since):
    moments[name] = time.perf_counter() - since
    return time.perf_counter()
now = time.perf_counter()
widget = MuscleMap(catalog, Language.EN)
widget.resize(width, height)
now = lap("build", now)
widget.grab()
now = lap("first paint", now)
widget.show_involvement(dict(catalog.exercise("barbell_hip_thrust").muscles))
widget.grab()
now = lap("exercise chosen", now)
widget._hover = "gluteus_maximus"
widget.grab()
lap("hover", now)
print(" ".join(f"{name.replace(' ', '_')}={value}" for name, value in moments.items()))
"""
SIZES = ((900, 600), (2100, 1200))
Times = dict[str, float]


def baseline_tree(revision: str, folder: Path) -> Path:
    """The revision's code and resources, unpacked (the working tree is left alone)."""
    archive = subprocess.run(["git", "archive", "--format=tar", revision, "glueplan", "resources"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def measure(tree: Path, width: int, height: int) -> Times:
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(tree),
                                "GLUEPLAN_RESOURCES": str(tree / "resources")}
    result = subprocess.run([sys.executable, "-c", CHILD, str(width), str(height)], capture_output=True, text=True,
                            env=environment, cwd=tree, timeout=120, check=False)
    if result.returncode != 0:
        raise SystemExit(f"the map did not paint in {tree}:\n{result.stderr[-3000:]}")
    last = result.stdout.strip().splitlines()[-1]
    return {name.replace("_", " "): float(value) for name, value in (pair.split("=") for pair in last.split())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--baseline", default="d7a2e4f^", help="git revision to compare with")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="glueplan-bench-map-") as folder:
        before = baseline_tree(options.baseline, Path(folder))
        for width, height in SIZES:
            found: dict[str, list[Times]] = {"now": [], "before": []}
            for number in range(options.runs + 1):  # the first round warms caches and is not counted
                now, old = measure(ROOT, width, height), measure(before, width, height)
                if number:
                    found["now"].append(now)
                    found["before"].append(old)
            print(f"\n{width} x {height}: {options.runs} runs each, medians in ms (min); now / before")
            for moment in found["now"][0]:
                values = {name: [run[moment] * 1000 for run in runs] for name, runs in found.items()}
                now_ms, before_ms = statistics.median(values["now"]), statistics.median(values["before"])
                print(f"  {moment:16} now {now_ms:7.1f} ({min(values['now']):.1f})   before {before_ms:7.1f} "
                      f"({min(values['before']):.1f})   {now_ms / before_ms:4.2f}x")


if __name__ == "__main__":
    main()
