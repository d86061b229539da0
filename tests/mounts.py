"""Read-only folders and full disks that hold for root too (CI runs as root, and root writes through
permission bits): a read-only bind mount and a small tmpfs. Without the right to mount, the test is
skipped with the reason; as an ordinary user a read-only folder falls back to chmod 0500."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here ({result.stderr.strip() or result.returncode})")


def _umount(path: Path) -> None:
    subprocess.run(["umount", str(path)], capture_output=True, check=False)


@contextmanager
def read_only_folder(path: Path) -> Iterator[Path]:
    """``path`` (created) cannot be written to, whoever we are."""
    path.mkdir(parents=True, exist_ok=True)
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
def full_disk(path: Path, size_kib: int = 64) -> Iterator[Path]:
    """A ``size_kib`` KiB file system at ``path``: writing more fails with 'No space left'."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    path.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(path))
    try:
        yield path
    finally:
        _umount(path)
