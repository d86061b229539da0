"""The PDF outline (bookmarks) opens each section on its own page, not on the cover."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from kam_desktop.report.models import Edition, Paper
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store.database import Database
from tests.report.factory import plant_account


def test_each_outline_entry_opens_the_page_its_section_starts_on(db: Database, tmp_path: Path) -> None:
    planted = plant_account(db)
    out = tmp_path / "plan.pdf"
    export_plan_pdf(db, planted.account_id, Edition.INTERNAL, Paper.A4, out)
    reader = PdfReader(str(out))
    entries = [item for item in reader.outline if not isinstance(item, list)]
    assert len(entries) >= 6
    pages = []
    for item in entries:
        page = reader.get_destination_page_number(item)  # type: ignore[arg-type]
        title = str(item.title)  # type: ignore[union-attr]
        assert page >= 2, title  # after the cover and the contents
        assert title in reader.pages[page].extract_text().splitlines(), (title, page)
        pages.append(page)
    assert pages == sorted(pages) and len(set(pages)) > 1
