"""Plan sections: action plan, execution, review, team and role coverage."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from kam_desktop.domain.enums import (
    ActionStatus,
    GrowthFocus,
    KpiDirection,
    OpportunityStage,
    Phase,
    Role,
    RoleStrength,
    WhitespaceState,
)
from kam_desktop.i18n import translate
from kam_desktop.report import fonts
from kam_desktop.report import formatting as fmt
from kam_desktop.report.charts import kpi_chart, pipeline_chart
from kam_desktop.report.models import ActionRow, Coverage, KpiRow
from kam_desktop.report.section_base import (
    HEALTH_COLOURS,
    SectionContext,
    callout,
    chip,
    internal_badge,
    phase_line,
)
from kam_desktop.report.styles import (
    ACCENT,
    BAD,
    GOOD,
    HEAD_BG,
    MUTED,
    RULE,
    SOFT_ACCENT,
    SOFT_BAD,
    SOFT_GOOD,
    SOFT_WARN,
    WARN,
    FlowTable,
    data_table,
    kv_table,
    para,
    rich,
)
from kam_desktop.report.text import fill, joined, markup, one_line

STATUS_TEXT = {
    ActionStatus.PLANNED: ("Planned", MUTED),
    ActionStatus.IN_PROGRESS: ("In progress", ACCENT),
    ActionStatus.DONE: ("Done", GOOD),
    ActionStatus.BLOCKED: ("Blocked", BAD),
    ActionStatus.CANCELLED: ("Cancelled", MUTED),
}
WHITESPACE_LOOK = {
    WhitespaceState.SOLD: SOFT_GOOD,
    WhitespaceState.OPPORTUNITY: SOFT_ACCENT,
    WhitespaceState.COMPETITOR: SOFT_BAD,
    WhitespaceState.NOT_RELEVANT: colors.HexColor("#eceff1"),
    WhitespaceState.UNKNOWN: colors.white,
}


# --- action plan -------------------------------------------------------------------------------


def _action_rows(ctx: SectionContext, actions: list[ActionRow]) -> Table:
    st = ctx.st
    status_styles = {s: st.cell.clone(f"status_{s.value}", textColor=c) for s, (_, c) in STATUS_TEXT.items()}
    rows: list[list[Flowable | str]] = []
    for a in actions:
        text = markup(a.status.label)
        title = markup(a.title) + (internal_badge(st) if a.internal else "")
        if a.stakeholder:
            title += (
                '<br/><font color="#5f6f7e" size="7">'
                + markup(fill(translate("Report", "with %1"), a.stakeholder))
                + "</font>"
            )
        row: list[Flowable | str] = [
            rich(title, st.cell),
            a.owner or "–",
            fmt.date(a.due_date),
            rich(f"<b>{text}</b>", status_styles[a.status]),
        ]
        if ctx.internal:
            row.append(a.resources or "")
        rows.append(row)
    if ctx.internal:
        return data_table(
            (
                translate("Report", "Action"),
                translate("Report", "Owner"),
                translate("Report", "Due"),
                translate("Report", "Status"),
                translate("Report", "Resources"),
            ),
            rows,
            ctx.cols(2.8, 1.2, 1.1, 1.2, 1.6),  # room for "Completata" unbroken
            st,
        )
    return data_table(
        (
            translate("Report", "Action"),
            translate("Report", "Owner"),
            translate("Report", "Due"),
            translate("Report", "Status"),
        ),
        rows,
        ctx.cols(3.6, 1.4, 1.1, 1),
        st,
    )


HEAD_SIZE = 6.0  # points: the white-space table's offering headers
SMALLEST_HEAD = 4.8  # a header shrinks this far before a word is hyphenated


def _longest_word(name: str, size: float) -> float:
    return max((fonts.string_width(w, fonts.BOLD, size) for w in one_line(name).split()), default=0.0)


def _offering_head(name: str, room: float, style: ParagraphStyle) -> Flowable:
    """An offering's name over its column, wrapped between words: the font shrinks (to 4.8
    points) until its longest word fits; a word longer still is hyphenated where it must break."""
    size = HEAD_SIZE
    widest = _longest_word(name, size)
    if widest > room:
        size = max(SMALLEST_HEAD, HEAD_SIZE * room / widest)
    words: list[str] = []
    for word in one_line(name).split():
        while fonts.string_width(word, fonts.BOLD, size) > room and len(word) > 2:
            cut = len(word) - 1
            while cut > 1 and fonts.string_width(word[:cut] + "-", fonts.BOLD, size) > room:
                cut -= 1
            words.append(word[:cut] + "-")
            word = word[cut:]
        words.append(word)
    own = style.clone(f"wsh-{size:.2f}", fontSize=size, leading=size * 1.25)
    return rich(f"<b>{markup(' '.join(words))}</b>", own)


def _whitespace(ctx: SectionContext) -> list[Flowable]:
    grid = ctx.report.whitespace
    st = ctx.st
    if grid is None or not grid.centres or not grid.offerings:
        return ctx.empty(
            translate("Report", "Not yet planned: no divisions or offerings have been mapped yet.")
        )
    labels = {
        WhitespaceState.SOLD: translate("Report", "In place")
        if not ctx.internal
        else translate("Report", "Sold"),
        WhitespaceState.OPPORTUNITY: translate("Report", "Opportunity"),
        WhitespaceState.COMPETITOR: translate("Report", "Competitor"),
        WhitespaceState.NOT_RELEVANT: translate("Report", "n/a"),
        WhitespaceState.UNKNOWN: "?",
    }
    legend = (
        translate("Report", "Green: we already deliver this; blue: an opportunity to explore together.")
        if not ctx.internal
        else translate(
            "Report",
            "Green sold · blue opportunity · red a competitor holds it · grey not relevant · white unknown.",
        )
    )
    out: list[Flowable] = [para(legend, st.muted.clone("legend", keepWithNext=1))]
    first = ctx.width * 0.19
    # as many offerings side by side as leave room for the longest word of their names (8 at
    # most, 4 at least), so that a header wraps between words: "Manutenzione / predittiva"
    longest = max(_longest_word(o, HEAD_SIZE) for o in grid.offerings)
    columns = min(8, len(grid.offerings))
    while columns > 4 and (ctx.width - first) / columns - 4 < longest:
        columns -= 1
    tables = -(-len(grid.offerings) // columns)
    per_table = -(-len(grid.offerings) // tables)
    small = st.cell_center.clone("ws", fontSize=6.8, leading=8.2)
    head_style = small.clone("wsh", textColor=colors.HexColor("#1f3b57"), fontSize=HEAD_SIZE, leading=7.4)
    for start in range(0, len(grid.offerings), per_table):
        offerings = grid.offerings[start : start + per_table]
        widths = [first] + [(ctx.width - first) / per_table] * len(offerings)
        room = widths[-1] - 4  # the cell's padding: 2 points each side
        head = [rich("<b>" + markup(translate("Report", "Division / offering")) + "</b>", st.cell_head)] + [
            _offering_head(o, room, head_style) for o in offerings
        ]
        rows: list[list[Any]] = [head]
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (1, 0), (-1, -1), 2),
            ("RIGHTPADDING", (1, 0), (-1, -1), 2),
        ]
        for r, centre in enumerate(grid.centres, start=1):
            row: list[Any] = [rich(f"<b>{markup(centre)}</b>", st.cell)]
            for c, state in enumerate(grid.cells[r - 1][start : start + per_table], start=1):
                row.append(rich(markup(labels[state]) if state else "", small))
                if state is not None:
                    commands.append(("BACKGROUND", (c, r), (c, r), WHITESPACE_LOOK[state]))
            rows.append(row)
        table = FlowTable(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        out += [table, Spacer(1, 6)]
    return out


def action_plan(ctx: SectionContext) -> list[Flowable]:
    r, st = ctx.report, ctx.st
    out: list[Flowable] = [
        ctx.h1(translate("Report", "Action plan"), "action_plan"),
        *phase_line(ctx, Phase.ACTION_PLAN),
    ]
    out.append(ctx.h2(translate("Report", "The compelling case"), "action-case"))
    if r.value_propositions:
        for v in r.value_propositions:
            pairs: list[tuple[str, Flowable | str]] = [
                (translate("Report", "The challenge"), v.problem or "–"),
                (translate("Report", "Our answer"), v.solution or "–"),
                (translate("Report", "The value"), v.quantified_value or "–"),
                (translate("Report", "Evidence"), v.proof or "–"),
            ]
            if v.value is not None and r.internal is not None:
                pairs.append(
                    (translate("Report", "Value to us (internal)"), fmt.money(v.value, r.internal.currency))
                )
            block: list[Flowable] = [
                para(v.title or translate("Report", "Value proposition"), st.h3),
                kv_table(pairs, ctx.width - 18, st, label_width=110),
            ]
            out += [callout(block, ctx.width, border=ACCENT), Spacer(1, 8)]
    else:
        out += ctx.empty(
            translate("Report", "Not yet planned: the compelling case has not been written yet.")
        )
    out.append(ctx.h2(translate("Report", "Actions by objective"), "action-actions"))
    if not r.actions:
        out += ctx.empty(translate("Report", "Not yet planned: no actions have been defined yet."))
    objective_ids = {o.id for o in r.objectives}
    for focus in GrowthFocus:
        for o in (o for o in r.objectives if o.focus is focus):
            mine = [a for a in r.actions if a.objective_id == o.id]
            badge = internal_badge(st) if o.internal else ""
            out.append(
                rich(
                    f'<font color="#5f6f7e">{markup(focus.label)}:</font> {markup(o.description)}{badge}',
                    st.h3,
                )
            )
            out += (
                [_action_rows(ctx, mine)]
                if mine
                else ctx.empty(translate("Report", "Not yet planned: no actions for this objective yet."))
            )
    loose = [a for a in r.actions if a.objective_id not in objective_ids]
    if loose:
        out += [ctx.h3(translate("Report", "Other actions")), _action_rows(ctx, loose)]
    out += [
        ctx.h2(translate("Report", "Whitespace: divisions and offerings"), "action-whitespace"),
        *_whitespace(ctx),
    ]
    return out


# --- execution ----------------------------------------------------------------------------------


def execution(ctx: SectionContext) -> list[Flowable]:
    r, st = ctx.report, ctx.st
    out: list[Flowable] = [
        ctx.h1(translate("Report", "Execution"), "execution"),
        *phase_line(ctx, Phase.EXECUTION),
    ]
    title = (
        translate("Report", "Pipeline by stage and growth topic")
        if ctx.internal
        else translate("Report", "Initiatives by stage and growth topic")
    )
    out.append(ctx.h2(title, "execution-pipeline"))
    if r.opportunities:
        stages = (
            tuple(OpportunityStage)
            if ctx.internal
            else tuple(s for s in OpportunityStage if s is not OpportunityStage.LOST)
        )
        currency = r.internal.currency if r.internal else ""
        out.append(
            pipeline_chart(
                r.opportunities, ctx.width, by_value=ctx.internal, currency=currency, stages=stages
            )
        )
        out.append(
            para(
                translate("Report", "Bar length: total value per stage.")
                if ctx.internal
                else translate("Report", "Number of initiatives per stage."),
                st.figure,
            )
        )
        rows: list[list[Flowable | str]] = []
        for o in r.opportunities:
            where = joined(" · ", (x for x in (o.buying_centre, o.offering) if x.strip()))
            cell = f"<b>{markup(o.title)}</b>" + (
                f'<br/><font color="#5f6f7e">{markup(where)}</font>' if where else ""
            )
            row: list[Flowable | str] = [
                rich(cell, st.cell),
                o.focus.label,
                o.stage.label,
                fmt.date(o.expected_close),
            ]
            if ctx.internal:
                c = o.commercial
                row += [
                    rich(markup(fmt.money(c.value, currency)) if c else "–", st.cell_right),
                    rich(f"{c.probability}%" if c else "–", st.cell_right),
                ]
            rows.append(row)
        if ctx.internal:
            out.append(
                data_table(
                    (
                        translate("Report", "Opportunity"),
                        translate("Report", "Topic"),
                        translate("Report", "Stage"),
                        translate("Report", "Expected close"),
                        translate("Report", "Value"),
                        translate("Report", "Prob."),
                    ),
                    rows,
                    ctx.cols(3.2, 1.15, 1, 1.15, 1.2, 0.6),
                    st,
                )
            )
            noted = [o for o in r.opportunities if o.commercial and o.commercial.notes.strip()]
            if noted:
                out.append(
                    data_table(
                        (translate("Report", "Opportunity"), translate("Report", "Notes (internal)")),
                        [[o.title, o.commercial.notes if o.commercial else ""] for o in noted],
                        ctx.cols(1, 2),
                        st,
                    )
                )
        else:
            out.append(
                data_table(
                    (
                        translate("Report", "Initiative"),
                        translate("Report", "Topic"),
                        translate("Report", "Stage"),
                        translate("Report", "Expected"),
                    ),
                    rows,
                    ctx.cols(3.6, 1.2, 1.1, 1.1),
                    st,
                )
            )
    else:
        out += ctx.empty(translate("Report", "Not yet planned: no opportunities have been identified yet."))
    out.append(ctx.h2(translate("Report", "Recent interactions"), "execution-interactions"))
    if r.interactions:
        rows = []
        for i in r.interactions:
            body = (
                markup(i.summary)
                if i.summary.strip()
                else '<font color="#5f6f7e">'
                + markup(translate("Report", "No summary recorded."))
                + "</font>"
            )
            if i.next_steps.strip():
                body += (
                    "<br/><b>" + markup(translate("Report", "Next steps:")) + f"</b> {markup(i.next_steps)}"
                )
            rows.append(
                [
                    fmt.date(i.on_date),
                    i.kind.label,
                    rich(f"<b>{markup(i.subject)}</b>", st.cell),
                    rich(body, st.cell),
                ]
            )
        out.append(
            data_table(
                (
                    translate("Report", "Date"),
                    translate("Report", "Type"),
                    translate("Report", "Subject"),
                    translate("Report", "Summary and next steps"),
                ),
                rows,
                ctx.cols(0.9, 0.9, 1.6, 3.4),
                st,
            )
        )
    else:
        out += ctx.empty(translate("Report", "No interactions have been recorded yet."))
    return out


# --- review -------------------------------------------------------------------------------------


def _progress(k: KpiRow) -> str:
    latest = k.latest
    if latest is None or k.baseline is None or k.target is None or k.target == k.baseline:
        return "–"
    share = (latest - k.baseline) / (k.target - k.baseline)
    if k.direction is KpiDirection.LOWER_IS_BETTER and k.target > k.baseline:
        share = -share
    return fill(translate("Report", "%1% of the way"), fmt.number(round(share * 100)))


def review(ctx: SectionContext) -> list[Flowable]:
    r, st = ctx.report, ctx.st
    out: list[Flowable] = [ctx.h1(translate("Report", "Review"), "review"), *phase_line(ctx, Phase.REVIEW)]
    out.append(ctx.h2(translate("Report", "Key performance indicators"), "review-kpis"))
    if r.kpis:
        rows: list[list[Flowable | str]] = []
        for k in r.kpis:
            badge = internal_badge(st) if k.internal else ""
            rows.append(
                [
                    rich(f"<b>{markup(k.name)}</b>{badge}", st.cell),
                    k.unit or "–",
                    fmt.number(k.baseline),
                    fmt.number(k.target),
                    fmt.number(k.latest),
                    _progress(k),
                ]
            )
        out.append(
            data_table(
                (
                    translate("Report", "KPI"),
                    translate("Report", "Unit"),
                    translate("Report", "Baseline"),
                    translate("Report", "Target"),
                    translate("Report", "Latest"),
                    translate("Report", "Progress"),
                ),
                rows,
                ctx.cols(2.4, 1.1, 0.9, 0.9, 0.9, 1.3),
                st,
            )
        )
        out.append(Spacer(1, 8))
        half = (ctx.width - 12) / 2
        charts = [kpi_chart(k, half) for k in r.kpis if k.measurements]  # no empty chart frames
        grid = [
            charts[i : i + 2] + ([""] if len(charts[i : i + 2]) == 1 else [])
            for i in range(0, len(charts), 2)
        ]
        if grid:
            table = Table(grid, colWidths=[half + 6, half + 6], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
            out.append(table)
    else:
        out += ctx.empty(translate("Report", "Not yet planned: no KPIs have been defined yet."))
    out.append(ctx.h2(translate("Report", "Last review"), "review-last"))
    rv = r.last_review
    if rv is None:
        out += ctx.empty(translate("Report", "Not yet planned: no review has been held yet."))
    else:
        fg, bg = HEALTH_COLOURS[rv.health]
        out += [
            chip(f"{rv.health.label} · {fmt.date(rv.held_on)}", fg, bg, st, width=160),
            Spacer(1, 6),
            kv_table(
                [
                    (translate("Report", "Findings"), rv.findings or "–"),
                    (translate("Report", "Adjustments"), rv.adjustments or "–"),
                ],
                ctx.width,
                st,
            ),
        ]
    return out


# --- team ---------------------------------------------------------------------------------------


def team(ctx: SectionContext) -> list[Flowable]:
    r, st = ctx.report, ctx.st
    out: list[Flowable] = [
        ctx.h1(
            translate("Report", "Team and role coverage")
            if ctx.internal
            else translate("Report", "Your account team"),
            "team",
        )
    ]
    if not r.team:
        return out + ctx.empty(translate("Report", "Not yet planned: no account team has been formed yet."))
    if not ctx.internal:
        out.append(
            para(
                translate("Report", "The people on our side who work with you, and the roles they play."),
                st.body,
            )
        )
        rows: list[list[Flowable | str]] = [
            [
                rich(f"<b>{markup(m.name)}</b>", st.cell),
                m.function or "–",
                m.email or "–",
                ", ".join(role.label for role, _ in m.roles) or "–",
            ]
            for m in r.team
        ]
        return [
            *out,
            data_table(
                (
                    translate("Report", "Name"),
                    translate("Report", "Function"),
                    translate("Report", "E-mail"),
                    translate("Report", "Roles"),
                ),
                rows,
                ctx.cols(1.5, 1.5, 2, 2.2),
                st,
            ),
        ]
    out.append(ctx.h2(translate("Report", "Role coverage matrix"), "team-matrix"))
    head = [translate("Report", "Team member"), *(role.label for role in Role)]
    rows = []
    small = st.cell_center.clone("rc", fontSize=7.5)
    for m in r.team:
        held = dict(m.roles)
        cells: list[Flowable | str] = [rich(f"<b>{markup(m.name)}</b><br/>{markup(m.function)}", st.cell)]
        for role in Role:
            strength = held.get(role)
            text = (
                ""
                if strength is None
                else (
                    "● " + markup(translate("Report", "primary"))
                    if strength is RoleStrength.PRIMARY
                    else "○ " + markup(translate("Report", "backup"))
                )
            )
            cells.append(rich(text, small))
        rows.append(cells)
    extra: list[tuple[Any, ...]] = []
    if r.internal is not None and r.internal.coverage:
        look = {
            Coverage.COVERED: (translate("Report", "Covered"), GOOD, SOFT_GOOD),
            Coverage.THIN: (translate("Report", "Thin"), WARN, SOFT_WARN),
            Coverage.UNCOVERED: (translate("Report", "GAP"), BAD, SOFT_BAD),
        }
        by_role = {c.role: c for c in r.internal.coverage}
        last: list[Flowable | str] = [rich("<b>" + markup(translate("Report", "Coverage")) + "</b>", st.cell)]
        for col, role in enumerate(Role, start=1):
            text, fg, bg = look[by_role[role].coverage] if role in by_role else look[Coverage.UNCOVERED]
            last.append(rich(f"<b>{markup(text)}</b>", small.clone("cov", textColor=fg)))
            extra.append(("BACKGROUND", (col, len(rows) + 1), (col, len(rows) + 1), bg))
        rows.append(last)
    out.append(
        data_table(
            head,
            rows,
            ctx.cols(1.6, *([1] * len(Role))),
            st,
            extra=extra,
            zebra=False,
            head_style=st.cell_head.clone("matrix_head", fontSize=7, leading=8.5),
        )
    )
    gaps = [
        c.role.label for c in (r.internal.coverage if r.internal else ()) if c.coverage is Coverage.UNCOVERED
    ]
    if gaps:
        out.append(
            para(
                fill(
                    translate(
                        "Report",
                        "Uncovered roles: %1. A role is covered by a primary holder; backup only is thin.",
                    ),
                    ", ".join(gaps),
                ),
                st.muted,
            )
        )
    if r.internal is not None and r.internal.fluency:
        out.append(ctx.h2(translate("Report", "Fluency (internal)"), "team-fluency"))
        head2 = [translate("Report", "Team member"), *(a.label for a in r.internal.fluency_areas)]
        rows2: list[list[Flowable | str]] = []
        extra2: list[tuple[Any, ...]] = []
        for y, f in enumerate(r.internal.fluency, start=1):
            rows2.append(
                [
                    rich(f"<b>{markup(f.member)}</b>", st.cell),
                    *(rich(str(v) if v else "–", small) for v in f.ratings),
                ]
            )
            for x, v in enumerate(f.ratings, start=1):
                if v is not None and v <= 2:
                    extra2.append(("BACKGROUND", (x, y), (x, y), SOFT_BAD))
        out.append(
            data_table(
                head2,
                rows2,
                ctx.cols(1.6, *([1.2] * len(r.internal.fluency_areas))),
                st,
                extra=extra2,
                zebra=False,
                head_style=st.cell_head.clone("fluency_head", fontSize=7, leading=8.5),
            )
        )
        out.append(para(translate("Report", "Ratings 1-5, latest per area; 1-2 highlighted."), st.figure))
    return out


SECTION_BUILDERS = {"action_plan": action_plan, "execution": execution, "review": review, "team": team}
