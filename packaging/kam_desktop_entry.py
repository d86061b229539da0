"""Entry point of the frozen build (PyInstaller runs this file as __main__)."""

import sys

from kam_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
