"""The ``glueplan`` command: starts the app, or answers on the terminal.

One module per command (``catalog``, ``check``, ``print`` ...); each adds its parser to the
subcommands with ``add_to`` and names the function that runs it. ``entry`` parses and dispatches, and imports
the commands' modules only when a command or help is asked for: the window's way in does without them.
"""

from glueplan.cli.entry import main, run

__all__ = ["main", "run"]
