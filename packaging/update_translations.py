"""Refresh the Qt translation files after UI strings change.

    python packaging/update_translations.py

lupdate collects every tr() string of glueplan/ui into resources/translations/glueplan_<lang>.ts
(keeping existing translations); translate the new entries (Qt Linguist: pyside6-linguist), then
run this again so lrelease compiles the .qm files the app loads. A test fails while a .qm is
stale or a string is untranslated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("da", "nb")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def main() -> None:
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "glueplan" / "ui").rglob("*.py"))
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"glueplan_{language}.ts"
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language,
                        *sources, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    main()
