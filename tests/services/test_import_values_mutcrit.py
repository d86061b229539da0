"""import-json's checks of each value and of the file's header, exactly, one call at a time
(mutation run 3 of the four critical areas, issue 12): what a value in the export decodes to, the
reason a value cannot go in its column (type, range, length, date form), the line that names the
table, column and row, and every refusal of the file itself, in English and Italian. The whole
import is tested in test_import_checks_mutcrit.py; these are the same rules without building a
database per case."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from kam_desktop import i18n
from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import fmt
from kam_desktop.services.export_json import FORMAT, FORMAT_VERSION, _checked_row, _decode, _expect, _load
from kam_desktop.store.models import Base
from kam_desktop.store.schema_version import HEAD_REVISION

T = Base.metadata.tables
WHERE = "account.name (row 3)"


# --- a value of the export back to what SQLite stores -----------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (None, None),
        ("text", "text"),
        ("", ""),
        (0, 0),
        (-7, -7),
        (2.5, 2.5),
        (True, 1),
        (False, 0),
        ({"$bytes": "AAEC/w=="}, b"\x00\x01\x02\xff"),
        ({"$bytes": ""}, b""),
        ({"$float": "inf"}, math.inf),
        ({"$float": "-inf"}, -math.inf),
    ],
)
def test_a_value_decodes_to_what_sqlite_stores(raw: Any, value: Any) -> None:
    decoded = _decode(raw, WHERE)
    assert decoded == value and type(decoded) is type(value)


def test_nan_decodes_to_nan() -> None:
    decoded = _decode({"$float": "nan"}, WHERE)
    assert isinstance(decoded, float) and math.isnan(decoded)


@pytest.mark.parametrize(
    "raw",
    [
        [1, 2],
        {},
        {"$float": "NaN"},
        {"$float": "infinity"},
        {"$float": 1.5},
        {"$bytes": 5},
        {"$bytes": "AA==", "$float": "nan"},
        {"$other": "x"},
    ],
)
def test_a_value_of_no_known_form_is_refused_with_its_place(raw: Any) -> None:
    for lang in ("en", "it"):
        i18n.set_language(lang)
        with pytest.raises(StoreError) as caught:
            _decode(raw, WHERE)
        english = "The export has a value that is not allowed in %1."
        expected = fmt(i18n.translate("Store", english, lang=lang), WHERE)
        assert str(caught.value) == expected
        assert lang == "en" or expected != fmt(english, WHERE)


@pytest.mark.parametrize("text", ["AAE", "not base64!", "AAEC/w==\n"])
def test_a_damaged_binary_value_is_named(text: str) -> None:
    for lang in ("en", "it"):
        i18n.set_language(lang)
        with pytest.raises(StoreError) as caught:
            _decode({"$bytes": text}, WHERE)
        english = "The export has a damaged binary value in %1."
        expected = fmt(i18n.translate("Store", english, lang=lang), WHERE)
        assert str(caught.value) == expected
        assert lang == "en" or expected != fmt(english, WHERE)


# --- why a value cannot go in its column -------------------------------------------------------------

DATE = "expected a date (YYYY-MM-DD) or time stamp (YYYY-MM-DD HH:MM:SS)"
CASES = [
    # text of at most 200 characters, not null
    ("account", "name", "x" * 200, ""),
    ("account", "name", "x" * 201, "the text is longer than 200 characters"),
    ("account", "name", None, "it may not be empty (null)"),
    ("account", "name", 5, "expected text"),
    ("account", "name", b"x", "expected text"),
    ("account", "name", "a\ud800b", "it holds broken text (a lone surrogate)"),
    ("account", "industry", "", ""),
    # text without a length
    ("account", "description", "x" * 10_000_000, ""),
    ("account", "description", "x" * 10_000_001, "the text is longer than 10,000,000 characters"),
    # whole numbers: money within 10^17 cents, others within 64 bits
    ("account", "current_revenue_cents", 10**17, ""),
    ("account", "current_revenue_cents", -(10**17), ""),
    ("account", "current_revenue_cents", 10**17 + 1, "the number is out of range"),
    ("account", "current_revenue_cents", -(10**17) - 1, "the number is out of range"),
    ("account", "current_revenue_cents", 12.5, "expected a whole number"),
    ("account", "current_revenue_cents", "12", "expected a whole number"),
    ("account", "id", 2**63 - 1, ""),
    ("account", "id", -(2**63), ""),
    ("account", "id", 2**63, "the number is out of range"),
    ("account", "id", -(2**63) - 1, "the number is out of range"),
    ("leadership_cycle", "budget_asked_cents", None, ""),
    # true / false
    ("interaction", "shared", 0, ""),
    ("interaction", "shared", 1, ""),
    ("interaction", "shared", 2, "expected true/false (0 or 1)"),
    ("interaction", "shared", -1, "expected true/false (0 or 1)"),
    ("interaction", "shared", "1", "expected true/false (0 or 1)"),
    ("interaction", "shared", None, "it may not be empty (null)"),
    ("account_plan", "still_key", None, ""),
    # numbers
    ("kpi", "baseline", 3, ""),
    ("kpi", "baseline", -2.5, ""),
    ("kpi", "baseline", 2.0**1022, ""),
    ("kpi", "baseline", 2.0**1023, "expected a number"),
    ("kpi", "baseline", -(2.0**1023), "expected a number"),
    ("kpi", "baseline", math.inf, "expected a number"),
    ("kpi", "baseline", math.nan, "expected a number"),
    ("kpi", "baseline", "3", "expected a number"),
    ("kpi_measurement", "value", None, "it may not be empty (null)"),
    # dates, time stamps and times, as text
    ("leadership_cycle", "cycle_on", "2026-05-01", ""),
    ("leadership_cycle", "cycle_on", "2026-02-30", DATE),
    ("leadership_cycle", "cycle_on", "20260501", DATE),
    ("leadership_cycle", "cycle_on", "2026-05-01 09:00:00", DATE),
    ("leadership_cycle", "cycle_on", 20260501, "expected a date or time as text"),
    ("account", "created_at", "2026-05-01 09:30:00", ""),
    ("account", "created_at", "2026-05-01 09:30:00.250000", ""),
    ("account", "created_at", "2026-05-01T09:30:00", DATE),
    ("account", "created_at", "2026-05-01 09:30", DATE),
    ("account", "created_at", "2026-05-01", DATE),
    ("account", "created_at", "2026-05-01 25:30:00", DATE),
    ("account", "created_at", None, "it may not be empty (null)"),
    ("account", "deleted_at", None, ""),
    ("interaction", "start_time", "09:30", ""),
    ("interaction", "start_time", "09:30:15", ""),
    ("interaction", "start_time", "25:00", DATE),
    ("interaction", "start_time", 930, "expected a date or time as text"),
]


@pytest.mark.parametrize(("table", "column", "value", "problem"), CASES)
def test_why_a_value_cannot_go_in_its_column(table: str, column: str, value: Any, problem: str) -> None:
    assert _expect(T[table].columns[column], value) == problem


def test_a_row_is_decoded_and_checked_value_by_value() -> None:
    columns = ["id", "name", "current_revenue_cents", "description"]
    assert _checked_row(T["account"], columns, [4, "Rossi SpA", 125_050, ""], 0) == [
        4,
        "Rossi SpA",
        125_050,
        "",
    ]
    assert _checked_row(T["interaction"], ["shared", "subject"], [True, "QBR"], 9) == [1, "QBR"]


@pytest.mark.parametrize(
    ("columns", "values", "where", "problem"),
    [
        (
            ["id", "name"],
            [1, None],
            {"en": "account.name (row 3)", "it": "account.name (riga 3)"},
            {"en": "it may not be empty (null)", "it": "non può essere vuoto (null)"},
        ),
        (
            ["name", "id"],
            ["Rossi SpA", 2**63],
            {"en": "account.id (row 3)", "it": "account.id (riga 3)"},
            {"en": "the number is out of range", "it": "il numero è fuori dall’intervallo ammesso"},
        ),
        (
            ["name"],
            [{"$bytes": "AAE="}],
            {"en": "account.name (row 3)", "it": "account.name (riga 3)"},
            {"en": "expected text", "it": "serve un testo"},
        ),
    ],
)
def test_the_first_bad_value_of_a_row_is_named_with_its_table_column_and_row(
    columns: list[str], values: list[Any], where: dict[str, str], problem: dict[str, str]
) -> None:
    for lang in ("en", "it"):
        i18n.set_language(lang)
        with pytest.raises(StoreError) as caught:
            _checked_row(T["account"], columns, values, 2)
        english = "The export's value in %1 cannot be imported: %2. Nothing was imported."
        expected = fmt(i18n.translate("Store", english, lang=lang), where[lang], problem[lang])
        assert str(caught.value) == expected
        assert lang == "en" or expected != fmt(english, where["en"], problem["en"])


def test_a_value_of_no_known_form_in_a_row_names_its_place() -> None:
    with pytest.raises(StoreError) as caught:
        _checked_row(T["account"], ["id", "name"], [1, ["Rossi"]], 0)
    assert str(caught.value) == "The export has a value that is not allowed in account.name (row 1)."


# --- the file and its header ---------------------------------------------------------------------------


def _header(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": HEAD_REVISION,
        "tables": {},
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(source: Path, english: str, *args: object) -> None:
    for lang in ("en", "it"):
        i18n.set_language(lang)
        with pytest.raises(StoreError) as caught:
            _load(source)
        expected = fmt(i18n.translate("Store", english, lang=lang), source, *args)
        assert str(caught.value) == expected
        assert lang == "en" or expected != fmt(english, source, *args)
    i18n.set_language("en")


def test_a_good_header_is_read(tmp_path: Path) -> None:
    data = _header(tables={"account": {"columns": [], "rows": []}})
    assert _load(_file(tmp_path, json.dumps(data))) == data
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode())
    assert _load(bom) == data


@pytest.mark.parametrize(
    ("data", "english", "args"),
    [
        ([1, 2], "%1 is not a KAM Desktop export.", ()),
        ({"format": "other"}, "%1 is not a KAM Desktop export.", ()),
        (_header(format=...), "%1 is not a KAM Desktop export.", ()),
        (
            _header(format_version=2),
            "%1 uses export format %2; this version of KAM Desktop reads format %3.",
            (2, FORMAT_VERSION),
        ),
        (
            _header(format_version=...),
            "%1 uses export format %2; this version of KAM Desktop reads format %3.",
            (None, FORMAT_VERSION),
        ),
        (
            _header(schema_revision="9999"),
            "%1 was exported by a newer version of KAM Desktop (schema %2); please update the app.",
            ("9999",),
        ),
        (
            _header(schema_revision="0004_joint_plan"),
            "%1 has schema %2: import it with the matching version, then upgrade.",
            ("0004_joint_plan",),
        ),
        (_header(tables=[]), "%1 has no tables.", ()),
        (_header(tables=...), "%1 has no tables.", ()),
    ],
)
def test_a_header_that_cannot_be_read_is_refused(
    tmp_path: Path, data: Any, english: str, args: tuple[object, ...]
) -> None:
    _refused(_file(tmp_path, json.dumps(data)), english, *args)


def test_what_is_not_a_readable_json_file_is_refused(tmp_path: Path) -> None:
    _refused(
        tmp_path,
        "%1 is not a regular file (a folder, a device, a pipe or a socket): give the path of a KAM Desktop export.",
    )
    _refused(tmp_path / "missing.json", "No file at %1.")
    _refused(
        _file(tmp_path, "{"),
        "%1 is not a KAM Desktop export (it is not valid JSON: %2).",
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
    )
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"format": "caff\xe8"}')
    _refused(
        latin,
        "%1 is not a KAM Desktop export (it is not valid JSON: %2).",
        "'utf-8' codec can't decode byte 0xe8 in position 16: invalid continuation byte",
    )
    _refused(
        _file(tmp_path, "[" * 100_000 + "]" * 100_000),
        "%1 is not a KAM Desktop export (it is nested too deeply).",
    )
    _refused(
        _file(tmp_path, '{"format_version": ' + "9" * 5000 + "}"),
        "%1 is not a KAM Desktop export (it holds a value out of range).",
    )


def test_a_file_too_large_for_memory_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a huge export can run out of memory: one line, not a traceback."""
    from kam_desktop.services import export_json

    class OutOfMemory:
        JSONDecodeError = json.JSONDecodeError

        @staticmethod
        def loads(text: str) -> Any:
            raise MemoryError

    monkeypatch.setattr(export_json, "json", OutOfMemory)
    _refused(_file(tmp_path, json.dumps(_header())), "%1 is too large to import.")


def test_a_target_of_one_byte_already_exists_in_english_and_italian(tmp_path: Path) -> None:
    """import-json writes a new database only: any file with something in it is refused as is."""
    from kam_desktop.services.export_json import import_json

    target = tmp_path / "kept.sqlite"
    target.write_bytes(b"x")
    source = _file(tmp_path, json.dumps(_header()))
    english = "%1 already exists. import-json writes a new database: choose a new file name."
    for lang in ("en", "it"):
        i18n.set_language(lang)
        with pytest.raises(StoreError) as caught:
            import_json(target, source)
        expected = fmt(i18n.translate("Store", english, lang=lang), target)
        assert str(caught.value) == expected
        assert lang == "en" or expected != fmt(english, target)
    assert target.read_bytes() == b"x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "kept.sqlite"]


def test_unknown_tables_are_named_in_english_and_italian(tmp_path: Path) -> None:
    from kam_desktop.services.export_json import import_json

    source = _file(tmp_path, json.dumps(_header(tables={"zeta": {}, "account": {}, "alpha": []})))
    english = "The export has tables this version does not know: %1."
    for lang in ("en", "it"):
        i18n.set_language(lang)
        with pytest.raises(StoreError) as caught:
            import_json(tmp_path / "new.sqlite", source)
        expected = fmt(i18n.translate("Store", english, lang=lang), "alpha, zeta")
        assert str(caught.value) == expected
        assert lang == "en" or expected != fmt(english, "alpha, zeta")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]
