"""Program section (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kam_desktop.ui.common.context import AppContext


class ProgramPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        QVBoxLayout(self)
