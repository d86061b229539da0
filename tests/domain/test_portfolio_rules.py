"""The key-account cap and the promote / review suggestions, with ties and boundaries."""

from __future__ import annotations

import pytest

from kam_desktop.domain.enums import AccountStatus
from kam_desktop.domain.portfolio import CapState, Suggestion, suggestions

KEY, CAND, STD = AccountStatus.KEY, AccountStatus.CANDIDATE, AccountStatus.STANDARD


@pytest.mark.parametrize(
    ("count", "cap", "over", "at_or_over", "label"),
    [
        (0, 10, False, False, "0 of 10 key accounts"),
        (9, 10, False, False, "9 of 10 key accounts"),
        (10, 10, False, True, "10 of 10 key accounts"),
        (11, 10, True, True, "11 of 10 key accounts"),
    ],
)
def test_cap_state_at_the_boundary(count: int, cap: int, over: bool, at_or_over: bool, label: str) -> None:
    state = CapState(count, cap)
    assert (state.over_cap, state.at_or_over_cap, state.label) == (over, at_or_over, label)


def test_no_key_accounts_and_free_places_promote_the_best_scored_up_to_the_free_places() -> None:
    rows = [
        (1, "Low", CAND, 10.0),
        (2, "High", CAND, 90.0),
        (3, "Mid", STD, 50.0),
        (4, "Unscored", CAND, None),
    ]
    assert suggestions(rows, cap=2) == [
        Suggestion(2, "promote", "High scores 90.0: consider key status."),
        Suggestion(3, "promote", "Mid scores 50.0: consider key status."),
    ]


def test_a_full_list_promotes_only_what_beats_the_weakest_key_account() -> None:
    rows = [
        (1, "Key A", KEY, 60.0),
        (2, "Key B", KEY, 40.0),
        (3, "Better", CAND, 40.1),
        (4, "Tie", CAND, 40.0),  # equal is not better
        (5, "Worse", CAND, 39.9),
    ]
    result = suggestions(rows, cap=2)
    assert [(s.account_id, s.kind) for s in result] == [(3, "promote")]


def test_one_free_place_adds_exactly_one_extra_promotion() -> None:
    rows = [
        (1, "Key A", KEY, 60.0),
        (3, "Second", CAND, 30.0),
        (4, "First", CAND, 35.0),
    ]
    assert [s.account_id for s in suggestions(rows, cap=2)] == [4]
    assert [s.account_id for s in suggestions(rows, cap=3)] == [4, 3]
    assert suggestions(rows, cap=1) == []


def test_over_the_cap_there_are_no_free_places() -> None:
    rows = [(1, "Key A", KEY, 50.0), (2, "Key B", KEY, 50.0), (3, "Cand", CAND, 20.0)]
    assert suggestions(rows, cap=1) == []


def test_a_key_account_below_every_non_key_account_is_flagged_for_review() -> None:
    rows = [
        (1, "Weak Key", KEY, 19.9),
        (2, "Tied Key", KEY, 20.0),  # equal to the weakest other: not below it
        (3, "Cand", CAND, 20.0),
        (4, "Other", STD, 80.0),
    ]
    assert suggestions(rows, cap=2) == [
        Suggestion(4, "promote", "Other scores 80.0: consider key status."),
        Suggestion(3, "promote", "Cand scores 20.0: consider key status."),
        Suggestion(1, "review_key", "Weak Key scores 19.9, below every non-key account: review its status."),
    ]


def test_review_flag_beside_a_promotion() -> None:
    rows = [(1, "Weak Key", KEY, 19.9), (2, "Tied Key", KEY, 20.0), (3, "Cand", STD, 19.96)]
    assert suggestions(rows, cap=2) == [
        Suggestion(3, "promote", "Cand scores 20.0: consider key status."),
        Suggestion(1, "review_key", "Weak Key scores 19.9, below every non-key account: review its status."),
    ]


@pytest.mark.parametrize("status", [AccountStatus.ARCHIVED, AccountStatus.DISQUALIFIED])
def test_archived_and_disqualified_accounts_are_neither_promoted_nor_a_benchmark(
    status: AccountStatus,
) -> None:
    rows = [(1, "Key", KEY, 30.0), (2, "Gone", status, 99.0), (3, "Cand", CAND, 10.0)]
    # "Gone" would be promoted and would make the key account look weak, were it counted
    assert suggestions(rows, cap=1) == []


def test_an_archived_key_status_row_does_not_take_a_place() -> None:
    rows = [(1, "Old key", AccountStatus.ARCHIVED, 90.0), (2, "Cand", CAND, 10.0)]
    assert [s.account_id for s in suggestions(rows, cap=1)] == [2]


def test_unscored_key_accounts_count_against_the_cap_but_are_never_flagged() -> None:
    rows = [(1, "Unscored key", KEY, None), (2, "Cand", CAND, 10.0)]
    assert suggestions(rows, cap=1) == []  # the only place is taken
    assert [s.account_id for s in suggestions(rows, cap=2)] == [2]


def test_text_rounds_to_one_decimal() -> None:
    (s,) = suggestions([(7, "Round", CAND, 66.66)], cap=1)
    assert s.text == "Round scores 66.7: consider key status."


@pytest.mark.usefixtures("italian")
def test_suggestions_are_worded_in_italian_with_the_italian_decimal_comma() -> None:
    rows = [(1, "Chiave Debole", KEY, 19.9), (2, "Candidato Forte", CAND, 91.7)]
    assert suggestions(rows, 1) == [
        Suggestion(2, "promote", "Candidato Forte ha un punteggio di 91,7: valuta lo stato di key account."),
        Suggestion(
            1,
            "review_key",
            "Chiave Debole ha un punteggio di 19,9, più basso di ogni account che non è key account: rivedine lo stato.",
        ),
    ]
