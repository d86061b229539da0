"""Every export goes through one guarded writer: the open database, its journal files, backups,
other databases, devices, FIFOs, folders, symlinks to those and hard-linked files are refused
with one line (exit 2) and left exactly as they were."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.app import main
from kam_desktop.store import models as m
from kam_desktop.store.backup import list_backups
from kam_desktop.store.database import Database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kam-desktop: "), captured.err
    assert "Traceback" not in captured.err
    return lines[0]


def _account(db: Database) -> str:
    with db.session() as s:
        name = s.scalar(select(m.Account.name).where(m.Account.status == "key").order_by(m.Account.id))
    assert name
    return name


def _export_commands(db: Database, out: Path) -> list[list[str]]:
    name = _account(db)
    path = str(db.path)
    return [
        ["export-csv", "--db", path, "--what", "portfolio", "--out", str(out)],
        ["export-csv", "--db", path, "--what", "actions", "--out", str(out)],
        ["export-json", "--db", path, "--out", str(out)],
        ["export-plan", "--db", path, "--account", name, "--out", str(out)],
        ["export-brief", "--db", path, "--account", name, "--out", str(out)],
    ]


def _no_temp_files(folder: Path) -> None:
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


def test_no_export_overwrites_the_open_database(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(demo_db.path)
    for argv in _export_commands(demo_db, demo_db.path):
        assert main(argv) == 2, argv
        assert "it is the open database" in _one_line(capsys)
    assert _digest(demo_db.path) == before
    _no_temp_files(demo_db.path.parent)


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_no_export_writes_the_database_journal_files(
    demo_db: Database, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = Path(str(demo_db.path) + suffix)
    existed = target.exists()
    for argv in _export_commands(demo_db, target):
        assert main(argv) == 2, argv
        assert "journal" in _one_line(capsys)
    assert target.exists() == existed


def test_no_export_writes_into_the_backups_folder_or_onto_a_backup(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(demo_db.path)]) == 0
    capsys.readouterr()
    backup = list_backups(demo_db.path)[0].path
    before = _digest(backup)
    for target in (backup, backup.parent / "new-name.pdf"):
        for argv in _export_commands(demo_db, target):
            assert main(argv) == 2, argv
            line = _one_line(capsys)
            assert "backups folder" in line or "database file" in line, line
    assert _digest(backup) == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


def test_another_database_file_is_refused(demo_db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.db"
    assert main(["demo", "--db", str(other), "--accounts", "1"]) == 0
    capsys.readouterr()
    before = _digest(other)
    for argv in _export_commands(demo_db, other):
        assert main(argv) == 2
        assert "it is a database file" in _one_line(capsys)
    assert _digest(other) == before


def test_a_folder_a_fifo_and_symlinks_to_them_are_refused(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    fifo = tmp_path / "a-fifo"
    os.mkfifo(fifo)
    link_to_fifo = tmp_path / "link-to-fifo.csv"
    link_to_fifo.symlink_to(fifo)
    link_to_folder = tmp_path / "link-to-folder.csv"
    link_to_folder.symlink_to(folder)
    expected = {folder: "is a folder", fifo: "not a regular file", link_to_fifo: "not a regular file"}
    expected[link_to_folder] = "is a folder"
    for target, words in expected.items():
        for argv in _export_commands(demo_db, target):
            assert main(argv) == 2, argv
            assert words in _one_line(capsys)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert link_to_fifo.is_symlink() and folder.is_dir() and list(folder.iterdir()) == []


def test_a_device_node_is_refused(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device = tmp_path / "null-device"
    try:
        os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:  # not root (or no CAP_MKNOD): the system's own null device
        device = Path("/dev/null")
    for argv in _export_commands(demo_db, device):
        assert main(argv) == 2
        assert "not a regular file" in _one_line(capsys)
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_file_with_two_names_is_refused(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "report.csv"
    first.write_text("keep me", encoding="utf-8")
    os.link(first, tmp_path / "second-name.csv")
    for argv in _export_commands(demo_db, first):
        assert main(argv) == 2
        assert "more than one name" in _one_line(capsys)
    assert first.read_text(encoding="utf-8") == "keep me"
    assert os.stat(first).st_nlink == 2


def test_a_hard_link_to_the_open_database_is_refused(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alias = tmp_path / "alias.csv"
    os.link(demo_db.path, alias)
    before = _digest(demo_db.path)
    assert main(_export_commands(demo_db, alias)[0]) == 2
    assert "open database" in _one_line(capsys)
    assert _digest(demo_db.path) == before


def test_a_regular_file_is_replaced_and_a_link_to_one_is_kept(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    old = out_dir / "portfolio.csv"
    old.write_text("old", encoding="utf-8")
    link = out_dir / "latest.csv"
    link.symlink_to(old)
    assert main(["export-csv", "--db", str(demo_db.path), "--what", "portfolio", "--out", str(link)]) == 0
    assert link.is_symlink() and old.read_text(encoding="utf-8-sig").startswith("Account,Status")
    assert stat.S_IMODE(os.stat(old).st_mode) == 0o600
    assert sorted(p.name for p in out_dir.iterdir()) == ["latest.csv", "portfolio.csv"]
    capsys.readouterr()


def test_import_json_refuses_a_fifo_as_the_new_database(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "all.json"
    assert main(["export-json", "--db", str(demo_db.path), "--out", str(export)]) == 0
    capsys.readouterr()
    fifo = tmp_path / "new.sqlite"
    os.mkfifo(fifo)
    assert main(["import-json", "--db", str(fifo), "--from", str(export)]) == 2
    assert "not a regular file" in _one_line(capsys)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
