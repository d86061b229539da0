"""The Program page's Settings tab: the KAM program's settings (cap, currency, who you are, the
shared definition in free text) and the scoring weights."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import Factor
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.scoring import FORMULA
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.services import program as program_service
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.widgets import ValidatedForm
from kam_desktop.ui.portfolio.weights import WeightsDialog

DEFINITION_HINT = QT_TRANSLATE_NOOP(
    "SettingsTab",
    "A good definition says: key accounts are distinct from merely large ones; their number is limited "
    "and protected; they are institutional partners with whom value is co-created; focus goes to "
    "penetration, expansion and protection; they are assets that need continued investment; and returns "
    "are judged against long-term strategy.",
)


class SettingsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = ValidatedForm()
        self.cap = QSpinBox()
        self.cap.setObjectName("key_account_cap")
        self.cap.setRange(1, 10000)
        self.form.add_row("key_account_cap", self.tr("Key-account cap"), self.cap)
        self.currency = self.form.add_row("currency", self.tr("Currency"), QLineEdit())
        self.currency.setMaxLength(3)
        self.user_name = self.form.add_row("user_name", self.tr("Your name (on exported plans)"), QLineEdit())
        self.company = self.form.add_row("company_name", self.tr("Your company"), QLineEdit())
        self.definition = self.form.add_row(
            "definition", self.tr("Our shared definition of KAM"), QPlainTextEdit()
        )
        self.definition.setPlaceholderText(translate("SettingsTab", DEFINITION_HINT))
        self.definition.setFixedHeight(110)
        self.form.finish()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("btn_save_program")
        self.save_button.clicked.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(f"color: {theme.hex_of('good')};")
        settings_box = QGroupBox(self.tr("Program settings"))
        box_layout = QVBoxLayout(settings_box)
        box_layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved_label, 1)
        box_layout.addLayout(row)

        weights_box = QGroupBox(self.tr("Identification scoring"))
        weights_layout = QVBoxLayout(weights_box)
        self.weights_label = QLabel()
        self.weights_label.setObjectName("weights_summary")
        self.weights_label.setWordWrap(True)
        formula = QLabel(translate("Scoring", FORMULA))
        formula.setWordWrap(True)
        formula.setStyleSheet(f"color: {theme.hex_of('text2')};")
        edit_weights = QPushButton(self.tr("Edit weights…"))
        edit_weights.clicked.connect(self._on_edit_weights)
        weights_layout.addWidget(self.weights_label)
        weights_layout.addWidget(formula)
        weights_layout.addWidget(edit_weights)
        columns = QHBoxLayout()
        columns.addWidget(settings_box, 3)
        right = QVBoxLayout()
        right.addWidget(weights_box)
        right.addStretch(1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(columns)
        layout.addStretch(1)

    def load(self) -> None:
        program = program_service.get_program(self.ctx.db)
        self.cap.setValue(program.key_account_cap)
        self.currency.setText(program.currency)
        self.user_name.setText(program.user_name)
        self.company.setText(program.company_name)
        self.definition.setPlainText(program.definition)
        total = sum(program.weights.values()) or 1.0
        lines = [
            f"{f.label}: {program.weights.get(f, 0):g} ({program.weights.get(f, 0) / total:.0%})"
            for f in Factor
        ]
        self.weights_label.setText("<br>".join(lines))
        writable = not self.ctx.read_only
        self.save_button.setEnabled(writable)

    def save(self) -> None:
        self.form.clear_errors()
        self.saved_label.clear()
        try:
            program_service.update_program(
                self.ctx.db,
                program_service.ProgramInput(
                    key_account_cap=self.cap.value(),
                    currency=self.currency.text(),
                    user_name=self.user_name.text(),
                    company_name=self.company.text(),
                    definition=self.definition.toPlainText(),
                ),
            )
        except DomainError as exc:
            self.form.show_error(exc)
            return
        self.saved_label.setText(self.tr("Saved."))
        self.ctx.notify(Topic.PROGRAM)

    def _on_edit_weights(self) -> None:
        if WeightsDialog.ask(self.ctx.db, self):
            self.ctx.notify(Topic.PROGRAM)
