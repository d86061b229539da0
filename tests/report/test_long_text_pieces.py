"""A long text printed after its section is cut at spaces into paragraphs
(``report.text.chunks_markup``): exact pieces, no empty first line, nothing lost."""

from __future__ import annotations

from kam_desktop.report.text import chunks_markup


def test_a_long_text_is_cut_at_the_last_space_before_the_size() -> None:
    assert chunks_markup(" ".join(["word"] * 8), 12) == ["word word", "word word", "word word", "word word"]


def test_a_piece_cut_just_before_a_line_break_does_not_start_with_an_empty_line() -> None:
    # the space at 19 is the last break before 20; the newline right after it must not become a
    # "<br/>" opening the next paragraph (a blank first line in the PDF)
    assert chunks_markup("a" * 19 + " \n" + "b" * 10, 20) == ["a" * 19, "b" * 10]


def test_a_line_break_inside_a_piece_stays_a_line_break() -> None:
    assert chunks_markup("first line\nsecond line", 40) == ["first line<br/>second line"]


def test_a_text_without_spaces_is_cut_at_the_size() -> None:
    assert chunks_markup("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_markup_characters_are_escaped_in_every_piece() -> None:
    assert chunks_markup("a<b & c>d " * 3, 12) == ["a&lt;b &amp; c&gt;d"] * 3
