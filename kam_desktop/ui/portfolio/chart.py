"""The portfolio chart: score (x) vs current revenue (y, log), bubble size = potential,
colour = status. Clicking a bubble selects the account.

Cheap to paint at 10,000 bubbles: one pen and brush per status, made once per colour; the bubbles
drawn into a cached layer (redrawn only when the rows, the size or the colours change, not on
selection or hover), with antialiasing only while the chart is small enough for it to matter;
the selection on top."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QToolTip, QWidget

from kam_desktop.domain.chart import (
    DEFAULT_MARGIN_LEFT,
    ChartLayout,
    ChartPoint,
    hit_test,
    layout,
    revenue_labels,
)
from kam_desktop.domain.enums import AccountStatus
from kam_desktop.i18n import fmt
from kam_desktop.services.portfolio_rows import PortfolioRow
from kam_desktop.ui.common import locale_format, theme
from kam_desktop.ui.portfolio.model import STATUS_COLOURS

EXACT_UP_TO = 1500  # bubbles drawn one by one, exactly; beyond that, stamped (see _bubble_layer)

_STYLES: dict[str, tuple[QPen, QBrush]] = {}


TOP_ROOM = 26  # px above the plot: the largest bubble's radius (22) and its outline


def status_style(status: str) -> tuple[QPen, QBrush]:
    """The outline pen and fill brush of a status's bubbles in the current theme (made once)."""
    colour = theme.color(STATUS_COLOURS[AccountStatus(status)])
    style = _STYLES.get(colour.name())
    if style is None:
        fill = QColor(colour)
        fill.setAlpha(150)
        style = (QPen(colour.darker(130), 1), QBrush(fill))
        _STYLES[colour.name()] = style
    return style


def place_labels(
    chart: ChartLayout, selected: int | None, text_width: Callable[[str], int]
) -> list[tuple[str, QRectF]]:
    """Where the names of the key accounts (and the selection) go: right of the bubble, else
    left, above or below it, never over another bubble or another label; a name with no free
    place is left out (the bubble's tooltip names it). The selection's name is always shown."""
    few = len(chart.bubbles) <= 60
    candidates = chart.bubbles if few else [b for b in chart.bubbles if b.id == selected]
    if not candidates:
        return []
    left, top, right, bottom = chart.plot
    area = QRectF(left, top, right - left, bottom - top)
    # each bubble's bounding square, as plain numbers (no Qt object per bubble)
    discs = [(b.id, b.x - b.radius, b.y - b.radius, b.x + b.radius, b.y + b.radius) for b in chart.bubbles]
    placed: list[tuple[str, QRectF]] = []
    for bubble in sorted(candidates, key=lambda b: (b.id != selected, -b.radius)):
        if bubble.id != selected and not (few and bubble.status == AccountStatus.KEY.value):
            continue
        width, r = float(text_width(bubble.name)) + 2, bubble.radius
        options = (
            QRectF(bubble.x + r + 3, bubble.y - 8, width, 16),
            QRectF(bubble.x - r - 3 - width, bubble.y - 8, width, 16),
            QRectF(bubble.x - width / 2, bubble.y - r - 18, width, 16),
            QRectF(bubble.x - width / 2, bubble.y + r + 2, width, 16),
        )
        chosen = None
        for box in options:
            if not area.contains(box):
                continue
            if any(box.intersects(other) for _name, other in placed):
                continue
            x1, y1, x2, y2 = box.left(), box.top(), box.right(), box.bottom()
            # QRectF.intersects: the overlap has a positive area
            if any(
                x1 < dx2 and dx1 < x2 and y1 < dy2 and dy1 < y2
                for other_id, dx1, dy1, dx2, dy2 in discs
                if other_id != bubble.id
            ):
                continue
            chosen = box
            break
        if chosen is None and bubble.id == selected:
            chosen = options[0]
        if chosen is not None:
            placed.append((bubble.name, chosen))
    return placed


def _sprite(status: str, diameter: int, ratio: float) -> QPixmap:
    """One bubble of ``status`` and ``diameter`` (pixels), antialiased, with a pixel of room."""
    pen, brush = status_style(status)
    sprite = QPixmap(int((diameter + 2) * ratio + 0.5), int((diameter + 2) * ratio + 0.5))
    sprite.setDevicePixelRatio(ratio)
    sprite.fill(Qt.GlobalColor.transparent)
    painter = QPainter(sprite)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawEllipse(QRectF(1, 1, diameter, diameter))
    painter.end()
    return sprite


class PortfolioChart(QWidget):
    account_clicked = Signal(int)
    account_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolio_chart")
        self.setMinimumSize(480, 320)  # (the portfolio page's placeholder has the same: CHART_MINIMUM_SIZE)
        self.setMouseTracking(True)
        self._points: tuple[ChartPoint, ...] = ()
        self._has_rows = False  # the first frame, before the rows arrive: only the surface
        self._layout: ChartLayout | None = None
        self._selected: int | None = None
        self._layer: QPixmap | None = None  # the bubbles, drawn once per layout
        self._layer_key: tuple[object, ...] = ()
        self.drawn_labels: list[tuple[str, QRectF]] = []  # the names drawn at the last paint

    def set_rows(self, rows: Sequence[PortfolioRow]) -> None:
        self._points = tuple(
            ChartPoint(
                r.id,
                r.name,
                r.score.value,
                float(r.current_revenue),
                float(r.potential_revenue),
                r.status.value,
            )
            for r in rows
            if r.status is not AccountStatus.ARCHIVED
        )
        self._has_rows = True
        self._layout = None
        self._layer = None
        self.update()

    def set_selected(self, account_id: int | None) -> None:
        self._selected = account_id
        self.update()

    def chart_layout(self) -> ChartLayout:
        if self._layout is None or self._layout.plot[2] != max(80, self.width() - 24):
            # room for the widest revenue mark ('100 mila') right of the rotated axis title
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(t) for t in revenue_labels(self._points)), default=0)
            margin = {"margin_left": 28 + widest + 8} if 28 + widest + 8 > DEFAULT_MARGIN_LEFT else {}
            # margin_top: a bubble on the top decade, up to 22 px in radius, is drawn whole
            chart = layout(self._points, self.width(), self.height(), margin_top=TOP_ROOM, **margin)
            self._layout = chart
            self._layer = None
        return self._layout

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._layout = None
        self._layer = None
        super().resizeEvent(event)

    def _bubble_layer(self, chart: ChartLayout) -> QPixmap:
        key = (id(chart), self.size().width(), self.size().height(), theme.is_dark())
        if self._layer is None or key != self._layer_key:
            ratio = self.devicePixelRatioF()
            layer = QPixmap(self.size() * ratio)
            layer.setDevicePixelRatio(ratio)
            layer.fill(Qt.GlobalColor.transparent)
            painter = QPainter(layer)
            if len(chart.bubbles) <= EXACT_UP_TO:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                current = ""
                for bubble in chart.bubbles:
                    if bubble.status != current:
                        current = bubble.status
                        pen, brush = status_style(current)
                        painter.setPen(pen)
                        painter.setBrush(brush)
                    painter.drawEllipse(QPointF(bubble.x, bubble.y), bubble.radius, bubble.radius)
            else:
                # Many bubbles: each is a stamp of a pre-drawn disc per (status, whole-pixel
                # diameter), placed on whole pixels - about 10x faster than drawing each ellipse
                # (10,000 bubbles: ~20 ms instead of ~200), and still antialiased.
                sprites: dict[tuple[str, int], QPixmap] = {}
                draw = painter.drawPixmap
                for bubble in chart.bubbles:
                    diameter = max(1, round(2 * bubble.radius))
                    sprite = sprites.get((bubble.status, diameter))
                    if sprite is None:
                        sprite = sprites[(bubble.status, diameter)] = _sprite(bubble.status, diameter, ratio)
                    draw(round(bubble.x - diameter / 2) - 1, round(bubble.y - diameter / 2) - 1, sprite)
            painter.end()
            self._layer, self._layer_key = layer, key
        return self._layer

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._has_rows:  # no axes yet: their labels would load the locale's number data
            empty = QPainter(self)
            empty.fillRect(self.rect(), theme.color("surface"))
            empty.end()
            return
        chart = self.chart_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.color("surface"))
        left, top, right, bottom = chart.plot
        # key-account zone: the upper right quadrant
        zone = theme.color("accent")
        zone.setAlpha(28 if theme.is_dark() else 18)
        painter.fillRect(
            QRectF(left + (right - left) * 0.6, top, (right - left) * 0.4, (bottom - top) * 0.5), zone
        )
        grid = QPen(theme.color("grid"))
        painter.setPen(grid)
        for x, _label in chart.x_axis.ticks:
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        for y, _label in chart.y_axis.ticks:
            painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(theme.color("text2"))
        for x, label in chart.x_axis.ticks:
            painter.drawText(QRectF(x - 20, bottom + 4, 40, 16), Qt.AlignmentFlag.AlignCenter, label)
        for y, label in chart.y_axis.ticks:
            painter.drawText(
                QRectF(0, y - 8, left - 8, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        painter.drawText(
            QRectF(left, bottom + 22, right - left, 18),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Identification score (0-100) →"),
        )
        painter.save()
        painter.translate(14, (top + bottom) / 2)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-120, -10, 240, 20), Qt.AlignmentFlag.AlignCenter, self.tr("Current revenue (log) →")
        )
        painter.restore()
        painter.drawPixmap(0, 0, self._bubble_layer(chart))
        for bubble in chart.bubbles:
            if bubble.id == self._selected:
                painter.setBrush(status_style(bubble.status)[1])
                painter.setPen(QPen(theme.color("text"), 2.5))
                painter.drawEllipse(QPointF(bubble.x, bubble.y), bubble.radius, bubble.radius)
                break
        # labels for the key accounts and the selection, where they overlap nothing
        painter.setPen(theme.color("text"))
        metrics = painter.fontMetrics()
        self.drawn_labels = place_labels(chart, self._selected, metrics.horizontalAdvance)
        for name, box in self.drawn_labels:
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        self._draw_legend(painter, left + 14, top, chart.hidden)
        painter.end()

    def _draw_legend(self, painter: QPainter, x: float, top: float, hidden: int) -> None:
        statuses = (
            AccountStatus.KEY,
            AccountStatus.CANDIDATE,
            AccountStatus.STANDARD,
            AccountStatus.DISQUALIFIED,
        )
        size_text = self.tr("bubble size = potential")
        unshown = ""
        if hidden:
            unshown_template = self.tr("%1 not assessed, not shown", "", hidden)  # (%1: 1.200 / 1,200)
            unshown = fmt(unshown_template, locale_format.number_text(hidden))
        # a backing under the legend, so that bubbles drawn there do not cross its words
        metrics = painter.fontMetrics()
        width = max(
            [metrics.horizontalAdvance(s.label) + 14 for s in statuses]
            + [metrics.horizontalAdvance(t) - 4 for t in (size_text, unshown) if t]
        )
        height = 16 * len(statuses) + (36 if unshown else 20)
        backing = QColor(theme.color("surface"))
        backing.setAlpha(215)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(backing)
        painter.drawRoundedRect(QRectF(x - 10, top + 2, width + 16, height), 4, 4)
        painter.restore()
        y = top + 8
        painter.setPen(theme.color("text"))
        for status in statuses:
            colour = theme.color(STATUS_COLOURS[status])
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x, y + 6), 5, 5)
            painter.drawText(QPointF(x + 10, y + 10), status.label)
            y += 16
        painter.drawText(QPointF(x - 4, y + 12), size_text)
        if unshown:
            painter.drawText(QPointF(x - 4, y + 28), unshown)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = hit_test(self.chart_layout(), event.position().x(), event.position().y())
        if found is not None:
            self._selected = found
            self.update()
            self.account_clicked.emit(found)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = hit_test(self.chart_layout(), event.position().x(), event.position().y())
        if found is not None:
            self.account_activated.emit(found)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        chart = self.chart_layout()
        found = hit_test(chart, event.position().x(), event.position().y())
        if found is None:
            QToolTip.hideText()
            return
        point = next(p for p in self._points if p.id == found)
        QToolTip.showText(
            event.globalPosition().toPoint(),
            fmt(
                self.tr("%1\nScore %2 · revenue %3 · potential %4"),
                point.name,
                locale_format.score_text(point.score),
                locale_format.short_money(point.revenue),
                locale_format.short_money(point.potential),
            ),
            self,
        )
