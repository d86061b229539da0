"""The damage latch: a damaged file is never written to, whoever finds the damage.

A file above ``integrity.QUICK_CHECK_LIMIT`` gets only the header check when it is opened;
its full check runs in a thread after the open, and a write waits for it. Once damage is known
(that check, Help > Check database, an SQLITE_CORRUPT error of any read or write) every later
write is refused with a message naming the newest good backup, and the file keeps every byte."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from kam_desktop import i18n
from kam_desktop.domain.errors import StoreError
from kam_desktop.services.accounts import AccountInput, create_account, find_account_id, update_account
from kam_desktop.services.backups import AutoBackup
from kam_desktop.services.portfolio import load_portfolio
from kam_desktop.store import database as database_module
from kam_desktop.store import integrity
from kam_desktop.store.backup import make_backup
from kam_desktop.store.database import DatabaseDamagedError, open_database

PAGE = 4096


def _copy(template: Path, target: Path) -> Path:
    src = sqlite3.connect(template)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    os.chmod(target, 0o600)
    return target


def _leaf_pages(path: Path, table: str) -> list[int]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno", (table,)
        ).fetchall()
    finally:
        conn.close()
    return [int(r[0]) for r in rows]


def _flip(path: Path, pages: list[int]) -> None:
    """Damage the b-tree header of each page (as a failing disk would)."""
    with path.open("r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * PAGE)
            original = fh.read(24)
            fh.seek((page - 1) * PAGE)
            fh.write(bytes(b ^ 0xA5 for b in original))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def large(tmp_path: Path, _demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The 25-account demo, counted as a large file (above the quick-check limit), with the
    stakeholder table damaged: its header is fine, quick_check is not."""
    monkeypatch.setattr(integrity, "QUICK_CHECK_LIMIT", 64 * 1024)
    path = _copy(_demo_template, tmp_path / "big.sqlite")
    assert path.stat().st_size > integrity.QUICK_CHECK_LIMIT
    make_backup(path, reason="auto")  # the good backup the messages name
    _flip(path, _leaf_pages(path, "stakeholder")[:3])
    assert not integrity.check_file(path).ok
    return path


def test_a_large_damaged_file_opens_but_refuses_every_write(large: Path) -> None:
    before = _digest(large)
    db = open_database(large)  # the header check passes: the open is not refused
    try:
        with pytest.raises(DatabaseDamagedError) as refused:
            create_account(db, AccountInput(name="Never Written AG"))
        assert db.damaged
        message = refused.value.message
        assert message.startswith(f"The database file {large} is damaged, so nothing more is written to it")
        assert "this change was not saved" in message
        assert "The newest good backup is " in message and "big.sqlite-backups" in message
        # a later write is refused at once with the same message (the latch)
        account_id = find_account_id(db, load_portfolio(db).rows[0].name)
        with pytest.raises(DatabaseDamagedError) as again:
            update_account(db, account_id, AccountInput(name="Renamed AG"))
        assert again.value.message == message
    finally:
        db.close()
    assert _digest(large) == before  # not a byte written, not even the close's checkpoint


def test_the_background_check_latches_the_damage_and_tells_the_listener(
    large: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = integrity.check_file

    def held_check(target: Path, **kwargs: object) -> integrity.CheckResult:
        release.wait(30)  # (until the listener is in place)
        return real(target, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(integrity, "check_file", held_check)
    db = open_database(large)
    try:
        found: list[tuple[str, bool]] = []
        db.on_damage(lambda check, offer: found.append((check.summary, offer)))
        assert not db.damaged
        release.set()
        assert db.wait_for_check(30)
        assert db.damaged
        assert found == [("parts of the file are damaged (SQLite found broken pages or indexes).", True)]
        auto = AutoBackup(db)
        auto._dirty = True
        assert auto.on_close() is None  # the damaged file is not copied
        assert auto.last_error is not None and "is damaged" in auto.last_error
    finally:
        release.set()
        db.close()


def test_a_healthy_large_file_is_written_after_its_check(
    tmp_path: Path, _demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "QUICK_CHECK_LIMIT", 64 * 1024)
    path = _copy(_demo_template, tmp_path / "big.sqlite")
    db = open_database(path)
    try:
        create_account(db, AccountInput(name="Written AG"))
        assert not db.damaged
        assert "Written AG" in {r.name for r in load_portfolio(db).rows}
    finally:
        db.close()


def test_a_write_waits_for_the_check_and_is_refused_when_it_takes_too_long(
    tmp_path: Path, _demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "QUICK_CHECK_LIMIT", 64 * 1024)
    path = _copy(_demo_template, tmp_path / "big.sqlite")
    release = threading.Event()
    real = integrity.check_file

    def slow_check(target: Path, **kwargs: object) -> integrity.CheckResult:
        release.wait(30)
        return real(target, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(integrity, "check_file", slow_check)
    monkeypatch.setattr(database_module, "CHECK_WAIT_SECONDS", 0.05)
    db = open_database(path)
    try:
        before = len(load_portfolio(db).rows)  # reads do not wait for the check
        with pytest.raises(StoreError) as refused:
            create_account(db, AccountInput(name="Too Early AG"))
        assert refused.value.message == (
            f"The database file {path} is still being checked (it is large), so this change was not "
            "saved. Try again in a moment."
        )
        release.set()
        assert db.wait_for_check(30)
        create_account(db, AccountInput(name="In Time AG"))
        assert len(load_portfolio(db).rows) == before + 1
    finally:
        release.set()
        db.close()


def test_damage_found_by_a_read_says_it_could_not_be_read_and_latches(
    tmp_path: Path, _demo_template: Path
) -> None:
    path = _copy(_demo_template, tmp_path / "kam.sqlite")
    good = make_backup(path, reason="auto")
    db = open_database(path)  # healthy when opened
    try:
        name = load_portfolio(db).rows[0].name
        account_id = find_account_id(db, name)
        _flip(path, _leaf_pages(path, "account"))  # damaged while open
        before = _digest(path)
        with pytest.raises(DatabaseDamagedError) as failed:
            load_portfolio(db)
        assert failed.value.message.startswith(
            f"The database file {path} is damaged, so this data could not be read (nothing was changed). "
            f"The newest good backup is {good} ("
        )
        assert "was not saved" not in failed.value.message
        assert db.damaged
        with pytest.raises(DatabaseDamagedError) as refused:
            update_account(db, account_id, AccountInput(name="Renamed AG"))
        assert "so nothing more is written to it: this change was not saved." in refused.value.message
        with pytest.raises(DatabaseDamagedError):
            create_account(db, AccountInput(name="Another AG"))
    finally:
        db.close()
    assert _digest(path) == before


def test_the_latch_is_lifted_by_a_restore_and_the_message_is_italian(
    tmp_path: Path, _demo_template: Path
) -> None:
    path = _copy(_demo_template, tmp_path / "kam.sqlite")
    db = open_database(path)
    try:
        db.mark_damaged(integrity.CheckResult(path, "parts of the file are damaged."))
        i18n.set_language("it")
        with pytest.raises(DatabaseDamagedError) as refused:
            create_account(db, AccountInput(name="Mai Scritto SpA"))
        assert refused.value.message == (
            f"Il file di database {path} è danneggiato, quindi non vi si scrive più nulla: questa "
            "modifica non è stata salvata. Non è stata trovata nessuna copia di sicurezza integra."
        )
        i18n.set_language("en")
        db.clear_damage()
        create_account(db, AccountInput(name="Written Again AG"))
    finally:
        db.close()


def test_closing_stops_a_running_check_and_leaves_no_wal_beside_the_file(
    tmp_path: Path, _demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A live check's read-only connection makes SQLite create -wal and -shm; if it outlived the
    engine on close they stayed, and the next start was not a plain one (no early rows, a full
    check). The close stops the check (no verdict from it) and waits for its connection."""
    monkeypatch.setattr(integrity, "QUICK_CHECK_LIMIT", 64 * 1024)
    path = _copy(_demo_template, tmp_path / "big.sqlite")
    reading = threading.Event()
    seen: list[str] = []

    def running_check(target: Path, *, stop: integrity.CheckStop, **_kwargs: object) -> integrity.CheckResult:
        conn = sqlite3.connect(f"file:{target.as_posix()}?mode=ro", uri=True, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM account").fetchone()
            assert stop._attach(conn)
            reading.set()
            seen.append("stopped" if stop.stopped.wait(30) else "never stopped")
            stop._attach(None)
        finally:
            conn.close()
        return integrity.CheckResult(target, "interrupted", ("interrupted",))  # not a verdict

    monkeypatch.setattr(integrity, "check_file", running_check)
    db = open_database(path)
    assert reading.wait(30)
    assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    db.close()
    assert seen == ["stopped"]
    assert not db.damaged
    assert not Path(f"{path}-wal").exists()
    assert not Path(f"{path}-shm").exists()


def test_a_check_stop_interrupts_sqlite_and_a_stopped_check_never_reads(
    tmp_path: Path, _demo_template: Path
) -> None:
    stop = integrity.CheckStop()
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    failures: list[str] = []

    def endless() -> None:
        try:
            conn.execute(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
            ).fetchone()
        except sqlite3.OperationalError as exc:
            failures.append(str(exc))

    running = threading.Event()

    def progress() -> int:
        running.set()
        return 0

    conn.set_progress_handler(progress, 1000)
    assert stop._attach(conn)
    worker = threading.Thread(target=endless)
    worker.start()
    assert running.wait(30)
    stop.stop()
    worker.join(30)
    assert not worker.is_alive()
    assert failures == ["interrupted"]
    conn.close()

    path = _copy(_demo_template, tmp_path / "copy.sqlite")
    stopped = integrity.CheckStop()
    stopped.stop()
    result = integrity.check_file(path, live=True, stop=stopped)
    assert result.details == ("interrupted",)
    assert not Path(f"{path}-wal").exists()  # never opened for reading
    assert integrity.check_file(path, live=True, stop=integrity.CheckStop()).ok


def test_a_large_file_opened_and_closed_at_once_leaves_nothing_beside_it(
    tmp_path: Path, _demo_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "QUICK_CHECK_LIMIT", 64 * 1024)
    path = _copy(_demo_template, tmp_path / "big.sqlite")
    db = open_database(path)
    db.close()
    assert not db.damaged
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("big.sqlite")) == ["big.sqlite"]
