"""Every bank question whose subject is an internal assessment stays out of the customer edition,
each one planted and checked on its own; every other answered question is in it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from kam_desktop.report.models import Edition
from kam_desktop.services import research
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.services.plans import ensure_plan, set_rigour
from kam_desktop.store.database import open_database

# Written out here, not imported: a question dropped from the code's list must fail a test.
# (Our view of their people, our competitors, our economics, whether they stay key.)
HIDDEN = (
    "Q03", "Q05", "Q08", "Q09", "Q11", "Q12", "Q13", "Q14", "Q21", "Q24", "Q27", "Q30", "Q33", "Q35", "Q36",
    "Q37", "Q38", "Q39", "Q40", "Q41", "Q42", "Q43", "Q45", "Q49", "Q51", "Q52", "Q53", "Q54", "Q55", "Q57",
)  # fmt: skip
ALL = tuple(f"Q{n:02d}" for n in range(1, 58))


def _text_of(value: object) -> str:
    parts: list[str] = []

    def walk(v: object) -> None:
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            for f in dataclasses.fields(v):
                walk(getattr(v, f.name))
        elif isinstance(v, dict):
            for k, item in v.items():
                walk(k)
                walk(item)
        elif isinstance(v, list | tuple | set | frozenset):
            for item in v:
                walk(item)
        elif isinstance(v, str):
            parts.append(v)

    walk(value)
    return "\n".join(parts)


def _answer(qid: str) -> str:
    return f"Planted answer for {qid}."


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Edition, str]]:
    db = open_database(Path(tmp_path_factory.mktemp("hidden")) / "kam.sqlite")
    account = create_account(db, AccountInput(name="Every Question AG"))
    plan = ensure_plan(db, account.id)
    set_rigour(db, plan.id, "deep")
    for qid in ALL:
        research.save_answer(db, plan.id, qid, research.AnswerInput(_answer(qid), "answered"))
    texts = {e: _text_of(build_plan_report(db, account.id, e)) for e in (Edition.INTERNAL, Edition.CUSTOMER)}
    db.close()
    yield texts


def test_the_bank_has_57_questions_and_30_are_hidden() -> None:
    assert len(ALL) == 57 and len(set(HIDDEN)) == 30 and set(HIDDEN) <= set(ALL)


@pytest.mark.parametrize("qid", ALL)
def test_answer_is_in_the_customer_edition_only_when_its_question_is_shareable(
    editions: dict[Edition, str], qid: str
) -> None:
    assert _answer(qid) in editions[Edition.INTERNAL]
    assert (_answer(qid) in editions[Edition.CUSTOMER]) is (qid not in HIDDEN)
