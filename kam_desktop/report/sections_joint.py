"""The sections of the joint plan (customer edition), written to the customer.

Each builder returns nothing when its section has nothing shared: a section the customer would
find empty is left out, not printed with a "nothing here" note. Every user text goes through
``para``/``markup`` (never interpreted as markup); every label through ``translate``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from kam_desktop.domain.enums import ActionStatus, InteractionKind
from kam_desktop.i18n import QT_TRANSLATE_NOOP, sentence, translate
from kam_desktop.report import fonts
from kam_desktop.report import formatting as f
from kam_desktop.report.charts import kpi_chart
from kam_desktop.report.models_joint import JointAction, JointPlan, Person, Side, section_title
from kam_desktop.report.section_base import callout
from kam_desktop.report.styles import (
    ACCENT,
    GOOD,
    MUTED,
    NAVY,
    RULE,
    SOFT_ACCENT,
    Heading,
    Paragraph,
    Styles,
    data_table,
    kv_table,
    para,
    rich,
)
from kam_desktop.report.text import chunks_markup, collecting_long_texts, joined, markup, one_line
from kam_desktop.report.text import fill as fmt


@dataclass(frozen=True)
class JointContext:
    plan: JointPlan
    st: Styles
    width: float

    def h1(self, key: str) -> Heading:
        return Heading(section_title(key), self.st.h1, 0, f"joint-{key}")

    def h2(self, text: str, key: str) -> Heading:
        return Heading(text, self.st.h2, 1, f"joint-{key}")

    def cols(self, *fractions: float) -> list[float]:
        total = sum(fractions)
        return [self.width * x / total for x in fractions]

    @property
    def ours(self) -> str:
        return one_line(self.plan.our_company) or translate("Report", "our team")

    @property
    def theirs(self) -> str:
        return one_line(self.plan.account_name)


def paragraphs(text: str, st: Styles) -> list[Flowable]:
    """User text as paragraphs (blank lines separate them; single newlines are kept)."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [para(b, st.body) for b in blocks if b]


STATUS_WORDING = {
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("Report", "Planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Report", "Under way"),
    ActionStatus.BLOCKED: QT_TRANSLATE_NOOP("Report", "On hold"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Report", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Report", "Cancelled"),
}
KIND_WORDING = {
    InteractionKind.MEETING: QT_TRANSLATE_NOOP("Report", "Meeting"),
    InteractionKind.CALL: QT_TRANSLATE_NOOP("Report", "Call"),
    InteractionKind.EMAIL: QT_TRANSLATE_NOOP("Report", "Email"),
    InteractionKind.WORKSHOP: QT_TRANSLATE_NOOP("Report", "Workshop"),
    InteractionKind.BUSINESS_REVIEW: QT_TRANSLATE_NOOP("Report", "Business review"),
}


def _day(value: dt.date | None) -> str:
    """A date in a table cell: the short month ('27 dic 2026'), which fits on one line."""
    return f.date(value, short=True)


def _status(a: JointAction, st: Styles) -> Paragraph:
    label = translate("Report", STATUS_WORDING[a.status])
    colour = GOOD.hexval()[2:] if a.status is ActionStatus.DONE else MUTED.hexval()[2:]
    return rich(f'<font color="#{colour}">{markup(label)}</font>', st.cell)


# --- sections ---------------------------------------------------------------------------------------


def summary(ctx: JointContext) -> list[Flowable]:
    p, st = ctx.plan, ctx.st
    if not (p.executive_summary.strip() or p.joint_ambition.strip()):
        return []
    out: list[Flowable] = [ctx.h1("summary")]
    if p.joint_ambition.strip():
        block: list[Flowable] = [
            rich(markup(translate("Report", "Our joint ambition")), st.h3),
            *paragraphs(p.joint_ambition, st),
        ]
        out += [callout(block, ctx.width, border=ACCENT, background=SOFT_ACCENT), Spacer(1, 8)]
    out += paragraphs(p.executive_summary, st)
    return out


def priorities(ctx: JointContext) -> list[Flowable]:
    p, st = ctx.plan, ctx.st
    if not (p.needs or p.trends):
        return []
    out: list[Flowable] = [
        ctx.h1("priorities"),
        para(
            sentence(fmt(translate("Report", "What you have told us matters most to %1."), ctx.theirs)),
            st.body,
        ),
    ]
    if p.needs:
        out.append(ctx.h2(translate("Report", "Your priorities"), "needs"))
        rows: list[list[Flowable | str]] = [
            [rich(f"<b>{n}</b>", st.cell), para(need.description, st.cell), need.division or "–"]
            for n, need in enumerate(p.needs, start=1)
        ]
        out.append(
            data_table(
                ("#", translate("Report", "Priority"), translate("Report", "Where")),
                rows,
                ctx.cols(0.35, 5, 1.6),
                st,
            )
        )
    if p.trends:
        out.append(ctx.h2(translate("Report", "What is changing in your market"), "trends"))
        if any(t.impact.strip() for t in p.trends):
            trows: list[list[Flowable | str]] = [[t.description, t.impact or "–"] for t in p.trends]
            heads = (translate("Report", "Trend"), translate("Report", "What it means for you"))
            out.append(data_table(heads, trows, ctx.cols(1, 1), st))
        else:  # no impact written: no column of dashes
            rows1: list[list[Flowable | str]] = [[t.description] for t in p.trends]
            out.append(data_table((translate("Report", "Trend"),), rows1, [ctx.width], st))
    return out


def value(ctx: JointContext) -> list[Flowable]:
    p, st = ctx.plan, ctx.st
    if not (p.values or p.kpis or p.review):
        return []
    out: list[Flowable] = [ctx.h1("value")]
    if p.review is not None:
        out.append(
            ctx.h2(fmt(translate("Report", "Where we stand (%1)"), f.date(p.review.held_on)), "review")
        )
        out += paragraphs(p.review.summary, st)
    for i, v in enumerate(p.values):
        block: list[Flowable] = [para(v.title or translate("Report", "Value we bring"), st.h3)]
        for label, text in (
            (translate("Report", "The challenge"), v.problem),
            (translate("Report", "What we do together"), v.solution),
            (translate("Report", "The value for you"), v.quantified_value),
            (translate("Report", "Evidence"), v.proof),
        ):
            if text.strip():
                block.append(rich(f"<b>{markup(label)}:</b> {markup(text)}", st.body))
        if i == 0:
            out.append(ctx.h2(translate("Report", "What we deliver for you"), "values"))
        out += [callout(block, ctx.width), Spacer(1, 6)]
    if p.kpis:
        out += _kpis(ctx)
    return out


def _kpis(ctx: JointContext) -> list[Flowable]:
    """The measures' table with their charts: the heading, the table and the first row of charts
    stay on one page (a chart far from its table reads as another subject)."""
    p, st = ctx.plan, ctx.st
    rows: list[list[Flowable | str]] = []
    for k in p.kpis:
        row = k.kpi
        rows.append(
            [
                rich(f"<b>{markup(row.name)}</b>", st.cell),
                row.unit or "–",
                f.number(row.baseline),
                f.number(row.latest),
                f.number(row.target),
            ]
        )
    table = data_table(
        (
            translate("Report", "Measure"),
            translate("Report", "Unit"),
            translate("Report", "Starting point"),
            translate("Report", "Latest"),
            translate("Report", "Goal"),
        ),
        rows,
        ctx.cols(2.6, 1, 1, 1, 1),
        st,
    )
    first: list[Flowable] = [ctx.h2(translate("Report", "How we measure progress"), "kpis"), table]
    measured = [k.kpi for k in p.kpis if k.kpi.measurements]  # no empty chart frames
    half = (ctx.width - 12) / 2
    chart_rows: list[Flowable] = []
    for i in range(0, len(measured), 2):
        pair: list[Flowable | str] = [kpi_chart(k, half) for k in measured[i : i + 2]]  # type: ignore[misc]
        if len(pair) == 1:
            pair.append("")
        grid = Table([pair], colWidths=[half + 6, half + 6], hAlign="LEFT")
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        chart_rows.append(grid)
    if chart_rows:
        first += [Spacer(1, 8), chart_rows[0]]
    return [KeepTogether(first), *chart_rows[1:]]


def objectives(ctx: JointContext) -> list[Flowable]:
    p, st = ctx.plan, ctx.st
    if not p.objectives:
        return []
    rows: list[list[Flowable | str]] = [
        [rich(f"<b>{n}</b>", st.cell), para(o.wording, st.cell), _day(o.due_date)]
        for n, o in enumerate(p.objectives, start=1)
    ]
    return [
        ctx.h1("objectives"),
        para(translate("Report", "What we have agreed to achieve together in this plan period."), st.body),
        data_table(
            ("#", translate("Report", "Objective"), translate("Report", "By")),
            rows,
            ctx.cols(0.35, 5.2, 1.2),
            st,
        ),
    ]


def _timeline(ctx: JointContext) -> list[Flowable]:
    stones = ctx.plan.milestones
    if not stones:
        return []
    # the plan period is the axis (milestones outside it stretch it), numbers on the dots and
    # the period's ends as the only dates: labels never collide, whatever the spacing
    width, height = ctx.width, 52.0
    drawing = Drawing(width, height)
    y = 30.0
    pad = 10.0
    dates = [s.due_date for s in stones if s.due_date is not None]
    first = min([*dates, *([ctx.plan.period_start] if ctx.plan.period_start else [])])
    last = max([*dates, *([ctx.plan.period_end] if ctx.plan.period_end else [])])
    span = max(1, (last - first).days)
    drawing.add(Line(pad, y, width - pad, y, strokeColor=RULE, strokeWidth=2))
    for when, anchor, x in ((first, "start", pad), (last, "end", width - pad)):
        drawing.add(
            String(x, 2, f.date(when), fontName=fonts.REGULAR, fontSize=7, fillColor=MUTED, textAnchor=anchor)
        )
    today = ctx.plan.generated_on
    if first < today < last:
        tx = pad + (width - 2 * pad) * (today - first).days / span
        drawing.add(Line(tx, y - 8, tx, y + 8, strokeColor=ACCENT, strokeWidth=0.8, strokeDashArray=[2, 2]))
    last_x, lifted = -100.0, False
    for n, s in enumerate(stones, start=1):
        assert s.due_date is not None
        x = pad + 6 + (width - 2 * pad - 12) * (s.due_date - first).days / span
        lifted = x - last_x < 13 and not lifted  # close to the previous dot: step up, then back
        last_x = x
        dy = 11.0 if lifted else 0.0
        drawing.add(Circle(x, y + dy, 6, fillColor=NAVY, strokeColor=colors.white, strokeWidth=1.2))
        drawing.add(
            String(
                x,
                y + dy - 2.5,
                str(n),
                fontName=fonts.BOLD,
                fontSize=7,
                fillColor=colors.white,
                textAnchor="middle",
            )
        )
    rows: list[list[Flowable | str]] = [
        [
            rich(f"<b>{n}</b>", ctx.st.cell),
            _day(s.due_date),
            para(s.title, ctx.st.cell),
            s.their_owner or "–",
            s.our_owner or "–",
        ]
        for n, s in enumerate(stones, start=1)
    ]
    table = data_table(
        (
            "#",
            translate("Report", "Date"),
            translate("Report", "Milestone"),
            fmt(translate("Report", "%1 lead"), ctx.theirs),
            fmt(translate("Report", "%1 lead"), ctx.ours),
        ),
        rows,
        ctx.cols(0.35, 1.1, 3.2, 1.5, 1.5),
        ctx.st,
    )
    # heading, timeline and table stay together (a long table still splits, as KeepTogether allows)
    return [
        KeepTogether([ctx.h2(translate("Report", "Milestones"), "milestones"), drawing, Spacer(1, 4), table])
    ]


def actions(ctx: JointContext) -> list[Flowable]:
    p, st = ctx.plan, ctx.st
    if not p.actions:
        return []
    numbers = {o.id: n for n, o in enumerate(p.objectives, start=1)}
    rows: list[list[Flowable | str]] = []
    for a in p.actions:
        title = f"<b>{markup(a.title)}</b>"
        if a.objective_id in numbers:
            objective = fmt(translate("Report", "Objective %1"), numbers[a.objective_id])
            title += f'<br/><font color="#5f6f7e">{markup(objective)}</font>'
        rows.append(
            [
                rich(title, st.cell),
                a.their_owner or "–",
                a.our_owner or "–",
                _day(a.due_date),
                _status(a, st),
            ]
        )
    out: list[Flowable] = [
        ctx.h1("actions"),
        para(translate("Report", "Who does what, and by when, on both sides."), st.body),
        data_table(
            (
                translate("Report", "Action"),
                fmt(translate("Report", "At %1"), ctx.theirs),
                fmt(translate("Report", "At %1"), ctx.ours),
                translate("Report", "Due"),
                translate("Report", "Status"),
            ),
            rows,
            ctx.cols(3.0, 1.4, 1.4, 1.15, 0.9),
            st,
        ),
    ]
    return out + _timeline(ctx)


def governance(ctx: JointContext) -> list[Flowable]:
    g, st = ctx.plan.governance, ctx.st
    if g is None or g.is_empty:
        return []
    pairs: list[tuple[str, Flowable | str]] = []
    if g.their_sponsor:
        who = joined(", ", (x for x in (g.their_sponsor.name, g.their_sponsor.title) if x.strip()))
        pairs.append((fmt(translate("Report", "Sponsor at %1"), ctx.theirs), who))
    if g.our_sponsor:
        who = joined(", ", (x for x in (g.our_sponsor.name, g.our_sponsor.title) if x.strip()))
        pairs.append((fmt(translate("Report", "Sponsor at %1"), ctx.ours), who))
    if g.cadence.strip():
        pairs.append((translate("Report", "How often we meet"), g.cadence))
    if g.next_review_on:
        pairs.append((translate("Report", "Next joint review"), f.date(g.next_review_on)))
    if g.escalation_path.strip():
        pairs.append((translate("Report", "If something needs escalating"), g.escalation_path))
    out: list[Flowable] = [ctx.h1("governance")]
    if pairs:
        out.append(kv_table(pairs, ctx.width, st, label_width=150))
    if g.meetings:
        out.append(ctx.h2(translate("Report", "Coming up"), "meetings"))
        rows: list[list[Flowable | str]] = [
            [_day(mt.on_date), translate("Report", KIND_WORDING[mt.kind]), mt.subject or "–"]
            for mt in g.meetings
        ]
        out.append(
            data_table(
                (translate("Report", "Date"), translate("Report", "Kind"), translate("Report", "Subject")),
                rows,
                ctx.cols(1.1, 1.7, 4.0),
                st,
            )
        )
    contacts = _contacts(ctx)
    if contacts:
        out.append(ctx.h2(fmt(translate("Report", "Your contacts at %1"), ctx.ours), "contacts"))
        out.append(contacts)
    return out


def _contacts(ctx: JointContext) -> Flowable | None:
    """Who the customer can call at our side: who prepared the plan, our executive sponsor and
    the account team, with their work contact details where we have them."""
    g, st = ctx.plan.governance, ctx.st
    if g is None:
        return None
    rows: list[tuple[Person, list[str]]] = []
    prepared = translate("Report", "Prepared this plan")
    sponsor = translate("Report", "Executive sponsor")
    if g.preparer is not None:
        parts = [prepared]
        if g.our_sponsor is not None and g.our_sponsor.name == g.preparer.name:
            parts.append(sponsor)
        rows.append((g.preparer, parts))
    if g.our_sponsor is not None and not (g.preparer is not None and g.preparer.name == g.our_sponsor.name):
        rows.append((g.our_sponsor, [sponsor]))
    rows += [(p, []) for p in g.our_team]
    if not rows:
        return None
    muted = MUTED.hexval()[2:]
    table_rows: list[list[Flowable | str]] = []
    for person, parts in rows:
        role = markup(person.title) if person.title.strip() else ""
        if parts:
            role += (
                "<br/>" if role else ""
            ) + f'<font color="#{muted}">{markup(joined(" · ", parts))}</font>'
        reach = "<br/>".join(markup(x) for x in (person.email, person.phone) if x.strip())
        table_rows.append(
            [
                rich(f"<b>{markup(person.name)}</b>", st.cell),
                rich(role or "–", st.cell),
                rich(reach or "–", st.cell),
            ]
        )
    return data_table(
        (translate("Report", "Name"), translate("Report", "Role"), translate("Report", "Contact")),
        table_rows,
        ctx.cols(1.5, 1.9, 2.3),
        st,
    )


def risks(ctx: JointContext) -> list[Flowable]:
    p, st = ctx.plan, ctx.st
    if not p.risks:
        return []
    who = {Side.OURS: ctx.ours, Side.YOURS: ctx.theirs, Side.JOINT: translate("Report", "Both of us")}
    rows: list[list[Flowable | str]] = [[r.description, r.mitigation or "–", who[r.side]] for r in p.risks]
    return [
        ctx.h1("risks"),
        para(translate("Report", "What could hold us back, and how we will handle it."), st.body),
        data_table(
            (
                translate("Report", "Risk or dependency"),
                translate("Report", "How we address it"),
                translate("Report", "Who"),
            ),
            rows,
            ctx.cols(2.6, 2.9, 1.2),
            st,
        ),
    ]


def _signature(ctx: JointContext, company: str, person: str) -> list[Flowable]:
    st = ctx.st
    line = "_" * 34
    heading = fmt(translate("Report", "For %1"), company)
    return [
        rich(f"<b>{markup(heading)}</b>", st.body),
        Spacer(1, 16),
        para(line, st.muted),
        para(person or translate("Report", "Name"), st.small),
        Spacer(1, 10),
        para(line, st.muted),
        para(translate("Report", "Date"), st.small),
    ]


def next_steps(ctx: JointContext) -> list[Flowable]:
    p = ctx.plan
    if not p.next_steps.strip():
        return []
    g = p.governance
    theirs = g.their_sponsor.name if g and g.their_sponsor else ""
    ours = g.our_sponsor.name if g and g.our_sponsor else ""
    half = ctx.width / 2
    sign = Table(
        [[_signature(ctx, ctx.theirs, theirs), _signature(ctx, ctx.ours, ours)]],
        colWidths=[half, half],
        hAlign="LEFT",
    )
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    # the next steps and the signatures stay on one page: a sign-off alone on a page is not signed
    return [
        KeepTogether(
            [
                ctx.h1("next_steps"),
                *paragraphs(p.next_steps, ctx.st),
                Spacer(1, 14),
                para(translate("Report", "We agree to this plan and to review it together."), ctx.st.body),
                Spacer(1, 6),
                sign,
            ]
        )
    ]


BUILDERS: dict[str, Callable[[JointContext], list[Flowable]]] = {
    "summary": summary,
    "priorities": priorities,
    "value": value,
    "objectives": objectives,
    "actions": actions,
    "governance": governance,
    "risks": risks,
    "next_steps": next_steps,
}
MIN_SPACE_FOR_A_SECTION = 140  # points: less than this left on a page, the next section starts a new one


def joint_story(ctx: JointContext) -> list[Flowable]:
    """Every section with something shared, flowing one after another."""
    story: list[Flowable] = []
    printed: set[str] = set()  # a long text is printed in full once in the whole document
    for builder in BUILDERS.values():
        with collecting_long_texts() as long_texts:
            part = builder(ctx)
        if not part:
            continue
        if long_texts:
            part.append(Spacer(1, 6))
        for number, full in enumerate(long_texts, start=1):
            heading = fmt(translate("Report", "In full (%1)"), number)
            part.append(rich(f"<b>{markup(heading)}</b>", ctx.st.h3))
            if full in printed:
                part.append(
                    para(translate("Report", "The same text as printed in full above."), ctx.st.muted)
                )
                continue
            printed.add(full)
            part += [Paragraph(piece, ctx.st.body) for piece in chunks_markup(full)]
        if story:
            story += [Spacer(1, 12), CondPageBreak(MIN_SPACE_FOR_A_SECTION)]
        story += part
    return story
