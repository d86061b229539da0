"""0004_joint_plan carries data over conservatively: what the user left customer-visible is
shared, what was internal stays out, our own commercial KPIs become internal, and no customer
wording is made up from working text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kam_desktop.store.database import upgrade
from tests.store.test_migrations import _migrate_to


def test_old_visibility_becomes_sharing_conservatively(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _migrate_to(path, "0003_program_checklist")
    con = sqlite3.connect(path)
    con.executescript(
        """
        INSERT INTO account (id, name, industry, region, currency, current_revenue_cents,
            potential_revenue_cents, status, description, internal_notes)
            VALUES (1, 'Acme', '', '', 'EUR', 0, 0, 'key', '', '');
        INSERT INTO account_plan (id, account_id, period_start, period_end, rigour, strategy_what,
            strategy_with_whom, strategy_why, topic_penetration, topic_expansion, topic_protection,
            qualification_note, internal_notes)
            VALUES (1, 1, '2026-01-01', '2026-12-31', 'standard', 'w', 'ww', 'why', 'focus',
            'undecided', 'undecided', '', '');
        INSERT INTO objective (id, plan_id, growth_focus, description, measurable_target, internal)
            VALUES (1, 1, 'penetration', 'Open Ops', '', 0), (2, 1, 'protection', 'Beat X', '', 1);
        INSERT INTO action (id, plan_id, objective_id, title, resources_needed, status, internal)
            VALUES (1, 1, 1, 'Visible', '', 'planned', 0), (2, 1, 2, 'Of hidden objective', '', 'planned', 0),
                   (3, 1, NULL, 'Hidden', '', 'planned', 1);
        INSERT INTO kpi (id, plan_id, name, unit, direction, internal)
            VALUES (1, 1, 'Uptime', '%', 'higher_is_better', 0),
                   (2, 1, 'Revenue growth', '%', 'higher_is_better', 0),
                   (3, 1, 'Gross MARGIN', '%', 'higher_is_better', 0);
        INSERT INTO need (id, account_id, description) VALUES (1, 1, 'Budget');
        INSERT INTO review (id, plan_id, held_on, health, findings, adjustments, snapshot_json, created_at)
            VALUES (1, 1, '2026-03-01', 'off_track', 'Their procurement blocks us', '', '{}', '2026-03-01');
        """
    )
    con.commit()
    con.close()
    upgrade(path)  # the app's own path: one transaction, foreign keys off while tables are rebuilt
    con = sqlite3.connect(path)
    q = con.execute
    assert q("SELECT id, shared, customer_wording FROM objective ORDER BY id").fetchall() == [
        (1, 1, ""),
        (2, 0, ""),
    ]
    assert q("SELECT id, shared FROM action ORDER BY id").fetchall() == [(1, 1), (2, 0), (3, 0)]
    assert q("SELECT name, internal, shared FROM kpi ORDER BY id").fetchall() == [
        ("Uptime", 0, 1),
        ("Revenue growth", 1, 0),
        ("Gross MARGIN", 1, 0),
    ]
    assert q("SELECT shared FROM need").fetchall() == [(0,)]
    assert q("SELECT shared, customer_summary FROM review").fetchall() == [(0, "")]
    assert q(
        "SELECT joint_ambition, executive_summary, next_steps, joint_version FROM account_plan"
    ).fetchall() == [("", "", "", 1)]
    con.close()
