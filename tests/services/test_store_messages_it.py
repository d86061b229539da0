"""The file-level refusals (import-json, restore, opening a foreign SQLite file) speak the
user's language: in Italian they are whole Italian sentences, in English unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import using_language
from kam_desktop.services import backups
from kam_desktop.services.export_json import import_json
from kam_desktop.store.database import Database, open_database


def test_import_json_of_a_non_json_file_in_italian_and_english(tmp_path: Path) -> None:
    source = tmp_path / "notes.json"
    source.write_text("[1, 2", encoding="utf-8")
    target = tmp_path / "new.sqlite"
    with using_language("it"), pytest.raises(StoreError) as err:
        import_json(target, source)
    assert str(err.value).startswith(f"{source} non è un’esportazione di KAM Desktop (non è un JSON valido: ")
    with using_language("en"), pytest.raises(StoreError) as err:
        import_json(target, source)
    assert str(err.value).startswith(f"{source} is not a KAM Desktop export (it is not valid JSON: ")


def test_import_json_refusals_in_italian(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "empty.json"
    source.write_text("{}", encoding="utf-8")
    with using_language("it"), pytest.raises(StoreError) as err:
        import_json(tmp_path / "new.sqlite", source)
    assert str(err.value) == f"{source} non è un’esportazione di KAM Desktop."
    with using_language("it"), pytest.raises(StoreError) as err:
        import_json(db.path, source)
    assert str(err.value) == (
        f"{db.path} esiste già. import-json scrive un nuovo database: scegli un nuovo nome di file."
    )
    assert not (tmp_path / "new.sqlite").exists()


def test_restore_from_the_database_itself_is_refused_in_italian(db: Database) -> None:
    path = db.path
    db.close()
    with using_language("it"), pytest.raises(StoreError) as err:
        backups.restore(path, path)
    assert str(err.value) == "Scegli un file di copia di sicurezza, non il database stesso."


def test_a_foreign_sqlite_file_is_refused_in_italian(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    with using_language("it"), pytest.raises(StoreError) as err:
        open_database(foreign)
    message = str(err.value)
    assert str(foreign) in message
    assert "KAM Desktop" in message
    assert "is not" not in message and "not one of" not in message
