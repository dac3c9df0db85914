"""The frozen bundle's entry point: the same as `python -m desktop`."""

import sys

from desktop.cli import main

sys.exit(main())
