"""Start-up benchmark (not part of the test run): python tests/perf/bench_startup.py [runs]

Times, in fresh processes on a real (Xvfb) or offscreen display, from process start to the
first paint of glueplan's main window, against a bare PySide6 window (a QMainWindow with a
label) measured in the same run. Aim (issue 4): glueplan / bare <= 3.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time()); sys.stdout.flush(); QApplication.exit(0)
        return False
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QLabel("bare")); window.resize(1400, 860)
painted = Painted(); window.installEventFilter(painted)
window.show(); app.exec()
"""

GLUEPLAN = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
import glueplan.ui.application as app_module
from glueplan.ui import main_window
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time()); sys.stdout.flush(); QApplication.exit(0)
        return False
painted = Painted()
original = main_window.MainWindow.show
def show(self):
    self.installEventFilter(painted)
    original(self)
main_window.MainWindow.show = show
sys.exit(app_module.run_gui(sys.argv[1], None))
"""


def measure(code: str, *args: str) -> float:
    started = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                            env=os.environ | {"PYTHONDONTWRITEBYTECODE": "1"})
    return float(result.stdout.strip().splitlines()[-1]) - started


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "bench.sqlite")
        measure(GLUEPLAN, db)  # first run creates and migrates the database; not counted
        bare = [measure(BARE) for _ in range(runs)]
        ours = [measure(GLUEPLAN, db) for _ in range(runs)]
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, {runs} runs each, median (min)")
    print(f"bare PySide6 window: {statistics.median(bare) * 1000:6.0f} ms ({min(bare) * 1000:.0f})")
    print(f"glueplan main window: {statistics.median(ours) * 1000:6.0f} ms ({min(ours) * 1000:.0f})")
    print(f"ratio: {statistics.median(ours) / statistics.median(bare):.2f}")


if __name__ == "__main__":
    main()
