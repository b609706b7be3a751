"""The process's main window, rebuilt whole when the language, the theme or the text size changes.

Every page builds its texts (Qt's tr() and the domain's messages) and its colours when it
is made, so a new window made from the same LiveWorkspace speaks the new language
everywhere without any page knowing about the switch. What the user was looking at comes
along: geometry, splitter and tab (saved and restored as between runs), the chosen exercise,
the picked muscles and the week shown. Undo history lives in the LiveWorkspace and is kept.
"""

from __future__ import annotations

import gc

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from glueplan.domain.catalog import Catalog
from glueplan.domain.language import Language
from glueplan.ui.application import install_translators
from glueplan.ui.main_window import MainWindow
from glueplan.ui.settings.preferences import Preferences, read_preferences
from glueplan.ui.settings.text_size import apply_text_size
from glueplan.ui.settings.theme import apply_theme

if TYPE_CHECKING:  # importing it loads the store and SQLAlchemy, which wait for the first paint
    from glueplan.ui.shared.live_workspace import LiveWorkspace


class WindowHost(QObject):
    """Owns the main window; ``window`` is the current one. ``rebuilt`` is emitted with the
    new window after a switch. ``first_painted`` when the current window has painted the first time while it has
    no workspace yet: the store opens then (ui/application.py), also in a window rebuilt before its first paint (the
    desktop's colour scheme told as the app starts), whose paint was connected to nothing and left its pages blank."""

    rebuilt = Signal(object)
    first_painted = Signal()

    def __init__(self, app: QApplication, catalog: Catalog, language: Language) -> None:
        super().__init__()
        self._app = app
        self._catalog = catalog
        # The language setting as saved: the window may speak another one (--lang), which a
        # change of something else in Edit > Preferences must not undo.
        self._language_setting = read_preferences().language
        self.window = self._make(language)
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _make(self, language: Language) -> MainWindow:
        window = MainWindow(self._catalog, language)
        window.preferences_changed.connect(self.follow, Qt.ConnectionType.QueuedConnection)
        window.first_painted.connect(self._first_painted)
        return window

    def _first_painted(self) -> None:
        if self.window.live is None:  # a window attached (rebuilt after the store opened) asks for nothing
            self.first_painted.emit()

    def attach(self, live: LiveWorkspace) -> None:
        live.setParent(self.window)
        self.window.attach(live)

    def follow(self, preferences: Preferences) -> None:
        """Apply saved preferences: a new theme, text size or language rebuilds the window (sizes measured from
        the font when the pages were built, the map's captions, the charts' labels follow)."""
        palette, font = self._app.palette(), self._app.font()
        apply_theme(self._app, preferences.theme)
        apply_text_size(self._app, preferences.text_size)
        language = preferences.ui_language() if preferences.language != self._language_setting else self.window.language
        self._language_setting = preferences.language
        if language is not self.window.language or self._app.palette() != palette or self._app.font() != font:
            self.switch_language(language)

    def _scheme_changed(self) -> None:
        """The desktop turned light or dark: colours chosen when pages were built follow."""
        self.switch_language(self.window.language)

    def switch_language(self, language: Language) -> None:
        """Translate Qt's and glueplan's strings, then put a new window where the old one was."""
        old = self.window
        live = old.live
        install_translators(self._app, language)
        picked = old.map.picked
        selected = old.library.selected()
        week = old.week_page.week if old.week_page is not None else None
        guide_open = old.guide is not None and old.guide.isVisible()
        if old.guide is not None:
            old.guide.close()
        quits = self._app.quitOnLastWindowClosed()
        self._app.setQuitOnLastWindowClosed(False)  # for the moment between the two windows
        old.close()  # saves the tab (and the layout for the next run)
        new = self._make(language)
        new.setGeometry(old.geometry())
        new.setWindowState(old.windowState())
        new.splitter.restoreState(old.splitter.saveState())
        if live is not None:
            live.set_language(language)
            live.setParent(new)
            new.attach(live)
        new.map.set_picked(list(picked))
        new.library.set_picked(list(picked))
        if selected is not None:
            new.library.select(selected.id)
        if week is not None and new.week_page is not None and week < len(new.week_page.live.program.weeks):
            new.week_page.set_week(week)
        if old.log_tab.page is not None:  # what was being typed there
            new.log_tab.build().go_on_from(old.log_tab.page)
        new.show()
        if guide_open:
            new.show_guide()
        self._app.setQuitOnLastWindowClosed(quits)
        self.window = new
        old.destroyed.connect(self._old_window_deleted)
        old.deleteLater()
        self.rebuilt.emit(new)

    def _old_window_deleted(self) -> None:
        """In the old window's destruction: its collection follows on the next turn of the event loop (a queued
        connection from a window being destroyed was dropped, now and then, and the collection with it)."""
        QTimer.singleShot(0, self, self._collect_old_window)

    def _collect_old_window(self) -> None:
        """Once Qt has deleted the old window, what Python still holds of it (a web of cycles: slots connected to its
        signals, pages' bound methods; about 2000 objects and 2 MiB a switch) is collected now. Left to Python's own
        full collection it stayed: start-up froze its objects out of them (StartUp._settled), and unfrozen the heap
        grew so large that one came only after many switches (8 switches kept 8 old windows). Frozen again after, as
        start-up left them, so that later full collections do not walk the new window each time."""
        frozen = gc.get_freeze_count() > 0
        gc.unfreeze()
        gc.collect()
        if frozen:
            gc.freeze()

