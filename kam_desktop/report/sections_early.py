"""Plan sections: executive summary, strategy, research."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from kam_desktop.domain.enums import GrowthFocus, Phase, ResearchStatus, TopicDecision
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.report import formatting as fmt
from kam_desktop.report.charts import org_chart
from kam_desktop.report.models import ObjectiveRow, StakeholderRow
from kam_desktop.report.section_base import (
    HEALTH_COLOURS,
    STATUS_COLOURS,
    SectionContext,
    callout,
    chip,
    internal_badge,
    phase_line,
)
from kam_desktop.report.styles import SOFT_WARN, WARN, data_table, kv_table, para, rich
from kam_desktop.report.text import fill, joined, markup

NOT_PLANNED = QT_TRANSLATE_NOOP("Report", "Not yet planned")
TOPIC_WORDING = {
    TopicDecision.FOCUS: QT_TRANSLATE_NOOP("Report", "Focus of this plan period"),
    TopicDecision.NOT_THIS_PERIOD: QT_TRANSLATE_NOOP("Report", "Not a focus this period"),
    TopicDecision.UNDECIDED: QT_TRANSLATE_NOOP("Report", "Not yet decided"),
}


def _objective_cell(ctx: SectionContext, o: ObjectiveRow) -> Flowable:
    badge = internal_badge(ctx.st) if o.internal else ""
    return rich(markup(o.description) + badge, ctx.st.cell)


def objectives_table(ctx: SectionContext, objectives: tuple[ObjectiveRow, ...]) -> list[Flowable]:
    if not objectives:
        return ctx.empty(
            translate("Report", "Not yet planned: no objectives have been set for the growth topics.")
        )
    rows: list[list[Flowable | str]] = []
    for focus in GrowthFocus:
        for o in (o for o in objectives if o.focus is focus):
            rows.append(
                [
                    rich(f"<b>{markup(focus.label)}</b>", ctx.st.cell),
                    _objective_cell(ctx, o),
                    o.measurable_target or "–",
                    fmt.date(o.due_date),
                ]
            )
    return [
        data_table(
            (
                translate("Report", "Growth topic"),
                translate("Report", "Objective"),
                translate("Report", "Measurable target"),
                translate("Report", "Due"),
            ),
            rows,
            ctx.cols(1.1, 2.6, 2.2, 0.9),
            ctx.st,
        )
    ]


def strategy_statement(ctx: SectionContext) -> list[Flowable]:
    s = ctx.report.strategy
    if s is None or s.is_empty:
        return ctx.empty(
            translate(
                "Report",
                "Not yet planned: the strategy statement (what, with whom, why) has not been written yet.",
            )
        )
    return [
        kv_table(
            [
                (translate("Report", "What we intend to do"), s.what or translate("Report", NOT_PLANNED)),
                (translate("Report", "With whom"), s.with_whom or translate("Report", NOT_PLANNED)),
                (translate("Report", "Why"), s.why or translate("Report", NOT_PLANNED)),
            ],
            ctx.width,
            ctx.st,
            label_width=120,
        )
    ]


# --- executive summary -----------------------------------------------------------------------


def summary(ctx: SectionContext) -> list[Flowable]:
    r, st = ctx.report, ctx.st
    out: list[Flowable] = [ctx.h1(translate("Report", "Executive summary"), "summary")]
    if r.is_customer:
        intro = fill(
            translate(
                "Report",
                "Our joint plan with %1 for %2: what we intend to achieve together and how we will get there.",
            ),
            r.account_name,
            fmt.period(r.period_start, r.period_end),
        )
    else:
        intro = fill(
            translate("Report", "Account plan for %1, %2."),
            r.account_name,
            fmt.period(r.period_start, r.period_end),
        )
        if r.rigour is not None:
            intro += " " + fill(translate("Report", "Planned in %1 rigour."), r.rigour.label.lower())
    out.append(para(intro, st.body))
    if r.description.strip():
        out.append(para(r.description, st.body))
    if not r.has_plan:
        out += ctx.empty(
            translate("Report", "Not yet planned: there is no account plan for this account yet.")
        )
    if r.internal is not None:
        i = r.internal
        facts = [
            (translate("Report", "Status"), i.account_status),
            (
                translate("Report", "Identification score"),
                i.score_label
                + (
                    " " + fill(translate("Report", "(assessed %1)"), fmt.date(i.assessed_on))
                    if i.assessed_on
                    else ""
                ),
            ),
            (translate("Report", "Revenue now"), fmt.money(i.current_revenue, i.currency)),
            (translate("Report", "Revenue target"), fmt.money(i.revenue_target, i.currency)),
            (translate("Report", "Revenue potential"), fmt.money(i.potential_revenue, i.currency)),
        ]
        out += [
            ctx.h2(translate("Report", "Key figures (internal)"), "summary-figures"),
            kv_table(facts, ctx.width, st, label_width=140),
        ]
    out += [ctx.h2(translate("Report", "Health"), "summary-health")]
    if r.last_review is not None:
        fg, bg = HEALTH_COLOURS[r.last_review.health]
        out += [
            chip(r.last_review.health.label, fg, bg, st, width=90),
            Spacer(1, 3),
            para(
                fill(translate("Report", "As of the review of %1."), fmt.date(r.last_review.held_on)),
                st.muted,
            ),
        ]
    else:
        out += ctx.empty(
            translate("Report", "Not yet planned: no review has been held yet, so there is no health rating.")
        )
    out += [ctx.h2(translate("Report", "Strategy statement"), "summary-strategy"), *strategy_statement(ctx)]
    out += [
        ctx.h2(translate("Report", "Objectives by growth topic"), "summary-objectives"),
        *objectives_table(ctx, r.objectives),
    ]
    if r.phases:
        out.append(ctx.h2(translate("Report", "Where the plan stands"), "summary-phases"))
        rows: list[list[Flowable | str]] = []
        for p in r.phases:
            fg, bg = STATUS_COLOURS[p.status]
            rows.append(
                [
                    rich(f"<b>{markup(p.phase.label)}</b>", st.cell),
                    chip(p.status.label, fg, bg, st, 80),
                    fmt.date(p.completed_on, ""),
                ]
            )
        out.append(
            data_table(
                (
                    translate("Report", "Phase"),
                    translate("Report", "Status"),
                    translate("Report", "Completed"),
                ),
                rows,
                ctx.cols(2, 1.4, 1.4),
                st,
                zebra=False,
            )
        )
    return out


# --- strategy ------------------------------------------------------------------------------------


def strategy(ctx: SectionContext) -> list[Flowable]:
    r, st = ctx.report, ctx.st
    out: list[Flowable] = [
        ctx.h1(translate("Report", "Strategy"), "strategy"),
        *phase_line(ctx, Phase.STRATEGY),
    ]
    out += [
        ctx.h2(translate("Report", "What, with whom and why"), "strategy-statement"),
        *strategy_statement(ctx),
    ]
    s = r.strategy
    if s is not None and (s.target_centres or s.target_stakeholders):
        pairs: list[tuple[str, Flowable | str]] = []
        if s.target_centres:
            pairs.append((translate("Report", "Divisions and sites"), joined(", ", s.target_centres)))
        if s.target_stakeholders:
            pairs.append((translate("Report", "People"), joined(", ", s.target_stakeholders)))
        out += [
            ctx.h3(translate("Report", "Who the plan focuses on")),
            kv_table(pairs, ctx.width, st, label_width=120),
        ]
    out.append(ctx.h2(translate("Report", "Growth topics"), "strategy-topics"))
    if s is None:
        out += ctx.empty(
            translate("Report", "Not yet planned: the growth topics have not been considered yet.")
        )
    else:
        rows: list[list[Flowable | str]] = []
        for focus, decision in s.topics:
            count = sum(1 for o in r.objectives if o.focus is focus)
            rows.append(
                [
                    rich(f"<b>{markup(focus.label)}</b>", st.cell),
                    translate("Report", TOPIC_WORDING[decision]),
                    translate("Report", "1 objective")
                    if count == 1
                    else fill(translate("Report", "%1 objectives"), count),
                ]
            )
        out.append(
            data_table(
                (
                    translate("Report", "Topic"),
                    translate("Report", "Decision"),
                    translate("Report", "Objectives"),
                ),
                rows,
                ctx.cols(1.3, 2.5, 1.2),
                st,
                zebra=False,
            )
        )
        out.append(
            para(
                translate(
                    "Report",
                    "Penetration: more divisions and sites; expansion: more of our offerings; "
                    "protection: keeping the relationship safe from competitors.",
                ),
                st.small,
            )
        )
    out += [
        ctx.h2(translate("Report", "Objectives"), "strategy-objectives"),
        *objectives_table(ctx, r.objectives),
    ]
    if r.internal is not None:
        i = r.internal
        verdict = {
            True: translate("Report", "Yes - remains a key account"),
            False: translate("Report", "No - to be reconsidered"),
            None: translate("Report", "Not decided yet"),
        }
        pairs = [(translate("Report", "Still a key account?"), verdict[i.still_key])]
        if i.qualification_note.strip():
            pairs.append((translate("Report", "Qualification note"), i.qualification_note))
        pairs.append((translate("Report", "Revenue target"), fmt.money(i.revenue_target, i.currency)))
        out += [
            ctx.h2(translate("Report", "Qualification (internal)"), "strategy-qualification"),
            kv_table(pairs, ctx.width, st, 140),
        ]
        notes = [
            (lbl, txt)
            for lbl, txt in (
                (translate("Report", "Account notes"), i.account_notes),
                (translate("Report", "Plan notes"), i.plan_notes),
                (translate("Report", "Assessment notes"), i.assessment_notes),
            )
            if txt.strip()
        ]
        if notes:
            out.append(ctx.h2(translate("Report", "Internal notes"), "strategy-notes"))
            block: list[Flowable] = []
            for lbl, txt in notes:
                block += [rich(f"<b>{markup(lbl)}</b>", st.h3), para(txt, st.body)]
            out.append(callout(block, ctx.width, border=WARN, background=SOFT_WARN))
    return out


# --- research ---------------------------------------------------------------------------------------


def _stakeholder_rows(ctx: SectionContext, people: tuple[StakeholderRow, ...]) -> list[Flowable]:
    st = ctx.st
    names = {p.id: p.name for p in people}
    if ctx.internal:
        header: tuple[str, ...] = (
            translate("Report", "Name and title"),
            translate("Report", "Division"),
            translate("Report", "Reports to"),
            translate("Report", "Our contact"),
            translate("Report", "Decision role"),
            translate("Report", "Infl."),
            translate("Report", "Attitude"),
            translate("Report", "Rel."),
        )
        widths = ctx.cols(2.2, 1.3, 1.3, 1.2, 1.2, 0.5, 1.3, 0.5)
    else:
        header = (
            translate("Report", "Name"),
            translate("Report", "Title"),
            translate("Report", "Division"),
            translate("Report", "Reports to"),
            translate("Report", "Our contact"),
        )
        widths = ctx.cols(1.6, 1.8, 1.3, 1.5, 1.3)
    rows: list[list[Flowable | str]] = []
    for p in people:
        boss = names.get(p.reports_to_id, "") if p.reports_to_id is not None else ""
        if ctx.internal:
            a = p.assessment
            rows.append(
                [
                    rich(f"<b>{markup(p.name)}</b><br/>{markup(p.title)}", st.cell),
                    p.buying_centre,
                    boss,
                    p.owner,
                    a.decision_role.label if a and a.decision_role else "–",
                    str(a.influence) if a and a.influence else "–",
                    a.attitude.label if a and a.attitude else "–",
                    str(a.relationship_strength) if a and a.relationship_strength else "–",
                ]
            )
        else:
            rows.append([rich(f"<b>{markup(p.name)}</b>", st.cell), p.title, p.buying_centre, boss, p.owner])
    return [data_table(header, rows, widths, st)]


def research(ctx: SectionContext) -> list[Flowable]:
    r, st = ctx.report, ctx.st
    out: list[Flowable] = [
        ctx.h1(translate("Report", "Research"), "research"),
        *phase_line(ctx, Phase.RESEARCH),
    ]
    out.append(ctx.h2(translate("Report", "What we have learned"), "research-answers"))
    answered_any = False
    for category in r.research:
        answered = [a for a in category.answers if a.status is ResearchStatus.ANSWERED and a.answer.strip()]
        if not answered:
            continue
        answered_any = True
        out.append(ctx.h3(f"{category.id}. {category.title}"))
        rows: list[list[Flowable | str]] = []
        for a in answered:
            badge = internal_badge(st) if a.internal else ""
            rows.append([rich(markup(a.question) + badge, st.cell_bold), a.answer, a.source or "–"])
        out.append(
            data_table(
                (
                    translate("Report", "Question"),
                    translate("Report", "Answer"),
                    translate("Report", "Source"),
                ),
                rows,
                ctx.cols(2.2, 3.0, 1.1),
                st,
            )
        )
    if not answered_any:
        out += ctx.empty(
            translate("Report", "Not yet planned: no research questions have been answered yet.")
        )
    out.append(ctx.h2(translate("Report", "Open questions"), "research-open"))
    open_rows: list[list[Flowable | str]] = []
    for category in r.research:
        for a in category.answers:
            if a.status in (ResearchStatus.NEEDS_RESEARCH, ResearchStatus.UNANSWERED):
                badge = internal_badge(st) if a.internal else ""
                open_rows.append(
                    [
                        rich(markup(a.question) + badge, st.cell),
                        category.title,
                        a.owner or "–",
                        fmt.date(a.due_date),
                    ]
                )
    if open_rows:
        out.append(
            data_table(
                (
                    translate("Report", "Question"),
                    translate("Report", "Topic"),
                    translate("Report", "Who finds out"),
                    translate("Report", "By"),
                ),
                open_rows,
                ctx.cols(3, 1.8, 1.2, 0.9),
                st,
            )
        )
    else:
        out += ctx.empty(translate("Report", "No open questions are recorded."))
    out.append(ctx.h2(translate("Report", "People and organisation"), "research-people"))
    if r.stakeholders:
        out += _stakeholder_rows(ctx, r.stakeholders)
        out.append(Spacer(1, 8))
        charts = org_chart(r.stakeholders, ctx.width, internal=ctx.internal)
        if charts:
            # the heading never stays behind alone at the foot of a page
            out.append(KeepTogether([ctx.h3(translate("Report", "Organisation chart")), charts[0]]))
            out += charts[1:]
            legend = (
                translate("Report", "Coloured edge = attitude (green supporter, grey neutral, red opponent).")
                if ctx.internal
                else translate("Report", "Reporting lines as we understand them.")
            )
            out.append(para(legend, st.figure))
        if ctx.internal:
            noted = [
                p
                for p in r.stakeholders
                if p.assessment and (p.assessment.cares_about.strip() or p.assessment.notes.strip())
            ]
            if noted:
                out.append(ctx.h3(translate("Report", "What they care about (internal)")))
                rows = [
                    [
                        rich(f"<b>{markup(p.name)}</b>", st.cell),
                        p.assessment.cares_about if p.assessment else "",
                        p.assessment.notes if p.assessment else "",
                    ]
                    for p in noted
                ]
                out.append(
                    data_table(
                        (
                            translate("Report", "Person"),
                            translate("Report", "Cares about"),
                            translate("Report", "Our notes"),
                        ),
                        rows,
                        ctx.cols(1.3, 2.3, 2.6),
                        st,
                    )
                )
    else:
        out += ctx.empty(
            translate("Report", "Not yet planned: no people at the account have been recorded yet.")
        )
    if r.internal is not None:
        out.append(ctx.h2(translate("Report", "Competitors (internal)"), "research-competitors"))
        if r.internal.competitors:
            rows = [
                [
                    rich(
                        f"<b>{markup(c.name)}</b><br/>"
                        + markup(fill(translate("Report", "Threat: %1"), c.threat_level.label)),
                        st.cell,
                    ),
                    c.presence,
                    rich(f"<b>+</b> {markup(c.strengths)}<br/><b>–</b> {markup(c.weaknesses)}", st.cell),
                    rich(
                        f"{markup(c.counter_strategy)}<br/><i>{markup(c.counter_status.label)}</i>", st.cell
                    ),
                ]
                for c in r.internal.competitors
            ]
            out.append(
                data_table(
                    (
                        translate("Report", "Competitor"),
                        translate("Report", "Presence"),
                        translate("Report", "Strengths / weaknesses"),
                        translate("Report", "Our counter-strategy"),
                    ),
                    rows,
                    ctx.cols(1.3, 1.6, 2.0, 2.1),
                    st,
                )
            )
        else:
            out += ctx.empty(translate("Report", "No competitors have been recorded at this account."))
    out.append(ctx.h2(translate("Report", "Trends affecting the business"), "research-trends"))
    if r.trends:
        out.append(
            data_table(
                (translate("Report", "Trend"), translate("Report", "Impact")),
                [[t.description, t.impact or "–"] for t in r.trends],
                ctx.cols(1, 1),
                st,
            )
        )
    else:
        out += ctx.empty(translate("Report", "Not yet planned: no trends have been recorded yet."))
    out.append(ctx.h2(translate("Report", "Needs"), "research-needs"))
    if r.needs:
        rows = [
            [
                n.description,
                str(n.priority) if n.priority else "–",
                n.buying_centre or "–",
                n.stakeholder or "–",
            ]
            for n in r.needs
        ]
        out.append(
            data_table(
                (
                    translate("Report", "Need"),
                    translate("Report", "Priority"),
                    translate("Report", "Division"),
                    translate("Report", "Raised by"),
                ),
                rows,
                ctx.cols(3, 0.8, 1.3, 1.4),
                st,
            )
        )
    else:
        out += ctx.empty(translate("Report", "Not yet planned: no needs have been recorded yet."))
    return out


SECTION_BUILDERS = {"summary": summary, "strategy": strategy, "research": research}
