"""User text on its way into ReportLab: cleaned, never interpreted as markup.

ReportLab's Paragraph parses its text as XML-ish markup: ``<img src=...>`` would fetch a file
or URL, ``<font>`` would restyle, a stray ``&`` raises. Every user string therefore goes
through ``markup()`` (clean, escape, then newlines -> ``<br/>``) before it reaches a
Paragraph; the only tags in a Paragraph are the ones this package writes itself.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from xml.sax.saxutils import escape

LONG_TEXT = 1200  # characters: longer user texts leave table cells (see ``markup``)
EXCERPT = 400
_overflow: ContextVar[list[str] | None] = ContextVar("kam_report_long_texts", default=None)

# XML 1.0 forbids C0 controls except tab, newline, carriage return; also lone surrogates
# and the non-characters U+FFFE / U+FFFF. DEL and C1 controls are allowed but meaningless.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_RTL_RUN = re.compile(
    "[\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]"
    "(?:[\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
    " \u00a0.,:;!?\\-/'\"()\\[\\]]*"
    "[\u0590-\u05ff\u0600-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])?"
)
_MIRROR = str.maketrans("()[]{}<>", ")(][}{><")


def clean(value: object) -> str:
    """Plain text safe for a PDF: forbidden characters removed, line ends unified, tabs as spaces."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _FORBIDDEN.sub("", text)
    return text.replace("\ufeff", "")


def _visual_rtl(text: str) -> str:
    """ReportLab lays glyphs out left to right; show right-to-left runs reversed (mirrored).

    A minimal stand-in for the Unicode bidi algorithm, enough for names and short notes in
    Hebrew or Arabic (Arabic letters are not joined: ReportLab does no shaping here).
    """
    if not _RTL_RUN.search(text):
        return text

    def flip(match: re.Match[str]) -> str:
        run = match.group(0)
        # keep combining marks after their base letter when reversing
        clusters: list[str] = []
        for ch in run:
            if clusters and unicodedata.combining(ch):
                clusters[-1] += ch
            else:
                clusters.append(ch)
        return "".join(reversed(clusters)).translate(_MIRROR)

    return "\n".join(_RTL_RUN.sub(flip, line) for line in text.split("\n"))


def display(value: object) -> str:
    """Cleaned text in the order it should be drawn (canvas strings, charts)."""
    return _visual_rtl(clean(value))


def _escaped(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def markup(value: object) -> str:
    """Paragraph markup showing ``value`` literally: escaped, with line breaks kept.

    While ``collecting_long_texts`` is active, a text longer than ``LONG_TEXT`` shows an excerpt
    and a reference; its full text is collected to be printed as plain paragraphs after the
    section (a table cell pages long would be re-laid out on every page: quadratic).
    """
    text = display(value).strip("\n")
    bucket = _overflow.get()
    if bucket is None or len(text) <= LONG_TEXT:
        return _escaped(text)
    bucket.append(text)
    cut = text[:EXCERPT]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space > EXCERPT // 2:
        cut = cut[:space]
    return (
        f'{_escaped(cut)} … <font color="#5f6f7e"><i>[continued in long text {len(bucket)} '
        "at the end of this section]</i></font>"
    )


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
    """An already displayed long text cut at spaces into paragraph-sized pieces of markup."""
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
    return [_escaped(piece.strip("\n")) for piece in pieces if piece.strip()]


def one_line(value: object) -> str:
    """Cleaned text on one line (for headers, drawing labels)."""
    return " ".join(display(value).split())


def fit(value: str, width: float, font: str, size: float) -> str:
    """``value`` shortened with an ellipsis so it is at most ``width`` points wide."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

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
