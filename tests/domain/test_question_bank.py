from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kam_desktop.domain.question_bank import (
    QuestionBank,
    load_question_bank,
)

CATEGORY_KEYS = [
    "our_team",
    "account_team",
    "trends",
    "needs",
    "what_else_known",
    "competitors",
    "value",
    "still_to_learn",
]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_question_bank()


def _minimal() -> dict[str, Any]:
    return {
        "version": 1,
        "categories": [
            {"id": 1, "key": "our_team", "title": "Our team", "description": "d"},
            {
                "id": 2,
                "key": "account_team",
                "title": "Account team",
                "description": "d",
            },
        ],
        "questions": [
            {
                "id": "Q01",
                "category": 1,
                "text": "First?",
                "hint": "h",
                "rigour": ["deep"],
            },
            {
                "id": "Q02",
                "category": 2,
                "text": "Second?",
                "hint": "h",
                "rigour": ["light", "standard", "deep"],
            },
        ],
    }


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "bank.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_default_bank_loads_and_is_cached(bank: QuestionBank) -> None:
    assert isinstance(bank, QuestionBank)
    assert load_question_bank() is load_question_bank()


def test_exactly_57_questions(bank: QuestionBank) -> None:
    assert len(bank.questions) == 57


def test_eight_categories_with_expected_keys(bank: QuestionBank) -> None:
    assert [c.id for c in bank.categories] == list(range(1, 9))
    assert [c.key for c in bank.categories] == CATEGORY_KEYS
    for category in bank.categories:
        assert category.title.strip()
        assert category.description.strip()


def test_every_category_has_at_least_four_questions(bank: QuestionBank) -> None:
    for category in bank.categories:
        assert len(bank.in_category(category.id)) >= 4, category.key
    assert sum(len(bank.in_category(c.id)) for c in bank.categories) == 57


def test_ids_unique_well_formed_and_in_order(bank: QuestionBank) -> None:
    ids = [q.id for q in bank.questions]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"Q\d\d", qid) for qid in ids)
    assert ids == [f"Q{n:02d}" for n in range(1, 58)]
    categories = [q.category for q in bank.questions]
    assert categories == sorted(categories), "questions must be ordered by category"


def test_every_question_has_text_and_hint(bank: QuestionBank) -> None:
    for question in bank.questions:
        assert question.text.strip(), question.id
        assert question.hint.strip(), question.id


def test_rigour_levels_are_nested(bank: QuestionBank) -> None:
    light = set(bank.for_rigour("light"))
    standard = set(bank.for_rigour("standard"))
    deep = set(bank.for_rigour("deep"))
    assert light
    assert light < standard
    assert standard <= deep
    assert deep == set(bank.questions)
    assert len(deep) == 57


def test_every_category_has_a_light_question(bank: QuestionBank) -> None:
    light_categories = {q.category for q in bank.for_rigour("light")}
    assert light_categories == {c.id for c in bank.categories}


def test_for_rigour_rejects_unknown_level(bank: QuestionBank) -> None:
    with pytest.raises(ValueError, match="unknown rigour level"):
        bank.for_rigour("extreme")


def test_lookups(bank: QuestionBank) -> None:
    question = bank.by_id("Q01")
    assert question.id == "Q01"
    assert bank.category(question.category).key == "our_team"
    with pytest.raises(KeyError):
        bank.by_id("Q99")
    with pytest.raises(KeyError):
        bank.category(99)


def test_minimal_valid_file_loads(tmp_path: Path) -> None:
    bank = load_question_bank(_write(tmp_path, _minimal()))
    assert [q.id for q in bank.questions] == ["Q01", "Q02"]
    assert bank.by_id("Q02").rigour == frozenset({"light", "standard", "deep"})


def test_rejects_duplicate_id(tmp_path: Path) -> None:
    data = _minimal()
    data["questions"][1]["id"] = "Q01"
    with pytest.raises(ValueError, match="duplicate question id"):
        load_question_bank(_write(tmp_path, data))


def test_rejects_unknown_category(tmp_path: Path) -> None:
    data = _minimal()
    data["questions"][1]["category"] = 9
    with pytest.raises(ValueError, match="unknown category 9"):
        load_question_bank(_write(tmp_path, data))


def test_rejects_unknown_rigour(tmp_path: Path) -> None:
    data = _minimal()
    data["questions"][0]["rigour"] = ["deep", "extreme"]
    with pytest.raises(ValueError, match="rigour"):
        load_question_bank(_write(tmp_path, data))


def test_rejects_empty_text(tmp_path: Path) -> None:
    data = _minimal()
    data["questions"][0]["text"] = "   "
    with pytest.raises(ValueError, match="'text'"):
        load_question_bank(_write(tmp_path, data))


def test_rejects_invalid_json(tmp_path: Path) -> None:
    path = tmp_path / "bank.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_question_bank(path)


def test_only_questions_about_the_customer_are_askable(bank: QuestionBank) -> None:
    askable = {q.id for q in bank.questions if q.askable}
    # our economics, our view of their people, our own gaps: never put to the customer
    assert not askable & {"Q02", "Q03", "Q05", "Q08", "Q11", "Q12", "Q49", "Q51", "Q52", "Q55", "Q57"}
    assert {"Q22", "Q23", "Q28", "Q56"} <= askable
    assert bank.by_id("Q22").ask_customer == "What are your top three business priorities this year?"
    for q in bank.questions:
        if q.askable:
            assert "the customer" not in q.ask_customer.lower(), q.id
            assert "margin" not in q.ask_customer.lower() and "worth" not in q.ask_customer.lower(), q.id


def test_parsed_values_are_exact() -> None:
    from kam_desktop.domain.question_bank import parse_question_bank

    data = _minimal()
    data["questions"][0]["ask_customer"] = "  Ask them?  "
    bank = parse_question_bank(data)
    assert bank.categories[0].description == "d"
    first = bank.questions[0]
    assert (first.id, first.category, first.text, first.hint, first.ask_customer) == (
        "Q01",
        1,
        "First?",
        "h",
        "Ask them?",
    )
    assert first.rigour == frozenset({"deep"})
    del data["questions"][1]["hint"]
    assert parse_question_bank(data).questions[1].hint == ""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(categories=[]), "'categories' must be a non-empty list"),
        (lambda d: d.update(questions=[]), "'questions' must be a non-empty list"),
        (lambda d: d["categories"].append("x"), "category #3 must be a JSON object"),
        (lambda d: d["categories"][0].update(id=True), "category #1 has no integer 'id'"),
        (lambda d: d["categories"][1].update(id=1), "duplicate category id 1"),
        (
            lambda d: d["categories"][1].update(key=d["categories"][0]["key"]),
            "duplicate category key 'our_team'",
        ),
        (lambda d: d["categories"][0].update(title=" "), "category 1: 'title' must be non-empty text"),
        (lambda d: d["categories"][1].update(key=""), "category 2: 'key' must be non-empty text"),
        (lambda d: d["questions"].append(7), "question #3 must be a JSON object"),
        (lambda d: d["questions"][0].update(id="X1"), "question X1: id must look like 'Q01'"),
        (lambda d: d["questions"][0].update(category=True), "question Q01: 'category' must be an integer"),
        (lambda d: d["questions"][0].update(category="1"), "question Q01: 'category' must be an integer"),
        (lambda d: d["questions"][0].update(hint=3), "question Q01: 'hint' must be text"),
        (lambda d: d["questions"][0].update(rigour=[]), "question Q01: 'rigour' must be a non-empty list"),
        (lambda d: d["questions"][0].update(text="  "), "question Q01: 'text' must be non-empty text"),
    ],
)
def test_each_malformed_bank_is_refused_with_its_reason(change: Any, message: str) -> None:
    from kam_desktop.domain.question_bank import QuestionBankError, parse_question_bank

    data = _minimal()
    change(data)
    with pytest.raises(QuestionBankError) as info:
        parse_question_bank(data)
    assert str(info.value) == message


def test_a_bank_that_is_not_an_object_is_refused() -> None:
    from kam_desktop.domain.question_bank import QuestionBankError, parse_question_bank

    with pytest.raises(QuestionBankError) as info:
        parse_question_bank([1, 2])
    assert str(info.value) == "top level must be a JSON object"
