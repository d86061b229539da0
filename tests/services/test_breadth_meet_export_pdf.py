"""The PDF exports' own rules (issue 12, module-wide): the paper and edition words accepted (any
case) and the refusals word for word (English and Italian), what the progress callback is told
and when, the language of the PDF (the plan's own, or the one asked for), what the result says,
a refused target, the first-use steps, and the benchmark's refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain.errors import DomainError, ValidationError
from kam_desktop.i18n import using_language
from kam_desktop.report.models import Edition, Paper
from kam_desktop.services import clock
from kam_desktop.services import export as ex
from kam_desktop.store.database import Database
from kam_desktop.store.output import OutputRefused
from tests.services.phase35_factory import TODAY, World, build


@pytest.fixture
def world(db: Database) -> Iterator[World]:
    clock.pin_today(TODAY)
    yield build(db)
    clock.pin_today(None)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.parametrize(
    ("word", "paper"),
    [("a4", Paper.A4), ("A4", Paper.A4), ("LETTER", Paper.LETTER), (Paper.LETTER, Paper.LETTER)],
)
def test_paper_words(word: str, paper: Paper) -> None:
    assert ex._paper(word) is paper


@pytest.mark.parametrize(
    ("word", "edition"),
    [("internal", Edition.INTERNAL), ("Customer", Edition.CUSTOMER), (Edition.CUSTOMER, Edition.CUSTOMER)],
)
def test_edition_words(word: str, edition: Edition) -> None:
    assert ex._edition(word) is edition


def test_paper_and_edition_refusals() -> None:
    got = []
    for lang in ("en", "it"):
        with using_language(lang):
            for call, word in ((ex._paper, "A3"), (ex._edition, "secret")):
                with pytest.raises(ValidationError) as err:
                    call(word)
                got.append((err.value.field, str(err.value)))
    assert got == [
        ("paper", "Paper size must be A4 or Letter."),
        ("edition", "Edition must be internal or customer."),
        ("paper", "Il formato della carta deve essere A4 o Letter."),
        ("edition", "L’edizione deve essere interna o per il cliente."),
    ]


def test_the_brief_export_tells_its_progress_and_what_it_wrote(
    db: Database, world: World, tmp_path: Path
) -> None:
    seen: list[tuple[float, str]] = []
    out = tmp_path / "brief.pdf"
    result = ex.export_brief_pdf(db, world.account_id, out, progress=lambda f, msg: seen.append((f, msg)))
    assert seen == [(0.05, "Reading the brief"), (0.4, "Laying out the page"), (1.0, "Done")]
    assert (result.path, result.pages) == (out, len(PdfReader(str(out)).pages))
    assert result.pages >= 1 and result.seconds > 0
    assert "Acme Rail AG" in _text(out)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["brief.pdf"]


def test_the_brief_in_the_language_asked_for(db: Database, world: World, tmp_path: Path) -> None:
    seen: list[str] = []
    ex.export_brief_pdf(
        db, world.account_id, tmp_path / "it.pdf", language="it", progress=lambda _f, msg: seen.append(msg)
    )
    assert seen == ["Lettura della scheda", "Impaginazione", "Fatto"]
    ex.export_brief_pdf(db, world.account_id, tmp_path / "en.pdf", language="en", paper="letter")
    assert _text(tmp_path / "it.pdf") != _text(tmp_path / "en.pdf")
    width, height = PdfReader(str(tmp_path / "en.pdf")).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)  # Letter, as asked


def test_the_plan_export_tells_its_first_steps(db: Database, world: World, tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []
    out = tmp_path / "plan.pdf"
    result = ex.export_plan_pdf(
        db, world.account_id, "customer", "A4", out, progress=lambda f, msg: seen.append((f, msg))
    )
    assert seen[:2] == [(0.02, "Reading the plan"), (0.12, "Preparing the pages")]
    assert seen[-1][0] == 1.0
    assert (result.path, result.pages) == (out, len(PdfReader(str(out)).pages))
    with using_language("it"):
        seen.clear()
        ex.export_plan_pdf(
            db,
            world.account_id,
            "internal",
            "A4",
            tmp_path / "p2.pdf",
            language="it",
            progress=lambda f, msg: seen.append((f, msg)),
        )
    assert seen[:2] == [(0.02, "Lettura del piano"), (0.12, "Preparazione delle pagine")]


def test_a_refused_target_writes_nothing(db: Database, world: World, tmp_path: Path) -> None:
    with pytest.raises(OutputRefused):
        ex.export_plan_pdf(db, world.account_id, "internal", "A4", db.path)
    with pytest.raises(OutputRefused):
        ex.export_brief_pdf(db, world.account_id, db.path)
    with pytest.raises(ValidationError):
        ex.export_plan_pdf(db, world.account_id, "internal", "B5", tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        ex.export_brief_pdf(db, world.account_id, tmp_path / "x.pdf", paper="B5")
    assert not (tmp_path / "x.pdf").exists()


def test_first_use_steps() -> None:
    for plan in (True, False):
        steps = ex.first_use_steps(plan=plan)
        assert [s.__name__ for s in steps] == ["pdf_modules", "read_model", "fonts"]
        for step in steps:
            assert step() is None


def test_the_benchmark_refuses_a_missing_database_and_an_empty_one(tmp_path: Path, db: Database) -> None:
    missing = tmp_path / "none.sqlite"
    with pytest.raises(DomainError) as err:
        ex.benchmark_export(missing)
    assert str(err.value) == f"No database at {missing}."
    path = db.path
    db.close()
    with pytest.raises(DomainError) as err:
        ex.benchmark_export(path)
    assert str(err.value) == "The database has no accounts to export."


def test_without_a_language_the_pdf_speaks_the_plans(db: Database, world: World, tmp_path: Path) -> None:
    from kam_desktop.services.plans import set_plan_language

    set_plan_language(db, world.plan_id, "it")
    brief: list[str] = []
    plan: list[str] = []
    ex.export_brief_pdf(db, world.account_id, tmp_path / "b.pdf", progress=lambda _f, msg: brief.append(msg))
    ex.export_plan_pdf(
        db, world.account_id, "internal", "a4", tmp_path / "p.pdf", progress=lambda _f, msg: plan.append(msg)
    )
    assert brief == ["Lettura della scheda", "Impaginazione", "Fatto"]
    assert plan[:2] == ["Lettura del piano", "Preparazione delle pagine"]
    brief.clear()
    ex.export_brief_pdf(
        db, world.account_id, tmp_path / "b2.pdf", language="en", progress=lambda _f, msg: brief.append(msg)
    )
    assert brief == ["Reading the brief", "Laying out the page", "Done"]


def test_the_seconds_reported_are_the_exports_own(db: Database, world: World, tmp_path: Path) -> None:
    """Not a speed check: the figure lies within the time the call took, whatever the machine."""
    import time

    before = time.perf_counter()
    brief = ex.export_brief_pdf(db, world.account_id, tmp_path / "b.pdf")
    middle = time.perf_counter()
    plan = ex.export_plan_pdf(db, world.account_id, Edition.CUSTOMER, Paper.LETTER, tmp_path / "p.pdf")
    after = time.perf_counter()
    assert 0 < brief.seconds <= middle - before
    assert 0 < plan.seconds <= after - middle
    assert (plan.path, brief.path) == (tmp_path / "p.pdf", tmp_path / "b.pdf")
    width, height = PdfReader(str(tmp_path / "p.pdf")).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)  # Letter, as asked
    width, height = PdfReader(str(tmp_path / "b.pdf")).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4 by default


def test_the_benchmark_counts_plan_rows_of_an_account_with_nobody(db: Database, tmp_path: Path) -> None:
    """Plan rows of an account without stakeholders, deals or meetings count from zero: 2 actions
    and 1 objective make 3, as many as 3 stakeholders (the tie goes to the later account)."""
    from kam_desktop.services.plans import ensure_plan
    from kam_desktop.store import models as m

    plans_only = accounts_create(db, "Plans Only")
    people_only = accounts_create(db, "People Only")
    plan = ensure_plan(db, plans_only)
    with db.session() as s:
        s.add_all([m.Action(plan_id=plan.id, title="A1"), m.Action(plan_id=plan.id, title="A2")])
        s.add(m.Objective(plan_id=plan.id, growth_focus="expansion", description="O"))
        s.add_all([m.Stakeholder(account_id=people_only, name=f"P{n}") for n in range(3)])
    path = db.path
    db.close()
    result = ex.benchmark_export(path)
    assert (result["account"], result["account_rows"]) == ("People Only", 3)
    assert sorted(result) == [
        "account",
        "account_rows",
        "brief_pages",
        "brief_seconds",
        "plan_customer_pages",
        "plan_customer_pages_per_second",
        "plan_customer_seconds",
        "plan_internal_pages",
        "plan_internal_pages_per_second",
        "plan_internal_seconds",
    ]


def accounts_create(db: Database, name: str) -> int:
    from kam_desktop.services import accounts

    return accounts.create_account(db, accounts.AccountInput(name=name)).id
