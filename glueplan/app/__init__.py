"""The application layer: the workspace a window shows and every edit as a command.

It sits between the user interface and the store and imports no Qt: a command's ``do`` and
``undo`` write through the repository and return a ``ChangeSet`` saying what changed, so that
each view refreshes only what it shows, and only when it is visible.
"""
