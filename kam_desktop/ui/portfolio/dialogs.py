"""Dialogs of the portfolio: account editor, identification assessment, status change.

Each dialog submits through a service when OK is pressed; a DomainError is shown next to its
field and the dialog stays open, so bad input changes nothing. ``ask()`` returns the result
(a read model) or None - tests monkeypatch it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.scoring import FACTOR_HINTS, FORMULA, score
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import accounts as account_service
from kam_desktop.services import clock
from kam_desktop.services.accounts import AccountInput, AccountView, AssessmentView
from kam_desktop.store.database import Database
from kam_desktop.ui.common import locale_format, theme
from kam_desktop.ui.common.date_edit import DateEdit
from kam_desktop.ui.common.dialogs import SubmitDialog as _SubmitDialog
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.widgets import ErrorLabel, ValidatedForm


class AccountDialog(_SubmitDialog):
    """Create or edit an account with every field of the design."""

    def __init__(
        self,
        db: Database,
        account: AccountView | None = None,
        currency: str = "EUR",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.account = account
        self.setWindowTitle(self.tr("Edit account") if account else self.tr("New account"))
        self.setMinimumWidth(520)
        self.form = ValidatedForm()
        self.name = self.form.add_row("name", self.tr("Name *"), QLineEdit())
        self.industry = self.form.add_row("industry", self.tr("Industry"), QLineEdit())
        self.region = self.form.add_row("region", self.tr("Region"), QLineEdit())
        self.currency = self.form.add_row("currency", self.tr("Currency"), QLineEdit(currency))
        self.currency.setMaxLength(3)
        self.revenue = self.form.add_row("current_revenue", self.tr("Current annual revenue"), QLineEdit("0"))
        self.potential = self.form.add_row(
            "potential_revenue", self.tr("Potential annual revenue"), QLineEdit("0")
        )
        self.description = self.form.add_row("description", self.tr("Description"), QPlainTextEdit())
        self.description.setFixedHeight(70)
        self.notes = self.form.add_row(
            "internal_notes", self.tr("Internal notes (never shown to the customer)"), QPlainTextEdit()
        )
        self.notes.setFixedHeight(60)
        self.form.finish()
        for widget in (self.name, self.industry, self.region):
            widget.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Meridian Logistics GmbH"))
        self.name.setToolTip(self.name.placeholderText())
        self.revenue.setPlaceholderText(fmt(self.tr("e.g. %1"), locale_format.money_input_text(1250000)))
        if account:
            self.name.setText(account.name)
            self.industry.setText(account.industry)
            self.region.setText(account.region)
            self.currency.setText(account.currency)
            self.revenue.setText(locale_format.money_input_text(account.current_revenue))
            self.potential.setText(locale_format.money_input_text(account.potential_revenue))
            self.description.setPlainText(account.description)
            self.notes.setPlainText(account.internal_notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def values(self) -> AccountInput:
        return AccountInput(
            name=self.name.text(),
            industry=self.industry.text(),
            region=self.region.text(),
            currency=self.currency.text(),
            current_revenue=self.revenue.text(),
            potential_revenue=self.potential.text(),
            description=self.description.toPlainText(),
            internal_notes=self.notes.toPlainText(),
        )

    def submit(self) -> AccountView:
        if self.account is None:
            return account_service.create_account(self.db, self.values())
        return account_service.update_account(self.db, self.account.id, self.values())

    def show_error(self, exc: DomainError) -> None:
        self.form.show_error(exc)

    @classmethod
    def ask(
        cls,
        db: Database,
        account: AccountView | None = None,
        currency: str = "EUR",
        parent: QWidget | None = None,
    ) -> AccountView | None:
        dialog = cls(db, account, currency, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class AssessmentDialog(_SubmitDialog):
    """Rate the 8 factors (1-5 or 'not rated'), with hints, a live score and the history."""

    def __init__(
        self, db: Database, account_id: int, weights: Mapping[Factor, float], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.account_id = account_id
        self.weights = dict(weights)
        detail = account_service.get_account(db, account_id)
        self.setWindowTitle(fmt(self.tr("Assess %1"), detail.account.name))
        self.setMinimumWidth(760)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Factor</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Rating</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>1 means … 5 means</b>")), 0, 2)
        grid.addWidget(QLabel(self.tr("<b>Weight</b>")), 0, 3)
        self.combos: dict[Factor, QComboBox] = {}
        latest = detail.assessments[0].ratings if detail.assessments else {}
        for row, factor in enumerate(Factor, start=1):
            combo = QComboBox()
            combo.setObjectName(f"rating_{factor.value}")
            combo.addItem(self.tr("not rated"), None)
            for value in range(1, 6):
                combo.addItem(str(value), value)
            current = latest.get(factor)
            combo.setCurrentIndex(current if current else 0)
            combo.currentIndexChanged.connect(self._update_preview)
            combo.setAccessibleName(factor.label)
            low, high = (translate("Scoring", end) for end in FACTOR_HINTS[factor])
            hint = QLabel(f"1: {low}  ·  5: {high}")
            hint.setStyleSheet(f"color: {theme.hex_of('text2')};")
            hint.setWordWrap(True)
            name = QLabel(factor.label)  # long in some languages: wraps rather than widening the rows
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(hint, row, 2)
            grid.addWidget(QLabel(f"{self.weights.get(factor, 0):g}"), row, 3)
            self.combos[factor] = combo
        self.date = DateEdit(clock.today(), optional=False)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Why these ratings? (internal)"))
        self.notes.setFixedHeight(50)
        self.preview = QLabel()
        self.preview.setObjectName("score_preview")
        self.preview.setStyleSheet("font-size: 15px; font-weight: 600;")
        formula = QLabel(translate("Scoring", FORMULA))
        formula.setWordWrap(True)
        formula.setStyleSheet(f"color: {theme.hex_of('text2')}; font-size: 11px;")
        self.error = ErrorLabel()
        self.error.hide()
        history = QLabel(self._history_text(detail.assessments))
        history.setObjectName("assessment_history")
        history.setStyleSheet(f"color: {theme.hex_of('text2')};")
        history.setWordWrap(True)
        layout = QVBoxLayout(self)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        factors = QWidget()  # the 8 rows scroll on a short screen instead of squeezing their hints
        factors.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(factors)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        date_row = QGridLayout()
        date_label = QLabel(self.tr("Assessed &on"))
        date_label.setBuddy(self.date)
        date_row.addWidget(date_label, 0, 0)
        date_row.addWidget(self.date, 0, 1)
        date_row.setColumnStretch(2, 1)
        layout.addLayout(date_row)
        layout.addWidget(self.notes)
        layout.addWidget(self.preview)
        layout.addWidget(formula)
        layout.addWidget(history)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Tab after the last factor goes to the notes, not into the date (today unless changed:
        # reached after the notes, or with Alt+O)
        combos = list(self.combos.values())
        for first, second in itertools.pairwise([*combos, self.notes, self.date]):
            QWidget.setTabOrder(first, second)
        self.notes.setAccessibleName(self.tr("Why these ratings"))
        self._update_preview()

    def _history_text(self, history: tuple[AssessmentView, ...]) -> str:
        if not history:
            return self.tr("No earlier assessments: this will be the first.")
        lines = [f"{date_text(a.assessed_on)}: {a.score.label}" for a in history[:6]]
        return self.tr("History (kept): ") + "   ·   ".join(lines)

    def ratings(self) -> dict[Factor, int | None]:
        return {f: c.currentData() for f, c in self.combos.items()}

    def set_rating(self, factor: Factor, value: int | None) -> None:
        combo = self.combos[factor]
        combo.setCurrentIndex(combo.findData(value) if value is not None else 0)

    def _update_preview(self, *_args: object) -> None:
        result = score(self.ratings(), self.weights)
        if result.value is None:
            self.preview.setText(self.tr("Score: not assessed (rate at least one factor)"))
        else:
            missing = 8 - result.rated
            extra = self.tr(" — %n factor(s) missing", "", missing) if missing else ""
            self.preview.setText(
                fmt(
                    self.tr("Score: %1 / 100, on %2 of 8 factors"),
                    locale_format.score_text(result.value),
                    str(result.rated),
                )
                + extra
            )

    def submit(self) -> AssessmentView:
        return account_service.add_assessment(
            self.db,
            self.account_id,
            self.ratings(),
            assessed_on=self.date.date().toString("yyyy-MM-dd"),
            notes=self.notes.toPlainText(),
        )

    def show_error(self, exc: DomainError) -> None:
        self.error.setText(exc.message)
        self.error.show()

    @classmethod
    def ask(
        cls, db: Database, account_id: int, weights: Mapping[Factor, float], parent: QWidget | None = None
    ) -> AssessmentView | None:
        dialog = cls(db, account_id, weights, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class StatusDialog(_SubmitDialog):
    """Change an account's status, with the written reason the cap rules require."""

    def __init__(
        self,
        db: Database,
        account: AccountView,
        to_status: AccountStatus,
        cap_text: str,
        needs_reason: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.account = account
        self.to_status = to_status
        if to_status is AccountStatus.KEY:
            title = fmt(self.tr("Promote %1 to key account"), account.name)
        elif to_status is AccountStatus.ARCHIVED:
            title = fmt(self.tr("Archive %1"), account.name)
        else:
            title = fmt(self.tr("Change %1 to %2"), account.name, to_status.label.lower())
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        info = QLabel(cap_text)
        info.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        if not needs_reason:
            placeholder = self.tr("Reason (recorded with the date).")
        elif to_status is AccountStatus.KEY:  # promoted over the cap
            placeholder = self.tr("Required: why this account deserves a place beyond the cap.")
        else:  # a key account demoted or archived
            placeholder = self.tr("Required: why this account is no longer a key account.")
        self.reason.setPlaceholderText(placeholder)
        self.reason.setFixedHeight(90)
        self.error = ErrorLabel()
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def submit(self) -> AccountView:
        return account_service.change_status(
            self.db, self.account.id, self.to_status, self.reason.toPlainText()
        )

    def show_error(self, exc: DomainError) -> None:
        self.error.setText(exc.message)
        self.error.show()

    @classmethod
    def ask(
        cls,
        db: Database,
        account: AccountView,
        to_status: AccountStatus,
        cap_text: str,
        needs_reason: bool,
        parent: QWidget | None = None,
    ) -> AccountView | None:
        dialog = cls(db, account, to_status, cap_text, needs_reason, parent)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def money_text(value: Decimal) -> str:
    return f"{value:,.2f}"


Submit = Callable[[], Any]
_ = Qt
