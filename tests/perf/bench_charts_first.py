"""The first switch to the Charts tab (not part of the test run), each run in a fresh process:

    .venv/bin/python tests/perf/bench_charts_first.py [runs]

The whole main window opened on a file with a program and a year of log (as the app opens it), left
to itself for two seconds as a user looks at it, then the Log tab chosen (its first switch: the baseline),
the Charts tab (its first switch, pyqtgraph's import included where it was not imported ahead), and
Charts again after the Week tab (its second switch: the page built). Each is timed to the window
repainted with it. The longest gap between two ticks of a 5 ms timer while the window was left to itself
says whether what ran meanwhile (the import ahead, the exercise pictures) ever stalled it.
Medians of ``runs`` (default 7). Aim: the first switch to Charts under 300 ms.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

SESSION = """
import json, resource, sys, time
from glueplan.domain.catalog import builtin_catalog
from glueplan.domain.language import Language
from glueplan.ui.application import StartUp, create_application, install_translators
from glueplan.ui.settings.preferences import Theme
from glueplan.ui.settings.theme import apply_theme
from glueplan.ui.window_host import WindowHost
from PySide6.QtCore import QEventLoop, QTimer  # after glueplan.ui, as in the app

app = create_application(sys.argv[:1])
apply_theme(app, Theme.SYSTEM)
install_translators(app, Language.EN)
host = WindowHost(app, builtin_catalog(), Language.EN)
window = host.window
window.resize(1366, 740)
window.show()
app.processEvents()
startup = StartUp(app, host, sys.argv[1], Language.EN)
startup.open_store()
ticks = [time.perf_counter()]
timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
timer.start()
idle = QEventLoop()  # the application's own loop, once quit, left the window unpainted
QTimer.singleShot(2000, idle.quit)
idle.exec()
timer.stop()
gap = max(b - a for a, b in zip(ticks, ticks[1:]))
imported = "pyqtgraph" in sys.modules

cpu = {}

def switch(name):
    started, cpu_started = time.perf_counter(), time.process_time()
    window.show_tab(name)
    app.processEvents()
    window.repaint()
    cpu[name] = time.process_time() - cpu_started
    return time.perf_counter() - started

log = switch("log")
switch("week")
first = switch("charts")
first_cpu = cpu["charts"]
switch("week")
second = switch("charts")
print(json.dumps({"log_s": log, "first_s": first, "first_cpu_s": first_cpu, "second_s": second, "gap_s": gap,
                  "imported": imported,
                  "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
startup.close()
"""


def session(path: Path, home: Path) -> dict[str, float]:
    """One run in a fresh process, from compiled bytecode as an installed glueplan starts."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    environment |= {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "LANG": "C.UTF-8",
                    "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                    "XDG_CACHE_HOME": str(home / "cache")}
    result = subprocess.run([sys.executable, "-c", SESSION, str(path)], capture_output=True, text=True,
                            env=environment, timeout=120, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    from bench_startup import existing_database

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "year.sqlite"
        existing_database(path, 1)  # the start-up benchmark's: a program running this week and a year's log
        session(path, folder)  # a first run writes the bytecode and the pictures' cache: not counted
        found = [session(path, folder) for _ in range(runs)]
    print(f"{runs} runs, medians (min-max):")
    for key, label in (("log_s", "Log tab, first switch (baseline)"), ("first_s", "Charts tab, first switch"),
                       ("first_cpu_s", "  its CPU time"),
                       ("second_s", "Charts tab, second switch"), ("gap_s", "longest 5 ms timer gap, idle")):
        values = [run[key] * 1000 for run in found]
        print(f"  {label + ':':36} {statistics.median(values):6.0f} ms ({min(values):.0f}-{max(values):.0f})")
    print(f"  pyqtgraph imported before the click:  {sum(run['imported'] for run in found)} of {runs} runs; "
          f"peak memory {statistics.median(run['maxrss_mib'] for run in found):.0f} MiB")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main()
