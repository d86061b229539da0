"""The plan report's actions and team coverage, and the share list's details, exactly (breadth
survivors, issue 12): which actions each edition holds (an action under an internal objective
never in the customer's), each role's coverage with its holders' names, what tells shared items
apart in English and Italian (short dates), and the refusals of risks, re-dating and the joint
fields, each next to its field, word for word."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from kam_desktop.domain.enums import ActionStatus, Role
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.i18n import using_language
from kam_desktop.report.models import ActionRow, Coverage, Edition, RoleCoverageRow
from kam_desktop.services import clock
from kam_desktop.services import plan_report_sharing as sharing
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build

GONE = dt.datetime(2026, 11, 1, 9, 0)


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield build(db)
    clock.pin_today(None)


def _action(db: Database, world: World, title: str, due: dt.date | None, **kw: object) -> int:
    with db.session() as s:
        row = m.Action(plan_id=world.plan_id, title=title, due_date=due, **kw)
        s.add(row)
        s.flush()
        return int(row.id)


def test_each_edition_holds_exactly_its_actions(db: Database, world: World) -> None:
    with db.session() as s:
        hidden = m.Objective(
            plan_id=world.plan_id, growth_focus="protection", description="Ours", internal=True
        )
        s.add(hidden)
        s.flush()
        hidden_id = int(hidden.id)
    open_it = world.objectives["Open IT"]
    day = TODAY + dt.timedelta(days=10)
    plain = _action(db, world, "Plain", day, owner_id=world.ann, resources_needed="2 days")
    under = _action(
        db, world, "Under Open IT", TODAY, objective_id=open_it, stakeholder_id=world.people["Carla"]
    )
    undated = _action(db, world, "Undated", None, status="done", completed_on=TODAY)
    secret = _action(db, world, "Internal one", day, internal=True)
    ours = _action(db, world, "Under our own objective", day, objective_id=hidden_id)
    _action(db, world, "In the trash", day, deleted_at=GONE)
    customer = build_plan_report(db, world.account_id, Edition.CUSTOMER).actions
    assert customer == (
        ActionRow(under, "Under Open IT", open_it, "", TODAY, ActionStatus.PLANNED, None, "Carla Ruiz"),
        ActionRow(plain, "Plain", None, "Ann Kay", day, ActionStatus.PLANNED, None, ""),
        ActionRow(undated, "Undated", None, "", None, ActionStatus.DONE, TODAY, ""),
    )
    internal = build_plan_report(db, world.account_id, Edition.INTERNAL).actions
    assert [(a.title, a.resources, a.internal) for a in internal] == [
        ("Under Open IT", "", False),
        ("Plain", "2 days", False),
        ("Internal one", "", True),
        ("Under our own objective", "", False),
        ("Undated", "", False),
    ]
    assert [a.id for a in internal] == [under, plain, secret, ours, undated]


def test_each_roles_coverage_and_its_holders(db: Database, world: World) -> None:
    with db.session() as s:
        zed = m.TeamMember(name="Zed Archived", function="Legal", archived_at=GONE)
        cleo = m.TeamMember(name="Cleo Amari", function="Service")
        s.add_all([zed, cleo])
        s.flush()
        for member, role, strength in (
            (world.bo, "relationship_lead", "backup"),
            (world.ann, "relationship_lead", "primary"),
            (cleo.id, "relationship_lead", "backup"),
            (world.bo, "technical_expert", "backup"),
            (cleo.id, "technical_expert", "backup"),
            (zed.id, "collaborator", "primary"),  # archived: does not count
            (cleo.id, "results_driver", "primary"),
        ):
            s.add(
                m.RoleAssignment(
                    account_id=world.account_id, team_member_id=member, role=role, strength=strength
                )
            )
    facts = build_plan_report(db, world.account_id, Edition.INTERNAL).internal
    assert facts is not None
    assert facts.coverage == (
        RoleCoverageRow(Role.RELATIONSHIP_LEAD, Coverage.COVERED, ("Ann Kay", "Bo Lind", "Cleo Amari")),
        RoleCoverageRow(Role.TECHNICAL_EXPERT, Coverage.THIN, ("Bo Lind", "Cleo Amari")),
        RoleCoverageRow(Role.COLLABORATOR, Coverage.UNCOVERED, ()),
        RoleCoverageRow(Role.PROJECT_MANAGER, Coverage.UNCOVERED, ()),
        RoleCoverageRow(Role.INNOVATOR, Coverage.UNCOVERED, ()),
        RoleCoverageRow(Role.RESULTS_DRIVER, Coverage.COVERED, ("Cleo Amari",)),
    )


def _share_world(db: Database, world: World) -> dict[str, int]:
    ids: dict[str, int] = {}
    with db.session() as s:
        rows: dict[str, Any] = {
            "meeting": m.Interaction(
                account_id=world.account_id, kind="meeting", on_date=dt.date(2027, 6, 30)
            ),
            "call": m.Interaction(account_id=world.account_id, kind="call", on_date=dt.date(2027, 1, 5)),
            "review_mtg": m.Interaction(
                account_id=world.account_id, kind="business_review", on_date=dt.date(2027, 2, 1)
            ),
            "action": m.Action(
                plan_id=world.plan_id,
                title="Pilot",
                due_date=dt.date(2027, 6, 30),
                owner_id=world.ann,
                customer_owner_id=world.people["Carla"],
            ),
            "action_undated": m.Action(plan_id=world.plan_id, title="Someday", owner_id=world.bo),
            "review": m.Review(plan_id=world.plan_id, held_on=dt.date(2026, 9, 3), health="on_track"),
            "kpi": m.Kpi(plan_id=world.plan_id, name="Uptime", unit="  % of   hours "),
            "ours": m.PlanRisk(plan_id=world.plan_id, description="A", owner_side="ours"),
            "yours": m.PlanRisk(plan_id=world.plan_id, description="B", owner_side="yours"),
            "joint": m.PlanRisk(plan_id=world.plan_id, description="C", owner_side="joint"),
        }
        s.add_all(rows.values())
        s.flush()
        ids = {k: int(v.id) for k, v in rows.items()}
        objective = s.get(m.Objective, world.objectives["Open IT"])
        assert objective is not None
        objective.due_date = dt.date(2027, 2, 24)
    return ids


def _details(db: Database, world: World) -> dict[tuple[str, int], str]:
    return {(i.kind, i.id): i.details for i in sharing.share_items(db, world.account_id)}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            {
                "meeting": "30 Jun 2027 · Meeting",
                "call": "05 Jan 2027 · Call",
                "review_mtg": "01 Feb 2027 · Business review",
                "action": "due 30 Jun 2027 · Ann Kay · Carla Ruiz",
                "action_undated": "Bo Lind",
                "review": "Review summary · held 03 Sep 2026",
                "kpi": "KPI · % of hours",
                "ours": "Ours",
                "yours": "Theirs",
                "joint": "Both of us",
                "objective": "by 24 Feb 2027",
            },
        ),
        (
            "it",
            {
                "meeting": "30 giu 2027 · Incontro",
                "call": "5 gen 2027 · Telefonata",
                "review_mtg": "1 feb 2027 · Revisione di business",
                "action": "scadenza 30 giu 2027 · Ann Kay · Carla Ruiz",
                "action_undated": "Bo Lind",
                "review": "Sintesi della revisione · tenuta il 3 set 2026",
                "kpi": "KPI · % of hours",
                "ours": "A nostro carico",
                "yours": "A carico del cliente",
                "joint": "Entrambi",
                "objective": "entro il 24 feb 2027",
            },
        ),
    ],
)
def test_what_tells_shared_items_apart(
    db: Database, world: World, lang: str, expected: dict[str, str]
) -> None:
    ids = _share_world(db, world)
    kinds = {
        "meeting": "interaction",
        "call": "interaction",
        "review_mtg": "interaction",
        "action": "action",
        "action_undated": "action",
        "review": "review",
        "kpi": "kpi",
        "ours": "risk",
        "yours": "risk",
        "joint": "risk",
    }
    with using_language(lang):
        details = _details(db, world)
    got = {key: details[kinds[key], ids[key]] for key in kinds}
    got["objective"] = details["objective", world.objectives["Open IT"]]
    assert got == expected


LONG = "x" * 4001


@pytest.mark.parametrize(
    ("args", "message", "field"),
    [
        (("   ",), "Describe the risk or dependency.", "description"),
        ((LONG,), "Risk is too long (4,001 characters; at most 4,000).", "description"),
        (("Late parts", LONG), "Mitigation is too long (4,001 characters; at most 4,000).", "mitigation"),
        (("Late parts", "", "theirs"), "Choose who carries the risk.", "side"),
    ],
)
def test_a_risk_is_refused_next_to_its_field(
    db: Database, world: World, args: tuple[str, ...], message: str, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        sharing.add_risk(db, world.account_id, *args)
    assert (str(err.value), err.value.field) == (message, field)
    with db.session() as s:
        assert s.query(m.PlanRisk).count() == 0


def test_a_risk_at_the_limits_is_stored(db: Database, world: World) -> None:
    risk_id = sharing.add_risk(db, world.account_id, "d" * 4000, "m" * 4000, "yours")
    with db.session() as s:
        row = s.get(m.PlanRisk, risk_id)
        assert row is not None
        assert (len(row.description), len(row.mitigation), row.owner_side, row.shared) == (
            4000,
            4000,
            "yours",
            False,
        )


def test_a_mitigation_too_long_in_italian(db: Database, world: World, italian: None) -> None:
    with pytest.raises(ValidationError) as err:
        sharing.add_risk(db, world.account_id, "Late parts", LONG)
    assert (str(err.value), err.value.field) == (
        "Il campo «Mitigazione» è troppo lungo (4.001 caratteri; al massimo 4.000).",
        "mitigation",
    )


@pytest.mark.parametrize(
    ("lang", "message"), [("en", "That item no longer exists."), ("it", "Quella voce non esiste più.")]
)
def test_redating_an_action_that_is_gone(db: Database, world: World, lang: str, message: str) -> None:
    gone = _action(db, world, "Gone", TODAY, deleted_at=GONE)
    with using_language(lang):
        for action_id in (gone, 999_999):
            with pytest.raises(NotFoundError) as err:
                sharing.redate_action(db, action_id, TODAY)
            assert str(err.value) == message


def test_redating_from_today_on_only(db: Database, world: World) -> None:
    action = _action(db, world, "Pilot", TODAY - dt.timedelta(days=3))
    with pytest.raises(ValidationError) as err:
        sharing.redate_action(db, action, TODAY - dt.timedelta(days=1))
    assert (str(err.value), err.value.field) == (
        "Choose a due date from today on: the customer reads it as a promise.",
        "due_date",
    )
    sharing.redate_action(db, action, TODAY)
    with db.session() as s:
        row = s.get(m.Action, action)
        assert row is not None and row.due_date == TODAY


@pytest.mark.parametrize(
    ("field", "label", "limit"),
    [
        ("executive_summary", "Executive summary", 20000),
        ("joint_ambition", "Our joint ambition", 4000),
        ("next_steps", "Next steps", 20000),
        ("meeting_cadence", "How often we meet", 200),
        ("escalation_path", "Escalation path", 4000),
    ],
)
def test_a_joint_field_too_long_is_refused_by_its_name(
    db: Database, world: World, field: str, label: str, limit: int
) -> None:
    def with_text(text: str) -> sharing.JointFields:
        return sharing.JointFields(**{field: text})  # type: ignore[arg-type]

    sharing.save_joint_fields(db, world.account_id, with_text("a" * limit))
    assert getattr(sharing.load_joint_fields(db, world.account_id), field) == "a" * limit
    too_long = with_text("b" * (limit + 1))
    with pytest.raises(ValidationError) as err:
        sharing.save_joint_fields(db, world.account_id, too_long)
    assert (str(err.value), err.value.field) == (
        f"{label} is too long ({limit + 1:,} characters; at most {limit:,}).",
        field,
    )
    assert getattr(sharing.load_joint_fields(db, world.account_id), field) == "a" * limit


def test_the_executive_summary_too_long_in_italian(db: Database, world: World, italian: None) -> None:
    with pytest.raises(ValidationError) as err:
        sharing.save_joint_fields(db, world.account_id, sharing.JointFields(executive_summary="x" * 20001))
    assert str(err.value) == "Il campo «Sintesi» è troppo lungo (20.001 caratteri; al massimo 20.000)."


@pytest.mark.parametrize(("version", "ok"), [(0, False), (1, True), (999, True), (1000, False)])
def test_the_joint_version_runs_from_1_to_999(db: Database, world: World, version: int, ok: bool) -> None:
    fields = sharing.JointFields(version=version)
    if ok:
        sharing.save_joint_fields(db, world.account_id, fields)
        assert sharing.load_joint_fields(db, world.account_id).version == version
        return
    with pytest.raises(ValidationError) as err:
        sharing.save_joint_fields(db, world.account_id, fields)
    assert (str(err.value), err.value.field) == ("The version is a number from 1 to 999.", "version")
    assert sharing.load_joint_fields(db, world.account_id).version == 1
