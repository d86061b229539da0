"""The program report: its read model, and the PDF export (internal by nature)."""

from __future__ import annotations

import time
from pathlib import Path

from kam_desktop.domain import program as d
from kam_desktop.i18n import translate
from kam_desktop.services import clock
from kam_desktop.services import program_checklist as pc
from kam_desktop.services.export import ExportResult, Progress, check_target, write_atomically
from kam_desktop.services.program import get_program
from kam_desktop.services.program_evidence import program_evidence
from kam_desktop.store.database import Database


def build_program_report(db: Database) -> d.ProgramReport:
    program = get_program(db)
    assessments = pc.list_assessments(db)
    return d.ProgramReport(
        generated_on=clock.today(),
        company_name=program.company_name,
        user_name=program.user_name,
        currency=program.currency,
        definition=program.definition,
        charter=pc.get_charter(db),
        assessments=assessments,
        evidence=program_evidence(db),
        trust=pc.list_trust(db),
        cooperation=pc.list_cooperation(db),
        leadership=pc.list_leadership(db),
        reflections=pc.list_reflections(db),
        advice=d.advice_for(assessments[-1] if assessments else None),
    )


def export_program_pdf(db: Database, out_path: Path | str, progress: Progress | None = None) -> ExportResult:
    """Write the program report PDF to ``out_path`` (temporary file, then renamed)."""
    from kam_desktop.report.program_pdf import render_program

    started = time.perf_counter()
    target = check_target(out_path, protect=[db.path])
    if progress:
        progress(0.05, translate("Export", "Reading the program"))
    report = build_program_report(db)
    if progress:
        progress(0.4, translate("Export", "Laying out the pages"))
    pages = write_atomically(target, lambda handle: render_program(report, handle), protect=[db.path])
    if progress:
        progress(1.0, translate("Export", "Done"))
    return ExportResult(target, pages, time.perf_counter() - started)
