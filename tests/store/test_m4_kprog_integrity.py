"""The fourth mutation measurement's sampled mutants in store/integrity.py that no test of the module
killed when planted by hand (issue 12): a big file's damaged header on a clean start, and a file of
another application, in the words the user reads (English and Italian)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kam_desktop.i18n import using_language
from kam_desktop.store import integrity
from kam_desktop.store.integrity import CheckResult, check_before_open, check_file


def _big_cut_off_database(tmp_path: Path) -> Path:
    """A real database header on a file over the size checked in full on every start, whose size
    is not a whole number of pages (sparse: no 33 MB written)."""
    small = tmp_path / "small.sqlite"
    conn = sqlite3.connect(small)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    big = tmp_path / "big.sqlite"
    big.write_bytes(small.read_bytes())
    os.truncate(big, integrity.QUICK_CHECK_LIMIT + 4096 + 1)
    return big


def test_a_big_file_cut_off_is_reported_damaged_on_a_clean_start(tmp_path: Path) -> None:
    big = _big_cut_off_database(tmp_path)
    words = "its size is not a whole number of pages: part of it is missing (it was cut off)."
    with using_language("en"):
        result = check_before_open(big)
    assert result == CheckResult(big, words, (words,))
    assert result is not None and not result.ok


def test_a_big_file_cut_off_is_reported_damaged_in_italian(tmp_path: Path) -> None:
    big = _big_cut_off_database(tmp_path)
    words = "la sua dimensione non è un numero intero di pagine: ne manca una parte (è stato troncato)."
    with using_language("it"):
        result = check_before_open(big)
    assert result == CheckResult(big, words, (words,))


def _foreign(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return path


def test_a_file_of_another_application_is_named_so(tmp_path: Path) -> None:
    path = _foreign(tmp_path)
    with using_language("en"):
        result = check_file(path)
    words = "it belongs to another application (id 0x4d2)."
    assert result == CheckResult(path, words, (words,), False)
    with using_language("it"):
        assert check_file(path).summary == "appartiene a un'altra applicazione (id 0x4d2)."


def test_a_folder_given_as_the_database_cannot_be_read(tmp_path: Path) -> None:
    folder = tmp_path / "kam.sqlite"
    folder.mkdir()
    (folder / "inside.txt").write_text("so the folder has a size")
    with using_language("en"):
        result = check_file(folder)
    assert result.summary == "it cannot be read (Is a directory)." and not result.ok
    assert result.details == (result.summary,)
    with using_language("it"):
        assert check_file(folder).summary == "non è leggibile (Is a directory)."
