"""Drawings of the account's people: the org chart (reports-to tree, coloured by attitude, border
and dots by influence) and the stakeholder map (influence vs attitude). Layout comes from
``domain.org_chart``; these views only draw it. Double-clicking a person asks to edit them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from kam_desktop.domain.enums import Attitude
from kam_desktop.i18n import fmt
from kam_desktop.services.stakeholders import OrgChart, StakeholderView
from kam_desktop.ui.account.shared.plan_common import ATTITUDE_COLOURS
from kam_desktop.ui.common import theme

NODE_W, NODE_H = 180.0, 62.0
GAP_X, GAP_Y = 22.0, 56.0
PERSON_ROLE = 0  # QGraphicsItem data key holding the stakeholder id


def _elide(text: str, font: QFont, width: float) -> str:
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(font)
    flat = " ".join(text.split())
    return metrics.elidedText(flat, Qt.TextElideMode.ElideRight, width)


def _text_colour(attitude: Attitude | None) -> QColor:
    return theme.readable_on(theme.color(ATTITUDE_COLOURS[attitude.value if attitude else None]))


class _PeopleView(QGraphicsView):
    person_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(QBrush(theme.color("surface")))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and item.data(PERSON_ROLE) is None:
            item = item.parentItem()
        if item is not None:
            self.person_activated.emit(int(item.data(PERSON_ROLE)))
            return
        super().mouseDoubleClickEvent(event)


class OrgChartView(_PeopleView):
    """The reports-to tree. ``node_items`` maps stakeholder id to its box (for tests and hit tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("org_chart")
        self.chart: OrgChart | None = None
        self.node_items: dict[int, QGraphicsRectItem] = {}
        self.edge_items: list[QGraphicsPathItem] = []

    def set_chart(self, chart: OrgChart) -> None:
        scene = self.scene()
        scene.clear()
        self.chart = chart
        self.node_items = {}
        self.edge_items = []
        people = {p.id: p for p in chart.people}
        for placed in chart.layout.nodes:
            person = people[placed.id]
            x = placed.x * (NODE_W + GAP_X)
            y = placed.level * (NODE_H + GAP_Y)
            self.node_items[placed.id] = self._node(person, QPointF(x, y))
        pen = QPen(theme.color("line"), 1.4)
        for manager, report in chart.layout.edges:
            top, bottom = self.node_items[manager], self.node_items[report]
            start = top.pos() + QPointF(NODE_W / 2, NODE_H)
            end = bottom.pos() + QPointF(NODE_W / 2, 0)
            middle = (start.y() + end.y()) / 2
            path = QPainterPath(start)
            path.lineTo(start.x(), middle)
            path.lineTo(end.x(), middle)
            path.lineTo(end)
            edge = scene.addPath(path, pen)
            edge.setZValue(-1)
            self.edge_items.append(edge)
        self._legend(chart.layout.depth * (NODE_H + GAP_Y) + 4)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-16, -16, 16, 16))

    def _node(self, person: StakeholderView, pos: QPointF) -> QGraphicsRectItem:
        influence = person.influence or 0
        box = QGraphicsRectItem(QRectF(0, 0, NODE_W, NODE_H))
        box.setPos(pos)
        box.setBrush(
            QBrush(theme.color(ATTITUDE_COLOURS[person.attitude.value if person.attitude else None]))
        )
        box.setPen(QPen(theme.color("edge"), 0.8 + influence * 0.6))
        box.setData(PERSON_ROLE, person.id)
        box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        box.setToolTip(
            "\n".join(
                filter(
                    None,
                    [
                        person.name,
                        person.title,
                        person.buying_centre,
                        fmt(self.tr("Decision role: %1"), person.decision_role.label)
                        if person.decision_role
                        else "",
                        fmt(self.tr("Attitude: %1"), person.attitude.label)
                        if person.attitude
                        else self.tr("Attitude: unknown"),
                        fmt(self.tr("Influence: %1/5"), influence)
                        if influence
                        else self.tr("Influence: unknown"),
                        fmt(self.tr("Cares about: %1"), person.cares_about) if person.cares_about else "",
                    ],
                )
            )
        )
        colour = _text_colour(person.attitude)
        bold = QFont()
        bold.setBold(True)
        name = QGraphicsSimpleTextItem(_elide(person.name, bold, NODE_W - 12), box)
        name.setFont(bold)
        name.setBrush(colour)
        name.setPos(6, 5)
        title = QGraphicsSimpleTextItem(_elide(person.title or "—", QFont(), NODE_W - 12), box)
        title.setBrush(colour)
        title.setPos(6, 24)
        dots = "●" * influence + "○" * (5 - influence) if influence else "influence ?"
        role = f"  {person.decision_role.label}" if person.decision_role else ""
        marks = QGraphicsSimpleTextItem(_elide(dots + role, QFont(), NODE_W - 12), box)
        marks.setBrush(colour)
        marks.setPos(6, 42)
        self.scene().addItem(box)
        return box

    def _legend(self, y: float) -> None:
        x = 0.0
        for attitude in Attitude:
            swatch = self.scene().addRect(
                QRectF(x, y, 14, 14),
                QPen(theme.color("text2")),
                QBrush(theme.color(ATTITUDE_COLOURS[attitude.value])),
            )
            swatch.setToolTip(attitude.label)
            label = self.scene().addSimpleText(attitude.label)
            label.setPos(x + 18, y - 1)
            x += 24 + label.boundingRect().width()
        # on a line of its own: beside the five attitudes it made the legend wider than the chart
        note = self.scene().addSimpleText(self.tr("●●●●● = influence (thicker border = more influence)"))
        note.setPos(0, y + 20)
        note.setBrush(theme.color("text2"))


ATTITUDE_COLUMNS = (
    Attitude.STRONG_OPPONENT,
    Attitude.OPPONENT,
    Attitude.NEUTRAL,
    Attitude.SUPPORTER,
    Attitude.STRONG_SUPPORTER,
)
CELL_W, CELL_H, AXIS = 150.0, 78.0, 70.0


class StakeholderMapView(_PeopleView):
    """Influence (rows, 5 at the top) against attitude (columns, opponents left). People not yet
    assessed are listed below the grid. ``placements`` maps stakeholder id to (column, row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholder_map")
        self.placements: dict[int, tuple[int, int]] = {}
        self.unplaced: list[int] = []

    def set_people(self, people: tuple[StakeholderView, ...]) -> None:
        scene = self.scene()
        scene.clear()
        self.placements, self.unplaced = {}, []
        grid = QPen(theme.color("gridline"))
        # the influence labels' column as wide as its longest label (translations are longer)
        row_labels = [fmt(self.tr("Influence %1"), 5 - row) for row in range(5)]
        axis = max(AXIS, max(self.fontMetrics().horizontalAdvance(t) for t in row_labels) + 10.0)
        for col, attitude in enumerate(ATTITUDE_COLUMNS):
            for row in range(5):
                tint = theme.color(ATTITUDE_COLOURS[attitude.value])
                tint.setAlpha(40 + (4 - row) * 12)
                scene.addRect(QRectF(axis + col * CELL_W, row * CELL_H, CELL_W, CELL_H), grid, QBrush(tint))
            label = scene.addSimpleText(attitude.label)
            label.setPos(axis + col * CELL_W + 6, 5 * CELL_H + 4)
        for row in range(5):
            label = scene.addSimpleText(row_labels[row])
            label.setPos(2, row * CELL_H + CELL_H / 2 - 8)
        caption = scene.addSimpleText(self.tr("← opposes us          attitude          supports us →"))
        caption.setPos(axis + CELL_W * 1.3, 5 * CELL_H + 24)
        caption.setBrush(theme.color("text2"))
        crowd: dict[tuple[int, int], int] = {}
        for person in sorted(people, key=lambda p: p.name.casefold()):
            if person.attitude is None or person.influence is None:
                self.unplaced.append(person.id)
                continue
            col, row = ATTITUDE_COLUMNS.index(person.attitude), 5 - person.influence
            n = crowd.get((col, row), 0)
            crowd[(col, row)] = n + 1
            self.placements[person.id] = (col, row)
            x = axis + col * CELL_W + 6 + (n // 4) * (CELL_W / 2)
            y = row * CELL_H + 4 + (n % 4) * 18
            dot = QGraphicsEllipseItem(QRectF(0, 0, 10, 10))
            dot.setBrush(QBrush(theme.color("edge")))
            dot.setPos(x, y + 3)
            dot.setData(PERSON_ROLE, person.id)
            dot.setToolTip(f"{person.name}\n{person.title}")
            scene.addItem(dot)
            name = QGraphicsSimpleTextItem(
                _elide(person.name, QFont(), CELL_W / (2 if crowd.get((col, row), 0) > 4 else 1) - 20), dot
            )
            name.setPos(13, -4)
        if self.unplaced:
            names = ", ".join(p.name for p in people if p.id in self.unplaced)
            text = scene.addSimpleText(
                fmt(self.tr("Not yet assessed (attitude or influence unknown): %1"), names)
            )
            text.setPos(axis, 5 * CELL_H + 46)
            text.setBrush(theme.color("warn"))
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
