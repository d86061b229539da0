"""An accounts import's refusals as the preview shows them: a bad row keeps the account's name
beside the reason, a bad mapping entry is refused on the mapping field; method texts follow
the language asked for."""

from __future__ import annotations

import pytest

from kam_desktop.domain import program_method as pm
from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.account_columns import apply_overrides
from kam_desktop.domain.interchange.account_rows import RowProblem, build_account
from kam_desktop.domain.interchange.amounts import NumberFormat
from kam_desktop.domain.interchange.tabular import Record


def test_a_bad_amount_names_the_row_and_its_account() -> None:
    problem = build_account(
        Record(3, ("Acme", "lots")), {0: "name", 1: "current_revenue"}, NumberFormat("point", True), "EUR"
    )
    assert problem == RowProblem(
        3,
        "Current revenue: \u201clots\u201d is not a number in this format (decimal separator \u201c.\u201d). "
        "Type it like 1,250,000.50.",
        "Acme",
    )


def test_a_mapping_entry_without_an_equals_sign_is_refused_on_the_mapping() -> None:
    with pytest.raises(ValidationError) as err:
        apply_overrides(["A", "B"], {0: "name"}, ["bname"])
    assert (str(err.value), err.value.field) == (
        "Write a mapping as \u201cColumn=field\u201d, not \u201cbname\u201d.",
        "map",
    )


def test_charter_decisions_in_italian() -> None:
    assert (pm.text("Accepted", lang="it"), pm.text("Adapted", lang="it")) == ("Accettato", "Adattato")
