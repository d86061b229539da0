"""Share by choice: defaults, what cannot be shared, customer wordings, the joint plan's fields."""

from __future__ import annotations

import datetime as dt

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services import review
from kam_desktop.services.plan_report_joint import build_joint_plan
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import build


def test_new_items_are_not_shared_and_internal_ones_cannot_be(db: Database) -> None:
    w = build(db)
    items = sharing.share_items(db, w.account_id)
    assert items and not any(i.shared for i in items)
    with db.session() as s:
        s.get(m.Objective, w.objectives["Open IT"]).internal = True  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="marked internal"):
        sharing.set_shared(db, "objective", w.objectives["Open IT"], True)
    sharing.set_shared(db, "objective", w.objectives["Sell maintenance"], True)
    # shared, but without its customer wording it prints nothing (and says so)
    item = next(i for i in sharing.share_items(db, w.account_id) if i.id == w.objectives["Sell maintenance"])
    assert item.shared and item.note == "No customer wording yet: not printed"
    assert build_joint_plan(db, w.account_id).objectives == ()
    sharing.set_customer_wording(db, "objective", w.objectives["Sell maintenance"], "Less downtime for you")
    assert [o.wording for o in build_joint_plan(db, w.account_id).objectives] == ["Less downtime for you"]
    sharing.set_shared(db, "objective", w.objectives["Sell maintenance"], False)
    assert build_joint_plan(db, w.account_id).objectives == ()


def test_benchmark_growth_kpis_are_ours_and_never_shared(db: Database) -> None:
    w = build(db)
    added = {k.name: k.id for k in review.add_starting_kpis(db, w.plan_id)}
    for kpi_id in added.values():
        if kpi_id == added["Customer satisfaction"]:
            sharing.set_shared(db, "kpi", kpi_id, True)
        else:
            with pytest.raises(ValidationError):
                sharing.set_shared(db, "kpi", kpi_id, True)
    assert [k.kpi.name for k in build_joint_plan(db, w.account_id).kpis] == ["Customer satisfaction"]


def test_joint_fields_are_validated_and_saved(db: Database) -> None:
    w = build(db)
    fields = sharing.JointFields(
        executive_summary="Your priorities, as you told us: uptime.",
        joint_ambition="Zero unplanned stops",
        next_steps="1. Agree the pilot",
        meeting_cadence="Monthly",
        escalation_path="Sponsors decide",
        next_review_on=dt.date(2026, 9, 1),
        customer_sponsor_id=w.people["Carla"],
        our_sponsor_id=w.ann,
        version=3,
    )
    sharing.save_joint_fields(db, w.account_id, fields)
    assert sharing.load_joint_fields(db, w.account_id) == fields
    plan = build_joint_plan(db, w.account_id)
    assert plan.version == 3 and plan.governance is not None
    assert plan.governance.their_sponsor is not None and plan.governance.their_sponsor.name == "Carla Ruiz"
    with pytest.raises(ValidationError) as err:
        sharing.save_joint_fields(db, w.account_id, sharing.JointFields(customer_sponsor_id=999_999))
    assert err.value.field == "customer_sponsor_id"
    with pytest.raises(ValidationError) as err:
        sharing.save_joint_fields(db, w.account_id, sharing.JointFields(meeting_cadence="x" * 201))
    assert err.value.field == "meeting_cadence"
    assert sharing.load_joint_fields(db, w.account_id) == fields  # nothing written


def test_risks_start_unshared(db: Database) -> None:
    w = build(db)
    with pytest.raises(ValidationError):
        sharing.add_risk(db, w.account_id, "  ")
    risk_id = sharing.add_risk(db, w.account_id, "Late approvals", "Start early", "yours")
    assert build_joint_plan(db, w.account_id).risks == ()
    sharing.set_shared(db, "risk", risk_id, True)
    (risk,) = build_joint_plan(db, w.account_id).risks
    assert (risk.description, risk.mitigation, risk.side.value) == ("Late approvals", "Start early", "yours")


def test_a_risk_goes_to_the_trash_and_comes_back(db: Database) -> None:
    from kam_desktop.services import trash

    w = build(db)
    risk_id = sharing.add_risk(db, w.account_id, "Late approvals")
    sharing.set_shared(db, "risk", risk_id, True)
    trash.move_to_trash(db, "risk", risk_id)
    assert build_joint_plan(db, w.account_id).risks == ()
    assert [(t.kind, t.id) for t in trash.list_trash(db)] == [("risk", risk_id)]
    trash.restore(db, "risk", risk_id)
    assert [r.description for r in build_joint_plan(db, w.account_id).risks] == ["Late approvals"]


def test_a_hand_made_kpi_of_our_figures_is_never_printed(db: Database) -> None:
    w = build(db)
    with db.session() as s:
        wallet = m.Kpi(plan_id=w.plan_id, name="Share of wallet", unit="%", shared=True)
        uptime = m.Kpi(plan_id=w.plan_id, name="Line uptime", unit="%", shared=True)
        s.add_all([wallet, uptime])
        s.flush()
        wallet_id = wallet.id
    assert [k.kpi.name for k in build_joint_plan(db, w.account_id).kpis] == ["Line uptime"]
    (item,) = [i for i in sharing.share_items(db, w.account_id) if i.id == wallet_id and i.kind == "kpi"]
    assert item.note == "Our own commercial figure: never printed"


def test_pickers_and_an_actions_joint_side_read_back_exactly(db: Database) -> None:
    """The customer tab's readers: sponsor/owner pickers (live people by name, our active team),
    an action's joint side, and whether an item is shared."""
    from kam_desktop.services import team
    from kam_desktop.services.accounts import AccountInput, create_account
    from kam_desktop.services.plans import ensure_plan

    acme = create_account(db, AccountInput(name="Acme")).id
    other = create_account(db, AccountInput(name="Other")).id
    plan = ensure_plan(db, acme).id
    zoe = team.create_member(db, team.MemberInput(name="Zoe Ours")).id
    ann = team.create_member(db, team.MemberInput(name="Ann Ours")).id
    gone = team.create_member(db, team.MemberInput(name="Gone Ours")).id
    team.archive_member(db, gone)
    with db.session() as s:
        people = [
            m.Stakeholder(account_id=acme, name="Bea Theirs"),
            m.Stakeholder(account_id=acme, name="Al Theirs"),
            m.Stakeholder(account_id=acme, name="Del Theirs", deleted_at=dt.datetime(2026, 1, 1)),
            m.Stakeholder(account_id=other, name="Cy Elsewhere"),
        ]
        s.add_all(people)
        s.flush()
        bea, al = people[0].id, people[1].id
        first = m.Action(plan_id=plan, title="Workshop", status="planned")
        second = m.Action(plan_id=plan, title="Pilot", status="planned")
        s.add_all([first, second])
        s.flush()
        first_id, second_id = first.id, second.id
    assert sharing.people_and_team(db, acme) == (
        ((al, "Al Theirs"), (bea, "Bea Theirs")),
        ((ann, "Ann Ours"), (zoe, "Zoe Ours")),
    )
    sharing.set_action_joint(db, acme, second_id, sharing.ActionJoint(True, bea, True))
    assert sharing.action_joint(db, second_id) == sharing.ActionJoint(True, bea, True)
    assert sharing.action_joint(db, first_id) == sharing.ActionJoint(False, None, False)
    assert sharing.action_joint(db, None) == sharing.ActionJoint()
    assert sharing.action_joint(db, 99_999) == sharing.ActionJoint()
    assert (sharing.is_shared(db, "action", second_id), sharing.is_shared(db, "action", first_id)) == (
        True,
        False,
    )
    assert sharing.is_shared(db, "action", 99_999) is False


def test_a_past_meeting_says_why_it_will_not_print_and_todays_does_not(db: Database) -> None:
    from kam_desktop.services import clock
    from kam_desktop.services import interactions as ix
    from kam_desktop.services.accounts import AccountInput, create_account

    clock.pin_today(dt.date(2026, 11, 26))
    try:
        acme = create_account(db, AccountInput(name="Acme")).id
        for day, subject in ((25, "Yesterday's QBR"), (26, "Today's workshop"), (27, "Tomorrow's call")):
            ix.save_interaction(
                db, acme, ix.InteractionInput(kind="meeting", on_date=dt.date(2026, 11, day), subject=subject)
            )
        meetings = [
            (i.label, i.note, i.ours) for i in sharing.share_items(db, acme) if i.kind == "interaction"
        ]
    finally:
        clock.pin_today(None)
    assert meetings == [
        ("Tomorrow's call", "", "2026-11-27"),
        ("Today's workshop", "", "2026-11-26"),
        ("Yesterday's QBR", "Past meeting: only upcoming meetings are printed", "2026-11-25"),
    ]


def test_a_refused_joint_field_is_named_in_the_language_in_use(db: Database) -> None:
    from kam_desktop.i18n import using_language
    from kam_desktop.services.accounts import AccountInput, create_account
    from kam_desktop.services.plans import ensure_plan

    acme = create_account(db, AccountInput(name="Acme")).id
    ensure_plan(db, acme)
    with using_language("it"), pytest.raises(ValidationError) as err:
        sharing.save_joint_fields(db, acme, sharing.JointFields(joint_ambition="bell\x07"))
    assert err.value.field == "joint_ambition"
    assert str(err.value).startswith("Il campo «La nostra ambizione comune» ")
