"""Share by choice: what of a plan may go to the customer, what is shared, and the joint plan's
own fields (executive summary, joint ambition, governance, next steps).

Every item that can appear in the joint plan has an explicit ``shared`` flag (default not shared).
Items marked internal can never be shared. One unit of work per call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain import validation as v
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.services import clock
from kam_desktop.services.plan_report_joint import is_our_figure
from kam_desktop.services.plans import current_plan_id
from kam_desktop.store import models as m
from kam_desktop.store.database import Database

# kind -> (model, section of the joint plan, label column, account-level?)
KINDS: dict[str, tuple[type[Any], str, str, bool]] = {
    "need": (m.Need, "priorities", "description", True),
    "trend": (m.Trend, "priorities", "description", True),
    "value_proposition": (m.ValueProposition, "value", "title", False),
    "kpi": (m.Kpi, "value", "name", False),
    "review": (m.Review, "value", "customer_summary", False),
    "objective": (m.Objective, "objectives", "customer_wording", False),
    "action": (m.Action, "actions", "title", False),
    "risk": (m.PlanRisk, "risks", "description", False),
    "interaction": (m.Interaction, "governance", "subject", True),
}
KIND_LABELS = {
    "need": QT_TRANSLATE_NOOP("Report", "Need"),
    "trend": QT_TRANSLATE_NOOP("Report", "Trend"),
    "value_proposition": QT_TRANSLATE_NOOP("Report", "Value proposition"),
    "kpi": QT_TRANSLATE_NOOP("Report", "KPI"),
    "review": QT_TRANSLATE_NOOP("Report", "Review summary"),
    "objective": QT_TRANSLATE_NOOP("Report", "Objective"),
    "action": QT_TRANSLATE_NOOP("Report", "Action"),
    "risk": QT_TRANSLATE_NOOP("Report", "Risk"),
    "interaction": QT_TRANSLATE_NOOP("Report", "Meeting"),
}
SIDES = ("ours", "yours", "joint")


@dataclass(frozen=True)
class ShareItem:
    kind: str
    id: int
    section: str
    label: str  # what the customer would read (empty: nothing to print yet)
    shared: bool
    can_share: bool  # False for items marked internal (our figures, internal objectives...)
    note: str = ""  # why it will not print, if it will not
    ours: str = ""  # our own name for it (objective description, review date), shown only in the app

    @property
    def kind_label(self) -> str:
        return translate("Report", KIND_LABELS[self.kind])


@dataclass(frozen=True)
class JointFields:
    """The plan's own joint-plan texts: customer wording by nature, printed when not empty."""

    executive_summary: str = ""
    joint_ambition: str = ""
    next_steps: str = ""
    meeting_cadence: str = ""
    escalation_path: str = ""
    next_review_on: dt.date | None = None
    customer_sponsor_id: int | None = None
    our_sponsor_id: int | None = None
    version: int = 1


SUMMARY_PROMPT = QT_TRANSLATE_NOOP(
    "Report",
    "Your priorities, as you told us: ...\n\n"
    "What we delivered: ...\n\n"
    "What we propose next: ...\n\n"
    "The decisions we ask for: ...",
)


def _plan(session: Session, account_id: int) -> int:
    plan_id = current_plan_id(session, account_id)
    if plan_id is None:
        raise NotFoundError(translate("Report", "This account has no plan yet."))
    return plan_id


def share_items(db: Database, account_id: int) -> tuple[ShareItem, ...]:
    """Every item that could go into the joint plan, shared or not, in section order."""
    today = clock.today()
    with db.session() as s:
        plan_id = current_plan_id(s, account_id)
        out: list[ShareItem] = []
        for kind, (model, section, label_col, account_level) in KINDS.items():
            if not account_level and plan_id is None:
                continue
            owner = model.account_id == account_id if account_level else model.plan_id == plan_id
            cols = [model.id, getattr(model, label_col), model.shared]
            extra = {"objective": "description", "review": "held_on", "interaction": "on_date"}
            if kind in extra:
                cols.append(getattr(model, extra[kind]).label("ours"))
            internal = getattr(model, "internal", None)
            if internal is not None:
                cols.append(internal)
            stmt = select(*cols).where(owner)
            if hasattr(model, "deleted_at"):
                stmt = stmt.where(model.deleted_at.is_(None))
            if kind == "review":
                stmt = stmt.order_by(model.held_on.desc())
            elif kind == "interaction":
                stmt = stmt.order_by(model.on_date.desc())
            else:
                stmt = stmt.order_by(model.id)
            for row in s.execute(stmt):
                label = getattr(row, label_col) or ""
                is_internal = bool(row.internal) if internal is not None else False
                note = ""
                ours = getattr(row, "ours", None)
                if is_internal:
                    note = translate("Report", "Marked internal: never shared")
                elif not label.strip():
                    note = translate("Report", "No customer wording yet: not printed")
                elif kind == "kpi" and is_our_figure(label):
                    note = translate("Report", "Our own commercial figure: never printed")
                elif kind == "interaction" and ours is not None and ours < today:
                    note = translate("Report", "Past meeting: only upcoming meetings are printed")
                shared = bool(row.shared) and not is_internal
                out.append(
                    ShareItem(kind, row.id, section, label, shared, not is_internal, note, str(ours or ""))
                )
        return tuple(out)


def set_shared(db: Database, kind: str, item_id: int, shared: bool) -> None:
    """Share an item with the customer, or stop sharing it."""
    if kind not in KINDS:
        raise ValidationError(f"unknown kind {kind!r}", field="kind")
    with db.session() as s:
        row = s.get(KINDS[kind][0], item_id)
        if row is None:
            raise NotFoundError(translate("Report", "That item no longer exists."))
        if shared and getattr(row, "internal", False):
            raise ValidationError(
                translate("Report", "This item is marked internal; it cannot be shared with the customer."),
                field="shared",
            )
        row.shared = bool(shared)


def set_customer_wording(db: Database, kind: str, item_id: int, wording: str) -> None:
    """The objective as the customer reads it, or the review's summary for the customer."""
    column = {"objective": "customer_wording", "review": "customer_summary"}.get(kind)
    if column is None:
        raise ValidationError(f"{kind} has no customer wording", field="kind")
    text = v.text(wording, field="wording", label=translate("Report", "Customer wording"), max_len=4000)
    with db.session() as s:
        row = s.get(KINDS[kind][0], item_id)
        if row is None:
            raise NotFoundError(translate("Report", "That item no longer exists."))
        setattr(row, column, text)


def load_joint_fields(db: Database, account_id: int) -> JointFields:
    with db.reading() as s:
        plan = s.get(m.AccountPlan, _plan(s, account_id))
        assert plan is not None
        return JointFields(
            plan.executive_summary,
            plan.joint_ambition,
            plan.next_steps,
            plan.meeting_cadence,
            plan.escalation_path,
            plan.next_review_on,
            plan.customer_sponsor_id,
            plan.our_sponsor_id,
            plan.joint_version,
        )


def save_joint_fields(db: Database, account_id: int, fields: JointFields) -> None:
    """Validate and store the plan's joint-plan fields; nothing is written if one is invalid."""
    label = translate
    clean = {
        "executive_summary": v.text(
            fields.executive_summary,
            field="executive_summary",
            label=label("Report", "Executive summary"),
            max_len=20000,
        ),
        "joint_ambition": v.text(
            fields.joint_ambition,
            field="joint_ambition",
            label=label("Report", "Our joint ambition"),
            max_len=4000,
        ),
        "next_steps": v.text(
            fields.next_steps, field="next_steps", label=label("Report", "Next steps"), max_len=20000
        ),
        "meeting_cadence": v.text(
            fields.meeting_cadence,
            field="meeting_cadence",
            label=label("Report", "How often we meet"),
            max_len=200,
        ),
        "escalation_path": v.text(
            fields.escalation_path,
            field="escalation_path",
            label=label("Report", "Escalation path"),
            max_len=4000,
        ),
    }
    if not 1 <= int(fields.version) <= 999:
        raise ValidationError(translate("Report", "The version is a number from 1 to 999."), field="version")
    with db.session() as s:
        plan = s.get(m.AccountPlan, _plan(s, account_id))
        assert plan is not None
        if fields.customer_sponsor_id is not None:
            person = s.get(m.Stakeholder, fields.customer_sponsor_id)
            if person is None or person.account_id != account_id or person.deleted_at is not None:
                raise ValidationError(
                    translate("Report", "Choose a sponsor from this account's people."),
                    field="customer_sponsor_id",
                )
        if fields.our_sponsor_id is not None and s.get(m.TeamMember, fields.our_sponsor_id) is None:
            raise ValidationError(
                translate("Report", "Choose a sponsor from our team."), field="our_sponsor_id"
            )
        for key, value in clean.items():
            setattr(plan, key, value)
        plan.next_review_on = fields.next_review_on
        plan.customer_sponsor_id = fields.customer_sponsor_id
        plan.our_sponsor_id = fields.our_sponsor_id
        plan.joint_version = int(fields.version)


def add_risk(
    db: Database, account_id: int, description: str, mitigation: str = "", side: str = "joint"
) -> int:
    """A joint risk or dependency (not shared until the user shares it)."""
    text = v.text(description, field="description", label=translate("Report", "Risk"), max_len=4000)
    if not text.strip():
        raise ValidationError(translate("Report", "Describe the risk or dependency."), field="description")
    how = v.text(mitigation, field="mitigation", label=translate("Report", "Mitigation"), max_len=4000)
    if side not in SIDES:
        raise ValidationError(translate("Report", "Choose who carries the risk."), field="side")
    with db.session() as s:
        risk = m.PlanRisk(plan_id=_plan(s, account_id), description=text, mitigation=how, owner_side=side)
        s.add(risk)
        s.flush()
        return int(risk.id)


def people_and_team(
    db: Database, account_id: int
) -> tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]]:
    """(their people, our team) as (id, name) pairs, for sponsor and owner pickers."""
    with db.reading() as s:
        people = s.execute(
            select(m.Stakeholder.id, m.Stakeholder.name)
            .where(m.Stakeholder.account_id == account_id, m.Stakeholder.deleted_at.is_(None))
            .order_by(m.Stakeholder.name)
        ).all()
        team = s.execute(
            select(m.TeamMember.id, m.TeamMember.name)
            .where(m.TeamMember.archived_at.is_(None))
            .order_by(m.TeamMember.name)
        ).all()
        return tuple((r[0], r[1]) for r in people), tuple((r[0], r[1]) for r in team)


@dataclass(frozen=True)
class ActionJoint:
    """An action's joint-plan side: shared or not, the customer-side owner, a joint milestone."""

    shared: bool = False
    customer_owner_id: int | None = None
    milestone: bool = False


def action_joint(db: Database, action_id: int | None) -> ActionJoint:
    if action_id is None:
        return ActionJoint()
    with db.reading() as s:
        row = s.get(m.Action, action_id)
        if row is None:
            return ActionJoint()
        return ActionJoint(bool(row.shared), row.customer_owner_id, bool(row.milestone))


def check_action_joint(db: Database, account_id: int, joint: ActionJoint, internal: bool) -> None:
    """Refuse (before anything is written) a customer-side owner from another account, or an
    internal action shared."""
    if joint.shared and internal:
        raise ValidationError(
            translate("Report", "An internal action cannot be shared with the customer."), field="shared"
        )
    if joint.customer_owner_id is not None:
        with db.reading() as s:
            _check_owner(s, account_id, joint.customer_owner_id)


def _check_owner(s: Session, account_id: int, person_id: int) -> None:
    person = s.get(m.Stakeholder, person_id)
    if person is None or person.account_id != account_id or person.deleted_at is not None:
        raise ValidationError(
            translate("Report", "Choose their owner from this account's people."), field="customer_owner"
        )


def set_action_joint(db: Database, account_id: int, action_id: int, joint: ActionJoint) -> None:
    with db.session() as s:
        row = s.get(m.Action, action_id)
        if row is None:
            raise NotFoundError(translate("Report", "That item no longer exists."))
        if joint.shared and row.internal:
            raise ValidationError(
                translate("Report", "An internal action cannot be shared with the customer."), field="shared"
            )
        if joint.customer_owner_id is not None:
            _check_owner(s, account_id, joint.customer_owner_id)  # same session: no second writer
        row.shared = joint.shared
        row.customer_owner_id = joint.customer_owner_id
        row.milestone = joint.milestone


def objective_joint(db: Database, objective_id: int | None) -> tuple[bool, str]:
    """(shared, the objective as the customer reads it)."""
    if objective_id is None:
        return False, ""
    with db.reading() as s:
        row = s.get(m.Objective, objective_id)
        return (bool(row.shared), row.customer_wording) if row is not None else (False, "")


def check_objective_joint(shared: bool, wording: str, internal: bool) -> str:
    """The wording, validated; refused before anything is written."""
    text = v.text(
        wording, field="customer_wording", label=translate("Report", "As the customer reads it"), max_len=4000
    )
    if shared and internal:
        raise ValidationError(
            translate("Report", "An internal objective cannot be shared with the customer."), field="shared"
        )
    return text


def set_objective_joint(db: Database, objective_id: int, shared: bool, wording: str) -> None:
    with db.session() as s:
        row = s.get(m.Objective, objective_id)
        if row is None:
            raise NotFoundError(translate("Report", "That item no longer exists."))
        row.customer_wording = check_objective_joint(shared, wording, bool(row.internal))
        row.shared = bool(shared)


def is_shared(db: Database, kind: str, item_id: int) -> bool:
    with db.reading() as s:
        row = s.get(KINDS[kind][0], item_id)
        return bool(row is not None and row.shared)
