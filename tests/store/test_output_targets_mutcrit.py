"""The export target checks (``store.output``), refusal by refusal: the exact line a user reads, in
English and in Italian, for every kind of target the guarded writer refuses, and the exact file it
writes when the target is fine. (Mutation testing of the four critical areas, issue 12.)"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path
from typing import IO, Any

import pytest

from kam_desktop import i18n
from kam_desktop.services.export import check_target, write_atomically
from kam_desktop.store.output import OutputRefused, check_output, write_output
from tests.mounts import full_disk, read_only_folder

BACKUP_NAME = "kam.sqlite-20261129T120000000000Z-manual.sqlite"


def _database(path: Path) -> Path:
    """A small SQLite file (no schema of ours needed: the header is what the check reads)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def _refusal(target: Path | str, *, protect: tuple[Path, ...] = (), lang: str = "en") -> str:
    i18n.set_language(lang)
    with pytest.raises(OutputRefused) as caught:
        check_output(target, protect=protect)
    assert caught.value.field == "out_path"
    assert str(caught.value) == caught.value.message
    return str(caught.value)


def _both(target: Path | str, english: str, italian: str, *, protect: tuple[Path, ...] = ()) -> None:
    assert _refusal(target, protect=protect) == english
    assert _refusal(target, protect=protect, lang="it") == italian


# --- what the target is -----------------------------------------------------------------------


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_no_file_name_asks_for_one(blank: str) -> None:
    _both(blank, "Choose where to save the file.", "Scegli dove salvare il file.")


def test_a_link_that_loops_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(tmp_path / "back.pdf")
    (tmp_path / "back.pdf").symlink_to(loop)
    _both(
        loop,
        f"Refused to write {loop}: the link cannot be followed.",
        f"Scrittura di {loop} rifiutata: il collegamento non si può seguire.",
    )


def test_a_path_through_a_file_names_the_system_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("a file, not a folder", encoding="utf-8")
    target = tmp_path / "notes.txt" / "plan.pdf"
    _both(
        target,
        f"Refused to write {target}: Not a directory.",
        f"Scrittura di {target} rifiutata: Not a directory.",
    )


def test_the_open_database_is_refused_by_its_name_a_link_and_a_hard_link(tmp_path: Path) -> None:
    db = _database(tmp_path / "kam.sqlite")
    link = tmp_path / "link.csv"
    link.symlink_to(db)
    hard = tmp_path / "hard.csv"
    os.link(db, hard)
    before = db.read_bytes()
    for target in (db, link, hard):
        _both(
            target,
            f"Refused to write {target}: it is the open database.",
            f"Scrittura di {target} rifiutata: è il database aperto.",
            protect=(db,),
        )
    assert db.read_bytes() == before


def test_the_open_database_is_refused_before_it_exists(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    _both(
        db,
        f"Refused to write {db}: it is the open database.",
        f"Scrittura di {db} rifiutata: è il database aperto.",
        protect=(db,),
    )
    assert not db.exists()


def test_a_protected_database_given_by_a_relative_name_is_still_protected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _database(tmp_path / "kam.sqlite")
    monkeypatch.chdir(tmp_path)
    assert _refusal(db, protect=(Path("kam.sqlite"),)) == f"Refused to write {db}: it is the open database."


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_the_open_databases_journal_files_are_refused(tmp_path: Path, suffix: str) -> None:
    db = tmp_path / "kam.sqlite"
    db.write_bytes(b"")  # only its name matters here
    target = Path(f"{db}{suffix}")
    _both(
        target,
        f"Refused to write {target}: it belongs to the open database (its journal).",
        f"Scrittura di {target} rifiutata: appartiene al database aperto (è il suo journal).",
        protect=(db,),
    )
    assert not target.exists()


def test_the_journal_of_a_second_protected_database_is_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    target = Path(f"{second}-wal")
    assert _refusal(target, protect=(first, second)) == (
        f"Refused to write {target}: it belongs to the open database (its journal)."
    )


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    _both(
        folder,
        f"Refused to write {folder}: it is a folder; give a file name.",
        f"Scrittura di {folder} rifiutata: è una cartella; indica un nome di file.",
    )


def test_a_pipe_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    _both(
        fifo,
        f"Refused to write {fifo}: it is not a regular file (a device, a pipe or a socket).",
        f"Scrittura di {fifo} rifiutata: non è un file normale (un dispositivo, una pipe o un socket).",
    )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_file_with_two_names_is_refused_and_one_with_one_name_is_not(tmp_path: Path) -> None:
    first = tmp_path / "report.csv"
    first.write_text("keep me", encoding="utf-8")
    assert check_output(first) == first
    os.link(first, tmp_path / "second-name.csv")
    _both(
        first,
        f"Refused to write {first}: the file has more than one name (hard links); choose a new file name.",
        f"Scrittura di {first} rifiutata: il file ha più di un nome (collegamenti fisici); "
        "scegli un nuovo nome di file.",
    )
    assert first.read_text(encoding="utf-8") == "keep me"


def test_another_database_is_refused_by_its_header(tmp_path: Path) -> None:
    other = _database(tmp_path / "other.pdf")
    _both(
        other,
        f"Refused to write {other}: it is a database file; choose a new file name.",
        f"Scrittura di {other} rifiutata: è un file di database; scegli un nuovo nome di file.",
    )


def test_a_file_that_only_starts_like_a_database_header_may_be_replaced(tmp_path: Path) -> None:
    near = tmp_path / "near.txt"
    near.write_bytes(b"SQLite format 3 and then some text")  # no NUL after the 15 characters
    assert check_output(near) == near
    short = tmp_path / "short.txt"
    short.write_bytes(b"SQLite format 3")
    assert check_output(short) == short


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_the_journal_name_of_another_database_is_refused(tmp_path: Path, suffix: str) -> None:
    _database(tmp_path / "other.sqlite")
    target = tmp_path / f"other.sqlite{suffix}"
    _both(
        target,
        f"Refused to write {target}: it belongs to a database (its journal).",
        f"Scrittura di {target} rifiutata: appartiene a un database (è il suo journal).",
    )


@pytest.mark.parametrize(
    "name", ["notes.txt-wal", "missing-journal", "-wal", "-shm", "-journal", "plan-wal.pdf"]
)
def test_a_journal_like_name_without_a_database_is_fine(tmp_path: Path, name: str) -> None:
    (tmp_path / "notes.txt").write_text("not a database", encoding="utf-8")
    target = tmp_path / name
    assert check_output(target) == target
    written, size = write_output(target, lambda fh: fh.write(b"x"))
    assert (written, size, target.read_bytes()) == (target, 1, b"x")


# --- where the target is ------------------------------------------------------------------------


def test_the_open_databases_backups_folder_is_refused_even_before_it_exists(tmp_path: Path) -> None:
    db = tmp_path / "kam.sqlite"
    folder = tmp_path / "kam.sqlite-backups"
    target = folder / "plan.pdf"
    english = f"Refused to write {target}: it is inside a backups folder; choose another folder."
    italian = (
        f"Scrittura di {target} rifiutata: è dentro una cartella di copie di sicurezza; "
        "scegli un’altra cartella."
    )
    _both(target, english, italian, protect=(db,))  # not created yet
    folder.mkdir()
    _both(target, english, italian, protect=(db,))  # created, still empty
    assert list(folder.iterdir()) == []


def test_the_backups_folder_of_a_second_protected_database_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "b.sqlite-backups" / "plan.pdf"
    target.parent.mkdir()
    assert _refusal(target, protect=(tmp_path / "a.sqlite", tmp_path / "b.sqlite")) == (
        f"Refused to write {target}: it is inside a backups folder; choose another folder."
    )


def test_a_link_to_the_backups_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "kam.sqlite-backups"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.symlink_to(folder)
    target = elsewhere / "plan.pdf"
    assert _refusal(target, protect=(tmp_path / "kam.sqlite",)) == (
        f"Refused to write {target}: it is inside a backups folder; choose another folder."
    )


def test_any_folder_of_backups_is_refused_and_a_look_alike_is_not(tmp_path: Path) -> None:
    backups = tmp_path / "old-backups"
    backups.mkdir()
    (backups / BACKUP_NAME).write_bytes(b"")
    target = backups / "plan.pdf"
    _both(
        target,
        f"Refused to write {target}: it is inside a backups folder; choose another folder.",
        f"Scrittura di {target} rifiutata: è dentro una cartella di copie di sicurezza; "
        "scegli un’altra cartella.",
    )
    no_backups = tmp_path / "empty-backups"
    no_backups.mkdir()
    (no_backups / "notes.txt").write_text("not a backup", encoding="utf-8")
    assert check_output(no_backups / "plan.pdf") == no_backups / "plan.pdf"
    other_name = tmp_path / "saved-copies"
    other_name.mkdir()
    (other_name / BACKUP_NAME).write_bytes(b"")
    assert check_output(other_name / "plan.pdf") == other_name / "plan.pdf"


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "plan.pdf"
    folder = tmp_path / "no" / "such"
    _both(
        target,
        f"Cannot write {target}: the folder {folder} does not exist.",
        f"Impossibile scrivere {target}: la cartella {folder} non esiste.",
    )


@pytest.mark.parametrize("how", ["kernel", "seam"])
def test_a_read_only_folder_is_refused(tmp_path: Path, how: str) -> None:
    with read_only_folder(tmp_path / "ro", how) as folder:
        target = folder / "plan.pdf"
        _both(
            target,
            f"Cannot write {target}: permission denied.",
            f"Impossibile scrivere {target}: permesso negato.",
        )


def _deny(monkeypatch: pytest.MonkeyPatch, path: Path, bit: int) -> None:
    """The operating system says no to ``bit`` (W_OK, X_OK) for ``path`` itself, whoever we are
    (root passes permission bits, so this is the seam the application asks)."""
    real_access = os.access
    denied = path.resolve()

    def access(target: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        if mode & bit and Path(os.fsdecode(target)).resolve() == denied:
            return False
        return real_access(target, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_a_folder_that_cannot_be_entered_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    _deny(monkeypatch, folder, os.X_OK)
    target = folder / "plan.pdf"
    assert _refusal(target) == f"Cannot write {target}: permission denied."


def test_a_read_only_file_is_refused_and_a_new_name_beside_it_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "plan.pdf"
    old.write_bytes(b"old")
    _deny(monkeypatch, old, os.W_OK)
    _both(old, f"Cannot write {old}: permission denied.", f"Impossibile scrivere {old}: permesso negato.")
    assert check_output(tmp_path / "new.pdf") == tmp_path / "new.pdf"
    assert old.read_bytes() == b"old"


# --- what is written ------------------------------------------------------------------------------


def test_the_real_path_is_returned_for_a_link_and_a_home_relative_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    assert check_output(link) == real
    assert check_output(f"  {link}  ") == real
    monkeypatch.setenv("HOME", str(tmp_path))
    assert check_output("~/fresh.csv") == tmp_path / "fresh.csv"


def test_write_output_writes_owner_only_through_a_hidden_part_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the old plan")
    seen: list[list[str]] = []

    def write(handle: IO[bytes]) -> int:
        seen.append(sorted(p.name for p in tmp_path.iterdir()))
        handle.write(b"%PDF new")
        return 42

    assert write_output(target, write) == (target, 42)
    assert target.read_bytes() == b"%PDF new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert len(seen) == 1 and len(seen[0]) == 2 and seen[0][1] == "plan.pdf"
    assert re.fullmatch(r"\.plan\.pdf\.[A-Za-z0-9_]+\.part", seen[0][0]), seen
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_write_output_in_text_mode_uses_the_encoding_and_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    written, result = write_output(
        target, lambda fh: fh.write("Café\n"), text=True, encoding="cp1252", newline="\r\n"
    )
    assert (written, result) == (target, 5)
    assert target.read_bytes() == b"Caf\xe9\r\n"
    write_output(target, lambda fh: fh.write("Café\n"), text=True)
    assert target.read_bytes() == "Café\n".encode()


def test_write_output_refuses_before_calling_the_writer(tmp_path: Path) -> None:
    db = _database(tmp_path / "kam.sqlite")
    calls: list[int] = []
    with pytest.raises(OutputRefused, match="it is the open database"):
        write_output(db, lambda fh: calls.append(1), protect=[db])
    assert calls == []


def test_a_failing_writer_leaves_the_old_file_and_no_part_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the old plan")

    def broken(handle: IO[bytes]) -> None:
        handle.write(b"half a pdf")
        raise ValueError("layout failed")

    with pytest.raises(ValueError, match="layout failed"):
        write_output(target, broken)
    assert target.read_bytes() == b"the old plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


@pytest.mark.parametrize(
    ("error", "english", "italian"),
    [
        (OSError(errno.EIO, os.strerror(errno.EIO)), "Input/output error", "Input/output error"),
        (OSError("the cable came out"), "the cable came out", "the cable came out"),
    ],
)
def test_a_writer_failing_with_an_os_error_says_so_in_one_line(
    tmp_path: Path, error: OSError, english: str, italian: str
) -> None:
    target = tmp_path / "plan.pdf"

    def broken(handle: IO[bytes]) -> None:
        raise error

    for lang, expected in (
        ("en", f"Cannot write {target}: {english}. Nothing was written."),
        ("it", f"Impossibile scrivere {target}: {italian}. Non è stato scritto nulla."),
    ):
        i18n.set_language(lang)
        with pytest.raises(OutputRefused) as caught:
            write_output(target, broken)
        assert str(caught.value) == expected
        assert caught.value.field == "out_path"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("how", ["kernel", "seam"])
def test_a_full_disk_is_named_and_nothing_is_left(tmp_path: Path, how: str) -> None:
    with full_disk(tmp_path / "small", 64, how) as folder:
        target = folder / "big.pdf"
        for lang, expected in (
            ("en", f"Cannot write {target}: the disk is full. Nothing was written."),
            ("it", f"Impossibile scrivere {target}: il disco è pieno. Non è stato scritto nulla."),
        ):
            i18n.set_language(lang)
            with pytest.raises(OutputRefused) as caught:
                write_output(target, lambda fh: fh.write(b"x" * 200_000))
            assert str(caught.value) == expected
        assert list(folder.iterdir()) == []


def test_a_temporary_file_that_cannot_be_made_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    target = tmp_path / "plan.pdf"
    with pytest.raises(OutputRefused) as caught:
        write_output(target, lambda fh: fh.write(b"x"))
    assert str(caught.value) == f"Cannot write {target}: Permission denied. Nothing was written."
    assert list(tmp_path.iterdir()) == []


def test_a_target_swapped_for_a_folder_while_writing_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"

    def swap(handle: IO[bytes]) -> None:
        handle.write(b"%PDF")
        target.mkdir()

    with pytest.raises(OutputRefused) as caught:
        write_output(target, swap)
    assert str(caught.value) == f"Refused to write {target}: it is a folder; give a file name."
    assert target.is_dir() and sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_the_folder_entry_is_flushed_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "plan.pdf"
    write_output(target, lambda fh: fh.write(b"%PDF"))
    assert len(synced) == 2
    assert synced[0].startswith(str(tmp_path / ".plan.pdf.")) and synced[0].endswith(".part")
    assert synced[1] == str(tmp_path)


def test_the_folder_is_flushed_where_os_has_no_o_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' ``os`` has no ``O_DIRECTORY``: the folder is opened read-only without it, and the
    export is written without an error (kills _fsync_folder #9: ``| None``, #12: no default, #15:
    default 1, O_WRONLY, which cannot open a folder)."""
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.delattr(os, "O_DIRECTORY")
    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "plan.pdf"
    assert write_output(target, lambda fh: fh.write(b"%PDF")) == (target, 4)
    assert target.read_bytes() == b"%PDF"
    assert synced[1:] == [str(tmp_path)]


# --- the PDF exports' own entry points ------------------------------------------------------------


def test_the_pdf_target_check_protects_the_database_it_is_given(tmp_path: Path) -> None:
    db = _database(tmp_path / "kam.sqlite")
    assert check_target(tmp_path / "plan.pdf", protect=[db]) == tmp_path / "plan.pdf"
    with pytest.raises(OutputRefused) as caught:
        check_target(db, protect=[db])
    assert str(caught.value) == f"Refused to write {db}: it is the open database."
    with pytest.raises(OutputRefused) as caught:
        write_atomically(db, lambda fh: 1, protect=[db])
    assert str(caught.value) == f"Refused to write {db}: it is the open database."


def test_write_atomically_returns_the_page_count_of_the_renderer(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"

    def render(handle: IO[bytes]) -> int:
        handle.write(b"%PDF-1.4 three pages")
        return 3

    assert write_atomically(target, render) == 3
    assert target.read_bytes() == b"%PDF-1.4 three pages"


def test_a_csv_export_checks_its_target_before_anything_else(tmp_path: Path) -> None:
    from kam_desktop.domain.errors import ValidationError
    from kam_desktop.services.export_csv import export_csv
    from kam_desktop.store.database import open_database

    database = open_database(tmp_path / "kam.sqlite")
    try:
        with pytest.raises(OutputRefused) as caught:
            export_csv(database, "everything", database.path)
        assert str(caught.value) == f"Refused to write {database.path}: it is the open database."
        with pytest.raises(ValidationError) as refused:
            export_csv(database, "everything", tmp_path / "out.csv")
        assert str(refused.value) == "Choose what to export: portfolio or actions."
        assert refused.value.field == "what"
        assert not (tmp_path / "out.csv").exists()
    finally:
        database.close()


def test_a_csv_export_writes_what_was_chosen_and_refuses_anything_else_in_italian(tmp_path: Path) -> None:
    from kam_desktop.domain.errors import ValidationError
    from kam_desktop.services.export_csv import CsvSummary, export_csv
    from kam_desktop.store.database import open_database

    database = open_database(tmp_path / "kam.sqlite")
    try:
        actions = tmp_path / "actions.csv"
        assert export_csv(database, "actions", actions) == CsvSummary(actions, 0)
        assert (
            actions.read_bytes()
            == (
                "\ufeffAccount,Action,Status,Owner,Due,Completed,Overdue,Objective,Resources needed,Internal\r\n"
            ).encode()
        )
        portfolio = tmp_path / "portfolio.csv"
        assert export_csv(database, "portfolio", portfolio) == CsvSummary(portfolio, 0)
        assert portfolio.read_bytes().startswith(b"\xef\xbb\xbfAccount,Status,Score,")
        i18n.set_language("it")
        for what in ("ACTIONS", "Portfolio", ""):
            with pytest.raises(ValidationError) as refused:
                export_csv(database, what, tmp_path / "out.csv")
            assert str(refused.value) == "Scegli cosa esportare: portfolio o actions."
            assert refused.value.field == "what"
        assert not (tmp_path / "out.csv").exists()
    finally:
        database.close()


def test_the_open_database_linked_in_while_writing_is_refused_as_the_open_database(tmp_path: Path) -> None:
    db = _database(tmp_path / "kam.sqlite")
    before = db.read_bytes()
    target = tmp_path / "plan.pdf"

    def link_in(handle: IO[bytes]) -> None:
        handle.write(b"%PDF")
        target.symlink_to(db)  # something swapped the open database in under the chosen name

    with pytest.raises(OutputRefused) as caught:
        write_output(target, link_in, protect=[db])
    assert str(caught.value) == f"Refused to write {target}: it is the open database."
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kam.sqlite", "plan.pdf"]


def test_a_missing_folder_named_like_a_backups_folder_is_named_as_missing(tmp_path: Path) -> None:
    folder = tmp_path / "old-backups"
    target = folder / "plan.pdf"
    assert _refusal(target) == f"Cannot write {target}: the folder {folder} does not exist."


def test_an_existing_file_may_be_replaced_while_the_protected_database_does_not_exist_yet(
    tmp_path: Path,
) -> None:
    old = tmp_path / "plan.pdf"
    old.write_bytes(b"old")
    assert check_output(old, protect=(tmp_path / "not-created-yet.sqlite",)) == old


# --- the folder vanishes while writing (a USB stick pulled out, a folder tidied away) -----------


def test_a_folder_gone_with_a_failing_write_is_refused_in_one_line(tmp_path: Path) -> None:
    """The .part file went with its folder: the user reads the write's own failure, not a
    'No such file' about a temporary file they never named (kills write_output #58, #59)."""
    i18n.set_language("en")
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "plan.pdf"

    def pulled(handle: IO[bytes]) -> None:
        handle.write(b"%PDF")
        shutil.rmtree(stick)
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    with pytest.raises(OutputRefused) as caught:
        write_output(target, pulled)
    assert str(caught.value) == f"Cannot write {target}: Input/output error. Nothing was written."
    assert list(tmp_path.iterdir()) == []


def test_a_folder_gone_after_the_write_is_named_as_missing(tmp_path: Path) -> None:
    """The check after writing finds the folder gone: its refusal reaches the user (kills
    write_output #64, #65)."""
    i18n.set_language("en")
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "plan.pdf"

    def pulled(handle: IO[bytes]) -> None:
        handle.write(b"%PDF")
        shutil.rmtree(stick)

    with pytest.raises(OutputRefused) as caught:
        write_output(target, pulled)
    assert str(caught.value) == f"Cannot write {target}: the folder {stick} does not exist."
    assert list(tmp_path.iterdir()) == []


def test_a_folder_gone_with_a_failing_layout_gives_the_layout_error(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()

    def pulled(handle: IO[bytes]) -> None:
        shutil.rmtree(stick)
        raise ValueError("layout failed")

    with pytest.raises(ValueError, match=r"^layout failed$"):
        write_output(stick / "plan.pdf", pulled)
    assert list(tmp_path.iterdir()) == []
