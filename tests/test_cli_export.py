"""``kam-desktop export-plan`` / ``export-brief``: PDFs headless; user errors are one line, no leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop import cli
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.mounts import HOW, full_disk, read_only_folder
from tests.report.factory import pdf_pages, pdf_text


@pytest.fixture
def demo(demo_db: Database) -> tuple[Path, str]:
    with demo_db.session() as s:
        name = s.scalar(select(m.Account.name).where(m.Account.status == "key").order_by(m.Account.id))
    assert name
    return demo_db.path, name


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kam-desktop: "), err
    assert "Traceback" not in err
    return lines[0]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("edition", ["internal", "customer"])
def test_export_plan_writes_the_pdf(
    demo: tuple[Path, str], outdir: Path, edition: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, name = demo
    out = outdir / "plan.pdf"
    code = cli.run(
        [
            "export-plan",
            "--db",
            str(db_path),
            "--account",
            name.upper(),
            "--edition",
            edition,
            "--paper",
            "letter",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert _leftovers(outdir) == ["plan.pdf"]
    assert pdf_pages(out) > (5 if edition == "internal" else 1) and name in pdf_text(out)
    assert "Wrote the" in capsys.readouterr().out


def test_export_brief_writes_one_or_two_pages(demo: tuple[Path, str], outdir: Path) -> None:
    db_path, name = demo
    out = outdir / "brief.pdf"
    assert cli.run(["export-brief", "--db", str(db_path), "--account", name, "--out", str(out)]) == 0
    assert 1 <= pdf_pages(out) <= 2


def test_unknown_account(demo: tuple[Path, str], outdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path, _ = demo
    for command in ("export-plan", "export-brief"):
        code = cli.run(
            [command, "--db", str(db_path), "--account", "No Such Customer", "--out", str(outdir / "x.pdf")]
        )
        assert code == 2
        assert _one_error_line(capsys) == "kam-desktop: No account named “No Such Customer”."
    assert _leftovers(outdir) == []


def test_unknown_meeting(demo: tuple[Path, str], outdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path, name = demo
    code = cli.run(
        [
            "export-brief",
            "--db",
            str(db_path),
            "--account",
            name,
            "--meeting",
            "999999",
            "--out",
            str(outdir / "x.pdf"),
        ]
    )
    assert code == 2
    assert _one_error_line(capsys) == "kam-desktop: That meeting no longer exists."
    assert _leftovers(outdir) == []


def test_unwritable_output(demo: tuple[Path, str], outdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path, name = demo
    a_file = outdir / "not-a-folder"
    a_file.write_text("x")
    expected = {
        outdir
        / "missing"
        / "plan.pdf": "kam-desktop: Cannot write {target}: the folder {dir} does not exist.",
        a_file / "plan.pdf": "kam-desktop: Refused to write {target}: Not a directory.",
        outdir: "kam-desktop: Refused to write {target}: it is a folder; give a file name.",
    }
    for target, message in expected.items():
        code = cli.run(["export-plan", "--db", str(db_path), "--account", name, "--out", str(target)])
        assert (code, _one_error_line(capsys)) == (2, message.format(target=target, dir=target.parent))
    assert _leftovers(outdir) == ["not-a-folder"]
    assert a_file.read_text() == "x"


@pytest.mark.parametrize("how", HOW)
def test_a_read_only_folder_is_refused(
    demo: tuple[Path, str], outdir: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    """As root too (CI): a read-only bind mount, and the seam where the check asks the OS."""
    db_path, name = demo
    with read_only_folder(outdir / "locked", how) as locked:
        for command in ("export-plan", "export-brief"):
            target = locked / f"{command}.pdf"
            argv = [command, "--db", str(db_path), "--account", name, "--out", str(target)]
            assert cli.run(argv) == 2
            assert _one_error_line(capsys) == f"kam-desktop: Cannot write {target}: permission denied."
        assert _leftovers(locked) == []
    assert _leftovers(outdir) == ["locked"]


@pytest.mark.parametrize("how", HOW)
def test_a_full_disk_leaves_no_partial_file(
    demo: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], how: str
) -> None:
    db_path, name = demo
    with full_disk(tmp_path / "small", size_kib=16, how=how) as small:
        target = small / "plan.pdf"
        code = cli.run(["export-plan", "--db", str(db_path), "--account", name, "--out", str(target)])
        assert (code, _one_error_line(capsys)) == (
            2,
            f"kam-desktop: Cannot write {target}: the disk is full. Nothing was written.",
        )
        assert _leftovers(small) == []


def test_missing_database_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.sqlite"
    for command in ("export-plan", "export-brief"):
        code = cli.run([command, "--db", str(missing), "--account", "X", "--out", str(tmp_path / "x.pdf")])
        assert (code, _one_error_line(capsys)) == (2, f"kam-desktop: No database at {missing}.")
    assert _leftovers(tmp_path) == []


def test_failed_render_leaves_no_file(
    demo_db: Database, outdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kam_desktop.report import plan_pdf
    from kam_desktop.services.export import export_plan_pdf

    with demo_db.session() as s:
        account_id = s.scalar(select(m.Account.id).limit(1))
    out = outdir / "plan.pdf"
    out.write_bytes(b"%PDF- the previous export")

    def explode(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("crash halfway")

    monkeypatch.setattr(plan_pdf, "render_plan", explode)
    with pytest.raises(RuntimeError):
        export_plan_pdf(demo_db, int(account_id or 0), "internal", "a4", out)
    assert _leftovers(outdir) == ["plan.pdf"]
    assert out.read_bytes() == b"%PDF- the previous export"
