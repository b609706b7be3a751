"""Allow ``python -m glueplan`` as well as the ``glueplan`` script."""

from glueplan.cli import run

run()
