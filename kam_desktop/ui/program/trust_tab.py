"""Internal trust and collaboration (success factor 8): the six questions to ask of our own
organisation, each with an answer and a rating; and, per key account, which of our divisions
are involved and how well they cooperate."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain import program as d
from kam_desktop.domain.enums import AccountStatus
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.program_method import TRUST_QUESTIONS, text
from kam_desktop.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services import program_checklist as pc
from kam_desktop.services.accounts import list_accounts
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.table_model import Column, RowTableModel
from kam_desktop.ui.common.widgets import ErrorLabel


def rating_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem("–", None)
    for level in range(1, 6):
        combo.addItem(f"{level}/5", level)
    return combo


def set_rating(combo: QComboBox, value: int | None) -> None:
    combo.setCurrentIndex(0 if value is None else value)


COOPERATION_COLUMNS: list[Column[d.DivisionCooperation]] = [
    Column("division", QT_TRANSLATE_NOOP("Column", "Our division"), lambda c: c.division),
    Column("involvement", QT_TRANSLATE_NOOP("Column", "How it is involved"), lambda c: c.involvement),
    Column(
        "rating",
        QT_TRANSLATE_NOOP("Column", "Cooperation"),
        lambda c: "–" if c.rating is None else f"{c.rating}/5",
        lambda c: c.rating or 0,
    ),
]


class TrustTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        intro = QLabel(
            self.tr(
                "Key accounts grow when other divisions take part. Answer these questions about your own "
                "organisation, and rate how well you do today (1 = a real obstacle, 5 = a strength)."
            )
        )
        intro.setWordWrap(True)
        questions = QGroupBox(self.tr("Questions to ask of our organisation"))
        grid = QGridLayout(questions)
        grid.setColumnStretch(1, 1)
        self.answers: list[QPlainTextEdit] = []
        self.ratings: list[QComboBox] = []
        for i, question in enumerate(TRUST_QUESTIONS, start=1):
            label = QLabel(f"<b>{i}.</b> {text(question)}")
            label.setWordWrap(True)
            answer = QPlainTextEdit()
            answer.setObjectName(f"trust_answer_{i}")
            answer.setFixedHeight(46)
            rating = rating_combo(f"trust_rating_{i}")
            grid.addWidget(label, (i - 1) * 2, 0, 1, 3)
            grid.addWidget(answer, (i - 1) * 2 + 1, 0, 1, 2)
            grid.addWidget(rating, (i - 1) * 2 + 1, 2)
            self.answers.append(answer)
            self.ratings.append(rating)
        self.save_button = QPushButton(self.tr("Save answers"))
        self.save_button.setObjectName("btn_save_trust")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.error = ErrorLabel()
        self.error.hide()
        self.saved = QLabel()
        self.saved.setStyleSheet(f"color: {theme.hex_of('good')};")
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        grid.addLayout(row, len(TRUST_QUESTIONS) * 2, 0, 1, 3)
        grid.addWidget(self.error, len(TRUST_QUESTIONS) * 2 + 1, 0, 1, 3)

        coop = QGroupBox(self.tr("Our divisions on a key account"))
        coop_layout = QVBoxLayout(coop)
        self.account = QComboBox()
        self.account.setObjectName("cooperation_account")
        self.account.currentIndexChanged.connect(self._on_account_current_index_changed)
        self.coop_model: RowTableModel[d.DivisionCooperation] = RowTableModel(COOPERATION_COLUMNS, self)
        self.coop_view = QTableView()
        self.coop_view.setObjectName("cooperation_table")
        self.coop_view.setModel(self.coop_model)
        self.coop_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coop_view.verticalHeader().hide()
        self.coop_view.horizontalHeader().setStretchLastSection(True)
        self.coop_view.setMinimumHeight(110)
        self.division = QLineEdit()
        self.division.setObjectName("cooperation_division")
        self.division.setPlaceholderText(self.tr("Division (ours)"))
        self.involvement = QLineEdit()
        self.involvement.setObjectName("cooperation_involvement")
        self.involvement.setPlaceholderText(self.tr("How it is involved"))
        self.coop_rating = rating_combo("cooperation_rating")
        self.add_button = QPushButton(self.tr("Add division"))
        self.add_button.setObjectName("btn_add_cooperation")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.coop_error = ErrorLabel()
        self.coop_error.hide()
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Key account")))
        pick.addWidget(self.account, 1)
        add = QHBoxLayout()
        add.addWidget(self.division)
        add.addWidget(self.involvement, 2)
        add.addWidget(self.coop_rating)
        add.addWidget(self.add_button)
        add.addWidget(self.remove_button)
        coop_layout.addLayout(pick)
        coop_layout.addWidget(self.coop_view)
        coop_layout.addLayout(add)
        coop_layout.addWidget(self.coop_error)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addWidget(questions)
        layout.addWidget(coop)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def load(self) -> None:
        for answer, view, combo in zip(pc.list_trust(self.ctx.db), self.answers, self.ratings, strict=True):
            view.setPlainText(answer.answer)
            set_rating(combo, answer.rating)
        self.load_accounts()

    def load_accounts(self) -> None:
        """The key accounts to pick from, and the picked one's divisions (answers untouched)."""
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        for item in list_accounts(self.ctx.db):
            if item.status is AccountStatus.KEY:
                self.account.addItem(item.name, item.id)
        index = self.account.findData(current)
        self.account.setCurrentIndex(max(index, 0))
        self.account.blockSignals(False)
        self._load_cooperation()
        writable = not self.ctx.read_only
        for button in (self.save_button, self.add_button, self.remove_button):
            button.setEnabled(writable)

    def _load_cooperation(self) -> None:
        account_id = self.account.currentData()
        rows = pc.list_cooperation(self.ctx.db, account_id) if account_id is not None else ()
        self.coop_model.set_rows(rows)
        self.coop_view.resizeColumnsToContents()

    def _on_account_current_index_changed(self, _index: int) -> None:
        self._load_cooperation()

    def _on_save_button_clicked(self) -> None:
        self.error.hide()
        self.saved.clear()
        try:
            for i, (view, combo) in enumerate(zip(self.answers, self.ratings, strict=True), start=1):
                pc.answer_trust(self.ctx.db, i, view.toPlainText(), combo.currentData())
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.saved.setText(self.tr("Saved."))

    def _on_add_button_clicked(self) -> None:
        self.coop_error.hide()
        account_id = self.account.currentData()
        if account_id is None:
            self.coop_error.setText(self.tr("Make an account a key account first."))
            self.coop_error.show()
            return
        try:
            pc.save_cooperation(
                self.ctx.db,
                account_id,
                self.division.text(),
                self.involvement.text(),
                self.coop_rating.currentData(),
            )
        except DomainError as exc:
            self.coop_error.setText(exc.message)
            self.coop_error.show()
            return
        self.division.clear()
        self.involvement.clear()
        self.coop_rating.setCurrentIndex(0)
        self._load_cooperation()

    def _on_remove_button_clicked(self) -> None:
        rows = self.coop_view.selectionModel().selectedRows()
        if not rows:
            return
        pc.delete_cooperation(self.ctx.db, self.coop_model.row_at(rows[0].row()).id)
        self._load_cooperation()
