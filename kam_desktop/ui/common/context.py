"""What every screen gets: the open database and a bus that says what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the main window's first frame
    from kam_desktop.store.database import Database


class AppContext(QObject):
    """``changed`` carries a frozenset of topics: accounts, program, team, plan, roles, interactions.

    A screen that mutates data calls ``notify`` with what it touched; every open screen
    refreshes only when a topic it shows is in the set.
    """

    changed = Signal(object)
    open_account_requested = Signal(int, str)  # account id, tab name ("" = overview)
    open_meeting_requested = Signal(int, int)  # account id, interaction id (0 = next)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db

    def notify(self, *topics: str) -> None:
        self.changed.emit(frozenset(topics))

    @property
    def read_only(self) -> bool:
        return self.db.read_only
