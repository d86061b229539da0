"""The contact import's buying centres for a department longer than the column (issue 12, fourth
breadth measurement: `importers.contacts._centre` #16, `name[:200]` -> `name[:201]`); and two
mutants of the sample the measurement counted as killed only because mutmut's time limit fired
(`_manager_for` #8, `_with_managers` #21: the module's tests pass with them).

A department is not checked for length (a CRM may write anything there); the buying centre made
from it keeps the first 200 characters, the column's length. Pinning that found a crash: the
centre was looked up by the whole department but stored cut, so the second person of the same
long department did not find it, and making it again broke the centres' unique names - the whole
import ended in a raw IntegrityError. Now the department is cut first and matched as cut: one
centre, everyone in it, in this import and the next."""

from __future__ import annotations

import sqlite3

from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.contacts import import_contacts, preview_contacts
from kam_desktop.store.database import Database

DEPARTMENT = "Purchasing and Supply Chain " + "Northern Italy, " * 14  # 252 characters
CUT = DEPARTMENT[:200]


def _centres_and_people(db: Database) -> tuple[list[tuple[int, str]], list[tuple[str, int | None]]]:
    conn = sqlite3.connect(db.path)
    try:
        centres = conn.execute("SELECT id, name FROM buying_centre ORDER BY id").fetchall()
        people = conn.execute("SELECT name, buying_centre_id FROM stakeholder ORDER BY id").fetchall()
    finally:
        conn.close()
    return centres, people


def _csv(*names: str) -> bytes:
    lines = ["Name,Organization,Department"] + [f'{n},Rossi SpA,"{DEPARTMENT}"' for n in names]
    return ("\n".join(lines) + "\n").encode()


def test_a_department_longer_than_200_characters_is_one_centre_named_by_its_first_200(db: Database) -> None:
    assert len(DEPARTMENT) == 252 and len(CUT) == 200
    create_account(db, AccountInput(name="Rossi SpA"))
    result = import_contacts(db, _csv("Anna Bianchi", "Dario Verdi"))
    assert result.summary() == "Added 2, skipped 0, invalid 0; 0 reports-to links."
    centres, people = _centres_and_people(db)
    assert [name for _id, name in centres] == [CUT]
    centre = centres[0][0]
    assert people == [("Anna Bianchi", centre), ("Dario Verdi", centre)]
    assert result.undo.buying_centre_ids == (centre,)

    # a later import of the same department finds the centre (and makes none)
    again = import_contacts(db, _csv("Anna Bianchi", "Marta Neri"))
    assert again.summary() == "Added 1, skipped 1, invalid 0; 0 reports-to links."
    assert again.undo.buying_centre_ids == ()
    assert _centres_and_people(db) == (
        [(centre, CUT)],
        [("Anna Bianchi", centre), ("Dario Verdi", centre), ("Marta Neri", centre)],
    )


def test_a_department_of_exactly_200_characters_is_kept_whole(db: Database) -> None:
    create_account(db, AccountInput(name="Rossi SpA"))
    csv = f'Name,Organization,Department\nAnna Bianchi,Rossi SpA,"{CUT}"\n'.encode()
    import_contacts(db, csv)
    centres, people = _centres_and_people(db)
    assert [name for _id, name in centres] == [CUT]
    assert people == [("Anna Bianchi", centres[0][0])]


def test_a_manager_id_at_another_account_or_the_persons_own_gives_no_link(db: Database) -> None:
    """`importers.contacts._manager_for` #8 (`and` -> `or` in its guard): a CRM manager id names
    the manager only when that person is at the same account and is someone else. A manager at
    another account, or a person whose manager id is their own, gets no link - in the preview
    and in the database."""
    create_account(db, AccountInput(name="Rossi SpA"))
    create_account(db, AccountInput(name="Verdi Srl"))
    csv = (
        b"Contact ID,Full Name,Account Name,Reports To ID\n"
        b"001,Anna Bianchi,Rossi SpA,\n"
        b"002,Dario Neri,Verdi Srl,001\n"
        b"003,Marta Gialli,Rossi SpA,003\n"
        b"004,Luca Blu,Rossi SpA,001\n"
    )
    plan = preview_contacts(db, csv)
    assert [(o.row, o.name, o.account, o.manager) for o in plan.outcomes] == [
        (2, "Anna Bianchi", "Rossi SpA", ""),
        (3, "Dario Neri", "Verdi Srl", ""),
        (4, "Marta Gialli", "Rossi SpA", ""),
        (5, "Luca Blu", "Rossi SpA", "Anna Bianchi"),
    ]
    result = import_contacts(db, csv)
    assert result.summary() == "Added 4, skipped 0, invalid 0; 1 reports-to link."
    conn = sqlite3.connect(db.path)
    try:
        links = conn.execute(
            "SELECT s.name, m.name FROM stakeholder s LEFT JOIN stakeholder m ON m.id = s.reports_to_id ORDER BY s.id"
        ).fetchall()
    finally:
        conn.close()
    assert links == [
        ("Anna Bianchi", None),
        ("Dario Neri", None),
        ("Marta Gialli", None),
        ("Luca Blu", "Anna Bianchi"),
    ]


def test_the_preview_of_a_person_with_a_manager_keeps_their_details(db: Database) -> None:
    """`importers.contacts._with_managers` #21 (the contact dropped from an outcome that gains a
    manager): the import window shows each new person's title, email and phone from the
    outcome's contact - also for the people who report to someone."""
    create_account(db, AccountInput(name="Rossi SpA"))
    csv = (
        b"Full Name,Account Name,Job Title,Email,Phone,Manager\n"
        b"Anna Bianchi,Rossi SpA,CEO,anna@rossi.example,+39 02 1234,\n"
        b"Luca Blu,Rossi SpA,Buyer,luca@rossi.example,+39 02 5678,Anna Bianchi\n"
    )
    plan = preview_contacts(db, csv)
    assert [
        (o.name, o.manager, o.contact.title, o.contact.email, o.contact.phone) if o.contact else None
        for o in plan.outcomes
    ] == [
        ("Anna Bianchi", "", "CEO", "anna@rossi.example", "+39 02 1234"),
        ("Luca Blu", "Anna Bianchi", "Buyer", "luca@rossi.example", "+39 02 5678"),
    ]
