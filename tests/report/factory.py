"""Accounts for the PDF tests, written straight through the ORM (the export reads what is stored,
whatever path it came by), and helpers to read a PDF back."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

from kam_desktop.domain import enums as e
from kam_desktop.services import clock
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

TODAY = clock.today()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def pdf_pages(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


_FURNITURE = re.compile(
    r"^((Our joint plan|Account plan|Meeting brief) · .*|Our joint plan – .*|Version \d+ · .*|Prepared for .*"
    r"|INTERNAL – .*|Prepared \d\d .* by KAM Desktop"
    r"|\d\d \w{3} \d{4} – \d\d \w{3} \d{4}|Page \d+ of \d+)$"
)


def body_text(path: Path) -> str:
    """The text of every page without its running header and footer lines."""
    pages = []
    for page in PdfReader(str(path)).pages:
        lines = (page.extract_text() or "").splitlines()
        head = 0
        while head < min(3, len(lines)) and _FURNITURE.match(lines[head].strip()):
            head += 1
        tail = len(lines)
        while tail > head and tail > len(lines) - 2 and _FURNITURE.match(lines[tail - 1].strip()):
            tail -= 1
        pages.append("\n".join(lines[head:tail]))
    return "\n".join(pages)


def squash(text: str) -> str:
    """Text with all whitespace removed: line wrapping moves spaces and newlines around."""
    return "".join(text.split())


@dataclass
class Planted:
    """Markers planted in an account: internal-only ones must never reach a customer PDF."""

    account_id: int
    account_name: str
    internal_only: dict[str, str] = field(
        default_factory=dict
    )  # what -> marker, shown by the internal edition
    never_shown: dict[str, str] = field(default_factory=dict)  # internal data no edition prints
    public: dict[str, str] = field(default_factory=dict)  # must appear in both editions


def plant_account(db: Database, name: str = "Cobalt Marker Industries") -> Planted:
    """A full account (all five phases filled) with a distinct marker in every field."""
    p = Planted(0, name)
    i, n, pub = p.internal_only, p.never_shown, p.public
    with db.session() as s:
        settings = s.get(m.ProgramSettings, 1)
        assert settings is not None
        settings.user_name, settings.company_name = "Giulia Conti", "OurCo Industrial Services"
        acc = m.Account(
            name=name,
            industry="Chemicals",
            region="Italy",
            currency="EUR",
            current_revenue_cents=987_654_321_00,
            potential_revenue_cents=876_543_219_00,
            status=e.AccountStatus.KEY.value,
            description="PUB-DESCRIPTION of the account",
            internal_notes="MKR-ACCOUNT-NOTES",
        )
        i.update(revenue="987,654,321", potential="876,543,219", account_notes="MKR-ACCOUNT-NOTES")
        pub["description"] = "PUB-DESCRIPTION"
        s.add(acc)
        s.flush()
        p.account_id = acc.id
        s.add(
            m.IdentificationAssessment(
                account_id=acc.id,
                assessed_on=TODAY - dt.timedelta(days=10),
                notes="MKR-ASSESS-NOTES",
                **{f.value: 4 for f in e.Factor},
            )
        )
        i["assessment_notes"] = "MKR-ASSESS-NOTES"
        hq = m.BuyingCentre(account_id=acc.id, name="PUB-CENTRE Headquarters")
        plant = m.BuyingCentre(account_id=acc.id, name="Plant Gdańsk")
        s.add_all([hq, plant])
        lead = m.TeamMember(
            name="PUB-MEMBER Nora Jensen",
            function="Key Account Manager",
            email="nora@ourco.example",
            notes="MKR-MEMBER-NOTES",
        )
        tech = m.TeamMember(name="Daniel Weber", function="Solutions Engineer")
        gone = m.TeamMember(name="MKR-ARCHIVED-MEMBER", archived_at=dt.datetime(2025, 1, 1))
        s.add_all([lead, tech, gone])
        s.flush()
        pub["member"] = "PUB-MEMBER Nora Jensen"
        n["member_notes"] = "MKR-MEMBER-NOTES"
        n["archived_member"] = "MKR-ARCHIVED-MEMBER"
        for member in (lead, tech):
            s.add(m.AccountTeamMember(account_id=acc.id, team_member_id=member.id))
        s.add(
            m.RoleAssignment(
                account_id=acc.id,
                team_member_id=lead.id,
                role=e.Role.RELATIONSHIP_LEAD.value,
                strength="primary",
            )
        )
        s.add(
            m.RoleAssignment(
                account_id=acc.id,
                team_member_id=tech.id,
                role=e.Role.TECHNICAL_EXPERT.value,
                strength="backup",
            )
        )
        s.add(
            m.RoleAssignment(
                account_id=acc.id, team_member_id=gone.id, role=e.Role.INNOVATOR.value, strength="primary"
            )
        )
        for area in e.FluencyArea:
            s.add(m.FluencyRating(team_member_id=lead.id, area=area.value, rating=2, rated_on=TODAY))
        pub["centre"] = "PUB-CENTRE Headquarters"
        ceo = m.Stakeholder(
            account_id=acc.id,
            name="PUB-PERSON Julia Kowalski",
            title="Chief Executive Officer",
            buying_centre_id=hq.id,
            decision_role="blocker",
            influence=5,
            attitude="strong_opponent",
            relationship_strength=1,
            owner_id=lead.id,
            email="mkr-person@customer.example",
            phone="MKR-PHONE-555",
            cares_about="MKR-CARES-ABOUT",
            notes="MKR-PERSON-NOTES",
            last_contact=TODAY - dt.timedelta(days=3),
        )
        s.add(ceo)
        s.flush()
        cfo = m.Stakeholder(
            account_id=acc.id,
            name="PUB-PERSON Anna Berg",
            title="CFO",
            reports_to_id=ceo.id,
            decision_role="champion",
            attitude="supporter",
            influence=4,
        )
        s.add(cfo)
        pub["person"] = "PUB-PERSON Julia Kowalski"
        i.update(
            person_notes="MKR-PERSON-NOTES",
            cares="MKR-CARES-ABOUT",
            decision_role="Blocker",
            attitude="Strong opponent",
        )
        n.update(person_email="mkr-person@customer.example", person_phone="MKR-PHONE-555")
        s.add(
            m.Trend(account_id=acc.id, description="PUB-TREND Near-shoring", impact="PUB-IMPACT more plants")
        )
        s.add(
            m.Need(
                account_id=acc.id,
                description="PUB-NEED less downtime",
                priority=5,
                buying_centre_id=hq.id,
                stakeholder_id=ceo.id,
            )
        )
        pub.update(trend="PUB-TREND Near-shoring", need="PUB-NEED less downtime")
        s.add(
            m.Competitor(
                account_id=acc.id,
                name="MKR-COMPETITOR-NAME",
                presence="MKR-COMP-PRESENCE",
                strengths="MKR-COMP-STRENGTHS",
                weaknesses="MKR-COMP-WEAKNESSES",
                threat_level="high",
                counter_strategy="MKR-COMP-COUNTER",
                counter_status="losing_ground",
            )
        )
        i.update(
            competitor="MKR-COMPETITOR-NAME",
            presence="MKR-COMP-PRESENCE",
            strengths="MKR-COMP-STRENGTHS",
            weaknesses="MKR-COMP-WEAKNESSES",
            counter="MKR-COMP-COUNTER",
        )
        offering = m.Offering(name="PUB-OFFERING Predictive maintenance")
        other = m.Offering(name="Fleet telematics")
        s.add_all([offering, other])
        s.flush()
        sold = m.WhitespaceCell(
            account_id=acc.id,
            buying_centre_id=hq.id,
            offering_id=offering.id,
            state="sold",
            notes="MKR-WHITESPACE-NOTES",
        )
        taken = m.WhitespaceCell(
            account_id=acc.id, buying_centre_id=plant.id, offering_id=other.id, state="competitor"
        )
        s.add_all([sold, taken])
        n["whitespace_notes"] = "MKR-WHITESPACE-NOTES"
        plan = m.AccountPlan(
            account_id=acc.id,
            period_start=dt.date(TODAY.year, 1, 1),
            period_end=dt.date(TODAY.year, 12, 31),
            rigour="deep",
            strategy_what="PUB-WHAT preferred uptime partner",
            strategy_with_whom="PUB-WHOM the COO",
            strategy_why="PUB-WHY supplier consolidation",
            revenue_target_cents=765_432_198_00,
            topic_penetration="focus",
            topic_expansion="focus",
            topic_protection="not_this_period",
            still_key=True,
            qualification_note="MKR-QUALIFICATION-NOTE",
            internal_notes="MKR-PLAN-NOTES",
        )
        s.add(plan)
        s.flush()
        pub.update(
            what="PUB-WHAT preferred uptime partner",
            whom="PUB-WHOM the COO",
            why="PUB-WHY supplier consolidation",
        )
        i.update(target="765,432,198", qualification="MKR-QUALIFICATION-NOTE", plan_notes="MKR-PLAN-NOTES")
        for number, phase in enumerate(e.Phase):
            s.add(
                m.PlanPhase(
                    plan_id=plan.id,
                    phase=phase.value,
                    status="done" if number < 4 else "in_progress",
                    completed_on=TODAY if number < 4 else None,
                )
            )
        s.add(m.PlanTargetBuyingCentre(plan_id=plan.id, buying_centre_id=hq.id))
        public_obj = m.Objective(
            plan_id=plan.id,
            growth_focus="penetration",
            description="PUB-OBJECTIVE open Plant",
            measurable_target="PUB-TARGET first order",
            due_date=TODAY,
        )
        secret_obj = m.Objective(
            plan_id=plan.id,
            growth_focus="protection",
            description="MKR-OBJECTIVE-INTERNAL",
            measurable_target="MKR-OBJECTIVE-TARGET",
            internal=True,
        )
        s.add_all([public_obj, secret_obj])
        s.flush()
        pub.update(objective="PUB-OBJECTIVE open Plant", objective_target="PUB-TARGET first order")
        i.update(objective="MKR-OBJECTIVE-INTERNAL", objective_target="MKR-OBJECTIVE-TARGET")
        s.add(
            m.ResearchAnswer(
                plan_id=plan.id,
                question_id="Q22",
                category=4,
                answer="PUB-ANSWER uptime first",
                status="answered",
                source="PUB-SOURCE review",
            )
        )
        s.add(
            m.ResearchAnswer(
                plan_id=plan.id,
                question_id="Q23",
                category=4,
                answer="MKR-ANSWER-INTERNAL",
                status="answered",
                internal=True,
            )
        )
        s.add(
            m.ResearchAnswer(
                plan_id=plan.id,
                question_id="Q11",
                category=2,
                answer="MKR-ANSWER-RELATIONSHIPS",
                status="answered",
            )
        )
        s.add(
            m.ResearchAnswer(
                plan_id=plan.id,
                custom_question="MKR-CUSTOM-QUESTION",
                category=8,
                answer="MKR-CUSTOM-ANSWER",
                status="answered",
                internal=True,
            )
        )
        s.add(
            m.ResearchAnswer(
                plan_id=plan.id,
                question_id="Q25",
                category=4,
                status="needs_research",
                owner_id=lead.id,
                due_date=TODAY,
            )
        )
        pub.update(answer="PUB-ANSWER uptime first")
        i.update(
            answer="MKR-ANSWER-INTERNAL",
            answer_q11="MKR-ANSWER-RELATIONSHIPS",
            custom_question="MKR-CUSTOM-QUESTION",
            custom_answer="MKR-CUSTOM-ANSWER",
        )
        s.add(
            m.ValueProposition(
                plan_id=plan.id,
                title="PUB-CASE Uptime as a service",
                problem="PUB-PROBLEM",
                solution="PUB-SOLUTION",
                quantified_value="PUB-VALUE 2% more output",
                value_cents=432_198_765_00,
                proof="PUB-PROOF",
            )
        )
        pub.update(case="PUB-CASE Uptime as a service", case_value="PUB-VALUE 2% more output")
        i["case_value"] = "432,198,765"
        s.add(
            m.Action(
                plan_id=plan.id,
                objective_id=public_obj.id,
                title="PUB-ACTION workshop",
                owner_id=lead.id,
                due_date=TODAY,
                resources_needed="MKR-ACTION-RESOURCES",
                stakeholder_id=ceo.id,
            )
        )
        s.add(
            m.Action(plan_id=plan.id, objective_id=public_obj.id, title="MKR-ACTION-INTERNAL", internal=True)
        )
        s.add(
            m.Action(plan_id=plan.id, objective_id=secret_obj.id, title="MKR-ACTION-UNDER-INTERNAL-OBJECTIVE")
        )
        pub["action"] = "PUB-ACTION workshop"
        i.update(
            resources="MKR-ACTION-RESOURCES",
            action="MKR-ACTION-INTERNAL",
            action_under="MKR-ACTION-UNDER-INTERNAL-OBJECTIVE",
        )
        s.add(
            m.Opportunity(
                account_id=acc.id,
                title="PUB-OPPORTUNITY telematics pilot",
                buying_centre_id=hq.id,
                offering_id=other.id,
                growth_focus="expansion",
                stage="proposed",
                value_cents=543_219_876_00,
                probability=37,
                expected_close=TODAY,
                notes="MKR-OPP-NOTES",
            )
        )
        s.add(
            m.Opportunity(
                account_id=acc.id,
                title="MKR-OPPORTUNITY-LOST",
                growth_focus="protection",
                stage="lost",
                value_cents=100,
                probability=0,
            )
        )
        pub["opportunity"] = "PUB-OPPORTUNITY telematics pilot"
        i.update(
            opp_value="543,219,876", probability="37%", opp_notes="MKR-OPP-NOTES", lost="MKR-OPPORTUNITY-LOST"
        )
        s.add(
            m.Interaction(
                account_id=acc.id,
                kind="meeting",
                on_date=TODAY - dt.timedelta(days=5),
                subject="PUB-MEETING check-in",
                summary="PUB-SUMMARY pilot scope",
                next_steps="PUB-NEXT send ROI",
            )
        )
        pub.update(meeting="PUB-MEETING check-in", summary="PUB-SUMMARY pilot scope")
        kpi = m.Kpi(plan_id=plan.id, name="PUB-KPI uptime", unit="%", baseline=90.0, target=98.0)
        secret_kpi = m.Kpi(
            plan_id=plan.id, name="MKR-KPI-INTERNAL", unit="EUR", baseline=1.0, target=2.0, internal=True
        )
        s.add_all([kpi, secret_kpi])
        s.flush()
        for q, value in enumerate((91.0, 93.5, 95.25)):
            s.add(
                m.KpiMeasurement(
                    kpi_id=kpi.id,
                    measured_on=TODAY - dt.timedelta(days=90 * (3 - q)),
                    value=value,
                    note="MKR-MEASUREMENT-NOTE",
                )
            )
        pub["kpi"] = "PUB-KPI uptime"
        i["kpi"] = "MKR-KPI-INTERNAL"
        n["measurement_note"] = "MKR-MEASUREMENT-NOTE"
        s.add(
            m.Review(
                plan_id=plan.id,
                held_on=TODAY - dt.timedelta(days=2),
                health="at_risk",
                findings="PUB-FINDINGS procurement slow",
                adjustments="PUB-ADJUST add a workshop",
            )
        )
        pub.update(findings="PUB-FINDINGS procurement slow", adjustments="PUB-ADJUST add a workshop")
    return p


def hostile_account(db: Database, strings: list[str], name: str = "Hostile Strings Ltd") -> int:
    """An account whose names, answers, notes and actions are the hostile strings."""
    with db.session() as s:
        acc = m.Account(
            name=name,
            description="\n".join(strings[:20]),
            internal_notes=strings[39],
            status="key",
            current_revenue_cents=100,
        )
        s.add(acc)
        s.flush()
        member = m.TeamMember(name=strings[3], function=strings[14], email=strings[19])
        s.add(member)
        centre = m.BuyingCentre(account_id=acc.id, name=strings[14])
        s.add(centre)
        s.flush()
        s.add(m.AccountTeamMember(account_id=acc.id, team_member_id=member.id))
        s.add(
            m.RoleAssignment(
                account_id=acc.id, team_member_id=member.id, role="innovator", strength="primary"
            )
        )
        plan = m.AccountPlan(
            account_id=acc.id,
            period_start=dt.date(TODAY.year, 1, 1),
            period_end=dt.date(TODAY.year, 12, 31),
            strategy_what=strings[15],
            strategy_with_whom=strings[16],
            strategy_why=strings[38],
            internal_notes=strings[17],
        )
        s.add(plan)
        s.flush()
        objective = m.Objective(
            plan_id=plan.id, growth_focus="expansion", description=strings[18], measurable_target=strings[20]
        )
        s.add(objective)
        s.flush()
        boss: int | None = None
        for index, text in enumerate(strings):
            person = m.Stakeholder(
                account_id=acc.id,
                name=text,
                title=text,
                notes=text,
                cares_about=text,
                buying_centre_id=centre.id,
                reports_to_id=boss,
                owner_id=member.id,
            )
            s.add(person)
            s.flush()
            if index % 7 == 0:
                boss = person.id
            s.add(
                m.Action(
                    plan_id=plan.id,
                    objective_id=objective.id,
                    title=text,
                    resources_needed=text,
                    owner_id=member.id,
                    due_date=TODAY,
                )
            )
            s.add(
                m.ResearchAnswer(
                    plan_id=plan.id,
                    custom_question=f"Custom {index}: {text}",
                    category=1 + index % 8,
                    answer=text,
                    status="answered",
                    source=text,
                )
            )
            s.add(m.Trend(account_id=acc.id, description=text, impact=text))
            s.add(m.Competitor(account_id=acc.id, name=text or "-", strengths=text, counter_strategy=text))
            s.add(
                m.Opportunity(
                    account_id=acc.id,
                    title=text,
                    growth_focus="expansion",
                    stage="qualified",
                    value_cents=1000,
                    probability=50,
                    notes=text,
                )
            )
        s.add(
            m.ValueProposition(
                plan_id=plan.id,
                title=strings[14],
                problem=strings[39],
                solution=strings[38],
                quantified_value=strings[3],
            )
        )
        s.add(
            m.Interaction(
                account_id=acc.id,
                kind="call",
                on_date=TODAY,
                subject=strings[17],
                summary=strings[39],
                next_steps=strings[20],
            )
        )
        kpi = m.Kpi(plan_id=plan.id, name=strings[18], unit=strings[19])
        s.add(kpi)
        s.flush()
        s.add(m.KpiMeasurement(kpi_id=kpi.id, measured_on=TODAY, value=1.0))
        s.add(
            m.Review(
                plan_id=plan.id,
                held_on=TODAY,
                health="off_track",
                findings=strings[38],
                adjustments=strings[13],
            )
        )
        return acc.id


def large_account(
    db: Database, stakeholders: int = 500, actions: int = 1000, name: str = "Large Account SpA"
) -> int:
    """An account with many stakeholders (a deep org chart) and actions, written with bulk inserts."""
    from sqlalchemy import insert

    with db.session() as s:
        acc = m.Account(name=name, status="key", current_revenue_cents=10_000_00)
        s.add(acc)
        s.flush()
        members = [m.TeamMember(name=f"Member {k}", function="Sales") for k in range(12)]
        s.add_all(members)
        centre = m.BuyingCentre(account_id=acc.id, name="Operations")
        s.add(centre)
        plan = m.AccountPlan(
            account_id=acc.id,
            period_start=dt.date(TODAY.year, 1, 1),
            period_end=dt.date(TODAY.year, 12, 31),
            strategy_what="Grow",
            strategy_why="Because",
        )
        s.add(plan)
        s.flush()
        objectives = [
            m.Objective(plan_id=plan.id, growth_focus=f.value, description=f"Objective {f.label}")
            for f in e.GrowthFocus
        ]
        s.add_all(objectives)
        s.flush()
        first = (
            int(
                s.scalar(
                    m.Stakeholder.__table__.select()
                    .with_only_columns(m.Stakeholder.id)
                    .order_by(m.Stakeholder.id.desc())
                    .limit(1)
                )
                or 0
            )
            + 1
        )
        people = []
        for k in range(stakeholders):
            sid = first + k
            boss = None if k == 0 else first + (k - 1) // 4  # a 4-ary tree, several levels deep
            people.append(
                {
                    "id": sid,
                    "account_id": acc.id,
                    "name": f"Person {k:03d} Łukasz Ωmega",
                    "title": f"Title {k}",
                    "buying_centre_id": centre.id,
                    "reports_to_id": boss,
                    "decision_role": list(e.DecisionRole)[k % 8].value,
                    "influence": 1 + k % 5,
                    "attitude": list(e.Attitude)[k % 5].value,
                    "relationship_strength": 1 + k % 5,
                    "owner_id": members[k % 12].id,
                    "cares_about": f"Cares {k}",
                    "notes": f"Note {k}",
                }
            )
        s.execute(insert(m.Stakeholder), people)
        s.execute(
            insert(m.Action),
            [
                {
                    "plan_id": plan.id,
                    "objective_id": objectives[k % 3].id if k % 10 else None,
                    "title": f"Action {k:04d} – follow up with the division about the pilot scope",
                    "owner_id": members[k % 12].id,
                    "due_date": TODAY + dt.timedelta(days=k % 90),
                    "status": list(e.ActionStatus)[k % 5].value,
                    "resources_needed": "Half a day" if k % 2 else "",
                    "stakeholder_id": first + k % stakeholders,
                }
                for k in range(actions)
            ],
        )
        return acc.id
