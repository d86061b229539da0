"""Read-only folders and full disks that hold for root too (CI runs as root, and root writes through
permission bits), each two ways so that no case is hidden behind a skip:

- ``how="kernel"``: the real thing. As an ordinary user a read-only folder is chmod 0500; as root it
  is a read-only bind mount, and a full disk is a small tmpfs. Where mounting is not allowed (an
  unprivileged container) this variant is skipped with the reason.
- ``how="seam"``: the operating system's answer at the seam the application asks it, whoever we
  are: ``os.access(..., W_OK)`` says no under the folder (what access(2) answers on a read-only
  mount, EROFS, even for root), ``os.fsync`` of a file under the folder fails with ENOSPC (where a
  full disk surfaces for data the page cache accepted). This variant always runs.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

HOW = ("kernel", "seam")


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(
            f"cannot mount here ({result.stderr.strip() or result.returncode}); the seam variant runs"
        )


def _umount(path: Path) -> None:
    subprocess.run(["umount", str(path)], capture_output=True, check=False)


def _under(candidate: object, folder: Path) -> bool:
    try:
        resolved = Path(os.fsdecode(candidate)).resolve()  # type: ignore[arg-type]
    except (TypeError, ValueError, OSError):
        return False
    return resolved == folder or folder in resolved.parents


@contextmanager
def read_only_folder(path: Path, how: str = "kernel") -> Iterator[Path]:
    """``path`` (created) cannot be written to, whoever we are."""
    path.mkdir(parents=True, exist_ok=True)
    if how == "seam":
        folder = path.resolve()
        real_access = os.access

        def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
            if mode & os.W_OK and _under(target, folder):
                return False
            return real_access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(os, "access", access)
            yield path
        return
    assert how == "kernel", how
    if os.geteuid() != 0:
        path.chmod(0o500)
        try:
            yield path
        finally:
            path.chmod(0o700)
        return
    _mount("--bind", str(path), str(path))
    try:
        _mount("-o", "remount,ro,bind", str(path))
        yield path
    finally:
        _umount(path)


@contextmanager
def full_disk(path: Path, size_kib: int = 64, how: str = "kernel") -> Iterator[Path]:
    """A ``size_kib`` KiB file system at ``path``: writing more fails with 'No space left'."""
    path.mkdir(parents=True, exist_ok=True)
    if how == "seam":
        folder = path.resolve()
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            name = os.readlink(f"/proc/self/fd/{fd}")  # the file behind the descriptor
            if _under(name, folder) and os.path.isfile(name):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            real_fsync(fd)

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(os, "fsync", fsync)
            yield path
        return
    assert how == "kernel", how
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the seam variant runs")
    _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(path))
    try:
        yield path
    finally:
        _umount(path)
