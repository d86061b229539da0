"""Breadth (issue 12): an accounts file's number format decided from its cells, and money refusals."""

from __future__ import annotations

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.amounts import (
    DECIMAL_COMMA,
    DECIMAL_POINT,
    NumberFormat,
    detect_number_format,
    read_money,
)


def test_a_majority_of_decimal_commas_wins_but_stays_undecided() -> None:
    assert detect_number_format(["1,5", "2,5", "3.5"]) == NumberFormat(DECIMAL_COMMA, False)
    assert detect_number_format(["1,5", "2.5", "3.5"]) == NumberFormat(DECIMAL_POINT, False)
    assert detect_number_format(["1,5", "2,5", "3.5", "4.5"]) == NumberFormat(DECIMAL_POINT, False)  # a tie
    assert detect_number_format(["1.250.000", "1.250.000", "2,000,000"]) == NumberFormat(DECIMAL_COMMA, False)


def test_scientific_cells_say_nothing_about_the_format() -> None:
    assert detect_number_format(["1,5", "1.25E7"]) == NumberFormat(DECIMAL_COMMA, True)
    assert detect_number_format(["1.25E7", "3.1e+05"]) == NumberFormat(DECIMAL_POINT, False)
    assert detect_number_format(["1.25E7"], ";") == NumberFormat(DECIMAL_COMMA, False)


def test_without_evidence_the_delimiter_decides_undecided() -> None:
    assert detect_number_format(["", "n/a", "1250"]) == NumberFormat(DECIMAL_POINT, False)
    assert detect_number_format(["", "n/a", "1250"], ";") == NumberFormat(DECIMAL_COMMA, False)
    assert detect_number_format(["1250"], "\t") == NumberFormat(DECIMAL_POINT, False)
    assert detect_number_format([]) == NumberFormat(DECIMAL_POINT, False)


def test_read_money_refusal_names_the_field_and_label() -> None:
    with pytest.raises(ValidationError) as err:
        read_money(
            "12abc", NumberFormat(DECIMAL_COMMA, True), field="current_revenue", label="Current revenue"
        )
    assert err.value.field == "current_revenue"
    assert err.value.message == (
        "Current revenue: \u201c12abc\u201d is not a number in this format (decimal separator \u201c,\u201d). "
        "Type it like 1.250.000,50."
    )


def test_read_money_values() -> None:
    comma = NumberFormat(DECIMAL_COMMA, True)
    assert read_money("1.250", comma, field="f", label="L") == 125000
    assert read_money("1,250", NumberFormat(DECIMAL_POINT, True), field="f", label="L") == 125000
    assert read_money("1,250", comma, field="f", label="L") == 125
    assert read_money("1.25E7", comma, field="f", label="L") == 1_250_000_000
