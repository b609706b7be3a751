"""Refresh the Qt translation files after UI strings change.

    python packaging/update_translations.py

lupdate collects every tr() string of glueplan/ui into resources/translations/glueplan_<lang>.ts
(keeping existing translations); translate the new entries (Qt Linguist: pyside6-linguist), then
run this again so lrelease compiles the .qm files the app loads. A test fails while a .qm is
stale or a string is untranslated. English has a file too, with the plural forms only
(lupdate -pluralonly): "%n sets" reads "1 set" only through a translator. A file named for one
language (qt_dialogs_nb.py: Qt's own texts, which Qt translates to Danish but not to Bokmål) goes
into that language's catalogue alone.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("da", "nb")
PLURALS_ONLY = ("en",)  # the source language: only its %n strings need forms


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def sources(language: str) -> list[str]:
    """The UI's files whose strings go into a language's catalogue, relative to the clone."""
    others = tuple(f"_{other}.py" for other in LANGUAGES + PLURALS_ONLY if other != language)
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "glueplan" / "ui").rglob("*.py")
                  if not path.name.endswith(others))


def main() -> None:
    for language in LANGUAGES + PLURALS_ONLY:
        ts = TRANSLATIONS / f"glueplan_{language}.ts"
        only = ["-pluralonly"] if language in PLURALS_ONLY else []
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language, *only,
                        *sources(language), "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        compiled = ts.with_suffix(".qm")
        fresh = compiled.with_name(f".{compiled.name}.new")  # renamed into place: never written over while read
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
        fresh.replace(compiled)


if __name__ == "__main__":
    main()
