"""The account import's result, exactly (mutation run 3 of the four critical areas, issue 12):
the accounts it adds are candidates, and it reports the plan it carried out - the preview's; what
an update would change, row by row; the encoding, separator and decimal separator used."""

from __future__ import annotations

import sqlite3

import pytest

from kam_desktop import i18n
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.amounts import DECIMAL_COMMA, DECIMAL_POINT, NumberFormat
from kam_desktop.services.importers.accounts import AccountImportOptions, import_accounts, preview_accounts
from kam_desktop.store.database import Database

DATA = b"Name;Current revenue\nRossi SpA;1.250,50\nBianchi Srl;99,00\n"


def test_imported_accounts_are_candidates_and_the_result_is_the_preview(db: Database) -> None:
    options = AccountImportOptions()
    preview = preview_accounts(db, DATA, options)
    assert preview.number_format.decimal == "comma" and preview.delimiter == ";"
    assert dict(preview.mapping) == {0: "name", 1: "current_revenue"}
    result = import_accounts(db, DATA, options)
    assert result.plan == preview
    assert (result.written, result.added) == (True, 2)
    conn = sqlite3.connect(db.path)
    rows = conn.execute("SELECT name, status, current_revenue_cents FROM account ORDER BY id").fetchall()
    conn.close()
    assert rows == [("Rossi SpA", "candidate", 125_050), ("Bianchi Srl", "candidate", 9_900)]


def _outcomes(plan: object) -> list[tuple[object, ...]]:
    return [(o.row, o.action, o.name, o.message, dict(o.values)) for o in plan.outcomes]  # type: ignore[attr-defined]


def test_updating_existing_accounts_row_by_row_in_english_and_italian(db: Database) -> None:
    import_accounts(db, b"Name,Current revenue\nRossi SpA,100\nBianchi Srl,200\n", AccountImportOptions())
    again = b"Name,Current revenue\nrossi spa,150\nBIANCHI SRL,200\n"
    options = AccountImportOptions(on_duplicate="update")
    assert _outcomes(preview_accounts(db, again, options)) == [
        (2, "update", "Rossi SpA", "Updates \u201cRossi SpA\u201d.", {"current_revenue_cents": 15_000}),
        (3, "unchanged", "Bianchi Srl", "\u201cBianchi Srl\u201d already has these values.", {}),
    ]
    i18n.set_language("it")
    assert [o.message for o in preview_accounts(db, again, options).outcomes] == [
        "Aggiorna \u201cRossi SpA\u201d.",
        "\u201cBianchi Srl\u201d ha già questi valori.",
    ]


def test_a_short_row_and_a_semicolon_file_without_telling_amounts(db: Database) -> None:
    """A row that stops before the money column imports without it; with no amount that tells
    the decimal separator, a semicolon file is taken as decimal comma (to be confirmed)."""
    plan = preview_accounts(
        db, b"Name;Current revenue\nRossi SpA\nBianchi Srl;1250\n", AccountImportOptions()
    )
    assert plan.number_format == NumberFormat(DECIMAL_COMMA, False)
    assert [(o.row, o.action, o.name) for o in plan.outcomes] == [
        (2, "add", "Rossi SpA"),
        (3, "add", "Bianchi Srl"),
    ]
    assert plan.outcomes[1].values["current_revenue_cents"] == 125_000
    comma = preview_accounts(db, b"Name,Current revenue\nRossi SpA,1250\n", AccountImportOptions())
    assert comma.number_format == NumberFormat(DECIMAL_POINT, False)


def test_the_encoding_and_separator_chosen_are_used(db: Database) -> None:
    data = "Name,Current revenue\nCaffè Nero,12\n".encode()
    detected = preview_accounts(db, data, AccountImportOptions())
    assert (detected.encoding, detected.delimiter, [o.name for o in detected.outcomes]) == (
        "utf-8",
        ",",
        ["Caffè Nero"],
    )
    chosen = preview_accounts(db, data, AccountImportOptions(encoding="cp1252"))
    assert (chosen.encoding, [o.name for o in chosen.outcomes]) == ("cp1252", ["CaffÃ¨ Nero"])
    with pytest.raises(ValidationError) as caught:
        preview_accounts(db, b"Name;Current revenue\nRossi SpA;12\n", AccountImportOptions(delimiter=","))
    assert str(caught.value) == "No column is mapped to the account name; map one (Column=name)."
