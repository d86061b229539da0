"""The charter: the shared definition of KAM, its six components each accepted, adapted or
rejected, with what it means for us in our own words, dated."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain import program as d
from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.program_method import CORE_DEFINITION, CharterDecision, text
from kam_desktop.i18n import fmt
from kam_desktop.services import program_checklist as pc
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.date_edit import DateEdit
from kam_desktop.ui.common.locale_format import date_text
from kam_desktop.ui.common.widgets import ErrorLabel


class ComponentEditor(QGroupBox):
    def __init__(self, tab: CharterTab, item: d.CharterItem) -> None:
        super().__init__()
        self.tab = tab
        self.component = item.component
        self.setObjectName(f"component_{item.component}")
        statement = QLabel(f"<b>{item.component}.</b> {text(item.statement)}")
        statement.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[CharterDecision, QRadioButton] = {}
        choices = QHBoxLayout()
        for decision, label in (
            (CharterDecision.ACCEPT, self.tr("Accept")),
            (CharterDecision.ADAPT, self.tr("Adapt")),
            (CharterDecision.REJECT, self.tr("Reject")),
        ):
            button = QRadioButton(label)
            button.setObjectName(f"decision_{item.component}_{decision.value}")
            self.group.addButton(button)
            self.buttons[decision] = button
            choices.addWidget(button)
        self.date = DateEdit(optional=False)  # the locale's order (29/11/2026), calendar pop-up
        self.date.setObjectName(f"decided_on_{item.component}")
        choices.addWidget(QLabel(self.tr("Decided on")))
        choices.addWidget(self.date)
        choices.addStretch(1)
        self.words = QPlainTextEdit()
        self.words.setObjectName(f"our_words_{item.component}")
        self.words.setPlaceholderText(self.tr("What it means for us, in our words"))
        self.words.setFixedHeight(52)
        self.save = QPushButton(self.tr("Save"))
        self.save.setObjectName(f"btn_save_component_{item.component}")
        self.save.clicked.connect(self._on_save_clicked)
        self.error = ErrorLabel()
        self.error.hide()
        self.status = QLabel()
        self.status.setStyleSheet(f"color: {theme.hex_of('text2')};")
        layout = QVBoxLayout(self)
        layout.addWidget(statement)
        layout.addLayout(choices)
        row = QHBoxLayout()
        row.addWidget(self.words, 1)
        row.addWidget(self.save)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.show_item(item)

    def show_item(self, item: d.CharterItem) -> None:
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        if item.decision is not None:
            self.buttons[item.decision].setChecked(True)
        self.words.setPlainText(item.our_words)
        on = item.decided_on
        self.date.setDate(QDate(on.year, on.month, on.day) if on else QDate.currentDate())
        self.status.setText(
            fmt(self.tr("%1 on %2"), item.decision.label, date_text(on))
            if item.decision is not None and on is not None
            else self.tr("Not decided yet")
        )
        self.save.setEnabled(not self.tab.ctx.read_only)

    def decision(self) -> CharterDecision | None:
        return next((dec for dec, b in self.buttons.items() if b.isChecked()), None)

    def _on_save_clicked(self) -> None:
        self.error.hide()
        try:
            charter = pc.decide_component(
                self.tab.ctx.db,
                self.component,
                self.decision(),
                self.words.toPlainText(),
                self.date.date().toString("yyyy-MM-dd"),
            )
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.show_item(charter.items[self.component - 1])
        self.tab.show_summary(charter)


class CharterTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        definition = QLabel("<b>" + (self.tr("Our definition")) + f"</b><br>{text(CORE_DEFINITION)}")
        definition.setWordWrap(True)
        definition.setStyleSheet(
            f"background: {theme.hex_of('surface_alt')}; padding: 10px; border-radius: 4px;"
        )
        hint = QLabel(
            self.tr(
                "Six components make the definition shared and useful. Accept each one as it is, adapt it "
                "to your organisation, or reject it - and say what it means for you. The charter is the "
                "first page of the program report."
            )
        )
        hint.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("charter_summary")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(definition)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        charter = pc.get_charter(ctx.db)
        self.editors = [ComponentEditor(self, item) for item in charter.items]
        for editor in self.editors:
            layout.addWidget(editor)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll
        self.show_summary(charter)

    def show_summary(self, charter: d.Charter) -> None:
        self.summary.setText(fmt(self.tr("%1 of 6 components decided."), charter.decided))

    def load(self) -> None:
        charter = pc.get_charter(self.ctx.db)
        for editor, item in zip(self.editors, charter.items, strict=True):
            editor.show_item(item)
        self.show_summary(charter)
