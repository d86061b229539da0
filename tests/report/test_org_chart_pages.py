"""An organisation chart that splits across pages keeps its reporting lines: every later band of
heads shows the person they report to again, marked "(continued)"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader

from kam_desktop.report.charts import MAX_COLUMNS, org_chart
from kam_desktop.report.models import StakeholderRow
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store import models as m
from kam_desktop.store.database import Database


def _org(db: Database, heads: int = 8, each: int = 6) -> int:
    with db.session() as s:
        account = m.Account(name="Tallorg Industries", status="key")
        s.add(account)
        s.flush()
        s.add(
            m.AccountPlan(
                account_id=account.id, period_start=dt.date(2026, 1, 1), period_end=dt.date(2026, 12, 31)
            )
        )
        ceo = m.Stakeholder(account_id=account.id, name="Vera Topmost", title="Chief Executive")
        s.add(ceo)
        s.flush()
        for h in range(heads):
            head = m.Stakeholder(
                account_id=account.id, name=f"Head{h} Lineman", title=f"Director {h}", reports_to_id=ceo.id
            )
            s.add(head)
            s.flush()
            s.add_all(
                m.Stakeholder(
                    account_id=account.id, name=f"Staff{h}x{k}", title="Engineer", reports_to_id=head.id
                )
                for k in range(each)
            )
        return int(account.id)


def test_a_band_on_the_next_page_shows_whom_its_heads_report_to(db: Database, tmp_path: Path) -> None:
    account_id = _org(db)
    for paper in ("a4", "letter"):
        out = tmp_path / f"{paper}.pdf"
        export_plan_pdf(db, account_id, "internal", paper, out)
        pages = [p.extract_text() or "" for p in PdfReader(str(out)).pages]
        chart = next(i for i, p in enumerate(pages) if "Organisation chart" in p)
        again = [i for i, p in enumerate(pages) if "(continued)" in p]
        assert again == [chart + 1], paper  # the second band went to the next page...
        later = pages[chart + 1]
        assert "Vera Topmost" in later  # ...with the person its heads report to
        assert all(f"Head{h} Lineman" in later for h in range(MAX_COLUMNS, 8))
        assert "(continued)" not in pages[chart]  # the first band has the real top box


def test_every_later_band_repeats_the_top_and_the_first_does_not() -> None:
    people = [
        StakeholderRow(id=1, name="Vera Topmost", title="CEO", buying_centre="", reports_to_id=None, owner="")
    ]
    people += [
        StakeholderRow(id=10 + h, name=f"Head{h}", title="", buying_centre="", reports_to_id=1, owner="")
        for h in range(12)
    ]
    drawings = org_chart(people, 500, internal=False)
    texts = [[getattr(c, "text", "") for c in d.contents] for d in drawings]
    assert len(drawings) == 3  # 5 + 5 + 2 heads
    assert texts[0].count("Vera Topmost") == 1 and "(continued)" not in texts[0]
    for band in texts[1:]:
        assert band.count("Vera Topmost") == 1 and "(continued)" in band
