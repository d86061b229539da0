"""The org chart and stakeholder map: layout (pure) and drawing (QGraphicsView geometry)."""

from __future__ import annotations

import itertools

import pytest

from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.org_chart import OrgNode, layout, would_create_cycle
from kam_desktop.services import accounts
from kam_desktop.services import stakeholders as sh
from kam_desktop.services.stakeholders import StakeholderInput


def test_layout_centres_managers_over_their_reports() -> None:
    chart = layout([OrgNode(1), OrgNode(2, 1), OrgNode(3, 1), OrgNode(4, 2), OrgNode(5, 2), OrgNode(6, 3)])
    placed = chart.by_id()
    assert [n.id for n in chart.level(0)] == [1]
    assert [n.id for n in chart.level(1)] == [2, 3]
    assert [n.id for n in chart.level(2)] == [4, 5, 6]
    assert placed[2].x == (placed[4].x + placed[5].x) / 2
    assert placed[1].x == (placed[2].x + placed[3].x) / 2
    assert (chart.width, chart.depth) == (3, 3)
    assert set(chart.edges) == {(1, 2), (1, 3), (2, 4), (2, 5), (3, 6)}


def test_layout_survives_cycles_unknown_managers_and_long_chains() -> None:
    chart = layout([OrgNode(1, 2), OrgNode(2, 1), OrgNode(3, 99), OrgNode(4, 4)])
    assert {n.id for n in chart.nodes} == {1, 2, 3, 4}
    assert len(chart.level(0)) == 3  # one of the loop, the orphan, the self-report
    chain = layout([OrgNode(i, i - 1 if i else None) for i in range(3000)])
    assert chain.depth == 3000
    assert would_create_cycle({1: None, 2: 1, 3: 2}, 1, 3)
    assert not would_create_cycle({1: None, 2: 1, 3: 2}, 3, 1)


@pytest.fixture
def three_levels(db):  # type: ignore[no-untyped-def]
    account = accounts.create_account(db, accounts.AccountInput("Acme"))
    ceo = sh.save_stakeholder(
        db, account.id, StakeholderInput("Chief Exec", "CEO", influence=5, attitude=Attitude.SUPPORTER)
    )
    vps = [
        sh.save_stakeholder(
            db,
            account.id,
            StakeholderInput(f"VP {i}", reports_to_id=ceo.id, influence=4, attitude=Attitude.NEUTRAL),
        )
        for i in range(2)
    ]
    leads = [
        sh.save_stakeholder(
            db,
            account.id,
            StakeholderInput(
                f"Lead {i}", reports_to_id=vps[i % 2].id, influence=2, attitude=Attitude.OPPONENT
            ),
        )
        for i in range(4)
    ]
    unassessed = sh.save_stakeholder(
        db, account.id, StakeholderInput("New Person", reports_to_id=leads[0].id)
    )
    return account.id, ceo, vps, leads, unassessed


def test_org_chart_is_drawn_by_level(qtbot, ctx, three_levels) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.research.org_chart_view import NODE_H, OrgChartView

    account_id, ceo, vps, leads, unassessed = three_levels
    view = OrgChartView()
    qtbot.addWidget(view)
    view.set_chart(sh.org_chart(ctx.db, account_id))
    view.show()
    ys = {pid: item.pos().y() for pid, item in view.node_items.items()}
    assert len(view.node_items) == 8
    assert len({ys[v.id] for v in vps}) == 1 and len({ys[x.id] for x in leads}) == 1
    assert ys[ceo.id] < ys[vps[0].id] < ys[leads[0].id] < ys[unassessed.id]
    assert ys[vps[0].id] - ys[ceo.id] > NODE_H  # levels do not overlap
    xs = sorted(view.node_items[x.id].pos().x() for x in leads)
    assert all(b - a >= view.node_items[leads[0].id].rect().width() for a, b in itertools.pairwise(xs))
    ceo_centre = view.node_items[ceo.id].sceneBoundingRect().center().x()
    vp_centres = sorted(view.node_items[v.id].sceneBoundingRect().center().x() for v in vps)
    assert vp_centres[0] < ceo_centre < vp_centres[1]
    assert len(view.edge_items) == 7
    # colour by attitude, border by influence
    assert view.node_items[ceo.id].brush().color() != view.node_items[leads[0].id].brush().color()
    assert view.node_items[ceo.id].pen().widthF() > view.node_items[leads[0].id].pen().widthF()


def test_stakeholder_map_places_people_by_influence_and_attitude(qtbot, ctx, three_levels) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.research.org_chart_view import ATTITUDE_COLUMNS, StakeholderMapView

    account_id, ceo, _vps, leads, unassessed = three_levels
    view = StakeholderMapView()
    qtbot.addWidget(view)
    view.set_people(sh.list_stakeholders(ctx.db, account_id))
    assert view.placements[ceo.id] == (ATTITUDE_COLUMNS.index(Attitude.SUPPORTER), 0)
    assert view.placements[leads[0].id] == (ATTITUDE_COLUMNS.index(Attitude.OPPONENT), 3)
    assert view.unplaced == [unassessed.id]


def test_stakeholders_widget_adds_people_and_draws_them(qtbot, prompter, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.research import stakeholders as sw
    from kam_desktop.ui.account.research.stakeholder_dialog import StakeholderDialog

    account = accounts.create_account(ctx.db, accounts.AccountInput("Acme"))
    widget = sw.StakeholdersWidget(ctx)
    qtbot.addWidget(widget)
    widget.set_account(account.id)
    assert widget.stack.currentWidget() is widget.empty
    names = iter(["A Top", "B Middle", "C Bottom"])

    def fake_exec(dialog: StakeholderDialog) -> int:
        dialog.name.setText(next(names))
        dialog.reports_to.setCurrentIndex(dialog.reports_to.count() - 1)  # the last one added
        dialog.influence.setCurrentIndex(3)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(StakeholderDialog, "exec", fake_exec)
    for _ in range(3):
        widget.add()
    assert widget.stack.currentWidget() is widget.views
    chart = widget.org_chart
    levels = sorted({item.pos().y() for item in chart.node_items.values()})
    assert len(levels) == 3
    assert widget.model.rowCount() == 3
    # delete with confirmation, then undo
    widget.table.selectRow(0)
    widget.delete_selected()
    assert widget.model.rowCount() == 2
    widget.undo_bar.undo_button.click()
    assert widget.model.rowCount() == 3


def test_stakeholders_model(qtmodeltester, ctx, three_levels) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.research.stakeholders import StakeholdersModel

    model = StakeholdersModel()
    model.set_rows(sh.list_stakeholders(ctx.db, three_levels[0]))
    qtmodeltester.check(model)
