"""Allow ``python -m glueplan`` as well as the ``glueplan`` script."""

import sys

from glueplan.cli import main

sys.exit(main())
