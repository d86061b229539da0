"""The account workspace tab "Team & roles": the role-coverage matrix (team x 6 roles) with a
totals row, advice for each gap, the roles explained, and the team's fluency."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.coverage import Advice, Coverage, describe
from kam_desktop.domain.enums import ROLE_DESCRIPTIONS, Role, RoleStrength
from kam_desktop.domain.errors import DomainError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import team
from kam_desktop.services.team import AccountMatrix, RemovedFromTeam
from kam_desktop.ui.common import prompter, theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.errors import attempt
from kam_desktop.ui.team import styles as st
from kam_desktop.ui.team.fluency import FluencyPanel, fit_height
from kam_desktop.ui.team.member_dialog import MemberDialog
from kam_desktop.ui.team.models import AccountMatrixModel

SECTION_STYLE = "font-size: 14px; font-weight: 600; margin-top: 6px;"

# The letter that makes a cell primary or backup: the first letter of the word the legend uses,
# translated with it (Italian: T for titolare, R for riserva).
LETTER_KEYS = {
    "primary": QT_TRANSLATE_NOOP("RoleMatrixKeys", "P"),
    "backup": QT_TRANSLATE_NOOP("RoleMatrixKeys", "B"),
}


def letter_key(strength: str) -> str:
    return translate("RoleMatrixKeys", LETTER_KEYS[strength])


def advice_html(tip: Advice) -> str:
    """One advice line: the state in colour and words, then who could take the role."""
    text, fg, _bg = st.COVERAGE_LOOK[tip.state]
    role = escape(st.role_label(tip.role))
    head = f'<span style="color:{theme.hex_of(fg)}; font-weight:600">{escape(translate("Team", text))} {role}</span>'
    if tip.candidates:
        names = ", ".join(escape(describe(c)) for c in tip.candidates[:3])
        body = fmt(translate("Team", "On this team: %1 - give one of them the role here."), names)
    elif tip.outside:
        names = ", ".join(escape(describe(c)) for c in tip.outside[:3])
        body = fmt(translate("Team", "Nobody on this team plays it elsewhere. Consider adding %1."), names)
    else:
        body = translate("Team", "Nobody plays it on any account yet: find or develop someone for it.")
    return f"{head} - {body}"


class Tab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self.matrix: AccountMatrix | None = None
        self._undo: RemovedFromTeam | None = None

        self.summary = QLabel()
        self.summary.setObjectName("coverage_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 15px; padding: 2px 0;")

        self.add_combo = QComboBox()
        self.add_combo.setObjectName("add_member_combo")
        self.add_combo.setMinimumWidth(200)
        # a long "name - function" is elided: the tooltip shows it whole
        self.add_combo.currentIndexChanged.connect(
            lambda _i: self.add_combo.setToolTip(self.add_combo.currentText())
        )
        self.add_button = QPushButton(self.tr("Add to this account"))
        self.add_button.setObjectName("add_member_button")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.new_button = QPushButton(self.tr("New team member…"))
        self.new_button.setObjectName("new_member_button")
        self.new_button.clicked.connect(self._on_new_button_clicked)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Add team member to this account:")))
        controls.addWidget(self.add_combo)
        controls.addWidget(self.add_button)
        controls.addSpacing(12)
        controls.addWidget(self.new_button)
        controls.addStretch(1)

        self.model = AccountMatrixModel(self)
        self.view = QTableView()
        self.view.setObjectName("account_role_matrix")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setStyleSheet(
            f"QTableView {{ gridline-color: {theme.hex_of('gridline')}; font-size: 13px; }}"
            f"QTableView::item:selected {{ border: 2px solid {theme.hex_of('accent')}; }}"
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 230)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(44)
        self.view.clicked.connect(self._on_view_clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_view_context_menu)
        self.view.installEventFilter(self)
        self.legend = QLabel(
            fmt(
                self.tr(
                    "Click a cell: none → ● primary → ○ backup → none (or Space; %1, %2, Del). "
                    "Right-click for more. * = holds a role but is not on the core team."
                ),
                letter_key("primary"),
                letter_key("backup"),
            )
        )
        self.legend.setStyleSheet(f"color: {theme.hex_of('text2')};")
        self.legend.setWordWrap(True)

        self.message = QLabel()
        self.message.setObjectName("roles_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undo_remove_button")
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.undo_button)
        self.undo_button.hide()
        self.message.hide()

        self.advice = QLabel()
        self.advice.setObjectName("gap_advice")
        self.advice.setTextFormat(Qt.TextFormat.RichText)
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("font-size: 13px;")

        self.roles_help = QLabel(self._roles_html())
        self.roles_help.setObjectName("role_descriptions")
        self.roles_help.setTextFormat(Qt.TextFormat.RichText)
        self.roles_help.setWordWrap(True)
        self.fluency = FluencyPanel(ctx, compact=True)
        self.fluency.rated.connect(self.reload)

        # one column: the fluency table gets the full width (its Italian titles need it)
        bottom = QVBoxLayout()
        bottom.addWidget(self._section(self.tr("Fluency of this team (latest rating, 1-5)")))
        bottom.addWidget(self.fluency)
        bottom.addWidget(self._section(self.tr("The 6 roles")))
        bottom.addWidget(self.roles_help)
        bottom.addStretch(1)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(8, 6, 8, 6)
        # Nothing above the matrix changes height as the user clicks: the coverage banner (which
        # grows and shrinks as gaps close) sits below it, so the rows never move under the cursor.
        column.addLayout(controls)
        column.addWidget(self.view)
        column.addWidget(self.legend)
        column.addLayout(message_row)
        column.addWidget(self.summary)
        column.addWidget(self._section(self.tr("Closing the gaps")))
        column.addWidget(self.advice)
        column.addLayout(bottom, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # always there: a scroll bar that comes and goes would shift the matrix's columns
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- construction helpers ------------------------------------------------------------

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet(SECTION_STYLE)
        return label

    def _roles_html(self) -> str:
        rows = "".join(
            f"<tr><td style='padding:1px 8px 1px 0'><b>{escape(st.role_label(r))}</b></td>"
            f"<td style='padding:1px 0'>{escape(translate('Enums', ROLE_DESCRIPTIONS[r]))}</td></tr>"
            for r in Role
        )
        return f"<table>{rows}</table>"

    KEYS = {
        Qt.Key.Key_Space: "cycle",
        Qt.Key.Key_Delete: "none",
        Qt.Key.Key_Backspace: "none",
    }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys on the matrix: Space cycles, P primary, B backup (letters of the interface's
        language: T titolare, R riserva in Italian), Delete clears."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            strength = self.KEYS.get(Qt.Key(event.key()))
            if strength is None and event.text():
                letters = {letter_key(s).casefold(): s for s in LETTER_KEYS}
                strength = letters.get(event.text().casefold())
            if strength is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self._on_shortcut(strength)
                return True
        return super().eventFilter(watched, event)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- loading -------------------------------------------------------------------------

    def set_account(self, account_id: int) -> None:
        """Show an account (also called again by the workspace after every change)."""
        if account_id != self.account_id:
            self._undo = None
            self.undo_button.hide()
            self._say("")
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        current = self.view.currentIndex()
        cell = (current.row(), current.column()) if current.isValid() else None
        try:
            matrix = team.account_matrix(self.ctx.db, self.account_id)
        except DomainError as exc:
            self.matrix = None
            self.model.set_matrix(None)
            self.summary.setText(escape(exc.message))
            return
        self.matrix = matrix
        self.model.set_matrix(matrix)
        fit_height(self.view, row_height=32)
        if cell is not None and self.model.hasIndex(*cell):
            self.view.setCurrentIndex(self.model.index(*cell))
        self._fill_summary(matrix)
        self._fill_add_combo(matrix)
        self.advice.setText(self._advice_html(matrix))
        self.fluency.set_rows(matrix.fluency)

    def _fill_summary(self, matrix: AccountMatrix) -> None:
        gaps = [c for c in matrix.roles if c.state is not Coverage.COVERED]
        if not gaps:
            colour, text = (
                theme.hex_of(st.COVERAGE_LOOK[Coverage.COVERED][1]),
                self.tr("✔ All 6 roles have a primary holder."),
            )
            self.summary.setText(f'<span style="color:{colour}; font-weight:600">{escape(text)}</span>')
            return
        parts = ", ".join(
            f'<span style="color:{theme.hex_of(st.COVERAGE_LOOK[c.state][1])}">{escape(st.role_label(c.role))} '
            f"({escape(st.coverage_text(c.state))})</span>"
            for c in gaps
        )
        head = fmt(self.tr("⚠ This team lacks %1 of the 6 roles:"), str(len(gaps)))
        self.summary.setText(f'<b style="color:{theme.hex_of("bad_chip")}">{escape(head)}</b> {parts}')

    def _fill_add_combo(self, matrix: AccountMatrix) -> None:
        self.add_combo.clear()
        for ref in matrix.available:
            self.add_combo.addItem(f"{ref.name} - {ref.function}" if ref.function else ref.name, ref.id)
        has = bool(matrix.available)
        self.add_combo.setEnabled(has and not self.ctx.read_only)
        self.add_button.setEnabled(has and not self.ctx.read_only)
        if not has:
            self.add_combo.addItem(self.tr("Everyone is on this account; create a new team member →"))

    def _advice_html(self, matrix: AccountMatrix) -> str:
        if not matrix.members:
            return escape(
                self.tr(
                    "No team yet. First add the people on our side who work on this account "
                    "(above), then click the cells to give them roles."
                )
            )
        if not matrix.advice:
            return escape(
                self.tr(
                    "Every role has a primary holder. Check the backups: a role held by one "
                    "person is at risk when they are away."
                )
            )
        return "<br>".join(advice_html(tip) for tip in matrix.advice)

    # --- editing -------------------------------------------------------------------------

    def _target(self, index: QModelIndex) -> tuple[int, Role] | None:
        member = self.model.member_at(index.row()) if index.isValid() else None
        role = self.model.role_at(index.column()) if index.isValid() else None
        if member is None or role is None:
            return None
        return member.id, role

    def cycle_cell(self, row: int, column: int) -> None:
        self._on_view_clicked(self.model.index(row, column))

    def _on_view_clicked(self, index: QModelIndex) -> None:
        target = self._target(index)
        if target is None or self.account_id is None:
            return
        member = self.model.member_at(index.row())
        if member is not None and member.archived:
            self._say(
                fmt(
                    self.tr(
                        "%1 is archived and cannot take roles; right-click to clear an old "
                        "assignment, or unarchive them in the Team section."
                    ),
                    member.name,
                )
            )
            return
        self._apply(target, "cycle")

    def _on_shortcut(self, strength: str) -> None:
        index = self.view.currentIndex()
        target = self._target(index)
        if target is None:
            return
        member = self.model.member_at(index.row())
        if member is not None and member.archived and strength != "none":
            self._on_view_clicked(index)
            return
        self._apply(target, strength)

    def _apply(self, target: tuple[int, Role], strength: str) -> None:
        if self.account_id is None or self.ctx.read_only:
            return
        member_id, role = target
        # A refusal is shown by attempt(); reload either way to show what is stored.
        if strength == "cycle":
            attempt(self, team.cycle_role, self.ctx.db, self.account_id, member_id, role)
        else:
            value = None if strength == "none" else RoleStrength(strength)
            attempt(self, team.set_role, self.ctx.db, self.account_id, member_id, role, value)
        self._say("")
        self.undo_button.hide()
        self.reload()
        self.ctx.notify(Topic.ROLES)

    def _on_view_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        member = self.model.member_at(index.row()) if index.isValid() else None
        if member is None:
            return
        self.view.setCurrentIndex(index)
        menu = self.build_menu(index)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def build_menu(self, index: QModelIndex) -> QMenu:
        """The context menu of a cell (public so tests can trigger its actions)."""
        menu = QMenu(self)
        member = self.model.member_at(index.row())
        role = self.model.role_at(index.column())
        assert member is not None
        if role is not None:
            current = member.strength(role)
            for label, value in (
                (self.tr("● Primary"), "primary"),
                (self.tr("○ Backup"), "backup"),
                (self.tr("Not assigned"), "none"),
            ):
                action = menu.addAction(f"{label} - {st.role_label(role)}")
                action.setCheckable(True)
                action.setChecked((current.value if current else "none") == value)
                action.setEnabled(not member.archived or value == "none")
                action.setData(value)
                action.triggered.connect(
                    lambda _c=False, v=value, m=member.id, r=role: self._apply((m, r), v)
                )
            menu.addSeparator()
        remove = menu.addAction(fmt(self.tr("Remove %1 from this account team…"), member.name))
        remove.setData("remove")
        remove.triggered.connect(lambda _c=False, m=member.id: self.remove_member(m))
        return menu

    def remove_member(self, member_id: int) -> None:
        if self.account_id is None or self.matrix is None:
            return
        member = next((m for m in self.matrix.members if m.id == member_id), None)
        if member is None:
            return
        roles = len(member.roles)
        question = fmt(self.tr("Remove %1 from this account's team?"), member.name)
        if roles:
            question += " " + self.tr("This also clears their %n role(s) here. You can undo it.", "", roles)
        if not prompter.confirm(self, self.tr("Remove from team"), question):
            return
        removed = attempt(self, team.remove_from_account_team, self.ctx.db, self.account_id, member_id)
        if removed is None:
            return
        self._undo = removed
        self._say(fmt(self.tr("%1 was removed from this account's team."), member.name))
        self.undo_button.show()
        self.reload()
        self.ctx.notify(Topic.ROLES, Topic.TEAM)

    def _on_undo_button_clicked(self) -> None:
        if self._undo is None:
            return
        attempt(self, team.restore_to_account_team, self.ctx.db, self._undo)
        self._undo = None
        self.undo_button.hide()
        self._say("")
        self.reload()
        self.ctx.notify(Topic.ROLES, Topic.TEAM)

    def _on_add_button_clicked(self) -> None:
        member_id = self.add_combo.currentData()
        if self.account_id is None or member_id is None:
            return
        attempt(self, team.add_to_account_team, self.ctx.db, self.account_id, int(member_id))
        self.reload()
        self.ctx.notify(Topic.TEAM)

    def _on_new_button_clicked(self) -> None:
        created = MemberDialog.ask(self.ctx.db, None, self)
        if created is None or self.account_id is None:
            return
        attempt(self, team.add_to_account_team, self.ctx.db, self.account_id, created.id)
        self.reload()
        self.ctx.notify(Topic.TEAM)
