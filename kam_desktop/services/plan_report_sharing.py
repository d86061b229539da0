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
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.i18n import fmt as fill
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
MIXED_SECTIONS = ("priorities", "value")  # sections that hold more than one kind of item
SIDE_LABELS = {
    "ours": QT_TRANSLATE_NOOP("Report", "Ours"),
    "yours": QT_TRANSLATE_NOOP("Report", "Theirs"),
    "joint": QT_TRANSLATE_NOOP("Report", "Both of us"),
}
MEETING_KINDS = {
    "meeting": QT_TRANSLATE_NOOP("Report", "Meeting"),
    "call": QT_TRANSLATE_NOOP("Report", "Call"),
    "email": QT_TRANSLATE_NOOP("Report", "Email"),
    "workshop": QT_TRANSLATE_NOOP("Report", "Workshop"),
    "business_review": QT_TRANSLATE_NOOP("Report", "Business review"),
}


@dataclass(frozen=True)
class ShareItem:
    kind: str
    id: int
    section: str
    label: str  # what the customer would read (empty: nothing to print yet)
    shared: bool
    can_share: bool  # False for items marked internal (our figures, internal objectives...)
    note: str = ""  # why it will not print, or what to fix before it does
    ours: str = ""  # our own name for it (objective description, review date), shown only in the app
    context: str = ""  # what tells two same-named items apart: date, owner, unit, place
    past_due: bool = False  # an open action whose due date has passed
    due_date: dt.date | None = None  # an action's due date (to re-date it from the share list)
    flag: str = ""  # why the note: internal, no_wording, our_figure, past_meeting, past_due

    @property
    def kind_label(self) -> str:
        return translate("Report", KIND_LABELS[self.kind])

    @property
    def details(self) -> str:
        """What sets this item apart: 'due 24 Dec 2026 · Paula Ortega', 'KPI · NPS' (the kind is
        named where a section holds more than one kind)."""
        kind = self.kind_label if self.section in MIXED_SECTIONS else ""
        return " · ".join(x for x in (kind, self.context) if x) or self.kind_label

    @property
    def warns(self) -> bool:
        """Shared, and the customer would read something wrong: a missed date."""
        return self.shared and self.past_due


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


OPEN_STATUSES = ("planned", "in_progress", "blocked")


def _contexts(s: Session, account_id: int, plan_id: int | None) -> dict[tuple[str, int], tuple[str, Any]]:
    """(kind, id) -> (distinguishing context, an action's due date) for the share list."""
    from kam_desktop.report import formatting as f

    out: dict[tuple[str, int], tuple[str, Any]] = {}
    members = dict(s.execute(select(m.TeamMember.id, m.TeamMember.name)).all())
    people = dict(
        s.execute(
            select(m.Stakeholder.id, m.Stakeholder.name).where(m.Stakeholder.account_id == account_id)
        ).all()
    )
    centres = dict(
        s.execute(
            select(m.BuyingCentre.id, m.BuyingCentre.name).where(m.BuyingCentre.account_id == account_id)
        ).all()
    )

    def join(*parts: str) -> str:
        return " · ".join(" ".join(p.split()) for p in parts if p and p.strip())

    for r1 in s.execute(select(m.Need.id, m.Need.buying_centre_id).where(m.Need.account_id == account_id)):
        out["need", r1.id] = (centres.get(r1.buying_centre_id, ""), None)
    for r2 in s.execute(
        select(m.Interaction.id, m.Interaction.on_date, m.Interaction.kind).where(
            m.Interaction.account_id == account_id
        )
    ):
        kind = translate("Report", MEETING_KINDS.get(r2.kind, "")) if r2.kind in MEETING_KINDS else ""
        out["interaction", r2.id] = (join(f.date(r2.on_date, short=True), kind), None)
    if plan_id is None:
        return out
    due = translate("Report", "due %1")
    by = translate("Report", "by %1")
    held = translate("Report", "held %1")
    for r3 in s.execute(
        select(m.Action.id, m.Action.due_date, m.Action.owner_id, m.Action.customer_owner_id).where(
            m.Action.plan_id == plan_id
        )
    ):
        when = fill(due, f.date(r3.due_date, short=True)) if r3.due_date else ""
        out["action", r3.id] = (
            join(when, members.get(r3.owner_id, ""), people.get(r3.customer_owner_id, "")),
            r3.due_date,
        )
    for r4 in s.execute(select(m.Objective.id, m.Objective.due_date).where(m.Objective.plan_id == plan_id)):
        out["objective", r4.id] = (fill(by, f.date(r4.due_date, short=True)) if r4.due_date else "", None)
    for r5 in s.execute(select(m.Review.id, m.Review.held_on).where(m.Review.plan_id == plan_id)):
        out["review", r5.id] = (fill(held, f.date(r5.held_on, short=True)), None)
    for r6 in s.execute(select(m.Kpi.id, m.Kpi.unit).where(m.Kpi.plan_id == plan_id)):
        out["kpi", r6.id] = (join(r6.unit), None)
    sides = {k: translate("Report", v) for k, v in SIDE_LABELS.items()}
    for r7 in s.execute(select(m.PlanRisk.id, m.PlanRisk.owner_side).where(m.PlanRisk.plan_id == plan_id)):
        out["risk", r7.id] = (sides.get(r7.owner_side, ""), None)
    for r8 in s.execute(
        select(m.ValueProposition.id, m.ValueProposition.problem).where(m.ValueProposition.plan_id == plan_id)
    ):
        out["value_proposition", r8.id] = (_clip(r8.problem, 40), None)
    return out


def _clip(text: str, limit: int) -> str:
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def share_items(db: Database, account_id: int) -> tuple[ShareItem, ...]:
    """Every item that could go into the joint plan, shared or not, in section order, each with
    what tells it apart from a same-named one, and a warning where the customer would read a
    missed date (an open action past due)."""
    from kam_desktop.report import formatting as f

    today = clock.today()
    with db.session() as s:
        plan_id = current_plan_id(s, account_id)
        contexts = _contexts(s, account_id, plan_id)
        open_actions: set[int] = set()
        if plan_id is not None:
            open_actions = set(
                s.scalars(
                    select(m.Action.id).where(m.Action.plan_id == plan_id, m.Action.status.in_(OPEN_STATUSES))
                )
            )
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
                context, due = contexts.get((kind, row.id), ("", None))
                past_due = kind == "action" and row.id in open_actions and due is not None and due < today
                note = flag = ""
                ours = getattr(row, "ours", None)
                if is_internal:
                    note, flag = translate("Report", "Marked internal: never shared"), "internal"
                elif not label.strip():
                    note, flag = translate("Report", "No customer wording yet: not printed"), "no_wording"
                elif kind == "kpi" and is_our_figure(label):
                    note, flag = translate("Report", "Our own commercial figure: never printed"), "our_figure"
                elif kind == "interaction" and ours is not None and ours < today:
                    note = translate("Report", "Past meeting: only upcoming meetings are printed")
                    flag = "past_meeting"
                elif past_due:
                    flag = "past_due"
                    note = fill(
                        translate(
                            "Report",
                            "Past due since %1: the customer would read a missed date. "
                            "Change the due date or unshare it before you export.",
                        ),
                        f.date(due, short=True),
                    )
                shared = bool(row.shared) and not is_internal
                out.append(
                    ShareItem(
                        kind,
                        row.id,
                        section,
                        label,
                        shared,
                        not is_internal,
                        note,
                        str(ours or ""),
                        context,
                        past_due,
                        due,
                        flag,
                    )
                )
        return tuple(out)


def past_due_shared(items: tuple[ShareItem, ...]) -> tuple[ShareItem, ...]:
    """The shared actions the customer would read as missed (the share list's warning)."""
    return tuple(i for i in items if i.warns)


def redate_action(db: Database, action_id: int, due: dt.date | str) -> None:
    """A new due date for an action (from the share list's past-due warning): today or later."""
    when = v.date(due, field="due_date", label=translate("Report", "Due date"))
    if when < clock.today():
        raise ValidationError(
            translate("Report", "Choose a due date from today on: the customer reads it as a promise."),
            field="due_date",
        )
    with db.session() as s:
        row = s.get(m.Action, action_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Report", "That item no longer exists."))
        row.due_date = when


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
        raise ValidationError(fmt(translate("Errors", "%1 has no customer wording"), kind), field="kind")
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
    clean = {
        "executive_summary": v.text(
            fields.executive_summary,
            field="executive_summary",
            label=translate("Report", "Executive summary"),
            max_len=20000,
        ),
        "joint_ambition": v.text(
            fields.joint_ambition,
            field="joint_ambition",
            label=translate("Report", "Our joint ambition"),
            max_len=4000,
        ),
        "next_steps": v.text(
            fields.next_steps, field="next_steps", label=translate("Report", "Next steps"), max_len=20000
        ),
        "meeting_cadence": v.text(
            fields.meeting_cadence,
            field="meeting_cadence",
            label=translate("Report", "How often we meet"),
            max_len=200,
        ),
        "escalation_path": v.text(
            fields.escalation_path,
            field="escalation_path",
            label=translate("Report", "Escalation path"),
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


def review_share(db: Database, review_id: int) -> tuple[bool, str]:
    """(shared, the review's summary for the customer)."""
    with db.reading() as s:
        row = s.get(m.Review, review_id)
        return (bool(row.shared), row.customer_summary) if row is not None else (False, "")


def save_review_share(db: Database, review_id: int, summary: str, shared: bool) -> None:
    """The review's summary for the customer and whether it is shared, in one go: a review is
    shared only with a summary written for the customer (its findings never go)."""
    text = v.text(
        summary, field="customer_summary", label=translate("Report", "Summary for the customer"), max_len=4000
    )
    if shared and not text.strip():
        raise ValidationError(
            translate("Report", "Write the summary for the customer before you share the review."),
            field="customer_summary",
        )
    with db.session() as s:
        row = s.get(m.Review, review_id)
        if row is None:
            raise NotFoundError(translate("Report", "That item no longer exists."))
        row.customer_summary = text
        row.shared = bool(shared)
