"""The KAM program pinned by what the user sees: settings recreated after an interrupted first
start, refusals naming their field word for word, unrated factors in the history, charter
refusals, the order of the division table, a saved reflection, the review-due boundary (the
day pinned), and the program report's division table (read model and PDF)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain import program as d
from kam_desktop.domain.enums import AccountStatus, Factor, GrowthFocus, Health
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.program_method import CharterDecision
from kam_desktop.domain.scoring import DEFAULT_WEIGHTS
from kam_desktop.services import clock
from kam_desktop.services import program_checklist as pc
from kam_desktop.services import program_evidence as pe
from kam_desktop.services.accounts import AccountInput, change_status, create_account
from kam_desktop.services.plans import ensure_plan
from kam_desktop.services.program import Program, ProgramInput, get_program, update_program
from kam_desktop.services.program_report import build_program_report, export_program_pdf
from kam_desktop.store.database import Database
from kam_desktop.store.models import AccountPlan, Objective, ProgramSettings, Review

TODAY = dt.date(2026, 6, 15)
SINCE = TODAY - dt.timedelta(days=d.REVIEW_INTERVAL_DAYS)  # 2026-03-15


@pytest.fixture(autouse=True)
def _pinned() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


# --- program settings ------------------------------------------------------------------------


def _drop_settings(db: Database) -> None:
    with db.session() as session:
        row = session.get(ProgramSettings, 1)
        assert row is not None
        session.delete(row)
    with db.reading() as session:
        assert session.get(ProgramSettings, 1) is None


def test_settings_lost_at_an_interrupted_first_start_come_back_as_the_defaults(db: Database) -> None:
    _drop_settings(db)
    assert get_program(db) == Program(10, "EUR", "", "", "", dict(DEFAULT_WEIGHTS))
    with db.reading() as session:
        row = session.get(ProgramSettings, 1)
        assert row is not None and (row.key_account_cap, row.currency) == (10, "EUR")


def test_settings_lost_can_be_saved_again(db: Database) -> None:
    _drop_settings(db)
    saved = update_program(
        db, ProgramInput(7, " usd ", "  Giulia Conti ", "OurCo", "Accounts worth growing together.")
    )
    assert saved == Program(
        7, "USD", "Giulia Conti", "OurCo", "Accounts worth growing together.", DEFAULT_WEIGHTS
    )
    assert get_program(db) == saved


@pytest.mark.parametrize(
    ("cmd", "field", "message"),
    [
        (
            ProgramInput(0, "EUR"),
            "key_account_cap",
            "The key-account cap must be a whole number from 1 to 10,000.",
        ),
        (
            ProgramInput(10001, "EUR"),
            "key_account_cap",
            "The key-account cap must be a whole number from 1 to 10,000.",
        ),
        (ProgramInput(10, "EURO"), "currency", "Currency must be a 3-letter code such as EUR or USD."),
        (ProgramInput(10, "EUR", "Ann\nBerg"), "user_name", "Your name cannot contain a line break."),
        (
            ProgramInput(10, "EUR", "", "x" * 201),
            "company_name",
            "Company name is too long (201 characters; at most 200).",
        ),
        (ProgramInput(10, "EUR", "", "OurCo\tGroup"), "company_name", "Company name cannot contain a tab."),
        (ProgramInput(10, "EUR", "", "", "\x07"), "definition", None),
    ],
)
def test_each_refused_setting_names_its_field_and_writes_nothing(
    db: Database, cmd: ProgramInput, field: str, message: str | None
) -> None:
    before = get_program(db)
    with pytest.raises(ValidationError) as err:
        update_program(db, cmd)
    assert err.value.field == field
    if message is not None:
        assert str(err.value) == message
    assert get_program(db) == before


def test_the_first_and_last_allowed_caps_are_kept(db: Database) -> None:
    assert update_program(db, ProgramInput(1, "eur")).key_account_cap == 1
    assert update_program(db, ProgramInput(10000, "EUR")).key_account_cap == 10000


def test_a_refused_company_name_in_italian(db: Database, italian: None) -> None:
    with pytest.raises(ValidationError) as err:
        update_program(db, ProgramInput(10, "EUR", "", "x" * 201))
    assert (err.value.field, str(err.value)) == (
        "company_name",
        "Il campo «Nome dell'azienda» è troppo lungo (201 caratteri; al massimo 200).",
    )


# --- self-assessment history: every factor, rated or not ----------------------------------


def test_an_assessment_lists_all_nine_factors_with_the_unrated_ones_empty(db: Database) -> None:
    pc.record_assessment(
        db, d.AssessmentInput("2026-06-01", [d.FactorRatingInput(3, 4, "ok"), d.FactorRatingInput(7, 2)])
    )
    (only,) = pc.list_assessments(db)
    assert only.ratings == (
        d.FactorRating(1, None),
        d.FactorRating(2, None),
        d.FactorRating(3, 4, "ok"),
        d.FactorRating(4, None),
        d.FactorRating(5, None),
        d.FactorRating(6, None),
        d.FactorRating(7, 2),
        d.FactorRating(8, None),
        d.FactorRating(9, None),
    )
    assert [r.factor for r in only.ratings] == list(range(1, 10))


# --- charter refusals ----------------------------------------------------------------------


@pytest.mark.parametrize("decision", [CharterDecision.ADAPT, CharterDecision.REJECT, "adapt", "reject"])
def test_adapting_or_rejecting_without_own_words_is_refused_word_for_word(
    db: Database, decision: CharterDecision | str
) -> None:
    with pytest.raises(ValidationError) as err:
        pc.decide_component(db, 4, decision, " \n ")
    assert (err.value.field, str(err.value)) == (
        "our_words",
        "Say in your own words how you adapt it, or why you reject it.",
    )
    assert pc.get_charter(db).items[3] == d.CharterItem(
        4, pc.get_charter(db).items[3].statement, None, "", None
    )


def test_adapting_without_own_words_in_italian(db: Database, italian: None) -> None:
    with pytest.raises(ValidationError) as err:
        pc.decide_component(db, 4, "reject", "")
    assert str(err.value) == "Di' con parole tue come la adatti, o perché la respingi."


def test_accepting_or_clearing_needs_no_words_and_clearing_drops_the_date(db: Database) -> None:
    charter = pc.decide_component(db, 5, CharterDecision.ACCEPT, "")
    assert (charter.items[4].decision, charter.items[4].decided_on) == (CharterDecision.ACCEPT, TODAY)
    charter = pc.decide_component(db, 5, None, "Not now.", "2026-01-02")
    assert (charter.items[4].decision, charter.items[4].our_words, charter.items[4].decided_on) == (
        None,
        "Not now.",
        None,
    )


# --- division cooperation: by account, then division, then the order entered ------------------


def test_divisions_are_listed_by_account_then_division_ignoring_case(db: Database) -> None:
    zeta = create_account(db, AccountInput(name="zeta Logistics")).id
    alpha = create_account(db, AccountInput(name="Alpha Chemicals")).id
    beta = create_account(db, AccountInput(name="beta Foods")).id
    pc.save_cooperation(db, zeta, "Aftersales", "", 3)
    pc.save_cooperation(db, beta, "services", "", None)
    pc.save_cooperation(db, alpha, "Zinc plant", "", 5)
    pc.save_cooperation(db, beta, "Finance", "", 2)
    pc.save_cooperation(db, alpha, "aluminium", "", 1)
    assert [(c.account_name, c.division) for c in pc.list_cooperation(db)] == [
        ("Alpha Chemicals", "aluminium"),
        ("Alpha Chemicals", "Zinc plant"),
        ("beta Foods", "Finance"),
        ("beta Foods", "services"),
        ("zeta Logistics", "Aftersales"),
    ]
    assert [c.division for c in pc.list_cooperation(db, beta)] == ["Finance", "services"]


def test_the_same_division_twice_is_listed_in_the_order_entered(db: Database) -> None:
    acme = create_account(db, AccountInput(name="Acme")).id
    first = pc.save_cooperation(db, acme, "Sales", "North", 2)
    second = pc.save_cooperation(db, acme, "SALES", "South", 4)
    third = pc.save_cooperation(db, acme, "sales", "East", None)
    assert [c.id for c in pc.list_cooperation(db)] == [first.id, second.id, third.id]


# --- a saved reflection ----------------------------------------------------------------------


def test_a_saved_reflection_returns_its_want_text_and_linked_objectives(db: Database) -> None:
    acme = create_account(db, AccountInput(name="Acme")).id
    change_status(db, acme, AccountStatus.KEY)
    plan = ensure_plan(db, acme).id
    with db.session() as session:
        for _ in range(2):
            session.add(Objective(plan_id=plan, growth_focus=GrowthFocus.PENETRATION.value, description="o"))
    saved = pc.save_reflection(db, 2, "We sell to Procurement only.")
    assert saved == d.WantReflection(2, "We sell to Procurement only.", 2)
    assert pc.list_reflections(db)[1] == saved
    assert pc.save_reflection(db, 3, "") == d.WantReflection(3, "", 0)


# --- review due: a plan started exactly one review interval ago is due -----------------------


def _key_plan(db: Database, name: str, start: dt.date, end: dt.date, reviewed: dt.date | None) -> None:
    account = create_account(db, AccountInput(name=name)).id
    change_status(db, account, AccountStatus.KEY)
    plan_id = ensure_plan(db, account).id
    with db.session() as session:
        plan = session.get(AccountPlan, plan_id)
        assert plan is not None
        plan.period_start, plan.period_end = start, end
        if reviewed is not None:
            session.add(Review(plan_id=plan_id, held_on=reviewed, health=Health.ON_TRACK.value))


def test_review_due_and_on_time_at_the_interval_boundary(db: Database) -> None:
    year = dt.timedelta(days=365)
    _key_plan(db, "Exactly due", SINCE, TODAY, SINCE)  # due; reviewed on the first day that counts
    _key_plan(db, "Due a day ago", SINCE - dt.timedelta(days=1), SINCE + year, SINCE - dt.timedelta(days=1))
    _key_plan(db, "Not yet due", SINCE + dt.timedelta(days=1), SINCE + year, None)
    _key_plan(db, "Starts tomorrow", TODAY + dt.timedelta(days=1), TODAY + year, None)
    _key_plan(db, "Ended yesterday", SINCE - year, TODAY - dt.timedelta(days=1), None)
    planning, process = pe.plan_process_facts(db)
    assert process == d.ProcessFacts(plans=3, phases_done=0, plans_due_for_review=2, reviewed_on_time=1)
    assert (planning.key_accounts, planning.with_current_plan) == (5, 3)
    evidence = pe.program_evidence(db)[4]
    assert [line.value for line in evidence.lines][1] == "1 of 2 (50%)"


def test_a_plan_started_a_day_short_of_the_interval_is_not_yet_due(db: Database) -> None:
    _key_plan(db, "Young", SINCE + dt.timedelta(days=1), TODAY, None)
    assert pe.plan_process_facts(db)[1] == d.ProcessFacts(1, 0, 0, 0)


# --- the program report's division table ----------------------------------------------------


def test_the_program_report_lists_the_divisions_on_key_accounts(db: Database, tmp_path: Path) -> None:
    acme = create_account(db, AccountInput(name="Acme Tooling")).id
    pc.save_cooperation(db, acme, "Zinc plant", "Runs the pilot line", 4)
    pc.save_cooperation(db, acme, "Finance", "Payment terms", None)
    report = build_program_report(db)
    assert report.cooperation == pc.list_cooperation(db)
    assert [(c.account_name, c.division, c.involvement, c.rating) for c in report.cooperation] == [
        ("Acme Tooling", "Finance", "Payment terms", None),
        ("Acme Tooling", "Zinc plant", "Runs the pilot line", 4),
    ]
    out = tmp_path / "program.pdf"
    export_program_pdf(db, out)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(out)).pages)
    assert "Our divisions on key accounts" in text
    assert "Runs the pilot line" in text and "Payment terms" in text
    assert "No division recorded on a key account yet." not in text


def test_the_program_report_says_when_no_division_is_recorded(db: Database, tmp_path: Path) -> None:
    assert build_program_report(db).cooperation == ()
    out = tmp_path / "program.pdf"
    export_program_pdf(db, out)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(out)).pages)
    assert "No division recorded on a key account yet." in text


def test_factor_weights_are_the_defaults_in_a_new_program(db: Database) -> None:
    assert get_program(db).weights == {f: DEFAULT_WEIGHTS[f] for f in Factor}
