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
from typing import Any

VERSION = 1


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
        noun = {"objectives": "Objective", "actions": "Action", "kpis": "KPI", "health": "Health"}[
            self.section
        ]
        if self.section == "health":
            return f"Health: {self.details[0]}" if self.details else "Health changed"
        if self.kind == "added":
            return f"{noun} added: “{self.subject}”"
        if self.kind == "removed":
            return f"{noun} removed: “{self.subject}”"
        return f"{noun} “{self.subject}”: " + "; ".join(self.details)


def _words(value: str) -> str:
    return value.replace("_", " ") if value else "—"


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip()


def _field(label: str, old: Any, new: Any, render: Any = None) -> str | None:
    if old == new:
        return None
    show = render or (lambda x: _words(x) if isinstance(x, str) else ("—" if x is None else str(x)))
    return f"{label} {show(old)} → {show(new)}"


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
        changes.append(Change("health", "changed", "", (f"{_words(old.health)} → {_words(new.health)}",)))
    changes += _section(
        "objectives",
        base.objectives,
        new.objectives,
        lambda o: o.description,
        lambda a, b: [
            (f"was “{a.description}”" if a.description != b.description else None),
            _field("topic", a.growth_focus, b.growth_focus),
            _field("target", a.measurable_target, b.measurable_target, lambda x: f"“{x}”" if x else "—"),
            _field("due", a.due_date, b.due_date),
        ],
    )
    changes += _section(
        "actions",
        base.actions,
        new.actions,
        lambda a: a.title,
        lambda a, b: [
            (f"was “{a.title}”" if a.title != b.title else None),
            _field("status", a.status, b.status),
            _field("owner", a.owner, b.owner),
            _field("due", a.due_date, b.due_date),
        ],
    )
    changes += _section(
        "kpis",
        base.kpis,
        new.kpis,
        lambda k: k.name,
        lambda a, b: [
            (f"was “{a.name}”" if a.name != b.name else None),
            _field("target", a.target, b.target, lambda x: _fmt(x, b.unit)),
            _field("latest", a.latest, b.latest, lambda x: _fmt(x, b.unit)),
            _field("status", a.status, b.status),
        ],
    )
    return tuple(changes)


def summary(changes: tuple[Change, ...]) -> str:
    """One line: '2 objectives, 5 actions, 1 KPI changed' or 'No changes'."""
    if not changes:
        return "No changes."
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.section] = counts.get(change.section, 0) + 1
    names = {
        "objectives": ("objective", "objectives"),
        "actions": ("action", "actions"),
        "kpis": ("KPI", "KPIs"),
        "health": ("health", "health"),
    }
    parts = [f"{n} {names[s][0] if n == 1 else names[s][1]}" for s, n in counts.items()]
    return "Changed: " + ", ".join(parts) + "."
