"""The question bank (fourth mutation measurement, issue 12): a malformed bank is refused with a
message that names the question and the field, word for word."""

from __future__ import annotations

from typing import Any

import pytest

from kam_desktop.domain.question_bank import QuestionBankError, parse_question_bank


def _bank() -> dict[str, Any]:
    return {
        "categories": [{"id": 1, "key": "our_team", "title": "Our team", "title_it": "Il nostro team"}],
        "questions": [
            {"id": "Q01", "category": 1, "text": "First?", "text_it": "Prima?", "rigour": ["light"]},
            {"id": "Q02", "category": 1, "text": "Second?", "rigour": ["standard", "deep"]},
        ],
    }


def _refusal(data: dict[str, Any]) -> str:
    with pytest.raises(QuestionBankError) as info:
        parse_question_bank(data)
    return str(info.value)


def test_an_unknown_rigour_level_is_refused_listing_the_three_levels() -> None:
    data = _bank()
    data["questions"][1]["rigour"] = ["standard", "extreme"]
    assert _refusal(data) == (
        "question Q02: unknown rigour level 'extreme'; expected any of light, standard, deep"
    )


@pytest.mark.parametrize(
    ("where", "field", "message"),
    [
        ("questions", "text_it", "question Q02: 'text_it' must be text"),
        ("questions", "hint_it", "question Q02: 'hint_it' must be text"),
        ("questions", "ask_customer_it", "question Q02: 'ask_customer_it' must be text"),
        ("categories", "title_it", "category 1: 'title_it' must be text"),
    ],
)
def test_an_italian_text_that_is_not_text_is_refused_naming_its_question(
    where: str, field: str, message: str
) -> None:
    data = _bank()
    data[where][-1][field] = ["not", "text"]
    assert _refusal(data) == message


def test_the_well_formed_bank_reads_both_languages() -> None:
    bank = parse_question_bank(_bank())
    assert [q.text_in("it") for q in bank.questions] == ["Prima?", "Second?"]
    assert bank.categories[0].titles == {"en": "Our team", "it": "Il nostro team"}
