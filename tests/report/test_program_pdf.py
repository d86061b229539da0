"""The program report PDF through the CLI: charter on the first page, the 9 factors with the
latest rating, the 6 components, the trust and leadership questions; user errors in one line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop import cli
from kam_desktop.domain import program as d
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.program_method import (
    COMPONENTS,
    LEADERSHIP_QUESTIONS,
    SUCCESS_FACTORS,
    TRUST_QUESTIONS,
    CharterDecision,
)
from kam_desktop.services import clock
from kam_desktop.services import program_checklist as pc
from kam_desktop.store.database import Database
from tests.conftest import hostile_strings
from tests.hostile import text_ok
from tests.report.factory import squash


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pages(path: Path) -> list[str]:
    return [_flat(p.extract_text() or "") for p in PdfReader(str(path)).pages]


@pytest.fixture
def filled(db: Database) -> Database:
    clock.pin_today(dt.date(2026, 6, 15))
    pc.decide_component(db, 2, CharterDecision.ADAPT, "At most eight key accounts, reviewed every January.")
    pc.decide_component(db, 1, CharterDecision.ACCEPT, "")
    pc.record_assessment(
        db, d.AssessmentInput("2026-01-10", [d.FactorRatingInput(2, 2), d.FactorRatingInput(9, 3)])
    )
    pc.record_assessment(
        db,
        d.AssessmentInput(
            "2026-06-01", [d.FactorRatingInput(2, 4, "Cap respected"), d.FactorRatingInput(9, 1, "No budget")]
        ),
    )
    pc.answer_trust(db, 5, "Bonuses reward only own-division sales.", 2)
    pc.save_leadership(
        db, "2026-04-01", ["Yes, in three accounts", "Two more people", "Not yet"], "50000", "0"
    )
    clock.pin_today(None)
    return db


def test_cli_export_has_the_charter_first_and_every_part_of_the_method(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "program.pdf"
    assert cli.run(["export-program", "--db", str(filled.path), "--out", str(out)]) == 0
    assert "Wrote the program report" in capsys.readouterr().out
    pages = _pages(out)
    first = pages[0]
    assert "Our charter for key account management" in first
    assert "At most eight key accounts, reviewed every January." in first
    assert "Adapted on" in first and "Accepted on" in first
    for component in COMPONENTS:
        assert _flat(component) in first
    rest = " ".join(pages[1:])
    for factor in SUCCESS_FACTORS:
        assert _flat(factor.title) in rest
    assert "4/5" in rest and "2 → 4 (up)" in rest and "3 → 1 (down)" in rest
    for question in (*TRUST_QUESTIONS, *LEADERSHIP_QUESTIONS):
        assert _flat(question) in rest, question
    assert "Bonuses reward only own-division sales." in rest
    assert "50,000 EUR" in rest
    # advice for the weak factor 9 links to where it improves
    assert "Open leadership support" in rest


def test_cli_export_of_an_empty_program_says_what_is_missing(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert cli.run(["export-program", "--db", str(db.path), "--lang", "en", "--out", str(out)]) == 0
    text = " ".join(_pages(out))
    assert "No self-assessment yet" in text and "Not decided yet" in text


def test_cli_user_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.run(
        ["export-program", "--db", str(tmp_path / "missing.sqlite"), "--out", str(tmp_path / "x.pdf")]
    )
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("kam-desktop: ")
    assert not (tmp_path / "x.pdf").exists()


def test_hostile_texts_print_literally(db: Database, tmp_path: Path) -> None:
    written = []
    for i, value in enumerate(hostile_strings()[:6], start=1):
        words = value or "x"
        if not text_ok(words) or not words.strip():  # the oracle: refused, nothing stored
            with pytest.raises(ValidationError) as err:
                pc.decide_component(db, i, CharterDecision.ADAPT, words)
            assert err.value.field == "our_words"
            assert pc.get_charter(db).items[i - 1].decision is None
            continue
        pc.decide_component(db, i, CharterDecision.ADAPT, words)
        written.append(words)
    assert written == ["x", *hostile_strings()[2:6]]  # ' ' (blank words) is refused for ADAPT
    out = tmp_path / "hostile.pdf"
    assert cli.run(["export-program", "--db", str(db.path), "--out", str(out)]) == 0
    assert len(_pages(out)) >= 3
    flat = squash(" ".join(_pages(out)))
    for words in written:
        assert squash(words) in flat, words


def test_cli_refuses_to_write_over_the_database(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    before = db.path.read_bytes()
    assert cli.run(["export-program", "--db", str(db.path), "--out", str(db.path)]) == 2
    assert capsys.readouterr().err.startswith("kam-desktop: ")
    assert db.path.read_bytes() == before


def test_the_report_reads_the_latest_assessment_and_the_export_reports_progress(
    filled: Database, tmp_path: Path
) -> None:
    from kam_desktop.services.program_report import build_program_report, export_program_pdf

    report = build_program_report(filled)
    latest = pc.list_assessments(filled)[-1]
    assert report.advice == d.advice_for(latest) != d.advice_for(None)
    steps: list[tuple[float, str]] = []
    result = export_program_pdf(filled, tmp_path / "program.pdf", lambda f, text: steps.append((f, text)))
    assert steps == [(0.05, "Reading the program"), (0.4, "Laying out the pages"), (1.0, "Done")]
    assert result.pages == len(_pages(tmp_path / "program.pdf")) and 0 < result.seconds < 600
