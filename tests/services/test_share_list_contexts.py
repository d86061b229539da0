"""The share list tells same-named risks apart by whose they are, and value propositions by the
problem they solve (clipped at a word); in Italian the side is Italian."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


def _plant(db: Database, w: World) -> tuple[int, int, int]:
    with db.session() as s:
        ours = m.PlanRisk(plan_id=w.plan_id, description="Budget freeze", owner_side="ours")
        theirs = m.PlanRisk(plan_id=w.plan_id, description="Budget freeze", owner_side="yours")
        case = m.ValueProposition(
            plan_id=w.plan_id,
            title="Uptime",
            problem="Unplanned downtime on the bottling lines costs them two shifts a month",
        )
        s.add_all([ours, theirs, case])
        s.flush()
        return ours.id, theirs.id, case.id


def test_risks_by_side_and_value_propositions_by_problem(db: Database) -> None:
    w = build(db)
    ours, theirs, case = _plant(db, w)
    details = {(i.kind, i.id): i.details for i in sharing.share_items(db, w.account_id)}
    assert (details["risk", ours], details["risk", theirs]) == ("Ours", "Theirs")
    assert details["value_proposition", case] == "Value proposition · Unplanned downtime on the bottling…"


def test_the_risks_side_in_italian(db: Database, italian: None) -> None:
    w = build(db)
    ours, theirs, _case = _plant(db, w)
    details = {(i.kind, i.id): i.details for i in sharing.share_items(db, w.account_id)}
    assert (details["risk", ours], details["risk", theirs]) == ("A nostro carico", "A carico del cliente")


def test_an_internal_kpi_cannot_be_shared_said_in_italian(db: Database, italian: None) -> None:
    w = build(db)
    with db.session() as s:
        kpi = m.Kpi(
            plan_id=w.plan_id, name="Our margin", unit="%", direction="higher_is_better", internal=True
        )
        s.add(kpi)
        s.flush()
        kpi_id = kpi.id
    with pytest.raises(ValidationError) as err:
        sharing.set_shared(db, "kpi", kpi_id, True)
    assert (str(err.value), err.value.field) == (
        "Questa voce \u00e8 segnata come interna; non pu\u00f2 essere condivisa con il cliente.",
        "shared",
    )


def test_next_steps_too_long_names_the_field(db: Database) -> None:
    w = build(db)
    with pytest.raises(ValidationError) as err:
        sharing.save_joint_fields(db, w.account_id, sharing.JointFields(next_steps="x" * 20_001))
    assert (str(err.value), err.value.field) == (
        "Next steps is too long (20,001 characters; at most 20,000).",
        "next_steps",
    )


def test_a_meeting_is_told_apart_by_its_short_date_and_kind(db: Database, italian: None) -> None:
    w = build(db)
    with db.session() as s:
        meeting = m.Interaction(
            account_id=w.account_id, kind="workshop", on_date=TODAY.replace(month=9, day=3)
        )
        s.add(meeting)
        s.flush()
        meeting_id = meeting.id
    details = {(i.kind, i.id): i.details for i in sharing.share_items(db, w.account_id)}
    # the short form, as in the rest of the list (the long one is "3 settembre 2026")
    assert details["interaction", meeting_id] == "3 set 2026 · Workshop"
