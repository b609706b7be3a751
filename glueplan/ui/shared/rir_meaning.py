"""What RIR means, said wherever the app asks for or shows one: "RIR 2" was never explained on screen (only the
printed sheet said it), and every set asks for one. One text (messages.toml's rir.explained), as the sheet has it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from glueplan.domain.language import Language
from glueplan.domain.messages import messages


def rir_meaning(language: Language) -> str:
    """"reps in reserve: how many more reps you could have done", to go inside a sentence."""
    return messages()("rir.explained", language)


def rir_defined(language: Language) -> str:
    """"RIR – reps in reserve: how many more reps you could have done", a line of its own (the sheet, the details)."""
    return f"RIR – {rir_meaning(language)}"


def explain_rir(widget: QWidget, language: Language) -> None:
    """The meaning as the tooltip of a field or text that says RIR, and its accessible description (a screen reader
    says it after the field's name). Our own words, no markup in them: as plain text the tooltip is one line (a
    plain_tooltip wrapped it into four, a few words wide)."""
    meaning = rir_meaning(language)
    said = meaning[:1].upper() + meaning[1:]
    widget.setToolTip(said)
    widget.setAccessibleDescription(said)
