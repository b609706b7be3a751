"""Help > Getting started: the main tasks in a few lines each, with a link to the tab that does it.

It stays open beside the window (not modal) so the user can follow it step by step.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from glueplan.domain.language import Language
from glueplan.ui.shared.button_letters import letter_buttons
from glueplan.ui.shared.live_workspace import KEPT_HISTORIES
from glueplan.ui.shared.plain_text import filled
from glueplan.ui.shared.rir_meaning import rir_meaning

TAB_SCHEME = "tab"  # links "tab:<name>" ask the window to show a tab


class GettingStarted(QDialog):
    """Emits ``tab_wanted`` with a tab's name ("map", "week", "log", "history", "charts",
    "programs") when a task's link is clicked."""

    tab_wanted = Signal(str)

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setWindowTitle(self.tr("Getting started"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        letter_buttons(self)  # not modal, so not asked
        self.resize(560, 620)

    def tasks(self) -> list[tuple[str, str, str]]:
        """(heading, what to do, the tab that does it): a lifter's own path first, a coach's after it."""
        return [
            (self.tr("1. Kilograms or pounds"),
             self.tr("Every load is typed and shown in the units of your profile. Choose them before your first "
                     "set (the welcome on the first start asks, and Edit > Profile changes them): a set typed in the "
                     "wrong units has to be corrected one by one. The profile also holds the name glueplan calls "
                     "you by, your experience and the time you have, which the checks follow."), ""),
            (self.tr("2. Find exercises"),
             self.tr("Search the library on the left by name in any of the three languages, or click a muscle on "
                     "the map to list the exercises that train it (Ctrl-click adds another muscle). The panel on "
                     "the right explains the chosen exercise and shows how it is done."), "map"),
            (self.tr("3. Start a program"),
             self.tr("On the Programs tab, start a program from a template or an empty one, or let Programs > "
                     "Plan my week write one for the days you are free."), "programs"),
            (self.tr("4. Plan the week"),
             filled(self.tr("Drag exercises from the library onto a day, move them between days, and double-click "
                            "one to change its sets, reps, RIR (%1) and rest. The findings below the week say what "
                            "does not fit the rules; “Apply fix” repairs it. Ctrl+Z undoes every change. Without a "
                            "mouse: Ctrl+Return puts the chosen exercise on a day, and the Menu key on a planned "
                            "exercise or session offers Move to and Copy to."), rir_meaning(self.language)), "week"),
            (self.tr("5. Log your training"),
             self.tr("The Log tab shows the day's planned exercises with the load to use. Enter weight, reps and "
                     "RIR for each set and press Enter: it is saved at once and the rest timer starts."), "log"),
            (self.tr("6. Follow your progress"),
             self.tr("History lists every set and lets you correct one; Charts draws strength, volume and "
                     "sessions over time."), "charts"),
            (self.tr("7. Print and settings"),
             self.tr("File > Print makes a sheet of the program to take to the gym. Edit > Preferences sets the "
                     "language, the theme, the text size, the rest timer and where the database is kept; the units "
                     "are in Edit > Profile."), ""),
            (self.tr("8. Coaching others"),
             filled(self.tr("A coach or a physiotherapist adds each client with File > New trainee, with their own "
                            "profile, programs and log, and chooses whose are shown in the Trainee box above the "
                            "tabs. Each client (of the %1 shown last) keeps their own undo history until glueplan "
                            "is closed: switch to another client and back, and Ctrl+Z still undoes what you did for "
                            "the first."), str(KEPT_HISTORIES)), ""),
        ]

    def html(self) -> str:
        title = self.tr("Getting started")  # lupdate does not see tr() inside f-strings
        show_me = self.tr("Show me")
        parts = [f"<h2>{escape(title)}</h2>"]
        for heading, text, tab in self.tasks():
            parts.append(f"<h3>{escape(heading)}</h3><p>{escape(text)}</p>")
            if tab:
                parts.append(f"<p><a href='{TAB_SCHEME}:{tab}'>{escape(show_me)}</a></p>")
        return "".join(parts)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == TAB_SCHEME:
            self.tab_wanted.emit(url.path())
