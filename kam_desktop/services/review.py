"""Phase 5, Review: KPIs with dated measurements, the suggested health, review records whose
adjustments become actions or objective changes, and the plan's history (a snapshot per review,
compared with the one before).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain import dates, kpi, numbers
from kam_desktop.domain import validation as v
from kam_desktop.domain.enums import ActionStatus, Health, KpiDirection
from kam_desktop.domain.errors import NotFoundError, ValidationError
from kam_desktop.domain.review_diff import (
    ActionSnap,
    Change,
    KpiSnap,
    ObjectiveSnap,
    Snapshot,
    diff,
    parse_snapshot,
)
from kam_desktop.i18n import QT_TRANSLATE_NOOP, field_label, fmt, translate, using_language
from kam_desktop.services import clock
from kam_desktop.services.plan_actions import (
    ActionInput,
    ActionView,
    action_views,
    add_action_in,
    clean_action,
    plan_of,
)
from kam_desktop.services.plans import plan_language
from kam_desktop.store.database import Database
from kam_desktop.store.models import AccountPlan, Action, Kpi, KpiMeasurement, Objective, Review, TeamMember

NUMBER_MAX = 1e15

# --- KPIs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KpiInput:
    name: str
    unit: str = ""
    direction: KpiDirection | str = KpiDirection.HIGHER_IS_BETTER
    baseline: float | int | str | None = None
    target: float | int | str | None = None
    internal: bool = False


@dataclass(frozen=True)
class MeasurementView:
    id: int
    kpi_id: int
    measured_on: dt.date
    value: float
    note: str


@dataclass(frozen=True)
class KpiView:
    id: int
    plan_id: int
    name: str
    unit: str
    direction: KpiDirection
    baseline: float | None
    target: float | None
    internal: bool
    measurements: tuple[MeasurementView, ...]  # oldest first
    assessment: kpi.KpiAssessment

    @property
    def status(self) -> kpi.KpiStatus:
        return self.assessment.status

    @property
    def latest(self) -> float | None:
        return self.assessment.latest


def number(value: object, *, field: str, label: str) -> float | None:
    """An optional finite number; text is read in the user's locale (domain.numbers)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    label = field_label(label)
    if isinstance(value, bool):
        raise ValidationError(fmt(translate("Validation", "%1 must be a number."), label), field=field)
    if isinstance(value, str):
        # Read the user's way (6,5 in Italian, 6.5 in English); ambiguous text is refused.
        value = float(numbers.parse_decimal(value, numbers.current_locale(), field=field, label=label))
    if not isinstance(value, int | float):
        raise ValidationError(fmt(translate("Validation", "%1 must be a number."), label), field=field)
    result = float(value)
    if not math.isfinite(result):
        raise ValidationError(fmt(translate("Validation", "%1 must be a finite number."), label), field=field)
    if abs(result) >= NUMBER_MAX:
        raise ValidationError(fmt(translate("Validation", "%1 is implausibly large."), label), field=field)
    return result


def _expected(plan: AccountPlan) -> float:
    return kpi.expected_percent(plan.period_start, plan.period_end, clock.today())


def _kpi_views(session: Session, plan: AccountPlan, rows: Iterable[Kpi]) -> tuple[KpiView, ...]:
    items = list(rows)
    by_kpi: dict[int, list[MeasurementView]] = {k.id: [] for k in items}
    if items:
        for m in session.scalars(
            select(KpiMeasurement)
            .where(KpiMeasurement.kpi_id.in_(by_kpi))
            .order_by(KpiMeasurement.measured_on, KpiMeasurement.id)
        ):
            by_kpi[m.kpi_id].append(MeasurementView(m.id, m.kpi_id, m.measured_on, m.value, m.note))
    expected = _expected(plan)
    out = []
    for k in items:
        direction = KpiDirection(k.direction)
        ms = tuple(by_kpi[k.id])
        assessment = kpi.assess(
            direction, k.baseline, k.target, [kpi.Measurement(m.measured_on, m.value) for m in ms], expected
        )
        out.append(
            KpiView(
                k.id, k.plan_id, k.name, k.unit, direction, k.baseline, k.target, k.internal, ms, assessment
            )
        )
    return tuple(out)


def _live_kpis(session: Session, plan_id: int) -> list[Kpi]:
    return list(
        session.scalars(select(Kpi).where(Kpi.plan_id == plan_id, Kpi.deleted_at.is_(None)).order_by(Kpi.id))
    )


def list_kpis(db: Database, plan_id: int) -> tuple[KpiView, ...]:
    with db.reading() as session:
        plan = plan_of(session, plan_id)
        return _kpi_views(session, plan, _live_kpis(session, plan_id))


def get_kpi(db: Database, kpi_id: int) -> KpiView:
    with db.reading() as session:
        row = session.get(Kpi, kpi_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That KPI no longer exists."))
        return _kpi_views(session, plan_of(session, row.plan_id), [row])[0]


def _clean_kpi(cmd: KpiInput) -> dict[str, object]:
    direction = v.choice(
        str(cmd.direction),
        KpiDirection.values(),
        field="direction",
        label=QT_TRANSLATE_NOOP("Field", "Direction"),
    )
    baseline = number(cmd.baseline, field="baseline", label=QT_TRANSLATE_NOOP("Field", "Baseline"))
    target = number(cmd.target, field="target", label=QT_TRANSLATE_NOOP("Field", "Target"))
    if baseline is not None and target is not None and baseline != target:
        higher = direction == KpiDirection.HIGHER_IS_BETTER.value
        if higher != (target > baseline):
            raise ValidationError(
                translate("Errors", "For a KPI where higher is better the target must be above the baseline.")
                if higher
                else translate(
                    "Errors", "For a KPI where lower is better the target must be below the baseline."
                ),
                field="target",
            )
    return {
        "name": v.name(cmd.name, field="name", label=QT_TRANSLATE_NOOP("Field", "KPI name")),
        "unit": v.optional_name(cmd.unit, field="unit", label=QT_TRANSLATE_NOOP("Field", "Unit"), max_len=50),
        "direction": direction,
        "baseline": baseline,
        "target": target,
        "internal": bool(cmd.internal),
    }


def save_kpi(db: Database, plan_id: int, cmd: KpiInput, kpi_id: int | None = None) -> KpiView:
    values = _clean_kpi(cmd)
    with db.session() as session:
        plan = plan_of(session, plan_id)
        if kpi_id is None:
            row = Kpi(plan_id=plan_id, **values)
            session.add(row)
        else:
            found = session.get(Kpi, kpi_id)
            if found is None or found.plan_id != plan_id or found.deleted_at is not None:
                raise NotFoundError(translate("Errors", "That KPI no longer exists."))
            row = found
            for key, value in values.items():
                setattr(row, key, value)
        session.flush()
        return _kpi_views(session, plan, [row])[0]


def delete_kpi(db: Database, kpi_id: int) -> None:
    with db.session() as session:
        row = session.get(Kpi, kpi_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That KPI no longer exists."))
        row.deleted_at = clock.utcnow()


def restore_kpi(db: Database, kpi_id: int) -> None:
    with db.session() as session:
        row = session.get(Kpi, kpi_id)
        if row is None:
            raise NotFoundError(translate("Errors", "That KPI was permanently deleted."))
        row.deleted_at = None


def add_starting_kpis(db: Database, plan_id: int, names: Iterable[str] | None = None) -> tuple[KpiView, ...]:
    """Add the method's benchmark outcomes (revenue growth, profit growth, customer satisfaction)
    as KPIs; ones the plan already has (same name) are skipped."""
    wanted = {n.casefold() for n in names} if names is not None else None
    with db.session() as session:
        plan = plan_of(session, plan_id)
        have = {k.name.casefold() for k in _live_kpis(session, plan_id)}
        added = []
        with using_language(plan_language(plan)):  # written into the plan: in its language
            starters = [(s, s.name, s.unit) for s in kpi.STARTING_KPIS]
        for start, name, unit in starters:
            key = name.casefold()
            if key in have or (
                wanted is not None and key not in wanted and start.name.casefold() not in wanted
            ):
                continue
            row = Kpi(
                plan_id=plan_id,
                name=name,
                unit=unit,
                direction=start.direction.value,
                baseline=start.baseline,
                target=start.target,
                internal=start.ours,  # our growth figures never reach the customer
            )
            session.add(row)
            added.append(row)
        session.flush()
        return _kpi_views(session, plan, added)


def add_measurement(
    db: Database, kpi_id: int, measured_on: dt.date | str, value: float | int | str, note: str = ""
) -> MeasurementView:
    clean_on = v.date(measured_on, field="measured_on", label=QT_TRANSLATE_NOOP("Field", "Date"))
    clean_value = number(value, field="value", label=QT_TRANSLATE_NOOP("Field", "Value"))
    if clean_value is None:
        raise ValidationError(translate("Errors", "Value cannot be empty."), field="value")
    clean_note = v.text(note, field="note", label=QT_TRANSLATE_NOOP("Field", "Note"), max_len=5000)
    with db.session() as session:
        row = session.get(Kpi, kpi_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(translate("Errors", "That KPI no longer exists."))
        plan_of(session, row.plan_id)
        m = KpiMeasurement(kpi_id=kpi_id, measured_on=clean_on, value=clean_value, note=clean_note)
        session.add(m)
        session.flush()
        return MeasurementView(m.id, kpi_id, m.measured_on, m.value, m.note)


def delete_measurement(db: Database, measurement_id: int) -> MeasurementView:
    """Remove a measurement; the returned view lets the caller offer undo (add it back)."""
    with db.session() as session:
        m = session.get(KpiMeasurement, measurement_id)
        if m is None:
            raise NotFoundError(translate("Errors", "That measurement no longer exists."))
        view = MeasurementView(m.id, m.kpi_id, m.measured_on, m.value, m.note)
        session.delete(m)
        return view


# --- health, snapshots and reviews --------------------------------------------------------


def suggest_health(db: Database, plan_id: int) -> kpi.HealthSuggestion:
    """What the KPIs and the overdue actions suggest; the user decides."""
    with db.reading() as session:
        plan = plan_of(session, plan_id)
        kpis = _kpi_views(session, plan, _live_kpis(session, plan_id))
        today = clock.today()
        open_rows = [
            a
            for a in session.scalars(
                select(Action).where(Action.plan_id == plan_id, Action.deleted_at.is_(None))
            )
            if ActionStatus(a.status).is_open
        ]
        overdue = sum(1 for a in open_rows if dates.is_overdue(a.due_date, ActionStatus(a.status), today))
        return kpi.suggest_health([k.status for k in kpis], len(open_rows), overdue)


def snapshot_in(
    session: Session, plan: AccountPlan, health: str = "", taken_on: dt.date | None = None
) -> Snapshot:
    team = dict(session.execute(select(TeamMember.id, TeamMember.name)).all())
    objectives = session.scalars(
        select(Objective)
        .where(Objective.plan_id == plan.id, Objective.deleted_at.is_(None))
        .order_by(Objective.id)
    )
    actions = session.scalars(
        select(Action).where(Action.plan_id == plan.id, Action.deleted_at.is_(None)).order_by(Action.id)
    )
    kpis = _kpi_views(session, plan, _live_kpis(session, plan.id))
    return Snapshot(
        taken_on=taken_on or clock.today(),
        health=health,
        objectives=tuple(
            ObjectiveSnap(
                o.id,
                o.description,
                o.growth_focus,
                o.measurable_target,
                o.due_date.isoformat() if o.due_date else None,
            )
            for o in objectives
        ),
        actions=tuple(
            ActionSnap(
                a.id,
                a.title,
                a.status,
                team.get(a.owner_id or 0, ""),
                a.due_date.isoformat() if a.due_date else None,
            )
            for a in actions
        ),
        kpis=tuple(KpiSnap(k.id, k.name, k.unit, k.target, k.latest, k.status.value) for k in kpis),
    )


@dataclass(frozen=True)
class AdjustmentInput:
    """An adjustment decided in a review: a new action, or a change to an objective."""

    kind: str  # "action" | "objective"
    text: str = ""  # the action's title, or a note on the objective change
    owner_id: int | None = None
    due_date: dt.date | str | None = None
    objective_id: int | None = None  # the action's objective, or the objective to change
    new_target: str | None = None  # objective change: new measurable target (None = unchanged)
    new_due_date: dt.date | str | None = None  # objective change: new due date (None = unchanged)


@dataclass(frozen=True)
class ReviewInput:
    held_on: dt.date | str
    health: Health | str
    findings: str = ""
    adjustments: tuple[AdjustmentInput, ...] = ()
    notes: str = ""  # further adjustments in words (kept in the record, no action)


@dataclass(frozen=True)
class ReviewView:
    id: int
    plan_id: int
    held_on: dt.date
    health: Health
    findings: str
    adjustments: str
    actions: tuple[ActionView, ...]  # actions this review created
    snapshot: Snapshot | None
    previous_on: dt.date | None
    changes: tuple[Change, ...]  # since the previous review (empty when either has no snapshot)
    comparable: bool  # both this and the previous review have snapshots


def _review_views(session: Session, plan_id: int) -> tuple[ReviewView, ...]:
    rows = list(
        session.scalars(select(Review).where(Review.plan_id == plan_id).order_by(Review.held_on, Review.id))
    )
    actions_by_review: dict[int, list[Action]] = {}
    if rows:
        for a in session.scalars(
            select(Action)
            .where(Action.review_id.in_([r.id for r in rows]), Action.deleted_at.is_(None))
            .order_by(Action.id)
        ):
            actions_by_review.setdefault(a.review_id or 0, []).append(a)
    out = []
    previous: Review | None = None
    for r in rows:
        snap = parse_snapshot(r.snapshot_json)
        prev_snap = parse_snapshot(previous.snapshot_json) if previous else None
        comparable = snap is not None and (previous is None or prev_snap is not None)
        changes = diff(prev_snap, snap) if snap is not None and comparable and previous is not None else ()
        out.append(
            ReviewView(
                r.id,
                r.plan_id,
                r.held_on,
                Health(r.health),
                r.findings,
                r.adjustments,
                action_views(session, actions_by_review.get(r.id, [])),
                snap,
                previous.held_on if previous else None,
                changes,
                comparable,
            )
        )
        previous = r
    return tuple(reversed(out))


def list_reviews(db: Database, plan_id: int) -> tuple[ReviewView, ...]:
    """The plan's reviews, newest first, each with what changed since the one before."""
    with db.reading() as session:
        plan_of(session, plan_id)
        return _review_views(session, plan_id)


def _describe_objective_change(
    o: Objective, target: str | None, due: dt.date | None, note: str, locale: str
) -> str:
    """One line of a review's adjustments, in the plan's language (the caller's)."""
    parts = []
    if target is not None and target != o.measurable_target:
        parts.append(
            fmt(translate("Review", "target “%1” → “%2”"), o.measurable_target or "—", target or "—")
        )
    if due is not None and due != o.due_date:
        before = numbers.format_date(o.due_date, locale) if o.due_date else "—"
        parts.append(fmt(translate("Review", "due %1 → %2"), before, numbers.format_date(due, locale)))
    what = "; ".join(parts) if parts else translate("Review", "reviewed, unchanged")
    text = fmt(translate("Review", "Objective “%1”: %2"), o.description, what)
    return text + (f" ({note.strip()})" if note.strip() else "")


def record_review(db: Database, plan_id: int, cmd: ReviewInput) -> ReviewView:
    """Record a review: adjustments become actions (linked to the review) or objective changes;
    a snapshot of the plan after the adjustments is stored for the next review's diff."""
    held_on = v.date(cmd.held_on, field="held_on", label=QT_TRANSLATE_NOOP("Field", "Review date"))
    health = v.choice(
        str(cmd.health), Health.values(), field="health", label=QT_TRANSLATE_NOOP("Field", "Health")
    )
    findings = v.text(
        cmd.findings, field="findings", label=QT_TRANSLATE_NOOP("Field", "Findings"), max_len=50_000
    )
    notes = v.text(
        cmd.notes, field="adjustments", label=QT_TRANSLATE_NOOP("Field", "Adjustments"), max_len=50_000
    )
    for adj in cmd.adjustments:
        if adj.kind not in ("action", "objective"):
            raise ValidationError(
                translate("Errors", "An adjustment is either a new action or a change to an objective."),
                field="adjustments",
            )
    with db.session() as session:
        plan = plan_of(session, plan_id)
        lines: list[str] = []
        pending_actions: list[ActionInput] = []
        objective_changes: list[tuple[Objective, str | None, dt.date | None, str]] = []
        for adj in cmd.adjustments:
            if adj.kind == "action":
                action = ActionInput(
                    title=adj.text,
                    owner_id=adj.owner_id,
                    due_date=adj.due_date,
                    objective_id=adj.objective_id,
                )
                clean_action(session, plan, action)  # validates before anything is written
                pending_actions.append(action)
            else:
                found = session.get(Objective, adj.objective_id) if adj.objective_id is not None else None
                if found is None or found.plan_id != plan_id or found.deleted_at is not None:
                    raise ValidationError(
                        translate("Errors", "Choose the objective to change."), field="adjustments"
                    )
                target = (
                    None
                    if adj.new_target is None
                    else v.text(
                        adj.new_target,
                        field="adjustments",
                        label=QT_TRANSLATE_NOOP("Field", "New target"),
                        max_len=5000,
                    )
                )
                due = v.optional_date(
                    adj.new_due_date, field="adjustments", label=QT_TRANSLATE_NOOP("Field", "New due date")
                )
                note = v.text(
                    adj.text,
                    field="adjustments",
                    label=QT_TRANSLATE_NOOP("Field", "Adjustment"),
                    max_len=5000,
                )
                objective_changes.append((found, target, due, note))
        review = Review(
            plan_id=plan_id,
            held_on=held_on,
            health=health,
            findings=findings,
            adjustments="",
            snapshot_json="{}",
        )
        session.add(review)
        session.flush()
        language = plan_language(plan)  # the adjustments are written into the plan, in its language
        locale = numbers.locale_for_language(language)
        for action in pending_actions:
            row = add_action_in(session, plan, replace(action, review_id=review.id))
            owner = session.get(TeamMember, row.owner_id) if row.owner_id else None
            with using_language(language):
                due_text = (
                    fmt(translate("Review", "due %1"), numbers.format_date(row.due_date, locale))
                    if row.due_date
                    else ""
                )
                extra = ", ".join(x for x in (owner.name if owner else "", due_text) if x)
                lines.append(
                    fmt(translate("Review", "New action: %1"), row.title) + (f" ({extra})" if extra else "")
                )
        for objective, target, due, note in objective_changes:
            with using_language(language):
                lines.append(_describe_objective_change(objective, target, due, note, locale))
            if target is not None:
                objective.measurable_target = target
            if due is not None:
                objective.due_date = due
        if notes.strip():
            lines.append(notes.strip())
        review.adjustments = "\n".join(lines)
        session.flush()
        review.snapshot_json = snapshot_in(session, plan, health, held_on).to_json()
        session.flush()
        return next(r for r in _review_views(session, plan_id) if r.id == review.id)


@dataclass(frozen=True)
class SinceLastReview:
    last_review_on: dt.date | None
    comparable: bool  # the last review has a snapshot to compare with
    changes: tuple[Change, ...]


def changes_since_last_review(db: Database, plan_id: int) -> SinceLastReview:
    """What changed in the plan between the last review and now."""
    with db.session() as session:
        plan = plan_of(session, plan_id)
        last = session.scalar(
            select(Review)
            .where(Review.plan_id == plan_id)
            .order_by(Review.held_on.desc(), Review.id.desc())
            .limit(1)
        )
        now = snapshot_in(session, plan)
        if last is None:
            return SinceLastReview(None, False, ())
        before = parse_snapshot(last.snapshot_json)
        if before is None:
            return SinceLastReview(last.held_on, False, ())
        return SinceLastReview(
            last.held_on, True, tuple(c for c in diff(before, now) if c.section != "health")
        )
