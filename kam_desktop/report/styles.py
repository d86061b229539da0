"""Look of the PDFs: colours, paragraph styles, and the table/paragraph builders every page uses."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as _RLParagraph

from kam_desktop.report import fonts
from kam_desktop.report.text import (
    ISOLATES,
    base_is_rtl,
    clean,
    has_rtl,
    markup,
    needs_bidi,
    plain_markup,
    visual_order,
)

INK = colors.HexColor("#1d2a36")
NAVY = colors.HexColor("#1f3b57")
ACCENT = colors.HexColor("#2f6690")
MUTED = colors.HexColor("#5f6f7e")
RULE = colors.HexColor("#c9d4de")
HEAD_BG = colors.HexColor("#e6edf3")
ZEBRA = colors.HexColor("#f6f8fa")
GOOD = colors.HexColor("#2e7d32")
WARN = colors.HexColor("#c77700")
BAD = colors.HexColor("#c62828")
SOFT_GOOD = colors.HexColor("#dcefdc")
SOFT_WARN = colors.HexColor("#fbecc9")
SOFT_BAD = colors.HexColor("#f6d5d5")
SOFT_ACCENT = colors.HexColor("#d9e7f2")


class Paragraph(_RLParagraph):
    """ReportLab's Paragraph, with right-to-left text laid out by the Unicode bidi algorithm.

    Lines are broken in logical order (as ReportLab does), then each line is reordered for
    drawing only, so a wrapped Arabic or Hebrew paragraph reads from the top line down and
    mixed-direction lines come out right. A paragraph whose first strong character is
    right-to-left is right-aligned. Every paragraph of the reports is built with this class.
    """

    def __init__(self, text: Any, style: ParagraphStyle | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        plain = "".join(getattr(f, "text", "") for f in self.frags)
        self._bidi = needs_bidi(plain) or any(c in ISOLATES for c in plain)
        self._rtl = self._bidi and base_is_rtl(plain)
        own: Any = getattr(self, "style")  # noqa: B009 - ReportLab sets it untyped
        if self._rtl and own.alignment == TA_LEFT:
            self.style = own.clone(f"{own.name}-rtl", alignment=TA_RIGHT)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # A table wraps each cell paragraph two or three times at the same width (measuring
        # rows, splitting, drawing): the lines are broken once, until the paragraph is drawn
        # or split (``split`` may drop ``blPara``), or gets another style.
        memo = self.__dict__.get("_wrap_memo")
        lines = self.__dict__.get("blPara")
        if memo is not None and memo[0] == availWidth and memo[1] is self.style and memo[2] is lines:
            self.width, self.height = memo[3]
            return memo[3]  # type: ignore[no-any-return]
        size = super().wrap(availWidth, availHeight)
        self._wrap_memo = (availWidth, self.style, self.__dict__.get("blPara"), size)
        return size  # type: ignore[no-any-return]

    def draw(self) -> Any:
        self.__dict__.pop("_wrap_memo", None)  # a later pass breaks the lines afresh, as before
        return super().draw()

    def drawPara(self, debug: int = 0) -> Any:
        if not self._bidi:
            return super().drawPara(debug)
        logical: Any = getattr(self, "blPara")  # noqa: B009 - ReportLab sets it untyped
        self.blPara = _visual_lines(logical, self._rtl)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical


def _visual_lines(bl_para: Any, rtl: bool) -> Any:
    """A copy of ReportLab's broken lines with each line in drawing order."""
    out = copy.copy(bl_para)
    if bl_para.kind == 0:
        lines = []
        for extra, words in bl_para.lines:
            text = " ".join(words)
            shown = "".join(ch for _, ch in visual_order(text, rtl))
            lines.append((extra, [w for w in shown.split(" ") if w] or list(words)))
        out.lines = lines
        return out
    lines = []
    for line in bl_para.lines:
        frags = list(getattr(line, "words", []) or [])
        chars: list[str] = []
        owner: list[int] = []
        for index, frag in enumerate(frags):
            text = getattr(frag, "text", "")
            if hasattr(frag, "cbDefn") or not text:
                chars.append("\ufffc")
                owner.append(index)
                continue
            chars.extend(text)
            owner.extend([index] * len(text))
        line_rtl = any(has_rtl(c) for c in chars)
        if not line_rtl and not any(c in ISOLATES for c in chars):
            lines.append(line)
            continue
        new_words: list[Any] = []
        run: list[str] = []
        run_owner = -1
        for pos, ch in [*visual_order("".join(chars), rtl and line_rtl), (-1, "")]:
            who = owner[pos] if pos >= 0 else -2
            if who != run_owner and run_owner >= 0:
                frag = frags[run_owner]
                if hasattr(frag, "cbDefn") or not getattr(frag, "text", ""):
                    new_words.append(frag)
                else:
                    piece = copy.copy(frag)
                    piece.text = "".join(run)
                    new_words.append(piece)
                run = []
            run_owner = who
            run.append(ch)
        new_line = copy.copy(line)
        new_line.words = new_words
        lines.append(new_line)
    out.lines = lines
    return out


TALL_ROW = 110.0  # points: rows taller than this may split across pages; shorter ones move whole


class FlowTable(Table):
    """A table that splits between rows, and inside a row only when that row is tall.

    ReportLab's own fallback splits any row that does not fit at the bottom of a page, which
    cuts two-line rows in half; a long cell (a 50,000-character note) still has to split.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Table]:
        self._calc(availWidth, availHeight)
        result: list[Table] = self._splitRows(availHeight, doInRowSplit=False)
        if result:
            return result
        first = min(self.repeatRows if isinstance(self.repeatRows, int) else 0, len(self._rowHeights) - 1)
        if self._rowHeights and self._rowHeights[first] > TALL_ROW:
            return list(self._splitRows(availHeight, doInRowSplit=True))
        return []


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    cover_meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    empty: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    figure: ParagraphStyle
    badge: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


def make_styles(scale: float = 1.0) -> Styles:
    """The paragraph styles; ``scale`` < 1 tightens everything (the one-page brief)."""
    fonts.register_fonts()
    r, b, i = fonts.REGULAR, fonts.BOLD, fonts.ITALIC

    def s(name: str, font: str, size: float, lead: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size * scale, leading=lead * scale, **kw)

    return Styles(
        title=s("title", b, 28, 34, textColor=NAVY, spaceAfter=6),
        subtitle=s("subtitle", r, 15, 20, textColor=ACCENT, spaceAfter=4),
        cover_meta=s("cover_meta", r, 10.5, 15, textColor=INK),
        h1=s("h1", b, 17, 22, textColor=NAVY, spaceBefore=4, spaceAfter=8, keepWithNext=1),
        h2=s("h2", b, 12.5, 16, textColor=ACCENT, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        h3=s("h3", b, 10.5, 13.5, textColor=INK, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        body=s("body", r, 9.5, 13.2, spaceAfter=4),
        small=s("small", r, 8, 10.5, textColor=MUTED),
        muted=s("muted", r, 9, 12, textColor=MUTED, spaceAfter=4),
        empty=s("empty", i, 9.5, 13, textColor=MUTED, spaceAfter=6, leftIndent=8, borderPadding=4),
        cell=s("cell", r, 8.5, 10.8),
        cell_bold=s("cell_bold", b, 8.5, 10.8),
        cell_head=s("cell_head", b, 8, 10, textColor=NAVY),
        cell_right=s("cell_right", r, 8.5, 10.8, alignment=TA_RIGHT),
        cell_center=s("cell_center", r, 8.5, 10.8, alignment=TA_CENTER),
        figure=s("figure", i, 8, 10, textColor=MUTED, alignment=TA_CENTER, spaceAfter=6),
        badge=s("badge", b, 7.5, 9, textColor=WARN),
        toc1=s("toc1", b, 10.5, 16, leftIndent=0, textColor=NAVY),
        toc2=s("toc2", r, 9.5, 13, leftIndent=14, textColor=INK),
    )


class Heading(Paragraph):
    """A heading that goes into the contents and the PDF outline (user text escaped)."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str) -> None:
        super().__init__(markup(text), style)
        self.toc_text = " ".join(clean(text).split())  # logical order, for the PDF outline
        self.toc_markup = plain_markup(self.toc_text)  # drawn by ReportLab's own contents table
        self.toc_level = level
        self.toc_key = key


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of USER text: never interpreted as markup."""
    return Paragraph(markup(text), style)


def rich(own_markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of OUR markup (user parts must already have gone through ``markup``)."""
    return Paragraph(own_markup, style)


def labelled(label: str, value: object, style: ParagraphStyle) -> Paragraph:
    """'<b>Label:</b> value' with the value escaped."""
    return Paragraph(f"<b>{markup(label)}</b> {markup(value)}", style)


def _fitting(title: str, room: float, style: ParagraphStyle) -> ParagraphStyle:
    """``style``, or a smaller copy (down to 6 pt) when the title's longest word is wider than
    ``room``: a column title is never broken inside a word ('Atteggiam-ento' in Italian)."""
    longest = max(
        (fonts.string_width(word, style.fontName, style.fontSize) for word in title.split()), default=0.0
    )
    if longest <= room or room <= 0:
        return style
    size = max(6.0, style.fontSize * room / longest)
    smaller = copy.copy(style)
    smaller.fontSize = size
    smaller.leading = style.leading * size / style.fontSize
    return smaller


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    st: Styles,
    *,
    extra: Sequence[tuple[Any, ...]] = (),
    zebra: bool = True,
    head_style: ParagraphStyle | None = None,
) -> Table:
    """A wrapped, page-splitting table (rows may split across pages), header repeated."""
    head = [
        Paragraph(markup(h), _fitting(h, w - 8, head_style or st.cell_head))
        for h, w in zip(header, widths, strict=False)
    ]
    body = [[c if isinstance(c, Flowable) else para(c, st.cell) for c in row] for row in rows]
    table = FlowTable([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra and len(body) > 3:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    table.setStyle(TableStyle([*commands, *extra]))
    return table


def kv_table(
    pairs: Sequence[tuple[str, Flowable | str]], width: float, st: Styles, label_width: float = 110
) -> Table:
    """Label / value rows (strategy statement, meeting facts)."""
    rows = [
        [Paragraph(markup(k), st.cell_head), v if isinstance(v, Flowable) else para(v, st.cell)]
        for k, v in pairs
    ]
    table = FlowTable(rows, colWidths=[label_width, width - label_width], splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def empty_note(text: str, st: Styles) -> list[Flowable]:
    """The honest 'nothing here yet' line."""
    return [Paragraph(markup(text), st.empty), Spacer(1, 2)]
