"""The share list says what would go wrong at the customer's table: a past-due action shared is
warned about (and can be re-dated), and same-named items carry what tells them apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services.plan_report_joint import build_joint_plan
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    clock.pin_today(TODAY)  # Thursday 26 Nov 2026
    yield
    clock.pin_today(None)


def _action(db: Database, w: World, title: str, due: dt.date, **kw: object) -> int:
    with db.session() as s:
        row = m.Action(plan_id=w.plan_id, title=title, due_date=due, shared=True, **kw)
        s.add(row)
        s.flush()
        return int(row.id)


def _item(db: Database, w: World, kind: str, item_id: int) -> sharing.ShareItem:
    return next(i for i in sharing.share_items(db, w.account_id) if (i.kind, i.id) == (kind, item_id))


def test_a_shared_past_due_action_is_warned_about_until_it_is_re_dated(db: Database) -> None:
    w = build(db)
    late = _action(db, w, "Send the pilot report", dt.date(2026, 11, 16), owner_id=w.ann)
    done = _action(db, w, "Kick-off workshop", dt.date(2026, 11, 2), status="done")
    due_today = _action(db, w, "Agree the scope", TODAY)
    item = _item(db, w, "action", late)
    assert item.past_due and item.warns and item.flag == "past_due"
    assert item.note == (
        "Past due since 16 Nov 2026: the customer would read a missed date. "
        "Change the due date or unshare it before you export."
    )
    assert [i.id for i in sharing.past_due_shared(sharing.share_items(db, w.account_id))] == [late]
    assert not _item(db, w, "action", done).past_due  # done: printed as done, nothing missed
    assert not _item(db, w, "action", due_today).past_due
    # unshared, it still says it is late (before anyone shares it), but it is no warning
    sharing.set_shared(db, "action", late, False)
    unshared = _item(db, w, "action", late)
    assert unshared.past_due and not unshared.warns
    assert sharing.past_due_shared(sharing.share_items(db, w.account_id)) == ()
    sharing.set_shared(db, "action", late, True)
    # re-dated into the past: refused, nothing written
    with pytest.raises(ValidationError) as err:
        sharing.redate_action(db, late, dt.date(2026, 11, 25))
    assert err.value.field == "due_date"
    assert _item(db, w, "action", late).due_date == dt.date(2026, 11, 16)
    sharing.redate_action(db, late, "2026-12-04")
    again = _item(db, w, "action", late)
    assert (again.past_due, again.note, again.due_date) == (False, "", dt.date(2026, 12, 4))
    assert [a.due_date for a in build_joint_plan(db, w.account_id).actions if a.id == late] == [
        dt.date(2026, 12, 4)
    ]


def test_same_named_items_show_date_owner_and_kind(db: Database) -> None:
    w = build(db)
    first = _action(db, w, "Send case study", dt.date(2026, 12, 1), owner_id=w.ann)
    second = _action(
        db, w, "Send case study", dt.date(2026, 12, 8), owner_id=w.bo, customer_owner_id=w.people["Carla"]
    )
    with db.session() as s:
        meeting = m.Interaction(
            account_id=w.account_id, kind="meeting", on_date=dt.date(2026, 12, 7), subject="Quarterly review"
        )
        review = m.Interaction(
            account_id=w.account_id,
            kind="business_review",
            on_date=dt.date(2027, 1, 3),
            subject="Quarterly review",
        )
        kpi_a = m.Kpi(plan_id=w.plan_id, name="Uptime", unit="%", direction="higher_is_better")
        kpi_b = m.Kpi(plan_id=w.plan_id, name="Uptime", unit="hours/month", direction="higher_is_better")
        s.add_all([meeting, review, kpi_a, kpi_b])
        s.flush()
        ids = meeting.id, review.id, kpi_a.id, kpi_b.id
    items = sharing.share_items(db, w.account_id)
    details = {(i.kind, i.id): i.details for i in items}
    assert details["action", first] == "due 01 Dec 2026 · Ann Kay"
    assert details["action", second] == "due 08 Dec 2026 · Bo Lind · Carla Ruiz"
    assert details["interaction", ids[0]] == "07 Dec 2026 · Meeting"
    assert details["interaction", ids[1]] == "03 Jan 2027 · Business review"
    assert details["kpi", ids[2]] == "KPI · %"  # the value section mixes kinds: the kind is named
    assert details["kpi", ids[3]] == "KPI · hours/month"
    objective = next(i for i in items if i.kind == "objective" and i.id == w.objectives["Open IT"])
    assert objective.details == "by 24 Feb 2027"
    assert len({details[k] for k in details if k[0] == "action"}) == 2
