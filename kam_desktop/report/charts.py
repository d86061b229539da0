"""Drawings for the PDFs (ReportLab graphics): KPI trend, pipeline bars, org chart.

Every label is user text drawn with ``String`` (never markup), cleaned and shortened to fit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from kam_desktop.domain import numbers
from kam_desktop.domain.enums import Attitude, GrowthFocus, KpiDirection, OpportunityStage
from kam_desktop.i18n import translate
from kam_desktop.report import fonts, formatting
from kam_desktop.report.models import KpiRow, OpportunityRow, StakeholderRow
from kam_desktop.report.styles import ACCENT, BAD, GOOD, INK, MUTED, NAVY, RULE, SOFT_ACCENT, WARN
from kam_desktop.report.text import fill, fit, one_line

FOCUS_COLOURS = {
    GrowthFocus.PENETRATION: colors.HexColor("#2f6690"),
    GrowthFocus.EXPANSION: colors.HexColor("#3a9d8f"),
    GrowthFocus.PROTECTION: colors.HexColor("#d9a441"),
}
ATTITUDE_COLOURS = {
    Attitude.STRONG_SUPPORTER: GOOD,
    Attitude.SUPPORTER: colors.HexColor("#7cb342"),
    Attitude.NEUTRAL: colors.HexColor("#9e9e9e"),
    Attitude.OPPONENT: colors.HexColor("#ef6c00"),
    Attitude.STRONG_OPPONENT: BAD,
}


def _label(
    x: float,
    y: float,
    text: str,
    size: float = 7,
    *,
    bold: bool = False,
    colour: colors.Color = INK,
    anchor: str = "start",
    width: float | None = None,
) -> String:
    font = fonts.BOLD if bold else fonts.REGULAR
    shown = one_line(text)
    if width is not None:
        shown = fit(shown, width, font, size)
    return String(x, y, shown, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def _fmt(value: float) -> str:
    """A KPI value as the KPI table prints it: the export language's separators, the value's
    own decimals (up to two) - a target of 1250.75 is '1.250,75' / '1,250.75', never '1.251'."""
    return formatting.number(value)


# --- KPI trend ---------------------------------------------------------------------------------


def kpi_chart(kpi: KpiRow, width: float, height: float = 118) -> Drawing:
    """Measurements over time, with the baseline (dotted) and the target (dashed)."""
    d = Drawing(width, height)
    d.add(_label(0, height - 10, kpi.name, 8, bold=True, colour=NAVY, width=width))
    unit = f" ({kpi.unit})" if kpi.unit.strip() else ""
    better = (
        translate("Report", "higher is better")
        if kpi.direction is KpiDirection.HIGHER_IS_BETTER
        else translate("Report", "lower is better")
    )
    d.add(_label(0, height - 20, f"{better}{unit}", 6.5, colour=MUTED, width=width))
    values = [v for _, v in kpi.measurements]
    refs = [v for v in (kpi.baseline, kpi.target) if v is not None]
    # the axis labels (the highest and lowest value) fit left of the plot, whatever their length
    axis_w = max((fonts.string_width(_fmt(v), fonts.REGULAR, 6) for v in values + refs), default=0.0)
    left, bottom, top = max(34.0, axis_w + 6), 16.0, height - 28
    right = width - 6
    d.add(Rect(left, bottom, right - left, top - bottom, strokeColor=RULE, fillColor=None, strokeWidth=0.5))
    if not values:
        d.add(
            _label(
                (left + right) / 2,
                (bottom + top) / 2,
                translate("Report", "No measurements yet"),
                7.5,
                colour=MUTED,
                anchor="middle",
            )
        )
        return d
    low, high = min(values + refs), max(values + refs)
    lowest, highest = low, high  # labelled exactly as they are, at their own height
    if high == low:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.1
    low, high = low - pad, high + pad
    dates = [m for m, _ in kpi.measurements]
    first, last = dates[0].toordinal(), dates[-1].toordinal()
    span = max(1, last - first)

    def x(day: dt.date) -> float:
        return (
            left + 8 + (day.toordinal() - first) / span * (right - left - 16)
            if len(dates) > 1
            else (left + right) / 2
        )

    def y(value: float) -> float:
        return bottom + (value - low) / (high - low) * (top - bottom)

    d.add(_label(left - 3, y(highest) - 2, _fmt(highest), 6, colour=MUTED, anchor="end"))
    if lowest != highest:
        d.add(_label(left - 3, y(lowest) - 2, _fmt(lowest), 6, colour=MUTED, anchor="end"))
    if kpi.baseline is not None:
        d.add(
            Line(
                left,
                y(kpi.baseline),
                right,
                y(kpi.baseline),
                strokeColor=MUTED,
                strokeWidth=0.6,
                strokeDashArray=[1, 2],
            )
        )
    if kpi.target is not None:
        d.add(
            Line(
                left,
                y(kpi.target),
                right,
                y(kpi.target),
                strokeColor=GOOD,
                strokeWidth=0.8,
                strokeDashArray=[4, 2],
            )
        )
        d.add(
            _label(
                right - 2,
                y(kpi.target) + 2,
                fill(translate("Report", "target %1"), _fmt(kpi.target)),
                6,
                colour=GOOD,
                anchor="end",
            )
        )
    points: list[float] = []
    for day, value in kpi.measurements:
        points += [x(day), y(value)]
    if len(points) > 2:
        d.add(PolyLine(points, strokeColor=ACCENT, strokeWidth=1.4))
    for i in range(0, len(points), 2):
        d.add(Rect(points[i] - 1.6, points[i + 1] - 1.6, 3.2, 3.2, fillColor=ACCENT, strokeColor=None))
    d.add(_label(left, 5, formatting.date(dates[0], short=True), 6, colour=MUTED))
    if len(dates) > 1:
        d.add(_label(right, 5, formatting.date(dates[-1], short=True), 6, colour=MUTED, anchor="end"))
    return d


# --- pipeline ----------------------------------------------------------------------------------


def pipeline_chart(
    opportunities: Sequence[OpportunityRow],
    width: float,
    *,
    by_value: bool,
    currency: str = "",
    stages: Sequence[OpportunityStage] = tuple(OpportunityStage),
) -> Drawing:
    """Horizontal bars per stage, stacked by growth topic (counts, or values when internal)."""
    row_h, gap, top_pad, legend_h = 15.0, 5.0, 4.0, 16.0
    height = legend_h + top_pad + len(stages) * (row_h + gap)
    d = Drawing(width, height)
    label_w, right_pad = 70.0, 70.0
    totals: dict[OpportunityStage, dict[GrowthFocus, float]] = {
        s: dict.fromkeys(GrowthFocus, 0.0) for s in stages
    }
    for opp in opportunities:
        if opp.stage not in totals:
            continue
        amount = float(opp.commercial.value) if by_value and opp.commercial else 1.0
        totals[opp.stage][opp.focus] += amount
    biggest = max((sum(v.values()) for v in totals.values()), default=0.0) or 1.0
    bar_w = width - label_w - right_pad
    for i, stage in enumerate(stages):
        yy = height - legend_h - top_pad - (i + 1) * (row_h + gap) + gap
        d.add(_label(label_w - 6, yy + 4, stage.label, 8, anchor="end"))
        x = label_w
        for focus in GrowthFocus:
            amount = totals[stage][focus]
            if amount <= 0:
                continue
            w = amount / biggest * bar_w
            d.add(
                Rect(
                    x, yy, w, row_h, fillColor=FOCUS_COLOURS[focus], strokeColor=colors.white, strokeWidth=0.5
                )
            )
            x += w
        total = sum(totals[stage].values())
        text = _money(Decimal(str(total)), currency) if by_value else f"{int(total)}"
        d.add(_label(x + 4, yy + 4, text, 7.5, colour=MUTED))
    lx = label_w
    for focus in GrowthFocus:
        d.add(Rect(lx, height - 10, 8, 8, fillColor=FOCUS_COLOURS[focus], strokeColor=None))
        d.add(_label(lx + 11, height - 9, focus.label, 7.5))
        lx += 90
    return d


def _money(amount: Decimal, currency: str) -> str:
    """A short amount in the export's language, as the app writes it: '343 mila EUR' /
    '3,5 Mln EUR' (it), '343K EUR' / '3.5M EUR' (en), '950 EUR' below 10,000."""
    if abs(amount) >= 10_000:
        text = numbers.format_compact(amount, formatting.locale())
    else:
        text = formatting.number(round(float(amount)))
    return f"{text} {currency}".strip()


# --- org chart ---------------------------------------------------------------------------------

MAX_COLUMNS = 5
MAX_PER_COLUMN = 12
MAX_DEPTH = 3
MAX_HEADS = 20


def _tree(people: Sequence[StakeholderRow]) -> tuple[list[int], dict[int, list[int]]]:
    """Roots and children by id; reports-to cycles are broken so every person is reachable once."""
    ids = {p.id for p in people}
    children: dict[int, list[int]] = {p.id: [] for p in people}
    roots = [p.id for p in people if p.reports_to_id not in ids or p.reports_to_id == p.id]
    for p in people:
        if p.reports_to_id in ids and p.reports_to_id != p.id:
            children[p.reports_to_id].append(p.id)  # type: ignore[index]
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(children[node])
    for p in people:  # members of a cycle: lift the first one found to a root
        if p.id not in seen:
            roots.append(p.id)
            stack = [p.id]
            while stack:
                node = stack.pop()
                if node not in seen:
                    seen.add(node)
                    stack.extend(children[node])
    return roots, children


def _column(head: int, children: dict[int, list[int]]) -> tuple[list[tuple[int, int]], int]:
    """(person, depth) pairs under ``head`` in reading order, capped; and how many were left out."""
    out: list[tuple[int, int]] = []
    total = 0
    stack = [(c, 1) for c in reversed(children[head])]
    visited = {head}
    while stack:
        node, depth = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        total += 1
        if len(out) < MAX_PER_COLUMN and depth <= MAX_DEPTH:
            out.append((node, depth))
        stack.extend((c, depth + 1) for c in reversed(children[node]))
    return out, total - len(out)


def org_chart(people: Sequence[StakeholderRow], width: float, *, internal: bool) -> list[Drawing]:
    """The reporting lines as boxes: one head per column, their people stacked below.

    Returns one drawing per band of columns so a large organisation splits across pages.
    """
    if not people:
        return []
    by_id = {p.id: p for p in people}
    roots, children = _tree(people)
    top: int | None = None
    heads = roots
    if len(roots) == 1 and children[roots[0]]:
        top = roots[0]
        heads = children[top]
    shown_heads = heads[:MAX_HEADS]
    box_h = 36.0 if internal else 27.0
    step = box_h + 6
    gap = 8.0
    ncols = min(MAX_COLUMNS, max(1, len(shown_heads)))
    basis = max(ncols, 4)  # boxes keep a sensible size when there are only one or two lines
    col_w = (width - gap * (basis - 1)) / basis
    drawings: list[Drawing] = []
    continued = translate("Report", "(continued)")

    def box(
        d: Drawing, x: float, y: float, w: float, person: StakeholderRow, *, head: bool, again: bool = False
    ) -> None:
        box_fill = SOFT_ACCENT if head else colors.white
        d.add(
            Rect(
                x,
                y,
                w,
                box_h,
                rx=3,
                ry=3,
                fillColor=box_fill,
                strokeColor=MUTED if again else RULE,
                strokeWidth=0.7,
                strokeDashArray=[2, 2] if again else None,
            )
        )
        if again:  # the top repeated over a later band: the reporting line stays visible
            d.add(_label(x + 6, y + box_h - 11, person.name, 7.5, bold=True, width=w - 10))
            d.add(_label(x + 6, y + box_h - 21, continued, 6.5, colour=MUTED, width=w - 10))
            return
        inner = w - 10
        if internal and person.assessment and person.assessment.attitude is not None:
            d.add(
                Rect(
                    x, y, 3.5, box_h, fillColor=ATTITUDE_COLOURS[person.assessment.attitude], strokeColor=None
                )
            )
        d.add(_label(x + 6, y + box_h - 11, person.name, 7.5, bold=True, width=inner))
        d.add(
            _label(
                x + 6, y + box_h - 21, person.title or person.buying_centre, 6.5, colour=MUTED, width=inner
            )
        )
        if internal and person.assessment:
            a = person.assessment
            bits = [
                a.decision_role.label if a.decision_role else "",
                fill(translate("Report", "influence %1"), a.influence) if a.influence else "",
            ]
            d.add(_label(x + 6, y + 5, " · ".join(b for b in bits if b), 6.3, colour=WARN, width=inner))

    for band_start in range(0, len(shown_heads), ncols):
        band = shown_heads[band_start : band_start + ncols]
        columns = [_column(h, children) for h in band]
        rows = max(len(c[0]) + (1 if c[1] else 0) for c in columns)
        # every band under one top person shows that person again ("continued"), so a band that
        # lands on the next page still shows whom its heads report to
        top_h = step + 14 if top is not None else 0.0
        height = top_h + step * (rows + 1) + 4
        d = Drawing(width, height)
        head_y = height - top_h - box_h
        offset = (width - (len(band) * col_w + (len(band) - 1) * gap)) / 2
        if top_h and top is not None:
            tw = min(col_w * 1.2, width)
            tx = (width - tw) / 2
            box(d, tx, height - box_h, tw, by_id[top], head=True, again=band_start > 0)
            bus_y = height - box_h - 8
            d.add(Line(width / 2, height - box_h, width / 2, bus_y, strokeColor=MUTED, strokeWidth=0.7))
            centres = [offset + i * (col_w + gap) + col_w / 2 for i in range(len(band))]
            d.add(Line(min(centres), bus_y, max(centres), bus_y, strokeColor=MUTED, strokeWidth=0.7))
            for cx in centres:
                d.add(Line(cx, bus_y, cx, head_y + box_h, strokeColor=MUTED, strokeWidth=0.7))
        for i, (head, (members, hidden)) in enumerate(zip(band, columns, strict=True)):
            x = offset + i * (col_w + gap)
            box(d, x, head_y, col_w, by_id[head], head=True)
            y = head_y
            for person_id, depth in members:
                y -= step
                indent = min(depth, MAX_DEPTH) * 8.0
                d.add(
                    Line(
                        x + indent - 4,
                        y + box_h / 2,
                        x + indent,
                        y + box_h / 2,
                        strokeColor=MUTED,
                        strokeWidth=0.6,
                    )
                )
                d.add(
                    Line(
                        x + indent - 4,
                        y + box_h / 2,
                        x + indent - 4,
                        y + step,
                        strokeColor=MUTED,
                        strokeWidth=0.6,
                    )
                )
                box(d, x + indent, y, col_w - indent, by_id[person_id], head=False)
            if hidden:
                more = fill(translate("Report", "+ %1 more (see the table)"), hidden)
                d.add(_label(x + 8, y - 14, more, 7, colour=MUTED, width=col_w - 8))
        drawings.append(d)
    if len(heads) > MAX_HEADS:
        d = Drawing(width, 14)
        d.add(
            _label(
                0,
                3,
                fill(
                    translate("Report", "+ %1 more reporting lines: see the stakeholder table."),
                    len(heads) - MAX_HEADS,
                ),
                8,
                colour=MUTED,
            )
        )
        drawings.append(d)
    return drawings
