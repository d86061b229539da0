"""Breadth (issue 12, module-wide): ``services/program.py`` (settings, the cap's limits, the
factor weights), ``services/program_report.py`` (the report's read model, the PDF export's
progress and result) - whole values through a real database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from kam_desktop.domain import program as d
from kam_desktop.domain.enums import AccountStatus, Factor
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.program_method import CharterDecision
from kam_desktop.domain.scoring import DEFAULT_WEIGHTS
from kam_desktop.i18n import using_language
from kam_desktop.services import accounts as acc
from kam_desktop.services import clock
from kam_desktop.services import program_checklist as pc
from kam_desktop.services.program import Program, ProgramInput, get_program, set_weights, update_program
from kam_desktop.services.program_report import build_program_report, export_program_pdf
from kam_desktop.store.database import Database
from kam_desktop.store.models import FactorWeight

TODAY = dt.date(2026, 6, 15)
FIT_RANGE = "The weight of Fit (offerings, culture, industry focus) must be from 0 to 100."


@pytest.fixture(autouse=True)
def _pinned() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


def test_every_setting_is_saved_cleaned_and_read_back(db: Database) -> None:
    saved = update_program(
        db,
        ProgramInput(
            key_account_cap=7,
            currency=" usd ",
            user_name="  Ann Smith ",
            company_name=" Acme Ltd ",
            definition="Our key accounts are the few we grow with.",
        ),
    )
    assert saved == Program(
        7, "USD", "Ann Smith", "Acme Ltd", "Our key accounts are the few we grow with.", dict(DEFAULT_WEIGHTS)
    )
    assert get_program(db) == saved
    cleared = update_program(db, ProgramInput(key_account_cap=3, currency="EUR"))
    assert cleared == Program(3, "EUR", "", "", "", dict(DEFAULT_WEIGHTS))


@pytest.mark.parametrize("cap", [0, 10001, -1, True, False, 2.0, "5", None])
def test_a_cap_that_is_not_a_whole_number_from_1_to_10000_is_refused(db: Database, cap: object) -> None:
    for lang, message in (
        ("en", "The key-account cap must be a whole number from 1 to 10,000."),
        ("it", "Il limite di key account deve essere un numero intero tra 1 e 10.000."),
    ):
        with using_language(lang), pytest.raises(ValidationError) as err:
            update_program(db, ProgramInput(key_account_cap=cap, currency="EUR"))  # type: ignore[arg-type]
        assert (err.value.message, err.value.field) == (message, "key_account_cap")
    assert get_program(db).key_account_cap == 10


@pytest.mark.parametrize("cap", [1, 10000])
def test_the_first_and_last_cap_are_kept(db: Database, cap: int) -> None:
    assert update_program(db, ProgramInput(key_account_cap=cap, currency="EUR")).key_account_cap == cap


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"currency": "eu"}, "currency", "Currency must be a 3-letter code such as EUR or USD."),
        ({"user_name": "a\nb"}, "user_name", "Your name cannot contain a line break."),
        (
            {"company_name": "c" * 201},
            "company_name",
            "Company name is too long (201 characters; at most 200).",
        ),
        (
            {"definition": "\x02"},
            "definition",
            "Definition cannot contain an invisible control character (U+0002).",
        ),
    ],
)
def test_each_setting_is_refused_by_its_label_and_nothing_is_written(
    db: Database, changes: dict[str, object], field: str, message: str
) -> None:
    cmd = ProgramInput(**{"key_account_cap": 5, "currency": "USD", **changes})  # type: ignore[arg-type]
    with using_language("en"), pytest.raises(ValidationError) as err:
        update_program(db, cmd)
    assert (err.value.message, err.value.field) == (message, field)
    assert get_program(db) == Program(10, "EUR", "", "", "", dict(DEFAULT_WEIGHTS))


def test_weights_are_saved_read_back_and_changed_again(db: Database) -> None:
    first = {f: float(i) for i, f in enumerate(Factor)}  # 0, 1, ... 7
    program = set_weights(db, first)
    assert program.weights == first
    assert get_program(db).weights == first
    second = {**first, Factor.CURRENT_REVENUE: 100, Factor.FIT: 0.5}
    program = set_weights(db, second)
    assert program.weights == {**first, Factor.CURRENT_REVENUE: 100.0, Factor.FIT: 0.5}
    with db.reading() as session:
        rows = {r.factor: r.weight for r in session.query(FactorWeight)}
    assert rows == {f.value: w for f, w in program.weights.items()}
    # a missing factor weighs 0
    only = set_weights(db, {Factor.LOGO_ATTRACTIVENESS: 5})
    assert only.weights == {f: (5.0 if f is Factor.LOGO_ATTRACTIVENESS else 0.0) for f in Factor}
    # the weights change an account's score
    a = acc.create_account(db, acc.AccountInput(name="Acme")).id
    view = acc.add_assessment(db, a, {Factor.LOGO_ATTRACTIVENESS: 5, Factor.FIT: 1})
    assert view.score.value == 100.0


@pytest.mark.parametrize(
    ("weights", "field", "message"),
    [
        ({Factor.FIT: -1}, "fit", FIT_RANGE),
        ({Factor.FIT: 100.5}, "fit", FIT_RANGE),
        (
            {Factor.FIT: "3"},
            "fit",
            "The weight of Fit (offerings, culture, industry focus) must be a number.",
        ),
        ({f: 0 for f in Factor}, "weights", "At least one factor needs a weight above zero."),
    ],
)
def test_refused_weights_write_nothing(
    db: Database, weights: dict[Factor, object], field: str, message: str
) -> None:
    set_weights(db, {f: 1.0 for f in Factor})
    with using_language("en"), pytest.raises(ValidationError) as err:
        set_weights(db, weights)  # type: ignore[arg-type]
    assert (err.value.message, err.value.field) == (message, field)
    assert get_program(db).weights == {f: 1.0 for f in Factor}


def test_the_report_model_of_a_new_program(db: Database) -> None:
    update_program(db, ProgramInput(5, "CHF", "Ann", "Acme Ltd", "Few accounts, grown together."))
    report = build_program_report(db)
    assert report.generated_on == TODAY
    assert (report.company_name, report.user_name, report.currency, report.definition) == (
        "Acme Ltd",
        "Ann",
        "CHF",
        "Few accounts, grown together.",
    )
    assert report.charter == pc.get_charter(db) and report.charter.decided == 0
    assert report.assessments == () and report.latest is None
    assert sorted(report.evidence) == [2, 3, 4, 5, 7]
    assert report.trust == pc.list_trust(db) and len(report.trust) == 6
    assert report.cooperation == () and report.leadership == ()
    assert [r.want for r in report.reflections] == [1, 2, 3, 4]
    assert [a.factor for a in report.advice] == list(range(1, 10))  # nothing assessed: all nine


def test_the_report_model_follows_the_latest_assessment_and_the_records(db: Database) -> None:
    a = acc.create_account(db, acc.AccountInput(name="Acme")).id
    acc.change_status(db, a, AccountStatus.KEY)
    pc.record_assessment(db, d.AssessmentInput("2026-01-10", [d.FactorRatingInput(3, 1)]))
    pc.record_assessment(
        db, d.AssessmentInput("2026-05-10", [d.FactorRatingInput(5, 2), d.FactorRatingInput(3, 4)])
    )
    pc.decide_component(db, 2, CharterDecision.ACCEPT, "")
    pc.save_cooperation(db, a, "Services", "pilot", 3)
    pc.save_leadership(db, "2026-04-01", ["a", "b", "c"], None, None)
    report = build_program_report(db)
    assert [x.assessed_on for x in report.assessments] == [dt.date(2026, 1, 10), dt.date(2026, 5, 10)]
    assert [(x.factor, x.rating) for x in report.advice] == [(5, 2)]
    assert report.charter.decided == 1
    assert [(c.account_name, c.division) for c in report.cooperation] == [("Acme", "Services")]
    assert [c.cycle_on for c in report.leadership] == [dt.date(2026, 4, 1)]
    with using_language("en"):
        assert build_program_report(db).evidence[2].lines[1].value == "1 of a cap of 10 (within the cap)"


def test_the_pdf_export_reports_its_progress_and_its_pages(db: Database, tmp_path: Path) -> None:
    steps: list[tuple[float, str]] = []
    target = tmp_path / "program.pdf"
    with using_language("en"):
        result = export_program_pdf(db, target, lambda share, label: steps.append((share, label)))
    assert steps == [(0.05, "Reading the program"), (0.4, "Laying out the pages"), (1.0, "Done")]
    assert result.path == target and target.read_bytes().startswith(b"%PDF")
    assert result.pages >= 1 and result.seconds >= 0
    again = export_program_pdf(db, str(tmp_path / "quiet.pdf"))
    assert again.path == tmp_path / "quiet.pdf" and again.pages == result.pages


def test_the_pdf_export_refuses_to_overwrite_the_database(db: Database) -> None:
    with pytest.raises(ValidationError):
        export_program_pdf(db, db.path)


def test_weights_missing_from_the_file_are_written_as_new_rows(db: Database) -> None:
    with db.session() as session:
        session.query(FactorWeight).filter(
            FactorWeight.factor.in_([Factor.FIT.value, Factor.CURRENT_REVENUE.value])
        ).delete(synchronize_session=False)
    assert get_program(db).weights == dict(DEFAULT_WEIGHTS)  # missing rows read as the defaults
    wanted = {**{f: 1.0 for f in Factor}, Factor.FIT: 7.0, Factor.CURRENT_REVENUE: 3.0}
    assert set_weights(db, wanted).weights == wanted
    with db.reading() as session:
        rows = {r.factor: r.weight for r in session.query(FactorWeight)}
    assert rows == {f.value: w for f, w in wanted.items()}


def test_the_report_advice_follows_the_newest_of_three_assessments(db: Database) -> None:
    for on, factor in (("2026-01-10", 1), ("2026-02-10", 2), ("2026-03-10", 3)):
        pc.record_assessment(db, d.AssessmentInput(on, [d.FactorRatingInput(factor, 1)]))
    report = build_program_report(db)
    assert [(a.factor, a.rating) for a in report.advice] == [(3, 1)]
    assert report.latest is not None and report.latest.assessed_on == dt.date(2026, 3, 10)
