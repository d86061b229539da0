"""Reading CSV files as CRMs and Excel write them (pure: no database, no Qt)."""

from __future__ import annotations

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.account_columns import apply_overrides, auto_map, normalise_header
from kam_desktop.domain.interchange.account_rows import cell_text, name_key
from kam_desktop.domain.interchange.amounts import NumberFormat, detect_number_format, read_money
from kam_desktop.domain.interchange.tabular import detect_encoding, read_table


def test_encodings() -> None:
    assert detect_encoding(b"\xef\xbb\xbfName\n") == "utf-8-sig"
    assert detect_encoding("Name\nCaffè\n".encode()) == "utf-8"
    assert detect_encoding("Ragione sociale;Fatturato\nCaffè Nero;€ 1.250,00\n".encode("cp1252")) == "cp1252"
    assert detect_encoding("Name\tX\r\n".encode("utf-16")) == "utf-16"


def test_quoted_newlines_keep_spreadsheet_row_numbers() -> None:
    table = read_table(b'Name;Note\r\n"A";"two\r\nlines"\r\n\r\nB;x\r\n')
    assert table.delimiter == ";"
    assert [(r.row, r.cells) for r in table.records] == [(2, ("A", "two\r\nlines")), (4, ("B", "x"))]
    assert table.ignored_rows == 1


def test_excel_sep_line_and_salesforce_footer() -> None:
    table = read_table(b"sep=;\nName;Revenue\nA,B;1\n")
    assert table.delimiter == ";" and table.headers == ("Name", "Revenue")
    assert table.records[0].cells == ("A,B", "1")
    footer = b'"Account Name","x"\n"A","1"\n\n"Copyright (c) 2000-2026 salesforce.com, inc."\n"Acme"\n'
    assert [r.cells for r in read_table(footer).records] == [("A", "1")]


def test_empty_file_and_wrong_encoding_are_refused() -> None:
    with pytest.raises(ValidationError, match="empty"):
        read_table(b"\n\n")
    with pytest.raises(ValidationError, match="cannot be read as utf-8"):
        read_table("Caffè".encode("cp1252"), encoding="utf-8")


def test_headers_recognised_across_crms() -> None:
    assert normalise_header("Organization - Name") == normalise_header("Organization Name")
    assert auto_map(["Ragione sociale", "Fatturato", "Fatturato potenziale", "Società"]) == {
        0: "name",
        1: "current_revenue",
        2: "potential_revenue",
    }
    # Billing Country wins over Billing State/Province for the region, whatever the order
    assert auto_map(["Billing State/Province", "Account Name", "Billing Country"]) == {1: "name", 2: "region"}
    assert apply_overrides(["A", "B"], {0: "name"}, ["b=name"]) == {1: "name"}


def test_number_format_and_exact_amounts() -> None:
    assert detect_number_format(["€ 1.250.000,50", "850.000,00"]) == NumberFormat("comma", True)
    assert detect_number_format(["USD 12,500,000.00"]) == NumberFormat("point", True)
    assert detect_number_format(["1250"], ";") == NumberFormat("comma", False)
    comma, point = NumberFormat("comma", True), NumberFormat("point", True)
    assert read_money("€ 1.250.000,50", comma, field="x", label="X") == 125_000_050
    assert read_money("1.250", comma, field="x", label="X") == 125_000
    assert read_money("1,250", comma, field="x", label="X") == 125
    assert read_money("$1,234,567.89", point, field="x", label="X") == 123_456_789
    assert read_money("1.25E7", comma, field="x", label="X") == 1_250_000_000
    with pytest.raises(ValidationError, match="ambiguous"):
        read_money("1.250", NumberFormat("comma", False), field="x", label="X")


def test_names_and_cells() -> None:
    assert name_key("Società  Rossi S.p.A.") == name_key("SOCIETA ROSSI s.p.a.")
    assert name_key("Müller") != name_key("Muller AG")
    assert cell_text("'=SUM(A1)") == "=SUM(A1)"
    assert cell_text("'quoted") == "'quoted"
