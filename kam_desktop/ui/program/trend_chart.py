"""The self-assessment trend: one small chart per success factor and one for the overall
rating, dated points on a 1-5 scale (QPainter; no data model of its own)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from kam_desktop.domain import program as d
from kam_desktop.domain.program_method import SUCCESS_FACTORS, text
from kam_desktop.ui.common import locale_format, theme

LINE = "accent"  # theme roles (ui/common/theme.py)
OVERALL = "heading"
GRID = "grid"
COLUMNS = 5


class TrendChart(QWidget):
    """Ten panels: Overall, then factors 1-9; each shows its dated ratings and the latest value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("program_trend_chart")
        self.series: list[tuple[str, tuple[tuple[dt.date, float], ...]]] = []
        self.setMinimumSize(QSize(600, 250))
        self.set_assessments(())

    def sizeHint(self) -> QSize:
        return QSize(900, 280)

    def set_assessments(self, assessments: Sequence[d.SelfAssessment]) -> None:
        series: list[tuple[str, tuple[tuple[dt.date, float], ...]]] = [
            (self.tr("Overall"), d.overall_history(assessments))
        ]
        for f in SUCCESS_FACTORS:
            points = tuple((day, float(r)) for day, r in d.factor_history(assessments, f.number))
            series.append((f"{f.number}. {text(f.title)}", points))
        self.series = series
        self.update()

    def points_of(self, panel: int) -> tuple[tuple[dt.date, float], ...]:
        return self.series[panel][1]

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.color("surface"))
        rows = (len(self.series) + COLUMNS - 1) // COLUMNS
        cell_w = self.width() / COLUMNS
        cell_h = self.height() / max(rows, 1)
        for i, (title, points) in enumerate(self.series):
            r, c = divmod(i, COLUMNS)
            self._panel(painter, QRectF(c * cell_w, r * cell_h, cell_w, cell_h), title, points, i == 0)
        painter.end()

    def _panel(
        self,
        painter: QPainter,
        cell: QRectF,
        title: str,
        points: tuple[tuple[dt.date, float], ...],
        overall: bool,
    ) -> None:
        box = cell.adjusted(6, 4, -6, -4)
        painter.setPen(theme.color("text"))
        font = painter.font()
        font.setPointSizeF(8.5)
        font.setBold(overall)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        head = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(box.width()))
        painter.drawText(QRectF(box.left(), box.top(), box.width(), 16), Qt.AlignmentFlag.AlignLeft, head)
        area = QRectF(box.left() + 14, box.top() + 20, box.width() - 44, box.height() - 30)
        painter.setPen(QPen(theme.color(GRID), 1))
        for level in range(1, 6):
            y = area.bottom() - (level - 1) / 4 * area.height()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        font.setBold(False)
        font.setPointSizeF(7)
        painter.setFont(font)
        painter.setPen(theme.color("muted"))
        for level in (1, 5):
            y = area.bottom() - (level - 1) / 4 * area.height()
            painter.drawText(QRectF(box.left(), y - 7, 12, 14), Qt.AlignmentFlag.AlignRight, str(level))
        if not points:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("not rated"))
            return
        first, last = points[0][0], points[-1][0]
        span = max((last - first).days, 1)

        def at(day: dt.date, value: float) -> QPointF:
            x = (
                area.center().x()
                if len(points) == 1
                else area.left() + (day - first).days / span * area.width()
            )
            return QPointF(x, area.bottom() - (value - 1) / 4 * area.height())

        colour = theme.color(OVERALL if overall else LINE)
        painter.setPen(QPen(colour, 2.4 if overall else 1.8))
        for (d1, v1), (d2, v2) in itertools.pairwise(points):
            painter.drawLine(at(d1, v1), at(d2, v2))
        painter.setBrush(colour)
        for day, value in points:
            painter.drawEllipse(at(day, value), 3, 3)
        font.setPointSizeF(9)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        latest = points[-1][1]
        label = locale_format.score_text(latest) if overall else locale_format.number_text(round(latest))
        painter.drawText(
            QRectF(area.right() + 4, area.top(), 30, area.height()), Qt.AlignmentFlag.AlignVCenter, label
        )
