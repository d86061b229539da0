"""The meeting brief PDF: one page (two at most) with what the meeting prep screen shows.

The brief is for the manager (internal): it may show attitudes, influence and values. To stay
within two pages every list is capped and every text shortened; the app holds the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate

from kam_desktop.domain.enums import Attitude
from kam_desktop.i18n import language, translate
from kam_desktop.report import fonts
from kam_desktop.report import formatting as fmt
from kam_desktop.report.canvas import numbered_canvas
from kam_desktop.report.models import Paper
from kam_desktop.report.styles import (
    ACCENT,
    BAD,
    MUTED,
    NAVY,
    RULE,
    FlowTable,
    Paragraph,
    Styles,
    data_table,
    make_styles,
    para,
    rich,
)
from kam_desktop.report.text import clean, fill, fit, joined, markup, one_line

# The brief's read models (MeetingBrief, BriefAttendee...) live in
# kam_desktop.services.meeting_models, a layer above report: they are used by shape only.
MeetingBrief = Any
BriefAttendee = Any

MARGIN = 13 * mm


@dataclass(frozen=True)
class Budget:
    """How much of each list and text the brief prints; tightened until it fits two pages."""

    attendees: int = 10
    objectives: int = 5
    talking_points: int = 7
    actions: int = 8
    opportunities: int = 5
    interactions: int = 3
    questions: int = 5
    upcoming: int = 3
    cares: int = 2
    short: int = 90
    medium: int = 160
    long: int = 260


BUDGETS = (
    Budget(),
    Budget(6, 4, 5, 5, 4, 2, 3, 2, 1, 60, 100, 160),
    Budget(4, 3, 3, 3, 3, 1, 2, 1, 1, 40, 60, 80),
)
MAX_PAGES = 2
ATTITUDE_MARK = {
    Attitude.STRONG_SUPPORTER: ("++", "#2e7d32"),
    Attitude.SUPPORTER: ("+", "#558b2f"),
    Attitude.NEUTRAL: ("o", "#757575"),
    Attitude.OPPONENT: ("–", "#ef6c00"),
    Attitude.STRONG_OPPONENT: ("– –", "#c62828"),
}


def short(value: object, limit: int) -> str:
    """Cleaned text, at most ``limit`` characters (an ellipsis marks the cut)."""
    text = " ".join(clean(value).split())
    return text if len(text) <= limit else word_cut(text, limit)


def word_cut(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary that fits ``limit`` characters, plus an ellipsis.

    A single word longer than ``limit`` is the only thing ever cut inside (there is no boundary).
    """
    head = text[: limit - 1]
    if not text[limit - 1 : limit].isspace():
        space = head.rfind(" ")
        if space >= limit // 3:
            head = head[:space]
    return head.rstrip(" ,;:.-–") + "…"


def _more(shown: int, total: int) -> str:
    return (
        " (" + fill(translate("Report", "+%1 more in KAM Desktop"), total - shown) + ")"
        if total > shown
        else ""
    )


def _section(title: str, st: Styles) -> Paragraph:
    return Paragraph(markup(title), st.h3)


def _bullets(items: Sequence[str], limit: int, st: Styles, empty: str, text_limit: int) -> list[Flowable]:
    if not items:
        return [para(empty, st.empty)]
    out: list[Flowable] = [
        Paragraph(
            f"• {markup(short(item, text_limit))}",
            st.body.clone("bul", leftIndent=8, firstLineIndent=-8, spaceAfter=1),
        )
        for item in items[:limit]
    ]
    if len(items) > limit:
        out.append(para(_more(limit, len(items)).strip(" ()"), st.small))
    return out


def _attendee_cell(a: BriefAttendee, st: Styles, b: Budget) -> Paragraph:
    lines = [f"<b>{markup(short(a.name, b.short))}</b>"]
    sub = joined(" · ", (short(x, b.short) for x in (a.title, a.buying_centre) if x.strip()))
    if sub:
        lines.append(f'<font color="#5f6f7e">{markup(sub)}</font>')
    return Paragraph("<br/>".join(lines), st.cell)


def _assessment(a: BriefAttendee, st: Styles) -> Paragraph:
    bits: list[str] = []
    if a.decision_role is not None:
        bits.append(markup(a.decision_role.label))
    if a.attitude is not None:
        mark, colour = ATTITUDE_MARK[a.attitude]
        bits.append(f'<font color="{colour}"><b>{markup(mark)}</b> {markup(a.attitude.label)}</font>')
    if a.influence is not None:
        bits.append(markup(fill(translate("Report", "influence %1/5"), a.influence)))
    if a.relationship_strength is not None:
        bits.append(markup(fill(translate("Report", "relationship %1/5"), a.relationship_strength)))
    return Paragraph("<br/>".join(bits) or "–", st.cell)


def _attendees(brief: MeetingBrief, st: Styles, width: float, b: Budget) -> list[Flowable]:
    theirs = [a for a in brief.attendees if a.is_stakeholder]
    ours = [a for a in brief.attendees if not a.is_stakeholder]
    out: list[Flowable] = [_section(translate("Report", "Who is in the meeting"), st)]
    if not theirs:
        out.append(
            para(translate("Report", "No one from the customer is recorded for this meeting yet."), st.empty)
        )
    else:
        rows: list[list[Flowable | str]] = []
        for a in theirs[: b.attendees]:
            cares = joined("; ", (short(c, b.short + 20) for c in a.cares_about[: b.cares]))
            actions = joined("; ", (short(t, b.short) for t in a.open_actions[: b.cares]))
            detail = []
            if cares:
                detail.append("<b>" + markup(translate("Report", "Cares about:")) + f"</b> {markup(cares)}")
            if actions:
                detail.append(
                    "<b>" + markup(translate("Report", "Open with them:")) + f"</b> {markup(actions)}"
                )
            contact = []
            if a.owner.strip():
                contact.append(markup(fill(translate("Report", "ours: %1"), short(a.owner, 40))))
            contact.append(
                markup(
                    fill(
                        translate("Report", "last contact %1"),
                        fmt.date(a.last_contact, translate("Report", "never")),
                    )
                )
            )
            detail.append(f'<font color="#5f6f7e">{" · ".join(contact)}</font>')
            rows.append(
                [_attendee_cell(a, st, b), _assessment(a, st), Paragraph("<br/>".join(detail), st.cell)]
            )
        out.append(
            data_table(
                (
                    translate("Report", "Person"),
                    translate("Report", "Our read"),
                    translate("Report", "What matters to them"),
                ),
                rows,
                [width * 0.27, width * 0.2, width * 0.53],
                st,
            )
        )
        if len(theirs) > b.attendees:
            out.append(para(_more(b.attendees, len(theirs)).strip(" ()"), st.small))
    if ours:
        names = joined(", ", (short(a.name, 40) for a in ours[:8])) + _more(min(8, len(ours)), len(ours))
        out.append(
            rich("<b>" + markup(translate("Report", "From our side:")) + f"</b> {markup(names)}", st.body)
        )
    return out


def _left(brief: MeetingBrief, st: Styles, b: Budget) -> list[Flowable]:
    out: list[Flowable] = [_section(translate("Report", "Talking points"), st)]
    out += _bullets(
        brief.talking_points, b.talking_points, st, translate("Report", "No talking points yet."), b.medium
    )
    out += [_section(translate("Report", "Objectives of the plan"), st)]
    out += _bullets(
        brief.objectives, b.objectives, st, translate("Report", "No objectives set yet."), b.medium
    )
    out += [_section(translate("Report", "Questions to ask"), st)]
    out += _bullets(
        brief.open_questions, b.questions, st, translate("Report", "No open research questions."), b.medium
    )
    return out


def _right(brief: MeetingBrief, st: Styles, b: Budget) -> list[Flowable]:
    out: list[Flowable] = [_section(translate("Report", "Open actions"), st)]
    if brief.open_actions:
        for act in brief.open_actions[: b.actions]:
            due = fmt.date(act.due_date, translate("Report", "no date"))
            flag = (
                f' <font color="{BAD.hexval().replace("0x", "#")}"><b>'
                + markup(translate("Report", "overdue"))
                + "</b></font>"
                if act.overdue
                else ""
            )
            who = short(act.owner, 40) or translate("Report", "no owner")
            out.append(
                Paragraph(
                    f"• {markup(short(act.title, b.medium))} "
                    f'<font color="#5f6f7e">({markup(who)}, {due})</font>{flag}',
                    st.body.clone("act", leftIndent=8, firstLineIndent=-8, spaceAfter=1),
                )
            )
        if len(brief.open_actions) > b.actions:
            out.append(para(_more(b.actions, len(brief.open_actions)).strip(" ()"), st.small))
    else:
        # (the actions listed are those involving the meeting's people: the screen's very words)
        out.append(para(translate("Report", "Nothing open involving these people."), st.empty))
    out.append(_section(translate("Report", "Live opportunities"), st))
    if brief.opportunities:
        for o in brief.opportunities[: b.opportunities]:
            value = _money(o.value, brief.currency)
            where = joined(" · ", (short(x, 40) for x in (o.buying_centre, o.offering) if x.strip()))
            out.append(
                Paragraph(
                    f"• <b>{markup(short(o.title, b.short))}</b> – {markup(o.stage.label)}, {markup(value)}, "
                    + markup(
                        fill(
                            translate("Report", "%1%, close %2"),
                            o.probability,
                            fmt.date(o.expected_close, translate("Report", "open")),
                        )
                    )
                    + (f'<br/><font color="#5f6f7e">{markup(where)}</font>' if where else ""),
                    st.body.clone("opp", leftIndent=8, firstLineIndent=-8, spaceAfter=1),
                )
            )
        if len(brief.opportunities) > b.opportunities:
            out.append(para(_more(b.opportunities, len(brief.opportunities)).strip(" ()"), st.small))
    else:
        out.append(para(translate("Report", "No live opportunities in these divisions."), st.empty))
    out.append(_section(translate("Report", "Last interactions"), st))
    if brief.last_interactions:
        for i in brief.last_interactions[: b.interactions]:
            text = f"<b>{fmt.date(i.on_date)}</b> {markup(i.kind.label)}: {markup(short(i.subject, b.short))}"
            if i.summary.strip():
                text += f"<br/>{markup(short(i.summary, b.long))}"
            if i.next_steps.strip():
                text += (
                    "<br/><i>"
                    + markup(fill(translate("Report", "Next: %1"), short(i.next_steps, b.medium)))
                    + "</i>"
                )
            out.append(Paragraph(text, st.body.clone("int", spaceAfter=3)))
    else:
        out.append(para(translate("Report", "No earlier interactions recorded."), st.empty))
    if brief.upcoming:
        out.append(_section(translate("Report", "Also coming up"), st))
        for u in brief.upcoming[: b.upcoming]:
            out.append(
                para(f"{fmt.date(u.on_date)} · {u.kind.label} · {short(u.subject, b.short)}", st.small)
            )
    return out


def _money(amount: Decimal, currency: str) -> str:
    return fmt.money(amount, one_line(currency)[:3])


class _BriefDoc(BaseDocTemplate):
    def __init__(self, target: Any, brief: MeetingBrief, paper: Paper) -> None:
        size = A4 if paper is Paper.A4 else LETTER
        super().__init__(
            target,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 5 * mm,
            bottomMargin=MARGIN + 3 * mm,
            title=fill(translate("Report", "Meeting brief – %1"), one_line(brief.account_name)),
            creator="KAM Desktop",
            author=one_line(brief.prepared_by) or "KAM Desktop",
            subject=translate("Report", "Internal meeting brief"),
            lang=language(),
        )
        self.brief = brief
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="brief", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        top = height - MARGIN
        canvas.setFont(fonts.BOLD, 8)
        canvas.setFillColor(NAVY)
        warning = translate("Report", "INTERNAL – for your preparation, do not forward")
        room = width - 2 * MARGIN - stringWidth(warning, fonts.REGULAR, 8) - 6 * mm  # never overlaps
        canvas.drawString(
            MARGIN,
            top,
            fit(
                fill(translate("Report", "Meeting brief · %1"), one_line(self.brief.account_name)),
                room,
                fonts.BOLD,
                8,
            ),
        )
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawRightString(width - MARGIN, top, warning)
        canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN,
            MARGIN - 2 * mm,
            fill(translate("Report", "Prepared %1 by KAM Desktop"), fmt.date(self.brief.generated_on)),
        )
        canvas.restoreState()


def build_brief_story(
    brief: MeetingBrief, st: Styles, width: float, b: Budget = BUDGETS[0]
) -> list[Flowable]:
    if brief.interaction_id is None:
        heading = translate("Report", "Account brief (no meeting chosen)")
        when = fill(translate("Report", "As of %1"), fmt.date(brief.generated_on))
    else:
        heading = short(brief.subject, b.short) or (
            brief.kind.label if brief.kind else translate("Report", "Meeting")
        )
        when = fmt.date(brief.meeting_date, translate("Report", "date not set"))
        if brief.meeting_time is not None:
            when += f", {brief.meeting_time.strftime('%H:%M')}"
        if brief.kind is not None:
            when += f" · {brief.kind.label}"
        if brief.location.strip():
            when += f" · {short(brief.location, b.short)}"
    story: list[Flowable] = [
        para(
            short(brief.account_name, 120),
            st.title.clone("brief_title", fontSize=18, leading=22, spaceAfter=2),
        ),
        para(heading, st.subtitle.clone("brief_sub", fontSize=12, leading=15, spaceAfter=1)),
        para(when, st.muted),
        Spacer(1, 2),
    ]
    story += _attendees(brief, st, width, b)
    story.append(Spacer(1, 4))
    half = (width - 10) / 2
    columns = FlowTable(
        [[_left(brief, st, b), _right(brief, st, b)]],
        colWidths=[half + 5, half + 5],
        splitInRow=1,
        hAlign="LEFT",
    )
    columns.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 10),
                ("LINEAFTER", (0, 0), (0, -1), 0.4, RULE),
                ("LEFTPADDING", (1, 0), (1, -1), 10),
            ]
        )
    )
    story.append(columns)
    return story


def render_brief(brief: MeetingBrief, out: str | Path | BinaryIO, paper: Paper = Paper.A4) -> int:
    """Write the brief PDF to ``out``; return the number of pages (at most two).

    Laid out with the fullest budget first; while it runs past two pages, again with fewer
    items and shorter texts.
    """
    fonts.register_fonts()
    st = make_styles(scale=0.9)
    data, pages = b"", 0
    for budget in BUDGETS:
        buffer = BytesIO()
        doc = _BriefDoc(buffer, brief, paper)
        doc.build(
            build_brief_story(brief, st, doc.width, budget),
            canvasmaker=numbered_canvas(skip_first=False, margin=MARGIN),
        )
        data, pages = buffer.getvalue(), int(doc.page)
        if pages <= MAX_PAGES:
            break
    if isinstance(out, str | Path):
        Path(out).write_bytes(data)
    else:
        out.write(data)
    return pages
