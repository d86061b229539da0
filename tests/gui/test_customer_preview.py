"""See before you send: the Customer plan tab previews exactly the exported customer edition, and
unsharing an item removes it from both; the export dialog says what is shared and what is empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select, text

from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store import models as m
from kam_desktop.ui.account.customer_tab import ROLE_KEY, ROLE_LABEL, Tab
from kam_desktop.ui.export.export_dialog import ExportDialog
from tests.report.factory import pdf_text, squash

pytestmark = pytest.mark.gui


def _richest(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return int(
            s.execute(
                select(m.Account.id)
                .join(m.AccountPlan, m.AccountPlan.account_id == m.Account.id)
                .join(m.Action, m.Action.plan_id == m.AccountPlan.id)
                .where(m.Account.status == "key", m.Action.shared.is_(True))
                .group_by(m.Account.id)
                .order_by(text("count(action.id) DESC"), m.Account.id)
                .limit(1)
            ).scalar_one()
        )


def _preview_text(tab: Tab) -> str:
    return "\n".join(tab.document.getAllText(i).text() for i in range(tab.document.pageCount()))


def _page_texts(data: bytes | Path) -> list[str]:
    import io

    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    return [squash(p.extract_text() or "") for p in reader.pages]


def test_preview_is_the_exported_file_and_unsharing_removes_from_both(
    qtbot, demo_ctx, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    account_id = _richest(demo_ctx.db)
    tab = Tab(demo_ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    exported = tmp_path / "customer.pdf"
    result = export_plan_pdf(demo_ctx.db, account_id, "customer", "a4", exported)
    assert tab.document.pageCount() == result.pages >= 3
    assert _page_texts(tab.pdf_bytes) == _page_texts(exported)

    actions = [r for r in tab.shared_rows() if r.data(0, ROLE_KEY)[0] == "action"]
    titles = [r.data(0, ROLE_LABEL) for r in actions]
    rows = [
        r for r in actions if titles.count(r.data(0, ROLE_LABEL)) == 1
    ]  # a title no other shared action has
    assert rows
    title, (_kind, action_id) = rows[0].data(0, ROLE_LABEL), rows[0].data(0, ROLE_KEY)
    assert squash(title) in squash(_preview_text(tab))
    tab.items.setCurrentItem(rows[0])
    qtbot.mouseClick(tab.unshare_button, Qt.MouseButton.LeftButton)

    assert squash(title) not in squash(_preview_text(tab))
    assert all(r.data(0, ROLE_LABEL) != title for r in tab.shared_rows())
    again = tmp_path / "again.pdf"
    result = export_plan_pdf(demo_ctx.db, account_id, "customer", "a4", again)
    assert squash(title) not in squash(pdf_text(again))
    assert tab.document.pageCount() == result.pages
    assert _page_texts(tab.pdf_bytes) == _page_texts(again)
    with demo_ctx.db.session() as s:
        assert s.get(m.Action, action_id).shared is False  # type: ignore[union-attr]


def test_ticking_an_item_shares_it_and_internal_items_cannot_be_ticked(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    account_id = _richest(demo_ctx.db)
    tab = Tab(demo_ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    everything = [
        tab.items.topLevelItem(i).child(k)
        for i in range(tab.items.topLevelItemCount())
        for k in range(tab.items.topLevelItem(i).childCount())
    ]
    internal = [r for r in everything if not r.flags() & Qt.ItemFlag.ItemIsEnabled]
    assert internal and all(r.checkState(0) == Qt.CheckState.Unchecked for r in internal)
    need = next(r for r in everything if r.data(0, ROLE_KEY)[0] == "need")
    label, (_kind, item_id) = need.data(0, ROLE_LABEL), need.data(0, ROLE_KEY)
    assert squash(label) in squash(_preview_text(tab))
    need.setCheckState(0, Qt.CheckState.Unchecked)
    assert squash(label) not in squash(_preview_text(tab))
    with demo_ctx.db.session() as s:
        assert s.get(m.Need, item_id).shared is False  # type: ignore[union-attr]
    shared = [r.data(0, ROLE_KEY) for r in tab.shared_rows()]
    assert ("need", item_id) not in shared


def test_export_dialog_counts_shared_items_and_warns_when_summary_is_empty(qtbot) -> None:  # type: ignore[no-untyped-def]
    counts = {
        "summary": 0,
        "priorities": 2,
        "value": 0,
        "objectives": 1,
        "actions": 5,
        "governance": 0,
        "risks": 0,
        "next_steps": 0,
    }
    dialog = ExportDialog("Acme", plan=True, joint_counts=counts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.joint_summary.isVisible()
    dialog.customer_radio.setChecked(True)
    assert dialog.joint_summary.isVisible()
    assert dialog.joint_summary.text() == (
        "Shared with the customer - Your goals and priorities: 2; Our joint objectives: 1; "
        "Mutual action plan: 5.\n"
        "Warning: Executive summary, Next steps and sign-off empty - a customer expects them "
        "(Customer plan tab)."
    )
    assert not any(box.isEnabled() for box in dialog.section_boxes.values())


def test_action_dialog_sets_their_owner_and_shares(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.plan_report_joint import build_joint_plan
    from kam_desktop.ui.account.action_plan.dialogs import ActionDialog

    account_id = _richest(demo_ctx.db)
    with demo_ctx.db.session() as s:
        plan_id = s.scalar(select(m.AccountPlan.id).where(m.AccountPlan.account_id == account_id))
        person_id, person = s.execute(
            select(m.Stakeholder.id, m.Stakeholder.name)
            .where(m.Stakeholder.account_id == account_id)
            .limit(1)
        ).one()
    dialog = ActionDialog(demo_ctx.db, plan_id, account_id)
    qtbot.addWidget(dialog)
    dialog.title.setText("Walk the Gdańsk line together")
    dialog.customer_owner.set_current_id(person_id)
    dialog.shared.setChecked(True)
    dialog.milestone.setChecked(True)
    dialog.internal.setChecked(True)  # internal wins: it cannot stay shared
    assert not dialog.shared.isChecked() and not dialog.shared.isEnabled()
    dialog.internal.setChecked(False)
    dialog.shared.setChecked(True)
    view = dialog.submit()
    joint = build_joint_plan(demo_ctx.db, account_id)
    (action,) = [a for a in joint.actions if a.id == view.id]
    assert (action.title, action.their_owner, action.milestone) == (
        "Walk the Gdańsk line together",
        person,
        True,
    )


def test_objective_dialog_shares_the_customer_wording(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.plan_report_joint import build_joint_plan
    from kam_desktop.ui.account.strategy.objectives import ObjectiveDialog

    account_id = _richest(demo_ctx.db)
    with demo_ctx.db.session() as s:
        plan_id = s.scalar(select(m.AccountPlan.id).where(m.AccountPlan.account_id == account_id))
    dialog = ObjectiveDialog(demo_ctx, plan_id)
    qtbot.addWidget(dialog)
    dialog.description.setText("Sell predictive maintenance to Plant Gdańsk")  # our words
    dialog.wording.setText("Fewer unplanned stops at your Gdańsk plant")  # theirs
    dialog.shared.setChecked(True)
    dialog.save()
    assert dialog.result_view is not None
    wordings = [o.wording for o in build_joint_plan(demo_ctx.db, account_id).objectives]
    assert "Fewer unplanned stops at your Gdańsk plant" in wordings
    assert "Sell predictive maintenance to Plant Gdańsk" not in wordings


def test_need_and_trend_dialogs_share_by_choice(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.plan_report_joint import build_joint_plan
    from kam_desktop.ui.account.research.market import NeedDialog, TrendDialog

    account_id = _richest(demo_ctx.db)
    need = NeedDialog(demo_ctx, account_id, None)
    qtbot.addWidget(need)
    need.description.setPlainText("Spare parts within 24 hours")
    assert not need.shared.isChecked()  # a new item is not shared
    need.shared.setChecked(True)
    need.save()
    trend = TrendDialog(demo_ctx, account_id, None)
    qtbot.addWidget(trend)
    trend.description.setPlainText("Our private view of their market")  # left unshared
    trend.save()
    plan = build_joint_plan(demo_ctx.db, account_id)
    assert "Spare parts within 24 hours" in [n.description for n in plan.needs]
    assert "Our private view of their market" not in [t.description for t in plan.trends]


def test_a_shared_past_due_action_warns_in_the_share_list_and_can_be_re_dated(
    qtbot, demo_ctx, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from kam_desktop.services import clock
    from kam_desktop.ui.account import customer_tab

    account_id = _richest(demo_ctx.db)
    with demo_ctx.db.session() as s:  # every action on time first
        for action in s.scalars(
            select(m.Action).join(m.AccountPlan).where(m.AccountPlan.account_id == account_id)
        ):
            if action.due_date is not None and action.due_date < clock.today():
                action.due_date = clock.today() + dt.timedelta(days=30)
    tab = Tab(demo_ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    assert tab.past_due.isHidden()
    row = next(r for r in tab.shared_rows() if r.data(0, ROLE_KEY)[0] == "action")
    action_id = row.data(0, ROLE_KEY)[1]
    late = clock.today() - dt.timedelta(days=3)
    with demo_ctx.db.session() as s:
        action = s.get(m.Action, action_id)
        action.due_date, action.status = late, "planned"  # type: ignore[union-attr]
    tab.refresh()
    assert not tab.past_due.isHidden()
    assert tab.past_due.text() == (
        "1 shared action(s) past due: the customer would read a missed date. Select one and "
        "change its due date, or unshare it, before you export."
    )
    row = next(r for r in tab.shared_rows() if r.data(0, ROLE_KEY) == ("action", action_id))
    assert row.text(1) == "Past due"
    assert row.toolTip(1).startswith("Past due since ")
    tab.items.setCurrentItem(row)
    assert tab.redate_button.isEnabled()
    new_date = clock.today() + dt.timedelta(days=10)
    asked: list[object] = []
    monkeypatch.setattr(
        customer_tab.RedateDialog, "ask", classmethod(lambda cls, *a: asked.append(a) or new_date)
    )
    qtbot.mouseClick(tab.redate_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0][2] == late  # the dialog starts from the action's own date
    assert tab.past_due.isHidden()
    with demo_ctx.db.session() as s:
        assert s.get(m.Action, action_id).due_date == new_date  # type: ignore[union-attr]


def test_export_dialog_warns_about_shared_past_due_actions(qtbot, demo_ctx) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from kam_desktop.services import clock
    from kam_desktop.ui.export.export_dialog import _joint_counts

    account_id = _richest(demo_ctx.db)
    with demo_ctx.db.session() as s:
        actions = list(
            s.scalars(
                select(m.Action)
                .join(m.AccountPlan)
                .where(m.AccountPlan.account_id == account_id, m.Action.shared.is_(True))
                .order_by(m.Action.id)
            )
        )
        for k, action in enumerate(actions):  # two past due, the rest on time
            action.status = "planned"
            action.due_date = clock.today() + dt.timedelta(days=-5 if k < 2 else 20)
    counts = _joint_counts(demo_ctx, account_id)
    assert counts is not None and counts["past_due"] == 2
    dialog = ExportDialog("Acme", plan=True, joint_counts=counts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.customer_radio.setChecked(True)
    assert dialog.joint_summary.text().endswith(
        "\nWarning: 2 shared actions past due - the customer would read a missed date "
        "(re-date or unshare them in the Customer plan tab)."
    )
    assert "past_due" not in dialog.joint_summary.text()


def test_the_preview_speaks_the_plans_language_as_the_export_does(qtbot, demo_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.plans import set_plan_language

    account_id = _richest(demo_ctx.db)
    with demo_ctx.db.session() as s:
        plan_id = s.scalar(select(m.AccountPlan.id).where(m.AccountPlan.account_id == account_id))
    set_plan_language(demo_ctx.db, plan_id, "it")
    tab = Tab(demo_ctx)
    qtbot.addWidget(tab)
    tab.set_account(account_id)
    exported = tmp_path / "customer.pdf"
    export_plan_pdf(demo_ctx.db, account_id, "customer", "a4", exported)  # no language: the plan's
    pages = _page_texts(tab.pdf_bytes)
    assert pages == _page_texts(exported)
    assert squash("IL NOSTRO PIANO CONGIUNTO") in pages[0]
