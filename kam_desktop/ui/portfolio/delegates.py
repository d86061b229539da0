"""A score cell drawn as a small bar with the number."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kam_desktop.ui.common import theme
from kam_desktop.ui.common.table_model import VALUE_ROLE


class ScoreBarDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        value = index.data(VALUE_ROLE)
        if not isinstance(value, float) or value < 0:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect).adjusted(4, 6, -40, -6)
        painter.fillRect(rect, theme.color("bar_track"))
        colour = (
            theme.color("score_high")
            if value >= 65
            else theme.color("status_candidate")
            if value >= 45
            else theme.color("bad")
        )
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width() * value / 100.0, rect.height()), colour)
        painter.setPen(
            option.palette.highlightedText().color()
            if option.state & QStyle.StateFlag.State_Selected
            else option.palette.text().color()
        )
        painter.drawText(
            QRectF(option.rect).adjusted(0, 0, -4, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole)),  # the cell's text, formatted once per row
        )
        painter.restore()
