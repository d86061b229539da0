"""The JSON export's value rules one by one (issue 12, module-wide): how each odd value is written
(bytes, NaN, the infinities) and read back, and, for every kind of column, the first and last
value it takes and the exact reason a value one step beyond is refused (English and Italian)."""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
from sqlalchemy import Column, LargeBinary, MetaData, Numeric, Table

from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import using_language
from kam_desktop.services import export_json as ej
from kam_desktop.store.models import Base

T = Base.metadata.tables


def _plain(value: object) -> str:
    """An ASCII test id (mutmut names each test on pytest's command line)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", str(value))[:40]


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        (b"\x00\xff", {"$bytes": "AP8="}),
        (b"", {"$bytes": ""}),
        (math.nan, {"$float": "nan"}),
        (math.inf, {"$float": "inf"}),
        (-math.inf, {"$float": "-inf"}),
        (1.5, 1.5),
        (-0.0, -0.0),
        (7, 7),
        ("text", "text"),
        (None, None),
    ],
    ids=_plain,
)
def test_encode(value: Any, encoded: Any) -> None:
    assert ej._encode(value) == encoded


@pytest.mark.parametrize(
    ("value", "decoded"),
    [
        (None, None),
        ("text", "text"),
        (3, 3),
        (2.5, 2.5),
        ({"$bytes": "AP8="}, b"\x00\xff"),
        ({"$float": "inf"}, math.inf),
        ({"$float": "-inf"}, -math.inf),
    ],
    ids=_plain,
)
def test_decode(value: Any, decoded: Any) -> None:
    result = ej._decode(value, "t.c (row 1)")
    assert result == decoded and type(result) is type(decoded)


def test_decode_true_and_false_as_one_and_zero() -> None:
    for value, number in ((True, 1), (False, 0)):
        result = ej._decode(value, "w")
        assert result == number and type(result) is int
    assert math.isnan(ej._decode({"$float": "nan"}, "w"))


@pytest.mark.parametrize(
    "value",
    [
        [1],
        {},
        {"$bytes": 5},
        {"$float": "big"},
        {"$float": 1.0},
        {"$float": "nan", "$x": 1},
        {"$bytes": "AP8=", "$float": "nan"},
        {"$other": "nan"},
    ],
    ids=_plain,
)
def test_decode_refuses(value: Any) -> None:
    with pytest.raises(StoreError) as err:
        ej._decode(value, "account.notes (row 4)")
    assert str(err.value) == "The export has a value that is not allowed in account.notes (row 4)."


def test_decode_refusals_in_italian() -> None:
    with using_language("it"), pytest.raises(StoreError) as err:
        ej._decode({"$bytes": "***"}, "account.notes (row 4)")
    damaged = str(err.value)
    with using_language("it"), pytest.raises(StoreError) as err:
        ej._decode([1], "account.notes (row 4)")
    assert (damaged, str(err.value)) == (
        "L’esportazione contiene un valore binario danneggiato in account.notes (row 4).",
        "L’esportazione contiene un valore non ammesso in account.notes (row 4).",
    )


def test_decode_damaged_base64() -> None:
    for bad in ("***", "AP8", "AP8=\n"):
        with pytest.raises(StoreError) as err:
            ej._decode({"$bytes": bad}, "w (row 2)")
        assert str(err.value) == "The export has a damaged binary value in w (row 2)."


DATE = "expected a date (YYYY-MM-DD) or time stamp (YYYY-MM-DD HH:MM:SS)"


@pytest.mark.parametrize(
    ("table", "column", "value", "problem"),
    [
        ("account", "deleted_at", None, ""),
        ("account", "name", None, "it may not be empty (null)"),
        ("account", "description", "a\ud800b", "it holds broken text (a lone surrogate)"),
        ("account", "name", "\udfff", "it holds broken text (a lone surrogate)"),
        ("action", "internal", 0, ""),
        ("action", "internal", 1, ""),
        ("action", "internal", True, ""),
        ("action", "internal", 2, "expected true/false (0 or 1)"),
        ("action", "internal", -1, "expected true/false (0 or 1)"),
        ("action", "internal", 1.0, "expected true/false (0 or 1)"),
        ("action", "internal", "1", "expected true/false (0 or 1)"),
        ("account", "id", 2**63 - 1, ""),
        ("account", "id", 2**63, "the number is out of range"),
        ("account", "id", -(2**63), ""),
        ("account", "id", -(2**63) - 1, "the number is out of range"),
        ("account", "id", 10**17 + 1, ""),
        ("account", "id", 2.0, "expected a whole number"),
        ("account", "id", "1", "expected a whole number"),
        ("account", "current_revenue_cents", 10**17, ""),
        ("account", "current_revenue_cents", 10**17 + 1, "the number is out of range"),
        ("account", "current_revenue_cents", -(10**17), ""),
        ("account", "current_revenue_cents", -(10**17) - 1, "the number is out of range"),
        ("factor_weight", "weight", 3, ""),
        ("factor_weight", "weight", 2.5, ""),
        ("factor_weight", "weight", -1e300, ""),
        ("factor_weight", "weight", 2**1023 - 1, ""),
        ("factor_weight", "weight", 2**1023, "expected a number"),
        ("factor_weight", "weight", -(2**1023), "expected a number"),
        ("factor_weight", "weight", "3", "expected a number"),
        ("account", "name", "N" * 200, ""),
        ("account", "name", "N" * 201, "the text is longer than 200 characters"),
        ("account", "name", 5, "expected text"),
        ("account", "description", b"x", "expected text"),
        ("action", "due_date", "2026-02-03", ""),
        ("action", "due_date", "2026-2-3", DATE),
        ("action", "due_date", "2026-02-03 ", DATE),
        ("action", "due_date", "2026-02-30", DATE),
        ("action", "due_date", 20260203, "expected a date or time as text"),
        ("account", "created_at", "2026-01-05 10:00:00", ""),
        ("account", "created_at", "2026-01-05 10:00:00.5", ""),
        ("account", "created_at", "2026-01-05 10:00:0", DATE),
        ("account", "created_at", "2026-01-05T10:00:00", DATE),
        ("account", "created_at", "2026-01-05 25:00:00", DATE),
        ("account", "created_at", "2026-01-05", DATE),
        ("interaction", "start_time", "09:30", ""),
        ("interaction", "start_time", "09:30:15", ""),
        ("interaction", "start_time", "24:00", DATE),
        ("interaction", "start_time", 930, "expected a date or time as text"),
    ],
    ids=_plain,
)
def test_expect(table: str, column: str, value: Any, problem: str) -> None:
    assert ej._expect(T[table].columns[column], value) == problem


def test_text_without_a_length_takes_ten_million_characters() -> None:
    column = T["account"].columns["description"]
    assert ej._expect(column, "x" * 10_000_000) == ""
    assert ej._expect(column, "x" * 10_000_001) == "the text is longer than 10,000,000 characters"


def test_binary_columns_take_bytes_and_only_they() -> None:
    table = Table("blobs", MetaData(), Column("data", LargeBinary))
    assert ej._expect(table.columns["data"], b"\x00") == ""
    assert ej._expect(table.columns["data"], "text") == ""  # no rule for other types
    numeric = Table("n", MetaData(), Column("amount", Numeric)).columns["amount"]
    assert ej._expect(numeric, b"\x00") == "binary data is not allowed here"
    assert ej._expect(numeric, "12.5") == ""


def test_checked_row_decodes_every_value_and_names_the_first_bad_one() -> None:
    table = T["factor_weight"]
    assert ej._checked_row(table, ["factor", "weight"], ["fit", True], 0) == ["fit", 1]
    with pytest.raises(StoreError) as err:
        ej._checked_row(table, ["weight", "factor"], [{"$float": "inf"}, None], 6)
    assert str(err.value) == (
        "The export's value in factor_weight.weight (row 7) cannot be imported: expected a number. "
        "Nothing was imported."
    )
    with pytest.raises(ValueError):
        ej._checked_row(table, ["factor", "weight"], ["fit"], 0)  # a short row is never padded


def test_table_order_puts_parents_first() -> None:
    order = ej.table_order()
    assert len(order) == len(set(order)) == len(T)
    assert order.index("account") < order.index("stakeholder") < order.index("interaction_attendee")
    assert order.index("account_plan") < order.index("action")
