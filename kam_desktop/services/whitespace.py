"""The whitespace grid: buying centres x offerings, each cell sold, an opportunity, held by a
competitor, not relevant or unknown; opportunities are created from cells. Also the (program-level)
offering catalogue the grid needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import (
    GrowthFocus,
    OpportunityStage,
    WhitespaceState,
)
from kam_desktop.domain.errors import ConflictError, NotFoundError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services import accounts
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    BuyingCentre,
    Offering,
    Opportunity,
    WhitespaceCell,
)

# --- whitespace ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Named:
    id: int
    name: str


@dataclass(frozen=True)
class CellView:
    buying_centre_id: int
    offering_id: int
    state: WhitespaceState
    notes: str
    cell_id: int | None
    opportunities: int  # live opportunities created from (or for) this cell


@dataclass(frozen=True)
class WhitespaceGrid:
    account_id: int
    centres: tuple[Named, ...]
    offerings: tuple[Named, ...]
    cells: Mapping[tuple[int, int], CellView]

    def cell(self, centre_id: int, offering_id: int) -> CellView:
        return self.cells.get((centre_id, offering_id)) or CellView(
            centre_id, offering_id, WhitespaceState.UNKNOWN, "", None, 0
        )

    def counts(self) -> dict[WhitespaceState, int]:
        out = dict.fromkeys(WhitespaceState, 0)
        for c in self.centres:
            for o in self.offerings:
                out[self.cell(c.id, o.id).state] += 1
        return out


def list_offerings(db: Database) -> tuple[Named, ...]:
    with db.reading() as session:
        rows = session.execute(
            select(Offering.id, Offering.name).where(Offering.archived_at.is_(None)).order_by(Offering.name)
        ).all()
        return tuple(Named(i, n) for i, n in rows)


def add_offering(db: Database, name: str, description: str = "") -> Named:
    """Add one of our products or services to the (program-level) catalogue."""
    clean = v.name(name, field="name", label=QT_TRANSLATE_NOOP("Field", "Offering"))
    clean_description = v.text(
        description, field="description", label=QT_TRANSLATE_NOOP("Field", "Description"), max_len=20_000
    )
    with db.session() as session:
        if session.scalar(select(Offering.id).where(Offering.name == clean)) is not None:
            raise ConflictError(
                fmt(translate("Errors", "The catalogue already has an offering named “%1”."), clean),
                field="name",
            )
        row = Offering(name=clean, description=clean_description)
        session.add(row)
        session.flush()
        return Named(row.id, row.name)


def whitespace_grid(db: Database, account_id: int) -> WhitespaceGrid:
    with db.reading() as session:
        accounts.get_live(session, account_id)
        centres = tuple(
            Named(i, n)
            for i, n in session.execute(
                select(BuyingCentre.id, BuyingCentre.name)
                .where(BuyingCentre.account_id == account_id, BuyingCentre.deleted_at.is_(None))
                .order_by(BuyingCentre.name)
            )
        )
        offerings = tuple(
            Named(i, n)
            for i, n in session.execute(
                select(Offering.id, Offering.name)
                .where(Offering.archived_at.is_(None))
                .order_by(Offering.name)
            )
        )
        live = [s.value for s in OpportunityStage if s.is_live]
        opp_counts: dict[tuple[int, int], int] = {}
        for cid, oid, n in session.execute(
            select(Opportunity.buying_centre_id, Opportunity.offering_id, func.count())
            .where(
                Opportunity.account_id == account_id,
                Opportunity.deleted_at.is_(None),
                Opportunity.stage.in_(live),
            )
            .group_by(Opportunity.buying_centre_id, Opportunity.offering_id)
        ):
            if cid is not None and oid is not None:
                opp_counts[(cid, oid)] = int(n)
        cells = {
            (c.buying_centre_id, c.offering_id): CellView(
                c.buying_centre_id,
                c.offering_id,
                WhitespaceState(c.state),
                c.notes,
                c.id,
                opp_counts.get((c.buying_centre_id, c.offering_id), 0),
            )
            for c in session.scalars(select(WhitespaceCell).where(WhitespaceCell.account_id == account_id))
        }
        for key, n in opp_counts.items():
            if key not in cells:
                cells[key] = CellView(key[0], key[1], WhitespaceState.UNKNOWN, "", None, n)
        return WhitespaceGrid(account_id, centres, offerings, cells)


def _cell_in(session: Session, account_id: int, centre_id: int, offering_id: int) -> WhitespaceCell:
    centre = session.get(BuyingCentre, centre_id)
    if centre is None or centre.account_id != account_id or centre.deleted_at is not None:
        raise NotFoundError(translate("Errors", "That buying centre no longer exists."))
    offering = session.get(Offering, offering_id)
    if offering is None:
        raise NotFoundError(translate("Errors", "That offering no longer exists."))
    cell = session.scalar(
        select(WhitespaceCell).where(
            WhitespaceCell.buying_centre_id == centre_id, WhitespaceCell.offering_id == offering_id
        )
    )
    if cell is None:
        cell = WhitespaceCell(
            account_id=account_id,
            buying_centre_id=centre_id,
            offering_id=offering_id,
            state=WhitespaceState.UNKNOWN.value,
            notes="",
        )
        session.add(cell)
        session.flush()
    return cell


def set_cell_state(
    db: Database,
    account_id: int,
    centre_id: int,
    offering_id: int,
    state: WhitespaceState | str,
    notes: str | None = None,
) -> CellView:
    clean = v.choice(
        str(state), WhitespaceState.values(), field="state", label=QT_TRANSLATE_NOOP("Field", "State")
    )
    clean_notes = (
        None
        if notes is None
        else v.text(notes, field="notes", label=QT_TRANSLATE_NOOP("Field", "Notes"), max_len=20_000)
    )
    with db.session() as session:
        accounts.get_live(session, account_id)
        cell = _cell_in(session, account_id, centre_id, offering_id)
        cell.state = clean
        if clean_notes is not None:
            cell.notes = clean_notes
        session.flush()
        return CellView(centre_id, offering_id, WhitespaceState(cell.state), cell.notes, cell.id, 0)


def suggested_focus(grid: WhitespaceGrid, centre_id: int) -> GrowthFocus:
    """Selling into a buying centre that already buys from us is expansion; a new one is penetration."""
    sold = any(grid.cell(centre_id, o.id).state is WhitespaceState.SOLD for o in grid.offerings)
    return GrowthFocus.EXPANSION if sold else GrowthFocus.PENETRATION


def create_opportunity_from_cell(
    db: Database,
    account_id: int,
    centre_id: int,
    offering_id: int,
    *,
    title: str = "",
    growth_focus: GrowthFocus | str | None = None,
    value: Decimal | str | int = 0,
    probability: int = 10,
    expected_close: dt.date | str | None = None,
) -> int:
    """Create an opportunity for a whitespace cell (the cell becomes 'opportunity'); its id."""
    from kam_desktop.services.execution import OpportunityInput, add_opportunity_in

    grid = whitespace_grid(db, account_id)
    centre = next((c for c in grid.centres if c.id == centre_id), None)
    offering = next((o for o in grid.offerings if o.id == offering_id), None)
    if centre is None or offering is None:
        raise NotFoundError(translate("Errors", "That whitespace cell no longer exists."))
    focus = growth_focus or suggested_focus(grid, centre_id)
    cmd = OpportunityInput(
        title=title.strip() or f"{offering.name} for {centre.name}",
        buying_centre_id=centre_id,
        offering_id=offering_id,
        growth_focus=focus,
        value=value,
        probability=probability,
        expected_close=expected_close,
    )
    with db.session() as session:
        cell = _cell_in(session, account_id, centre_id, offering_id)
        row = add_opportunity_in(session, account_id, cmd, whitespace_cell_id=cell.id)
        if cell.state != WhitespaceState.SOLD.value:
            cell.state = WhitespaceState.OPPORTUNITY.value
        return row.id
