"""What a second contact import says for each card, and that undo removes the buying centres the
import created, with its stakeholders."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.contacts import import_contacts, preview_contacts, undo_contact_import
from kam_desktop.store.database import Database

FILES = Path(__file__).parent / "files"


def _acme(db: Database) -> Database:
    for name in ("Società Rossi S.p.A.", "Acme Corporation"):
        create_account(db, AccountInput(name=name))
    return db


def _rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_a_second_import_says_each_card_is_already_there(db: Database) -> None:
    data = (FILES / "contacts_v3_apple_outlook.vcf").read_bytes()
    import_contacts(_acme(db), data)
    again = preview_contacts(db, data)
    assert [(o.row, o.action, o.name, o.account, o.message) for o in again.outcomes] == [
        (
            1,
            "exists",
            "Jane Smith",
            "Acme Corporation",
            "Already a stakeholder of Acme Corporation; skipped.",
        ),
        (
            2,
            "exists",
            'Robert "Bob" O\'Neil',
            "Acme Corporation",
            "Already a stakeholder of Acme Corporation; skipped.",
        ),
        (3, "exists", "中村 健二", "Acme Corporation", "Already a stakeholder of Acme Corporation; skipped."),
    ]


def test_undo_removes_the_buying_centres_the_import_made(db: Database) -> None:
    result = import_contacts(_acme(db), (FILES / "contacts_v3_apple_outlook.vcf").read_bytes())
    assert _rows(db, "SELECT name FROM buying_centre ORDER BY name") == [("IT",), ("Procurement",)]
    assert undo_contact_import(db, result.undo) == 3
    assert _rows(db, "SELECT count(*) FROM stakeholder") == [(0,)]
    assert _rows(db, "SELECT name FROM buying_centre") == []
