"""Team & roles: the role matrix does not move under the cursor when the coverage banner changes
(issue 16 item 7), and fluency tells "not rated" apart from "weak" (item 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kam_desktop.domain.enums import AccountStatus, FluencyArea
from kam_desktop.services import team
from kam_desktop.services.accounts import AccountInput, change_status, create_account
from kam_desktop.services.team import MemberInput
from kam_desktop.ui.common import theme
from kam_desktop.ui.team.account_roles_tab import Tab
from kam_desktop.ui.team.models import ROLES


def _tab(qtbot, ctx):  # type: ignore[no-untyped-def]
    account = create_account(ctx.db, AccountInput(name="Acme"))
    change_status(ctx.db, account.id, AccountStatus.KEY)
    members = [team.create_member(ctx.db, MemberInput(n, "Engineer")).id for n in ("Ann", "Bob", "Cy")]
    for member in members:
        team.add_to_account_team(ctx.db, account.id, member)
    tab = Tab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.set_account(account.id)
    return tab, members


def test_closing_every_gap_does_not_move_the_matrix_rows(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    tab, _members = _tab(qtbot, ctx)
    view = tab.view
    heights: list[int] = []
    for row, role in enumerate(ROLES):  # one click per role, on rows 0,1,2,0,1,2
        index = tab.model.index(row % 3, 1 + ROLES.index(role))
        before = view.viewport().mapTo(tab, view.visualRect(index).center())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
        QApplication.processEvents()  # the layout settles (no sleeping)
        after = view.viewport().mapTo(tab, view.visualRect(index).center())
        assert after == before, f"row {row % 3} moved after assigning {role.value}"
        heights.append(tab.summary.height())
    assert "All 6 roles have a primary holder" in tab.summary.text()
    assert heights[0] > heights[-1]  # the banner did shrink (a gap list, then one line)


def test_fluency_not_rated_is_neither_weak_nor_red(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    tab, members = _tab(qtbot, ctx)
    ann = members[0]
    team.rate_fluency(ctx.db, ann, {FluencyArea.MARKET: 1})
    tab.reload()
    model = tab.fluency.model
    row = next(i for i, r in enumerate(model.rows) if r.member_id == ann)
    market = model.index(row, 1 + list(FluencyArea).index(FluencyArea.MARKET))
    needs = model.index(row, 1 + list(FluencyArea).index(FluencyArea.CUSTOMER_NEEDS))
    assert (market.data(), needs.data()) == ("⚠ 1", "not rated")
    assert market.data(Qt.ItemDataRole.BackgroundRole).color() == theme.color("bad_bg")
    assert needs.data(Qt.ItemDataRole.BackgroundRole).color() == theme.color("neutral_bg")
    assert needs.data(Qt.ItemDataRole.ForegroundRole).color() == theme.color("muted")
    assert "Not rated yet" in needs.data(Qt.ItemDataRole.ToolTipRole)
    weak, unrated = tab.fluency.summary.text().split("Not rated yet")
    needs_label = f"<b>{FluencyArea.CUSTOMER_NEEDS.label}</b>"
    assert "Weak areas for this team" in weak and f"<b>{FluencyArea.MARKET.label}</b>" in weak
    assert needs_label in unrated and needs_label not in weak
