"""Plan snapshots taken at each review, and a readable diff between two of them. No Qt, no SQL.

A snapshot is stored as JSON in ``Review.snapshot_json``::

    {"version": 1, "taken_on": "2026-03-31", "health": "at_risk",
     "objectives": [{"id": 3, "description": "...", "growth_focus": "expansion",
                     "measurable_target": "...", "due_date": "2026-09-30" | null}],
     "actions":    [{"id": 9, "title": "...", "status": "planned", "owner": "Ann",
                     "due_date": "2026-04-15" | null}],
     "kpis":       [{"id": 2, "name": "...", "unit": "%", "target": 20.0 | null,
                     "latest": 12.5 | null, "status": "on_track"}]}

Records are matched by id, so a renamed objective reads as "changed", not removed and added.
Anything unreadable (an old "{}", damaged JSON) parses as ``None``: "no snapshot".
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any

from kam_desktop.domain.enums import ActionStatus, GrowthFocus, Health
from kam_desktop.domain.kpi import KpiStatus
from kam_desktop.domain.numbers import current_locale, format_date, format_decimal
from kam_desktop.i18n import QT_TRANSLATE_NOOP, Context, fmt, translate

VERSION = 1
ReviewDiff = Context("ReviewDiff")  # plural forms: lupdate takes the name before .tr as the context


@dataclass(frozen=True)
class ObjectiveSnap:
    id: int
    description: str
    growth_focus: str
    measurable_target: str = ""
    due_date: str | None = None


@dataclass(frozen=True)
class ActionSnap:
    id: int
    title: str
    status: str
    owner: str = ""
    due_date: str | None = None


@dataclass(frozen=True)
class KpiSnap:
    id: int
    name: str
    unit: str = ""
    target: float | None = None
    latest: float | None = None
    status: str = ""


@dataclass(frozen=True)
class Snapshot:
    taken_on: dt.date
    health: str = ""
    objectives: tuple[ObjectiveSnap, ...] = ()
    actions: tuple[ActionSnap, ...] = ()
    kpis: tuple[KpiSnap, ...] = ()

    def to_json(self) -> str:
        data = {
            "version": VERSION,
            "taken_on": self.taken_on.isoformat(),
            "health": self.health,
            "objectives": [asdict(o) for o in self.objectives],
            "actions": [asdict(a) for a in self.actions],
            "kpis": [asdict(k) for k in self.kpis],
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _items(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    raw = data.get(key)
    if not isinstance(raw, list):
        return []
    return [
        item
        for item in raw
        if isinstance(item, dict) and isinstance(item.get("id"), int) and not isinstance(item.get("id"), bool)
    ]


def parse_snapshot(text: str | None) -> Snapshot | None:
    """The snapshot in ``text``, or None when there is none (``{}``) or it cannot be read."""
    if not text:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return None
    try:
        taken_on = dt.date.fromisoformat(_str(data.get("taken_on")))
    except ValueError:
        return None
    return Snapshot(
        taken_on=taken_on,
        health=_str(data.get("health")),
        objectives=tuple(
            ObjectiveSnap(
                o["id"],
                _str(o.get("description")),
                _str(o.get("growth_focus")),
                _str(o.get("measurable_target")),
                _opt_str(o.get("due_date")),
            )
            for o in _items(data, "objectives")
        ),
        actions=tuple(
            ActionSnap(
                a["id"],
                _str(a.get("title")),
                _str(a.get("status")),
                _str(a.get("owner")),
                _opt_str(a.get("due_date")),
            )
            for a in _items(data, "actions")
        ),
        kpis=tuple(
            KpiSnap(
                k["id"],
                _str(k.get("name")),
                _str(k.get("unit")),
                _num(k.get("target")),
                _num(k.get("latest")),
                _str(k.get("status")),
            )
            for k in _items(data, "kpis")
        ),
    )


@dataclass(frozen=True)
class Change:
    section: str  # objectives | actions | kpis | health
    kind: str  # added | removed | changed
    subject: str  # the record's name as the user knows it
    details: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The change as one line of a change log, in the user's language."""
        if self.section == "health":
            if not self.details:
                return translate("ReviewDiff", "Health changed")
            return fmt(translate("ReviewDiff", "Health: %1"), self.details[0])
        key = (self.section, self.kind)
        if key in _ADDED_REMOVED:
            return fmt(translate("ReviewDiff", _ADDED_REMOVED[key]), self.subject)
        changed = _CHANGED[self.section]
        return fmt(translate("ReviewDiff", changed), self.subject, "; ".join(self.details))


_ADDED_REMOVED = {
    ("objectives", "added"): QT_TRANSLATE_NOOP("ReviewDiff", "Objective added: “%1”"),
    ("objectives", "removed"): QT_TRANSLATE_NOOP("ReviewDiff", "Objective removed: “%1”"),
    ("actions", "added"): QT_TRANSLATE_NOOP("ReviewDiff", "Action added: “%1”"),
    ("actions", "removed"): QT_TRANSLATE_NOOP("ReviewDiff", "Action removed: “%1”"),
    ("kpis", "added"): QT_TRANSLATE_NOOP("ReviewDiff", "KPI added: “%1”"),
    ("kpis", "removed"): QT_TRANSLATE_NOOP("ReviewDiff", "KPI removed: “%1”"),
}
_CHANGED = {
    "objectives": QT_TRANSLATE_NOOP("ReviewDiff", "Objective “%1”: %2"),
    "actions": QT_TRANSLATE_NOOP("ReviewDiff", "Action “%1”: %2"),
    "kpis": QT_TRANSLATE_NOOP("ReviewDiff", "KPI “%1”: %2"),
}


def _label(kind: type[Enum], value: str) -> str:
    """A stored value as the interface names it ('in_progress' -> 'In progress' / 'In corso');
    a value this version does not know, in plain words."""
    if not value:
        return "—"
    try:
        label = str(kind(value).label)  # type: ignore[attr-defined]
    except ValueError:
        return value.replace("_", " ")
    return label[:1].lower() + label[1:]  # inside a sentence: 'status planned → in progress'


def _date(value: str | None) -> str:
    """An ISO date of a snapshot as the user's locale writes it: 'Jun 30, 2027' / '30 giu 2027'."""
    if not value:
        return "—"
    try:
        return format_date(dt.date.fromisoformat(value), current_locale())
    except ValueError:
        return value


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = format_decimal(round(value, 2), current_locale())
    return f"{text} {unit}".strip()


def _field(label: str, old: Any, new: Any, render: Any) -> str | None:
    """'<label> <old> → <new>' (``label`` already translated), or None when unchanged."""
    if old == new:
        return None
    return fmt(translate("ReviewDiff", "%1 %2 → %3"), label, render(old), render(new))


def _was(old: str, new: str) -> str | None:
    return None if old == new else fmt(translate("ReviewDiff", "was “%1”"), old)


def _quoted(value: str | None) -> str:
    return f"“{value}”" if value else "—"


def _section(
    section: str, old: tuple[Any, ...], new: tuple[Any, ...], name_of: Any, fields: Any
) -> list[Change]:
    out: list[Change] = []
    before = {item.id: item for item in old}
    after = {item.id: item for item in new}
    for item in new:
        if item.id not in before:
            out.append(Change(section, "added", name_of(item)))
            continue
        details = [d for d in fields(before[item.id], item) if d]
        if details:
            out.append(Change(section, "changed", name_of(item), tuple(details)))
    for item in old:
        if item.id not in after:
            out.append(Change(section, "removed", name_of(item)))
    return out


def diff(old: Snapshot | None, new: Snapshot) -> tuple[Change, ...]:
    """What changed from ``old`` to ``new`` (everything is 'added' when there is no ``old``)."""
    base = old or Snapshot(taken_on=new.taken_on)
    changes: list[Change] = []
    if old is not None and old.health and new.health and old.health != new.health:
        health = fmt(
            translate("ReviewDiff", "%1 → %2"), _label(Health, old.health), _label(Health, new.health)
        )
        changes.append(Change("health", "changed", "", (health,)))
    topic, target, due = (
        translate("ReviewDiff", "topic"),
        translate("ReviewDiff", "target"),
        translate("ReviewDiff", "due"),
    )
    status, owner = translate("ReviewDiff", "status"), translate("ReviewDiff", "owner")
    latest = translate("ReviewDiff", "latest")
    changes += _section(
        "objectives",
        base.objectives,
        new.objectives,
        lambda o: o.description,
        lambda a, b: [
            _was(a.description, b.description),
            _field(topic, a.growth_focus, b.growth_focus, lambda x: _label(GrowthFocus, x)),
            _field(target, a.measurable_target, b.measurable_target, _quoted),
            _field(due, a.due_date, b.due_date, _date),
        ],
    )
    changes += _section(
        "actions",
        base.actions,
        new.actions,
        lambda a: a.title,
        lambda a, b: [
            _was(a.title, b.title),
            _field(status, a.status, b.status, lambda x: _label(ActionStatus, x)),
            _field(owner, a.owner, b.owner, lambda x: x or "—"),
            _field(due, a.due_date, b.due_date, _date),
        ],
    )
    changes += _section(
        "kpis",
        base.kpis,
        new.kpis,
        lambda k: k.name,
        lambda a, b: [
            _was(a.name, b.name),
            _field(target, a.target, b.target, lambda x: _fmt(x, b.unit)),
            _field(latest, a.latest, b.latest, lambda x: _fmt(x, b.unit)),
            _field(status, a.status, b.status, lambda x: _label(KpiStatus, x)),
        ],
    )
    return tuple(changes)


def summary(changes: tuple[Change, ...]) -> str:
    """One line: 'Changed: 2 objectives, 5 actions, 1 KPI.' or 'No changes.' (user's language)."""
    if not changes:
        return translate("ReviewDiff", "No changes.")
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.section] = counts.get(change.section, 0) + 1
    parts = []
    for section, n in counts.items():
        if section == "objectives":
            parts.append(ReviewDiff.tr("%n objective(s)", "", n))
        elif section == "actions":
            parts.append(ReviewDiff.tr("%n action(s)", "", n))
        elif section == "kpis":
            parts.append(ReviewDiff.tr("%n KPI(s)", "", n))
        else:
            parts.append(translate("ReviewDiff", "health"))
    return fmt(translate("ReviewDiff", "Changed: %1."), ", ".join(parts))
