"""Meeting preparation: the brief for an upcoming interaction (or a stakeholder, or the account).

``build_brief`` gathers, in one session, who attends (with what we know about each), what they
care about, the open actions involving them, live opportunities in their buying centres, the
last three interactions, research questions still to ask, and talking points derived from the
objectives, the whitespace and the competitors. The screen and the brief PDF both render it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain import dates, numbers
from kam_desktop.domain import validation as v
from kam_desktop.domain.bidi import fill, isolate
from kam_desktop.domain.enums import (
    ActionStatus,
    Attitude,
    CounterStatus,
    DecisionRole,
    GrowthFocus,
    InteractionKind,
    OpportunityStage,
    ResearchStatus,
    ThreatLevel,
    WhitespaceState,
)
from kam_desktop.domain.errors import NotFoundError
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.i18n import fmt, language, translate
from kam_desktop.services import accounts, clock
from kam_desktop.services.meeting_models import (
    BriefAction,
    BriefAttendee,
    BriefInteraction,
    BriefOpportunity,
    MeetingBrief,
)
from kam_desktop.services.plans import current_plan_id
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    Account,
    Action,
    BuyingCentre,
    Competitor,
    Interaction,
    InteractionAttendee,
    Need,
    Objective,
    Offering,
    Opportunity,
    ProgramSettings,
    ResearchAnswer,
    Stakeholder,
    TeamMember,
    ValueProposition,
    WhitespaceCell,
)

MAX_ACTIONS = 8
MAX_QUESTIONS = 5
MAX_POINTS = 7
MAX_OPPORTUNITIES = 6


@dataclass(frozen=True)
class UpcomingMeeting:
    id: int
    on_date: dt.date
    start_time: dt.time | None
    kind: InteractionKind
    subject: str
    attendees: tuple[str, ...]  # stakeholders' names


def _upcoming_rows(session: Session, account_id: int) -> list[Interaction]:
    return list(
        session.scalars(
            select(Interaction)
            .where(
                Interaction.account_id == account_id,
                Interaction.deleted_at.is_(None),
                Interaction.on_date >= clock.today(),
            )
            .order_by(
                Interaction.on_date, Interaction.start_time.is_(None), Interaction.start_time, Interaction.id
            )
        )
    )


def _stakeholder_names(session: Session, interaction_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {i: [] for i in interaction_ids}
    if interaction_ids:
        for iid, name in session.execute(
            select(InteractionAttendee.interaction_id, Stakeholder.name)
            .join(Stakeholder, Stakeholder.id == InteractionAttendee.stakeholder_id)
            .where(InteractionAttendee.interaction_id.in_(interaction_ids), Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.influence.desc(), Stakeholder.name)
        ):
            out[iid].append(name)
    return out


def upcoming_meetings(db: Database, account_id: int) -> tuple[UpcomingMeeting, ...]:
    """The account's interactions from today on, soonest first."""
    with db.reading() as session:
        accounts.get_live(session, account_id)
        rows = _upcoming_rows(session, account_id)
        names = _stakeholder_names(session, [r.id for r in rows])
        return tuple(
            UpcomingMeeting(
                r.id, r.on_date, r.start_time, InteractionKind(r.kind), r.subject, tuple(names[r.id])
            )
            for r in rows
        )


def _brief_interaction(i: Interaction) -> BriefInteraction:
    return BriefInteraction(i.id, i.on_date, InteractionKind(i.kind), i.subject, i.summary, i.next_steps)


def _question_text(bank_text: dict[str, str], a: ResearchAnswer) -> str:
    return bank_text.get(a.question_id or "", "") or a.custom_question


def _day(value: dt.date) -> str:
    """A date as the language in force writes it ('25 feb 2027', 'Feb 25, 2027')."""
    return numbers.format_date(value, numbers.locale_for_language(language()))


def _clip(text: str, limit: int = 220) -> str:
    one = " ".join(text.split())
    if len(one) <= limit:
        return one
    head = one[: limit - 1]
    if not one[limit - 1 : limit].isspace() and head.rfind(" ") >= limit // 3:
        head = head[: head.rfind(" ")]  # never cut a word in the middle
    return head.rstrip(" ,;:.-–") + "…"


def _last_contacts(session: Session, ids: Iterable[int]) -> dict[int, dt.date]:
    people = list(ids)
    if not people:
        return {}
    stmt = (
        select(InteractionAttendee.stakeholder_id, func.max(Interaction.on_date))
        .join(Interaction, Interaction.id == InteractionAttendee.interaction_id)
        .where(
            InteractionAttendee.stakeholder_id.in_(people),
            Interaction.deleted_at.is_(None),
            Interaction.on_date <= clock.today(),
        )
        .group_by(InteractionAttendee.stakeholder_id)
    )
    return {int(k): d for k, d in session.execute(stmt).all() if k is not None and d is not None}


def _brief(
    session: Session,
    account: Account,
    meeting: Interaction | None,
    people: list[Stakeholder],
    team: list[TeamMember],
) -> MeetingBrief:
    today = clock.today()
    plan_id = current_plan_id(session, account.id)
    bank = load_question_bank()
    bank_text = {q.id: q.text for q in bank.questions}
    person_ids = [p.id for p in people]
    team_ids = [t.id for t in team]
    all_team = dict(session.execute(select(TeamMember.id, TeamMember.name)).all())
    centres = dict(
        session.execute(
            select(BuyingCentre.id, BuyingCentre.name).where(
                BuyingCentre.account_id == account.id, BuyingCentre.deleted_at.is_(None)
            )
        ).all()
    )
    offerings = dict(session.execute(select(Offering.id, Offering.name)).all())
    people_names = dict(
        session.execute(
            select(Stakeholder.id, Stakeholder.name).where(
                Stakeholder.account_id == account.id, Stakeholder.deleted_at.is_(None)
            )
        ).all()
    )

    # open actions of the current plan
    open_values = [s.value for s in ActionStatus if s.is_open]
    plan_actions: list[Action] = []
    if plan_id is not None:
        plan_actions = list(
            session.scalars(
                select(Action)
                .where(Action.plan_id == plan_id, Action.deleted_at.is_(None), Action.status.in_(open_values))
                .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
            )
        )
    involving = [a for a in plan_actions if a.stakeholder_id in person_ids or a.owner_id in team_ids]
    chosen_actions = involving if (people or team) else plan_actions

    # what each person cares about: their own note, needs linked to them, research answers about them
    needs: dict[int, list[str]] = {}
    for n in session.scalars(
        select(Need)
        .where(Need.stakeholder_id.in_(person_ids), Need.deleted_at.is_(None))
        .order_by(Need.priority.desc(), Need.id)
    ):
        needs.setdefault(n.stakeholder_id or 0, []).append(
            fill(translate("TalkingPoints", "Need: %1"), _clip(n.description))
        )
    answers: dict[int, list[str]] = {}
    open_questions: list[str] = []
    if plan_id is not None:
        for a in session.scalars(
            select(ResearchAnswer)
            .where(
                ResearchAnswer.plan_id == plan_id,
                ResearchAnswer.deleted_at.is_(None),
                ResearchAnswer.stakeholder_id.in_(person_ids),
                ResearchAnswer.status == ResearchStatus.ANSWERED.value,
            )
            .order_by(ResearchAnswer.category, ResearchAnswer.id)
        ):
            if a.answer.strip():
                answers.setdefault(a.stakeholder_id or 0, []).append(
                    f"{isolate(_clip(_question_text(bank_text, a), 90))} — {isolate(_clip(a.answer, 160))}"
                )
        # Questions to ask: only bank questions meant for the customer, in the customer's words.
        # Our internal planning questions (our revenue, our relationships, our gaps) and custom
        # questions (unmarked) are never offered here.
        askable = {q.id: q.ask_customer for q in bank.questions if q.askable}
        todo = list(
            session.scalars(
                select(ResearchAnswer)
                .where(
                    ResearchAnswer.plan_id == plan_id,
                    ResearchAnswer.deleted_at.is_(None),
                    ResearchAnswer.question_id.in_(sorted(askable)),
                    ResearchAnswer.status.in_(
                        (ResearchStatus.NEEDS_RESEARCH.value, ResearchStatus.UNANSWERED.value)
                    ),
                )
                .order_by(ResearchAnswer.due_date.is_(None), ResearchAnswer.due_date, ResearchAnswer.category)
            )
        )
        # theirs first, then those marked "needs research" (both sorts stable)
        todo.sort(key=lambda a: a.status != ResearchStatus.NEEDS_RESEARCH.value)
        todo.sort(key=lambda a: a.stakeholder_id not in person_ids)
        for a in todo[:MAX_QUESTIONS]:
            who = people_names.get(a.stakeholder_id or 0, "")
            text = _clip(askable[a.question_id or ""], 200)
            open_questions.append(
                fill(translate("TalkingPoints", "Ask %1: %2"), who, text)
                if a.stakeholder_id in person_ids and who
                else text
            )

    last_seen = _last_contacts(session, person_ids)
    attendees: list[BriefAttendee] = []
    for p in sorted(people, key=lambda p: (-(p.influence or 0), p.name.casefold())):
        cares = (
            ([_clip(p.cares_about)] if p.cares_about.strip() else [])
            + needs.get(p.id, [])
            + answers.get(p.id, [])
        )
        contact = max((d for d in (p.last_contact, last_seen.get(p.id)) if d is not None), default=None)
        attendees.append(
            BriefAttendee(
                name=p.name,
                title=p.title,
                is_stakeholder=True,
                stakeholder_id=p.id,
                buying_centre=centres.get(p.buying_centre_id or 0, ""),
                decision_role=DecisionRole(p.decision_role) if p.decision_role else None,
                influence=p.influence,
                attitude=Attitude(p.attitude) if p.attitude else None,
                relationship_strength=p.relationship_strength,
                owner=all_team.get(p.owner_id or 0, ""),
                last_contact=contact,
                cares_about=tuple(cares[:4]),
                open_actions=tuple(a.title for a in plan_actions if a.stakeholder_id == p.id),
            )
        )
    for t in team:
        attendees.append(
            BriefAttendee(
                name=t.name,
                title=t.function,
                is_stakeholder=False,
                team_member_id=t.id,
                open_actions=tuple(a.title for a in plan_actions if a.owner_id == t.id),
            )
        )

    brief_actions = tuple(
        BriefAction(
            a.id,
            a.title,
            all_team.get(a.owner_id or 0, ""),
            a.due_date,
            ActionStatus(a.status),
            dates.is_overdue(a.due_date, ActionStatus(a.status), today),
            people_names.get(a.stakeholder_id or 0, ""),
        )
        for a in sorted(
            chosen_actions,
            key=lambda a: (
                not dates.is_overdue(a.due_date, ActionStatus(a.status), today),
                a.due_date or dt.date.max,
            ),
        )[:MAX_ACTIONS]
    )

    # live opportunities in the attendees' buying centres (all live ones when no centre is known)
    their_centres = {p.buying_centre_id for p in people if p.buying_centre_id}
    live_stages = [s.value for s in OpportunityStage if s.is_live]
    opp_stmt = select(Opportunity).where(
        Opportunity.account_id == account.id,
        Opportunity.deleted_at.is_(None),
        Opportunity.stage.in_(live_stages),
    )
    if their_centres:
        opp_stmt = opp_stmt.where(Opportunity.buying_centre_id.in_(their_centres))
    opps = list(session.scalars(opp_stmt.order_by(Opportunity.value_cents.desc())))[:MAX_OPPORTUNITIES]
    brief_opps = tuple(
        BriefOpportunity(
            o.id,
            o.title,
            centres.get(o.buying_centre_id or 0, ""),
            offerings.get(o.offering_id or 0, ""),
            OpportunityStage(o.stage),
            v.from_cents(o.value_cents) or Decimal("0.00"),
            o.probability,
            o.expected_close,
        )
        for o in opps
    )

    # the last three interactions before this meeting
    past_stmt = select(Interaction).where(
        Interaction.account_id == account.id, Interaction.deleted_at.is_(None), Interaction.on_date <= today
    )
    if meeting is not None:
        past_stmt = past_stmt.where(Interaction.id != meeting.id, Interaction.on_date <= meeting.on_date)
    if person_ids:
        with_them = select(InteractionAttendee.interaction_id).where(
            InteractionAttendee.stakeholder_id.in_(person_ids)
        )
        mine = list(
            session.scalars(
                past_stmt.where(Interaction.id.in_(with_them))
                .order_by(Interaction.on_date.desc(), Interaction.id.desc())
                .limit(3)
            )
        )
    else:
        mine = []
    if len(mine) < 3:
        seen = {i.id for i in mine}
        more = session.scalars(past_stmt.order_by(Interaction.on_date.desc(), Interaction.id.desc()).limit(6))
        mine += [i for i in more if i.id not in seen][: 3 - len(mine)]
        mine.sort(key=lambda i: (i.on_date, i.id), reverse=True)
    last = tuple(_brief_interaction(i) for i in mine)

    objectives_rows: list[Objective] = []
    if plan_id is not None:
        objectives_rows = list(
            session.scalars(
                select(Objective)
                .where(Objective.plan_id == plan_id, Objective.deleted_at.is_(None))
                .order_by(Objective.growth_focus, Objective.id)
            )
        )
    objectives = tuple(
        f"{GrowthFocus(o.growth_focus).label}: {isolate(o.description)}"
        + (f" — {isolate(o.measurable_target)}" if o.measurable_target else "")
        + (" " + fmt(translate("TalkingPoints", "(by %1)"), _day(o.due_date)) if o.due_date else "")
        for o in objectives_rows
    )

    points = _talking_points(session, account.id, plan_id, people, objectives_rows, centres, offerings)
    upcoming = tuple(
        _brief_interaction(i)
        for i in _upcoming_rows(session, account.id)
        if meeting is None or i.id != meeting.id
    )[:5]
    return MeetingBrief(
        prepared_by=session.scalar(select(ProgramSettings.user_name)) or "",
        account_id=account.id,
        account_name=account.name,
        currency=account.currency,
        generated_on=today,
        interaction_id=meeting.id if meeting else None,
        meeting_date=meeting.on_date if meeting else None,
        meeting_time=meeting.start_time if meeting else None,
        kind=InteractionKind(meeting.kind) if meeting else None,
        subject=meeting.subject if meeting else "",
        location=meeting.location if meeting else "",
        attendees=tuple(attendees),
        objectives=objectives,
        open_actions=brief_actions,
        opportunities=brief_opps,
        last_interactions=last,
        open_questions=tuple(open_questions),
        talking_points=points,
        upcoming=upcoming,
    )


def _talking_points(
    session: Session,
    account_id: int,
    plan_id: int | None,
    people: list[Stakeholder],
    objectives: list[Objective],
    centres: dict[int, str],
    offerings: dict[int, str],
) -> tuple[str, ...]:
    points: list[str] = []
    their_centres = [c for c in dict.fromkeys(p.buying_centre_id for p in people) if c in centres]
    if plan_id is not None:
        case = session.scalar(
            select(ValueProposition)
            .where(ValueProposition.plan_id == plan_id, ValueProposition.deleted_at.is_(None))
            .order_by(ValueProposition.id)
        )
        if case is not None:
            value = f" — {isolate(case.quantified_value)}" if case.quantified_value.strip() else ""
            points.append(
                fmt(translate("TalkingPoints", "Make the case “%1”%2"), isolate(_clip(case.title, 80)), value)
            )
    cell_stmt = select(WhitespaceCell).where(
        WhitespaceCell.account_id == account_id,
        WhitespaceCell.state.in_([WhitespaceState.OPPORTUNITY.value, WhitespaceState.COMPETITOR.value]),
    )
    if their_centres:
        cell_stmt = cell_stmt.where(WhitespaceCell.buying_centre_id.in_(their_centres))
    cells = list(session.scalars(cell_stmt.order_by(WhitespaceCell.id)))
    for cell in sorted(cells, key=lambda c: c.state != WhitespaceState.OPPORTUNITY.value)[:2]:
        centre, offering = centres.get(cell.buying_centre_id, ""), offerings.get(cell.offering_id, "")
        if not centre or not offering:
            continue
        if cell.state == WhitespaceState.OPPORTUNITY.value:
            points.append(
                fill(translate("TalkingPoints", "Explore %1 for %2 (whitespace)"), offering, centre)
            )
        else:
            points.append(
                fill(
                    translate("TalkingPoints", "Ask how the incumbent's %1 is working for %2"),
                    offering,
                    centre,
                )
            )
    for o in objectives:
        focus = GrowthFocus(o.growth_focus)
        template = {
            GrowthFocus.PENETRATION: translate("TalkingPoints", "Open doors: %1"),
            GrowthFocus.EXPANSION: translate("TalkingPoints", "Widen the offer: %1"),
            GrowthFocus.PROTECTION: translate("TalkingPoints", "Protect the base: %1"),
        }[focus]
        points.append(fill(template, _clip(o.description, 120)))
        if len(points) >= MAX_POINTS - 1:
            break
    threat = session.scalar(
        select(Competitor)
        .where(
            Competitor.account_id == account_id,
            Competitor.deleted_at.is_(None),
            Competitor.threat_level == ThreatLevel.HIGH.value,
            Competitor.counter_status != CounterStatus.NEUTRALISED.value,
        )
        .order_by(Competitor.id)
    )
    if threat is not None and threat.counter_strategy.strip():
        points.append(
            fill(
                translate("TalkingPoints", "Counter %1: %2"), threat.name, _clip(threat.counter_strategy, 120)
            )
        )
    for p in people:
        if p.attitude in (Attitude.OPPONENT.value, Attitude.STRONG_OPPONENT.value):
            points.append(
                fill(
                    translate("TalkingPoints", "Hear out %1's reservations before proposing anything"), p.name
                )
            )
            break
    return tuple(points[:MAX_POINTS])


def _account(session: Session, account_id: int) -> Account:
    return accounts.get_live(session, account_id)


def _attendees(session: Session, interaction_id: int) -> tuple[list[Stakeholder], list[TeamMember]]:
    people = list(
        session.scalars(
            select(Stakeholder)
            .join(InteractionAttendee, InteractionAttendee.stakeholder_id == Stakeholder.id)
            .where(InteractionAttendee.interaction_id == interaction_id, Stakeholder.deleted_at.is_(None))
        )
    )
    team = list(
        session.scalars(
            select(TeamMember)
            .join(InteractionAttendee, InteractionAttendee.team_member_id == TeamMember.id)
            .where(InteractionAttendee.interaction_id == interaction_id)
            .order_by(TeamMember.name)
        )
    )
    return people, team


def _key_people(session: Session, account_id: int, limit: int = 4) -> list[Stakeholder]:
    return list(
        session.scalars(
            select(Stakeholder)
            .where(Stakeholder.account_id == account_id, Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.influence.desc(), Stakeholder.name)
            .limit(limit)
        )
    )


def build_brief(db: Database, account_id: int, interaction_id: int | None = None) -> MeetingBrief:
    """The brief for one interaction of the account. ``None`` (or 0) = the next upcoming one;
    with none upcoming, an account-level brief around the most influential stakeholders."""
    with db.reading() as session:
        account = _account(session, account_id)
        meeting: Interaction | None = None
        if interaction_id:
            meeting = session.get(Interaction, interaction_id)
            if meeting is None or meeting.account_id != account_id or meeting.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That meeting no longer exists."))
        else:
            upcoming = _upcoming_rows(session, account_id)
            meeting = upcoming[0] if upcoming else None
        if meeting is not None:
            people, team = _attendees(session, meeting.id)
        else:
            people, team = _key_people(session, account_id), []
        return _brief(session, account, meeting, people, team)


def brief_for_stakeholder(db: Database, stakeholder_id: int) -> MeetingBrief:
    """The brief for a stakeholder: their next upcoming meeting if there is one, otherwise a
    brief centred on them alone."""
    with db.reading() as session:
        person = session.get(Stakeholder, stakeholder_id)
        if person is None or person.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That stakeholder no longer exists."))
        account = _account(session, person.account_id)
        meeting = session.scalar(
            select(Interaction)
            .join(InteractionAttendee, InteractionAttendee.interaction_id == Interaction.id)
            .where(
                InteractionAttendee.stakeholder_id == stakeholder_id,
                Interaction.deleted_at.is_(None),
                Interaction.on_date >= clock.today(),
            )
            .order_by(Interaction.on_date, Interaction.id)
            .limit(1)
        )
        if meeting is not None:
            people, team = _attendees(session, meeting.id)
            return _brief(session, account, meeting, people, team)
        return _brief(session, account, None, [person], [])
