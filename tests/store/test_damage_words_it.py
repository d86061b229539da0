"""A damaged database is described in the user's language: the plain words of the check
("parts of the file are damaged ...") and the sentence around them, in the GUI's dialog and on
the command line (fresh-eyes report: the Italian dialog's first paragraph was all English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop.cli import run
from kam_desktop.i18n import using_language
from kam_desktop.store import integrity
from kam_desktop.store.backup import make_backup
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.integrity import DamagedDatabaseError
from tests.store.test_corruption import flipped_table_page, orphan_rows, zeroed_header

BROKEN_IT = "alcune parti del file sono danneggiate (SQLite ha trovato pagine o indici rovinati)."


def _damaged(db: Database, damage=flipped_table_page) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    path = db.path
    good = make_backup(path, reason="auto")
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    damage(path)
    return path, good


def test_opening_a_damaged_file_in_italian_says_it_all_in_italian(demo_db: Database) -> None:
    path, good = _damaged(demo_db)
    with using_language("it"), pytest.raises(DamagedDatabaseError) as caught:
        open_database(path)
    error = caught.value
    assert error.good_backup is not None
    when = error.good_backup.created.strftime("%Y-%m-%d %H:%M UTC")
    assert error.message == (
        f"{path} è danneggiato: {BROKEN_IT} Il file non è stato modificato. "
        f"Copia di sicurezza integra più recente: {good} ({when})."
    )


def test_the_check_begun_before_the_language_is_chosen_still_speaks_italian(demo_db: Database) -> None:
    path, _good = _damaged(demo_db)
    with using_language("en"):
        integrity.start_check_before_open(path)  # the start-up check runs before the GUI's language is set
        assert integrity.early_check(path) is not None
    with using_language("it"), pytest.raises(DamagedDatabaseError) as caught:
        open_database(path)
    assert caught.value.check.summary == BROKEN_IT


@pytest.mark.parametrize(
    ("damage", "summary"),
    [
        (zeroed_header, "i suoi primi byte sono tutti a zero: l'inizio del file è stato cancellato."),
        (orphan_rows, "1 record punta a record che non esistono più."),
    ],
)
def test_the_check_command_in_italian(
    damage,
    summary: str,
    demo_db: Database,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    path, _good = _damaged(demo_db, damage)
    assert run(["check", "--db", str(path), "--lang", "it"]) != 0
    err = capsys.readouterr().err
    assert f"{path.resolve()} è danneggiato: {summary} Il file non è stato modificato." in err, err


def test_the_same_in_english(demo_db: Database) -> None:
    path, _good = _damaged(demo_db, zeroed_header)
    with using_language("en"), pytest.raises(DamagedDatabaseError) as caught:
        open_database(path)
    assert caught.value.message.startswith(
        f"{path} is damaged: its first bytes are all zero: the start of the file was wiped. "
        "The file was not changed."
    )
