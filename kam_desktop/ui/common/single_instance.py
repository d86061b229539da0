"""One KAM Desktop per database: a lock file beside it, and a local socket through which a
second launch asks the first to bring its window forward.

The lock is a ``QLockFile`` keyed by the file's device and inode, so two names for one file
(a hard link, a bind mount) are one instance (``store.lock`` reads it without Qt, so
``kam-desktop restore`` can refuse while the app runs). A lock left by a crashed process is
recognised (its process is gone) and taken over. Where no lock can be written (a read-only
folder) the app goes on without one: it opens the database read-only there anyway.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

from kam_desktop.i18n import fmt, translate
from kam_desktop.store.lock import lock_path

log = logging.getLogger(__name__)
RAISE_MESSAGE = b"raise\n"


class Outcome(enum.Enum):
    ACQUIRED = "acquired"  # we are the only KAM Desktop on this database
    FORWARDED = "forwarded"  # another one runs; it was asked to show its window
    BUSY = "busy"  # another one holds the lock and did not answer
    NO_LOCK = "no_lock"  # no lock could be written (read-only folder); go on without


def server_name(db_path: Path) -> str:
    """Keyed by the file's identity (device, inode) like the lock, else by its path."""
    try:
        info = os.stat(db_path)
        key = f"{info.st_dev}:{info.st_ino}"
    except OSError:
        key = str(Path(db_path).resolve())
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    user = os.getuid() if hasattr(os, "getuid") else 0
    return f"kam-desktop-{user}-{digest}"


class SingleInstance(QObject):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = Path(db_path).expanduser().resolve()
        self._created_empty = self._create_if_missing()
        self._lock = QLockFile(str(lock_path(self.db_path)))
        self._lock.setStaleLockTime(0)  # stale only when the process that wrote it is gone
        self._server: QLocalServer | None = None
        self._window_getter: Callable[[], QWidget | None] | None = None
        self.holder: tuple[int, str, str] | None = None
        self.raised_count = 0

    def _create_if_missing(self) -> bool:
        """An empty file (a new database) now, so that the lock is keyed by its identity from
        the start; removed again by ``release`` if nothing was written to it."""
        if self.db_path.exists():
            return False
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.close(os.open(self.db_path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        except OSError:
            return False
        return True

    @property
    def created_file(self) -> bool:
        """The (empty) database file was created by this guard a moment ago: a new database."""
        return self._created_empty

    def acquire(self) -> Outcome:
        if not self.db_path.parent.exists():
            return Outcome.ACQUIRED if self._try_lock_after_mkdir() else Outcome.NO_LOCK
        if self._lock.tryLock(0):
            return Outcome.ACQUIRED
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            log.info("no instance lock beside the database (%s)", self._lock.error())
            return Outcome.NO_LOCK
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) == 3:
            self.holder = (int(info[0]), str(info[1]), str(info[2]))
        if self._ask_first_to_raise():
            return Outcome.FORWARDED
        return Outcome.BUSY

    def _try_lock_after_mkdir(self) -> bool:
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            return False
        return bool(self._lock.tryLock(0))

    def _ask_first_to_raise(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.db_path))
        if not socket.waitForConnected(1500):
            return False
        socket.write(RAISE_MESSAGE)
        sent = socket.waitForBytesWritten(1500)
        socket.disconnectFromServer()
        return bool(sent)

    def listen(self, window_getter: Callable[[], QWidget | None]) -> bool:
        """Answer later launches by bringing the window forward (call once Qt runs)."""
        self._window_getter = window_getter
        name = server_name(self.db_path)
        QLocalServer.removeServer(name)  # a socket file left by a crash; we hold the lock
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.info("single-instance server not available: %s", server.errorString())
            return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        wanted = False
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection.bytesAvailable() or connection.waitForReadyRead(500):
                wanted = wanted or RAISE_MESSAGE.strip() in bytes(connection.readAll().data())
            connection.close()
            connection.deleteLater()
        if wanted:
            self.bring_forward()

    def bring_forward(self) -> None:
        window = self._window_getter() if self._window_getter else None
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        self.raised_count += 1

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
        if self._created_empty:
            self._created_empty = False
            try:
                if self.db_path.stat().st_size == 0:
                    self.db_path.unlink()
            except OSError:
                pass

    def busy_message(self) -> str:
        if self.holder is None:
            return fmt(
                translate("SingleInstance", "Another KAM Desktop is using %1; close it first."), self.db_path
            )
        pid, host, _app = self.holder
        busy = translate(
            "SingleInstance",
            "Another KAM Desktop (process %1 on %2) is using %3 and did not answer; close it first.",
        )
        return fmt(busy, pid, host, self.db_path)
