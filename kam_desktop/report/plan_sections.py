"""Dispatch from a section key to its builder."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kam_desktop.report.section_base import SectionContext
from kam_desktop.report.sections_early import SECTION_BUILDERS as EARLY
from kam_desktop.report.sections_late import SECTION_BUILDERS as LATE

__all__ = ["SectionContext", "build_section"]


def build_section(key: str, ctx: SectionContext) -> list[Flowable]:
    builder = EARLY.get(key) or LATE.get(key)
    if builder is None:
        raise ValueError(f"unknown report section {key!r}")
    return builder(ctx)
