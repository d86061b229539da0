"""Contacts into stakeholders: vCard 3.0/4.0 (folded lines, escapes, several per file, UTF-8
names), Outlook, Google, HubSpot and Salesforce CSV; matched by organisation or put into one
account; reports-to links build the org chart; a second import adds nothing; undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kam_desktop.app import main
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.contacts import import_contacts, preview_contacts, undo_contact_import
from kam_desktop.store.database import Database

FILES = Path(__file__).parent / "files"


def _data(name: str) -> bytes:
    return (FILES / name).read_bytes()


@pytest.fixture
def crm_db(db: Database) -> Database:
    for name in ("Società Rossi S.p.A.", "Acme Corporation", "Globex GmbH", "Caffè Nero S.r.l."):
        create_account(db, AccountInput(name=name))
    return db


def _people(db: Database) -> list[tuple[str, str, str, str, str, str, str | None, str | None]]:
    conn = sqlite3.connect(db.path)
    rows = conn.execute(
        "SELECT a.name, s.name, s.title, s.email, s.phone, s.notes, m.name, b.name FROM stakeholder s "
        "JOIN account a ON a.id = s.account_id LEFT JOIN stakeholder m ON m.id = s.reports_to_id "
        "LEFT JOIN buying_centre b ON b.id = s.buying_centre_id ORDER BY s.id"
    ).fetchall()
    conn.close()
    return rows


def test_vcard_4_folded_escaped_by_organisation_with_manager(crm_db: Database) -> None:
    plan = preview_contacts(crm_db, _data("contacts_v4.vcf"))
    assert plan.vcard
    assert [(o.row, o.action) for o in plan.outcomes] == [
        (1, "add"),
        (2, "add"),
        (3, "add"),
        (4, "invalid"),
        (5, "invalid"),
    ]
    assert (
        plan.outcomes[3].message
        == "No account named “Unknown Holdings Ltd”: add it first, or choose the account to put everyone into."
    )
    assert plan.outcomes[4].message == "Name cannot be empty."
    result = import_contacts(crm_db, _data("contacts_v4.vcf"), skip_invalid=True)
    assert (result.added, result.skipped, result.invalid, result.links) == (3, 0, 2, 1)
    rossi = "Società Rossi S.p.A."
    assert _people(crm_db) == [
        (
            rossi,
            "Giulia Bianchi-Ferrari",
            "Direttrice acquisti, Italia e Svizzera",
            "g.bianchi@rossi.example",
            "+39-02-555-0101",
            "Conosciuta alla fiera di Milano.\nPreferisce le riunioni al mattino; mai il venerdì.",
            None,
            "Acquisti, Logistica",
        ),
        (rossi, "Marco Rossi", "Amministratore delegato", "m.rossi@rossi.example", "", "", None, None),
        # ORG "SOCIETA ROSSI S.P.A." matches the account whatever the case and accents
        (rossi, "Luca Verdi", "Buyer", "", "", "", "Giulia Bianchi-Ferrari", "Acquisti"),
    ]


def test_vcard_3_apple_and_outlook_managers_and_second_import(crm_db: Database) -> None:
    result = import_contacts(crm_db, _data("contacts_v3_apple_outlook.vcf"))
    assert (result.added, result.links) == (3, 2)
    people = _people(crm_db)
    assert people[0][1] == "Jane Smith" and people[0][6] == 'Robert "Bob" O\'Neil'
    assert people[1][5] == "Sponsor of the 2026 renewal. Plays golf, likes data, hates slides."
    assert people[2][1:3] == (
        "中村 健二",
        "Enterprise architect and a title long enough that Outlook folds it onto a second line",
    )
    assert people[2][6] == "Jane Smith"
    again = import_contacts(crm_db, _data("contacts_v3_apple_outlook.vcf"))
    assert (again.added, again.skipped, again.links) == (0, 3, 0)
    assert len(_people(crm_db)) == 3


def test_outlook_csv_cp1252_strict_writes_nothing(crm_db: Database) -> None:
    strict = import_contacts(crm_db, _data("outlook_contacts.csv"))
    assert not strict.written and strict.invalid == 1
    assert strict.plan.outcomes[2].message == "The email address “pietro@@nero” is not valid."
    assert _people(crm_db) == []
    import_contacts(crm_db, _data("outlook_contacts.csv"), skip_invalid=True)
    assert _people(crm_db) == [
        (
            "Società Rossi S.p.A.",
            "Giulia Bianchi-Ferrari",
            "Direttrice acquisti",  # the Job Title, not Outlook's "Title" (Dott.ssa)
            "g.bianchi@rossi.example",
            "+39 02 555 0101",
            "Prefers mornings.\nNever Fridays.",
            "Marco Rossi",
            "Acquisti",
        ),
        (
            "Società Rossi S.p.A.",
            "Marco Rossi",
            "Amministratore delegato",
            "m.rossi@rossi.example",
            "+39 02 555 0100",
            "",
            None,
            "Direzione",
        ),
    ]


def test_google_contacts_relation_manager(crm_db: Database) -> None:
    import_contacts(crm_db, _data("google_contacts.csv"))
    people = _people(crm_db)
    assert [(p[1], p[6]) for p in people] == [("Jane Smith", "Robert O'Neil"), ("Robert O'Neil", None)]
    assert people[1][5] == "Sponsor, 2026 renewal"


def test_salesforce_data_loader_manager_ids_into_one_account(crm_db: Database) -> None:
    without = preview_contacts(crm_db, _data("salesforce_contacts_dataloader.csv"))
    assert {o.action for o in without.outcomes} == {"invalid"}
    result = import_contacts(crm_db, _data("salesforce_contacts_dataloader.csv"), "acme corporation")
    assert (result.added, result.links) == (3, 2)
    assert [(p[0], p[1], p[6]) for p in _people(crm_db)] == [
        ("Acme Corporation", "Pepper Potts", None),
        ("Acme Corporation", "Happy Hogan", "Pepper Potts"),
        ("Acme Corporation", "Peter Parker", "Happy Hogan"),
    ]
    assert undo_contact_import(crm_db, result.undo) == 3
    assert _people(crm_db) == []


def test_hubspot_formula_like_name_is_stored_as_text(crm_db: Database) -> None:
    import_contacts(crm_db, _data("hubspot_contacts.csv"))
    assert [p[1] for p in _people(crm_db)] == ["Ada Lovelace", "=cmd|' /C calc'!A0"]


def test_cli_import_contacts(crm_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(crm_db.path)
    assert main(["import-contacts", "--db", path, "--from", str(FILES / "contacts_v4.vcf")]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "card 4: No account named “Unknown Holdings Ltd”: add it first, or choose the account to put everyone into.",
        "card 5: Name cannot be empty.",
        "kam-desktop: 2 invalid contacts; nothing was imported. Fix them, or use --skip-invalid.",
    ]
    args = [
        "import-contacts",
        "--db",
        path,
        "--from",
        str(FILES / "contacts_v4.vcf"),
        "--account",
        "Globex GmbH",
    ]
    assert main([*args, "--skip-invalid", "--dry-run"]) == 0
    assert (
        capsys.readouterr().out
        == "Added 4, skipped 0, invalid 1; 1 reports-to link. (dry run: nothing written)\n"
    )
    assert _people(crm_db) == []
    assert main([*args, "--skip-invalid"]) == 0
    assert capsys.readouterr().out == "Added 4, skipped 0, invalid 1; 1 reports-to link.\n"
    assert {p[0] for p in _people(crm_db)} == {"Globex GmbH"}
    assert main([*args, "--skip-invalid"]) == 0
    assert capsys.readouterr().out == "Added 0, skipped 4, invalid 1; 0 reports-to links.\n"
    assert (
        main(
            ["import-contacts", "--db", path, "--from", str(FILES / "contacts_v4.vcf"), "--account", "Nobody"]
        )
        == 2
    )
    assert capsys.readouterr().err == "kam-desktop: No account named “Nobody”.\n"


def _card(name: str, organisation: str) -> bytes:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{name};;;;\r\nORG:{organisation}\r\nEND:VCARD\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("organisation", "account"),
    [
        ("CAFFE NERO SRL", "Caffè Nero S.r.l."),
        ("Societa Rossi SpA", "Società Rossi S.p.A."),
        ("Globex", "Globex GmbH"),
        ("acme corporation", "Acme Corporation"),
    ],
)
def test_organisation_matches_despite_legal_form_spelling(
    crm_db: Database, organisation: str, account: str
) -> None:
    result = import_contacts(crm_db, _card("Anna Bianchi", organisation))
    assert (result.added, result.invalid) == (1, 0)
    assert [(row[0], row[1]) for row in _people(crm_db)] == [(account, "Anna Bianchi")]


def test_two_companies_differing_only_by_legal_form_are_not_guessed(crm_db: Database) -> None:
    create_account(crm_db, AccountInput(name="Globex AG"))
    plan = preview_contacts(crm_db, _card("Anna Bianchi", "GLOBEX"))
    assert [o.action for o in plan.outcomes] == ["invalid"]
    assert plan.outcomes[0].message.startswith("No account named “GLOBEX”")


def test_undo_counts_every_chunk_of_a_large_import(db: Database) -> None:
    """Undo deletes in chunks of 500 ids; the count it reports covers all of them."""
    from kam_desktop.services.importers.contacts import ContactImportUndo
    from kam_desktop.store.models import Stakeholder

    acme = create_account(db, AccountInput(name="Acme")).id
    with db.session() as s:
        rows = [Stakeholder(account_id=acme, name=f"Person {i:04d}") for i in range(1203)]
        s.add_all(rows)
        s.flush()
        ids = tuple(r.id for r in rows)
        kept = Stakeholder(account_id=acme, name="Not imported")
        s.add(kept)
    assert undo_contact_import(db, ContactImportUndo(stakeholder_ids=(*ids, 999_999))) == 1203
    with db.session() as s:
        assert [r.name for r in s.query(Stakeholder).all()] == ["Not imported"]
