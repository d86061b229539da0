"""Breadth (issue 12, module-wide): ``domain/interchange/tabular.py`` - the encoding a file is read
in (each byte-order mark, UTF-8, the Western code pages read as Windows-1252, the others kept),
its refusals word for word, the delimiter (Excel's sep= line, the sniffer, the fallback), blank
rows and report footers (each footer start), spreadsheet row numbers, and the labels the user
sees for the delimiters (English and Italian)."""

from __future__ import annotations

import codecs

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.tabular import (
    DELIMITERS,
    ENCODINGS,
    MAX_BYTES,
    Record,
    Table,
    decode,
    delimiter_label,
    detect_encoding,
    read_table,
    sniff_delimiter,
)

IT = "Fatturato della società per l'anno in corso, più la crescita attesa è già qui. " * 20
RU = "Выручка компании за текущий год, плюс ожидаемый рост уже здесь. " * 20
PL = "Zażółć gęślą jaźń, przychody spółki w bieżącym roku. " * 20


def test_the_choices_offered() -> None:
    assert ENCODINGS == ("utf-8", "utf-8-sig", "cp1252", "utf-16", "iso8859-15", "cp1250", "mac_roman")
    assert DELIMITERS == (",", ";", "\t", "|")
    assert MAX_BYTES == 64 * 1024 * 1024


def test_delimiter_labels() -> None:
    assert [delimiter_label(d) for d in (*DELIMITERS, ":")] == ["comma", "semicolon", "tab", "pipe", ":"]


def test_delimiter_labels_in_italian(italian: None) -> None:
    assert [delimiter_label(d) for d in DELIMITERS] == [
        "virgola",
        "punto e virgola",
        "tabulazione",
        "barra verticale",
    ]


# --- encoding -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + b"a,b", "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "a,b".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "a,b".encode("utf-16-be"), "utf-16"),
        (b"a,b\n1,2\n", "utf-8"),
        (IT.encode("utf-8"), "utf-8"),
        (b"", "utf-8"),
        (IT.encode("cp1252"), "cp1252"),
        ((IT + "\u20ac").encode("cp1252"), "cp1252"),
        (IT.encode("latin-1") + b"\x81", "cp1256"),  # a cp125x guess that cp1252 cannot decode: kept
        (RU.encode("cp1251"), "cp1251"),
        (RU.encode("koi8_r"), "koi8_r"),
        (PL.encode("cp1250"), "cp1252"),  # a cp125x guess: read as Windows-1252
        (bytes(range(128, 256)) * 3, "cp1252"),
    ],
    ids=[str(i) for i in range(13)],
)
def test_the_encoding_is_detected(data: bytes, encoding: str) -> None:
    assert detect_encoding(data) == encoding


def test_decode_drops_the_mark_and_says_what_it_used() -> None:
    assert decode(codecs.BOM_UTF8 + b"abc") == ("abc", "utf-8-sig")
    assert decode(codecs.BOM_UTF8 + b"abc", "utf-8") == ("abc", "utf-8-sig")
    assert decode(codecs.BOM_UTF8 + b"abc", "utf8") == ("abc", "utf-8-sig")
    assert decode(codecs.BOM_UTF8 + b"abc", "cp1252") == ("\u00ef\u00bb\u00bfabc", "cp1252")
    assert decode(b"abc", "utf-8") == ("abc", "utf-8")
    assert decode(IT.encode("cp1252")) == (IT, "cp1252")
    assert decode(codecs.BOM_UTF16_LE + "x€".encode("utf-16-le")) == ("x€", "utf-16")
    assert decode("\ufeffabc".encode("utf-16-le"), "utf-16-le") == ("abc", "utf-16-le")


@pytest.mark.parametrize(("data", "encoding"), [(b"\xff\xfe\x00", "utf-8"), (b"abc", "nope")], ids=["0", "1"])
def test_a_file_that_cannot_be_read_in_the_chosen_encoding_is_refused(data: bytes, encoding: str) -> None:
    with pytest.raises(ValidationError) as caught:
        decode(data, encoding)
    assert (caught.value.message, caught.value.field) == (
        f"The file cannot be read as {encoding}; choose another encoding.",
        "encoding",
    )
    with pytest.raises(ValidationError) as again:
        read_table(data, encoding=encoding)
    assert again.value.message == caught.value.message


def test_an_unreadable_encoding_in_italian(italian: None) -> None:
    with pytest.raises(ValidationError) as caught:
        decode(b"\xff", "utf-8")
    assert caught.value.message == "Il file non si può leggere come utf-8; scegli un’altra codifica."


# --- delimiter ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2;3\n", ";"),
        ("a\tb\n1\t2\n", "\t"),
        ("a|b\n1|2\n", "|"),
        ("one\ntwo\n", ","),
        ("", ","),
        ("Name;Revenue\nAcme;1,5\nBeta;2,5\n", ";"),  # the commas are decimals
        ("Name,Note\nAcme,a;b\nBeta,c\n", ","),
        ("a;b\n1;2\n3;4\n5,6,7\n", ";"),
    ],
    ids=[str(i) for i in range(9)],
)
def test_the_delimiter_is_sniffed(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_a_delimiter_the_rows_do_not_split_on_consistently_loses_to_one_they_do() -> None:
    # the sniffer may propose ',' (in every line), but only ';' splits the header and rows alike
    text = "Name;Notes\nAcme;a, b\nBeta;c, d\nGamma;e, f, g\n"
    assert sniff_delimiter(text) == ";"
    assert read_table(text.encode()).headers == ("Name", "Notes")


@pytest.mark.parametrize(
    ("head", "delimiter"),
    [("sep=;", ";"), ('"sep=|"', "|"), ("SEP=;", ";"), ("Sep=,", ",")],
    ids=["0", "1", "2", "3"],
)
def test_excels_sep_line_decides_and_is_not_a_row(head: str, delimiter: str) -> None:
    data = f"{head}\r\nName{delimiter}Rev\r\nA{delimiter}15\r\n".encode()
    assert read_table(data) == Table("utf-8", delimiter, ("Name", "Rev"), (Record(2, ("A", "15")),), 0)


def test_a_longer_sep_like_line_is_a_header() -> None:
    table = read_table(b"sep=;;\nA;1\n")
    assert (table.delimiter, table.headers) == (";", ("sep=", "", ""))


def test_the_users_delimiter_wins_over_the_sep_line_and_the_sniffer() -> None:
    assert read_table(b"sep=;\nName,Rev;x\nA,1;y\n", delimiter=",") == Table(
        "utf-8", ",", ("Name", "Rev;x"), (Record(2, ("A", "1;y")),), 0
    )
    assert read_table(b"a;b\n1;2\n", delimiter="|").headers == ("a;b",)


def test_a_file_of_only_a_sep_line_has_no_header() -> None:
    with pytest.raises(ValidationError) as caught:
        read_table(b"sep=;")
    assert (caught.value.message, caught.value.field) == (
        "The file is empty: no header row was found.",
        "file",
    )


# --- rows -----------------------------------------------------------------------------------------


def test_blank_rows_are_skipped_and_counted_and_rows_keep_spreadsheet_numbers() -> None:
    data = b'\n\n Name , Rev \n\n A ,1\n,\n"B\nb",2\nC\n'
    assert read_table(data) == Table(
        "utf-8",
        ",",
        ("Name", "Rev"),
        (Record(5, (" A ", "1")), Record(7, ("B\nb", "2")), Record(8, ("C",))),
        4,
    )


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved.",
        "Confidential Information - Do Not Distribute",
        "Generated By:  Anna Rossi  20/03/2027 10:00",
        "Salesforce.com - Unlimited Edition",
        "  COPYRIGHT (C) 2027",
    ],
    ids=[str(i) for i in range(5)],
)
def test_each_salesforce_report_footer_is_left_out(footer: str) -> None:
    data = f'Name,Rev\nAcme,1\n\n"{footer}"\n,\nOther single cell\n'.encode()
    assert read_table(data) == Table("utf-8", ",", ("Name", "Rev"), (Record(2, ("Acme", "1")),), 4)


@pytest.mark.parametrize(
    "after",
    ['"Copyright (c) 2027",x\n', '"Copyright (c) 2027"\nTwo,cells\n', '"Copyright 2027"\n', '"Made by: x"\n'],
    ids=["0", "1", "2", "3"],
)
def test_what_is_not_a_footer_stays(after: str) -> None:
    table = read_table(("Name,Rev\nAcme,1\n" + after).encode())
    assert len(table.records) == 1 + after.count("\n")
    assert table.ignored_rows == 0


def test_a_footer_first_leaves_no_records() -> None:
    assert read_table(b"Name,Rev\nGenerated by: me\n") == Table("utf-8", ",", ("Name", "Rev"), (), 1)


def test_an_empty_file_is_refused() -> None:
    for data in (b"", b"\n , \n\n", b"\xef\xbb\xbf"):
        with pytest.raises(ValidationError) as caught:
            read_table(data)
        assert (caught.value.message, caught.value.field) == (
            "The file is empty: no header row was found.",
            "file",
        )


def test_an_empty_file_in_italian(italian: None) -> None:
    with pytest.raises(ValidationError) as caught:
        read_table(b"")
    assert caught.value.message == "Il file è vuoto: non è stata trovata nessuna riga d'intestazione."


def test_a_cell_over_csvs_limit_is_refused_with_its_row() -> None:
    with pytest.raises(ValidationError) as caught:
        read_table(b'a,b\n1,2\n"' + b"x" * 131073 + b'"\n')
    assert (caught.value.message, caught.value.field) == (
        "The file is not valid CSV near row 3: field larger than field limit (131072).",
        "file",
    )


def test_a_file_over_64_mb_is_refused_before_it_is_read() -> None:
    with pytest.raises(ValidationError) as caught:
        read_table(b"\xff" * (MAX_BYTES + 1))
    assert (caught.value.message, caught.value.field) == (
        "The file is larger than 64 MB; split it first.",
        "file",
    )


def test_a_table_read_in_another_encoding() -> None:
    data = "Nome;Città\r\nRossi;Forlì\r\n".encode("cp1252")
    assert read_table(data, encoding="cp1252") == Table(
        "cp1252", ";", ("Nome", "Città"), (Record(2, ("Rossi", "Forlì")),), 0
    )
    assert read_table(codecs.BOM_UTF16_LE + "a\tb\r\n1\t2\r\n".encode("utf-16-le")) == Table(
        "utf-16", "\t", ("a", "b"), (Record(2, ("1", "2")),), 0
    )


def test_text_after_a_closing_quote_is_kept_not_refused() -> None:
    assert read_table(b'Name,Note\n"Acme"x,1\n').records == (Record(2, ("Acmex", "1")),)


def test_only_double_quotes_quote() -> None:
    assert read_table(b"Name;Note\n'Acme;x';1\n").records == (Record(2, ("'Acme", "x'", "1")),)


def test_the_refusals_in_italian(italian: None) -> None:
    with pytest.raises(ValidationError) as caught:
        read_table(b'a,b\n"' + b"x" * 131073 + b'"\n')
    assert caught.value.message == (
        "Il file non è un CSV valido vicino alla riga 2: field larger than field limit (131072)."
    )
    with pytest.raises(ValidationError) as caught:
        read_table(b"\xff" * (MAX_BYTES + 1))
    assert caught.value.message == "Il file supera i 64 MB; dividilo prima."


def test_a_long_file_is_sniffed_on_its_first_rows_and_read_whole() -> None:
    lines = ["Name;Revenue"] + [f"Account {i};{i},5" for i in range(1, 100)]
    table = read_table("\n".join(lines).encode())
    assert table.delimiter == ";"
    assert len(table.records) == 99
    assert table.records[-1] == Record(100, ("Account 99", "99,5"))
    assert sniff_delimiter("\n".join(lines)) == ";"
