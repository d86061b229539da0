"""Report text helpers pinned at their edges: where a long text is cut into paragraphs (the
half-size rule, odd sizes included), and which direction a paragraph takes when a right-to-left
value sits inside nested bidi isolates (the paragraph's alignment in the PDF)."""

from __future__ import annotations

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from kam_desktop.report.styles import Paragraph
from kam_desktop.report.text import base_is_rtl, chunks_markup

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
SHALOM = "\u05e9\u05dc\u05d5\u05dd"  # a Hebrew word


# --- chunks_markup: a space at or after half the size is a cut point, one before it is not ---


def test_a_space_exactly_at_half_an_odd_size_is_where_the_text_is_cut() -> None:
    # size 11: half is 5 (whole characters); the space at index 5 is used
    assert chunks_markup("aaaaa " + "b" * 12, 11) == ["aaaaa", "b" * 10, "bb"]


def test_a_space_before_half_an_odd_size_is_not_used() -> None:
    # the space at index 4 is before half of 11: the text is cut hard at 11 characters
    assert chunks_markup("aaaa " + "b" * 12, 11) == ["aaaa bbbbbb", "b" * 6]


def test_a_line_break_exactly_at_half_an_odd_size_is_where_the_text_is_cut() -> None:
    assert chunks_markup("aaaaa\n" + "b" * 12, 11) == ["aaaaa", "b" * 10, "bb"]


def test_a_space_exactly_at_half_an_even_size_is_used_and_one_before_it_is_not() -> None:
    assert chunks_markup("aaaaa " + "b" * 9, 10) == ["aaaaa", "b" * 9]
    assert chunks_markup("aaaa " + "b" * 9, 10) == ["aaaa bbbbb", "b" * 4]


def test_a_text_of_exactly_the_size_is_one_piece_and_one_more_character_is_two() -> None:
    assert chunks_markup("abcd efghi", 10) == ["abcd efghi"]
    assert chunks_markup("abcde fghij", 10) == ["abcde", "fghij"]


# --- base_is_rtl: what stands inside isolates, however deeply nested, does not count -------


def test_a_sentence_keeps_the_direction_of_its_text_outside_nested_isolates() -> None:
    # LTR words after the inner PDI are still inside the outer isolate: only the Hebrew word
    # at the end is outside, so the paragraph is right-to-left
    text = f"{LRI}{LRI}x{PDI}Acme{PDI} {SHALOM}"
    assert base_is_rtl(text) is True


def test_a_paragraph_that_is_one_nested_isolated_value_takes_that_values_direction() -> None:
    # nothing strong outside: the value's own direction (its first strong letter is Hebrew)
    text = f"{FSI}{FSI}{SHALOM}{PDI} Acme{PDI} \u2013 3"
    assert base_is_rtl(text) is True
    assert base_is_rtl(f"{FSI}{FSI}Acme{PDI} {SHALOM}{PDI} \u2013 3") is False


def test_three_levels_of_isolates_close_one_at_a_time() -> None:
    text = f"{RLI}{LRI}{FSI}a{PDI}b{PDI}c{PDI}{SHALOM}"
    assert base_is_rtl(text) is True
    assert base_is_rtl(f"{RLI}{LRI}{FSI}{SHALOM}{PDI}{SHALOM}{PDI}{SHALOM}{PDI}Acme") is False


def test_a_stray_closing_isolate_does_not_hide_what_follows() -> None:
    assert base_is_rtl(f"{PDI}{PDI}Acme {SHALOM}") is False
    assert base_is_rtl(f"{PDI}{SHALOM} Acme") is True


def test_a_nested_right_to_left_value_right_aligns_its_paragraph() -> None:
    style = ParagraphStyle("body", alignment=TA_LEFT)
    nested = Paragraph(f"{FSI}{FSI}{SHALOM}{PDI} Acme{PDI} \u2013 3", style)
    assert nested.style.alignment == TA_RIGHT
    outer_ltr = Paragraph(f"Account {FSI}{FSI}{SHALOM}{PDI} Acme{PDI}", style)
    assert outer_ltr.style.alignment == TA_LEFT
