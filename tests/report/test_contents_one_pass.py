"""The plan's contents are laid out in one pass and still give every heading's real page."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer

from kam_desktop.report import fonts
from kam_desktop.report.canvas import numbered_canvas
from kam_desktop.report.contents import OnePassContents, headings
from kam_desktop.report.models import Edition, Paper
from kam_desktop.report.styles import Heading, make_styles
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store.database import Database
from tests.report.factory import plant_account


class _Doc(BaseDocTemplate):
    def __init__(self, out: io.BytesIO) -> None:
        super().__init__(out, pagesize=A4)
        self.addPageTemplates(
            [
                PageTemplate(
                    id="body", frames=[Frame(self.leftMargin, self.bottomMargin, self.width, self.height)]
                )
            ]
        )

    def afterFlowable(self, flowable: object) -> None:
        if isinstance(flowable, Heading):
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_markup, self.page))


def _contents_numbers(text: str) -> dict[str, int]:
    """The contents' entries as {title: page}. Each entry's dots and number are drawn before
    its title (ReportLab draws them from inside the title's line), so the text reads
    '. . . 7' then 'Title'."""
    out: dict[str, int] = {}
    number: int | None = None
    for line in text.splitlines():
        found = re.fullmatch(r"\s*(?:\.\s*)+(\d+)", line)
        if found:
            number = int(found.group(1))
        elif number is not None:
            out[line.strip()] = number
            number = None
    return out


def _heading_pages(data: bytes) -> dict[str, int]:
    """On which page each heading really is (the first page whose text starts with it)."""
    pages = PdfReader(io.BytesIO(data)).pages
    found: dict[str, int] = {}
    for number, page in enumerate(pages, start=1):
        for line in page.extract_text().splitlines():
            if line.startswith("Chapter ") and line not in found and number > 1:
                found[line] = number
    return found


def _story(contents: OnePassContents) -> list[object]:
    fonts.register_fonts()
    st = make_styles()
    story: list[object] = [contents, PageBreak()]
    for chapter in range(1, 6):
        story.append(Heading(f"Chapter {chapter}", st.h1, 0, f"c{chapter}"))
        for line in range(chapter * 25):  # chapters of growing length: 1, 2, 3... pages
            story.append(Paragraph(f"Line {line} of chapter {chapter}", st.body))
        story.append(Spacer(1, 12))
    return story


def test_contents_known_up_front_need_one_pass_and_give_the_real_pages() -> None:
    contents = OnePassContents(dotsMinLevel=0)
    story = _story(contents)
    contents.expect(headings(story))
    out = io.BytesIO()
    passes = _Doc(out).multiBuild(story, canvasmaker=numbered_canvas(skip_first=False, margin=36))
    assert passes == 1
    numbers = _contents_numbers(PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text())
    assert numbers == _heading_pages(out.getvalue())
    assert sorted(numbers) == [f"Chapter {n}" for n in range(1, 6)]
    assert numbers["Chapter 1"] == 2 and numbers["Chapter 5"] > numbers["Chapter 4"] > numbers["Chapter 3"]


def test_wrong_expectations_take_a_second_pass_and_still_give_the_real_pages() -> None:
    contents = OnePassContents(dotsMinLevel=0)
    story = _story(contents)
    contents.expect([(0, "Chapter 1"), (0, "Chapter 2")])  # three headings missing
    out = io.BytesIO()
    passes = _Doc(out).multiBuild(story, canvasmaker=numbered_canvas(skip_first=False, margin=36))
    assert passes == 2
    numbers = _contents_numbers(PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text())
    assert numbers == _heading_pages(out.getvalue())
    assert len(numbers) == 5


def test_plan_contents_give_each_section_its_page(db: Database, tmp_path: Path) -> None:
    planted = plant_account(db)
    out = tmp_path / "plan.pdf"
    export_plan_pdf(db, planted.account_id, Edition.INTERNAL, Paper.A4, out)
    reader = PdfReader(str(out))
    numbers = _contents_numbers(reader.pages[1].extract_text())
    outline = [item for item in reader.outline if not isinstance(item, list)]
    assert len(outline) >= 6
    for item in outline:
        assert numbers[str(item.title)] == reader.get_destination_page_number(item) + 1, item.title
