"""The customer-edition filter, exactly: of a plan holding every kind of item in every state
(shared or not, internal, in the trash, without customer wording, cancelled, under an internal
objective, of another plan or account, in the past), the joint plan holds exactly the shared,
customer-worded ones, in the printed order, with exactly the names and contact details the customer
may read. (Mutation testing of the four critical areas, issue 12.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import delete, update

from kam_desktop.domain.enums import ActionStatus, InteractionKind, KpiDirection
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.report.models import Edition, KpiRow, PlanReport
from kam_desktop.report.models_joint import (
    Governance,
    JointAction,
    JointKpi,
    JointMeeting,
    JointNeed,
    JointObjective,
    JointPlan,
    JointReview,
    JointRisk,
    JointTrend,
    JointValue,
    Person,
    Side,
)
from kam_desktop.services import clock
from kam_desktop.services.plan_report_joint import _email, build_joint_plan, build_report, is_our_figure
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

TODAY = dt.date(2026, 5, 1)
GONE = dt.datetime(2026, 4, 1, 9, 0)


@dataclass
class World:
    account: int
    other_account: int
    ids: dict[str, int]


def _add(s: object, row: object) -> int:
    s.add(row)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return int(row.id)  # type: ignore[attr-defined]


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    ids: dict[str, int] = {}
    with db.session() as s:
        settings = s.get(m.ProgramSettings, 1)
        assert settings is not None
        settings.user_name, settings.company_name = "  anna   BIANCHI ", "Our Company Srl"
        acc = _add(s, m.Account(name="Alpen Logistics AG", status="key"))
        other = _add(s, m.Account(name="Other Customer SpA", status="key"))
        ids["anna"] = _add(
            s, m.TeamMember(name="Anna Bianchi", function="Key account manager", email="anna@ours.example")
        )
        ids["carlo"] = _add(s, m.TeamMember(name="Carlo Rossi", function="Sales", archived_at=GONE))
        ids["dario"] = _add(
            s, m.TeamMember(name="Dario Verdi", function="Service", email=" dario@ours.example ")
        )
        ids["elena"] = _add(s, m.TeamMember(name="Elena Neri", function="Logistics", email="elena at ours"))
        ids["bruno"] = _add(s, m.TeamMember(name="bruno Gallo", function="Finance", email="a@b@c"))
        ids["zeno"] = _add(s, m.TeamMember(name="Zeno Blu", function="Legal", email="zeno @ours.example"))
        for member in ("anna", "carlo", "dario", "elena", "bruno", "zeno"):
            s.add(m.AccountTeamMember(account_id=acc, team_member_id=ids[member]))
        ids["paula"] = _add(s, m.Stakeholder(account_id=acc, name="Paula Ortega", title="CFO"))
        ids["ghost"] = _add(
            s, m.Stakeholder(account_id=acc, name="Ghost Person", title="Gone", deleted_at=GONE)
        )
        ids["stranger"] = _add(s, m.Stakeholder(account_id=other, name="Stranger Person", title="CEO"))
        ids["logistics"] = _add(s, m.BuyingCentre(account_id=acc, name="Logistics"))
        ids["old_dept"] = _add(s, m.BuyingCentre(account_id=acc, name="Old Department", deleted_at=GONE))
        old_plan = _add(
            s,
            m.AccountPlan(account_id=acc, period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 12, 31)),
        )
        plan = _add(
            s,
            m.AccountPlan(
                account_id=acc,
                period_start=dt.date(2026, 1, 1),
                period_end=dt.date(2026, 12, 31),
                joint_version=3,
                executive_summary="We grew together.",
                joint_ambition="The best logistics partner in the Alps.",
                next_steps="Sign the plan in June.",
                meeting_cadence="Monthly",
                escalation_path="Paula, then our director",
                next_review_on=dt.date(2026, 6, 15),
                customer_sponsor_id=ids["paula"],
                our_sponsor_id=ids["dario"],
                strategy_what="SECRET STRATEGY",
                internal_notes="SECRET NOTES",
            ),
        )
        other_plan = _add(
            s,
            m.AccountPlan(
                account_id=other, period_start=dt.date(2026, 1, 1), period_end=dt.date(2026, 12, 31)
            ),
        )
        ids["plan"], ids["old_plan"] = plan, old_plan

        # needs: ordered by priority (none last), then id
        ids["n_low"] = _add(
            s,
            m.Need(
                account_id=acc,
                description="Fewer late trucks",
                priority=2,
                buying_centre_id=ids["logistics"],
                shared=True,
            ),
        )
        ids["n_top"] = _add(s, m.Need(account_id=acc, description="Lower stock", priority=5, shared=True))
        ids["n_none"] = _add(
            s, m.Need(account_id=acc, description="Greener fleet", priority=None, shared=True)
        )
        ids["n_old_dept"] = _add(
            s,
            m.Need(
                account_id=acc,
                description="Old needs",
                priority=2,
                buying_centre_id=ids["old_dept"],
                shared=True,
            ),
        )
        s.add_all(
            [
                m.Need(account_id=acc, description="NOT SHARED NEED", priority=5),
                m.Need(account_id=acc, description="TRASHED NEED", priority=5, shared=True, deleted_at=GONE),
                m.Need(account_id=acc, description="   ", priority=5, shared=True),
                m.Need(account_id=other, description="OTHER ACCOUNT NEED", priority=5, shared=True),
            ]
        )
        # trends
        ids["t1"] = _add(
            s, m.Trend(account_id=acc, description="Electrification", impact="New depots", shared=True)
        )
        s.add_all(
            [
                m.Trend(account_id=acc, description="NOT SHARED TREND"),
                m.Trend(account_id=acc, description="TRASHED TREND", shared=True, deleted_at=GONE),
                m.Trend(account_id=acc, description=" ", impact="IMPACT OF NOTHING", shared=True),
                m.Trend(account_id=other, description="OTHER ACCOUNT TREND", shared=True),
            ]
        )
        ids["t2"] = _add(s, m.Trend(account_id=acc, description="Driver shortage", shared=True))
        # value propositions
        ids["v1"] = _add(
            s,
            m.ValueProposition(
                plan_id=plan,
                title="Faster customs",
                problem="Queues",
                solution="Pre-clearance",
                quantified_value="2 days",
                proof="Pilot",
                value_cents=99_999_00,
                shared=True,
            ),
        )
        ids["v_problem_only"] = _add(
            s, m.ValueProposition(plan_id=plan, title="", problem="Damaged pallets", shared=True)
        )
        ids["v_solution_only"] = _add(
            s, m.ValueProposition(plan_id=plan, title=" ", problem="", solution="Sensors", shared=True)
        )
        s.add_all(
            [
                m.ValueProposition(
                    plan_id=plan, title=" ", problem=" ", solution=" ", proof="PROOF OF NOTHING", shared=True
                ),
                m.ValueProposition(plan_id=plan, title="NOT SHARED VALUE"),
                m.ValueProposition(plan_id=plan, title="TRASHED VALUE", shared=True, deleted_at=GONE),
                m.ValueProposition(plan_id=old_plan, title="OLD PLAN VALUE", shared=True),
                m.ValueProposition(plan_id=other_plan, title="OTHER PLAN VALUE", shared=True),
            ]
        )
        # KPIs: our own figures never, by flag or by name
        ids["k1"] = _add(
            s,
            m.Kpi(
                plan_id=plan,
                name="On-time delivery",
                unit="%",
                direction="higher_is_better",
                baseline=80.0,
                target=95.0,
                shared=True,
            ),
        )
        ids["k_nan"] = _add(
            s,
            m.Kpi(
                plan_id=plan,
                name="Damage rate",
                unit="‰",
                direction="lower_is_better",
                baseline=float("-inf"),
                target=float("inf"),
                shared=True,
            ),
        )
        ids["k_internal"] = _add(s, m.Kpi(plan_id=plan, name="INTERNAL KPI", shared=True, internal=True))
        ids["k_revenue"] = _add(s, m.Kpi(plan_id=plan, name="Share of Wallet", shared=True))
        s.add_all(
            [
                m.Kpi(plan_id=plan, name="NOT SHARED KPI"),
                m.Kpi(plan_id=plan, name="TRASHED KPI", shared=True, deleted_at=GONE),
                m.Kpi(plan_id=other_plan, name="OTHER PLAN KPI", shared=True),
            ]
        )
        s.add_all(
            [
                m.KpiMeasurement(kpi_id=ids["k1"], measured_on=dt.date(2026, 3, 1), value=90.0),
                m.KpiMeasurement(kpi_id=ids["k1"], measured_on=dt.date(2026, 2, 1), value=85.0),
                m.KpiMeasurement(kpi_id=ids["k1"], measured_on=dt.date(2026, 2, 20), value=float("-inf")),
                m.KpiMeasurement(kpi_id=ids["k_internal"], measured_on=dt.date(2026, 2, 1), value=1.0),
            ]
        )
        # reviews: the newest shared one with a summary for the customer
        ids["r_old"] = _add(
            s,
            m.Review(
                plan_id=plan,
                held_on=dt.date(2026, 2, 1),
                health="on_track",
                customer_summary="Old summary",
                shared=True,
            ),
        )
        ids["r_same_day_a"] = _add(
            s,
            m.Review(
                plan_id=plan,
                held_on=dt.date(2026, 3, 1),
                health="on_track",
                customer_summary="First of the day",
                shared=True,
            ),
        )
        ids["r_same_day_b"] = _add(
            s,
            m.Review(
                plan_id=plan,
                held_on=dt.date(2026, 3, 1),
                health="on_track",
                customer_summary="Second of the day",
                findings="SECRET FINDINGS",
                shared=True,
            ),
        )
        s.add_all(
            [
                m.Review(
                    plan_id=plan,
                    held_on=dt.date(2026, 4, 1),
                    health="on_track",
                    customer_summary="",
                    shared=True,
                ),
                m.Review(
                    plan_id=plan,
                    held_on=dt.date(2026, 4, 2),
                    health="on_track",
                    customer_summary="NOT SHARED REVIEW",
                ),
                m.Review(
                    plan_id=other_plan,
                    held_on=dt.date(2026, 4, 3),
                    health="on_track",
                    customer_summary="OTHER PLAN REVIEW",
                    shared=True,
                ),
            ]
        )
        # objectives: by due date (none last), then id
        ids["o_sep"] = _add(
            s,
            m.Objective(
                plan_id=plan,
                growth_focus="expansion",
                description="SECRET",
                customer_wording="Cut lead time",
                due_date=dt.date(2026, 9, 1),
                shared=True,
            ),
        )
        ids["o_none"] = _add(
            s,
            m.Objective(
                plan_id=plan,
                growth_focus="expansion",
                description="SECRET",
                customer_wording="Grow together",
                shared=True,
            ),
        )
        ids["o_jul"] = _add(
            s,
            m.Objective(
                plan_id=plan,
                growth_focus="protection",
                description="SECRET",
                customer_wording="Keep the lanes",
                due_date=dt.date(2026, 7, 1),
                shared=True,
            ),
        )
        ids["o_internal"] = _add(
            s,
            m.Objective(
                plan_id=plan,
                growth_focus="expansion",
                description="SECRET",
                customer_wording="INTERNAL OBJECTIVE",
                internal=True,
                shared=True,
            ),
        )
        s.add_all(
            [
                m.Objective(
                    plan_id=plan,
                    growth_focus="expansion",
                    description="d",
                    customer_wording="NOT SHARED OBJECTIVE",
                ),
                m.Objective(
                    plan_id=plan,
                    growth_focus="expansion",
                    description="d",
                    customer_wording="TRASHED OBJECTIVE",
                    shared=True,
                    deleted_at=GONE,
                ),
                m.Objective(
                    plan_id=plan,
                    growth_focus="expansion",
                    description="NO WORDING",
                    customer_wording="  ",
                    shared=True,
                ),
                m.Objective(
                    plan_id=other_plan,
                    growth_focus="expansion",
                    description="d",
                    customer_wording="OTHER PLAN OBJECTIVE",
                    shared=True,
                ),
            ]
        )
        # actions: by due date (none last), then id
        ids["a_jun"] = _add(
            s,
            m.Action(
                plan_id=plan,
                objective_id=ids["o_sep"],
                title="Map the lanes",
                owner_id=ids["anna"],
                customer_owner_id=ids["paula"],
                due_date=dt.date(2026, 6, 1),
                status="planned",
                milestone=True,
                shared=True,
                resources_needed="SECRET RESOURCES",
            ),
        )
        ids["a_none"] = _add(
            s,
            m.Action(
                plan_id=plan,
                title="Agree the data feed",
                owner_id=ids["carlo"],
                customer_owner_id=ids["ghost"],
                status="in_progress",
                shared=True,
            ),
        )
        ids["a_done"] = _add(
            s,
            m.Action(
                plan_id=plan,
                title="Kick-off",
                owner_id=ids["dario"],
                customer_owner_id=ids["stranger"],
                due_date=dt.date(2026, 4, 1),
                status="done",
                shared=True,
            ),
        )
        ids["a_blocked"] = _add(
            s,
            m.Action(
                plan_id=plan,
                title="Open the depot",
                due_date=dt.date(2026, 6, 1),
                status="blocked",
                shared=True,
            ),
        )
        s.add_all(
            [
                m.Action(
                    plan_id=plan,
                    title="CANCELLED ACTION",
                    due_date=dt.date(2026, 5, 5),
                    status="cancelled",
                    shared=True,
                ),
                m.Action(
                    plan_id=plan,
                    title="INTERNAL ACTION",
                    due_date=dt.date(2026, 5, 5),
                    internal=True,
                    shared=True,
                ),
                m.Action(
                    plan_id=plan,
                    objective_id=ids["o_internal"],
                    title="UNDER AN INTERNAL OBJECTIVE",
                    due_date=dt.date(2026, 5, 5),
                    shared=True,
                ),
                m.Action(plan_id=plan, title="NOT SHARED ACTION", due_date=dt.date(2026, 5, 5)),
                m.Action(
                    plan_id=plan,
                    title="TRASHED ACTION",
                    due_date=dt.date(2026, 5, 5),
                    shared=True,
                    deleted_at=GONE,
                ),
                m.Action(plan_id=plan, title="  ", due_date=dt.date(2026, 5, 5), shared=True),
                m.Action(plan_id=other_plan, title="OTHER PLAN ACTION", shared=True),
            ]
        )
        # risks
        ids["risk1"] = _add(
            s,
            m.PlanRisk(
                plan_id=plan,
                description="Late data",
                mitigation="A checklist",
                owner_side="yours",
                shared=True,
            ),
        )
        ids["risk2"] = _add(
            s, m.PlanRisk(plan_id=plan, description="Strikes", owner_side="joint", shared=True)
        )
        s.add_all(
            [
                m.PlanRisk(plan_id=plan, description="NOT SHARED RISK"),
                m.PlanRisk(plan_id=plan, description="TRASHED RISK", shared=True, deleted_at=GONE),
                m.PlanRisk(plan_id=plan, description=" ", mitigation="MITIGATION OF NOTHING", shared=True),
                m.PlanRisk(plan_id=old_plan, description="OLD PLAN RISK", shared=True),
            ]
        )
        # meetings: shared, from today on, the first six by date then id
        for day in (20, 3, 9, 9, 1, 12, 30, 25):
            ids[f"meet_{day}_{len(ids)}"] = _add(
                s,
                m.Interaction(
                    account_id=acc,
                    kind="workshop" if day == 1 else "meeting",
                    on_date=dt.date(2026, 5, day),
                    subject=f"Meeting on the {day}",
                    summary="SECRET SUMMARY",
                    shared=True,
                ),
            )
        s.add_all(
            [
                m.Interaction(
                    account_id=acc,
                    kind="call",
                    on_date=dt.date(2026, 4, 30),
                    subject="YESTERDAY",
                    shared=True,
                ),
                m.Interaction(
                    account_id=acc, kind="call", on_date=dt.date(2026, 5, 2), subject="NOT SHARED MEETING"
                ),
                m.Interaction(
                    account_id=acc,
                    kind="call",
                    on_date=dt.date(2026, 5, 2),
                    subject="TRASHED MEETING",
                    shared=True,
                    deleted_at=GONE,
                ),
                m.Interaction(
                    account_id=other,
                    kind="call",
                    on_date=dt.date(2026, 5, 2),
                    subject="OTHER ACCOUNT MEETING",
                    shared=True,
                ),
            ]
        )
    yield World(acc, other, ids)
    clock.pin_today(None)


def _meeting_ids(world: World) -> dict[str, int]:
    return {k: v for k, v in world.ids.items() if k.startswith("meet_")}


def test_the_joint_plan_holds_exactly_the_shared_customer_worded_items(db: Database, world: World) -> None:
    i = world.ids
    plan = build_joint_plan(db, world.account)
    meetings = sorted(_meeting_ids(world).items(), key=lambda kv: (int(kv[0].split("_")[1]), kv[1]))
    first_six = [
        JointMeeting(
            mid,
            dt.date(2026, 5, int(key.split("_")[1])),
            InteractionKind.WORKSHOP if key.split("_")[1] == "1" else InteractionKind.MEETING,
            f"Meeting on the {key.split('_')[1]}",
        )
        for key, mid in meetings[:6]
    ]
    assert [mt.on_date.day for mt in first_six] == [1, 3, 9, 9, 12, 20]
    assert plan == JointPlan(
        account_name="Alpen Logistics AG",
        our_company="Our Company Srl",
        prepared_by="  anna   BIANCHI ",
        period_start=dt.date(2026, 1, 1),
        period_end=dt.date(2026, 12, 31),
        version=3,
        generated_on=TODAY,
        has_plan=True,
        executive_summary="We grew together.",
        joint_ambition="The best logistics partner in the Alps.",
        next_steps="Sign the plan in June.",
        needs=(
            JointNeed(i["n_top"], "Lower stock", ""),
            JointNeed(i["n_low"], "Fewer late trucks", "Logistics"),
            JointNeed(i["n_old_dept"], "Old needs", ""),
            JointNeed(i["n_none"], "Greener fleet", ""),
        ),
        trends=(
            JointTrend(i["t1"], "Electrification", "New depots"),
            JointTrend(i["t2"], "Driver shortage", ""),
        ),
        values=(
            JointValue(i["v1"], "Faster customs", "Queues", "Pre-clearance", "2 days", "Pilot"),
            JointValue(i["v_problem_only"], "", "Damaged pallets", "", "", ""),
            JointValue(i["v_solution_only"], " ", "", "Sensors", "", ""),
        ),
        kpis=(
            JointKpi(
                i["k1"],
                KpiRow(
                    "On-time delivery",
                    "%",
                    KpiDirection.HIGHER_IS_BETTER,
                    80.0,
                    95.0,
                    ((dt.date(2026, 2, 1), 85.0), (dt.date(2026, 3, 1), 90.0)),
                ),
            ),
            JointKpi(i["k_nan"], KpiRow("Damage rate", "‰", KpiDirection.LOWER_IS_BETTER, None, None, ())),
        ),
        review=JointReview(i["r_same_day_b"], dt.date(2026, 3, 1), "Second of the day"),
        objectives=(
            JointObjective(i["o_jul"], "Keep the lanes", dt.date(2026, 7, 1)),
            JointObjective(i["o_sep"], "Cut lead time", dt.date(2026, 9, 1)),
            JointObjective(i["o_none"], "Grow together", None),
        ),
        actions=(
            JointAction(
                i["a_done"],
                "Kick-off",
                None,
                "Dario Verdi",
                "",
                dt.date(2026, 4, 1),
                ActionStatus.DONE,
                False,
            ),
            JointAction(
                i["a_jun"],
                "Map the lanes",
                i["o_sep"],
                "Anna Bianchi",
                "Paula Ortega",
                dt.date(2026, 6, 1),
                ActionStatus.PLANNED,
                True,
            ),
            JointAction(
                i["a_blocked"],
                "Open the depot",
                None,
                "",
                "",
                dt.date(2026, 6, 1),
                ActionStatus.BLOCKED,
                False,
            ),
            JointAction(
                i["a_none"], "Agree the data feed", None, "", "", None, ActionStatus.IN_PROGRESS, False
            ),
        ),
        risks=(
            JointRisk(i["risk1"], "Late data", "A checklist", Side.YOURS),
            JointRisk(i["risk2"], "Strikes", "", Side.JOINT),
        ),
        governance=Governance(
            their_sponsor=Person("Paula Ortega", "CFO"),
            our_sponsor=Person("Dario Verdi", "Service", "dario@ours.example"),
            cadence="Monthly",
            next_review_on=dt.date(2026, 6, 15),
            escalation_path="Paula, then our director",
            our_team=(
                Person("bruno Gallo", "Finance", ""),
                Person("Elena Neri", "Logistics", ""),
                Person("Zeno Blu", "Legal", ""),
            ),
            meetings=tuple(first_six),
            preparer=Person("Anna Bianchi", "Key account manager", "anna@ours.example"),
        ),
    )


def test_a_plan_of_one_review_with_a_blank_summary_has_no_review(db: Database, world: World) -> None:
    with db.session() as s:
        s.execute(update(m.Review).where(m.Review.plan_id == world.ids["plan"]).values(shared=False))
        s.add(
            m.Review(
                plan_id=world.ids["plan"],
                held_on=dt.date(2026, 4, 9),
                health="on_track",
                customer_summary="   ",
                shared=True,
            )
        )
    assert build_joint_plan(db, world.account).review is None


def test_an_archived_sponsor_and_a_preparer_not_in_the_team(db: Database, world: World) -> None:
    with db.session() as s:
        plan = s.get(m.AccountPlan, world.ids["plan"])
        assert plan is not None
        plan.our_sponsor_id = world.ids["carlo"]  # archived: no longer anyone's contact
        plan.customer_sponsor_id = world.ids["ghost"]  # in the trash
        settings = s.get(m.ProgramSettings, 1)
        assert settings is not None
        settings.user_name = "Freelance Planner"
    governance = build_joint_plan(db, world.account).governance
    assert governance is not None
    assert governance.our_sponsor is None and governance.their_sponsor is None
    assert governance.preparer == Person("Freelance Planner", "")
    assert [p.name for p in governance.our_team] == [
        "Anna Bianchi",
        "bruno Gallo",
        "Dario Verdi",
        "Elena Neri",
        "Zeno Blu",
    ]


def test_no_preparer_without_a_name_and_no_sponsors_unset(db: Database, world: World) -> None:
    with db.session() as s:
        plan = s.get(m.AccountPlan, world.ids["plan"])
        assert plan is not None
        plan.our_sponsor_id = None
        plan.customer_sponsor_id = None
        settings = s.get(m.ProgramSettings, 1)
        assert settings is not None
        settings.user_name = "   "
    governance = build_joint_plan(db, world.account).governance
    assert governance is not None
    assert (governance.preparer, governance.our_sponsor, governance.their_sponsor) == (None, None, None)
    assert len(governance.our_team) == 5  # everyone active on the account team


def test_an_account_without_a_plan_and_one_in_the_trash(db: Database, world: World) -> None:
    with db.session() as s:
        bare = _add(s, m.Account(name="Bare GmbH"))
    assert build_joint_plan(db, bare) == JointPlan(
        account_name="Bare GmbH",
        our_company="Our Company Srl",
        prepared_by="  anna   BIANCHI ",
        period_start=None,
        period_end=None,
        version=1,
        generated_on=TODAY,
        has_plan=False,
    )
    with db.session() as s:
        account = s.get(m.Account, world.account)
        assert account is not None
        account.deleted_at = GONE
    with pytest.raises(NotFoundError) as caught:
        build_joint_plan(db, world.account)
    assert str(caught.value) == "That account no longer exists (it may be in the trash)."


def test_build_report_gives_the_customer_the_joint_plan_and_us_the_plan_report(
    db: Database, world: World
) -> None:
    joint = build_report(db, world.account, "customer")
    assert isinstance(joint, JointPlan) and joint == build_joint_plan(db, world.account)
    assert isinstance(build_report(db, world.account, Edition.CUSTOMER), JointPlan)
    internal = build_report(db, world.account, Edition.INTERNAL, ["review", "strategy"])
    assert isinstance(internal, PlanReport) and internal.edition is Edition.INTERNAL
    assert internal.sections == ("strategy", "review")
    assert "SECRET STRATEGY" not in repr(joint) and "SECRET" not in repr(joint)
    with pytest.raises(ValidationError) as caught:
        build_report(db, world.account, "Customer")
    assert str(caught.value) == "Edition must be one of: internal, customer."
    assert caught.value.field == "edition"  # the field the message is shown next to


@pytest.mark.parametrize(
    ("name", "ours"),
    [
        ("Revenue growth", True),
        ("PROFIT per lane", True),
        ("Gross margin", True),
        ("Share of wallet", True),
        ("Turnover", True),
        ("Pipeline coverage", True),
        ("Growth of volumes", True),
        ("On-time delivery", False),
        ("Damage rate", False),
        ("", False),
    ],
)
def test_our_own_figures_are_recognised_by_name(name: str, ours: bool) -> None:
    assert is_our_figure(name) is ours


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("anna@ours.example", "anna@ours.example"),
        ("  anna@ours.example \n", "anna@ours.example"),
        ("", ""),
        ("anna at ours", ""),
        ("a@b@c", ""),
        ("anna @ours.example", ""),
        ("anna@ours.\texample", ""),
    ],
)
def test_only_a_well_formed_work_email_is_shown(text: str, shown: str) -> None:
    assert _email(text) == shown


def test_a_need_pointing_at_another_accounts_buying_centre_never_names_it(db: Database, world: World) -> None:
    """(Mutation run 3.) A need whose buying centre belongs to another customer (a row from a
    merge or an import gone wrong) prints without a centre: that name is another customer's."""
    with db.session() as s:
        theirs = _add(s, m.BuyingCentre(account_id=world.other_account, name="Other Customer Purchasing"))
        need = _add(
            s,
            m.Need(
                account_id=world.account,
                description="Pallets on time",
                priority=5,
                buying_centre_id=theirs,
                shared=True,
            ),
        )
    needs = build_joint_plan(db, world.account).needs
    assert [n for n in needs if n.id == need] == [JointNeed(need, "Pallets on time", "")]
    assert "Other Customer Purchasing" not in repr(needs)


def test_the_review_printed_is_the_latest_held_not_the_latest_entered(db: Database, world: World) -> None:
    """(Mutation run 3.) A review entered afterwards for an earlier date (the February review
    typed in late) does not replace the latest review held."""
    with db.session() as s:
        late_entry = _add(
            s,
            m.Review(
                plan_id=world.ids["plan"],
                held_on=dt.date(2026, 1, 15),
                health="on_track",
                customer_summary="Typed in late",
                shared=True,
            ),
        )
    review = build_joint_plan(db, world.account).review
    assert late_entry > world.ids["r_same_day_b"]
    assert review == JointReview(world.ids["r_same_day_b"], dt.date(2026, 3, 1), "Second of the day")


def test_an_account_in_the_trash_is_refused_in_italian(db: Database, world: World, italian: None) -> None:
    """(Mutation run 3.) The customer edition of an account in the trash: the refusal in Italian."""
    with db.session() as s:
        account = s.get(m.Account, world.account)
        assert account is not None
        account.deleted_at = GONE
    with pytest.raises(NotFoundError) as caught:
        build_joint_plan(db, world.account)
    assert str(caught.value) == "Questo account non esiste più (forse è nel cestino)."


def test_without_program_settings_no_company_and_no_preparer_are_printed(db: Database, world: World) -> None:
    """(Mutation run 3.) A database whose program settings row is missing (an export that left the
    table out imports it empty) gives a joint plan with no company and no preparer, not a crash."""
    with db.session() as s:
        s.execute(delete(m.ProgramSettings))
    plan = build_joint_plan(db, world.account)
    assert plan.governance is not None
    assert (plan.our_company, plan.prepared_by, plan.governance.preparer) == ("", "", None)
    assert plan.account_name == "Alpen Logistics AG" and plan.version == 3


def test_a_sponsor_and_a_buying_centre_of_id_0_reach_the_customer_plan(db: Database, world: World) -> None:
    """import-json keeps the ids it is given, and 0 is a valid one: a customer sponsor and a
    need's division whose id is 0 are printed like any other (the joint plan once tested the ids'
    truthiness and dropped them)."""
    with db.session() as s:
        s.add(m.Stakeholder(id=0, account_id=world.account, name="Marta Zero", title="COO"))
        s.add(m.BuyingCentre(id=0, account_id=world.account, name="Procurement"))
        s.flush()
        s.execute(
            update(m.AccountPlan).where(m.AccountPlan.id == world.ids["plan"]).values(customer_sponsor_id=0)
        )
        s.execute(update(m.Need).where(m.Need.id == world.ids["n_top"]).values(buying_centre_id=0))
    joint = build_joint_plan(db, world.account)
    assert joint.governance is not None
    assert joint.governance.their_sponsor == Person("Marta Zero", "COO")
    assert joint.needs[0] == JointNeed(world.ids["n_top"], "Lower stock", "Procurement")
