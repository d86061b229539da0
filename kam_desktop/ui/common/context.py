"""What every screen gets: the open database, the one undo stack, and a bus that says what
changed (as ``Topic`` values, so a misspelt topic is a type error, not a screen that never
refreshes)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the main window's first frame
    from kam_desktop.store.database import Database


class Topic(enum.Enum):
    """What a change touched; each open screen refreshes when a topic it shows is announced."""

    ACCOUNTS = "accounts"
    PROGRAM = "program"
    TEAM = "team"
    PLAN = "plan"
    ROLES = "roles"
    INTERACTIONS = "interactions"
    SHARING = "sharing"


ALL_TOPICS: frozenset[Topic] = frozenset(Topic)


class AppContext(QObject):
    """``changed`` carries a frozenset of ``Topic`` values.

    A screen that mutates data calls ``notify`` with what it touched; every open screen
    refreshes only when a topic it shows is in the set. ``undo_stack`` is the application's one
    QUndoStack (Edit > Undo / Redo): see ``ui.common.undo``.
    """

    changed = Signal(object)
    open_account_requested = Signal(int, str)  # account id, tab name ("" = overview)
    open_meeting_requested = Signal(int, int)  # account id, interaction id (0 = next)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.undo_stack = QUndoStack(self)

    def notify(self, *topics: Topic) -> None:
        for topic in topics:
            if not isinstance(topic, Topic):  # a caller without type checking
                raise TypeError(f"not a Topic: {topic!r}")
        self.changed.emit(frozenset(topics))

    @property
    def read_only(self) -> bool:
        return self.db.read_only
