""" "Share with the customer" where an item is edited: a value proposition, a meeting, a review.

The Customer plan tab lists everything; these controls let the manager decide in the item's own
dialog too, and say what of the item the customer reads (never the working text).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.store.database import Database
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.locale_format import date_text


class ShareWithCustomer(QWidget):
    """A share checkbox with what the customer will read of this kind of item."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.check = QCheckBox(self.tr("Share with the customer (joint plan)"))
        self.check.setObjectName(f"share_{kind}")
        if kind == "interaction":
            hint = self.tr(
                "The customer reads its date, kind and subject among the meetings coming up; "
                "the summary, next steps and attendees stay ours."
            )
        else:
            hint = self.tr(
                "The customer reads the title, the problem, the solution, the value in words and "
                "the proof, as written here; the value per year stays ours."
            )
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {theme.hex_of('muted')}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.hint)

    def load(self, db: Database, item_id: int | None) -> None:
        self.check.setChecked(sharing.is_shared(db, self.kind, item_id) if item_id is not None else False)

    def save(self, db: Database, item_id: int) -> None:
        sharing.set_shared(db, self.kind, item_id, self.check.isChecked())

    def isChecked(self) -> bool:  # noqa: N802 - reads like the checkbox it wraps
        return self.check.isChecked()


class ReviewShareDialog(QDialog):
    """A review's summary for the customer, and whether it is shared (the findings never are)."""

    def __init__(self, db: Database, review_id: int, held_on: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.review_id = db, review_id
        self.setWindowTitle(self.tr("Share the review with the customer"))
        self.setMinimumWidth(520)
        shared, summary = sharing.review_share(db, review_id)
        intro = QLabel(
            self.tr(
                "The customer reads this summary in the joint plan, under what we have delivered; "
                "the findings, health and adjustments stay ours."
            )
        )
        intro.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("customer_summary")
        self.summary.setPlaceholderText(self.tr("What we achieved together, in the customer's words."))
        self.summary.setPlainText(summary)
        self.check = QCheckBox(self.tr("Share with the customer (joint plan)"))
        self.check.setObjectName("share_review")
        self.check.setChecked(shared)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.hex_of('bad')}")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(date_text(held_on)))
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.check)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _on_ok(self) -> None:
        try:
            sharing.save_review_share(
                self.db, self.review_id, self.summary.toPlainText(), self.check.isChecked()
            )
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(cls, db: Database, review_id: int, held_on: dt.date, parent: QWidget | None = None) -> bool:
        """True when something was saved."""
        dialog = cls(db, review_id, held_on, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
