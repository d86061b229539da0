"""Global search: accounts, stakeholders and actions whose text contains the query."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, AccountPlan, Action, Stakeholder


@dataclass(frozen=True)
class SearchHit:
    kind: str  # account | stakeholder | action
    account_id: int
    record_id: int
    title: str
    detail: str


def _like(query: str) -> str:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(db: Database, query: str, limit: int = 30) -> tuple[SearchHit, ...]:
    query = query.strip()
    if not query:
        return ()
    pattern = _like(query)
    hits: list[SearchHit] = []
    with db.reading() as s:
        for a in s.execute(
            select(Account.id, Account.name, Account.industry)
            .where(Account.deleted_at.is_(None), Account.name.ilike(pattern, escape="\\"))
            .order_by(Account.name)
            .limit(limit)
        ):
            hits.append(SearchHit("account", a.id, a.id, a.name, a.industry))
        for p in s.execute(
            select(
                Stakeholder.id,
                Stakeholder.name,
                Stakeholder.title,
                Account.id.label("aid"),
                Account.name.label("an"),
            )
            .join(Account, Account.id == Stakeholder.account_id)
            .where(
                Stakeholder.deleted_at.is_(None),
                Account.deleted_at.is_(None),
                Stakeholder.name.ilike(pattern, escape="\\"),
            )
            .order_by(Stakeholder.name)
            .limit(limit)
        ):
            hits.append(SearchHit("stakeholder", p.aid, p.id, p.name, f"{p.title} · {p.an}"))
        for act in s.execute(
            select(Action.id, Action.title, Account.id.label("aid"), Account.name.label("an"))
            .join(AccountPlan, AccountPlan.id == Action.plan_id)
            .join(Account, Account.id == AccountPlan.account_id)
            .where(
                Action.deleted_at.is_(None),
                Account.deleted_at.is_(None),
                Action.title.ilike(pattern, escape="\\"),
            )
            .order_by(Action.title)
            .limit(limit)
        ):
            hits.append(SearchHit("action", act.aid, act.id, act.title, act.an))
    return tuple(hits[:limit])
