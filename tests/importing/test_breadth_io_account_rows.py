"""Breadth (issue 12, module-wide): ``domain/interchange/account_rows.py`` - every row of an
accounts file turned into a whole account (each field, each currency name, each legal form, each
formula guard), each refusal word for word in English and Italian, the stray-cell check, and
which columns hold money."""

from __future__ import annotations

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.account_rows import (
    CURRENCY_NAMES,
    AccountRow,
    RowProblem,
    build_account,
    build_accounts,
    cell_text,
    money_columns,
    name_key,
    organisation_key,
)
from kam_desktop.domain.interchange.amounts import DECIMAL_COMMA, DECIMAL_POINT, NumberFormat
from kam_desktop.domain.interchange.tabular import Record, Table

ALL = {
    0: "name",
    1: "industry",
    2: "region",
    3: "currency",
    4: "current_revenue",
    5: "potential_revenue",
    6: "description",
    7: "internal_notes",
}
COMMA = NumberFormat(DECIMAL_COMMA, True)
POINT = NumberFormat(DECIMAL_POINT, True)


def _row(*cells: str, number_format: NumberFormat = COMMA, mapping: dict[int, str] | None = None) -> object:
    return build_account(Record(7, cells), ALL if mapping is None else mapping, number_format, "CHF")


# --- keys -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Società Rossi", "societa rossi"),
        ("  SOCIETA \t\n ROSSI  ", "societa rossi"),
        ("Straße", "strasse"),
        ("Ærø", "ærø"),
        ("", ""),
    ],
    ids=[str(i) for i in range(5)],
)
def test_the_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


_FORMS = sorted(
    {
        "srl",
        "srls",
        "spa",
        "sapa",
        "snc",
        "sas",
        "sa",
        "ag",
        "gmbh",
        "kg",
        "ohg",
        "ltd",
        "llc",
        "inc",
        "corp",
        "co",
        "plc",
        "bv",
        "nv",
        "ab",
        "oy",
        "as",
        "aps",
        "sarl",
        "sl",
        "sro",
        "kft",
        "doo",
        "zoo",
        "sp",
    }
)


@pytest.mark.parametrize("form", _FORMS)
def test_each_legal_form_is_left_out_of_the_organisation_key(form: str) -> None:
    assert organisation_key(f"Caffè Rossi {form.upper()}") == "caffe rossi"
    assert organisation_key(f"{'.'.join(form)}. Rossi") == "rossi"


def test_the_organisation_key() -> None:
    assert organisation_key("CAFFE ROSSI SRL") == organisation_key("Caffè Rossi S.r.l.") == "caffe rossi"
    assert organisation_key("Rossi & Figli S.p.A.") == "rossi and figli"
    assert organisation_key("Rossi&Figli") == "rossi and figli"
    assert organisation_key("Alfa-Beta_Gamma, Ltd.") == "alfabeta_gamma"
    assert organisation_key("Coop Italia") == "coop italia"  # not a form: a whole word only
    assert organisation_key("S.p.A.") == "s.p.a."  # nothing but a form: the name key
    assert organisation_key("  ") == ""


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_our_exports_quote_before_each_formula_start_is_taken_off(start: str) -> None:
    assert cell_text(f"'{start}1") == f"{start}1"


@pytest.mark.parametrize("raw", ["'", "'abc", "''=1", "x'=1", "", "=1", "' =1"])
def test_other_cells_are_kept_as_written(raw: str) -> None:
    assert cell_text(raw) == raw


# --- one row --------------------------------------------------------------------------------------


def test_a_whole_row_cleaned() -> None:
    assert _row(
        " Acme \n S.p.A. ",
        " Chemicals  and   plastics ",
        "Italy",
        " euro ",
        "1.250.000,50",
        "2.000",
        "a\r\nb\rc",
        "'-n\r\n",
    ) == AccountRow(
        7,
        {
            "name": "Acme S.p.A.",
            "industry": "Chemicals and plastics",
            "region": "Italy",
            "current_revenue_cents": 125000050,
            "potential_revenue_cents": 200000,
            "currency": "EUR",
            "description": "a\nb\nc",
            "internal_notes": "-n\n",
        },
        "acme s.p.a.",
    )


def test_a_row_with_only_a_name_gets_the_default_currency() -> None:
    assert _row("Acme") == AccountRow(7, {"name": "Acme", "currency": "CHF"}, "acme")
    assert _row("Acme", "  ", "  ", "  ", "  ", "  ", "", "") == AccountRow(
        7, {"name": "Acme", "currency": "CHF"}, "acme"
    )
    # blank notes are kept as written (free text); blank one-line fields are left out
    assert _row("Acme", "", "", "", "", "", "  ", " ") == AccountRow(
        7, {"name": "Acme", "currency": "CHF", "description": "  ", "internal_notes": " "}, "acme"
    )


@pytest.mark.parametrize(("written", "code"), sorted(CURRENCY_NAMES.items()))
def test_each_currency_name_dynamics_writes(written: str, code: str) -> None:
    assert _row("Acme", "", "", f"  {written.upper()} ", "5") == AccountRow(
        7, {"name": "Acme", "current_revenue_cents": 500, "currency": code}, "acme"
    )


def test_the_currency_names_are_these() -> None:
    assert CURRENCY_NAMES == {
        "euro": "EUR",
        "us dollar": "USD",
        "dollaro usa": "USD",
        "pound sterling": "GBP",
        "sterlina": "GBP",
        "swiss franc": "CHF",
        "franco svizzero": "CHF",
    }


@pytest.mark.parametrize(
    ("currency", "current", "potential", "code"),
    [
        (" usd ", "5", "", "USD"),
        ("", "\u20ac 5", "", "EUR"),
        ("", "", "5 \u00a3", "GBP"),
        ("", "$ 5", "7", "USD"),
        ("", "5", "7", "CHF"),
    ],
    ids=[str(i) for i in range(5)],
)
def test_the_currency_from_its_column_else_from_the_amounts_else_the_default(
    currency: str, current: str, potential: str, code: str
) -> None:
    row = _row("Acme", "", "", currency, current, potential)
    assert isinstance(row, AccountRow)
    assert row.values["currency"] == code


def test_an_amount_in_another_currency_than_the_column_says_is_refused() -> None:
    assert _row("Acme", "", "", "USD", "\u20ac 5") == RowProblem(
        7, "Current revenue is in USD: \u201c\u20ac\u201d is another currency.", "Acme"
    )
    assert _row("Acme", "", "", "", "\u20ac 5", "\u00a3 3") == RowProblem(
        7, "The two amounts are in different currencies.", "Acme"
    )


@pytest.mark.parametrize(
    ("cells", "number_format", "message"),
    [
        (("", "x"), COMMA, "Account name cannot be empty."),
        (("Acme", "x" * 201), COMMA, "Industry is too long (201 characters; at most 200)."),
        (("Acme", "", "y" * 201), COMMA, "Region is too long (201 characters; at most 200)."),
        (("Acme", "", "", "xx"), COMMA, "Currency must be a 3-letter code such as EUR or USD."),
        (
            ("Acme", "", "", "", "abc"),
            COMMA,
            "Current revenue: \u201cabc\u201d is not a number in this format (decimal separator \u201c,\u201d)."
            " Type it like 1.250.000,50.",
        ),
        (
            ("Acme", "", "", "", "", "zz"),
            POINT,
            "Potential revenue: \u201czz\u201d is not a number in this format (decimal separator \u201c.\u201d)."
            " Type it like 1,250,000.50.",
        ),
        (
            ("Acme", "", "", "", "1.250"),
            NumberFormat(DECIMAL_COMMA, False),
            "Current revenue: \u201c1.250\u201d is ambiguous: here it would be read as 1250, but it could "
            "also mean 1,25. Type 1250 or 1,25 to say which.",
        ),
        (
            ("Acme", "", "", "", "", "", "\x07"),
            COMMA,
            "Description cannot contain an invisible control character (U+0007).",
        ),
        (
            ("Acme", "", "", "", "", "", "", "\x07"),
            COMMA,
            "Internal notes cannot contain an invisible control character (U+0007).",
        ),
    ],
    ids=[str(i) for i in range(9)],
)
def test_each_refusal_names_its_field(
    cells: tuple[str, ...], number_format: NumberFormat, message: str
) -> None:
    assert _row(*cells, number_format=number_format) == RowProblem(7, message, cells[0])


def test_the_number_format_decides_how_an_amount_reads() -> None:
    assert _row("Acme", "", "", "", "1,250.5", number_format=POINT) == AccountRow(
        7, {"name": "Acme", "current_revenue_cents": 125050, "currency": "CHF"}, "acme"
    )
    assert _row("Acme", "", "", "", "1.250,5") == AccountRow(
        7, {"name": "Acme", "current_revenue_cents": 125050, "currency": "CHF"}, "acme"
    )


def test_the_problem_shows_the_name_on_one_line() -> None:
    assert _row("  Acme \n Sp A ", "x" * 201) == RowProblem(
        7, "Industry is too long (201 characters; at most 200).", "Acme Sp A"
    )


def test_refusals_in_italian(italian: None) -> None:
    assert _row("", "x") == RowProblem(7, "Il campo «Nome dell'account» non può essere vuoto.", "")
    assert _row("Acme", "", "", "xx") == RowProblem(
        7, "Valuta deve essere un codice di 3 lettere come EUR o USD.", "Acme"
    )


def test_a_short_record_leaves_the_missing_cells_blank() -> None:
    assert build_account(Record(3, ("Acme",)), ALL, COMMA, "EUR") == AccountRow(
        3, {"name": "Acme", "currency": "EUR"}, "acme"
    )


def test_an_unmapped_column_is_not_read() -> None:
    assert _row("Acme", "Chem", "Italy", mapping={0: "name", 2: "region"}) == AccountRow(
        7, {"name": "Acme", "region": "Italy", "currency": "CHF"}, "acme"
    )


# --- the whole file -------------------------------------------------------------------------------


def test_the_rows_of_a_file_and_the_stray_cell_check() -> None:
    table = Table(
        "utf-8",
        ",",
        ("Name", "Revenue"),
        (
            Record(2, ("A", "1", "", " ")),  # blank extra cells do not count
            Record(3, ("B", "1", "x", "y")),
            Record(4, ("C",)),
            Record(5, ("D", "2", "z")),
        ),
    )
    assert build_accounts(table, {0: "name", 1: "current_revenue"}, COMMA, "EUR") == [
        AccountRow(2, {"name": "A", "current_revenue_cents": 100, "currency": "EUR"}, "a"),
        RowProblem(3, "The row has 4 cells but the header has 2 (a stray delimiter?)."),
        AccountRow(4, {"name": "C", "currency": "EUR"}, "c"),
        RowProblem(5, "The row has 3 cells but the header has 2 (a stray delimiter?)."),
    ]


def test_the_stray_cell_check_in_italian(italian: None) -> None:
    table = Table("utf-8", ",", ("Name",), (Record(2, ("B", "x")),))
    (problem,) = build_accounts(table, {0: "name"}, COMMA, "EUR")
    assert isinstance(problem, RowProblem)
    assert problem.message == "La riga ha 2 celle ma l'intestazione ne ha 1 (un separatore di troppo?)."


def test_a_file_without_a_name_column_is_refused_on_the_mapping() -> None:
    table = Table("utf-8", ",", ("Industry",), (Record(2, ("Chem",)),))
    with pytest.raises(ValidationError) as caught:
        build_accounts(table, {0: "industry"}, COMMA, "EUR")
    assert (caught.value.message, caught.value.field) == (
        "No column is mapped to the account name; map one (Column=name).",
        "map",
    )


def test_money_columns_are_the_revenue_columns_in_mapping_order() -> None:
    assert money_columns(ALL) == [4, 5]
    assert money_columns({9: "potential_revenue", 2: "name", 1: "current_revenue"}) == [9, 1]
    assert money_columns({0: "name", 1: "description"}) == []


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (("A", "x" * 201), "Il campo «Settore» è troppo lungo (201 caratteri; al massimo 200)."),
        (("A", "", "y" * 201), "Il campo «Regione» è troppo lungo (201 caratteri; al massimo 200)."),
        (
            ("A", "", "", "", "abc"),
            "Fatturato attuale: \u201cabc\u201d non è un numero in questo formato (separatore decimale \u201c,\u201d)."
            " Scrivilo come 1.250.000,50.",
        ),
        (
            ("A", "", "", "", "", "zz"),
            "Fatturato potenziale: \u201czz\u201d non è un numero in questo formato (separatore decimale "
            "\u201c,\u201d). Scrivilo come 1.250.000,50.",
        ),
        (
            ("A", "", "", "", "", "", "\x07"),
            "Il campo «Descrizione» non può contenere un carattere di controllo invisibile (U+0007).",
        ),
        (
            ("A", "", "", "", "", "", "", "\x07"),
            "Il campo «Note interne» non può contenere un carattere di controllo invisibile (U+0007).",
        ),
        (
            ("A", "", "", "USD", "\u20ac 5"),
            "Fatturato attuale è in USD: \u201c\u20ac\u201d è un\u2019altra valuta.",
        ),
    ],
    ids=[str(i) for i in range(7)],
)
def test_each_field_named_in_italian(cells: tuple[str, ...], message: str, italian: None) -> None:
    assert _row(*cells) == RowProblem(7, message, "A")


def test_no_name_column_in_italian(italian: None) -> None:
    table = Table("utf-8", ",", ("Industry",), ())
    with pytest.raises(ValidationError) as caught:
        build_accounts(table, {0: "industry"}, COMMA, "EUR")
    assert (
        caught.value.message
        == "Nessuna colonna corrisponde al nome dell'account; indicane una (Colonna=name)."
    )


def test_a_row_read_without_a_name_column_has_no_name() -> None:
    assert build_account(
        Record(4, ("Chem", "Italy")), {0: "industry", 1: "region"}, COMMA, "EUR"
    ) == RowProblem(4, "Account name cannot be empty.", "")
