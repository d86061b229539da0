"""The account plan PDF: cover, contents with page numbers, one section per phase.

``render_plan(report, out, paper)`` writes the PDF for a ``PlanReport`` read model. Whether it
is the internal or the customer edition is decided by the read model (the customer one holds
no internal data at all); the renderer only adapts wording and columns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kam_desktop.i18n import language, translate
from kam_desktop.report import fonts
from kam_desktop.report import formatting as fmt
from kam_desktop.report.canvas import numbered_canvas
from kam_desktop.report.contents import OnePassContents, headings
from kam_desktop.report.models import SECTION_TITLES, Paper, PlanReport
from kam_desktop.report.models_joint import JointPlan
from kam_desktop.report.plan_sections import SectionContext, build_section
from kam_desktop.report.sections_joint import JointContext, joint_story
from kam_desktop.report.styles import ACCENT, MUTED, NAVY, RULE, Heading, Styles, make_styles, para, rich
from kam_desktop.report.text import fill, fit, isolate, joined, markup, one_line
from kam_desktop.report.text import fill as fmt_

Progress = Callable[[float, str], None]
PAGE_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}
MARGIN = 18 * mm


class _PlanDoc(BaseDocTemplate):
    def __init__(self, target: Any, report: PlanReport, paper: Paper, progress: Progress | None) -> None:
        size = PAGE_SIZES[paper]
        super().__init__(
            target,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=fill(translate("Report", "Account plan – %1"), one_line(report.account_name)),
            author=one_line(report.prepared_by or report.company),
            subject=translate("Report", "Customer edition")
            if report.is_customer
            else translate("Report", "Internal edition"),
            creator="KAM Desktop",
            lang=language(),
            displayDocTitle=1,
        )
        self.report = report
        self._progress = progress
        self._pass = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._cover_page),
                PageTemplate(id="body", frames=[frame], onPage=self._body_page),
            ]
        )

    # -- page decorations -----------------------------------------------------------------------

    def _cover_page(self, canvas: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.showOutline()
        canvas.setFillColor(NAVY)
        canvas.rect(0, height - 62 * mm, width, 62 * mm, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 64 * mm, width, 2 * mm, stroke=0, fill=1)
        canvas.setFillColor("#cfe0ee")
        canvas.setFont(fonts.BOLD, 13)
        kicker = (
            translate("Report", "OUR JOINT PLAN")
            if self.report.is_customer
            else translate("Report", "ACCOUNT PLAN  ·  INTERNAL EDITION")
        )
        canvas.drawString(MARGIN, height - 30 * mm, kicker)
        canvas.setFillColor("#ffffff")
        canvas.setFont(fonts.REGULAR, 12)
        canvas.drawString(
            MARGIN, height - 40 * mm, fmt.period(self.report.period_start, self.report.period_end)
        )
        canvas.setFont(fonts.REGULAR, 9)
        canvas.setFillColor("#cfe0ee")
        prepared = ", ".join(x for x in (one_line(self.report.company),) if x)
        if prepared:
            canvas.drawString(MARGIN, height - 48 * mm, _fit(prepared, width - 2 * MARGIN))
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        top = height - MARGIN + 2 * mm
        canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        # the right part first; the left gets what is left, measured in the font it is drawn in
        right = fmt.period(self.report.period_start, self.report.period_end)
        room = width - 2 * MARGIN - stringWidth(right, fonts.REGULAR, 8) - 8 * mm
        canvas.setFont(fonts.BOLD, 8)
        canvas.setFillColor(NAVY)
        left = (
            translate("Report", "Our joint plan")
            if self.report.is_customer
            else translate("Report", "Account plan")
        )
        canvas.drawString(
            MARGIN, top, fit(f"{left} · {isolate(one_line(self.report.account_name))}", room, fonts.BOLD, 8)
        )
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, top, right)
        bottom = MARGIN - 2 * mm
        canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        label = (
            fill(translate("Report", "Prepared for %1"), one_line(self.report.account_name))
            if self.report.is_customer
            else translate("Report", "INTERNAL – CONFIDENTIAL: not for the customer")
        )
        canvas.setFillColor(MUTED if self.report.is_customer else ACCENT)
        canvas.drawString(MARGIN, bottom, _fit(label, width * 0.55))
        canvas.restoreState()

    # -- contents -------------------------------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.toc_key, level=flowable.toc_level)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_markup, self.page))

    def handle_documentBegin(self) -> None:
        self._pass += 1
        if self._progress:
            self._progress(
                min(0.95, 0.5 + 0.2 * self._pass),
                fill(translate("Report", "Laying out pages (pass %1)"), self._pass),
            )
        super().handle_documentBegin()


def _fit(text: str, width: float) -> str:
    from kam_desktop.report.text import fit

    return fit(text, width, fonts.REGULAR, 8)


def _cover(report: PlanReport, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 46 * mm)]
    out.append(para(report.account_name, st.title))
    sub = joined(" · ", (x for x in (report.industry, report.region) if x.strip()))
    if sub:
        out.append(para(sub, st.subtitle))
    out.append(Spacer(1, 10 * mm))
    edition = (
        translate("Report", "Customer edition")
        if report.is_customer
        else translate("Report", "Internal edition – confidential")
    )
    rows = [
        (translate("Report", "Account"), report.account_name),
        (translate("Report", "Plan period"), fmt.period(report.period_start, report.period_end)),
        (
            translate("Report", "Prepared by"),
            joined(", ", (x for x in (report.prepared_by, report.company) if x.strip())) or "–",
        ),
        (translate("Report", "Date"), fmt.date(report.generated_on)),
        (translate("Report", "Edition"), edition),
    ]
    table = Table(
        [[rich(f"<b>{markup(k)}</b>", st.cover_meta), para(v, st.cover_meta)] for k, v in rows],
        colWidths=[40 * mm, width - 40 * mm],
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out.append(table)
    out.append(Spacer(1, 10 * mm))
    if report.is_customer:
        out.append(
            para(
                translate(
                    "Report",
                    "This document sets out what we intend to achieve together during the plan period: the "
                    "shared goals, what we have learned about your priorities, the actions agreed and how we "
                    "will measure progress. We look forward to reviewing it with you.",
                ),
                st.body,
            )
        )
    else:
        out.append(
            para(
                translate(
                    "Report",
                    "Internal working document. It contains our assessments of people, competitors and "
                    "commercial figures. Use the customer edition for anything shared outside our company.",
                ),
                st.body.clone("warn_body", textColor=ACCENT),
            )
        )
    return out


def build_story(
    report: PlanReport, st: Styles, width: float, progress: Progress | None = None, height: float = 700.0
) -> list[Flowable]:
    doc_height_share = height
    story: list[Flowable] = [NextPageTemplate("body"), *_cover(report, st, width), PageBreak()]
    toc = OnePassContents(dotsMinLevel=0)
    # a little tighter than the body, so the contents of a full plan fit one Letter page
    toc.levelStyles = [st.toc1.clone("toc1_tight", leading=14), st.toc2.clone("toc2_tight", leading=11.5)]
    story += [para(translate("Report", "Contents"), st.h1), Spacer(1, 4), toc, PageBreak()]
    ctx = SectionContext(report=report, st=st, width=width)
    chosen = [s for s in report.sections]
    for index, key in enumerate(chosen):
        if progress:
            progress(
                0.15 + 0.35 * index / max(1, len(chosen)),
                fill(translate("Report", "Preparing %1"), SECTION_TITLES[key].lower()),
            )
        story += build_section(key, ctx)
        if index < len(chosen) - 1:  # sections flow: a new page only when little of this one is left
            story += [Spacer(1, 14), CondPageBreak(doc_height_share * 0.3)]
    toc.expect(headings(story))  # so the contents are drawn right in the first pass
    return story


def render_plan(
    report: PlanReport | JointPlan,
    out: str | Path | BinaryIO,
    paper: Paper = Paper.A4,
    progress: Progress | None = None,
) -> int:
    """Write the plan PDF to ``out``; return the number of pages.

    A ``JointPlan`` is the customer edition (the joint plan written to the customer); a
    ``PlanReport`` of the internal edition is our working document.
    """
    fonts.register_fonts()
    target: Any = str(out) if isinstance(out, Path) else out
    st = make_styles()
    if isinstance(report, JointPlan):
        joint = _JointDoc(target, report, paper)
        story = [NextPageTemplate("body"), *_joint_cover(report, st), PageBreak()]
        story += joint_story(JointContext(report, st, joint.width))
        if len(story) == 3:  # nothing shared yet: the cover alone
            story = story[:2]
        if progress:
            progress(0.5, translate("Report", "Laying out pages"))
        joint.multiBuild(story, canvasmaker=numbered_canvas(skip_first=True, margin=MARGIN), maxPasses=4)
        if progress:
            progress(1.0, translate("Report", "Done"))
        return int(joint.page)
    if report.is_customer:
        raise ValueError("the customer edition is drawn from a JointPlan, not from a PlanReport")
    doc = _PlanDoc(target, report, paper, progress)
    story = build_story(report, st, doc.width, progress, doc.height)
    doc.multiBuild(story, canvasmaker=numbered_canvas(skip_first=True, margin=MARGIN), maxPasses=6)
    if progress:
        progress(1.0, translate("Report", "Done"))
    return int(doc.page)


# --- the joint plan (customer edition) ------------------------------------------------------------


def joint_title(plan: JointPlan) -> str:
    """The document's title, as its cover says it."""
    return fmt_(translate("Report", "Our joint plan – %1"), one_line(plan.account_name))


def _partners(plan: JointPlan) -> str:
    ours = one_line(plan.our_company)
    theirs = one_line(plan.account_name)
    return fmt_(translate("Report", "%1 and %2"), theirs, ours) if ours else theirs


class _JointDoc(BaseDocTemplate):
    def __init__(self, target: Any, plan: JointPlan, paper: Paper) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZES[paper],
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=joint_title(plan),
            author=one_line(plan.our_company or plan.prepared_by),
            subject=_partners(plan),
            creator="KAM Desktop",
            lang=language(),
            displayDocTitle=1,
        )
        self.plan = plan
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._cover_page),
                PageTemplate(id="body", frames=[frame], onPage=self._body_page),
            ]
        )

    def _cover_page(self, canvas: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.showOutline()
        canvas.setFillColor(NAVY)
        canvas.rect(0, height - 62 * mm, width, 62 * mm, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 64 * mm, width, 2 * mm, stroke=0, fill=1)
        canvas.setFillColor("#cfe0ee")
        canvas.setFont(fonts.BOLD, 13)
        canvas.drawString(MARGIN, height - 30 * mm, translate("Report", "OUR JOINT PLAN"))
        canvas.setFillColor("#ffffff")
        canvas.setFont(fonts.REGULAR, 12)
        text = fmt.period(self.plan.period_start, self.plan.period_end)
        canvas.drawString(MARGIN, height - 40 * mm, fit(text, width - 2 * MARGIN, fonts.REGULAR, 12))
        canvas.setFont(fonts.REGULAR, 9)
        canvas.setFillColor("#cfe0ee")
        canvas.drawString(
            MARGIN, height - 48 * mm, fit(_partners(self.plan), width - 2 * MARGIN, fonts.REGULAR, 9)
        )
        canvas.restoreState()

    def _body_page(self, canvas: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        top = height - MARGIN + 2 * mm
        canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        # right part first, then the left part gets what is left: measured in the drawn fonts
        right = fmt.period(self.plan.period_start, self.plan.period_end)
        right_width = min(stringWidth(right, fonts.REGULAR, 8), (width - 2 * MARGIN) * 0.4)
        right = fit(right, right_width, fonts.REGULAR, 8)
        left_room = width - 2 * MARGIN - right_width - 8 * mm
        canvas.setFont(fonts.BOLD, 8)
        canvas.setFillColor(NAVY)
        canvas.drawString(MARGIN, top, fit(joint_title(self.plan), left_room, fonts.BOLD, 8))
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, top, right)
        bottom = MARGIN - 2 * mm
        canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        label = fmt_(
            translate("Report", "Version %1 · %2"), self.plan.version, fmt.date(self.plan.generated_on)
        )
        canvas.drawString(MARGIN, bottom, fit(label, (width - 2 * MARGIN) * 0.55, fonts.REGULAR, 8))
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.toc_key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.toc_key, level=flowable.toc_level)


def _joint_cover(plan: JointPlan, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 46 * mm), para(plan.account_name, st.title)]
    if plan.our_company.strip():
        out.append(para(fmt_(translate("Report", "together with %1"), plan.our_company), st.subtitle))
    out.append(Spacer(1, 10 * mm))
    rows = [
        (translate("Report", "Plan period"), fmt.period(plan.period_start, plan.period_end)),
        (translate("Report", "Version"), str(plan.version)),
        (translate("Report", "Date"), fmt.date(plan.generated_on)),
    ]
    if plan.prepared_by.strip():
        rows.append((translate("Report", "Prepared by"), plan.prepared_by))
    table = Table(
        [[rich(f"<b>{markup(k)}</b>", st.cover_meta), para(v, st.cover_meta)] for k, v in rows],
        colWidths=[48 * mm, None],  # "Periodo del piano" on one line
        hAlign="LEFT",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out += [table, Spacer(1, 10 * mm)]
    counts = plan.section_counts()
    if any(counts.values()):
        intro = translate(
            "Report",
            "This is the plan we have agreed to pursue together: your priorities as you told us, "
            "the value delivered so far, our joint objectives and who does what on both sides. "
            "We look forward to reviewing it with you.",
        )
    else:
        intro = translate("Report", "We are preparing this plan together with you; its contents will follow.")
    out.append(para(intro, st.body))
    return out
