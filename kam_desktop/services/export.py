"""PDF exports: build the read model, render it to a temporary file beside the target, rename.

A crash or an error never leaves a half-written PDF under the final name: the PDF is written
to a hidden temporary file in the target folder, flushed to disk, then ``os.replace``d.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kam_desktop.domain.errors import DomainError, ValidationError
from kam_desktop.i18n import fmt, translate, using_language
from kam_desktop.report.models import Edition, Paper
from kam_desktop.services import collector
from kam_desktop.services.plans import account_plan_language
from kam_desktop.store.database import Database
from kam_desktop.store.output import check_output, write_output

Progress = Callable[[float, str], None]


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    seconds: float


def _paper(value: Paper | str) -> Paper:
    try:
        return Paper(str(value).lower())
    except ValueError:
        raise ValidationError(
            translate("Export", "Paper size must be A4 or Letter."), field="paper"
        ) from None


def _edition(value: Edition | str) -> Edition:
    try:
        return Edition(str(value).lower())
    except ValueError:
        raise ValidationError(
            translate("Export", "Edition must be internal or customer."), field="edition"
        ) from None


def check_target(out_path: Path | str, *, protect: Iterable[Path] = ()) -> Path:
    """The target path, refused (one line, see ``store.output``) unless a PDF may be written there."""
    return check_output(out_path, protect=protect)


def write_atomically(path: Path, render: Callable[[Any], int], *, protect: Iterable[Path] = ()) -> int:
    """Call ``render(binary_file)`` on a temporary file beside ``path``, then move it into place
    (through the guarded writer: the open database, backups, devices... are refused)."""
    return write_output(path, render, protect=protect)[1]


def first_use_steps(*, plan: bool) -> list[Callable[[], None]]:
    """What a session's first plan (``plan``) or brief export loads on first use, in steps of
    about 30-150 ms each: the PDF's modules with ReportLab, the read model's, the fonts. The
    export dialog runs them one per turn of the event loop while the user chooses (the first
    export otherwise waits for them after Export is pressed: 0.15-0.2 s on the 2-core machine,
    longer under load). Every step may run again at no cost."""

    def pdf_modules() -> None:
        if plan:
            from kam_desktop.report import plan_pdf  # noqa: F401
        else:
            from kam_desktop.report import brief_pdf  # noqa: F401

    def read_model() -> None:
        if plan:
            from kam_desktop.services import plan_report_joint  # noqa: F401
        else:
            from kam_desktop.services import meeting  # noqa: F401

    def fonts() -> None:
        from kam_desktop.report.fonts import register_fonts

        register_fonts()

    return [pdf_modules, read_model, fonts]


def export_plan_pdf(
    db: Database,
    account_id: int,
    edition: Edition | str,
    paper: Paper | str,
    out_path: Path | str,
    sections: Iterable[str] | None = None,
    progress: Progress | None = None,
    language: str | None = None,
) -> ExportResult:
    """Write the account plan PDF (internal or customer edition) to ``out_path``.

    ``language`` ('it', 'en'): the language of the PDF's labels, method texts, dates and
    amounts; None = the plan's own language (the interface's for an account without a plan).
    """
    from kam_desktop.report.plan_pdf import render_plan
    from kam_desktop.services.plan_report_joint import build_report

    started = time.perf_counter()
    ed, size, target = _edition(edition), _paper(paper), check_target(out_path, protect=[db.path])
    if language is None:
        language = account_plan_language(db, account_id)
    with using_language(language), collector.paused():
        if progress:
            progress(0.02, translate("Export", "Reading the plan"))
        report = build_report(db, account_id, ed, sections)
        if progress:
            progress(0.12, translate("Export", "Preparing the pages"))
        pages = write_atomically(
            target, lambda handle: render_plan(report, handle, size, progress), protect=[db.path]
        )
    return ExportResult(target, pages, time.perf_counter() - started)


def export_brief_pdf(
    db: Database,
    account_id: int,
    out_path: Path | str,
    interaction_id: int | None = None,
    paper: Paper | str = Paper.A4,
    progress: Progress | None = None,
    language: str | None = None,
) -> ExportResult:
    """Write the meeting brief PDF (internal: it is the manager's preparation) to ``out_path``;
    ``language`` as for ``export_plan_pdf`` (None = the plan's language)."""
    from kam_desktop.report.brief_pdf import render_brief
    from kam_desktop.services.meeting import build_brief

    started = time.perf_counter()
    size, target = _paper(paper), check_target(out_path, protect=[db.path])
    if language is None:
        language = account_plan_language(db, account_id)
    with using_language(language), collector.paused():
        if progress:
            progress(0.05, translate("Export", "Reading the brief"))
        brief = build_brief(db, account_id, interaction_id)
        if progress:
            progress(0.4, translate("Export", "Laying out the page"))
        pages = write_atomically(target, lambda handle: render_brief(brief, handle, size), protect=[db.path])
        if progress:
            progress(1.0, translate("Export", "Done"))
    return ExportResult(target, pages, time.perf_counter() - started)


def benchmark_export(db_path: Path | str) -> dict[str, Any]:
    """Export the largest account's full plan (both editions) and its brief; report timings.

    The largest account is the one with the most stakeholders, actions and research answers.
    """
    from sqlalchemy import func, select

    from kam_desktop.store import models as m
    from kam_desktop.store.database import open_database

    path = Path(db_path)
    if not path.exists():
        raise DomainError(fmt(translate("Store", "No database at %1."), path))
    db = open_database(path)
    try:
        with db.reading() as session:
            sizes: dict[int, int] = {}
            for model in (m.Stakeholder, m.Opportunity, m.Interaction):
                for aid, n in session.execute(
                    select(model.account_id, func.count()).group_by(model.account_id)
                ):
                    sizes[aid] = sizes.get(aid, 0) + n
            for plan_model in (m.Action, m.ResearchAnswer, m.Objective, m.Kpi):
                stmt = (
                    select(m.AccountPlan.account_id, func.count())
                    .join(plan_model, plan_model.plan_id == m.AccountPlan.id)
                    .group_by(m.AccountPlan.account_id)
                )
                for aid, n in session.execute(stmt):
                    sizes[aid] = sizes.get(aid, 0) + n
            live = set(session.scalars(select(m.Account.id).where(m.Account.deleted_at.is_(None))))
            candidates = [(n, aid) for aid, n in sizes.items() if aid in live]
            if not candidates:
                raise DomainError(translate("Export", "The database has no accounts to export."))
            rows, account_id = max(candidates)
            name = session.scalar(select(m.Account.name).where(m.Account.id == account_id))
        result: dict[str, Any] = {"account": name, "account_rows": rows}
        with tempfile.TemporaryDirectory(prefix="kam-bench-") as folder:
            for edition in Edition:
                done = export_plan_pdf(
                    db, account_id, edition, Paper.A4, Path(folder) / f"plan-{edition}.pdf"
                )
                result[f"plan_{edition}_seconds"] = round(done.seconds, 3)
                result[f"plan_{edition}_pages"] = done.pages
                result[f"plan_{edition}_pages_per_second"] = round(done.pages / max(done.seconds, 1e-6), 1)
            brief = export_brief_pdf(db, account_id, Path(folder) / "brief.pdf")
            result["brief_seconds"] = round(brief.seconds, 3)
            result["brief_pages"] = brief.pages
        return result
    finally:
        db.close()
