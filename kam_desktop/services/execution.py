"""Phase 4, Execution: opportunities and the pipeline, the interactions log (attendees, next
steps that become actions, stakeholders' last contact), and competitor neutralisation.

Opportunities and interactions belong to the account (they outlive a plan period); actions
created from next steps go to the account's current plan.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    CounterStatus,
    GrowthFocus,
    InteractionKind,
    OpportunityStage,
    ThreatLevel,
    WhitespaceState,
)
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.services import accounts, clock
from kam_desktop.services.action_plan import ActionInput, ActionView, action_views, add_action_in
from kam_desktop.services.plans import ensure_plan_in
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    Action,
    BuyingCentre,
    Competitor,
    Interaction,
    InteractionAttendee,
    Offering,
    Opportunity,
    Stakeholder,
    TeamMember,
    WhitespaceCell,
)

# --- opportunities ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OpportunityInput:
    title: str
    growth_focus: GrowthFocus | str
    buying_centre_id: int | None = None
    offering_id: int | None = None
    stage: OpportunityStage | str = OpportunityStage.IDENTIFIED
    value: Decimal | str | int = 0
    probability: int = 10
    expected_close: dt.date | str | None = None
    notes: str = ""


@dataclass(frozen=True)
class OpportunityView:
    id: int
    account_id: int
    title: str
    buying_centre_id: int | None
    buying_centre: str
    offering_id: int | None
    offering: str
    growth_focus: GrowthFocus
    stage: OpportunityStage
    value: Decimal
    probability: int
    expected_close: dt.date | None
    notes: str
    whitespace_cell_id: int | None

    @property
    def weighted(self) -> Decimal:
        return (self.value * self.probability / 100).quantize(Decimal("0.01"))

    @property
    def is_live(self) -> bool:
        return self.stage.is_live


def _opp_views(session: Session, rows: Iterable[Opportunity]) -> tuple[OpportunityView, ...]:
    items = list(rows)
    centres = dict(session.execute(select(BuyingCentre.id, BuyingCentre.name)).all()) if items else {}
    offerings = dict(session.execute(select(Offering.id, Offering.name)).all()) if items else {}
    return tuple(
        OpportunityView(
            o.id, o.account_id, o.title, o.buying_centre_id, centres.get(o.buying_centre_id or 0, ""),
            o.offering_id, offerings.get(o.offering_id or 0, ""), GrowthFocus(o.growth_focus),
            OpportunityStage(o.stage), v.from_cents(o.value_cents) or Decimal("0.00"), o.probability,
            o.expected_close, o.notes, o.whitespace_cell_id)
        for o in items
    )


def _clean_opportunity(session: Session, account_id: int, cmd: OpportunityInput) -> dict[str, object]:
    probability = cmd.probability
    if isinstance(probability, str) and probability.strip().isdigit():
        probability = int(probability.strip())
    values: dict[str, object] = {
        "title": v.title(cmd.title, field="title", label="Opportunity"),
        "growth_focus": v.choice(str(cmd.growth_focus), GrowthFocus.values(), field="growth_focus",
                                 label="Growth topic"),
        "stage": v.choice(str(cmd.stage), OpportunityStage.values(), field="stage", label="Stage"),
        "value_cents": v.to_cents(v.money(cmd.value, field="value", label="Value")),
        "probability": v.percent(probability, field="probability", label="Probability"),
        "expected_close": v.optional_date(cmd.expected_close, field="expected_close", label="Expected close"),
        "notes": v.text(cmd.notes, field="notes", label="Notes", max_len=20_000),
    }
    if cmd.buying_centre_id is not None:
        centre = session.get(BuyingCentre, cmd.buying_centre_id)
        if centre is None or centre.account_id != account_id or centre.deleted_at is not None:
            raise ValidationError("That buying centre no longer exists.", field="buying_centre")
    if cmd.offering_id is not None and session.get(Offering, cmd.offering_id) is None:
        raise ValidationError("That offering no longer exists.", field="offering")
    values.update(buying_centre_id=cmd.buying_centre_id, offering_id=cmd.offering_id)
    return values


def _sync_cell(session: Session, row: Opportunity) -> None:
    """A won opportunity makes its whitespace cell 'sold'."""
    if row.stage != OpportunityStage.WON.value or row.buying_centre_id is None or row.offering_id is None:
        return
    cell = session.scalar(select(WhitespaceCell).where(
        WhitespaceCell.buying_centre_id == row.buying_centre_id, WhitespaceCell.offering_id == row.offering_id))
    if cell is None:
        cell = WhitespaceCell(account_id=row.account_id, buying_centre_id=row.buying_centre_id,
                              offering_id=row.offering_id, notes="")
        session.add(cell)
    cell.state = WhitespaceState.SOLD.value


def add_opportunity_in(session: Session, account_id: int, cmd: OpportunityInput,
                       whitespace_cell_id: int | None = None) -> Opportunity:
    values = _clean_opportunity(session, account_id, cmd)
    row = Opportunity(account_id=account_id, whitespace_cell_id=whitespace_cell_id, **values)
    session.add(row)
    session.flush()
    _sync_cell(session, row)
    return row


def list_opportunities(db: Database, account_id: int) -> tuple[OpportunityView, ...]:
    with db.session() as session:
        accounts.get_live(session, account_id)
        rows = session.scalars(select(Opportunity).where(
            Opportunity.account_id == account_id, Opportunity.deleted_at.is_(None))
            .order_by(Opportunity.expected_close.is_(None), Opportunity.expected_close, Opportunity.id))
        return _opp_views(session, rows)


def save_opportunity(db: Database, account_id: int, cmd: OpportunityInput,
                     opportunity_id: int | None = None) -> OpportunityView:
    with db.session() as session:
        accounts.get_live(session, account_id)
        if opportunity_id is None:
            row = add_opportunity_in(session, account_id, cmd)
        else:
            values = _clean_opportunity(session, account_id, cmd)
            found = session.get(Opportunity, opportunity_id)
            if found is None or found.account_id != account_id or found.deleted_at is not None:
                raise NotFoundError("That opportunity no longer exists.")
            row = found
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            _sync_cell(session, row)
        return _opp_views(session, [row])[0]


def set_stage(db: Database, opportunity_id: int, stage: OpportunityStage | str) -> OpportunityView:
    """Move an opportunity along the pipeline; won sets probability 100, lost 0."""
    clean = v.choice(str(stage), OpportunityStage.values(), field="stage", label="Stage")
    with db.session() as session:
        row = session.get(Opportunity, opportunity_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("That opportunity no longer exists.")
        accounts.get_live(session, row.account_id)
        row.stage = clean
        if clean == OpportunityStage.WON.value:
            row.probability = 100
        elif clean == OpportunityStage.LOST.value:
            row.probability = 0
        session.flush()
        _sync_cell(session, row)
        return _opp_views(session, [row])[0]


def delete_opportunity(db: Database, opportunity_id: int) -> None:
    with db.session() as session:
        row = session.get(Opportunity, opportunity_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("That opportunity no longer exists.")
        row.deleted_at = clock.utcnow()


def restore_opportunity(db: Database, opportunity_id: int) -> None:
    with db.session() as session:
        row = session.get(Opportunity, opportunity_id)
        if row is None:
            raise NotFoundError("That opportunity was permanently deleted.")
        row.deleted_at = None


@dataclass(frozen=True)
class PipelineRow:
    key: str
    label: str
    count: int
    value: Decimal
    weighted: Decimal


@dataclass(frozen=True)
class Pipeline:
    by_stage: tuple[PipelineRow, ...]
    by_topic: tuple[PipelineRow, ...]  # live opportunities only
    live_value: Decimal
    weighted_value: Decimal
    won_value: Decimal


def pipeline_of(opportunities: Iterable[OpportunityView]) -> Pipeline:
    opps = list(opportunities)
    zero = Decimal("0.00")

    def row(key: str, label: str, items: list[OpportunityView]) -> PipelineRow:
        return PipelineRow(key, label, len(items), sum((o.value for o in items), zero),
                           sum((o.weighted for o in items), zero))

    live = [o for o in opps if o.is_live]
    by_stage = tuple(row(s.value, s.label, [o for o in opps if o.stage is s]) for s in OpportunityStage)
    by_topic = tuple(row(f.value, f.label, [o for o in live if o.growth_focus is f]) for f in GrowthFocus)
    won = [o for o in opps if o.stage is OpportunityStage.WON]
    return Pipeline(by_stage, by_topic, sum((o.value for o in live), zero), sum((o.weighted for o in live), zero),
                    sum((o.value for o in won), zero))


def pipeline(db: Database, account_id: int) -> Pipeline:
    """Counts and values by stage, and live ones by growth topic (penetration/expansion/protection)."""
    return pipeline_of(list_opportunities(db, account_id))


# --- interactions ----------------------------------------------------------------------------


@dataclass(frozen=True)
class InteractionInput:
    kind: InteractionKind | str
    on_date: dt.date | str
    start_time: dt.time | str | None = None
    subject: str = ""
    location: str = ""
    summary: str = ""
    next_steps: str = ""
    stakeholder_ids: tuple[int, ...] = ()
    team_member_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AttendeeView:
    name: str
    detail: str  # title (stakeholder) or function (our team)
    stakeholder_id: int | None
    team_member_id: int | None

    @property
    def is_stakeholder(self) -> bool:
        return self.stakeholder_id is not None


@dataclass(frozen=True)
class InteractionView:
    id: int
    account_id: int
    kind: InteractionKind
    on_date: dt.date
    start_time: dt.time | None
    subject: str
    location: str
    summary: str
    next_steps: str
    attendees: tuple[AttendeeView, ...]
    upcoming: bool  # today or later
    actions: int  # actions created from its next steps

    @property
    def title(self) -> str:
        return self.subject or self.kind.label


def _time(value: dt.time | str | None) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    raw = value.strip()
    if not raw:
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", raw)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError("Start time must be written HH:MM, like 09:30.", field="start_time")
    return dt.time(int(match.group(1)), int(match.group(2)))


def attendees_of(session: Session, interaction_ids: Iterable[int]) -> dict[int, tuple[AttendeeView, ...]]:
    ids = list(interaction_ids)
    if not ids:
        return {}
    out: dict[int, list[AttendeeView]] = {i: [] for i in ids}
    for iid, s in session.execute(select(InteractionAttendee.interaction_id, Stakeholder).join(
            Stakeholder, Stakeholder.id == InteractionAttendee.stakeholder_id).where(
            InteractionAttendee.interaction_id.in_(ids), Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.name)):
        out[iid].append(AttendeeView(s.name, s.title, s.id, None))
    for iid, t in session.execute(select(InteractionAttendee.interaction_id, TeamMember).join(
            TeamMember, TeamMember.id == InteractionAttendee.team_member_id).where(
            InteractionAttendee.interaction_id.in_(ids)).order_by(TeamMember.name)):
        out[iid].append(AttendeeView(t.name, t.function, None, t.id))
    return {k: tuple(v_) for k, v_ in out.items()}


def interaction_views(session: Session, rows: Iterable[Interaction]) -> tuple[InteractionView, ...]:
    items = list(rows)
    people = attendees_of(session, [i.id for i in items])
    counts = dict(session.execute(select(Action.interaction_id, func.count()).where(
        Action.interaction_id.in_([i.id for i in items]), Action.deleted_at.is_(None))
        .group_by(Action.interaction_id)).all()) if items else {}
    today = clock.today()
    return tuple(
        InteractionView(i.id, i.account_id, InteractionKind(i.kind), i.on_date, i.start_time, i.subject,
                        i.location, i.summary, i.next_steps, people.get(i.id, ()), i.on_date >= today,
                        int(counts.get(i.id, 0)))
        for i in items
    )


def list_interactions(db: Database, account_id: int) -> tuple[InteractionView, ...]:
    """The account's interactions, newest first (upcoming ones at the top)."""
    with db.session() as session:
        accounts.get_live(session, account_id)
        rows = session.scalars(select(Interaction).where(
            Interaction.account_id == account_id, Interaction.deleted_at.is_(None))
            .order_by(Interaction.on_date.desc(), Interaction.start_time.desc(), Interaction.id.desc()))
        return interaction_views(session, rows)


def get_interaction(db: Database, interaction_id: int) -> InteractionView:
    with db.session() as session:
        row = session.get(Interaction, interaction_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("That interaction no longer exists.")
        return interaction_views(session, [row])[0]


def _latest_contact(session: Session, stakeholder_id: int) -> dt.date | None:
    return session.scalar(select(func.max(Interaction.on_date)).join(
        InteractionAttendee, InteractionAttendee.interaction_id == Interaction.id).where(
        InteractionAttendee.stakeholder_id == stakeholder_id, Interaction.deleted_at.is_(None),
        Interaction.on_date <= clock.today()))


def _refresh_last_contact(session: Session, stakeholder_ids: Iterable[int],
                          withdrawn: dt.date | None = None) -> None:
    """Move each stakeholder's last contact up to their latest past interaction. When an
    interaction on ``withdrawn`` no longer counts (deleted, moved, attendee removed) and the
    last contact came from it, fall back to the latest remaining interaction."""
    session.flush()
    for sid in set(stakeholder_ids):
        person = session.get(Stakeholder, sid)
        if person is None:
            continue
        latest = _latest_contact(session, sid)
        fall_back = withdrawn is not None and person.last_contact == withdrawn and (
            latest is None or latest < withdrawn)
        move_up = latest is not None and (person.last_contact is None or latest > person.last_contact)
        if fall_back or move_up:
            person.last_contact = latest


def sync_last_contacts(db: Database, account_id: int) -> int:
    """Bring last-contact dates up to date (meetings that were upcoming may now be past);
    returns how many stakeholders changed."""
    changed = 0
    with db.session() as session:
        accounts.get_live(session, account_id)
        rows = session.execute(
            select(Stakeholder, func.max(Interaction.on_date))
            .join(InteractionAttendee, InteractionAttendee.stakeholder_id == Stakeholder.id)
            .join(Interaction, Interaction.id == InteractionAttendee.interaction_id)
            .where(Stakeholder.account_id == account_id, Interaction.deleted_at.is_(None),
                   Interaction.on_date <= clock.today())
            .group_by(Stakeholder.id)).all()
        for person, latest in rows:
            if latest is not None and (person.last_contact is None or latest > person.last_contact):
                person.last_contact = latest
                changed += 1
    return changed


def _clean_interaction(session: Session, account_id: int, cmd: InteractionInput) -> dict[str, object]:
    values: dict[str, object] = {
        "kind": v.choice(str(cmd.kind), InteractionKind.values(), field="kind", label="Kind"),
        "on_date": v.date(cmd.on_date, field="on_date", label="Date"),
        "start_time": _time(cmd.start_time),
        "subject": v.optional_name(cmd.subject, field="subject", label="Subject", max_len=v.TITLE_MAX),
        "location": v.optional_name(cmd.location, field="location", label="Location", max_len=v.TITLE_MAX),
        "summary": v.text(cmd.summary, field="summary", label="Summary"),
        "next_steps": v.text(cmd.next_steps, field="next_steps", label="Next steps", max_len=20_000),
    }
    people = set(cmd.stakeholder_ids)
    if people:
        live = set(session.scalars(select(Stakeholder.id).where(
            Stakeholder.account_id == account_id, Stakeholder.deleted_at.is_(None), Stakeholder.id.in_(people))))
        if people - live:
            raise ValidationError("An attendee is no longer a stakeholder of this account.", field="attendees")
    team = set(cmd.team_member_ids)
    if team and len(set(session.scalars(select(TeamMember.id).where(TeamMember.id.in_(team))))) != len(team):
        raise ValidationError("An attendee is no longer on our team.", field="attendees")
    return values


def save_interaction(db: Database, account_id: int, cmd: InteractionInput,
                     interaction_id: int | None = None) -> InteractionView:
    """Log (or edit) an interaction with its attendees; attendees' last contact follows."""
    with db.session() as session:
        accounts.get_live(session, account_id)
        values = _clean_interaction(session, account_id, cmd)
        withdrawn: dt.date | None = None
        before: set[int] = set()
        if interaction_id is None:
            row = Interaction(account_id=account_id, **values)
            session.add(row)
            session.flush()
        else:
            found = session.get(Interaction, interaction_id)
            if found is None or found.account_id != account_id or found.deleted_at is not None:
                raise NotFoundError("That interaction no longer exists.")
            row = found
            withdrawn = row.on_date
            before = {a.stakeholder_id for a in session.scalars(select(InteractionAttendee).where(
                InteractionAttendee.interaction_id == row.id)) if a.stakeholder_id is not None}
            for key, value in values.items():
                setattr(row, key, value)
            for attendee in session.scalars(select(InteractionAttendee).where(
                    InteractionAttendee.interaction_id == row.id)):
                session.delete(attendee)
            session.flush()
        for sid in dict.fromkeys(cmd.stakeholder_ids):
            session.add(InteractionAttendee(interaction_id=row.id, stakeholder_id=sid))
        for tid in dict.fromkeys(cmd.team_member_ids):
            session.add(InteractionAttendee(interaction_id=row.id, team_member_id=tid))
        _refresh_last_contact(session, before | set(cmd.stakeholder_ids), withdrawn)
        return interaction_views(session, [row])[0]


def delete_interaction(db: Database, interaction_id: int) -> None:
    with db.session() as session:
        row = session.get(Interaction, interaction_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("That interaction no longer exists.")
        row.deleted_at = clock.utcnow()
        people = [a.stakeholder_id for a in session.scalars(select(InteractionAttendee).where(
            InteractionAttendee.interaction_id == row.id)) if a.stakeholder_id is not None]
        _refresh_last_contact(session, people, row.on_date)


def restore_interaction(db: Database, interaction_id: int) -> None:
    with db.session() as session:
        row = session.get(Interaction, interaction_id)
        if row is None:
            raise NotFoundError("That interaction was permanently deleted.")
        row.deleted_at = None
        people = [a.stakeholder_id for a in session.scalars(select(InteractionAttendee).where(
            InteractionAttendee.interaction_id == row.id)) if a.stakeholder_id is not None]
        _refresh_last_contact(session, people)


_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)]|\[ ?\])\s*")


def next_step_lines(text: str) -> tuple[str, ...]:
    """The separate next steps written in an interaction (one per line, bullets removed)."""
    out = []
    for line in text.splitlines():
        clean = _BULLET.sub("", line).strip()
        if clean:
            out.append(clean)
    return tuple(out)


def next_step_to_action(db: Database, interaction_id: int, title: str, owner_id: int | None = None,
                        due_date: dt.date | str | None = None, stakeholder_id: int | None = None) -> ActionView:
    """Turn a next step of an interaction into an action of the account's current plan."""
    with db.session() as session:
        interaction = session.get(Interaction, interaction_id)
        if interaction is None or interaction.deleted_at is not None:
            raise NotFoundError("That interaction no longer exists.")
        plan = ensure_plan_in(session, interaction.account_id)
        row = add_action_in(session, plan, ActionInput(title=title, owner_id=owner_id, due_date=due_date,
                                                       stakeholder_id=stakeholder_id,
                                                       interaction_id=interaction_id))
        return action_views(session, [row])[0]


# --- competitors -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CounterView:
    id: int
    name: str
    presence: str
    threat_level: ThreatLevel
    counter_strategy: str
    counter_status: CounterStatus


def list_counter_strategies(db: Database, account_id: int) -> tuple[CounterView, ...]:
    order = {ThreatLevel.HIGH.value: 0, ThreatLevel.MEDIUM.value: 1, ThreatLevel.LOW.value: 2}
    with db.session() as session:
        accounts.get_live(session, account_id)
        rows = session.scalars(select(Competitor).where(
            Competitor.account_id == account_id, Competitor.deleted_at.is_(None)))
        views = [CounterView(c.id, c.name, c.presence, ThreatLevel(c.threat_level), c.counter_strategy,
                             CounterStatus(c.counter_status)) for c in rows]
        return tuple(sorted(views, key=lambda c: (order[c.threat_level.value], c.name.casefold())))


def set_counter_status(db: Database, competitor_id: int, status: CounterStatus | str,
                       counter_strategy: str | None = None) -> CounterView:
    """Record where neutralising a competitor stands (and optionally revise the strategy)."""
    clean = v.choice(str(status), CounterStatus.values(), field="counter_status", label="Counter-strategy status")
    clean_strategy = None if counter_strategy is None else v.text(
        counter_strategy, field="counter_strategy", label="Counter-strategy", max_len=20_000)
    with db.session() as session:
        row = session.get(Competitor, competitor_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("That competitor no longer exists.")
        accounts.get_live(session, row.account_id)
        row.counter_status = clean
        if clean_strategy is not None:
            row.counter_strategy = clean_strategy
        session.flush()
        return CounterView(row.id, row.name, row.presence, ThreatLevel(row.threat_level), row.counter_strategy,
                           CounterStatus(row.counter_status))
