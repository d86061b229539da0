"""The demo reads like a real portfolio: varied, with dates, stages, phases and sharing that agree.

Checked over the generated database in both languages, with today pinned.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kam_desktop.domain.enums import PhaseStatus
from kam_desktop.services import clock
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.demo_answers import ANSWERS
from kam_desktop.services.demo_content import T
from kam_desktop.services.plans import get_plan
from kam_desktop.store import models as m
from kam_desktop.store.database import Database, open_database
from tests.conftest import nonempty
from tests.report.factory import pdf_text, squash

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    paths = {}
    for lang in ("en", "it"):
        path = tmp_path_factory.mktemp(lang) / "demo.sqlite"
        db = open_database(path)
        try:
            generate_demo(db, accounts=25, seed=7, today=TODAY, language=lang)
        finally:
            db.close()
        paths[lang] = path
    return paths


@pytest.fixture(params=["en", "it"])
def demo(request: pytest.FixtureRequest, demos: dict[str, Path]) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(demos[request.param])
    yield conn
    conn.close()


@pytest.fixture
def pinned() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_every_plan_has_its_own_strategy(demo: sqlite3.Connection) -> None:
    plans = demo.execute("SELECT strategy_what, strategy_why FROM account_plan").fetchall()
    assert len(plans) >= 8
    assert len({what for what, _ in plans}) == len(plans)
    assert len({why for _, why in plans}) >= 0.6 * len(plans)


def test_research_answers_meetings_and_value_propositions_vary(demo: sqlite3.Connection) -> None:
    answers = [a for (a,) in demo.execute("SELECT answer FROM research_answer WHERE status = 'answered'")]
    assert len(answers) >= 120
    assert len(set(answers)) >= 120 and len(set(answers)) >= 0.9 * len(answers)  # 145 of 154 today
    assert not demo.execute(
        "SELECT count(*) FROM research_answer WHERE status = 'answered' AND answer = ''"
    ).fetchone()[0]
    subjects = {s for (s,) in demo.execute("SELECT subject FROM interaction")}
    assert len(subjects) >= 30
    assert demo.execute("SELECT count(DISTINCT title) FROM value_proposition").fetchone()[0] >= 4
    assert demo.execute("SELECT count(DISTINCT name) FROM competitor").fetchone()[0] >= 4
    assert demo.execute("SELECT count(DISTINCT cares_about) FROM stakeholder").fetchone()[0] >= 15
    # a business review is called one only when it is one, and an email has no location
    for kind, subject, location in nonempty(demo.execute("SELECT kind, subject, location FROM interaction")):
        is_review = re.search(r"business review|revisione .*di business", subject, re.IGNORECASE)
        assert bool(is_review) == (kind == "business_review"), (kind, subject)
        if kind in ("email", "call"):
            assert location == ""


def test_dates_agree_with_today_and_the_plan_period(demo: sqlite3.Connection) -> None:
    done = demo.execute("SELECT due_date, completed_on FROM action WHERE status = 'done'").fetchall()
    assert done
    for due, completed in done:
        assert _day(completed) <= TODAY and _day(due) <= TODAY
    assert not demo.execute(
        "SELECT count(*) FROM action WHERE status <> 'done' AND completed_on IS NOT NULL"
    ).fetchone()[0]
    # some open actions are overdue, as in real life
    assert demo.execute(
        "SELECT count(*) FROM action WHERE status <> 'done' AND due_date < ?", (TODAY.isoformat(),)
    ).fetchone()[0]
    objectives = demo.execute(
        "SELECT o.due_date, p.period_start, p.period_end FROM objective o JOIN account_plan p ON p.id = o.plan_id"
    ).fetchall()
    assert objectives
    for due, start, end in objectives:
        assert _day(start) <= _day(due) <= _day(end)
    for start, end in nonempty(demo.execute("SELECT period_start, period_end FROM account_plan")):
        assert _day(start) <= TODAY <= _day(end)
    for (held,) in nonempty(demo.execute("SELECT held_on FROM review")):
        assert _day(held) <= TODAY
    for (on,) in nonempty(demo.execute("SELECT measured_on FROM kpi_measurement")):
        assert _day(on) <= TODAY
    for (on,) in nonempty(demo.execute("SELECT completed_on FROM plan_phase WHERE status = 'done'")):
        assert _day(on) <= TODAY
    assert not demo.execute(
        "SELECT count(*) FROM plan_phase WHERE status <> 'done' AND completed_on IS NOT NULL"
    ).fetchone()[0]
    # past meetings carry notes, booked ones do not
    for on, summary in nonempty(demo.execute("SELECT on_date, summary FROM interaction")):
        assert (summary != "") == (_day(on) <= TODAY), (on, summary)
    # a stakeholder's last contact is the last meeting they attended
    last = dict(
        demo.execute(
            "SELECT a.stakeholder_id, max(i.on_date) FROM interaction_attendee a JOIN interaction i ON i.id = a.interaction_id "
            "WHERE i.on_date <= ? AND a.stakeholder_id IS NOT NULL GROUP BY a.stakeholder_id",
            (TODAY.isoformat(),),
        ).fetchall()
    )
    assert last
    for sid, on in last.items():
        assert demo.execute("SELECT last_contact FROM stakeholder WHERE id = ?", (sid,)).fetchone()[0] == on


def test_stages_and_probabilities_agree(demo: sqlite3.Connection) -> None:
    rows = demo.execute("SELECT stage, probability, expected_close FROM opportunity").fetchall()
    stages = {stage for stage, _, _ in rows}
    assert {"won", "proposed"} <= stages
    for stage, probability, close in rows:
        if stage == "won":
            assert probability == 100 and _day(close) < TODAY
        elif stage == "lost":
            assert probability == 0 and _day(close) < TODAY
        elif close is None:  # an early idea, not yet dated
            assert stage == "identified" and 0 < probability < 100
        else:
            assert 0 < probability < 100 and _day(close) > TODAY
    # the whitespace cell of an opportunity says the same
    for stage, state in nonempty(
        demo.execute(
            "SELECT o.stage, w.state FROM opportunity o JOIN whitespace_cell w ON w.id = o.whitespace_cell_id"
        )
    ):
        assert state == {"won": "sold", "lost": "competitor"}.get(stage, "opportunity")


@pytest.mark.parametrize("lang", ["en", "it"])
def test_each_phase_status_agrees_with_the_phase_rules(
    demos: dict[str, Path], lang: str, pinned: None
) -> None:
    db = open_database(demos[lang])
    try:
        with db.session() as s:
            accounts = s.scalars(select(m.AccountPlan.account_id).order_by(m.AccountPlan.id)).all()
        seen = {status: 0 for status in PhaseStatus}
        for account_id in accounts:
            plan = get_plan(db, account_id)
            assert plan is not None
            for phase in plan.phases:
                seen[phase.status] += 1
                if phase.status is PhaseStatus.DONE:
                    assert phase.rule_holds, (account_id, phase.phase, phase.missing)
                else:  # not started or in progress: the rule names what is still missing
                    assert not phase.rule_holds, (account_id, phase.phase, phase.status)
            # phases are done in order, and the first one not done is the one in progress
            statuses = [p.status for p in plan.phases]
            done = statuses.count(PhaseStatus.DONE)
            assert statuses[:done] == [PhaseStatus.DONE] * done
            assert (
                statuses[done:]
                == ([PhaseStatus.IN_PROGRESS] + [PhaseStatus.NOT_STARTED] * (4 - done))[: 5 - done]
            )
        assert all(seen.values()), seen
    finally:
        db.close()


def test_next_joint_review_is_a_booked_meeting(demo: sqlite3.Connection) -> None:
    plans = demo.execute(
        "SELECT account_id, next_review_on FROM account_plan WHERE next_review_on IS NOT NULL"
    ).fetchall()
    assert len(plans) >= 3
    for account_id, review_on in plans:
        assert _day(review_on) > TODAY
        booked = demo.execute(
            "SELECT count(*) FROM interaction WHERE account_id = ? AND on_date = ? AND kind = 'business_review' AND shared = 1",
            (account_id, review_on),
        ).fetchone()[0]
        assert booked == 1, (account_id, review_on)
    # only booked meetings are shared, never past ones with our notes
    assert not demo.execute(
        "SELECT count(*) FROM interaction WHERE shared = 1 AND on_date <= ?", (TODAY.isoformat(),)
    ).fetchone()[0]


def test_only_joint_actions_are_shared(demo: sqlite3.Connection) -> None:
    shared = demo.execute(
        "SELECT owner_id, customer_owner_id, internal, status, objective_id FROM action WHERE shared = 1"
    ).fetchall()
    assert len(shared) >= 10
    for owner, customer_owner, internal, status, objective in shared:
        assert owner is not None and customer_owner is not None and not internal
        assert status in ("planned", "in_progress", "done")
        assert not demo.execute("SELECT internal FROM objective WHERE id = ?", (objective,)).fetchone()[0]
    # no plan lists the same action twice
    assert not demo.execute("SELECT plan_id, title FROM action GROUP BY 1, 2 HAVING count(*) > 1").fetchall()
    # our own sales tasks exist, and stay with us
    ours = demo.execute(
        "SELECT count(*) FROM action WHERE customer_owner_id IS NULL AND shared = 0"
    ).fetchone()[0]
    assert ours >= 10
    assert demo.execute("SELECT count(*) FROM action WHERE shared = 1 AND milestone = 1").fetchone()[0] >= 3
    # each joint plan shares objectives in the customer's words, its KPIs but not our own figure
    for (plan_id,) in nonempty(demo.execute("SELECT id FROM account_plan WHERE joint_version = 2")):
        assert (
            demo.execute(
                "SELECT count(*) FROM objective WHERE plan_id = ? AND shared = 1 AND customer_wording <> ''",
                (plan_id,),
            ).fetchone()[0]
            >= 2
        )
        assert (
            demo.execute("SELECT count(*) FROM kpi WHERE plan_id = ? AND shared = 1", (plan_id,)).fetchone()[
                0
            ]
            == 2
        )
    assert not demo.execute("SELECT count(*) FROM kpi WHERE shared = 1 AND internal = 1").fetchone()[0]
    assert not demo.execute("SELECT count(*) FROM objective WHERE shared = 1 AND internal = 1").fetchone()[0]


SHARED = {
    "account_plan": "joint_version, next_review_on, customer_sponsor_id, our_sponsor_id",
    "objective": "shared",
    "action": "shared, milestone, customer_owner_id, owner_id, status, due_date",
    "kpi": "shared, internal",
    "value_proposition": "shared",
    "review": "shared",
    "need": "shared",
    "trend": "shared",
    "interaction": "shared, on_date, kind",
    "plan_risk": "shared, owner_side",
}


def test_both_languages_make_the_same_choices(demos: dict[str, Path]) -> None:
    en, it = (sqlite3.connect(demos[lang]) for lang in ("en", "it"))
    try:
        for table, columns in SHARED.items():
            query = f"SELECT id, {columns} FROM {table} ORDER BY id"
            assert en.execute(query).fetchall() == it.execute(query).fetchall(), table
    finally:
        en.close()
        it.close()


JOINT_TEXTS = (
    "SELECT joint_ambition || ' ' || executive_summary || ' ' || next_steps || ' ' || meeting_cadence || ' ' "
    "|| escalation_path FROM account_plan",
    "SELECT customer_wording FROM objective WHERE shared = 1",
    "SELECT title FROM action WHERE shared = 1",
    "SELECT title || ' ' || problem || ' ' || solution || ' ' || quantified_value || ' ' || proof FROM value_proposition WHERE shared = 1",
    "SELECT name || ' ' || unit FROM kpi WHERE shared = 1",
    "SELECT customer_summary FROM review WHERE shared = 1",
    "SELECT description FROM need WHERE shared = 1",
    "SELECT description FROM trend WHERE shared = 1",
    "SELECT description || ' ' || mitigation FROM plan_risk WHERE shared = 1",
    "SELECT subject FROM interaction WHERE shared = 1",
)


def _sentences(texts: list[str]) -> set[str]:
    """Sentences (and list items) of at least three words: names alone are the same in both."""
    out = set()
    for text in texts:
        for part in re.split(r"(?<=[.;:])\s+|\n+|^\d+\.\s*", text):
            part = part.strip(" .;:")
            if len(part.split()) >= 3:
                out.add(part)
    return out


def test_italian_joint_plans_have_no_english_sentence(demos: dict[str, Path]) -> None:
    texts: dict[str, list[str]] = {}
    for lang in ("en", "it"):
        conn = sqlite3.connect(demos[lang])
        texts[lang] = [t for query in JOINT_TEXTS for (t,) in conn.execute(query) if t and t.strip()]
        conn.close()
    english = _sentences(texts["en"])
    assert len(english) >= 100
    italian = "\n".join(texts["it"])
    assert len(texts["it"]) == len(texts["en"])
    left = sorted(s for s in english if s in italian)
    assert left == []


def _english_sentences(conn: sqlite3.Connection) -> set[str]:
    """Every sentence of the English demo: its content data and what it wrote into the database."""
    from kam_desktop.services import demo_content

    data = [t.en for t in ANSWERS.values()]
    for value in vars(demo_content).values():
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, T):
                data.append(item.en)
            elif isinstance(item, dict):
                stack.extend(item.values())
            elif isinstance(item, tuple):
                stack.extend(item)
    written = [t for query in JOINT_TEXTS for (t,) in conn.execute(query) if t and t.strip()]
    return {s for s in _sentences(data + written) if "{" not in s}


def test_italian_customer_edition_of_the_richest_account_has_no_english_sentence(
    demos: dict[str, Path], tmp_path: Path, pinned: None
) -> None:
    from kam_desktop.services.export import export_plan_pdf

    db: Database = open_database(demos["it"])
    try:
        with db.session() as s:
            account_id = s.execute(
                select(m.AccountPlan.account_id)
                .join(m.Action, m.Action.plan_id == m.AccountPlan.id)
                .where(m.Action.shared.is_(True))
                .group_by(m.AccountPlan.account_id)
                .order_by(func.count(m.Action.id).desc(), m.AccountPlan.account_id)
                .limit(1)
            ).scalar_one()
        out = tmp_path / "cliente.pdf"
        export_plan_pdf(db, account_id, "customer", "a4", out, language="it")
    finally:
        db.close()
    printed = squash(pdf_text(out))
    en = sqlite3.connect(demos["en"])
    try:
        english = _english_sentences(en)
    finally:
        en.close()
    assert len(english) >= 300
    left = sorted(s for s in english if squash(s) in printed)
    assert left == []
    # and it is the joint plan, written to the customer, in Italian
    for words in ("Le vostre priorità", "Cosa proponiamo", "Insieme,"):
        assert squash(words) in printed, words
