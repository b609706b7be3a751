"""Failures of the store that the user must read, as message keys so they can be translated."""

from __future__ import annotations

from glueplan.domain.language import Language
from glueplan.domain.messages import messages


class StoreError(Exception):
    """A database that cannot be used as it is: ``text(language)`` explains what to do."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.text(Language.EN))

    def text(self, language: Language) -> str:
        return messages()(self.key, language, **self.params)
