"""Breadth (issue 12, module-wide): ``report/text.py`` pinned value by value - which characters
``clean`` drops (each edge of each forbidden range), Arabic shaping (marks kept, lam-alef joined),
the drawing order of mixed lines (runs reversed level by level, brackets mirrored, isolates
gone), markup with escapes, line breaks, font runs, the long-text excerpt at its limits (English
and Italian), one-line text and ``fit``."""

from __future__ import annotations

import pytest

from kam_desktop.report import text as T
from kam_desktop.report.fonts import REGULAR, string_width

SHALOM = "\u05e9\u05dc\u05d5\u05dd"  # שלום
MOLAHS = "\u05dd\u05d5\u05dc\u05e9"  # as drawn, right to left
ALEF, BET, GIMEL, DALET = "\u05d0", "\u05d1", "\u05d2", "\u05d3"
FSI, PDI, LRI, RLI = "\u2068", "\u2069", "\u2066", "\u2067"


# --- clean ----------------------------------------------------------------------------------------


def test_clean_of_nothing_and_of_a_number() -> None:
    assert T.clean(None) == ""
    assert T.clean(12.5) == "12.5"
    assert T.clean("") == ""


def test_clean_unifies_line_ends_and_turns_tabs_into_spaces() -> None:
    assert T.clean("a\r\nb\rc\nd\te\r\n\r\n") == "a\nb\nc\nd e\n\n"


@pytest.mark.parametrize(
    "char",
    [
        "\x00",
        "\x01",
        "\x08",
        "\x0b",
        "\x0c",
        "\x0e",
        "\x1f",
        "\x7f",
        "\x80",
        "\x9f",
        "\ud800",
        "\udfff",
        "\ufffe",
        "\uffff",
        "\ufeff",
    ],
    ids=[str(i) for i in range(15)],
)
def test_clean_drops_each_forbidden_character(char: str) -> None:
    assert T.clean(f"a{char}b") == "ab"


@pytest.mark.parametrize(
    "char",
    [" ", "~", "\xa0", "\ud7ff", "\ue000", "\ufffd", "\ufefe", "\U0001f600", "\u2068"],
    ids=[str(i) for i in range(9)],
)
def test_clean_keeps_the_characters_beside_the_forbidden_ranges(char: str) -> None:
    assert T.clean(f"a{char}b") == f"a{char}b"


def test_isolates_are_taken_out_and_nothing_else() -> None:
    assert T.without_isolates(f"{LRI}a{RLI}b{FSI}c{PDI}d\u2065\u206a") == "abcd\u2065\u206a"
    assert T.ISOLATES == "\u2066\u2067\u2068\u2069"


# --- shaping --------------------------------------------------------------------------------------


def test_arabic_letters_are_joined_and_other_text_is_left_alone() -> None:
    assert T.shape("abc " + SHALOM) == "abc " + SHALOM
    assert T.shape("\u0633\u0644\u0627\u0645") == "\ufeb3\ufefc\ufee1"  # سلام: seen, lam-alef, meem
    assert T.shape("\u0644\u0627") == "\ufefb"  # lam-alef as one ligature
    assert T.shape("\u0628\u064e") == "\ufe8f\u064e"  # the fatha is kept


@pytest.mark.parametrize(
    ("letter", "shaped"),
    [("\u0628\u0628", "\ufe91\ufe90"), ("\u067e\u067e", "\ufb58\ufb57"), ("\u0751\u0751", "\u0751\u0751")],
    ids=["0", "1", "2"],
)
def test_letters_in_the_arabic_blocks_are_shaped(letter: str, shaped: str) -> None:
    assert T.shape(letter) == shaped


# --- drawing order --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rtl", "drawn"),
    [
        ("abc", None, "abc"),
        ("abc", True, "abc"),
        ("ab 12", True, "ab 12"),
        (f"{ALEF}({BET})", None, f"({BET}){ALEF}"),  # brackets mirrored inside the right-to-left run
        (f"a ({ALEF}{BET}) b", None, f"a ({BET}{ALEF}) b"),
        (
            f"{ALEF}{BET} 12 {GIMEL}{DALET}",
            None,
            f"{DALET}{GIMEL} 12 {BET}{ALEF}",
        ),  # numbers keep their order
        (f"abc {ALEF}{BET}", False, f"abc {BET}{ALEF}"),
        (f"abc {ALEF}{BET}", True, f"{BET}{ALEF} abc"),
        (f"a{FSI}b{PDI}", None, "ab"),
        (f"{SHALOM} [x] ", None, f" [x] {MOLAHS}"),
        (f"x {SHALOM}!", None, f"x {MOLAHS}!"),
        (f"{RLI}{SHALOM}{PDI} ok", None, f"{MOLAHS} ok"),
        ("", None, ""),
    ],
    ids=[str(i) for i in range(13)],
)
def test_the_order_a_line_is_drawn_in(line: str, rtl: bool | None, drawn: str) -> None:
    assert T.visual(line, rtl) == drawn
    assert "".join(ch for _i, ch in T.visual_order(line, rtl)) == drawn


def test_visual_order_names_each_characters_logical_index() -> None:
    assert T.visual_order(f"{ALEF}({BET})") == [(3, "("), (2, BET), (1, ")"), (0, ALEF)]
    assert T.visual_order(f"x {SHALOM}!") == [
        (0, "x"),
        (1, " "),
        (5, "\u05dd"),
        (4, "\u05d5"),
        (3, "\u05dc"),
        (2, "\u05e9"),
        (6, "!"),
    ]
    assert T.visual_order(f"a{FSI}b{PDI}") == [(0, "a"), (2, "b")]
    assert T.visual_order(f"{ALEF}{FSI}b{PDI}") == [(2, "b"), (0, ALEF)]


def test_three_levels_are_reversed_from_the_highest_down() -> None:
    # an RTL paragraph holding an LTR phrase holding an RTL word (levels 1, 2, 3)
    line = f"{ALEF} {LRI}ab {RLI}{BET}{GIMEL}{PDI} cd{PDI} {DALET}"
    assert T.visual(line) == f"{DALET} ab {GIMEL}{BET} cd {ALEF}"


def test_display_cleans_shapes_and_orders_each_line() -> None:
    assert T.display("a\r\n" + SHALOM + "\tb") == "a\nb " + MOLAHS
    assert T.display(None) == ""
    assert T.display("\u0644\u0627 x") == "x \ufefb"


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        (SHALOM, True),
        ("Acme " + SHALOM, False),
        (SHALOM + " Acme", True),
        ("123", False),
        ("", False),
        (f"{FSI}{SHALOM}{PDI} 12", True),
        (f"{FSI}Acme{PDI} {SHALOM}", True),
        (f"{FSI}{SHALOM}{PDI} Acme", False),
        (f"12 {SHALOM}", True),
    ],
    ids=[str(i) for i in range(9)],
)
def test_the_paragraph_direction(text: str, rtl: bool) -> None:
    assert T.base_is_rtl(text) is rtl


# --- markup ---------------------------------------------------------------------------------------


def test_markup_escapes_keeps_line_breaks_and_trims_outer_empty_lines() -> None:
    assert T.markup("\n\na & <b>\n\nc\n") == "a &amp; &lt;b&gt;<br/><br/>c"
    assert T.markup("  x  ") == "  x  "
    assert T.markup(None) == ""
    assert T.markup("a\r\nb\tc\x00") == "a<br/>b c"


def test_markup_isolates_right_to_left_text_and_gives_other_scripts_their_font() -> None:
    assert T.markup(SHALOM) == f"{FSI}{SHALOM}{PDI}"
    assert T.markup("漢字 ok") == '<font name="KamCJK">漢字 </font>ok'
    assert T.markup("\u0644\u0627") == f'{FSI}<font name="KamArabic">\ufefb{PDI}</font>'
    assert T.markup("a <b> 漢") == 'a &lt;b&gt; <font name="KamCJK">漢</font>'


def test_plain_markup_is_one_line_in_drawing_order() -> None:
    assert T.plain_markup("  a  <\n b ") == "a &lt; b"
    assert T.plain_markup(f"x {SHALOM}\n&") == f"x {MOLAHS} &amp;"


def test_a_long_text_outside_a_collecting_block_is_shown_whole() -> None:
    text = "word " * 400
    assert T.markup(text) == text


def test_a_text_at_the_limit_is_shown_whole_and_one_more_character_is_cut() -> None:
    at_limit = "a" * T.LONG_TEXT
    over = "w" * 250 + " " + "b" * (T.LONG_TEXT - 250)
    assert (T.LONG_TEXT, T.EXCERPT) == (1200, 400)
    with T.collecting_long_texts() as bucket:
        assert T.markup(at_limit) == at_limit
        assert bucket == []
        assert T.markup(over) == (
            "w" * 250
            + ' … <font color="#5f6f7e"><i>[continued in long text 1 at the end of this section]</i></font>'
        )
        assert bucket == [over]
        second = "\n" + "c" * 1300 + "\n"
        assert T.markup(second) == (
            "c" * 400
            + ' … <font color="#5f6f7e"><i>[continued in long text 2 at the end of this section]</i></font>'
        )
        assert bucket == [over, "c" * 1300]
    assert T.markup(over) == over  # the block is over


@pytest.mark.parametrize(
    ("space_at", "excerpt"),
    [(200, 400), (201, 201), (399, 399), (400, 400)],
    ids=["half", "just_over_half", "last", "after_the_excerpt"],
)
def test_the_excerpt_ends_at_its_last_space_only_past_half(space_at: int, excerpt: int) -> None:
    text = "x" * space_at + " " + "y" * (1300 - space_at)
    with T.collecting_long_texts():
        shown = T.markup(text)
    assert shown.partition(" …")[0] == text[:excerpt]


def test_the_excerpt_ends_at_a_line_break_too_and_escapes() -> None:
    text = "<" * 300 + "\n" + "z" * 1000
    with T.collecting_long_texts():
        shown = T.markup(text)
    assert shown.partition(" …")[0] == "&lt;" * 300


def test_a_right_to_left_excerpt_is_isolated(italian: None) -> None:
    text = (SHALOM + " ") * 300
    with T.collecting_long_texts() as bucket:
        shown = T.markup(text)
    assert shown == (
        f"{FSI}{text[:400][: text[:400].rfind(' ')]}{PDI}"
        ' … <font color="#5f6f7e"><i>[continua nel testo lungo 1 alla fine di questa sezione]</i></font>'
    )
    assert bucket == [text.strip("\n")]


def test_collecting_blocks_nest_and_each_keeps_its_own_texts() -> None:
    long = "q" * 1201
    with T.collecting_long_texts() as outer:
        with T.collecting_long_texts() as inner:
            T.markup(long)
        assert inner == [long]
        assert outer == []
        T.markup(long)
    assert outer == [long]


def test_chunks_of_the_default_size() -> None:
    assert T.chunks_markup("a" * 1500) == ["a" * 1500]
    assert T.chunks_markup("a" * 1501) == ["a" * 1500, "a"]
    assert T.chunks_markup("a" * 800 + " " + "b" * 900) == ["a" * 800, "b" * 900]
    assert T.chunks_markup("") == []
    assert T.chunks_markup(" \n ") == []


# --- one line and fit -----------------------------------------------------------------------------


def test_one_line() -> None:
    assert T.one_line("  a\n\tb \r\n c\x00d  ") == "a b cd"
    assert T.one_line(None) == ""
    assert T.one_line(7) == "7"


def test_fit_keeps_what_fits_and_cuts_what_does_not_with_an_ellipsis() -> None:
    value = "Hello wonderful world"
    full = string_width(value, REGULAR, 10)
    assert T.fit(value, full, REGULAR, 10) == value
    assert T.fit(value, full + 50, REGULAR, 10) == value
    assert T.fit(value, full - 0.01, REGULAR, 10) == "Hello wonderful wo…"
    exact = string_width("Hello wo…", REGULAR, 10)
    assert T.fit(value, exact, REGULAR, 10) == "Hello wo…"
    assert T.fit(value, exact - 0.01, REGULAR, 10) == "Hello w…"
    assert T.fit(value, string_width("Hello …", REGULAR, 10), REGULAR, 10) == "Hello…"  # space dropped
    assert T.fit(value, 1, REGULAR, 10) == "…"
    assert T.fit(value, string_width("Hello w…", REGULAR, 20), REGULAR, 20) == "Hello w…"


# --- the levels when python-bidi's report cannot be read ----------------------------------------

_LEVELS = [
    ("abc", None, [0, 0, 0]),
    (f"abc {ALEF}{BET}", None, [0, 0, 0, 0, 1, 1]),
    (f"{ALEF}{BET} 12 {GIMEL}{DALET}", None, [1, 1, 1, 2, 2, 1, 1, 1]),
    (f"abc {ALEF}{BET}", True, [2, 2, 2, 1, 1, 1]),
    (f"{ALEF}({BET})", None, [1, 1, 1, 1]),
    (f"{ALEF}{BET} abc", False, [1, 1, 0, 0, 0, 0]),
    ("12", True, [2, 2]),
    (f"x {ALEF}", None, [0, 0, 1]),
    (f"{ALEF}{BET}", None, [1, 1]),
]


@pytest.mark.parametrize(("line", "rtl", "levels"), _LEVELS, ids=[str(i) for i in range(len(_LEVELS))])
def test_the_levels_read_from_python_bidis_report(line: str, rtl: bool | None, levels: list[int]) -> None:
    assert T._levels(line, rtl) == levels


@pytest.mark.parametrize(("line", "rtl", "levels"), _LEVELS, ids=[str(i) for i in range(len(_LEVELS))])
def test_the_pure_python_algorithm_stands_in_with_the_same_levels(
    line: str, rtl: bool | None, levels: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import bidi.bidi

    monkeypatch.setattr(bidi.bidi, "get_display_inner", lambda *args: "a report without levels")
    assert T._levels(line, rtl) == levels


def test_the_stand_in_gives_the_base_level_when_its_characters_do_not_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bidi.bidi

    line = f"a\u202b{ALEF}\u202cb"  # RLE ... PDF: the pure-Python algorithm drops them (rule X9)
    assert T._levels(line, None) == [0, 0, 1, 1, 0]
    monkeypatch.setattr(bidi.bidi, "get_display_inner", lambda *args: "")
    assert T._levels(line, None) == [0, 0, 0, 0, 0]
    assert T._levels(line, True) == [1, 1, 1, 1, 1]


def test_a_left_to_right_line_in_a_right_to_left_paragraph() -> None:
    # visual_order honours the forced direction (the trailing neutrals go to the left) ...
    assert T.visual_order("ab !", True) == [(3, "!"), (2, " "), (0, "a"), (1, "b")]
    assert T.visual_order("!ab", True) == [(1, "a"), (2, "b"), (0, "!")]
    assert T.visual_order("ab !", False) == [(0, "a"), (1, "b"), (2, " "), (3, "!")]
    assert T.visual_order("ab !") == [(0, "a"), (1, "b"), (2, " "), (3, "!")]
    # ... while visual() leaves a line without right-to-left letters as it is
    assert T.visual("ab !", True) == "ab !"


def test_runs_in_another_font_are_escaped_and_keep_their_line_breaks() -> None:
    assert (
        T.markup("漢\n字 & <") == '<font name="KamCJK">漢</font><br/><font name="KamCJK">字 </font>&amp; &lt;'
    )
    assert T.markup("漢<\n>字") == '<font name="KamCJK">漢</font>&lt;<br/>&gt;<font name="KamCJK">字</font>'
    assert T.plain_markup("漢 & 字") == '<font name="KamCJK">漢 </font>&amp; <font name="KamCJK">字</font>'


def test_a_text_of_exactly_the_size_stays_whole_even_with_a_late_space() -> None:
    assert T.chunks_markup("abcde fghi", 10) == ["abcde fghi"]
    assert T.chunks_markup("abcde fghij", 10) == ["abcde", "fghij"]
    assert T.chunks_markup("x" * 1000 + " " + "y" * 499) == ["x" * 1000 + " " + "y" * 499]
