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
        "Objective “Open Operations”: target “First order by Q3” → “First order by Q4”; due Sep 30, 2026 → Dec 31, 2026"
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


def test_every_field_change_reads_exactly() -> None:
    old = Snapshot(
        dt.date(2026, 1, 1),
        "",
        (ObjectiveSnap(1, "Grow", "expansion", "", None),),
        (ActionSnap(2, "Call", "planned", "", None),),
        (KpiSnap(3, "Share", "%", None, 1234.5, "no_data"),),
    )
    new = Snapshot(
        dt.date(2026, 2, 1),
        "on_track",  # no health before: not a health change
        (ObjectiveSnap(1, "Grow more", "win_back", "10 sites", "2026-05-01"),),
        (ActionSnap(2, "Call again", "in_progress", "Ann", "2026-03-01"),),
        (KpiSnap(3, "Market share", "%", 25.0, 1000000.0, "on_track"),),
    )
    assert [c.text for c in diff(old, new)] == [
        "Objective “Grow more”: was “Grow”; topic expansion → win back; target — → “10 sites”; due — → May 1, 2026",
        "Action “Call again”: was “Call”; status planned → in progress; owner — → Ann; due — → Mar 1, 2026",
        "KPI “Market share”: was “Share”; target — → 25 %; latest 1,234.5 % → 1,000,000 %; status no measurement → on track",
    ]
    assert [c.text for c in diff(new, old)][1] == (
        "Action “Call”: was “Call again”; status in progress → planned; owner Ann → —; due Mar 1, 2026 → —"
    )


def test_health_change_needs_a_health_on_both_sides() -> None:
    a = Snapshot(dt.date(2026, 1, 1), "at_risk")
    assert diff(a, Snapshot(dt.date(2026, 2, 1), "")) == ()
    assert diff(Snapshot(dt.date(2026, 1, 1), ""), a) == ()
    assert diff(None, a) == ()
    (change,) = diff(a, Snapshot(dt.date(2026, 2, 1), "off_track"))
    assert (change.section, change.kind, change.text) == ("health", "changed", "Health: at risk → off track")


def test_change_texts_without_details_and_removed_records() -> None:
    from kam_desktop.domain.review_diff import Change

    assert Change("health", "changed", "").text == "Health changed"
    assert Change("kpis", "removed", "NPS").text == "KPI removed: “NPS”"
    assert Change("actions", "added", "Call").text == "Action added: “Call”"
    assert Change("objectives", "changed", "Grow", ("a", "b")).text == "Objective “Grow”: a; b"


def test_summary_counts_each_section_in_order_and_singular_or_plural() -> None:
    one_each = diff(
        Snapshot(dt.date(2026, 1, 1), "at_risk"),
        Snapshot(
            dt.date(2026, 2, 1),
            "on_track",
            (ObjectiveSnap(1, "O", "expansion"),),
            (ActionSnap(2, "A", "planned"),),
            (KpiSnap(3, "K"),),
        ),
    )
    assert summary(one_each) == "Changed: health, 1 objective, 1 action, 1 KPI."
    assert summary(diff(None, NEW)) == "Changed: 2 objectives, 3 actions, 1 KPI."


def test_snapshot_json_keeps_unicode_and_sorts_keys() -> None:
    snap = Snapshot(dt.date(2026, 1, 2), "on_track", (ObjectiveSnap(7, "Società «alta» 日本", "expansion"),))
    text = snap.to_json()
    assert "Società «alta» 日本" in text
    assert (
        text.index('"actions"') < text.index('"health"') < text.index('"kpis"') < text.index('"objectives"')
    )
    assert text.startswith('{"actions": [], "health": "on_track", "kpis": [], "objectives": [{"description"')
    assert '"taken_on": "2026-01-02", "version": 1}' in text


def test_odd_values_in_a_snapshot_are_read_safely() -> None:
    text = (
        '{"version": 1, "taken_on": "2026-01-01", "health": 5,'
        ' "objectives": [{"id": 1, "description": null, "due_date": ""}, "junk", {"id": true}],'
        ' "kpis": [{"id": 2, "target": true, "latest": 1e999, "name": "K"}, {"id": 3, "target": 7, "latest": 2.5}],'
        ' "actions": {"id": 4}}'
    )
    snap = parse_snapshot(text)
    assert snap == Snapshot(
        dt.date(2026, 1, 1),
        "",
        (ObjectiveSnap(1, "", "", "", None),),
        (),
        (KpiSnap(2, "K", "", None, None, ""), KpiSnap(3, "", "", 7.0, 2.5, "")),
    )
    assert parse_snapshot("[" * 100_000) is None  # too deep to parse: no snapshot, no crash


def test_the_change_log_reads_in_italian_with_italian_dates_numbers_and_labels(italian: None) -> None:
    lines = [c.text for c in diff(OLD, NEW)]
    assert lines == [
        "Stato di salute: a rischio → in linea",
        "Obiettivo “Open Operations”: obiettivo misurabile “First order by Q3” → “First order by Q4”; "
        "scadenza 30 set 2026 → 31 dic 2026",
        "Obiettivo aggiunto: “Sell energy monitoring”",
        "Obiettivo rimosso: “Keep Brightline out”",
        "Azione “Run discovery workshop”: stato pianificata → completata",
        "Azione aggiunta: “Procurement workshop”",
        "KPI “Revenue growth”: ultimo valore 8 % → 14,5 %; stato in ritardo → in linea",
    ]
    assert summary(diff(OLD, NEW)) == "Modificati: stato di salute, 3 obiettivi, 2 azioni, 1 KPI."
    assert (
        summary(diff(None, Snapshot(dt.date(2026, 1, 1), "", OLD.objectives[:1])))
        == "Modificati: 1 obiettivo."
    )
    assert summary(()) == "Nessuna modifica."


def test_a_value_this_version_does_not_know_is_shown_in_plain_words() -> None:
    old = Snapshot(
        dt.date(2026, 1, 1), "", (), (ActionSnap(2, "Call", "parked_for_later", "", "not-a-date"),)
    )
    new = Snapshot(dt.date(2026, 2, 1), "", (), (ActionSnap(2, "Call", "planned", "", None),))
    assert [c.text for c in diff(old, new)] == [
        "Action “Call”: status parked for later → planned; due not-a-date → —"
    ]
