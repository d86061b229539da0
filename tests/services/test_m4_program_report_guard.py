"""The program report's final write keeps the open database's guard (m4 survivor
``services.program_report.export_program_pdf`` #45: the PDF written without ``protect``).

The target is checked before the report is rendered and again just before the finished file is
moved into place; something may swap the chosen name meanwhile. Here, while the report renders,
the chosen name becomes a link into the open database's own backups folder (which holds no backup
yet, so only the guard of the open database knows the folder)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.i18n import using_language
from kam_desktop.report import program_pdf
from kam_desktop.services.program_report import export_program_pdf
from kam_desktop.store.backup import backup_dir_for
from kam_desktop.store.database import Database


def test_a_target_swapped_into_the_open_databases_backups_folder_while_rendering_is_refused(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = backup_dir_for(db.path)
    backups.mkdir()
    target = tmp_path / "program.pdf"
    real_render = program_pdf.render_program

    def render_then_swap(report: Any, handle: Any) -> int:
        pages = real_render(report, handle)
        target.symlink_to(backups / "program.pdf")  # swapped in under the chosen name
        return pages

    monkeypatch.setattr(program_pdf, "render_program", render_then_swap)
    with using_language("en"), pytest.raises(ValidationError) as caught:
        export_program_pdf(db, target)
    assert str(caught.value.message) == (
        f"Refused to write {target}: it is inside a backups folder; choose another folder."
    )
    assert list(backups.iterdir()) == []  # nothing written into the backups
    assert target.is_symlink() and not target.exists()
