"""The contact import's checks against what is already there, exactly (mutation run 3 of the four
critical areas, issue 12): a person already at the account by email is skipped, a new person's
manager may be someone already at the account, a reports-to loop in the file is left out while the
other links are made and counted, and a refused row keeps the name the user typed."""

from __future__ import annotations

import sqlite3

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.contacts import import_contacts, preview_contacts
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

HEADER = b"First Name,Last Name,Organization,E-mail Address,Manager's Name\n"


def _links(db: Database) -> list[tuple[str, str | None]]:
    conn = sqlite3.connect(db.path)
    rows = conn.execute(
        "SELECT s.name, m.name FROM stakeholder s LEFT JOIN stakeholder m ON m.id = s.reports_to_id "
        "WHERE s.deleted_at IS NULL ORDER BY s.id"
    ).fetchall()
    conn.close()
    return rows


def _paula(db: Database) -> int:
    account = create_account(db, AccountInput(name="Rossi SpA")).id
    with db.session() as s:
        paula = m.Stakeholder(account_id=account, name="Paula Ortega", email="paula@rossi.example")
        s.add(paula)
        s.flush()
        return int(paula.id)


def test_a_person_already_there_by_email_is_skipped(db: Database) -> None:
    _paula(db)
    csv = HEADER + b"Paola,Ortega-Ruiz,Rossi SpA,PAULA@Rossi.example,\n"
    plan = preview_contacts(db, csv)
    assert [(o.row, o.action, o.name, o.account, o.message) for o in plan.outcomes] == [
        (2, "exists", "Paola Ortega-Ruiz", "Rossi SpA", "Already a stakeholder of Rossi SpA; skipped.")
    ]
    result = import_contacts(db, csv)
    assert (result.written, result.added, result.skipped, result.invalid) == (True, 0, 1, 0)
    assert _links(db) == [("Paula Ortega", None)]


def test_a_new_person_reports_to_someone_already_at_the_account(db: Database) -> None:
    paula = _paula(db)
    csv = HEADER + b"Dario,Verdi,Rossi SpA,dario@rossi.example,paula  ORTEGA\n"
    plan = preview_contacts(db, csv)
    assert [(o.action, o.name, o.manager) for o in plan.outcomes] == [("add", "Dario Verdi", "Paula Ortega")]
    assert plan.links == 1
    result = import_contacts(db, csv)
    assert (result.added, result.links) == (1, 1)
    assert result.summary() == "Added 1, skipped 0, invalid 0; 1 reports-to link."
    assert _links(db) == [("Paula Ortega", None), ("Dario Verdi", "Paula Ortega")]
    with db.reading() as s:
        dario = s.get(m.Stakeholder, result.undo.stakeholder_ids[0])
        assert dario is not None and dario.reports_to_id == paula


def test_a_reports_to_loop_in_the_file_is_left_out_and_the_other_links_made(db: Database) -> None:
    create_account(db, AccountInput(name="Rossi SpA"))
    csv = (
        HEADER
        + b"Anna,Bianchi,Rossi SpA,anna@rossi.example,Bruno Gallo\n"
        + b"Bruno,Gallo,Rossi SpA,bruno@rossi.example,Anna Bianchi\n"
        + b"Carla,Neri,Rossi SpA,carla@rossi.example,Bruno Gallo\n"
    )
    plan = preview_contacts(db, csv)
    assert [(o.name, o.manager) for o in plan.outcomes] == [
        ("Anna Bianchi", "Bruno Gallo"),
        ("Bruno Gallo", "Anna Bianchi"),
        ("Carla Neri", "Bruno Gallo"),
    ]
    assert plan.links == 3  # the preview cannot know yet which link would close a loop
    result = import_contacts(db, csv)
    assert (result.written, result.added, result.links) == (True, 3, 2)
    assert result.summary() == "Added 3, skipped 0, invalid 0; 2 reports-to links."
    assert _links(db) == [
        ("Anna Bianchi", "Bruno Gallo"),
        ("Bruno Gallo", None),  # Bruno -> Anna would close the loop Anna -> Bruno -> Anna
        ("Carla Neri", "Bruno Gallo"),
    ]


def test_a_refused_row_keeps_the_name_as_typed_and_the_rows_after_it_count(db: Database) -> None:
    create_account(db, AccountInput(name="Rossi SpA"))
    csv = HEADER + b"Elena,Neri,Rossi SpA,elena at rossi,\n" + b"Franco,Blu,Rossi SpA,franco@rossi.example,\n"
    plan = preview_contacts(db, csv)
    assert [(o.row, o.action, o.name, o.message) for o in plan.outcomes] == [
        (2, "invalid", "Elena Neri", "The email address \u201celena at rossi\u201d is not valid."),
        (3, "add", "Franco Blu", ""),
    ]


def test_the_account_named_exactly_wins_over_a_same_company_of_another_legal_form(db: Database) -> None:
    create_account(db, AccountInput(name="Rossi SpA"))
    create_account(db, AccountInput(name="Rossi Srl"))
    csv = HEADER + b"Gino,Verdi,Rossi Srl,gino@rossi.example,\n" + b"Ugo,Neri,Rossi GmbH,ugo@rossi.example,\n"
    plan = preview_contacts(db, csv)
    assert [(o.action, o.name, o.account) for o in plan.outcomes] == [
        ("add", "Gino Verdi", "Rossi Srl"),
        ("invalid", "Ugo Neri", "Rossi GmbH"),  # two Rossi companies: which one is not guessed
    ]


def test_a_person_already_there_is_skipped_in_italian(db: Database, italian: None) -> None:
    _paula(db)
    plan = preview_contacts(db, HEADER + b"Paula,Ortega,Rossi SpA,,\n")
    assert [(o.action, o.message) for o in plan.outcomes] == [
        ("exists", "Già un interlocutore di Rossi SpA; saltato.")
    ]
