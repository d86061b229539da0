"""Survivors of issue 12's fourth breadth measurement in `domain/interchange` (kio)."""

from __future__ import annotations

from kam_desktop.domain.interchange.amounts import (
    DECIMAL_COMMA,
    DECIMAL_POINT,
    NumberFormat,
    detect_number_format,
    read_money,
)


def test_in_a_decimal_point_file_a_lone_point_before_three_digits_is_the_decimal() -> None:
    """`amounts._settle` #15 (the decimal point of a point file misspelt): in a file whose amounts
    show a decimal point, '1.250' is one and a quarter (1.25), never 1,250; a lone comma there
    groups thousands. The same cells in a decimal-comma file read the other way round."""
    cells = ["1,234,567.89", "1.250", "1,250", "€ 2.500"]
    point = detect_number_format(cells)
    assert point == NumberFormat(DECIMAL_POINT, True)
    assert [read_money(c, point, field="current_revenue", label="Revenue") for c in cells] == [
        123_456_789,
        125,
        125_000,
        250,
    ]
    comma = NumberFormat(DECIMAL_COMMA, True)
    assert [read_money(c, comma, field="current_revenue", label="Revenue") for c in cells[1:]] == [
        125_000,
        125,
        250_000,
    ]
