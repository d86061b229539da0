"""A right-to-left isolate around left-to-right letters is reordered (m4 survivor
``report.text.visual_order`` #1: the fast path for text without right-to-left letters drew it as
stored)."""

from __future__ import annotations

import pytest

from kam_desktop.report.text import visual_order


def drawn(text: str) -> str:
    return "".join(ch for _i, ch in visual_order(text))


def test_an_rtl_isolate_of_left_to_right_letters_draws_its_neutrals_in_its_direction() -> None:
    # Unicode's algorithm: inside RLI...PDI (level 1) "a" is at level 2 and the "!" before the
    # isolate's end takes its direction (level 1), so the run reverses: "!a"
    assert drawn("\u2067a!\u2069") == "!a"
    assert drawn("x \u2067a!\u2069 y") == "x !a y"
    assert [i for i, _ch in visual_order("\u2067a!\u2069")] == [2, 1]
    assert drawn("\u2067a(\u2069") == ")a"  # a mirrored bracket at level 1


def test_left_to_right_text_is_drawn_as_stored() -> None:
    assert drawn("Acme (Italy) 12,5 %") == "Acme (Italy) 12,5 %"
    assert drawn("\u2068Acme!\u2069 \u2066b!\u2069") == "Acme! b!"  # FSI and LRI of left-to-right text


@pytest.mark.parametrize(
    "text",
    [
        "\u202ba!\u202c",  # RLE ... PDF
        "\u202ea!\u202c",  # RLO ... PDF
        "\u200fa!",  # RLM
        "\u061ca!",  # ALM
    ],
)
def test_other_right_to_left_controls_around_left_to_right_letters_reorder_too(text: str) -> None:
    """As with RLI: the fast path for left-to-right text must not take them (found by the
    fresh-eyes review of the first fix, which covered RLI only)."""
    assert [ch for _i, ch in visual_order(text) if ch in "a!"] == ["!", "a"]


def test_every_drawing_path_reorders_such_text_alike() -> None:
    """Lines drawn on the canvas (cover, headers) and paragraphs ask the same question: the
    cover's small line drew "Lumen!" under a title drawing "!Lumen"."""
    from kam_desktop.report.text import needs_bidi, visual

    assert visual("\u2067Lumen!\u2069 Telecom") == "!Lumen Telecom"
    assert visual("\u202eab!\u202c").index("!") < visual("\u202eab!\u202c").index("a")
    assert needs_bidi("\u2067a\u2069") and needs_bidi("\u200fa") and not needs_bidi("\u2068a!\u2069")
