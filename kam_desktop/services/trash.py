"""The trash: everything deleted (``deleted_at`` set) until restored or deleted permanently.

An account in the trash takes everything under it along (its children keep their own
``deleted_at`` untouched, so restoring the account brings the plan back exactly as it was);
items deleted one by one are listed on their own while their account is live. Permanent
deletion removes the row and, through the schema's ON DELETE rules, what depends on it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.errors import ConflictError, NotFoundError
from kam_desktop.i18n import fmt, translate
from kam_desktop.services import clock
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

# kind -> (model, label, how the item is named, account level (True) or plan level (False))
KINDS: dict[str, tuple[type[Any], str, str, bool]] = {
    "account": (m.Account, "Account", "name", True),
    "buying_centre": (m.BuyingCentre, "Buying centre", "name", True),
    "stakeholder": (m.Stakeholder, "Stakeholder", "name", True),
    "trend": (m.Trend, "Trend", "description", True),
    "need": (m.Need, "Need", "description", True),
    "competitor": (m.Competitor, "Competitor", "name", True),
    "interaction": (m.Interaction, "Interaction", "subject", True),
    "opportunity": (m.Opportunity, "Opportunity", "title", True),
    "objective": (m.Objective, "Objective", "description", False),
    "research_answer": (m.ResearchAnswer, "Research answer", "answer", False),
    "value_proposition": (m.ValueProposition, "Value proposition", "title", False),
    "action": (m.Action, "Action", "title", False),
    "kpi": (m.Kpi, "KPI", "name", False),
    "risk": (m.PlanRisk, "Joint risk", "description", False),
}
TITLE_LIMIT = 120


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: int
    title: str
    account_id: int | None
    account_name: str
    deleted_at: dt.datetime
    contents: str = ""  # for an account: what comes back with it

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind][1]


def _short(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= TITLE_LIMIT else text[: TITLE_LIMIT - 1] + "…"


def _title(kind: str, row: Any) -> str:
    attr = KINDS[kind][2]
    value = str(getattr(row, attr) or "")
    if kind == "interaction" and not value:
        value = f"{str(row.kind).replace('_', ' ').capitalize()} on {row.on_date.isoformat()}"
    if kind == "research_answer":
        question = row.custom_question or f"Question {row.question_id}"
        value = f"{question}: {value}" if value else question
    if kind == "value_proposition" and not value:
        value = row.problem
    return _short(value) or "(untitled)"


def _account_contents(session: Session, account_id: int) -> str:
    parts: list[str] = []
    for model, label in ((m.Stakeholder, "stakeholders"), (m.Opportunity, "opportunities")):
        n = session.scalar(select(func.count()).select_from(model).where(model.account_id == account_id)) or 0
        if n:
            parts.append(f"{n} {label}")
    plans = select(m.AccountPlan.id).where(m.AccountPlan.account_id == account_id).scalar_subquery()
    n_actions = (
        session.scalar(select(func.count()).select_from(m.Action).where(m.Action.plan_id.in_(plans))) or 0
    )
    if n_actions:
        parts.append(f"{n_actions} actions")
    n_plans = (
        session.scalar(
            select(func.count()).select_from(m.AccountPlan).where(m.AccountPlan.account_id == account_id)
        )
        or 0
    )
    if n_plans:
        parts.insert(0, "its plan" if n_plans == 1 else f"{n_plans} plans")
    return ", ".join(parts)


def list_trash(db: Database) -> tuple[TrashItem, ...]:
    """Everything in the trash, most recently deleted first."""
    items: list[TrashItem] = []
    with db.reading() as session:
        accounts = {a.id: a for a in session.scalars(select(m.Account))}
        for kind, (model, _label, _attr, account_level) in KINDS.items():
            if kind == "account":
                for a in accounts.values():
                    if a.deleted_at is not None:
                        items.append(
                            TrashItem(
                                "account",
                                a.id,
                                _short(a.name),
                                a.id,
                                a.name,
                                a.deleted_at,
                                _account_contents(session, a.id),
                            )
                        )
                continue
            if account_level:
                stmt = select(model, model.account_id).where(model.deleted_at.is_not(None))
            else:
                stmt = (
                    select(model, m.AccountPlan.account_id)
                    .join(m.AccountPlan, m.AccountPlan.id == model.plan_id)
                    .where(model.deleted_at.is_not(None))
                )
            for row, account_id in session.execute(stmt).all():
                account = accounts.get(account_id)
                if account is None or account.deleted_at is not None:
                    continue  # comes back (or goes) with its account
                items.append(
                    TrashItem(kind, row.id, _title(kind, row), account_id, account.name, row.deleted_at)
                )
    items.sort(key=lambda i: (i.deleted_at, i.kind, i.id), reverse=True)
    return tuple(items)


def _row(session: Session, kind: str, item_id: int) -> Any:
    if kind not in KINDS:
        raise NotFoundError(fmt(translate("Errors", "Unknown kind of item: %1."), kind))
    row = session.get(KINDS[kind][0], item_id)
    if row is None:
        raise NotFoundError(translate("Errors", "That item was deleted permanently and cannot be restored."))
    return row


def _account_of(session: Session, kind: str, row: Any) -> m.Account | None:
    if kind == "account":
        return None
    if KINDS[kind][3]:
        return session.get(m.Account, row.account_id)
    plan = session.get(m.AccountPlan, row.plan_id)
    return session.get(m.Account, plan.account_id) if plan is not None else None


def move_to_trash(db: Database, kind: str, item_id: int) -> None:
    """Put an item in the trash (any kind listed in KINDS)."""
    with db.session() as session:
        row = _row(session, kind, item_id)
        if row.deleted_at is None:
            row.deleted_at = clock.utcnow()


def restore(db: Database, kind: str, item_id: int) -> TrashItem:
    """Take an item out of the trash (an account comes back with everything under it)."""
    with db.session() as session:
        row = _row(session, kind, item_id)
        account = _account_of(session, kind, row)
        if account is not None and account.deleted_at is not None:
            raise ConflictError(
                fmt(
                    translate("Errors", "Restore the account “%1” first: this item belongs to it."),
                    account.name,
                )
            )
        deleted_at = row.deleted_at or clock.utcnow()
        row.deleted_at = None
        session.flush()
        name = account.name if account is not None else row.name
        return TrashItem(kind, row.id, _title(kind, row), getattr(account, "id", row.id), name, deleted_at)


def delete_permanently(db: Database, kind: str, item_id: int) -> None:
    """Delete an item that is in the trash for good (with everything that depends on it)."""
    with db.session() as session:
        row = _row(session, kind, item_id)
        if row.deleted_at is None:
            raise ConflictError(
                translate("Errors", "Move the item to the trash before deleting it permanently.")
            )
        model = KINDS[kind][0]
        session.expunge(row)
        session.execute(delete(model).where(model.id == item_id))


def empty_trash(db: Database) -> int:
    """Delete everything in the trash permanently; returns how many items were removed."""
    items = list_trash(db)
    for item in items:
        delete_permanently(db, item.kind, item.id)
    return len(items)
