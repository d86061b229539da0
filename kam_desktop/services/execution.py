"""Phase 4, Execution: opportunities and the pipeline, the interactions log (attendees, next
steps that become actions, stakeholders' last contact), and competitor neutralisation.

Opportunities and interactions belong to the account (they outlive a plan period); actions
created from next steps go to the account's current plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    CounterStatus,
    GrowthFocus,
    OpportunityStage,
    ThreatLevel,
    WhitespaceState,
)
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.services import accounts, clock
from kam_desktop.services.interactions import (
    AttendeeView,
    InteractionInput,
    InteractionView,
    attendees_of,
    delete_interaction,
    get_interaction,
    interaction_views,
    list_interactions,
    next_step_lines,
    next_step_to_action,
    restore_interaction,
    save_interaction,
    sync_last_contacts,
)
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    BuyingCentre,
    Competitor,
    Offering,
    Opportunity,
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
            o.id,
            o.account_id,
            o.title,
            o.buying_centre_id,
            centres.get(o.buying_centre_id or 0, ""),
            o.offering_id,
            offerings.get(o.offering_id or 0, ""),
            GrowthFocus(o.growth_focus),
            OpportunityStage(o.stage),
            v.from_cents(o.value_cents) or Decimal("0.00"),
            o.probability,
            o.expected_close,
            o.notes,
            o.whitespace_cell_id,
        )
        for o in items
    )


def _clean_opportunity(session: Session, account_id: int, cmd: OpportunityInput) -> dict[str, object]:
    probability = cmd.probability
    if isinstance(probability, str) and probability.strip().isdigit():
        probability = int(probability.strip())
    values: dict[str, object] = {
        "title": v.title(cmd.title, field="title", label=QT_TRANSLATE_NOOP("Field", "Opportunity")),
        "growth_focus": v.choice(
            str(cmd.growth_focus),
            GrowthFocus.values(),
            field="growth_focus",
            label=QT_TRANSLATE_NOOP("Field", "Growth topic"),
        ),
        "stage": v.choice(
            str(cmd.stage),
            OpportunityStage.values(),
            field="stage",
            label=QT_TRANSLATE_NOOP("Field", "Stage"),
        ),
        "value_cents": v.to_cents(
            v.money(cmd.value, field="value", label=QT_TRANSLATE_NOOP("Field", "Value"))
        ),
        "probability": v.percent(
            probability, field="probability", label=QT_TRANSLATE_NOOP("Field", "Probability")
        ),
        "expected_close": v.optional_date(
            cmd.expected_close, field="expected_close", label=QT_TRANSLATE_NOOP("Field", "Expected close")
        ),
        "notes": v.text(cmd.notes, field="notes", label=QT_TRANSLATE_NOOP("Field", "Notes"), max_len=20_000),
    }
    if cmd.buying_centre_id is not None:
        centre = session.get(BuyingCentre, cmd.buying_centre_id)
        if centre is None or centre.account_id != account_id or centre.deleted_at is not None:
            raise ValidationError(
                translate("Errors", "That buying centre no longer exists."), field="buying_centre"
            )
    if cmd.offering_id is not None and session.get(Offering, cmd.offering_id) is None:
        raise ValidationError(translate("Errors", "That offering no longer exists."), field="offering")
    values.update(buying_centre_id=cmd.buying_centre_id, offering_id=cmd.offering_id)
    return values


def _sync_cell(session: Session, row: Opportunity) -> None:
    """A won opportunity makes its whitespace cell 'sold'."""
    if row.stage != OpportunityStage.WON.value or row.buying_centre_id is None or row.offering_id is None:
        return
    cell = session.scalar(
        select(WhitespaceCell).where(
            WhitespaceCell.buying_centre_id == row.buying_centre_id,
            WhitespaceCell.offering_id == row.offering_id,
        )
    )
    if cell is None:
        cell = WhitespaceCell(
            account_id=row.account_id,
            buying_centre_id=row.buying_centre_id,
            offering_id=row.offering_id,
            notes="",
        )
        session.add(cell)
    cell.state = WhitespaceState.SOLD.value


def add_opportunity_in(
    session: Session, account_id: int, cmd: OpportunityInput, whitespace_cell_id: int | None = None
) -> Opportunity:
    values = _clean_opportunity(session, account_id, cmd)
    row = Opportunity(account_id=account_id, whitespace_cell_id=whitespace_cell_id, **values)
    session.add(row)
    session.flush()
    _sync_cell(session, row)
    return row


def list_opportunities(db: Database, account_id: int) -> tuple[OpportunityView, ...]:
    with db.reading() as session:
        accounts.get_live(session, account_id)
        rows = session.scalars(
            select(Opportunity)
            .where(Opportunity.account_id == account_id, Opportunity.deleted_at.is_(None))
            .order_by(Opportunity.expected_close.is_(None), Opportunity.expected_close, Opportunity.id)
        )
        return _opp_views(session, rows)


def save_opportunity(
    db: Database, account_id: int, cmd: OpportunityInput, opportunity_id: int | None = None
) -> OpportunityView:
    with db.session() as session:
        accounts.get_live(session, account_id)
        if opportunity_id is None:
            row = add_opportunity_in(session, account_id, cmd)
        else:
            values = _clean_opportunity(session, account_id, cmd)
            found = session.get(Opportunity, opportunity_id)
            if found is None or found.account_id != account_id or found.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That opportunity no longer exists."))
            row = found
            for key, value in values.items():
                setattr(row, key, value)
            session.flush()
            _sync_cell(session, row)
        return _opp_views(session, [row])[0]


def set_stage(db: Database, opportunity_id: int, stage: OpportunityStage | str) -> OpportunityView:
    """Move an opportunity along the pipeline; won sets probability 100, lost 0."""
    clean = v.choice(
        str(stage), OpportunityStage.values(), field="stage", label=QT_TRANSLATE_NOOP("Field", "Stage")
    )
    with db.session() as session:
        row = session.get(Opportunity, opportunity_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That opportunity no longer exists."))
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
            raise NotFoundError(translate("Errors", "That opportunity no longer exists."))
        row.deleted_at = clock.utcnow()


def restore_opportunity(db: Database, opportunity_id: int) -> None:
    with db.session() as session:
        row = session.get(Opportunity, opportunity_id)
        if row is None:
            raise NotFoundError(translate("Errors", "That opportunity was permanently deleted."))
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
        return PipelineRow(
            key,
            label,
            len(items),
            sum((o.value for o in items), zero),
            sum((o.weighted for o in items), zero),
        )

    live = [o for o in opps if o.is_live]
    by_stage = tuple(row(s.value, s.label, [o for o in opps if o.stage is s]) for s in OpportunityStage)
    by_topic = tuple(row(f.value, f.label, [o for o in live if o.growth_focus is f]) for f in GrowthFocus)
    won = [o for o in opps if o.stage is OpportunityStage.WON]
    return Pipeline(
        by_stage,
        by_topic,
        sum((o.value for o in live), zero),
        sum((o.weighted for o in live), zero),
        sum((o.value for o in won), zero),
    )


def pipeline(db: Database, account_id: int) -> Pipeline:
    """Counts and values by stage, and live ones by growth topic (penetration/expansion/protection)."""
    return pipeline_of(list_opportunities(db, account_id))


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
    with db.reading() as session:
        accounts.get_live(session, account_id)
        rows = session.scalars(
            select(Competitor).where(Competitor.account_id == account_id, Competitor.deleted_at.is_(None))
        )
        views = [
            CounterView(
                c.id,
                c.name,
                c.presence,
                ThreatLevel(c.threat_level),
                c.counter_strategy,
                CounterStatus(c.counter_status),
            )
            for c in rows
        ]
        return tuple(sorted(views, key=lambda c: (order[c.threat_level.value], c.name.casefold())))


def set_counter_status(
    db: Database, competitor_id: int, status: CounterStatus | str, counter_strategy: str | None = None
) -> CounterView:
    """Record where neutralising a competitor stands (and optionally revise the strategy)."""
    clean = v.choice(
        str(status),
        CounterStatus.values(),
        field="counter_status",
        label=QT_TRANSLATE_NOOP("Field", "Counter-strategy status"),
    )
    clean_strategy = (
        None
        if counter_strategy is None
        else v.text(
            counter_strategy,
            field="counter_strategy",
            label=QT_TRANSLATE_NOOP("Field", "Counter-strategy"),
            max_len=20_000,
        )
    )
    with db.session() as session:
        row = session.get(Competitor, competitor_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That competitor no longer exists."))
        accounts.get_live(session, row.account_id)
        row.counter_status = clean
        if clean_strategy is not None:
            row.counter_strategy = clean_strategy
        session.flush()
        return CounterView(
            row.id,
            row.name,
            row.presence,
            ThreatLevel(row.threat_level),
            row.counter_strategy,
            CounterStatus(row.counter_status),
        )


__all__ = [
    "AttendeeView",
    "CounterView",
    "InteractionInput",
    "InteractionView",
    "OpportunityInput",
    "OpportunityView",
    "Pipeline",
    "PipelineRow",
    "add_opportunity_in",
    "attendees_of",
    "delete_interaction",
    "delete_opportunity",
    "get_interaction",
    "interaction_views",
    "list_counter_strategies",
    "list_interactions",
    "list_opportunities",
    "next_step_lines",
    "next_step_to_action",
    "pipeline",
    "pipeline_of",
    "restore_interaction",
    "restore_opportunity",
    "save_interaction",
    "save_opportunity",
    "set_counter_status",
    "set_stage",
    "sync_last_contacts",
]
