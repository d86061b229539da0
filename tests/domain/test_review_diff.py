"""Snapshots and the readable diff between two reviews."""

from __future__ import annotations

import datetime as dt

from kam_desktop.domain.review_diff import (
    ActionSnap,
    KpiSnap,
    ObjectiveSnap,
    Snapshot,
    diff,
    parse_snapshot,
    summary,
)

OLD = Snapshot(
    taken_on=dt.date(2026, 3, 31),
    health="at_risk",
    objectives=(
        ObjectiveSnap(1, "Open Operations", "penetration", "First order by Q3", "2026-09-30"),
        ObjectiveSnap(2, "Keep Brightline out", "protection", "Renewal signed", None),
    ),
    actions=(
        ActionSnap(10, "Run discovery workshop", "planned", "Ann", "2026-04-15"),
        ActionSnap(11, "Send case study", "in_progress", "Bo", None),
    ),
    kpis=(KpiSnap(100, "Revenue growth", "%", 20.0, 8.0, "behind"),),
)
NEW = Snapshot(
    taken_on=dt.date(2026, 6, 30),
    health="on_track",
    objectives=(
        ObjectiveSnap(1, "Open Operations", "penetration", "First order by Q4", "2026-12-31"),
        ObjectiveSnap(3, "Sell energy monitoring", "expansion", "", None),
    ),
    actions=(
        ActionSnap(10, "Run discovery workshop", "done", "Ann", "2026-04-15"),
        ActionSnap(11, "Send case study", "in_progress", "Bo", None),
        ActionSnap(12, "Procurement workshop", "planned", "Ann", "2026-07-10"),
    ),
    kpis=(KpiSnap(100, "Revenue growth", "%", 20.0, 14.5, "on_track"),),
)


def test_snapshot_round_trips_through_json() -> None:
    assert parse_snapshot(OLD.to_json()) == OLD


def test_unreadable_snapshots_are_none() -> None:
    for text in (
        "",
        "{}",
        "null",
        "[1, 2]",
        "{not json",
        '{"version": 99}',
        '{"version": 1, "taken_on": "x"}',
    ):
        assert parse_snapshot(text) is None


def test_partly_damaged_records_are_skipped() -> None:
    text = '{"version": 1, "taken_on": "2026-01-01", "actions": [{"id": "x"}, {"id": 4, "title": 7}]}'
    snap = parse_snapshot(text)
    assert snap is not None and len(snap.actions) == 1 and snap.actions[0].title == ""


def test_diff_reads_like_a_change_log() -> None:
    lines = [c.text for c in diff(OLD, NEW)]
    assert "Health: at risk → on track" in lines
    assert (
        "Objective “Open Operations”: target “First order by Q3” → “First order by Q4”; due 2026-09-30 → 2026-12-31"
        in lines
    )
    assert "Objective added: “Sell energy monitoring”" in lines
    assert "Objective removed: “Keep Brightline out”" in lines
    assert "Action “Run discovery workshop”: status planned → done" in lines
    assert "Action added: “Procurement workshop”" in lines
    assert "KPI “Revenue growth”: latest 8 % → 14.5 %; status behind → on track" in lines
    assert not any("Send case study" in line for line in lines)  # unchanged: not listed


def test_diff_of_identical_snapshots_is_empty() -> None:
    assert diff(OLD, OLD) == ()
    assert summary(()) == "No changes."


def test_first_review_lists_everything_as_added() -> None:
    changes = diff(None, OLD)
    assert {c.kind for c in changes} == {"added"}
    assert len(changes) == 5
    assert summary(changes) == "Changed: 2 objectives, 2 actions, 1 KPI."


def test_renames_are_changes_not_remove_and_add() -> None:
    renamed = Snapshot(
        OLD.taken_on,
        OLD.health,
        OLD.objectives,
        (ActionSnap(10, "Run the discovery workshop", "planned", "Ann", "2026-04-15"), OLD.actions[1]),
        OLD.kpis,
    )
    (change,) = diff(OLD, renamed)
    assert change.kind == "changed"
    assert change.text == "Action “Run the discovery workshop”: was “Run discovery workshop”"
