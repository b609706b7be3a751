"""The language of the user's system, read from the environment here, outside the pure domain (which maps a
locale's name to a language: Language.from_locale_name), for the command line and the window alike."""

from __future__ import annotations

import locale
import os

from glueplan.app.desktop_locale import desktop_locale
from glueplan.domain.language import Language


def system_language() -> Language:
    """The user's language as gettext finds it: LC_ALL, LC_MESSAGES, LANG, with LANGUAGE first
    unless the locale is C (then English)."""
    locale_name = desktop_locale("LC_MESSAGES")
    if locale_name in ("C", "POSIX") or locale_name.startswith("C."):
        return Language.EN
    preferred = os.environ.get("LANGUAGE")
    if preferred:
        return Language.from_locale_name(preferred.split(":")[0])
    return Language.from_locale_name(locale_name or locale.getlocale()[0])
