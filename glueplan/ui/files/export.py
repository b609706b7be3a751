"""File > Export…: the log or the plans as CSV, a full backup as JSON, the planned weeks as an
iCalendar file; the kind is chosen by the file dialog's filter, the file written whole or not at all.
The log comes for a spreadsheet in the window's language (Danish: semicolons, decimal commas) or
for glueplan and other programs (commas, decimal points); glueplan reads both back. The plans, which
glueplan does not read, come for a spreadsheet alone.
File > Back up now…: the full backup alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from glueplan.app import clock
from glueplan.domain.default_names import in_language
from glueplan.domain.language import Language
from glueplan.domain.trainee import Trainee
from glueplan.domain.trainee_names import unnamed_own
from glueplan.store.formats.calendar_export import plans_calendar
from glueplan.store.formats.csv_export import log_csv, plans_csv
from glueplan.store.formats.json_backup import backup_bytes
from glueplan.store.repository import Repository
from glueplan.ui.shared import file_dialogs
from glueplan.ui.shared.plain_text import filled
from glueplan.ui.files.own_backups import remember_backup
from glueplan.ui.shared.saved_file import file_name, save_folder, save_or_say

Writer = Callable[[Repository, int, Language], bytes]


def _kinds() -> dict[str, tuple[str, Writer]]:
    """Filter text -> (suffix, what writes it); the log, plans and calendar are the shown trainee's.
    Each text is translated by a call lupdate can read, with its context: through a helper it
    took them for another context, and the file dialog offered them in English."""
    def mine(repository: Repository, trainee_id: int) -> list[tuple[int, Trainee]]:
        return [(trainee_id, repository.trainee(trainee_id))]

    translate = QCoreApplication.translate
    return {
        translate("Export", "Training log for a spreadsheet (CSV)") + " (*.csv)":
            (".csv", lambda r, t, lang: log_csv(r, mine(r, t), lang, for_spreadsheet=True).encode()),
        translate("Export", "Training log for glueplan and other programs (CSV)") + " (*.csv)":
            (".csv", lambda r, t, lang: log_csv(r, mine(r, t), lang).encode()),
        translate("Export", "Plans (CSV)") + " (*.csv)":
            (".csv", lambda r, t, lang: plans_csv(r, mine(r, t), lang, for_spreadsheet=True).encode()),
        translate("Export", "Planned weeks for a calendar (iCalendar)") + " (*.ics)":
            (".ics", lambda r, t, lang: plans_calendar(r, mine(r, t), lang)),
        translate("Export", "Full backup (JSON)") + " (*.json)":
            (".json", lambda r, _t, _lang: backup_bytes(r.store)),
    }


def export_file(repository: Repository, trainee_id: int, language: Language, parent: QWidget,
                chosen: tuple[str, str] | None = None) -> Path | None:
    """Ask for a file and a kind (or take ``chosen``: a name typed and the filter) and write it.
    The file written is the one the dialog answered with, which Qt asked about replacing: a suffix
    added here afterwards replaced 'uger.csv' when the question had been about 'uger'. The suffix
    a name gets is the dialog's one rule (file_dialogs.named_file), for ``chosen`` too."""
    kinds = _kinds()
    names = _names(kinds, in_language(repository.trainee(trainee_id).name, language), len(repository.trainee_names()))
    offered = str(save_folder() / next(iter(names.values())))  # the dialog adds the kind's suffix
    name, kind = chosen or file_dialogs.save_file_name(parent, QCoreApplication.translate("Export", "Export"),
                                                        offered, ";;".join(kinds), names=names)
    if not name or kind not in kinds:
        return None
    path = Path(file_dialogs.named_file(name, list(kinds), kind))
    _suffix, write = kinds[_kind_named_by(path.name, kinds) or kind]
    return path if save_or_say(parent, path, write(repository, trainee_id, language), language) else None


def _names(kinds: dict[str, tuple[str, Writer]], trainee: str, trainees_shown: int) -> dict[str, str]:
    """The file name each kind is offered under: the shown trainee's log, plans and calendar by
    their name (someone's own, trainee_names.unnamed_own: none); the full backup, which holds every trainee,
    by none (and its day)."""
    whose = "glueplan" if unnamed_own(trainee, trainees_shown) else f"{trainee} glueplan"
    return {kind: backup_name() if suffix == ".json" else file_name(whose, "")
            for kind, (suffix, _write) in kinds.items()}


def backup_name() -> str:
    """The name a full backup is offered under, without its suffix: 'glueplan sikkerhedskopi 2026-12-01'."""
    return file_name(filled(QCoreApplication.translate("Export", "glueplan backup %1"), clock.today().isoformat()), "")


def back_up_now(repository: Repository, language: Language, parent: QWidget) -> Path | None:
    """File > Back up now…: the full backup (JSON, every trainee) File > Export… writes as its fourth
    kind, where a user looking for a backup did not find it. Offered in the save folder under the
    backup's name, remembered so that File > Restore from backup lists it wherever it went."""
    kind = next(kind for kind, (suffix, _write) in _kinds().items() if suffix == ".json")
    name, _kind = file_dialogs.save_file_name(parent, QCoreApplication.translate("Export", "Back up now"),
                                              str(save_folder() / f"{backup_name()}.json"), kind)
    if not name:
        return None
    path = Path(file_dialogs.named_file(name, [kind], kind))
    if not save_or_say(parent, path, backup_bytes(repository.store), language):
        return None
    remember_backup(path)
    return path


def _kind_named_by(name: str, kinds: dict[str, tuple[str, Writer]]) -> str | None:
    """The one kind whose suffix the typed name ends with ('backup.json': the full backup), else
    None: a name typed with .json while the dialog showed the training log was written as a CSV
    log named 'backup.json.csv'. Two kinds are CSV: a .csv name keeps the kind chosen."""
    named = [kind for kind, (suffix, _write) in kinds.items() if name.lower().endswith(suffix)]
    return named[0] if len(named) == 1 else None
