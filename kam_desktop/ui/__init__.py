"""The interface: the only package that imports PySide6."""

import PySide6.QtCore  # noqa: F401 - loads PySide6's import hook, which the next line makes cheaper

from kam_desktop.ui._pyside_imports import install

install()
