"""The inverses that undo needs: a snapshot of one record (its own columns and the rows it owns)
taken before and after an edit, and putting a snapshot back.

Undo of an edit puts the "before" snapshot back, redo the "after" one; each refuses when the
record was changed since by something else (the stored values are not the ones the command
left), when it is in the trash or gone. Add and delete are undone through the trash
(``services.trash.move_to_trash`` / ``restore``). Parent links (the account or plan a record
belongs to) are never part of a snapshot, so putting one back cannot move a record elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kam_desktop.domain.errors import ConflictError, NotFoundError
from kam_desktop.i18n import translate
from kam_desktop.services.trash import KINDS
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

# Columns a snapshot never holds: identity, bookkeeping, trash state, and the parent link.
_SKIPPED = frozenset(
    {"id", "created_at", "updated_at", "deleted_at", "account_id", "plan_id", "kpi_id", "interaction_id"}
)

# kind -> the rows it owns that an edit of it may change: (model, the column naming the owner)
_OWNED: dict[str, tuple[tuple[type[Any], str], ...]] = {
    "account": ((m.AccountStatusChange, "account_id"), (m.IdentificationAssessment, "account_id")),
    "plan": ((m.PlanTargetBuyingCentre, "plan_id"), (m.PlanTargetStakeholder, "plan_id")),
    "kpi": ((m.KpiMeasurement, "kpi_id"),),
    "interaction": ((m.InteractionAttendee, "interaction_id"),),
}

# Every kind a snapshot can be taken of: the trash's kinds and the plan itself (strategy fields).
MODELS: dict[str, type[Any]] = {kind: spec[0] for kind, spec in KINDS.items()} | {"plan": m.AccountPlan}

Values = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Snapshot:
    """One record as stored: its columns (without parent link and timestamps) and owned rows."""

    kind: str
    id: int
    values: Values
    owned: tuple[tuple[Values, ...], ...] = ()


def _model(kind: str) -> type[Any]:
    if kind not in MODELS:
        raise NotFoundError(translate("Undo", "This kind of record cannot be undone."))
    return MODELS[kind]


def _columns(model: type[Any], *, skip: frozenset[str] = _SKIPPED) -> list[str]:
    return [c.key for c in model.__table__.columns if c.key not in skip]


def _live_row(session: Session, kind: str, item_id: int) -> Any:
    row = session.get(_model(kind), item_id)
    if row is None:
        raise NotFoundError(
            translate("Undo", "That record was deleted permanently; it cannot be changed back.")
        )
    if getattr(row, "deleted_at", None) is not None:
        raise ConflictError(translate("Undo", "That record is in the trash; restore it first."))
    return row


def _owned_rows(session: Session, kind: str, item_id: int) -> tuple[tuple[Values, ...], ...]:
    out = []
    for model, owner in _OWNED.get(kind, ()):
        keys = _columns(model, skip=frozenset({owner}))
        rows = session.execute(select(model).where(getattr(model, owner) == item_id)).scalars().all()
        captured = sorted((tuple((k, getattr(r, k)) for k in keys) for r in rows), key=repr)
        out.append(tuple(captured))
    return tuple(out)


def _take(session: Session, kind: str, item_id: int) -> Snapshot:
    row = _live_row(session, kind, item_id)
    values = tuple((k, getattr(row, k)) for k in _columns(type(row)))
    return Snapshot(kind, item_id, values, _owned_rows(session, kind, item_id))


def snapshot(db: Database, kind: str, item_id: int) -> Snapshot:
    """The record as stored now (refused when it is gone or in the trash)."""
    with db.reading() as session:
        return _take(session, kind, item_id)


def put_back(db: Database, target: Snapshot, *, expect: Snapshot | None = None) -> None:
    """Store ``target``'s values and owned rows; with ``expect``, only when the record still
    holds exactly those values (else ConflictError: it was changed since)."""
    model = _model(target.kind)
    allowed = set(_columns(model))
    if any(key not in allowed for key, _value in target.values):
        raise ConflictError(translate("Undo", "This change cannot be undone: the record's fields differ."))
    owned_specs = _OWNED.get(target.kind, ())
    if target.owned and len(target.owned) != len(owned_specs):
        raise ConflictError(translate("Undo", "This change cannot be undone: the record's fields differ."))
    try:
        with db.session() as session:
            current = _take(session, target.kind, target.id)
            if expect is not None and (current.values, current.owned) != (expect.values, expect.owned):
                raise ConflictError(
                    translate("Undo", "That record was changed since; undo would overwrite the newer change.")
                )
            row = session.get(model, target.id)
            for key, value in target.values:
                setattr(row, key, value)
            for (child, owner), rows in zip(owned_specs, target.owned, strict=False):
                session.execute(delete(child).where(getattr(child, owner) == target.id))
                session.flush()
                for values in rows:
                    session.execute(insert(child).values({owner: target.id, **dict(values)}))
            session.flush()
    except IntegrityError as exc:
        raise ConflictError(
            translate(
                "Undo",
                "This change cannot be undone: it conflicts with a newer change (a name now taken, or a "
                "linked record deleted permanently).",
            )
        ) from exc
