"""Breadth (issue 12): the accounts file's column mapping - headers recognised, the user's overrides."""

from __future__ import annotations

import pytest

from kam_desktop.domain.errors import ValidationError
from kam_desktop.domain.interchange.account_columns import apply_overrides, auto_map, normalise_header
from kam_desktop.i18n import using_language

HEADERS = ["Company", "Fatturato", "Notes"]
FIELDS = "currency, current_revenue, description, industry, internal_notes, name, potential_revenue, region, ignore"


def _refusal(overrides: list[str]) -> tuple[str, str | None]:
    with pytest.raises(ValidationError) as err:
        apply_overrides(HEADERS, auto_map(HEADERS), overrides)
    return err.value.message, err.value.field


def test_normalise_header_drops_a_pipedrive_prefix_accents_case_and_punctuation() -> None:
    assert normalise_header("Organization - Name") == "organizationname"
    assert normalise_header("Person-Email") == "personemail"
    assert normalise_header("Società") == "societa"
    assert normalise_header("Address 1: Country/Region") == "address1countryregion"


def test_a_header_written_without_the_dash_is_still_recognised() -> None:
    assert auto_map(["Organization Name", "Organization Annual revenue"]) == {0: "name", 1: "current_revenue"}
    assert auto_map(["ORGANIZATION - NAME"]) == {0: "name"}


def test_auto_map_of_common_headers() -> None:
    assert auto_map(HEADERS) == {0: "name", 1: "current_revenue", 2: "internal_notes"}


def test_overrides_ignore_a_column_and_then_map_another() -> None:
    mapping = auto_map(HEADERS)
    assert apply_overrides(HEADERS, mapping, ["Company=ignore", "Notes=industry"]) == {
        1: "current_revenue",
        2: "industry",
    }
    assert apply_overrides(HEADERS, mapping, ["notes = Name"]) == {1: "current_revenue", 2: "name"}
    assert apply_overrides(HEADERS, mapping, ["Company=ignore", "Fatturato=ignore"]) == {2: "internal_notes"}


def test_an_unknown_column_is_refused_at_the_map_field() -> None:
    with using_language("en"):
        assert _refusal(["Nope=name"]) == (
            "The file has no column \u201cNope\u201d. Its columns: Company, Fatturato, Notes.",
            "map",
        )
    with using_language("it"):
        assert _refusal(["Nope=name"]) == (
            "Il file non ha una colonna \u201cNope\u201d. Le sue colonne: Company, Fatturato, Notes.",
            "map",
        )


def test_an_unknown_field_is_refused_listing_the_fields() -> None:
    with using_language("en"):
        assert _refusal(["Company=size"]) == (f"\u201csize\u201d is not a field. Fields: {FIELDS}.", "map")
    with using_language("it"):
        assert _refusal(["Company=size"]) == (f"\u201csize\u201d non è un campo. Campi: {FIELDS}.", "map")


def test_an_entry_without_equals_is_refused() -> None:
    with using_language("en"):
        assert _refusal(["bad"]) == (
            "Write a mapping as \u201cColumn=field\u201d, not \u201cbad\u201d.",
            "map",
        )
    with using_language("it"):
        assert _refusal(["=name"]) == (
            "Scrivi una corrispondenza come \u201cColonna=campo\u201d, non \u201c=name\u201d.",
            "map",
        )
