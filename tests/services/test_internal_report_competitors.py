"""The internal plan lists the account's own competitors - not another account's (a dropped
account filter put every account's competitors into every plan; found by the third breadth
measurement) - and not the ones in the trash."""

from __future__ import annotations

import sqlite3

from kam_desktop.services import stakeholders
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.store.database import Database


def test_each_internal_plan_lists_its_own_live_competitors(demo_db: Database) -> None:
    conn = sqlite3.connect(demo_db.path)
    owners = [
        row[0]
        for row in conn.execute(
            "SELECT account_id FROM competitor WHERE deleted_at IS NULL GROUP BY account_id ORDER BY account_id"
        )
    ]
    conn.close()
    assert len(owners) >= 2
    seen: list[tuple[str, ...]] = []
    for account_id in owners[:4]:
        own = tuple(c.name for c in stakeholders.list_competitors(demo_db, account_id))
        report = build_plan_report(demo_db, account_id, "internal")
        assert report.internal is not None
        assert tuple(c.name for c in report.internal.competitors) == own and own
        seen.append(own)
    assert len(set(seen)) == len(seen)  # (the plans do differ: the comparison could fail)
