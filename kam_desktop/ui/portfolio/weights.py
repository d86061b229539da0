"""Scoring weights editor: the formula in plain sight and a live preview of the ranking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Factor
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.scoring import FORMULA, rank_preview
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import program as program_service
from kam_desktop.services.portfolio import RatedAccount, latest_ratings
from kam_desktop.store.database import Database
from kam_desktop.ui.common import locale_format, theme
from kam_desktop.ui.common.widgets import ErrorLabel

PREVIEW_ROWS = 15


class WeightsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Scoring weights"))
        self.setMinimumWidth(860)
        self.saved = False
        program = program_service.get_program(db)
        self.current = dict(program.weights)
        self.accounts: tuple[RatedAccount, ...] = latest_ratings(db)
        form = QGridLayout()  # a grid, not a form layout: it gives wrapped names their height
        form.setColumnStretch(0, 1)
        self.spins: dict[Factor, QDoubleSpinBox] = {}
        for row, factor in enumerate(Factor):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"weight_{factor.value}")
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSingleStep(5)
            spin.setValue(self.current.get(factor, 0.0))
            spin.valueChanged.connect(self._update_preview)
            name = QLabel(factor.label)  # long in some languages: wraps rather than clips
            name.setWordWrap(True)
            name.setBuddy(spin)
            name.setMinimumWidth(200)
            form.addWidget(name, row, 0)
            form.addWidget(spin, row, 1, Qt.AlignmentFlag.AlignTop)
            self.spins[factor] = spin
        formula = QLabel(self.tr("How the score is computed: ") + translate("Scoring", FORMULA))
        formula.setWordWrap(True)
        formula.setStyleSheet(f"color: {theme.hex_of('text2')};")
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.before = QListWidget()
        self.after = QListWidget()
        self.after.setObjectName("preview_after")
        self.error = ErrorLabel()
        self.error.hide()
        lists = QHBoxLayout()
        for title, widget in (
            (self.tr("Ranking now"), self.before),
            (self.tr("Ranking with these weights"), self.after),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(widget)
            lists.addLayout(column)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.total)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(lists, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(formula)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill(self.before, self.current, None)
        self._update_preview()

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for the factor names wrapped at the width the dialog got."""
        super().showEvent(event)
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if self.height() < needed:
            self.resize(self.width(), needed)

    def weights(self) -> dict[Factor, float]:
        return {f: s.value() for f, s in self.spins.items()}

    def _ranking(self, weights: dict[Factor, float]) -> list[tuple[int, float | None]]:
        ranked = rank_preview({a.id: a.ratings for a in self.accounts}, weights)
        return [(aid, s.value) for aid, s in ranked]

    def _fill(
        self, widget: QListWidget, weights: dict[Factor, float], compare: dict[int, int] | None
    ) -> None:
        widget.clear()
        names = {a.id: a.name for a in self.accounts}
        if sum(weights.values()) <= 0:
            widget.addItem(self.tr("(at least one weight must be above zero)"))
            return
        for position, (aid, value) in enumerate(self._ranking(weights)[:PREVIEW_ROWS], start=1):
            arrow = ""
            if compare is not None and aid in compare:
                delta = compare[aid] - position
                arrow = f"  ▲{delta}" if delta > 0 else f"  ▼{-delta}" if delta < 0 else ""
            score = locale_format.score_text(value)
            widget.addItem(f"{position}. {names[aid]}  ({score}){arrow}")

    def _update_preview(self, *_args: object) -> None:
        weights = self.weights()
        self.total.setText(
            fmt(
                self.tr("Sum of weights: %1 (weights are relative; they need not add to 100)"),
                f"{sum(weights.values()):g}",
            )
        )
        before = (
            {aid: i for i, (aid, _v) in enumerate(self._ranking(self.current), start=1)}
            if sum(self.current.values()) > 0
            else {}
        )
        self._fill(self.after, weights, before)

    def _on_save(self) -> None:
        try:
            program_service.set_weights(self.db, self.weights())
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.saved = True
        self.accept()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> bool:
        dialog = cls(db, parent)
        dialog.exec()
        return dialog.saved
