"""A dead end on a wizard page, with the way out: what is missing, and a button that adds it from
inside the wizard (a dialog that saves through a service). Hidden while nothing is missing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kam_desktop.ui.common import theme


class DeadEnd(QFrame):
    """``text`` says what is missing; the button runs ``action`` (which returns True when it added
    something), after which the page calls ``refresh``."""

    def __init__(
        self,
        name: str,
        text: str,
        button_text: str,
        action: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"dead_end_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {theme.hex_of('warn')};")
        self.button = QPushButton(button_text)
        self.button.setObjectName(f"fix_{name}")
        self._action = action
        self.button.clicked.connect(self._run)
        self.added = False
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def _run(self) -> None:
        self.added = bool(self._action())
