"""`python -m gui`, and the entry script of the PyInstaller bundle (see build.spec)."""

import sys

from gui.cli import main

sys.exit(main())
