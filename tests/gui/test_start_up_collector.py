"""Start-up runs without cycle collection; once the app is usable what start-up made is frozen
and collection resumes - also when start-up ends in a refusal."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator

import pytest

from kam_desktop.store import database


@pytest.fixture(autouse=True)
def _collector_back() -> Iterator[None]:
    gc.enable()
    yield
    gc.unfreeze()
    gc.enable()


def _watch(monkeypatch: pytest.MonkeyPatch, before=None) -> list[bool]:  # type: ignore[no-untyped-def]
    collecting: list[bool] = []
    real = database.open_database

    def watched(path, **kwargs):  # type: ignore[no-untyped-def]
        collecting.append(gc.isenabled())
        if before is not None:
            before(path)
        return real(path, **kwargs)

    monkeypatch.setattr(database, "open_database", watched)
    return collecting


def test_no_collection_while_starting_then_frozen_and_back_on(qapp, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.app import main

    path = demo_db.path
    demo_db.close()
    collecting = _watch(monkeypatch)
    frozen_before = gc.get_freeze_count()
    assert main(["--db", str(path), "--smoke-test"]) == 0
    assert collecting == [False]  # off while the store was being opened
    assert gc.isenabled()
    assert gc.get_freeze_count() > frozen_before + 10_000  # the start-up's objects: modules, window, rows


def test_a_start_up_that_ends_in_a_refusal_turns_it_back_on(qapp, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.app import main

    path = demo_db.path
    demo_db.close()
    holders: list[sqlite3.Connection] = []

    def lock(target):  # type: ignore[no-untyped-def]  # another program holds the file
        holder = sqlite3.connect(target, timeout=0)
        holder.isolation_level = None
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE account SET description = 'held' WHERE id = 1")
        holders.append(holder)

    collecting = _watch(monkeypatch, before=lock)
    try:
        assert main(["--db", str(path), "--smoke-test"]) == 2
    finally:
        for holder in holders:
            holder.execute("ROLLBACK")
            holder.close()
    assert collecting == [False]
    assert gc.isenabled()
