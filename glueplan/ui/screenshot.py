"""Render the main window offscreen to a PNG, on a throwaway database, for the README and packaging."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from glueplan.domain.language import Language

VIEWS = ("library", "map", "calendar")


def take_screenshot(out: Path, view: str, template: str | None, language: Language, size: tuple[int, int]) -> None:
    """Draw the window as a user would first see it with ``view`` in front, and save it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from glueplan.domain.templates import builtin_templates
    from glueplan.store.database import open_store
    from glueplan.store.location import database_url
    from glueplan.store.repository import Repository
    from glueplan.ui.app import create_application, first_trainee, install_translators
    from glueplan.ui.main_window import MainWindow

    app = create_application(["glueplan"])
    install_translators(app, language)
    with tempfile.TemporaryDirectory(prefix="glueplan-screenshot-") as folder:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)  # no remembered layout
        store = open_store(database_url(str(Path(folder) / "screenshot.sqlite")))
        try:
            repository = Repository(store)
            trainee_id = first_trainee(repository, language)
            window = MainWindow(repository.catalog(), language)
            window.attach(repository, trainee_id)
            if template is not None and window.programs is not None:
                window.programs.start_program(builtin_templates()[template])
            window.resize(*size)
            if view == "calendar":
                window.show_week()
                window.library.select("clamshell")
            elif view == "map":
                window.show_map()
                window.library.set_picked(["gluteus_medius"])
                window.map.set_picked(["gluteus_medius"])
                window.library.select("side_lying_hip_abduction")
            else:  # the library: an exercise chosen, its details beside the programs (or the map)
                if template is not None:
                    window.show_programs()
                else:
                    window.show_map()
                window.library.select("bulgarian_split_squat")
            window.show()
            app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(out)):
                raise OSError(f"could not write {out}")
            window.close()
        finally:
            store.close()
