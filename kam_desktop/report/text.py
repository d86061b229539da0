"""User text on its way into ReportLab: cleaned, never interpreted as markup.

ReportLab's Paragraph parses its text as XML-ish markup: ``<img src=...>`` would fetch a file
or URL, ``<font>`` would restyle, a stray ``&`` raises. Every user string therefore goes
through ``markup()`` (clean, escape, then newlines -> ``<br/>``) before it reaches a
Paragraph; the only tags in a Paragraph are the ones this package writes itself.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

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


def markup(value: object) -> str:
    """Paragraph markup showing ``value`` literally: escaped, with line breaks kept."""
    text = display(value).strip("\n")
    return escape(text).replace("\n", "<br/>")


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
