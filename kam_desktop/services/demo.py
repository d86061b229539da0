"""A realistic, deterministic sample portfolio (same seed -> same data), fast at 10,000 accounts.

Rows are written with bulk INSERTs of precomputed ids in one transaction.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, insert, select, update

from kam_desktop.domain import enums as e
from kam_desktop.domain.errors import ConflictError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.i18n import language, using_language
from kam_desktop.services import clock
from kam_desktop.services.demo_it import DEMO_IT
from kam_desktop.services.demo_joint import add_joint_plans
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

PREFIXES = [
    "Alpen",
    "Baltic",
    "Cobalt",
    "Delta",
    "Elbe",
    "Fjord",
    "Granite",
    "Helios",
    "Iberia",
    "Jura",
    "Kestrel",
    "Lumen",
    "Meridian",
    "Nordic",
    "Orion",
    "Pioneer",
    "Quarry",
    "Rhein",
    "Solace",
    "Tessera",
    "Umbra",
    "Vistula",
    "Westmark",
    "Xenon",
    "Yarrow",
    "Zenith",
    "Adriatic",
    "Borealis",
    "Carrara",
    "Danube",
]
CORES = [
    "Logistics",
    "Pharma",
    "Foods",
    "Motors",
    "Energy",
    "Retail",
    "Chemicals",
    "Telecom",
    "Steel",
    "Textiles",
    "Aerospace",
    "Health",
    "Insurance",
    "Robotics",
    "Paper",
    "Glass",
    "Water",
    "Rail",
    "Media",
    "Semiconductors",
]
SUFFIXES = ["AG", "GmbH", "S.p.A.", "Ltd", "Group", "SA", "BV", "Holding", "Inc.", "Sp. z o.o.", "AB", "Oy"]
INDUSTRIES = {
    "Logistics": "Transport & logistics",
    "Pharma": "Life sciences",
    "Foods": "Food & beverage",
    "Motors": "Automotive",
    "Energy": "Energy & utilities",
    "Retail": "Retail",
    "Chemicals": "Chemicals",
    "Telecom": "Telecommunications",
    "Steel": "Metals",
    "Textiles": "Consumer goods",
    "Aerospace": "Aerospace",
    "Health": "Healthcare",
    "Insurance": "Financial services",
    "Robotics": "Industrial automation",
    "Paper": "Packaging",
    "Glass": "Building materials",
    "Water": "Energy & utilities",
    "Rail": "Transport & logistics",
    "Media": "Media",
    "Semiconductors": "Electronics",
}
REGIONS = [
    "DACH",
    "Nordics",
    "Benelux",
    "Italy",
    "Iberia",
    "France",
    "UK & Ireland",
    "Poland & CEE",
    "North America",
]
CENTRES = [
    "Operations",
    "Procurement",
    "R&D",
    "Finance",
    "IT",
    "Plant Milan",
    "Plant Gdańsk",
    "Logistics hub",
    "Marketing",
    "Quality",
    "After-sales",
    "Corporate HQ",
]
FIRST = [
    "Anna",
    "Marco",
    "Sofia",
    "Lukas",
    "Elena",
    "Piotr",
    "Julia",
    "Henrik",
    "Chiara",
    "Tomás",
    "Ingrid",
    "Mateo",
    "Zofia",
    "Oliver",
    "Giulia",
    "Sven",
    "Lena",
    "Rafael",
    "Agnieszka",
    "Jonas",
    "Clara",
    "Nikos",
]
LAST = [
    "Rossi",
    "Müller",
    "Kowalski",
    "Larsen",
    "García",
    "Dubois",
    "Novak",
    "Bianchi",
    "Schmidt",
    "Jensen",
    "Fischer",
    "Ferrari",
    "Wiśniewska",
    "Andersson",
    "Moreau",
    "Papadopoulos",
    "Keller",
    "Costa",
    "Berg",
]
TITLES = [
    ("Chief Executive Officer", 5),
    ("Chief Operating Officer", 5),
    ("Chief Financial Officer", 5),
    ("VP Procurement", 4),
    ("Head of Engineering", 4),
    ("Head of IT", 4),
    ("Plant Director", 4),
    ("Category Manager", 3),
    ("Procurement Lead", 3),
    ("Project Engineer", 2),
    ("Quality Manager", 3),
    ("Operations Manager", 3),
    ("IT Architect", 2),
    ("Executive Assistant", 1),
]
TEAM = [
    ("Giulia Conti", "Key Account Manager"),
    ("Daniel Weber", "Solutions Engineer"),
    ("Maja Nowak", "Customer Success"),
    ("Erik Lindqvist", "Project Manager"),
    ("Sara Bianchi", "Product Specialist"),
    ("Tom Harris", "Sales Director"),
    ("Lea Martin", "Innovation Lead"),
    ("Jan de Vries", "Service Delivery"),
    ("Paula Ortega", "Pricing & Commercial"),
    ("Kai Schneider", "Technical Architect"),
    ("Nora Jensen", "Marketing Manager"),
    ("Ahmed Khan", "Finance Business Partner"),
]
OFFERINGS = [
    "Fleet telematics",
    "Predictive maintenance",
    "Managed logistics",
    "Spare-parts service",
    "Energy monitoring",
    "Training academy",
    "Quality analytics",
    "Cloud integration",
]
COMPETITORS = [
    "Vantor Systems",
    "Brightline",
    "Kuehnert & Co.",
    "Axiomatic",
    "Northwind Services",
    "Polaris Tech",
]
TRENDS = [
    "Pressure to cut CO₂ emissions 30% by 2030",
    "Consolidation of suppliers to fewer strategic partners",
    "Move from capex to service contracts",
    "Shortage of skilled maintenance staff",
    "Near-shoring of production to Europe",
    "Digital twins of production lines",
]
NEEDS = [
    "Reduce unplanned downtime on the main lines",
    "One supplier dashboard for all sites",
    "Faster onboarding of new plants",
    "Lower total cost of ownership of the fleet",
    "Evidence for the sustainability report",
    "Fewer manual quality checks",
]
ACTION_TITLES = [
    "Schedule executive sponsor meeting",
    "Map the procurement process at {c}",
    "Prepare ROI case for {o}",
    "Run discovery workshop with {c}",
    "Send reference case study",
    "Agree pilot scope for {o}",
    "Introduce our technical architect to {c}",
    "Review contract renewal terms",
    "Collect KPI baseline data",
    "Invite to customer advisory board",
]
OBJECTIVES = {
    e.GrowthFocus.PENETRATION: ("Open {c} as a new buying centre", "First order from {c} by Q{q}"),
    e.GrowthFocus.EXPANSION: ("Sell {o} alongside our current services", "Signed pilot of {o}"),
    e.GrowthFocus.PROTECTION: ("Keep {x} out of the renewal", "Renewal signed, 3-year term"),
}


def _d(base: dt.date, days: int) -> dt.date:
    return base + dt.timedelta(days=days)


def _program_checklist(add: Callable[..., int], today: dt.date, key_accounts: int) -> None:
    """The program checklist of the demo: a charter, two dated self-assessments (so the trend
    shows), trust answers, divisions on the first key account, a leadership cycle, reflections."""
    from kam_desktop.store import program_models as pm

    for component, decision, words in (
        (1, "accept", "A key account is chosen on the 8 factors, not on last year's revenue."),
        (2, "adapt", "At most ten key accounts; a new one replaces another unless the board agrees."),
        (3, "accept", ""),
        (4, "accept", "Every plan names its penetration, expansion and protection objectives."),
        (5, "adapt", "Each key account gets a core team and a yearly investment case."),
    ):
        add(
            pm.CharterStatement,
            component=component,
            decision=decision,
            our_words=words,
            decided_on=_d(today, -200),
        )
    history = (
        (-190, "Kick-off of the program", (2, 2, 2, 3, 1, 2, 2, 1, 2)),
        (-20, "Half-year check", (3, 4, 3, 3, 2, 3, 3, 2, 2)),
    )
    for days, note, ratings in history:
        aid = add(
            pm.ProgramAssessment,
            assessed_on=_d(today, days),
            note=note,
            created_at=dt.datetime.combine(_d(today, days), dt.time(9, 0)),
        )
        for factor, rating in enumerate(ratings, start=1):
            add(
                pm.ProgramFactorRating,
                assessment_id=aid,
                factor=factor,
                rating=rating,
                notes="",
                evidence="",
                measured="",
            )
    for question, answer, rating in (
        (1, "Mostly with two people in Operations; the divisions themselves work well together.", 3),
        (2, "Only the larger teams know what Field Services can offer.", 2),
        (3, "A monthly key-account call open to every division.", 3),
        (4, "Not yet: plans rarely list offerings of other divisions.", 2),
        (5, "No: bonuses count only sales booked in one's own division.", 1),
        (6, "A yearly award for the best joint win.", 2),
    ):
        add(pm.TrustAnswer, question=question, answer=answer, rating=rating, answered_on=_d(today, -20))
    if key_accounts:
        for division, how, rating in (
            ("Field Services", "Runs the maintenance pilot", 4),
            ("Digital Solutions", "Invited to the next business review", 2),
        ):
            add(pm.DivisionCooperation, account_id=1, division=division, involvement=how, rating=rating)
    add(
        pm.LeadershipCycle,
        cycle_on=_d(today, -20),
        answer_1="Yes: six key accounts could each grow by a fifth in two years.",
        answer_2="A project manager for the key-account teams and a shared pilot budget.",
        answer_3="Agreed for the project manager; the pilot budget is halved.",
        budget_asked_cents=12_000_000,
        budget_granted_cents=6_000_000,
        resources_asked="1 project manager, 20% of a solution architect",
        resources_granted="1 project manager",
    )
    for want, text in (
        (2, "Plans now name a new buying centre for every key account."),
        (3, "We protect renewals with a second relationship at each account."),
    ):
        add(pm.WantReflection, want=want, reflection=text)


def generate_demo(
    db: Database,
    *,
    accounts: int = 25,
    seed: int = 7,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    language: str = "en",
) -> dict[str, int]:
    """Write the sample portfolio into an empty database; return row counts per table.

    ``language`` ('it', 'en'): the language of the sample texts (industries, buying centres,
    objectives, actions, notes ...), English unless asked. The same seed gives the
    same portfolio in either language.
    """
    with using_language(language):
        return _generate_demo(db, accounts=accounts, seed=seed, today=today, progress=progress)


def _t(text: str) -> str:
    """A sample text in the demo's language (English source, Italian from ``demo_it``)."""
    if language() == "it":
        return DEMO_IT.get(text, text)
    return text


def _generate_demo(
    db: Database,
    *,
    accounts: int,
    seed: int,
    today: dt.date | None,
    progress: Callable[[int, int], None] | None,
) -> dict[str, int]:
    if accounts < 1 or accounts > 100_000:
        raise ConflictError("The demo writes between 1 and 100,000 accounts.")
    rng = random.Random(seed)
    today = today or clock.today()
    now = dt.datetime.combine(today, dt.time(9, 0))
    bank = load_question_bank()
    rows: dict[type[m.Base], list[dict[str, Any]]] = {}

    def add(model: type[m.Base], **values: Any) -> int:
        bucket = rows.setdefault(model, [])
        if "id" not in values and "id" in model.__table__.c:
            values["id"] = len(bucket) + 1
        bucket.append(values)
        return int(values.get("id", 0))

    # program-level data
    team_ids = [
        add(
            m.TeamMember,
            name=n,
            function=f,
            email=n.lower().replace(" ", ".") + "@ourco.example",
            notes="",
            created_at=now,
            updated_at=now,
        )
        for n, f in ((n, _t(f)) for n, f in TEAM)
    ]
    for tid in team_ids:
        for area in e.FluencyArea:
            for months_ago in (9, 3):
                add(
                    m.FluencyRating,
                    team_member_id=tid,
                    area=area.value,
                    rating=rng.randint(1, 5),
                    rated_on=_d(today, -30 * months_ago),
                    created_at=now,
                )
    offering_ids = [
        add(m.Offering, name=_t(o), description="", created_at=now, updated_at=now) for o in OFFERINGS
    ]

    used_names: set[str] = set()
    key_target = min(12, max(1, accounts // 3))
    for index in range(accounts):
        while True:
            core = rng.choice(CORES)
            name = f"{rng.choice(PREFIXES)} {core} {rng.choice(SUFFIXES)}"
            if name.lower() not in used_names:
                break
            name = f"{name} {len(used_names)}"
            if name.lower() not in used_names:
                break
        used_names.add(name.lower())
        is_key = index < key_target
        status = (
            e.AccountStatus.KEY
            if is_key
            else rng.choice(
                [e.AccountStatus.CANDIDATE] * 4
                + [e.AccountStatus.STANDARD] * 4
                + [e.AccountStatus.DISQUALIFIED]
            )
        )
        revenue = rng.randint(40, 4000) * 1000 * (3 if is_key else 1)
        aid = add(
            m.Account,
            name=name,
            industry=_t(INDUSTRIES[core]),
            region=_t(rng.choice(REGIONS)),
            currency="EUR",
            current_revenue_cents=revenue * 100,
            potential_revenue_cents=int(revenue * rng.uniform(1.1, 4)) * 100,
            status=status.value,
            description=_t("{name} is a {industry} business.").format(
                name=name, industry=_t(INDUSTRIES[core]).lower()
            ),
            internal_notes=_t("Internal: pricing sensitivity high."),
            created_at=now,
            updated_at=now,
        )
        if is_key:
            add(
                m.AccountStatusChange,
                account_id=aid,
                from_status="candidate",
                to_status="key",
                reason=_t("Strategic fit and growth potential"),
                over_cap=False,
                changed_at=now - dt.timedelta(days=400 - index),
            )
        # assessments: an older and a newer one
        for age in (300, 20):
            bias = 1 if is_key else 0
            ratings = {
                f.value: min(5, max(1, rng.randint(1, 5) + bias)) if rng.random() > 0.05 else None
                for f in e.Factor
            }
            add(
                m.IdentificationAssessment,
                account_id=aid,
                assessed_on=_d(today, -age - rng.randint(0, 20)),
                notes="",
                created_at=now,
                **ratings,
            )
        detailed = is_key or rng.random() < 0.3
        centre_ids = [
            add(
                m.BuyingCentre,
                account_id=aid,
                name=_t(c),
                kind="division",
                notes="",
                created_at=now,
                updated_at=now,
            )
            for c in rng.sample(CENTRES, rng.randint(2, 5) if detailed else 1)
        ]
        # stakeholders with an org chart: a top person, their reports, and theirs
        n_people = rng.randint(6, 10) if detailed else rng.randint(1, 3)
        people: list[int] = []
        for p in range(n_people):
            title, influence = TITLES[0] if p == 0 else rng.choice(TITLES[1:])
            manager = (
                None
                if p == 0
                else people[0]
                if p < 3
                else rng.choice(people[1:3])
                if len(people) >= 3
                else people[0]
            )
            sid = add(
                m.Stakeholder,
                account_id=aid,
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                title=_t(title),
                buying_centre_id=rng.choice(centre_ids),
                reports_to_id=manager,
                decision_role=rng.choice(list(e.DecisionRole)).value if detailed else None,
                influence=influence,
                attitude=rng.choice(list(e.Attitude)).value,
                relationship_strength=rng.randint(1, 5),
                owner_id=rng.choice(team_ids),
                email="",
                phone="",
                cares_about=_t(rng.choice(NEEDS)),
                notes="",
                last_contact=_d(today, -rng.randint(3, 120)),
                created_at=now,
                updated_at=now,
            )
            people.append(sid)
        if not detailed:
            continue
        # the core team and roles (deliberate gaps: PM, Innovator, Results Driver often missing)
        members = rng.sample(team_ids, rng.randint(3, 5))
        for tid in members:
            add(m.AccountTeamMember, account_id=aid, team_member_id=tid, added_at=now)
        common = [e.Role.RELATIONSHIP_LEAD, e.Role.TECHNICAL_EXPERT, e.Role.COLLABORATOR]
        rare = [e.Role.PROJECT_MANAGER, e.Role.INNOVATOR, e.Role.RESULTS_DRIVER]
        assigned: set[tuple[int, str]] = set()
        for role in common + [r for r in rare if rng.random() < 0.35]:
            tid = rng.choice(members)
            strength = e.RoleStrength.PRIMARY if rng.random() < 0.8 else e.RoleStrength.BACKUP
            if (tid, role.value) not in assigned:
                assigned.add((tid, role.value))
                add(
                    m.RoleAssignment,
                    account_id=aid,
                    team_member_id=tid,
                    role=role.value,
                    strength=strength.value,
                    assigned_at=now,
                )
        for text in rng.sample(TRENDS, 2):
            add(m.Trend, account_id=aid, description=_t(text), impact="", created_at=now, updated_at=now)
        for text in rng.sample(NEEDS, 2):
            add(
                m.Need,
                account_id=aid,
                description=_t(text),
                priority=rng.randint(2, 5),
                buying_centre_id=rng.choice(centre_ids),
                stakeholder_id=rng.choice(people),
                created_at=now,
                updated_at=now,
            )
        competitor = rng.choice(COMPETITORS)
        add(
            m.Competitor,
            account_id=aid,
            name=competitor,
            presence=_t("Holds the {offering} contract").format(offering=_t(rng.choice(OFFERINGS)).lower()),
            strengths=_t("Low price, incumbent"),
            weaknesses=_t("Slow support"),
            threat_level=rng.choice(list(e.ThreatLevel)).value,
            counter_strategy=_t("Show total cost of ownership with a pilot"),
            counter_status=rng.choice(list(e.CounterStatus)).value,
            created_at=now,
            updated_at=now,
        )
        cell_ids: list[tuple[int, int, int]] = []
        for cid in centre_ids:
            for oid in offering_ids:
                state = rng.choice(list(e.WhitespaceState))
                cell_ids.append(
                    (
                        add(
                            m.WhitespaceCell,
                            account_id=aid,
                            buying_centre_id=cid,
                            offering_id=oid,
                            state=state.value,
                            notes="",
                            updated_at=now,
                        ),
                        cid,
                        oid,
                    )
                )
        # the plan, in a phase that depends on the account
        phases_done = rng.randint(1, 5) if is_key else rng.randint(0, 2)
        plan_id = add(
            m.AccountPlan,
            account_id=aid,
            period_start=dt.date(today.year, 1, 1),
            period_end=dt.date(today.year, 12, 31),
            rigour=rng.choice(list(e.Rigour)).value,
            strategy_what=_t("Become the preferred partner for uptime and service across all sites."),
            strategy_with_whom=_t("The COO's operations team and the procurement board."),
            strategy_why=_t("They are consolidating suppliers; we already run their largest plant."),
            revenue_target_cents=int(revenue * 1.25) * 100,
            topic_penetration="focus",
            topic_expansion="focus",
            topic_protection=rng.choice(["focus", "not_this_period"]),
            still_key=True if phases_done >= 2 else None,
            qualification_note="",
            internal_notes="",
            created_at=now,
            updated_at=now,
        )
        for cid in centre_ids[:2]:
            add(m.PlanTargetBuyingCentre, plan_id=plan_id, buying_centre_id=cid)
        for sid in people[:2]:
            add(m.PlanTargetStakeholder, plan_id=plan_id, stakeholder_id=sid)
        for number, phase in enumerate(e.Phase):
            phase_status = (
                "done" if number < phases_done else "in_progress" if number == phases_done else "not_started"
            )
            add(
                m.PlanPhase,
                plan_id=plan_id,
                phase=phase.value,
                status=phase_status,
                completed_on=_d(today, -30 * (5 - number)) if phase_status == "done" else None,
                wizard_page=0,
            )
        objective_ids = []
        for focus, (desc, target) in OBJECTIVES.items():
            fill = {
                "c": _t(rng.choice(CENTRES)),
                "o": _t(rng.choice(OFFERINGS)),
                "x": competitor,
                "q": rng.randint(1, 4),
            }
            objective_ids.append(
                add(
                    m.Objective,
                    plan_id=plan_id,
                    growth_focus=focus.value,
                    description=_t(desc).format(**fill),
                    measurable_target=_t(target).format(**fill),
                    due_date=_d(today, rng.randint(30, 250)),
                    internal=focus is e.GrowthFocus.PROTECTION,  # names the competitor: keep it internal
                    created_at=now,
                    updated_at=now,
                )
            )
        for q in bank.questions:
            if rng.random() < 0.6:
                r_status = rng.choice(
                    [e.ResearchStatus.ANSWERED] * 3
                    + [e.ResearchStatus.NEEDS_RESEARCH, e.ResearchStatus.NOT_RELEVANT]
                )
                add(
                    m.ResearchAnswer,
                    plan_id=plan_id,
                    question_id=q.id,
                    custom_question="",
                    category=q.category,
                    answer=_t("Confirmed in the last business review.")
                    if r_status is e.ResearchStatus.ANSWERED
                    else "",
                    status=r_status.value,
                    owner_id=rng.choice(members),
                    due_date=_d(today, rng.randint(-10, 40))
                    if r_status is e.ResearchStatus.NEEDS_RESEARCH
                    else None,
                    source=_t("Business review") if r_status is e.ResearchStatus.ANSWERED else "",
                    stakeholder_id=rng.choice(people) if rng.random() < 0.3 else None,
                    internal=False,
                    created_at=now,
                    updated_at=now,
                )
        add(
            m.ValueProposition,
            plan_id=plan_id,
            title=_t("Uptime as a service"),
            problem=_t("Unplanned downtime costs about 2% of output."),
            solution=_t("Predictive maintenance across all lines with one service contract."),
            quantified_value=_t("€1.2m a year in avoided downtime"),
            value_cents=120_000_000,
            proof=_t("Reference: same result at a comparable plant in 2025."),
            created_at=now,
            updated_at=now,
        )
        for a in range(rng.randint(4, 9)):
            due = _d(today, rng.randint(-25, 45))
            a_status = rng.choice(
                [
                    e.ActionStatus.PLANNED,
                    e.ActionStatus.IN_PROGRESS,
                    e.ActionStatus.DONE,
                    e.ActionStatus.PLANNED,
                    e.ActionStatus.BLOCKED,
                ]
            )
            add(
                m.Action,
                plan_id=plan_id,
                objective_id=rng.choice(objective_ids),
                title=_t(rng.choice(ACTION_TITLES)).format(
                    c=_t(rng.choice(CENTRES)), o=_t(rng.choice(OFFERINGS))
                ),
                owner_id=rng.choice(members),
                stakeholder_id=rng.choice(people),
                due_date=due,
                resources_needed=_t("Half a day of the solutions engineer") if a % 2 else "",
                status=a_status.value,
                completed_on=due if a_status is e.ActionStatus.DONE else None,
                internal=False,
                created_at=now,
                updated_at=now,
            )
        for cell_id, cid, oid in rng.sample(cell_ids, min(3, len(cell_ids))):
            add(
                m.Opportunity,
                account_id=aid,
                title=_t("{offering} for {centre}").format(
                    offering=_t(OFFERINGS[oid - 1]), centre=_t(rng.choice(CENTRES))
                ),
                buying_centre_id=cid,
                offering_id=oid,
                whitespace_cell_id=cell_id,
                growth_focus=rng.choice(list(e.GrowthFocus)).value,
                stage=rng.choice(list(e.OpportunityStage)).value,
                value_cents=rng.randint(20, 900) * 1000 * 100,
                probability=rng.choice([10, 25, 40, 60, 80]),
                expected_close=_d(today, rng.randint(10, 200)),
                notes="",
                created_at=now,
                updated_at=now,
            )
        for offset in (-80, -45, -12, rng.randint(1, 20), rng.randint(25, 60)):
            iid = add(
                m.Interaction,
                account_id=aid,
                kind=rng.choice(list(e.InteractionKind)).value,
                on_date=_d(today, offset),
                start_time=dt.time(rng.choice([9, 10, 14, 16]), 0),
                subject=_t("Quarterly business review") if offset > 0 else _t("Operations check-in"),
                location=_t("Customer site") if offset % 2 else _t("Video call"),
                summary="" if offset > 0 else _t("Discussed uptime figures and the pilot scope."),
                next_steps="" if offset > 0 else _t("Send the ROI model."),
                created_at=now,
                updated_at=now,
            )
            for sid in rng.sample(people, min(3, len(people))):
                add(m.InteractionAttendee, interaction_id=iid, stakeholder_id=sid, team_member_id=None)
            add(m.InteractionAttendee, interaction_id=iid, stakeholder_id=None, team_member_id=members[0])
        for kpi_name, unit, direction, base, goal in (
            ("Revenue growth", "%", "higher_is_better", 0.0, 20.0),
            ("Customer satisfaction", "NPS", "higher_is_better", 25.0, 45.0),
            ("Unplanned downtime", "hours/month", "lower_is_better", 40.0, 20.0),
        ):
            kid = add(
                m.Kpi,
                plan_id=plan_id,
                name=_t(kpi_name),
                unit=_t(unit),
                direction=direction,
                baseline=base,
                target=goal,
                internal=kpi_name == "Revenue growth",  # our commercial figure
                created_at=now,
                updated_at=now,
            )
            for quarter in range(4):
                add(
                    m.KpiMeasurement,
                    kpi_id=kid,
                    measured_on=_d(today, -90 * (4 - quarter)),
                    value=round(base + (goal - base) * (quarter + 1) / 5 * rng.uniform(0.6, 1.2), 1),
                    note="",
                )
        if phases_done >= 5:
            add(
                m.Review,
                plan_id=plan_id,
                held_on=_d(today, -30),
                health=rng.choice(list(e.Health)).value,
                findings=_t("Pilot running; procurement slower than expected."),
                adjustments=_t("Add a procurement workshop; move the pilot review to next month."),
                snapshot_json="{}",
                created_at=now,
            )
        if progress and index % 500 == 0:
            progress(index, accounts)

    _program_checklist(add, today, key_target)
    add_joint_plans(rows, add, today, now)  # what each key account's manager shares with it

    with db.session() as session:
        if session.scalar(select(func.count()).select_from(m.Account)):
            raise ConflictError("This database already has accounts; the demo writes only into an empty one.")
        existing_team = session.scalar(select(func.count()).select_from(m.TeamMember))
        if existing_team:
            raise ConflictError("This database already has a team; the demo writes only into an empty one.")
        for model, bucket in rows.items():
            for start in range(0, len(bucket), 5000):
                session.execute(insert(model), bucket[start : start + 5000])
        session.execute(
            update(m.ProgramSettings).values(
                user_name="Giulia Conti", company_name=_t("OurCo Industrial Services")
            )
        )
    return {model.__tablename__: len(bucket) for model, bucket in rows.items()}
