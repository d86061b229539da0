"""The one guarded writer for every output file (CSV, JSON, PDF exports; new databases).

An output is written to a temporary file beside the target, flushed to disk, and renamed
onto the target only when complete. Before anything is written the target is checked, and
refused with one line naming what it is:

- the open database, or its ``-wal`` / ``-shm`` / ``-journal`` (``protect``);
- any SQLite database file, or a ``-wal``/``-shm``/``-journal`` beside one;
- anything inside a backups folder (``<name>-backups`` holding backups, or the backups
  folder of a protected database);
- anything that is not a regular file or a new name: a folder, a device, a FIFO, a socket
  (a symbolic link is followed: the file it points to must pass the same checks, and that
  file is replaced, the link kept);
- a file with more than one hard link (replacing it would silently split the names).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any, TypeVar

from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import fmt, translate

T = TypeVar("T")
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class OutputRefused(ValidationError):
    """The target of an output was refused before anything was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="out_path")


def _refuse(template: str, path: Path) -> OutputRefused:
    return OutputRefused(fmt(template, path))


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _side_of(path: Path) -> Path | None:
    """The database a ``-wal``/``-shm``/``-journal`` name belongs to (None if not such a name)."""
    for suffix in SIDE_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return path.with_name(path.name[: -len(suffix)])
    return None


def _is_backup_folder(folder: Path, protected: list[Path]) -> bool:
    from kam_desktop.store.backup import backup_dir_for, parse_name

    for db in protected:
        with contextlib.suppress(OSError):
            if folder == backup_dir_for(db).resolve() or folder.samefile(backup_dir_for(db)):
                return True
    if not folder.name.endswith("-backups"):
        return False
    try:
        return any(parse_name(child) is not None for child in folder.iterdir())
    except OSError:
        return False


def check_output(target: Path | str, *, protect: Iterable[Path | str] = ()) -> Path:
    """The real path to write for ``target``, or OutputRefused (one line) saying why not.

    ``protect``: database files in use (never written, nor their side files or backups).
    """
    raw = str(target).strip()
    if not raw:
        raise OutputRefused(translate("Output", "Choose where to save the file."))
    given = Path(raw).expanduser().absolute()
    try:
        real = given.resolve()
    except (OSError, RuntimeError):
        raise _refuse(
            translate("Output", "Refused to write %1: the link cannot be followed."), given
        ) from None
    protected = [Path(p).expanduser().resolve() for p in protect]
    try:
        info: os.stat_result | None = os.lstat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputRefused(
            fmt(translate("Output", "Refused to write %1: %2."), given, exc.strerror or exc)
        ) from None
    for db in protected:
        same = real == db
        if not same and info is not None:
            with contextlib.suppress(OSError):
                same = os.path.samefile(real, db)
        if same:
            raise _refuse(translate("Output", "Refused to write %1: it is the open database."), given)
        if real in {Path(str(db) + s) for s in SIDE_SUFFIXES}:
            raise _refuse(
                translate("Output", "Refused to write %1: it belongs to the open database (its journal)."),
                given,
            )
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise _refuse(
                translate("Output", "Refused to write %1: it is a folder; give a file name."), given
            )
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(
                translate(
                    "Output", "Refused to write %1: it is not a regular file (a device, a pipe or a socket)."
                ),
                given,
            )
        if info.st_nlink > 1:
            raise _refuse(
                translate(
                    "Output",
                    "Refused to write %1: the file has more than one name (hard links); "
                    "choose a new file name.",
                ),
                given,
            )
        if _is_sqlite(real):
            raise _refuse(
                translate("Output", "Refused to write %1: it is a database file; choose a new file name."),
                given,
            )
    owner = _side_of(real)
    if owner is not None and _is_sqlite(owner):
        raise _refuse(
            translate("Output", "Refused to write %1: it belongs to a database (its journal)."), given
        )
    folder = real.parent
    if _is_backup_folder(folder, protected):
        raise _refuse(
            translate("Output", "Refused to write %1: it is inside a backups folder; choose another folder."),
            given,
        )
    if not folder.is_dir():
        raise OutputRefused(
            fmt(translate("Output", "Cannot write %1: the folder %2 does not exist."), given, folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK) or (info is not None and not os.access(real, os.W_OK)):
        raise _refuse(translate("Output", "Cannot write %1: permission denied."), given)
    return real


def _write_failed(path: Path, exc: OSError) -> OutputRefused:
    if exc.errno == errno.ENOSPC:
        return _refuse(translate("Output", "Cannot write %1: the disk is full. Nothing was written."), path)
    return OutputRefused(
        fmt(translate("Output", "Cannot write %1: %2. Nothing was written."), path, exc.strerror or exc)
    )


def write_output(
    target: Path | str,
    write: Callable[[IO[Any]], T],
    *,
    protect: Iterable[Path | str] = (),
    text: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> tuple[Path, T]:
    """Check ``target`` (see ``check_output``), call ``write(handle)`` on a temporary file beside
    it, flush it to disk and rename it into place. Returns (the path written, what ``write``
    returned). On any failure the temporary file is removed and the target is untouched.
    The file is readable by its owner only (exports carry customer data)."""
    real = check_output(target, protect=protect)
    try:
        fd, temp_name = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".part")
    except OSError as exc:
        raise _write_failed(real, exc) from exc
    temp = Path(temp_name)
    try:
        mode = "w" if text else "wb"
        with os.fdopen(fd, mode, encoding=encoding if text else None, newline=newline) as handle:
            os.fchmod(handle.fileno(), 0o600)
            result = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        check_output(real, protect=protect)  # nothing swapped in meanwhile
        os.replace(temp, real)
        _fsync_folder(real.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_failed(real, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return real, result


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
