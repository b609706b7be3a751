"""The file dialogs glueplan asks with, in place of QFileDialog's static functions: Qt's own
dialog then tells files apart by their names only, never by opening them.

Qt's dialog reads each file it lists to find its type and icon (QMimeDatabase looks inside), and
a database file, its -wal and -shm among them when the folder holds glueplan's database. A file
closed anywhere in a process drops every POSIX lock the process holds on it (fcntl's rule), and
with them the locks SQLite's connections keep on the database. Another glueplan on the same file
then believed itself the last one when it closed, checkpointed and deleted the write-ahead log
this window was still writing into: what was saved here afterwards went into a deleted file, shown
in this window and in no other, in the database file only if this glueplan closed it in the end,
and with nothing to keep two windows from writing at once.

Qt's print dialog, which the print preview opens itself, lists files too: its Output file completes
names from a folder (read_no_files, given it by the preview: ui/print/print_dialog.py).

The platform's own dialog is used only where it runs in another process: the desktop portal's, which
a Flatpak or a Snap needs to reach the user's files at all. A desktop's own runs in this process and
reads the files it lists as Qt's did (GTK's, which Qt uses on GNOME: seen to leave the process no
lock on the database while it showed the database's folder); Qt's, with name-only icons, is used instead.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QFileDialog, QFileIconProvider, QFileSystemModel, QLineEdit, QWidget

from glueplan.ui.shared.modal import asked
from glueplan.ui.shared.plain_text import plain_boxes


class NameOnlyIcons(QFileIconProvider):
    """A folder's or a file's icon and a type by the file's name, without reading the file."""

    def __init__(self) -> None:
        super().__init__()
        self._types = QMimeDatabase()

    def icon(self, what: QFileIconProvider.IconType | QFileInfo) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return super().type(info)
        return self._types.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()


@cache
def _name_only_icons() -> NameOnlyIcons:
    """One for every file list, kept for the app's life: a dialog or a model does not own the one
    it is given, and Qt may still ask it about a file after the dialog was closed."""
    return NameOnlyIcons()


def read_no_files(widget: QWidget) -> None:
    """Every file list in ``widget`` (a file dialog's, a completer's) tells files by their names."""
    icons = _name_only_icons()
    if isinstance(widget, QFileDialog):
        widget.setIconProvider(icons)
    for model in widget.findChildren(QFileSystemModel):
        model.setIconProvider(icons)


def platform_dialog_elsewhere() -> bool:
    """Whether the platform's file dialog runs outside this process, as Qt chooses it: the desktop
    portal's in a Flatpak or a Snap (Qt's own test for them) or when asked for by name. Windows'
    own is used too: a file closed there drops no lock SQLite holds."""
    if sys.platform == "win32" or os.path.exists("/.flatpak-info") or "SNAP" in os.environ:
        return True
    return os.environ.get("QT_QPA_PLATFORMTHEME", "").split(":")[0] in ("xdgdesktopportal", "flatpak", "snap")


def _dialog(parent: QWidget | None, caption: str, directory: str, filters: str,
            options: QFileDialog.Option, kind: type[QFileDialog] = QFileDialog) -> QFileDialog:
    """A file dialog, Qt's own unless the platform's runs elsewhere, with name-only icons before it
    is told where to look. Qt makes the platform's dialog in QFileDialog's constructor, before an
    option can say not to, and GTK's starts listing the current folder there, shown or not, reading
    each file: so the application's attribute decides, and it is set before every dialog is made."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not platform_dialog_elsewhere())
    dialog = kind(parent, caption)
    dialog.setOptions(options)
    read_no_files(dialog)
    plain_boxes(dialog)
    dialog.setNameFilter(filters)
    _whole_file_types(dialog)
    _look_in(dialog, directory)
    return dialog


def _whole_file_types(dialog: QFileDialog) -> None:
    """Qt's dialog opens wide enough for its longest file type: at its own width the Norwegian export's
    "Treningslogg for regneark, med semikolon og desimalkomma (CSV) (*.csv)" was cut at "(*"."""
    box = dialog.findChild(QComboBox, "fileTypeCombo")
    if box is not None:  # none in the platform's dialog
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # and the dialog's size hint with it
        wanted = min(dialog.sizeHint().width(), dialog.screen().availableGeometry().width())
        if wanted > dialog.width():
            dialog.resize(wanted, dialog.height())


def _look_in(dialog: QFileDialog, place: str) -> None:
    """As QFileDialog's constructor takes its directory: a folder is shown; a file's name is
    offered in its folder (a bare name: in the current folder)."""
    if not place:
        return
    if os.path.isdir(place):  # never raises: a folder that cannot be looked at is no folder here
        dialog.setDirectory(place)
        return
    folder = os.path.dirname(os.path.abspath(place))
    if os.path.isdir(folder):
        dialog.setDirectory(folder)
    dialog.selectFile(os.path.basename(place))


def _ask(dialog: QFileDialog) -> tuple[str, str]:
    with asked(dialog):
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def save_file_name(parent: QWidget | None, caption: str, directory: str, filters: str,
                   options: QFileDialog.Option = QFileDialog.Option(0),
                   names: Mapping[str, str] | None = None) -> tuple[str, str]:
    """As QFileDialog.getSaveFileName: the file chosen and its filter, or two empty texts. The file
    is a real one's name, with a suffix of the dialog's filters (_SaveDialog). ``names`` offers each
    filter's own file name when it is chosen, while the name box holds the one offered before."""
    dialog = _dialog(parent, caption, directory, filters, options, _SaveDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if names:
        dialog.offer_by_filter(names)
    chosen, kind = _ask(dialog)
    if not chosen or is_pattern(chosen):  # the platform's dialog, which may answer with a pattern
        return "", ""
    return named_file(chosen, filters.split(";;"), kind), kind


class _SaveDialog(QFileDialog):
    """Qt's save dialog took whatever was in its name box for the file's name: '*.pdf' typed to see
    the PDF files there was saved as a file named '*.pdf', and 'plan' as 'plan', no PDF by its name.
    Here a pattern shows the files it matches, as Windows' dialog does, and a name without the
    filter's suffix gets it before Qt asks whether to replace a file of that name."""

    def accept(self) -> None:
        box, chosen = self.findChild(QLineEdit, "fileNameEdit"), self.selectedFiles()
        if box is None or not chosen:  # the platform's dialog, answered already: save_file_name reads it
            super().accept()
            return
        if is_pattern(chosen[0]):
            self._show_only(chosen[0], box)
            return
        named = named_file(chosen[0], self.nameFilters(), self.selectedNameFilter())
        box.setText(box.text() + named[len(chosen[0]):])
        super().accept()

    def offer_by_filter(self, names: Mapping[str, str]) -> None:
        """The chosen filter's own name in the name box while it holds the name offered before (one
        the user typed stays): File > Export offered the backup of every trainee's log under the
        shown trainee's name, a file a physiotherapist could hand that client."""
        box = self.findChild(QLineEdit, "fileNameEdit")
        if box is None:  # the platform's dialog: it offers the first name only
            return
        offered = [box.text()]

        def follow(name_filter: str) -> None:
            if box.text() == offered[0] and name_filter in names:
                offered[0] = names[name_filter]
                box.setText(offered[0])

        self.filterSelected.connect(follow)

    def _show_only(self, pattern: str, box: QLineEdit) -> None:
        """The list shows the files ``pattern`` matches, in its folder, until another filter is chosen."""
        folder, names = os.path.split(pattern)
        if os.path.isdir(folder):
            self.setDirectory(folder)
        for files in self.findChildren(QFileSystemModel):
            files.setNameFilters([names])
        box.setText(names)
        box.selectAll()  # the name typed next replaces the pattern


def is_pattern(path: str) -> bool:
    """Whether a file name is a pattern of names ('*.pdf'), which no file should be named after."""
    return any(wildcard in os.path.basename(path) for wildcard in "*?")


def _suffixes(name_filter: str) -> list[str]:
    """The suffixes a filter names: 'PDF (*.pdf)' -> ['.pdf'], 'All files (*)' -> []."""
    patterns = re.search(r"\(([^()]*)\)\s*$", name_filter)
    if patterns is None:
        return []
    return [pattern[1:].lower() for pattern in patterns[1].split() if re.fullmatch(r"\*\.[^*?.\[\]]+", pattern)]


def named_file(path: str, filters: list[str], chosen_filter: str) -> str:
    """The file a save dialog's answer names: an existing file or folder, or a name ending in one of
    the dialog's suffixes, as it is; any other with the chosen filter's suffix."""
    suffixes = _suffixes(chosen_filter)
    known = tuple(suffix for name_filter in filters for suffix in _suffixes(name_filter))
    if not suffixes or os.path.exists(path) or path.lower().endswith(known):
        return path
    return path + suffixes[0]


def open_file_name(parent: QWidget | None, caption: str, directory: str, filters: str) -> tuple[str, str]:
    """As QFileDialog.getOpenFileName: the file chosen and its filter, or two empty texts."""
    dialog = _dialog(parent, caption, directory, filters, QFileDialog.Option(0))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _ask(dialog)
