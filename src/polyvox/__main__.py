"""`python -m polyvox` is the `polyvox` command."""

import sys

from polyvox.cli import main

sys.exit(main())
