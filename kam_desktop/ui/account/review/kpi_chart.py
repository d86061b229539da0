"""A KPI's trend: dated measurements as a line, the baseline and the target as guides (QPainter)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from kam_desktop.domain.kpi import KpiStatus
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.services.review import KpiView
from kam_desktop.ui.common import locale_format, theme
from kam_desktop.ui.common.locale_format import date_text

STATUS_COLOURS = {
    KpiStatus.ON_TARGET: "good",
    KpiStatus.ON_TRACK: "info",
    KpiStatus.BEHIND: "warn",
    KpiStatus.OFF_TARGET: "bad",
    KpiStatus.NO_DATA: "muted",
    KpiStatus.NO_TARGET: "muted",
}


def _fmt(value: float) -> str:
    return locale_format.number_text(value)


class KpiChart(QWidget):
    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("kpi_chart")
        self.kpi: KpiView | None = None
        self.compact = compact
        self.setMinimumSize(QSize(160, 70) if compact else QSize(320, 200))

    def sizeHint(self) -> QSize:
        return QSize(200, 80) if self.compact else QSize(460, 240)

    def set_kpi(self, kpi: KpiView | None) -> None:
        self.kpi = kpi
        self.update()

    def axis_labels(self) -> list[str]:
        """The values written left of the plot: the target and the baseline, as the table writes them."""
        kpi = self.kpi
        if kpi is None or self.compact or not kpi.measurements:
            return []
        return [_fmt(v) for v in (kpi.target, kpi.baseline) if v is not None]

    def axis_width(self) -> int:
        """The plot's left margin: wide enough for the longest axis label ('1.250.000,75')."""
        metrics = self.fontMetrics()
        return max([56, *(metrics.horizontalAdvance(text) + 12 for text in self.axis_labels())])

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.color("surface"))
        kpi = self.kpi
        if kpi is None:
            painter.setPen(theme.color("muted"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Select a KPI to see its trend.")
            )
            painter.end()
            return
        pad_l, pad_r, pad_t, pad_b = (8, 8, 8, 8) if self.compact else (self.axis_width(), 16, 28, 28)
        area = QRectF(
            pad_l, pad_t, max(10, self.width() - pad_l - pad_r), max(10, self.height() - pad_t - pad_b)
        )
        points = [(m.measured_on, m.value) for m in kpi.measurements]
        values = [v for _d, v in points] + [v for v in (kpi.baseline, kpi.target) if v is not None]
        if not self.compact:
            painter.setPen(theme.color("text"))
            title = f"{kpi.name}" + (f" ({kpi.unit})" if kpi.unit else "") + f" · {kpi.status.label}"
            painter.drawText(QRectF(pad_l, 4, area.width(), 20), Qt.AlignmentFlag.AlignLeft, title)
        if not points:
            painter.setPen(theme.color("muted"))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet."))
            painter.end()
            return
        low, high = min(values), max(values)
        if high == low:
            high, low = high + 1, low - 1
        margin = (high - low) * 0.08
        low, high = low - margin, high + margin
        first, last = points[0][0], points[-1][0]
        span = max(1, (last - first).days)

        def x(day: dt.date) -> float:
            return (
                area.left() + (day - first).days / span * area.width()
                if len(points) > 1
                else area.center().x()
            )

        def y(value: float) -> float:
            return area.bottom() - (value - low) / (high - low) * area.height()

        painter.setPen(QPen(theme.color("grid"), 1))
        painter.drawRect(area)
        for label, value, colour in (
            (QT_TRANSLATE_NOOP("KpiChart", "target"), kpi.target, "good"),
            (QT_TRANSLATE_NOOP("KpiChart", "baseline"), kpi.baseline, "muted"),
        ):
            if value is None:
                continue
            pen = QPen(theme.color(colour), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(area.left(), y(value)), QPointF(area.right(), y(value)))
            if not self.compact:
                painter.drawText(
                    QRectF(2, y(value) - 8, pad_l - 6, 16), Qt.AlignmentFlag.AlignRight, _fmt(value)
                )
                painter.drawText(
                    QRectF(area.right() - 80, y(value) - 16, 78, 14),
                    Qt.AlignmentFlag.AlignRight,
                    translate("KpiChart", label),
                )
        colour = theme.color(STATUS_COLOURS.get(kpi.status, "info"))
        path = QPainterPath()
        for index, (day, value) in enumerate(points):
            point = QPointF(x(day), y(value))
            path.moveTo(point) if index == 0 else path.lineTo(point)
        painter.setPen(QPen(colour, 2))
        painter.drawPath(path)
        painter.setBrush(colour)
        for day, value in points:
            painter.drawEllipse(QPointF(x(day), y(value)), 3, 3)
        if not self.compact:
            painter.setPen(theme.color("text2"))
            painter.drawText(
                QRectF(area.left(), area.bottom() + 4, 100, 16), Qt.AlignmentFlag.AlignLeft, date_text(first)
            )
            if len(points) > 1:
                painter.drawText(
                    QRectF(area.right() - 100, area.bottom() + 4, 100, 16),
                    Qt.AlignmentFlag.AlignRight,
                    date_text(last),
                )
            latest_day, latest_value = points[-1]
            latest = _fmt(latest_value)
            latest_w = max(56, painter.fontMetrics().horizontalAdvance(latest) + 4)
            painter.drawText(
                QRectF(x(latest_day) - latest_w - 4, y(latest_value) - 20, latest_w, 16),
                Qt.AlignmentFlag.AlignRight,
                latest,
            )
        painter.end()
