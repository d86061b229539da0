"""Accounts from CRM and Excel CSV exports: exact names and amounts stored, strict mode writes
nothing, duplicates (case- and accent-insensitive, also against existing accounts), undo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kam_desktop.app import main
from kam_desktop.domain.errors import ValidationError
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.importers.accounts import (
    UPDATE,
    AccountImportOptions,
    import_accounts,
    preview_accounts,
    undo_account_import,
)
from kam_desktop.store.database import Database

FILES = Path(__file__).parent / "files"


def _data(name: str) -> bytes:
    return (FILES / name).read_bytes()


def _accounts(db: Database) -> dict[str, tuple[str, str, str, int, int, str]]:
    conn = sqlite3.connect(db.path)
    rows = conn.execute(
        "SELECT name, industry, region, currency, current_revenue_cents, potential_revenue_cents, "
        "internal_notes FROM account"
    ).fetchall()
    conn.close()
    return {r[0]: tuple(r[1:]) for r in rows}


def test_italian_excel_cp1252_semicolon_decimal_comma(db: Database) -> None:
    plan = preview_accounts(db, _data("italian_excel.csv"), AccountImportOptions())
    assert (plan.encoding, plan.delimiter) == ("cp1252", ";")
    assert (plan.number_format.decimal, plan.number_format.decided) == ("comma", True)
    assert [(o.row, o.action) for o in plan.outcomes] == [
        (2, "add"),
        (3, "add"),
        (4, "invalid"),
        (5, "invalid"),
        (6, "duplicate"),
        (7, "add"),
        (8, "add"),
    ]
    assert plan.outcomes[2].message == "Current revenue cannot be negative."
    assert plan.outcomes[3].message == "Account name cannot be empty."
    assert plan.outcomes[4].message == "Same name as row 2; skipped."

    result = import_accounts(db, _data("italian_excel.csv"), AccountImportOptions(), skip_invalid=True)
    assert (result.added, result.updated, result.skipped, result.invalid) == (4, 0, 1, 2)
    assert _accounts(db) == {
        "Società Rossi S.p.A.": (
            "Alimentare",
            "Lombardia",
            "EUR",
            125_000_050,
            200_000_000,
            "Cliente storico;\nreferente: dott. Bianchi",
        ),
        "Caffè Nero S.r.l.": ("Bevande", "Toscana", "EUR", 85_000_000, 0, ""),
        # a formula-like cell is stored as the text it is
        '=HYPERLINK("http://example.com/x";"Clicca")': ("Servizi", "Lazio", "EUR", 125_000, 0, ""),
        "Officine Müller & Figli": ("Meccanica", "Emilia-Romagna", "EUR", 345_000_000, 500_000_000, ""),
    }


def test_strict_mode_writes_nothing(db: Database) -> None:
    result = import_accounts(db, _data("italian_excel.csv"), AccountImportOptions())
    assert not result.written and result.invalid == 2
    assert _accounts(db) == {}


def test_salesforce_report_amounts_currencies_and_footer(db: Database) -> None:
    result = import_accounts(db, _data("salesforce_report.csv"), AccountImportOptions())
    assert result.written and (result.added, result.invalid) == (4, 0)
    assert _accounts(db) == {
        "Acme Corporation": ("Manufacturing", "United States", "USD", 1_250_000_000, 0, ""),
        "Globex GmbH": ("Chemicals", "Germany", "EUR", 230_000_050, 0, ""),
        "Initech, Inc.": ("Technology", "United States", "USD", 95_000_000, 0, ""),
        "Umbrella Corp": ("Healthcare", "United Kingdom", "EUR", 0, 0, ""),
    }


def test_salesforce_data_loader_scientific_revenue_and_multiline_description(db: Database) -> None:
    import_accounts(db, _data("salesforce_dataloader.csv"), AccountImportOptions())
    stored = _accounts(db)
    assert stored["Stark Industries"][3] == 1_250_000_000
    assert stored["Cyberdyne Systems"][3] == 250_000_000_000
    assert stored["Wayne Enterprises"][3] == 85_000_000
    conn = sqlite3.connect(db.path)
    (description,) = conn.execute(
        "SELECT description FROM account WHERE name = 'Stark Industries'"
    ).fetchone()
    conn.close()
    assert description == "Defence and energy.\nKey contact in procurement."


def test_hubspot_with_bom_duplicates_an_existing_account_case_insensitively(db: Database) -> None:
    import_accounts(db, _data("salesforce_report.csv"), AccountImportOptions())
    result = import_accounts(db, _data("hubspot_companies.csv"), AccountImportOptions())
    assert result.plan.encoding == "utf-8-sig"
    assert (result.added, result.skipped) == (2, 1)
    assert result.plan.outcomes[0].message == "“Acme Corporation” already exists; skipped."
    stored = _accounts(db)
    assert stored["Zoë's Bakery Ltd"][3] == 45_000_075
    assert stored["Nordlicht AB"][2:4] == ("EUR", 0)
    assert "acme corporation" not in stored


def test_duplicate_with_accents_against_existing_and_update(db: Database) -> None:
    create_account(db, AccountInput(name="SOCIETA ROSSI S.P.A.", industry="Old", current_revenue="1"))
    plan = preview_accounts(db, _data("italian_excel.csv"), AccountImportOptions())
    assert plan.outcomes[0].action == "exists"
    result = import_accounts(
        db, _data("italian_excel.csv"), AccountImportOptions(on_duplicate=UPDATE), skip_invalid=True
    )
    assert (result.added, result.updated, result.skipped, result.invalid) == (3, 1, 1, 2)
    assert _accounts(db)["SOCIETA ROSSI S.P.A."][:4] == ("Alimentare", "Lombardia", "EUR", 125_000_050)
    # undo: the three new accounts go, the updated one gets its old values back
    assert undo_account_import(db, result.undo) == 4
    assert _accounts(db) == {"SOCIETA ROSSI S.P.A.": ("Old", "", "EUR", 100, 0, "")}


def test_second_import_adds_nothing(db: Database) -> None:
    import_accounts(db, _data("dynamics_accounts.csv"), AccountImportOptions())
    again = import_accounts(db, _data("dynamics_accounts.csv"), AccountImportOptions())
    assert (again.added, again.updated, again.skipped) == (0, 0, 2)
    updated = import_accounts(db, _data("dynamics_accounts.csv"), AccountImportOptions(on_duplicate=UPDATE))
    assert (updated.added, updated.updated, updated.skipped) == (0, 0, 2)
    assert _accounts(db)["Fabrikam Italia S.r.l."][:4] == ("Manufacturing", "Italy", "EUR", 175_000_000)
    assert _accounts(db)["Contoso Ltd"][2:4] == ("GBP", 64_000_000)


def test_utf16_tab_delimited_excel_unicode_text(db: Database) -> None:
    result = import_accounts(db, _data("excel_unicode.txt"), AccountImportOptions())
    assert (result.plan.encoding, result.plan.delimiter) == ("utf-16", "\t")
    assert _accounts(db)["Ångström Optics"][3] == 123_456_789
    assert _accounts(db)["Δέλτα Shipping"][3] == 7_500_000


def test_pipedrive_headers_and_user_mapping(db: Database) -> None:
    options = AccountImportOptions(overrides=("Organization - Address=description",))
    import_accounts(db, _data("pipedrive_organizations.csv"), options)
    conn = sqlite3.connect(db.path)
    rows = conn.execute("SELECT name, description FROM account ORDER BY name").fetchall()
    conn.close()
    assert rows == [
        ("Hooli Europe B.V.", "Herengracht 1, Amsterdam, Netherlands"),
        ("Pied Piper", "Palo Alto, CA, USA"),
    ]


def test_ambiguous_amount_is_refused_unless_the_format_is_known(db: Database) -> None:
    data = b'Account Name,Annual Revenue\nAlpha,"1,250"\n'
    plan = preview_accounts(db, data, AccountImportOptions())
    assert plan.number_format.decided is False
    assert plan.outcomes[0].action == "invalid"
    assert "ambiguous" in plan.outcomes[0].message
    chosen = preview_accounts(db, data, AccountImportOptions(decimal="point"))
    assert chosen.outcomes[0].values["current_revenue_cents"] == 125_000
    comma = preview_accounts(db, data, AccountImportOptions(decimal="comma"))
    assert comma.outcomes[0].values["current_revenue_cents"] == 125


def test_no_name_column_is_a_clear_error(db: Database) -> None:
    with pytest.raises(ValidationError, match="account name"):
        preview_accounts(db, b"Foo;Bar\n1;2\n", AccountImportOptions())


def test_own_csv_export_round_trips_the_formula_text(db: Database, tmp_path: Path) -> None:
    import_accounts(db, _data("italian_excel.csv"), AccountImportOptions(), skip_invalid=True)
    out = tmp_path / "portfolio.csv"
    assert main(["export-csv", "--db", str(db.path), "--what", "portfolio", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert '"\'=HYPERLINK(""http://example.com/x"";""Clicca"")"' in text
    # importing the export again reads the neutralised cell back as the same text: nothing new
    other = import_accounts(db, out.read_bytes(), AccountImportOptions(overrides=("Account=name",)))
    assert other.added == 0 and other.invalid == 0


def test_cli_strict_skip_invalid_dry_run_and_idempotent(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path, source = str(db.path), str(FILES / "italian_excel.csv")
    assert main(["import-accounts", "--db", path, "--from", source]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "row 4: Current revenue cannot be negative.",
        "row 5: Account name cannot be empty.",
        "kam-desktop: 2 invalid rows; nothing was imported. Fix them, or use --skip-invalid.",
    ]
    assert _accounts(db) == {}
    assert main(["import-accounts", "--db", path, "--from", source, "--skip-invalid", "--dry-run"]) == 0
    assert capsys.readouterr().out == "Added 4, updated 0, skipped 1, invalid 2. (dry run: nothing written)\n"
    assert _accounts(db) == {}
    assert main(["import-accounts", "--db", path, "--from", source, "--skip-invalid"]) == 0
    assert capsys.readouterr().out == "Added 4, updated 0, skipped 1, invalid 2.\n"
    assert main(["import-accounts", "--db", path, "--from", source, "--skip-invalid"]) == 0
    assert capsys.readouterr().out == "Added 0, updated 0, skipped 5, invalid 2.\n"
    assert len(_accounts(db)) == 4


def test_cli_map_and_user_errors(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path, source = str(db.path), str(FILES / "salesforce_report.csv")
    assert (
        main(["import-accounts", "--db", path, "--from", source, "--map", "Billing State/Province=region"])
        == 0
    )
    assert _accounts(db)["Acme Corporation"][1] == "CA"
    capsys.readouterr()
    for bad in (["--map", "Nope=region"], ["--map", "Industry=colour"], ["--map", "Industry"]):
        assert main(["import-accounts", "--db", path, "--from", source, *bad]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("kam-desktop: "), err
    assert main(["import-accounts", "--db", path, "--from", str(FILES / "missing.csv")]) == 2
    assert capsys.readouterr().err == f"kam-desktop: There is no file at {FILES / 'missing.csv'}.\n"


def test_cli_one_invalid_row_is_singular(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "one.csv"
    source.write_text("Account Name;Annual Revenue\nGood Co;1.000,00\n;2.000,00\n", encoding="utf-8")
    assert main(["import-accounts", "--db", str(db.path), "--from", str(source)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "row 3: Account name cannot be empty.",
        "kam-desktop: 1 invalid row; nothing was imported. Fix it, or use --skip-invalid.",
    ]
    assert _accounts(db) == {}
