"""Stakeholders (the people at the account and their org chart), competitors at the account,
trends and needs. Deletes move rows to the trash and can be restored.

Reports-to links are checked: a person cannot report to themselves, to someone at another
account, or to one of their own (indirect) reports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import Attitude, DecisionRole, ThreatLevel
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.org_chart import OrgLayout, OrgNode, layout, would_create_cycle
from kam_desktop.i18n import QT_TRANSLATE_NOOP, field_label, fmt, translate
from kam_desktop.services import accounts, clock
from kam_desktop.store.database import Database
from kam_desktop.store.models import BuyingCentre, Competitor, Need, Stakeholder, TeamMember, Trend

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


# --- stakeholders ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StakeholderInput:
    name: str
    title: str = ""
    buying_centre_id: int | None = None
    reports_to_id: int | None = None
    decision_role: DecisionRole | str | None = None
    influence: int | None = None
    attitude: Attitude | str | None = None
    relationship_strength: int | None = None
    owner_id: int | None = None
    email: str = ""
    phone: str = ""
    last_contact: dt.date | str | None = None
    cares_about: str = ""
    notes: str = ""


@dataclass(frozen=True)
class StakeholderView:
    id: int
    account_id: int
    name: str
    title: str
    buying_centre_id: int | None
    buying_centre: str
    reports_to_id: int | None
    reports_to: str
    decision_role: DecisionRole | None
    influence: int | None
    attitude: Attitude | None
    relationship_strength: int | None
    owner_id: int | None
    owner: str
    email: str
    phone: str
    last_contact: dt.date | None
    cares_about: str
    notes: str


@dataclass(frozen=True)
class OrgChart:
    people: tuple[StakeholderView, ...]
    layout: OrgLayout

    def person(self, stakeholder_id: int) -> StakeholderView:
        return next(p for p in self.people if p.id == stakeholder_id)


def _optional_choice(value: object, allowed: tuple[str, ...], *, field: str, label: str) -> str | None:
    if value is None or value == "":
        return None
    return v.choice(str(value), allowed, field=field, label=label)


def _clean_stakeholder(cmd: StakeholderInput) -> dict[str, Any]:
    email = v.optional_name(cmd.email, field="email", label=QT_TRANSLATE_NOOP("Field", "Email"))
    if email and not _EMAIL.fullmatch(email):
        raise ValidationError(translate("Errors", "Email must look like name@company.com."), field="email")
    return {
        "name": v.name(cmd.name, field="name", label=QT_TRANSLATE_NOOP("Field", "Name")),
        "title": v.optional_name(
            cmd.title, field="title", label=QT_TRANSLATE_NOOP("Field", "Title"), max_len=v.TITLE_MAX
        ),
        "buying_centre_id": cmd.buying_centre_id,
        "reports_to_id": cmd.reports_to_id,
        "decision_role": _optional_choice(
            cmd.decision_role,
            DecisionRole.values(),
            field="decision_role",
            label=QT_TRANSLATE_NOOP("Field", "Decision role"),
        ),
        "influence": v.optional_rating(
            cmd.influence, field="influence", label=QT_TRANSLATE_NOOP("Field", "Influence")
        ),
        "attitude": _optional_choice(
            cmd.attitude, Attitude.values(), field="attitude", label=QT_TRANSLATE_NOOP("Field", "Attitude")
        ),
        "relationship_strength": v.optional_rating(
            cmd.relationship_strength,
            field="relationship_strength",
            label=QT_TRANSLATE_NOOP("Field", "Relationship strength"),
        ),
        "owner_id": cmd.owner_id,
        "email": email,
        "phone": v.optional_name(
            cmd.phone, field="phone", label=QT_TRANSLATE_NOOP("Field", "Phone"), max_len=100
        ),
        "last_contact": v.optional_date(
            cmd.last_contact, field="last_contact", label=QT_TRANSLATE_NOOP("Field", "Last contact")
        ),
        "cares_about": v.text(
            cmd.cares_about,
            field="cares_about",
            label=QT_TRANSLATE_NOOP("Field", "What they care about"),
            max_len=20_000,
        ),
        "notes": v.text(cmd.notes, field="notes", label=QT_TRANSLATE_NOOP("Field", "Notes")),
    }


def _live_people(session: Session, account_id: int) -> list[Stakeholder]:
    return list(
        session.scalars(
            select(Stakeholder)
            .where(Stakeholder.account_id == account_id, Stakeholder.deleted_at.is_(None))
            .order_by(Stakeholder.name, Stakeholder.id)
        )
    )


def _views(session: Session, people: list[Stakeholder]) -> tuple[StakeholderView, ...]:
    if not people:
        return ()
    account_id = people[0].account_id
    centres = {
        k: n
        for k, n in session.execute(
            select(BuyingCentre.id, BuyingCentre.name).where(
                BuyingCentre.account_id == account_id, BuyingCentre.deleted_at.is_(None)
            )
        )
    }
    team = {k: n for k, n in session.execute(select(TeamMember.id, TeamMember.name))}
    names = {p.id: p.name for p in _live_people(session, account_id)}
    return tuple(_view(p, centres, team, names) for p in people)


def _view(
    p: Stakeholder, centres: dict[int, str], team: dict[int, str], names: dict[int, str]
) -> StakeholderView:
    centre = p.buying_centre_id if p.buying_centre_id in centres else None
    manager = p.reports_to_id if p.reports_to_id in names else None
    return StakeholderView(
        id=p.id,
        account_id=p.account_id,
        name=p.name,
        title=p.title,
        buying_centre_id=centre,
        buying_centre=centres.get(centre, "") if centre else "",
        reports_to_id=manager,
        reports_to=names.get(manager, "") if manager else "",
        decision_role=DecisionRole(p.decision_role) if p.decision_role else None,
        influence=p.influence,
        attitude=Attitude(p.attitude) if p.attitude else None,
        relationship_strength=p.relationship_strength,
        owner_id=p.owner_id,
        owner=team.get(p.owner_id, "") if p.owner_id else "",
        email=p.email,
        phone=p.phone,
        last_contact=p.last_contact,
        cares_about=p.cares_about,
        notes=p.notes,
    )


def list_stakeholders(db: Database, account_id: int) -> tuple[StakeholderView, ...]:
    with db.reading() as session:
        accounts.get_live(session, account_id)
        return _views(session, _live_people(session, account_id))


def get_stakeholder(db: Database, stakeholder_id: int) -> StakeholderView:
    with db.reading() as session:
        person = _live_person(session, stakeholder_id)
        return _views(session, [person])[0]


def _live_person(session: Session, stakeholder_id: int) -> Stakeholder:
    person = session.get(Stakeholder, stakeholder_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(
            translate("Errors", "That stakeholder no longer exists (they may be in the trash).")
        )
    accounts.get_live(session, person.account_id)
    return person


def save_stakeholder(
    db: Database, account_id: int, cmd: StakeholderInput, stakeholder_id: int | None = None
) -> StakeholderView:
    """Add a person (no id) or change one; every reference is checked against this account."""
    values = _clean_stakeholder(cmd)
    with db.session() as session:
        accounts.get_live(session, account_id)
        people = _live_people(session, account_id)
        if stakeholder_id is not None:
            person = _live_person(session, stakeholder_id)
            if person.account_id != account_id:
                raise NotFoundError(translate("Errors", "That stakeholder belongs to another account."))
        centre = values["buying_centre_id"]
        if centre is not None:
            found_centre = session.get(BuyingCentre, centre)
            if (
                found_centre is None
                or found_centre.account_id != account_id
                or found_centre.deleted_at is not None
            ):
                raise ValidationError(
                    translate("Errors", "That buying centre no longer exists."), field="buying_centre"
                )
        owner = values["owner_id"]
        if owner is not None and session.get(TeamMember, owner) is None:
            raise ValidationError(translate("Errors", "That team member no longer exists."), field="owner")
        manager = values["reports_to_id"]
        if manager is not None:
            if manager == stakeholder_id:
                raise ValidationError(
                    translate("Errors", "A person cannot report to themselves."), field="reports_to"
                )
            if manager not in {p.id for p in people}:
                raise ValidationError(
                    translate("Errors", "The manager must be a stakeholder of this account."),
                    field="reports_to",
                )
            links = {p.id: p.reports_to_id for p in people}
            if stakeholder_id is not None and would_create_cycle(links, stakeholder_id, manager):
                raise ValidationError(
                    translate(
                        "Errors",
                        "That would make a loop in the org chart: the manager already reports (directly or "
                        "indirectly) to this person.",
                    ),
                    field="reports_to",
                )
        if stakeholder_id is None:
            person = Stakeholder(account_id=account_id, **values)
            session.add(person)
        else:
            for key, value in values.items():
                setattr(person, key, value)
        session.flush()
        return _views(session, [person])[0]


def delete_stakeholder(db: Database, stakeholder_id: int) -> None:
    """Move a stakeholder to the trash. Their reports are drawn at the top until restored."""
    with db.session() as session:
        person = _live_person(session, stakeholder_id)
        person.deleted_at = clock.utcnow()


def restore_stakeholder(db: Database, stakeholder_id: int) -> StakeholderView:
    with db.session() as session:
        person = session.get(Stakeholder, stakeholder_id)
        if person is None:
            raise NotFoundError(translate("Errors", "That stakeholder was permanently deleted."))
        accounts.get_live(session, person.account_id)
        person.deleted_at = None
        links = {p.id: p.reports_to_id for p in _live_people(session, person.account_id)}
        if person.reports_to_id not in links or would_create_cycle(links, person.id, person.reports_to_id):
            person.reports_to_id = None  # the manager is gone, or the chart changed meanwhile
        session.flush()
        return _views(session, [person])[0]


def org_chart(db: Database, account_id: int) -> OrgChart:
    """The people and the layout of the reports-to tree (managers above their reports)."""
    people = list_stakeholders(db, account_id)
    ordered = sorted(people, key=lambda p: (-(p.influence or 0), p.name.casefold(), p.id))
    return OrgChart(people, layout([OrgNode(p.id, p.reports_to_id) for p in ordered]))


# --- competitors -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompetitorInput:
    name: str
    presence: str = ""
    strengths: str = ""
    weaknesses: str = ""
    threat_level: ThreatLevel | str = ThreatLevel.MEDIUM
    counter_strategy: str = ""


@dataclass(frozen=True)
class CompetitorView:
    id: int
    account_id: int
    name: str
    presence: str
    strengths: str
    weaknesses: str
    threat_level: ThreatLevel
    counter_strategy: str
    counter_status: str


def _competitor_view(c: Competitor) -> CompetitorView:
    return CompetitorView(
        c.id,
        c.account_id,
        c.name,
        c.presence,
        c.strengths,
        c.weaknesses,
        ThreatLevel(c.threat_level),
        c.counter_strategy,
        c.counter_status,
    )


def list_competitors(db: Database, account_id: int) -> tuple[CompetitorView, ...]:
    with db.reading() as session:
        accounts.get_live(session, account_id)
        return tuple(
            _competitor_view(c)
            for c in session.scalars(
                select(Competitor)
                .where(Competitor.account_id == account_id, Competitor.deleted_at.is_(None))
                .order_by(Competitor.name, Competitor.id)
            )
        )


def save_competitor(
    db: Database, account_id: int, cmd: CompetitorInput, competitor_id: int | None = None
) -> CompetitorView:
    values = {
        "name": v.name(cmd.name, field="name", label=QT_TRANSLATE_NOOP("Field", "Competitor")),
        "presence": v.text(
            cmd.presence, field="presence", label=QT_TRANSLATE_NOOP("Field", "Presence"), max_len=20_000
        ),
        "strengths": v.text(
            cmd.strengths, field="strengths", label=QT_TRANSLATE_NOOP("Field", "Strengths"), max_len=20_000
        ),
        "weaknesses": v.text(
            cmd.weaknesses, field="weaknesses", label=QT_TRANSLATE_NOOP("Field", "Weaknesses"), max_len=20_000
        ),
        "threat_level": v.choice(
            str(cmd.threat_level),
            ThreatLevel.values(),
            field="threat_level",
            label=QT_TRANSLATE_NOOP("Field", "Threat level"),
        ),
        "counter_strategy": v.text(
            cmd.counter_strategy,
            field="counter_strategy",
            label=QT_TRANSLATE_NOOP("Field", "Counter-strategy"),
            max_len=20_000,
        ),
    }
    with db.session() as session:
        accounts.get_live(session, account_id)
        if competitor_id is None:
            row = Competitor(account_id=account_id, **values)
            session.add(row)
        else:
            found = session.get(Competitor, competitor_id)
            if found is None or found.account_id != account_id or found.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That competitor no longer exists."))
            row = found
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        return _competitor_view(row)


# --- trends and needs --------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendView:
    id: int
    account_id: int
    description: str
    impact: str


@dataclass(frozen=True)
class NeedView:
    id: int
    account_id: int
    description: str
    priority: int | None
    buying_centre_id: int | None
    buying_centre: str
    stakeholder_id: int | None
    stakeholder: str


def list_trends(db: Database, account_id: int) -> tuple[TrendView, ...]:
    with db.reading() as session:
        accounts.get_live(session, account_id)
        return tuple(
            TrendView(t.id, t.account_id, t.description, t.impact)
            for t in session.scalars(
                select(Trend)
                .where(Trend.account_id == account_id, Trend.deleted_at.is_(None))
                .order_by(Trend.id)
            )
        )


def _required_text(value: object, *, field: str, label: str) -> str:
    clean = v.text(value, field=field, label=label, max_len=20_000)
    if not clean.strip():
        raise ValidationError(
            fmt(translate("Validation", "%1 cannot be empty."), field_label(label)), field=field
        )
    return clean


def save_trend(
    db: Database, account_id: int, description: str, impact: str = "", trend_id: int | None = None
) -> TrendView:
    clean_desc = _required_text(description, field="description", label=QT_TRANSLATE_NOOP("Field", "Trend"))
    clean_impact = v.text(impact, field="impact", label=QT_TRANSLATE_NOOP("Field", "Impact"), max_len=20_000)
    with db.session() as session:
        accounts.get_live(session, account_id)
        if trend_id is None:
            row = Trend(account_id=account_id, description=clean_desc, impact=clean_impact)
            session.add(row)
        else:
            found = session.get(Trend, trend_id)
            if found is None or found.account_id != account_id or found.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That trend no longer exists."))
            row = found
            row.description, row.impact = clean_desc, clean_impact
        session.flush()
        return TrendView(row.id, account_id, row.description, row.impact)


def list_needs(db: Database, account_id: int) -> tuple[NeedView, ...]:
    with db.reading() as session:
        accounts.get_live(session, account_id)
        rows = list(
            session.scalars(
                select(Need).where(Need.account_id == account_id, Need.deleted_at.is_(None)).order_by(Need.id)
            )
        )
        return tuple(_need_view(session, n) for n in rows)


def _need_view(session: Session, n: Need) -> NeedView:
    centre = session.get(BuyingCentre, n.buying_centre_id) if n.buying_centre_id else None
    person = session.get(Stakeholder, n.stakeholder_id) if n.stakeholder_id else None
    centre = centre if centre is not None and centre.deleted_at is None else None
    person = person if person is not None and person.deleted_at is None else None
    return NeedView(
        n.id,
        n.account_id,
        n.description,
        n.priority,
        centre.id if centre else None,
        centre.name if centre else "",
        person.id if person else None,
        person.name if person else "",
    )


def save_need(
    db: Database,
    account_id: int,
    description: str,
    priority: int | None = None,
    buying_centre_id: int | None = None,
    stakeholder_id: int | None = None,
    need_id: int | None = None,
) -> NeedView:
    clean_desc = _required_text(description, field="description", label=QT_TRANSLATE_NOOP("Field", "Need"))
    clean_priority = v.optional_rating(
        priority, field="priority", label=QT_TRANSLATE_NOOP("Field", "Priority")
    )
    with db.session() as session:
        accounts.get_live(session, account_id)
        if buying_centre_id is not None:
            centre = session.get(BuyingCentre, buying_centre_id)
            if centre is None or centre.account_id != account_id or centre.deleted_at is not None:
                raise ValidationError(
                    translate("Errors", "That buying centre no longer exists."), field="buying_centre"
                )
        if stakeholder_id is not None:
            person = session.get(Stakeholder, stakeholder_id)
            if person is None or person.account_id != account_id or person.deleted_at is not None:
                raise ValidationError(
                    translate("Errors", "That stakeholder no longer exists."), field="stakeholder"
                )
        if need_id is None:
            row = Need(account_id=account_id)
            session.add(row)
        else:
            found = session.get(Need, need_id)
            if found is None or found.account_id != account_id or found.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That need no longer exists."))
            row = found
        row.description, row.priority = clean_desc, clean_priority
        row.buying_centre_id, row.stakeholder_id = buying_centre_id, stakeholder_id
        session.flush()
        return _need_view(session, row)


# --- trash (competitors, trends, needs) --------------------------------------------------------


def _trashable(session: Session, kind: str, item_id: int) -> Competitor | Trend | Need | None:
    if kind == "competitor":
        return session.get(Competitor, item_id)
    if kind == "trend":
        return session.get(Trend, item_id)
    if kind == "need":
        return session.get(Need, item_id)
    raise ValidationError(fmt(translate("Errors", "Unknown kind of item: %1."), kind), field="kind")


def delete_item(db: Database, kind: str, item_id: int) -> None:
    """Move a competitor, trend or need to the trash (undo with restore_item)."""
    with db.session() as session:
        row = _trashable(session, kind, item_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(fmt(translate("Errors", "That %1 no longer exists."), kind))
        row.deleted_at = clock.utcnow()


def restore_item(db: Database, kind: str, item_id: int) -> None:
    with db.session() as session:
        row = _trashable(session, kind, item_id)
        if row is None:
            raise NotFoundError(fmt(translate("Errors", "That %1 was permanently deleted."), kind))
        row.deleted_at = None
