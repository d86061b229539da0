"""The contact import's reports-to links against what is already there (issue 12, third breadth
measurement).

A person in the trash is not "already a stakeholder" - by name or by email - so the file's
namesake is added as a new, live person, and a manager's name finds only live people: the new
namesake when the file has one, nobody when the only match is in the trash. The trashed person
stays in the trash, untouched.

The loop check also reads the links already in the database. A new person cannot be anywhere
in those links on a sound file (a new id is above every id in use, and foreign keys keep every
link pointing at a row in use), so they matter only on a damaged file: one where a link still
points at a row deleted with the foreign keys off, whose id the new person then receives.
Even there the import makes no loop."""

from __future__ import annotations

import sqlite3

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.contacts import import_contacts, preview_contacts
from kam_desktop.services.stakeholders import delete_stakeholder, list_stakeholders
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

HEADER = b"First Name,Last Name,Organization,E-mail Address,Manager's Name\n"


def _everyone(db: Database) -> list[tuple[int, str, str | None, bool]]:
    """(id, name, manager's name, in the trash) of every stakeholder, in id order."""
    conn = sqlite3.connect(db.path)
    rows = conn.execute(
        "SELECT s.id, s.name, m.name, s.deleted_at IS NOT NULL FROM stakeholder s "
        "LEFT JOIN stakeholder m ON m.id = s.reports_to_id ORDER BY s.id"
    ).fetchall()
    conn.close()
    return [(i, n, mgr, bool(trashed)) for i, n, mgr, trashed in rows]


def _trashed_paula(db: Database) -> tuple[int, int]:
    account = create_account(db, AccountInput(name="Rossi SpA")).id
    with db.session() as s:
        paula = m.Stakeholder(account_id=account, name="Paula Ortega", email="paula@rossi.example")
        s.add(paula)
        s.flush()
        paula_id = int(paula.id)
    delete_stakeholder(db, paula_id)
    return account, paula_id


def test_a_namesake_in_the_trash_is_added_anew_and_becomes_the_manager(db: Database) -> None:
    account, trashed = _trashed_paula(db)
    csv = (
        HEADER
        + b"Paula,Ortega,Rossi SpA,paula@rossi.example,\n"
        + b"Dario,Verdi,Rossi SpA,dario@rossi.example,Paula Ortega\n"
    )
    plan = preview_contacts(db, csv)
    assert [(o.row, o.action, o.name, o.account, o.message, o.manager) for o in plan.outcomes] == [
        (2, "add", "Paula Ortega", "Rossi SpA", "", ""),
        (3, "add", "Dario Verdi", "Rossi SpA", "", "Paula Ortega"),
    ]
    result = import_contacts(db, csv)
    assert result.summary() == "Added 2, skipped 0, invalid 0; 1 reports-to link."
    new_paula, dario = result.undo.stakeholder_ids
    assert _everyone(db) == [
        (trashed, "Paula Ortega", None, True),
        (new_paula, "Paula Ortega", None, False),
        (dario, "Dario Verdi", "Paula Ortega", False),
    ]
    with db.reading() as s:
        row = s.get(m.Stakeholder, dario)
        assert row is not None and row.reports_to_id == new_paula != trashed
    assert [(p.name, p.email) for p in list_stakeholders(db, account)] == [
        ("Dario Verdi", "dario@rossi.example"),
        ("Paula Ortega", "paula@rossi.example"),
    ]


def test_a_manager_found_only_in_the_trash_gives_no_link(db: Database) -> None:
    _account, trashed = _trashed_paula(db)
    csv = HEADER + b"Dario,Verdi,Rossi SpA,dario@rossi.example,Paula Ortega\n"
    plan = preview_contacts(db, csv)
    assert [(o.action, o.name, o.manager) for o in plan.outcomes] == [("add", "Dario Verdi", "")]
    assert plan.links == 0
    result = import_contacts(db, csv)
    assert result.summary() == "Added 1, skipped 0, invalid 0; 0 reports-to links."
    (dario,) = result.undo.stakeholder_ids
    assert _everyone(db) == [(trashed, "Paula Ortega", None, True), (dario, "Dario Verdi", None, False)]


def test_no_loop_even_when_a_broken_link_points_at_the_id_a_new_person_receives(db: Database) -> None:
    account = create_account(db, AccountInput(name="Rossi SpA")).id
    with db.session() as s:
        paula = m.Stakeholder(account_id=account, name="Paula Ortega")
        s.add(paula)
        s.flush()
        marco = m.Stakeholder(account_id=account, name="Marco Neri")
        s.add(marco)
        s.flush()
        paula.reports_to_id = marco.id
        paula_id, marco_id = int(paula.id), int(marco.id)
    conn = sqlite3.connect(db.path)  # the damage: Marco deleted behind the foreign keys' back
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM stakeholder WHERE id = ?", (marco_id,))
    conn.commit()
    conn.close()
    csv = HEADER + b"Dario,Verdi,Rossi SpA,dario@rossi.example,Paula Ortega\n"
    plan = preview_contacts(db, csv)
    assert [(o.action, o.name, o.manager) for o in plan.outcomes] == [("add", "Dario Verdi", "Paula Ortega")]
    result = import_contacts(db, csv)
    assert result.undo.stakeholder_ids == (marco_id,)  # SQLite gives the new row the freed id
    # Paula -> (that id) -> Paula would be a loop: the link is left out and not counted
    assert result.summary() == "Added 1, skipped 0, invalid 0; 0 reports-to links."
    with db.reading() as s:
        dario = s.get(m.Stakeholder, marco_id)
        assert dario is not None and (dario.name, dario.reports_to_id) == ("Dario Verdi", None)
        paula_row = s.get(m.Stakeholder, paula_id)
        assert paula_row is not None and paula_row.reports_to_id == marco_id
