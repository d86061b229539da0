"""KAM is not selling (success factor 6): the four things customers say they want, where the
account-management path differs from selling, how many key-account plan objectives answer
each, and the manager's own reflection."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.program_method import CUSTOMER_WANTS, SELLING_VS_KAM, text
from kam_desktop.i18n import fmt
from kam_desktop.services import program_checklist as pc
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext
from kam_desktop.ui.common.widgets import ErrorLabel


class SellingTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        intro = QLabel(text(SELLING_VS_KAM))
        intro.setWordWrap(True)
        intro.setStyleSheet(f"background: {theme.hex_of('surface_alt')}; padding: 10px; border-radius: 4px;")
        ask = QLabel(
            self.tr(
                "Customers say they want four things from a key supplier. For each, note where your program "
                "follows the account-management path rather than the selling one."
            )
        )
        ask.setWordWrap(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addWidget(ask)
        self.reflections: list[QPlainTextEdit] = []
        self.linked: list[QLabel] = []
        for want in CUSTOMER_WANTS:
            box = QGroupBox(f"{want.number}. {text(want.want)}")
            box_layout = QVBoxLayout(box)
            contrast = QLabel(
                f"<span style='color:{theme.hex_of('warn')}'>"
                + (self.tr("Selling"))
                + f":</span> {text(want.selling)}<br>"
                f"<span style='color:{theme.hex_of('heading')}'>"
                + (self.tr("Account management"))
                + f":</span> {text(want.kam)}"
            )
            contrast.setWordWrap(True)
            linked = QLabel()
            linked.setObjectName(f"linked_{want.number}")
            linked.setStyleSheet(f"color: {theme.hex_of('text2')};")
            reflection = QPlainTextEdit()
            reflection.setObjectName(f"reflection_{want.number}")
            reflection.setPlaceholderText(self.tr("Where does our program take the account-management path?"))
            reflection.setFixedHeight(52)
            box_layout.addWidget(contrast)
            box_layout.addWidget(linked)
            box_layout.addWidget(reflection)
            layout.addWidget(box)
            self.reflections.append(reflection)
            self.linked.append(linked)
        self.save_button = QPushButton(self.tr("Save reflections"))
        self.save_button.setObjectName("btn_save_reflections")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.saved = QLabel()
        self.saved.setStyleSheet(f"color: {theme.hex_of('good')};")
        self.error = ErrorLabel()
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def load(self) -> None:
        for item, view in zip(pc.list_reflections(self.ctx.db), self.reflections, strict=True):
            view.setPlainText(item.reflection)
        self.load_linked()
        self.save_button.setEnabled(not self.ctx.read_only)

    def load_linked(self) -> None:
        """How many key-account plan objectives (or decision makers) answer each want."""
        for item, linked, want in zip(
            pc.list_reflections(self.ctx.db), self.linked, CUSTOMER_WANTS, strict=True
        ):
            if want.focus is None:
                linked.setText(
                    fmt(self.tr("Economic buyers and decision makers known at key accounts: %1"), item.linked)
                )
            else:
                linked.setText(
                    fmt(
                        self.tr("Key-account plan objectives for %1: %2"),
                        want.focus.label.lower(),
                        item.linked,
                    )
                )
        self.save_button.setEnabled(not self.ctx.read_only)

    def _on_save_button_clicked(self) -> None:
        self.error.hide()
        self.saved.clear()
        try:
            for number, view in enumerate(self.reflections, start=1):
                pc.save_reflection(self.ctx.db, number, view.toPlainText())
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.saved.setText(self.tr("Saved."))
        self.load_linked()
