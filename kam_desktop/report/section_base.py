"""What every plan section builder gets, and the small pieces they share."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from kam_desktop.domain.enums import Health, Phase, PhaseStatus
from kam_desktop.i18n import translate
from kam_desktop.report import fonts
from kam_desktop.report import formatting as fmt
from kam_desktop.report.models import PlanReport
from kam_desktop.report.styles import (
    BAD,
    GOOD,
    MUTED,
    RULE,
    SOFT_BAD,
    SOFT_GOOD,
    SOFT_WARN,
    WARN,
    FlowTable,
    Heading,
    Paragraph,
    Styles,
    empty_note,
)
from kam_desktop.report.text import fill, markup

STATUS_COLOURS = {
    PhaseStatus.DONE: (GOOD, SOFT_GOOD),
    PhaseStatus.IN_PROGRESS: (WARN, SOFT_WARN),
    PhaseStatus.NOT_STARTED: (MUTED, colors.HexColor("#eceff1")),
}
HEALTH_COLOURS = {
    Health.ON_TRACK: (GOOD, SOFT_GOOD),
    Health.AT_RISK: (WARN, SOFT_WARN),
    Health.OFF_TRACK: (BAD, SOFT_BAD),
}


@dataclass(frozen=True)
class SectionContext:
    report: PlanReport
    st: Styles
    width: float
    printed_long_texts: dict[str, str] = field(default_factory=dict)  # text -> where it is printed

    @property
    def internal(self) -> bool:
        return not self.report.is_customer

    def h1(self, text: str, key: str) -> Heading:
        return Heading(text, self.st.h1, 0, key)

    def h2(self, text: str, key: str) -> Heading:
        return Heading(text, self.st.h2, 1, key)

    def h3(self, text: str) -> Paragraph:
        return Paragraph(markup(text), self.st.h3)

    def empty(self, text: str) -> list[Flowable]:
        return empty_note(text, self.st)

    def cols(self, *fractions: float) -> list[float]:
        total = sum(fractions)
        return [self.width * f / total for f in fractions]


def chip(text: str, fg: colors.Color, bg: colors.Color, st: Styles, width: float = 70) -> Table:
    """A small coloured label (phase status, health)."""
    style = st.cell_bold.clone("chip", textColor=fg, fontSize=7.5, leading=9)
    table = Table([[Paragraph(markup(text), style)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), bg),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def phase_line(ctx: SectionContext, phase: Phase) -> list[Flowable]:
    """'Phase status: in progress' under a section heading."""
    status = ctx.report.phase_status(phase)
    fg, bg = STATUS_COLOURS[status]
    completed = next((p.completed_on for p in ctx.report.phases if p.phase is phase), None)
    label = fill(translate("Report", "Phase %1"), status.label.lower())
    if completed:
        label += f" ({fmt.date(completed, short=True)})"
    # as wide as its words in the drawn font: "Fase completata (15 apr 2026)" on one line
    width = min(ctx.width, max(150.0, stringWidth(label, fonts.BOLD, 7.5) + 14))
    return [chip(label, fg, bg, ctx.st, width=width), Spacer(1, 6)]


def internal_badge(st: Styles) -> str:
    del st
    return ' <font color="#c77700" size="7"><b>' + markup(translate("Report", "[internal]")) + "</b></font>"


def callout(
    flowables: list[Flowable],
    width: float,
    border: colors.Color = RULE,
    background: colors.Color | None = None,
) -> Table:
    """A boxed block (internal notes, the compelling case)."""
    table = FlowTable([[flowables]], colWidths=[width], hAlign="LEFT", splitInRow=1)
    commands = [
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    if background is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), background))
    table.setStyle(TableStyle(commands))
    return table
