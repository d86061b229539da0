"""The plan report read model part by part, both editions (issue 12, module-wide): the phases,
the strategy (targets by name), the objectives (by date, undated last), the research (bank order,
custom questions last, hidden questions never in the customer's), value propositions, KPIs with
their finite measurements, the last review, stakeholders with and without the internal
assessment, trends, needs (by priority, none last), the whitespace grid (the customer sees only
sold and opportunity), opportunities (by stage, close date, title; lost ones internal only) and
the last ten interactions up to today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from kam_desktop.domain.enums import (
    Attitude,
    DecisionRole,
    GrowthFocus,
    Health,
    InteractionKind,
    KpiDirection,
    OpportunityStage,
    Phase,
    PhaseStatus,
    ResearchStatus,
    Rigour,
    TopicDecision,
    WhitespaceState,
)
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.i18n import using_language
from kam_desktop.report.models import (
    AnswerRow,
    Edition,
    InteractionRow,
    KpiRow,
    NeedRow,
    ObjectiveRow,
    OpportunityCommercial,
    OpportunityRow,
    PhaseRow,
    ResearchCategory,
    ReviewRow,
    StakeholderAssessment,
    StakeholderRow,
    StrategyPart,
    TrendRow,
    ValuePropositionRow,
    WhitespaceGrid,
)
from kam_desktop.services import clock
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, World, build

D = dt.timedelta


def _rows(*rows: Any) -> list[Any]:
    """Table rows of mixed types, for the builders below."""
    return list(rows)


GONE = dt.datetime(2026, 11, 1, 9, 0)


@dataclass
class PR:
    w: World
    ids: dict[str, int]


def plan_world(db: Database) -> PR:
    w = build(db)
    ids: dict[str, int] = {}
    carla, dirk = w.people["Carla"], w.people["Dirk"]
    ops, it = w.centres["Operations"], w.centres["IT"]
    with db.session() as s:
        settings = s.query(m.ProgramSettings).one()
        settings.user_name, settings.company_name = "Paula Prep", "Our Co"
        acc = s.get(m.Account, w.account_id)
        assert acc is not None
        acc.industry, acc.region, acc.description = "Rail", "DACH", "Trains"
        plan = s.get(m.AccountPlan, w.plan_id)
        assert plan is not None
        plan.rigour = "light"
        plan.strategy_what, plan.strategy_with_whom, plan.strategy_why = "Grow", "IT people", "Margin"
        plan.topic_penetration, plan.topic_expansion, plan.topic_protection = (
            "focus",
            "not_this_period",
            "undecided",
        )
        old = m.BuyingCentre(account_id=w.account_id, name="Old centre", deleted_at=GONE)
        lab = m.BuyingCentre(account_id=w.account_id, name="alpha Lab")
        s.add_all([old, lab])
        s.flush()
        ids["lab"], ids["old"] = lab.id, old.id
        eve = m.Stakeholder(
            account_id=w.account_id,
            name="Eve Ash",
            reports_to_id=carla,
            buying_centre_id=lab.id,
            owner_id=w.bo,
            decision_role="champion",
            influence=2,
            attitude="neutral",
            relationship_strength=4,
            cares_about="Speed",
            notes="Met at fair",
            email="e@x.io",
            phone="+41 1",
            last_contact=TODAY - D(days=1),
        )
        gone = m.Stakeholder(account_id=w.account_id, name="Gone Guy", deleted_at=GONE)
        s.add_all([eve, gone])
        s.flush()
        ids["eve"], ids["gone"] = eve.id, gone.id
        orphan = m.Stakeholder(
            account_id=w.account_id, name="Orphan Oz", reports_to_id=gone.id, buying_centre_id=old.id
        )
        s.add(orphan)
        s.flush()
        ids["orphan"] = orphan.id
        for centre in (it, ops, old.id):
            s.add(m.PlanTargetBuyingCentre(plan_id=w.plan_id, buying_centre_id=centre))
        for person in (dirk, carla, gone.id):
            s.add(m.PlanTargetStakeholder(plan_id=w.plan_id, stakeholder_id=person))
        phases = {r.phase: r for r in s.query(m.PlanPhase).filter_by(plan_id=w.plan_id)}
        phases["strategy"].status, phases["strategy"].completed_on = "done", TODAY - D(days=9)
        phases["research"].status = "in_progress"
        s.delete(phases["review"])  # a phase without its row reads as not started
        tele, maint = w.offerings["Telematics"], w.offerings["Maintenance"]
        boxes = m.Offering(name="Boxes")
        retired = m.Offering(name="Retired", archived_at=GONE)
        s.add_all([boxes, retired])
        s.flush()
        ids["boxes"] = boxes.id
        for centre, offering, state in _rows(
            (ops, tele, "sold"),
            (ops, maint, "competitor"),
            (ops, boxes.id, "opportunity"),
            (it, tele, "not_relevant"),
            (it, maint, "opportunity"),
            (lab.id, retired.id, "sold"),
        ):
            s.add(
                m.WhitespaceCell(
                    account_id=w.account_id, buying_centre_id=centre, offering_id=offering, state=state
                )
            )
        for title, stage, close, centre, offering, cents, prob, notes, extra in _rows(
            ("Zeta", "qualified", TODAY + D(days=30), ops, tele, 123_456, 50, "n1", {}),
            ("Alpha", "qualified", TODAY + D(days=30), None, None, 0, 10, "", {}),
            ("Early", "qualified", TODAY + D(days=5), it, maint, 100, 20, "", {}),
            ("Undated", "qualified", None, ops, None, 5, 30, "", {}),
            ("First", "identified", None, ops, maint, 7, 10, "", {}),
            ("Won one", "won", TODAY, ops, tele, 900, 100, "", {}),
            ("Lost one", "lost", TODAY, ops, tele, 800, 0, "why", {}),
            ("Proposed", "proposed", TODAY, ops, tele, 1, 70, "", {}),
            ("Binned", "identified", TODAY, ops, tele, 1, 70, "", {"deleted_at": GONE}),
        ):
            s.add(
                m.Opportunity(
                    account_id=w.account_id,
                    title=title,
                    stage=stage,
                    expected_close=close,
                    buying_centre_id=centre,
                    offering_id=offering,
                    value_cents=cents,
                    probability=prob,
                    notes=notes,
                    growth_focus="expansion",
                    **extra,
                )
            )
        for day in range(-11, 2):
            s.add(
                m.Interaction(
                    account_id=w.account_id,
                    kind="call" if day % 2 else "meeting",
                    on_date=TODAY + D(days=day),
                    subject=f"S{day}",
                    summary=f"sum{day}",
                    next_steps=f"next{day}",
                )
            )
        s.add(
            m.Interaction(
                account_id=w.account_id, kind="email", on_date=TODAY, subject="Binned", deleted_at=GONE
            )
        )
        for desc, impact, extra in _rows(
            ("Rail boom", "More trains", {}),
            ("Old trend", "", {"deleted_at": GONE}),
            ("AI", "", {}),
        ):
            s.add(m.Trend(account_id=w.account_id, description=desc, impact=impact, **extra))
        for desc, prio, centre, person, extra in _rows(
            ("No priority", None, None, None, {}),
            ("Low", 1, ops, None, {}),
            ("High", 5, None, carla, {}),
            ("High too", 5, old.id, gone.id, {}),
            ("Binned need", 5, None, None, {"deleted_at": GONE}),
        ):
            s.add(
                m.Need(
                    account_id=w.account_id,
                    description=desc,
                    priority=prio,
                    buying_centre_id=centre,
                    stakeholder_id=person,
                    **extra,
                )
            )
        for title, cents, extra in _rows(
            ("Uptime", 250_000, {}),
            ("Binned case", 1, {"deleted_at": GONE}),
            ("Speed", None, {}),
        ):
            s.add(
                m.ValueProposition(
                    plan_id=w.plan_id,
                    title=title,
                    problem=f"p-{title}",
                    solution=f"s-{title}",
                    quantified_value=f"q-{title}",
                    proof=f"proof-{title}",
                    value_cents=cents,
                    **extra,
                )
            )
        for held, health, findings, extra in _rows(
            (TODAY - D(days=30), "at_risk", "older", {}),
            (TODAY - D(days=3), "on_track", "first of the day", {}),
            (TODAY - D(days=3), "off_track", "latest", {"adjustments": "fix"}),
        ):
            s.add(m.Review(plan_id=w.plan_id, held_on=held, health=health, findings=findings, **extra))
        kpis = []
        for name, unit, direction, base, target, extra in _rows(
            ("Uptime", "%", "higher_is_better", 90.0, 99.5, {}),
            ("Secret", "", "lower_is_better", float("nan"), float("inf"), {"internal": True}),
            ("Binned kpi", "", "higher_is_better", None, None, {"deleted_at": GONE}),
            ("Empty", "h", "lower_is_better", None, float("-inf"), {}),
        ):
            k = m.Kpi(
                plan_id=w.plan_id,
                name=name,
                unit=unit,
                direction=direction,
                baseline=base,
                target=target,
                **extra,
            )
            s.add(k)
            s.flush()
            kpis.append(k.id)
        for kid, day, value in _rows(
            (kpis[0], -20, 91.0),
            (kpis[0], -40, 90.5),
            (kpis[0], -5, float("inf")),
            (kpis[0], -5, 93.0),
            (kpis[1], -1, 4.0),
        ):
            s.add(m.KpiMeasurement(kpi_id=kid, measured_on=TODAY + D(days=day), value=value))
        for qid, custom, cat, answer, status, extra in _rows(
            ("Q03", "", 1, "Hidden answer", "answered", {}),
            ("Q04", "", 1, "Growth", "answered", {"owner_id": w.ann, "source": "CEO"}),
            (None, "Our own?", 1, "yes", "answered", {"internal": True}),
            (None, "   ", 1, "blank question", "answered", {}),
            (None, "Early custom", 2, "", "unanswered", {}),
            ("Q10", "", 2, "", "unanswered", {"internal": True}),
            ("Q06", "", 4, "x", "answered", {"deleted_at": GONE}),
        ):
            s.add(
                m.ResearchAnswer(
                    plan_id=w.plan_id,
                    question_id=qid,
                    custom_question=custom,
                    category=cat,
                    answer=answer,
                    status=status,
                    **extra,
                )
            )
        for desc, due, extra in _rows(
            ("Early one", TODAY + D(days=10), {}),
            ("Ours only", TODAY + D(days=1), {"internal": True}),
            ("Binned objective", None, {"deleted_at": GONE}),
        ):
            s.add(
                m.Objective(
                    plan_id=w.plan_id, growth_focus="protection", description=desc, due_date=due, **extra
                )
            )
    return PR(w, ids)


@pytest.fixture
def pr(db: Database) -> Iterator[PR]:
    clock.pin_today(TODAY)
    yield plan_world(db)
    clock.pin_today(None)


Q01 = (
    "How long have we worked with this account, and what are the milestones in that history: "
    "first order, major wins, lost deals and escalations?"
)
Q02 = (
    "Which of our offerings does the customer buy today, in which divisions, sites or buying "
    "centres, and what annual revenue and margin does that bring us?"
)
Q03 = "What share of the customer's total spend in our categories comes to us?"
Q04 = (
    "Which contracts, framework agreements or price lists are in force, and when is each due for "
    "renewal or renegotiation?"
)
Q10 = (
    "How is the customer organised in the areas we could serve: which divisions, buying centres "
    "and locations exist, and in which are we not present?"
)
NR = ResearchStatus.NEEDS_RESEARCH
ANS = ResearchStatus.ANSWERED
UN = ResearchStatus.UNANSWERED
OPP = WhitespaceState.OPPORTUNITY
X = GrowthFocus.EXPANSION


def _research(internal: bool) -> tuple[ResearchCategory, ...]:
    one = [
        AnswerRow(Q01, "", NR, "Bo Lind", TODAY + D(days=5), ""),
        AnswerRow(Q02, "Ten years", ANS, "", None, ""),
        *([AnswerRow(Q03, "Hidden answer", ANS, "", None, "")] if internal else []),
        AnswerRow(Q04, "Growth", ANS, "Ann Kay", None, "CEO"),
        *([AnswerRow("Our own?", "yes", ANS, "", None, "", internal=True)] if internal else []),
    ]
    two = [
        *([AnswerRow(Q10, "", UN, "", None, "", internal=True)] if internal else []),
        AnswerRow("Early custom", "", UN, "", None, ""),
    ]
    return (
        ResearchCategory(1, "What does our team look like?", tuple(one)),
        ResearchCategory(2, "Who is on the account team?", tuple(two)),
        ResearchCategory(
            8, "What else do we need to know?", (AnswerRow("Who signs above 1m?", "", NR, "", None, ""),)
        ),
    )


def _opportunities(internal: bool) -> tuple[OpportunityRow, ...]:
    rows = [
        ("First", "Operations", "Maintenance", OpportunityStage.IDENTIFIED, None, ("0.07", 10, "")),
        ("Early", "IT", "Maintenance", OpportunityStage.QUALIFIED, TODAY + D(days=5), ("1.00", 20, "")),
        ("Alpha", "", "", OpportunityStage.QUALIFIED, TODAY + D(days=30), ("0", 10, "")),
        (
            "Zeta",
            "Operations",
            "Telematics",
            OpportunityStage.QUALIFIED,
            TODAY + D(days=30),
            ("1234.56", 50, "n1"),
        ),
        ("Undated", "Operations", "", OpportunityStage.QUALIFIED, None, ("0.05", 30, "")),
        ("Proposed", "Operations", "Telematics", OpportunityStage.PROPOSED, TODAY, ("0.01", 70, "")),
        ("Won one", "Operations", "Telematics", OpportunityStage.WON, TODAY, ("9.00", 100, "")),
        ("Lost one", "Operations", "Telematics", OpportunityStage.LOST, TODAY, ("8.00", 0, "why")),
    ]
    return tuple(
        OpportunityRow(
            title,
            centre,
            offering,
            X,
            stage,
            close,
            commercial=OpportunityCommercial(Decimal(c[0]), c[1], c[2]) if internal else None,
        )
        for title, centre, offering, stage, close, c in rows
        if internal or stage is not OpportunityStage.LOST
    )


def _stakeholders(internal: bool) -> tuple[StakeholderRow, ...]:
    def a(*args: object) -> StakeholderAssessment | None:
        return StakeholderAssessment(*args) if internal else None  # type: ignore[arg-type]

    return (
        StakeholderRow(
            1,
            "Carla Ruiz",
            "CFO",
            "Operations",
            None,
            "Ann Kay",
            a(None, 5, Attitude.SUPPORTER, 3, "Cash flow", "", "", "", None),
        ),
        StakeholderRow(
            2,
            "Dirk Vos",
            "CIO",
            "IT",
            None,
            "Bo Lind",
            a(None, 4, Attitude.OPPONENT, 2, "", "", "", "", None),
        ),
        StakeholderRow(
            3,
            "Eve Ash",
            "",
            "alpha Lab",
            1,
            "Bo Lind",
            a(
                DecisionRole.CHAMPION,
                2,
                Attitude.NEUTRAL,
                4,
                "Speed",
                "Met at fair",
                "e@x.io",
                "+41 1",
                TODAY - D(days=1),
            ),
        ),
        # the one he reports to is deleted, and so is his buying centre
        StakeholderRow(5, "Orphan Oz", "", "", None, "", a(None, None, None, None, "", "", "", "", None)),
    )


@pytest.mark.parametrize("internal", [True, False], ids=["internal", "customer"])
def test_the_whole_report_part_by_part(db: Database, pr: PR, internal: bool) -> None:
    report = build_plan_report(db, pr.w.account_id, Edition.INTERNAL if internal else Edition.CUSTOMER)
    assert report.edition is (Edition.INTERNAL if internal else Edition.CUSTOMER)
    assert (report.account_name, report.industry, report.region, report.description) == (
        "Acme Rail AG",
        "Rail",
        "DACH",
        "Trains",
    )
    assert (report.period_start, report.period_end, report.rigour, report.has_plan) == (
        dt.date(2026, 11, 1),
        dt.date(2027, 10, 31),
        Rigour.LIGHT,
        True,
    )
    assert (report.prepared_by, report.company, report.generated_on) == ("Paula Prep", "Our Co", TODAY)
    assert report.phases == (
        PhaseRow(Phase.STRATEGY, PhaseStatus.DONE, TODAY - D(days=9)),
        PhaseRow(Phase.RESEARCH, PhaseStatus.IN_PROGRESS, None),
        PhaseRow(Phase.ACTION_PLAN, PhaseStatus.NOT_STARTED, None),
        PhaseRow(Phase.EXECUTION, PhaseStatus.NOT_STARTED, None),
        PhaseRow(Phase.REVIEW, PhaseStatus.NOT_STARTED, None),
    )
    assert report.strategy == StrategyPart(
        "Grow",
        "IT people",
        "Margin",
        (
            (GrowthFocus.PENETRATION, TopicDecision.FOCUS),
            (GrowthFocus.EXPANSION, TopicDecision.NOT_THIS_PERIOD),
            (GrowthFocus.PROTECTION, TopicDecision.UNDECIDED),
        ),
        ("IT", "Operations"),  # by name; the deleted centre and person left out
        ("Carla Ruiz", "Dirk Vos"),
    )
    prot = GrowthFocus.PROTECTION
    assert report.objectives == (
        *((ObjectiveRow(4, prot, "Ours only", "", TODAY + D(days=1), internal=True),) if internal else ()),
        ObjectiveRow(3, prot, "Early one", "", TODAY + D(days=10)),
        ObjectiveRow(1, GrowthFocus.PENETRATION, "Open IT", "First order", TODAY + D(days=90)),
        ObjectiveRow(2, X, "Sell maintenance", "", None),
    )
    assert report.research == _research(internal)
    assert report.stakeholders == _stakeholders(internal)
    assert report.trends == (TrendRow("Rail boom", "More trains"), TrendRow("AI", ""))
    assert report.needs == (
        NeedRow("High", 5, "", "Carla Ruiz"),
        NeedRow("High too", 5, "", ""),
        NeedRow("Low", 1, "Operations", ""),
        NeedRow("No priority", None, "", ""),
    )
    assert report.value_propositions == (
        ValuePropositionRow(
            "Uptime",
            "p-Uptime",
            "s-Uptime",
            "q-Uptime",
            "proof-Uptime",
            value=Decimal("2500.00") if internal else None,
        ),
        ValuePropositionRow("Speed", "p-Speed", "s-Speed", "q-Speed", "proof-Speed", value=None),
    )
    assert report.actions == ()
    nr = WhitespaceState.NOT_RELEVANT if internal else None
    comp = WhitespaceState.COMPETITOR if internal else None
    assert report.whitespace == WhitespaceGrid(
        ("alpha Lab", "IT", "Operations"),  # whatever the case
        ("Boxes", "Maintenance", "Telematics"),  # not the archived one
        ((None, None, None), (None, OPP, nr), (OPP, comp, WhitespaceState.SOLD)),
    )
    assert report.opportunities == _opportunities(internal)
    kinds = {0: InteractionKind.MEETING, 1: InteractionKind.CALL}
    assert report.interactions == tuple(
        InteractionRow(
            TODAY - D(days=n),
            kinds[n % 2],
            f"S{-n}" if n else "S0",
            f"sum{-n}" if n else "sum0",
            f"next{-n}" if n else "next0",
        )
        for n in range(10)
    )
    assert report.kpis == (
        KpiRow(
            "Uptime",
            "%",
            KpiDirection.HIGHER_IS_BETTER,
            90.0,
            99.5,
            ((TODAY - D(days=40), 90.5), (TODAY - D(days=20), 91.0), (TODAY - D(days=5), 93.0)),
        ),
        *(
            (
                KpiRow(
                    "Secret",
                    "",
                    KpiDirection.LOWER_IS_BETTER,
                    None,
                    None,
                    ((TODAY - D(days=1), 4.0),),
                    internal=True,
                ),
            )
            if internal
            else ()
        ),
        KpiRow("Empty", "h", KpiDirection.LOWER_IS_BETTER, None, None, ()),
    )
    assert report.last_review == ReviewRow(TODAY - D(days=3), Health.OFF_TRACK, "latest", "fix")
    assert (report.internal is None) is not internal
    assert report.sections == (
        "summary",
        "strategy",
        "research",
        "action_plan",
        "execution",
        "review",
        "team",
    )


def test_the_edition_as_text_and_the_sections_chosen(db: Database, pr: PR) -> None:
    report = build_plan_report(db, pr.w.account_id, "customer", sections=["team", "research", "nonsense"])
    assert report.edition is Edition.CUSTOMER and report.internal is None
    assert report.sections == ("research", "team")  # in the report's order
    assert build_plan_report(db, pr.w.account_id, sections=()).sections == ()


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "Edition must be one of: internal, customer."),
        ("it", "Il campo «Edizione» deve essere uno tra: internal, customer."),
    ],
    ids=["en", "it"],
)
def test_an_unknown_edition_is_refused(db: Database, pr: PR, lang: str, message: str) -> None:
    with using_language(lang), pytest.raises(ValidationError) as err:
        build_plan_report(db, pr.w.account_id, "secret")
    assert (err.value.field, str(err.value)) == ("edition", message)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "That account no longer exists (it may be in the trash)."),
        ("it", "Questo account non esiste più (forse è nel cestino)."),
    ],
    ids=["en", "it"],
)
def test_a_deleted_account_is_refused(db: Database, pr: PR, lang: str, message: str) -> None:
    with db.session() as s:
        acc = s.get(m.Account, pr.w.account_id)
        assert acc is not None
        acc.deleted_at = GONE
    with using_language(lang):
        for account in (pr.w.account_id, 999_999):
            with pytest.raises(NotFoundError) as err:
                build_plan_report(db, account)
            assert str(err.value) == message


def test_an_account_without_a_plan(db: Database) -> None:
    from kam_desktop.services import accounts

    clock.pin_today(TODAY)
    try:
        acc = accounts.create_account(db, accounts.AccountInput(name="Bare Co"))
        report = build_plan_report(db, acc.id)
    finally:
        clock.pin_today(None)
    assert (report.has_plan, report.period_start, report.period_end, report.rigour) == (
        False,
        None,
        None,
        None,
    )
    assert (report.phases, report.strategy, report.objectives, report.research) == ((), None, (), ())
    assert (report.value_propositions, report.actions, report.kpis, report.last_review) == ((), (), (), None)
    assert (report.whitespace, report.opportunities, report.interactions) == (None, (), ())
    assert (report.prepared_by, report.company) == ("", "")


def test_no_whitespace_grid_without_a_live_offering(db: Database, pr: PR) -> None:
    with db.session() as s:
        for offering in s.query(m.Offering):
            offering.archived_at = GONE
    assert build_plan_report(db, pr.w.account_id).whitespace is None
    assert build_plan_report(db, pr.w.account_id, "customer").whitespace is None


def test_the_report_is_of_the_account_asked_for(db: Database, pr: PR) -> None:
    other = build(db, "Other Co")
    report = build_plan_report(db, other.account_id, "customer")
    assert (report.account_name, report.industry, report.region, report.description) == (
        "Other Co",
        "",
        "",
        "",
    )
    assert [s.name for s in report.stakeholders] == ["Carla Ruiz", "Dirk Vos"]
    assert report.stakeholders[0].id == other.people["Carla"]


def test_the_customer_edition_never_selects_an_internal_column(db: Database, pr: PR) -> None:
    """design.md 'Internal-only': the customer's queries list their columns without the internal
    ones, so the read model cannot leak what it never held."""
    from sqlalchemy import event

    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        build_plan_report(db, pr.w.account_id, "customer")
        customer = list(statements)
        statements.clear()
        build_plan_report(db, pr.w.account_id, "internal")
        internal = list(statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    columns = (
        "value_cents",
        "probability",
        "opportunity.notes",
        "decision_role",
        "influence",
        "attitude",
        "relationship_strength",
        "cares_about",
        "stakeholder.notes",
        "stakeholder.email",
        "stakeholder.phone",
        "last_contact",
        "resources_needed",
    )
    assert [c for c in columns if any(c in s for s in customer)] == []
    assert [c for c in columns if not any(c in s for s in internal)] == []
