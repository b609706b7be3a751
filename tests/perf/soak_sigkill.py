"""The SIGKILL test of the suite (tests/store/test_sigkill.py) for longer: a logging, editing or
importing glueplan killed at random moments for MINUTES (default 5), each kill checked (quick
check, every confirmed set there, no import kept in part). Prints what it did.

    .venv/bin/python tests/perf/soak_sigkill.py [MINUTES] [SEED]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.store.test_sigkill import IMPORT_ROWS, kill_repeatedly, new_database


def main() -> None:
    minutes = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else int(time.time())
    db = Path(tempfile.mkdtemp()) / "soak.sqlite"
    new_database(db)
    start = time.monotonic()
    tally = kill_repeatedly(db, minutes * 60, seed)
    whole = sum(count == IMPORT_ROWS for count in tally.imports.values())
    print(f"{time.monotonic() - start:.0f} s, seed {seed}: {tally.kills} kills ({tally.finished} imports done before "
          f"their kill), {len(tally.confirmed)} confirmed sets all kept, {len(tally.imports)} imports: {whole} whole, "
          f"{len(tally.imports) - whole} not at all, none in part; every kill left a file passing the quick check")


if __name__ == "__main__":
    main()
