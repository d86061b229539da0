import sys

from kam_desktop.app import main

sys.exit(main())
