"""Dispatch from a section key to its builder."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kam_desktop.i18n import translate
from kam_desktop.report.models import SECTION_TITLES
from kam_desktop.report.section_base import SectionContext
from kam_desktop.report.sections_early import SECTION_BUILDERS as EARLY
from kam_desktop.report.sections_late import SECTION_BUILDERS as LATE
from kam_desktop.report.styles import Paragraph
from kam_desktop.report.text import chunks_markup, collecting_long_texts, fill, markup

__all__ = ["SectionContext", "build_section"]


def build_section(key: str, ctx: SectionContext) -> list[Flowable]:
    builder = EARLY.get(key) or LATE.get(key)
    if builder is None:
        raise ValueError(f"unknown report section {key!r}")
    with collecting_long_texts() as long_texts:
        story = builder(ctx)
    if long_texts:
        story.append(ctx.h2(translate("Report", "Long texts of this section"), f"{key}-long-texts"))
        for number, text in enumerate(long_texts, start=1):
            story.append(
                Paragraph("<b>" + fill(translate("Report", "Long text %1"), number) + "</b>", ctx.st.h3)
            )
            where = ctx.printed_long_texts.get(text)
            if where is not None:  # a long text is printed once, not once per section that shows it
                story.append(
                    Paragraph(markup(fill(translate("Report", "The same text as %1."), where)), ctx.st.muted)
                )
                continue
            ctx.printed_long_texts[text] = fill(
                translate("Report", "long text %1 of %2"), number, SECTION_TITLES[key].lower()
            )
            story += [Paragraph(piece, ctx.st.body) for piece in chunks_markup(text)]
    return story
