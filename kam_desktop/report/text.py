"""User text on its way into ReportLab: cleaned, never interpreted as markup.

ReportLab's Paragraph parses its text as XML-ish markup: ``<img src=...>`` would fetch a file
or URL, ``<font>`` would restyle, a stray ``&`` raises. Every user string therefore goes
through ``markup()`` (clean, escape, then newlines -> ``<br/>``) before it reaches a
Paragraph; the only tags in a Paragraph are the ones this package writes itself.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any
from xml.sax.saxutils import escape

from kam_desktop.domain.bidi import FSI, PDI, fill, has_rtl, isolate, joined
from kam_desktop.i18n import fmt, translate

__all__ = ["FSI", "PDI", "fill", "has_rtl", "isolate", "joined"]  # user values in sentences: domain.bidi

LONG_TEXT = 1200  # characters: longer user texts leave table cells (see ``markup``)
EXCERPT = 400
_overflow: ContextVar[list[str] | None] = ContextVar("kam_report_long_texts", default=None)

# XML 1.0 forbids C0 controls except tab, newline, carriage return; also lone surrogates
# and the non-characters U+FFFE / U+FFFF. DEL and C1 controls are allowed but meaningless.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_STRONG = re.compile(r"[^\W\d_]")  # a letter: every strong (L, R, AL) character that reports hold


ISOLATES = "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI: drawn as nothing, zero width
# right-to-left marks, embeddings, overrides and isolates: RLM, ALM, RLE, RLO, RLI
_RTL_CONTROL = re.compile("[\u200f\u061c\u202b\u202e\u2067]")


def needs_bidi(text: str) -> bool:
    """Whether ``text`` may be drawn in another order than it is stored: it holds right-to-left
    letters or a right-to-left control ("RLI a! PDI" draws "!a"). Every drawing path asks this."""
    return has_rtl(text) or _RTL_CONTROL.search(text) is not None


_ISOLATE = re.compile("[\u2066-\u2069]")


def without_isolates(text: str) -> str:
    return _ISOLATE.sub("", text)


def clean(value: object) -> str:
    """Plain text safe for a PDF: forbidden characters removed, line ends unified, tabs as spaces."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _FORBIDDEN.sub("", text)
    return text.replace("\ufeff", "")


@functools.cache
def _reshaper() -> Any:
    import arabic_reshaper

    # keep every mark (harakat) and join lam-alef; the letters are drawn as presentation forms
    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "support_ligatures": True, "shift_harakat_position": False}
    )


def shape(text: str) -> str:
    """Arabic letters joined (initial, medial, final and isolated forms), still in logical order.

    ReportLab draws one glyph per character and does no shaping of its own without
    uharfbuzz and ReportLab's own bidi package; the presentation forms of Noto Sans Arabic
    draw the joined letters, and the fonts' ToUnicode map turns them back into the plain
    letters in the text layer (``fonts._to_unicode_cmap``).
    """
    if not _ARABIC.search(text):
        return text
    return str(_reshaper().reshape(text))


def _outside_isolates(text: str) -> str:
    """``text`` without what stands between an isolate initiator and its PDI (rule P2)."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def base_is_rtl(text: str) -> bool:
    """The paragraph direction by the Unicode rule: that of its first strong character outside
    isolates (a sentence keeps its template's direction, whatever the names inserted in it);
    a text that is all one isolated value takes that value's direction."""
    from bidi.algorithm import get_base_level

    if not has_rtl(text):
        return False
    outside = _outside_isolates(text)
    if _STRONG.search(outside):
        return bool(has_rtl(outside) and get_base_level(outside) == 1)
    return bool(get_base_level(without_isolates(text)) == 1)


_LEVEL = re.compile(r"Level\(\s*(\d+)")


def _levels(text: str, rtl: bool | None) -> list[int]:
    """The resolved embedding level of each character (Unicode bidi algorithm, rules up to I2).

    python-bidi's Rust implementation (the unicode-bidi crate, with bracket pairs) resolves the
    levels; it hands them out only in its debug report, per UTF-8 byte, so they are read from
    there. Should that report ever change, python-bidi's own pure-Python implementation of the
    algorithm (without bracket pairs) stands in.
    """
    from bidi.bidi import get_display_inner

    base = None if rtl is None else ("R" if rtl else "L")
    report = str(get_display_inner(text, base, True))
    tail = report.partition("levels: [")[2]
    per_byte = [int(x) for x in _LEVEL.findall(tail.partition("paragraphs:")[0])]
    if len(per_byte) == len(text.encode("utf-8")):
        levels: list[int] = []
        pos = 0
        for ch in text:
            levels.append(per_byte[pos])
            pos += len(ch.encode("utf-8"))
        return levels
    from bidi import algorithm as uba  # pragma: no cover - only if python-bidi changes its report

    storage: dict[str, Any] = uba.get_empty_storage()
    level = (1 if rtl else 0) if rtl is not None else uba.get_base_level(text)
    storage["base_level"], storage["base_dir"] = level, ("L", "R")[level]
    uba.get_embedding_levels(text, storage, False, False)
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    found = [int(c["level"]) for c in storage["chars"]]
    return found if len(found) == len(text) else [level] * len(text)


def visual_order(text: str, rtl: bool | None = None) -> list[tuple[int, str]]:
    """(logical index, character as drawn) for one line, in drawing order (left to right).

    The Unicode bidirectional algorithm: levels resolved (``_levels``), runs reversed from the
    highest level down (rule L2), brackets and other mirrored characters mirrored inside
    right-to-left runs (L4). ``rtl`` forces the base direction; None takes it from the first
    strong character.
    """
    if not text or (not rtl and not needs_bidi(text)):
        # left to right throughout: drawn as stored (a right-to-left control around left-to-right
        # letters still reorders: "RLI a! PDI" draws "!a", its "!" taking the isolate's direction)
        return [(i, ch) for i, ch in enumerate(text) if ch not in ISOLATES]
    from bidi.mirror import MIRRORED

    levels = _levels(text, rtl)
    order = list(range(len(text)))
    odd = [lv for lv in levels if lv % 2]
    if odd:
        for level in range(max(levels), min(odd) - 1, -1):
            i = 0
            while i < len(order):
                if levels[order[i]] >= level:
                    j = i
                    while j < len(order) and levels[order[j]] >= level:
                        j += 1
                    order[i:j] = order[i:j][::-1]
                    i = j
                else:
                    i += 1
    return [
        (i, MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i])
        for i in order
        if text[i] not in ISOLATES
    ]


def visual(text: str, rtl: bool | None = None) -> str:
    """One line of (already shaped) text in drawing order, without isolate characters."""
    if not needs_bidi(text):
        return without_isolates(text)
    return "".join(ch for _, ch in visual_order(text, rtl))


def display(value: object) -> str:
    """Cleaned, shaped text in the order it is drawn, line by line (a plain canvas, charts).

    Paragraphs do not use this: they are wrapped in logical order and each line is reordered
    when drawn (``styles.Paragraph``), so a wrapped right-to-left paragraph reads top-down.
    """
    return "\n".join(visual(shape(line)) for line in clean(value).split("\n"))


def _escaped(text: str) -> str:
    """Markup for shaped, logical ``text``: escaped, font fallback per run, newlines as <br/>."""
    from kam_desktop.report import fonts

    out: list[str] = []
    for font, piece in fonts.runs(text, fonts.REGULAR):
        body = escape(piece).replace("\n", "<br/>")
        out.append(body if font == fonts.REGULAR else f'<font name="{font}">{body}</font>')
    return "".join(out)


def plain_markup(value: object) -> str:
    """Markup for text that is drawn on one line as it is (the contents page): visual order."""
    return _escaped(" ".join(display(value).split()))


def markup(value: object) -> str:
    """Paragraph markup showing ``value`` literally: escaped, with line breaks kept.

    While ``collecting_long_texts`` is active, a text longer than ``LONG_TEXT`` shows an excerpt
    and a reference; its full text is collected to be printed as plain paragraphs after the
    section (a table cell pages long would be re-laid out on every page: quadratic).
    """
    text = shape(clean(value)).strip("\n")
    bucket = _overflow.get()
    if bucket is None or len(text) <= LONG_TEXT:
        return _escaped(isolate(text))
    bucket.append(text)
    cut = text[:EXCERPT]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > EXCERPT // 2:
        cut = cut[:space]
    note = fmt(translate("Report", "[continued in long text %1 at the end of this section]"), len(bucket))
    return f'{_escaped(isolate(cut))} … <font color="#5f6f7e"><i>{escape(note)}</i></font>'


@contextlib.contextmanager
def collecting_long_texts() -> Iterator[list[str]]:
    """Collect the full long texts that ``markup`` shortened while the block runs."""
    bucket: list[str] = []
    token = _overflow.set(bucket)
    try:
        yield bucket
    finally:
        _overflow.reset(token)


def chunks_markup(text: str, size: int = 1500) -> list[str]:
    """An already shaped long text cut at spaces into paragraph-sized pieces of markup."""
    pieces: list[str] = []
    rest = text
    while rest:
        if len(rest) <= size:
            pieces.append(rest)
            break
        cut = max(rest.rfind(" ", 0, size), rest.rfind("\n", 0, size))
        if cut < size // 2:
            cut = size
        pieces.append(rest[:cut])
        rest = rest[cut:]
    # a piece cut at a space starts with it, or with " \n" (a first line left empty): both go
    return [_escaped(piece.strip(" \n")) for piece in pieces if piece.strip()]


def one_line(value: object) -> str:
    """Cleaned text on one line, in logical order (headers, labels, PDF metadata).

    The canvas (``canvas.py``) shapes, reorders and picks fonts when it draws a string.
    """
    return " ".join(clean(value).split())


def fit(value: str, width: float, font: str, size: float) -> str:
    """``value`` shortened with an ellipsis so it is at most ``width`` points wide."""
    from kam_desktop.report.fonts import string_width as stringWidth

    if stringWidth(value, font, size) <= width:
        return value
    low, high = 0, len(value)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(value[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return value[:low].rstrip() + "…"
