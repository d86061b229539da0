"""One place that asks the user before a destructive step and tells them of a refusal.

Screens call ``confirm`` / ``warn``; the installed prompter answers. The application uses
``QtPrompter`` (message boxes); tests install a ``RecordingPrompter`` (``install``), which
answers as told and records every question, instead of patching message boxes module by module.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtWidgets import QApplication, QWidget


class Prompter(Protocol):
    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool: ...

    def warn(self, parent: QWidget | None, title: str, text: str) -> None: ...


class QtPrompter:
    """Message boxes: a Yes/No question, a warning with OK."""

    # (QMessageBox is imported when one is shown: its type costs the first frame ~1 ms)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent or QApplication.activeWindow(), title, text)


class RecordingPrompter:
    """Answers every question with ``answer`` (or the next of ``answers``) and records
    ``(title, text)`` of each question in ``asked`` and of each warning in ``warned``."""

    def __init__(self, answer: bool = True, answers: Iterable[bool] = ()) -> None:
        self.answer = answer
        self._answers = list(answers)
        self.asked: list[tuple[str, str]] = []
        self.warned: list[tuple[str, str]] = []

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self._answers.pop(0) if self._answers else self.answer

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.warned.append((title, text))

    @property
    def questions(self) -> list[str]:
        return [text for _title, text in self.asked]


_current: Prompter = QtPrompter()


def install(prompter: Prompter) -> Prompter:
    """Make ``prompter`` answer from now on; returns the one it replaces."""
    global _current
    previous, _current = _current, prompter
    return previous


def current() -> Prompter:
    return _current


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before a destructive step; True when the user agreed."""
    return _current.confirm(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user why something was refused."""
    _current.warn(parent, title, text)
