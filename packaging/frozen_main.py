"""The frozen build's entry script: the same main() as the installed `recoverykit` command."""

import sys

from recoverykit.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
