"""The title over a write the database did not take, in a box or a dialog's line: the refusal's own ("Not saved",
"Exercise not deleted"), unless the COMMIT is in doubt (store.commit_in_doubt). The write may have been carried out
then, and a title saying it was not stood over words saying it may have been: the user could not tell which held."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def refusal_title(refused: str, in_doubt: bool) -> str:
    """``refused``, a title saying the write was not done; in doubt, one saying it may have been."""
    return QCoreApplication.translate("RefusalTitle", "Maybe saved, maybe not") if in_doubt else refused
