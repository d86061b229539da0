"""Breadth (issue 12): the question bank's refusals name the question, lookups name the id."""

from __future__ import annotations

from typing import Any

import pytest

from kam_desktop.domain.question_bank import QuestionBankError, load_question_bank, parse_question_bank


def _bank(questions: list[Any]) -> dict[str, Any]:
    return {
        "categories": [{"id": 1, "key": "our_team", "title": "Our team"}],
        "questions": questions,
    }


GOOD = {"id": "Q01", "category": 1, "text": "First?", "rigour": ["deep"]}


@pytest.mark.parametrize(
    ("second", "message"),
    [
        ({"category": 1, "text": "x", "rigour": ["deep"]}, "question #2: 'id' must be non-empty text"),
        (
            {"id": "  ", "category": 1, "text": "x", "rigour": ["deep"]},
            "question #2: 'id' must be non-empty text",
        ),
        (
            {"id": 7, "category": 1, "text": "x", "rigour": ["deep"]},
            "question #2: 'id' must be non-empty text",
        ),
        ("Q02", "question #2 must be a JSON object"),
        (
            {"id": "Q2", "category": 1, "text": "x", "rigour": ["deep"]},
            "question Q2: id must look like 'Q01'",
        ),
        ({"id": "Q01", "category": 1, "text": "x", "rigour": ["deep"]}, "duplicate question id 'Q01'"),
        ({"id": "Q02", "category": 9, "text": "x", "rigour": ["deep"]}, "question Q02: unknown category 9"),
        (
            {"id": "Q02", "category": True, "text": "x", "rigour": ["deep"]},
            "question Q02: 'category' must be an integer",
        ),
        (
            {"id": "Q02", "category": 1, "text": "", "rigour": ["deep"]},
            "question Q02: 'text' must be non-empty text",
        ),
    ],
)
def test_a_malformed_question_is_refused_naming_it(second: Any, message: str) -> None:
    with pytest.raises(QuestionBankError) as err:
        parse_question_bank(_bank([GOOD, second]))
    assert str(err.value) == message


def test_by_id_finds_a_question_and_names_a_missing_id() -> None:
    bank = load_question_bank()
    assert bank.by_id("Q57").id == "Q57"
    with pytest.raises(KeyError) as err:
        bank.by_id("Q99")
    assert err.value.args == ("Q99",)
    with pytest.raises(KeyError) as err:
        bank.category(9)
    assert err.value.args == (9,)
