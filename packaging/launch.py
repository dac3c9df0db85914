"""The frozen bundle's entry point: the same as `python -m desktop`."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A large import prepares issues on spawned worker processes; in a frozen bundle those
    # start this same executable, and freeze_support() turns them into workers.
    multiprocessing.freeze_support()
    from desktop.cli import main

    sys.exit(main())
