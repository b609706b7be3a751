"""glueplan starting itself again (after a restore, or from a window whose file a restore replaced),
with what the new window says first: passed in the new process's environment and taken out of it at
its start, so that it is said at that one start only, never by a start after it."""

from __future__ import annotations

import os
import sys

NEWS = "GLUEPLAN_NEWS_AT_START"


def start_again(news: str = "") -> None:
    """A new glueplan with the same command line (this one closes), told ``news`` when there is any."""
    from PySide6.QtCore import QProcess, QProcessEnvironment  # their types, made as imported: 1.7 ms of every start

    environment = QProcessEnvironment.systemEnvironment()
    environment.remove(NEWS)
    if news:
        environment.insert(NEWS, news)
    process = QProcess()
    process.setProgram(sys.orig_argv[0])
    process.setArguments(sys.orig_argv[1:])
    process.setProcessEnvironment(environment)
    process.startDetached()


def news_at_start() -> str:
    """What the copy of glueplan that started this one asked it to say, once ('' when nothing)."""
    return os.environ.pop(NEWS, "")
