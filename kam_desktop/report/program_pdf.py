"""The program report PDF (internal by nature): the charter as the first page, then the 9
success factors with the latest rating, the trend and the evidence, the history, internal trust
and division cooperation, leadership support, "KAM is not selling" and the advice.

Input: ``kam_desktop.domain.program.ProgramReport`` (a frozen read model). Every user text goes
through ``para``/``markup`` (never interpreted as markup); every text of ours through
``translate``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus.doctemplate import BaseDocTemplate

from kam_desktop.domain import program as d
from kam_desktop.domain.program_method import (
    CORE_DEFINITION,
    CUSTOMER_WANTS,
    LEADERSHIP_QUESTIONS,
    SUCCESS_FACTORS,
    TRUST_QUESTIONS,
    WHY_INTRO,
    WHY_IT_MATTERS,
    WHY_SOURCE,
    text,
)
from kam_desktop.i18n import translate
from kam_desktop.report import fonts
from kam_desktop.report import formatting as f
from kam_desktop.report.canvas import numbered_canvas
from kam_desktop.report.styles import (
    ACCENT,
    MUTED,
    NAVY,
    RULE,
    Paragraph,
    Styles,
    data_table,
    empty_note,
    kv_table,
    make_styles,
    para,
    rich,
)
from kam_desktop.report.text import fill as fmt
from kam_desktop.report.text import fit, markup, one_line

MARGIN = 16 * mm


class _ProgramDoc(BaseDocTemplate):
    def __init__(self, out: Any, report: d.ProgramReport) -> None:
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN + 2 * mm,
            title=translate("Program", "KAM program report"),
            author="KAM Desktop",
        )
        self.report = report
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._page)])

    def _page(self, canvas: Canvas, _doc: Any) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        top = height - MARGIN + 2 * mm
        canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        canvas.setFont(fonts.BOLD, 8)
        canvas.setFillColor(NAVY)
        company = one_line(self.report.company_name)
        head = translate("Program", "KAM program report") + (f" · {company}" if company else "")
        canvas.drawString(MARGIN, top, fit(head, width * 0.6, fonts.BOLD, 8))
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, top, f.date(self.report.generated_on))
        canvas.setFillColor(ACCENT)
        canvas.drawString(
            MARGIN, MARGIN - 2 * mm, translate("Program", "INTERNAL – the program's self-assessment")
        )
        canvas.restoreState()


def _one_decimal(value: float) -> str:
    """An average rating with one decimal, the export language's way: '3,5' / '3.5'."""
    from decimal import Decimal

    from kam_desktop.domain import numbers

    return numbers.format_decimal(Decimal(str(round(float(value), 1))), f.locale(), 1)


def _rating(value: int | None) -> str:
    return "–" if value is None else f"{value}/5"


def _charter_page(r: d.ProgramReport, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        para(
            translate("Program", "Our charter for key account management"),
            st.title.clone("charter_title", fontSize=22, leading=27),
        ),
        para(
            fmt(
                translate("Program", "Prepared by %1 on %2"),
                one_line(r.user_name) or translate("Program", "the key account manager"),
                f.date(r.generated_on),
            ),
            st.muted,
        ),
        Spacer(1, 4),
        para(text(CORE_DEFINITION), st.body.clone("definition", fontSize=11, leading=15, textColor=NAVY)),
    ]
    if r.definition.strip():
        story += [para(translate("Program", "In our words"), st.h3), para(r.definition, st.body)]
    story.append(para(translate("Program", "The six components"), st.h2))
    rows = []
    for item in r.charter.items:
        decided = (
            fmt(translate("Program", "%1 on %2"), item.decision.label, f.date(item.decided_on))
            if item.decision is not None
            else translate("Program", "Not decided yet")
        )
        rows.append(
            [
                para(str(item.component), st.cell_bold),
                para(text(item.statement), st.cell),
                para(decided, st.cell_bold if item.decision else st.cell),
                para(item.our_words or "–", st.cell),
            ]
        )
    story.append(
        data_table(
            [
                "#",
                translate("Program", "Component"),
                translate("Program", "Decision"),
                translate("Program", "What it means for us"),
            ],
            rows,
            [16, width * 0.40, width * 0.17, width - 16 - width * 0.57],
            st,
        )
    )
    story.append(Spacer(1, 6))
    story.append(para(fmt(translate("Program", "%1 of 6 components decided."), r.charter.decided), st.muted))
    story.append(para(translate("Program", "Why it matters"), st.h3))
    figures = "".join(
        f"<b>{markup(fig.value(f.locale()))}</b> {markup(text(fig.claim))}<br/>" for fig in WHY_IT_MATTERS
    )
    story.append(rich(f"{markup(text(WHY_INTRO))}<br/>{figures}", st.small))
    story.append(para(text(WHY_SOURCE), st.small))
    return story


def _factors(r: d.ProgramReport, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), para(translate("Program", "The nine success factors"), st.h1)]
    latest = r.latest
    if latest is None:
        story += empty_note(
            translate("Program", "No self-assessment yet: rate the nine factors on the Program page."), st
        )
    else:
        overall = latest.overall
        story.append(
            para(
                fmt(
                    translate("Program", "Latest self-assessment: %1 - overall %2 of 5 (trend %3)."),
                    f.date(latest.assessed_on),
                    "–" if overall is None else _one_decimal(overall),
                    d.trend_label(d.trend(d.overall_history(r.assessments))),
                ),
                st.body,
            )
        )
    rows = []
    for factor in SUCCESS_FACTORS:
        history = d.factor_history(r.assessments, factor.number)
        rating = latest.rating(factor.number) if latest else None
        trend = " → ".join(str(int(v)) for _day, v in history[-4:]) or "–"
        if len(history) >= 2:
            trend += f" ({d.trend_label(d.trend([(day, float(v)) for day, v in history]))})"
        ev = r.evidence.get(factor.number)
        own = latest.ratings[factor.number - 1] if latest else None
        evidence = ev.as_text() if ev is not None else text(d.NOT_MEASURED)
        if own is not None and own.evidence.strip():
            evidence = fmt(translate("Program", "%1\nOurs: %2"), evidence, own.evidence)
        notes = own.notes if own is not None else ""
        rows.append(
            [
                para(f"{factor.number}. {text(factor.title)}", st.cell_bold),
                para(_rating(rating), st.cell_center),
                para(trend, st.cell),
                para(evidence, st.cell),
                para(notes, st.cell),
            ]
        )
    story.append(
        data_table(
            [
                translate("Program", "Success factor"),
                translate("Program", "Latest"),
                translate("Program", "Trend"),
                translate("Program", "Evidence"),
                translate("Program", "Notes"),
            ],
            rows,
            [width * 0.24, 38, width * 0.13, width * 0.36, width - 38 - width * 0.73],
            st,
        )
    )
    if len(r.assessments) > 1:
        story.append(para(translate("Program", "History"), st.h2))
        shown = r.assessments[-6:]
        head = [translate("Program", "Factor"), *(f.date(a.assessed_on) for a in shown)]
        hist_rows = [
            [
                para(f"{fac.number}. {text(fac.title)}", st.cell),
                *(para(_rating(a.rating(fac.number)), st.cell_center) for a in shown),
            ]
            for fac in SUCCESS_FACTORS
        ]
        hist_rows.append(
            [
                para(translate("Program", "Overall"), st.cell_bold),
                *(para("–" if a.overall is None else _one_decimal(a.overall), st.cell_center) for a in shown),
            ]
        )
        col = (width * 0.45) / len(shown)
        story.append(data_table(head, hist_rows, [width * 0.55, *([col] * len(shown))], st))
    return story


def _rubrics(st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [para(translate("Program", "What the levels look like"), st.h2)]
    rows = [
        [
            para(f"{fac.number}. {text(fac.title)}", st.cell_bold),
            para(text(fac.rubric[0]), st.cell),
            para(text(fac.rubric[4]), st.cell),
        ]
        for fac in SUCCESS_FACTORS
    ]
    story.append(
        data_table(
            [translate("Program", "Success factor"), "1", "5"],
            rows,
            [width * 0.26, width * 0.37, width * 0.37],
            st,
        )
    )
    return story


def _trust(r: d.ProgramReport, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(),
        para(translate("Program", "Internal trust and collaboration"), st.h1),
    ]
    rows = []
    for answer, question in zip(r.trust, TRUST_QUESTIONS, strict=True):
        rows.append(
            [
                para(f"{answer.question}. {text(question)}", st.cell_bold),
                para(answer.answer or translate("Program", "Not answered yet"), st.cell),
                para(_rating(answer.rating), st.cell_center),
            ]
        )
    story.append(
        data_table(
            [
                translate("Program", "Question"),
                translate("Program", "Our answer"),
                translate("Program", "Rating"),
            ],
            rows,
            [width * 0.38, width * 0.5, width * 0.12],
            st,
        )
    )
    story.append(para(translate("Program", "Our divisions on key accounts"), st.h2))
    if not r.cooperation:
        story += empty_note(translate("Program", "No division recorded on a key account yet."), st)
    else:
        coop = [
            [
                para(c.account_name, st.cell_bold),
                para(c.division, st.cell),
                para(c.involvement, st.cell),
                para(_rating(c.rating), st.cell_center),
            ]
            for c in r.cooperation
        ]
        story.append(
            data_table(
                [
                    translate("Program", "Key account"),
                    translate("Program", "Our division"),
                    translate("Program", "How it is involved"),
                    translate("Program", "Cooperation"),
                ],
                coop,
                [width * 0.24, width * 0.22, width * 0.40, width * 0.14],
                st,
            )
        )
    return story


def _leadership(r: d.ProgramReport, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [para(translate("Program", "Leadership support"), st.h1)]
    if not r.leadership:
        story += empty_note(translate("Program", "No leadership cycle recorded yet."), st)
        for i, q in enumerate(LEADERSHIP_QUESTIONS, start=1):
            story.append(para(f"{i}. {text(q)}", st.body))
        return story
    for cycle in r.leadership[:4]:
        story.append(para(fmt(translate("Program", "Review cycle of %1"), f.date(cycle.cycle_on)), st.h3))
        pairs: list[tuple[str, Flowable | str]] = [
            (text(q), cycle.answers[i] or translate("Program", "Not answered yet"))
            for i, q in enumerate(LEADERSHIP_QUESTIONS)
        ]
        pairs += [
            (translate("Program", "Budget asked for"), f.money(cycle.budget_asked, r.currency, "–")),
            (translate("Program", "Budget granted"), f.money(cycle.budget_granted, r.currency, "–")),
            (translate("Program", "People and resources asked for"), cycle.resources_asked or "–"),
            (translate("Program", "People and resources granted"), cycle.resources_granted or "–"),
        ]
        story.append(kv_table(pairs, width, st, label_width=width * 0.42))
    return story


def _selling(r: d.ProgramReport, st: Styles, width: float) -> list[Flowable]:
    from kam_desktop.domain.program_method import SELLING_VS_KAM

    story: list[Flowable] = [
        para(translate("Program", "KAM is not selling"), st.h1),
        para(text(SELLING_VS_KAM), st.body),
    ]
    rows = []
    for want, item in zip(CUSTOMER_WANTS, r.reflections, strict=True):
        linked = (
            fmt(translate("Program", "%1 decision makers"), item.linked)
            if want.focus is None
            else fmt(translate("Program", "%1 %2 objectives"), item.linked, want.focus.label.lower())
        )
        rows.append(
            [
                para(f"{want.number}. {text(want.want)}", st.cell_bold),
                para(f"{text(want.selling)}\n{text(want.kam)}", st.cell),
                para(linked, st.cell),
                para(item.reflection or "–", st.cell),
            ]
        )
    story.append(
        data_table(
            [
                translate("Program", "Customers want"),
                translate("Program", "Selling / account management"),
                translate("Program", "In our plans"),
                translate("Program", "Our reflection"),
            ],
            rows,
            [width * 0.22, width * 0.33, width * 0.15, width * 0.30],
            st,
        )
    )
    return story


def _advice(r: d.ProgramReport, st: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [para(translate("Program", "Advice"), st.h1)]
    if not r.advice:
        story += empty_note(
            translate("Program", "No factor is rated 2 or lower in the latest assessment."), st
        )
        return story
    rows = [
        [
            para(f"{a.factor}. {text(SUCCESS_FACTORS[a.factor - 1].title)}", st.cell_bold),
            para(_rating(a.rating), st.cell_center),
            para(text(a.text), st.cell),
            para(text(a.screen_label), st.cell),
        ]
        for a in r.advice
    ]
    story.append(
        data_table(
            [
                translate("Program", "Success factor"),
                translate("Program", "Latest"),
                translate("Program", "What to do"),
                translate("Program", "Where"),
            ],
            rows,
            [width * 0.27, 38, width * 0.46, width * 0.27 - 38],
            st,
        )
    )
    return story


def build_program_story(r: d.ProgramReport, st: Styles, width: float) -> list[Flowable]:
    story = _charter_page(r, st, width)
    story += _factors(r, st, width)
    story += _rubrics(st, width)
    story += _trust(r, st, width)
    story += _leadership(r, st, width)
    story += [PageBreak()]
    story += _selling(r, st, width)
    story += _advice(r, st, width)
    return story


def render_program(report: d.ProgramReport, out: str | Path | BinaryIO) -> int:
    """Write the program report to ``out``; return the number of pages."""
    fonts.register_fonts()
    st = make_styles()
    doc = _ProgramDoc(out, report)
    doc.build(
        build_program_story(report, st, doc.width),
        canvasmaker=numbered_canvas(skip_first=False, margin=MARGIN),
    )
    return int(doc.page)


__all__ = ["Paragraph", "build_program_story", "render_program"]
