"""Breadth (issue 12): bidi isolation of user values in our sentences."""

from __future__ import annotations

from kam_desktop.domain.bidi import FSI, PDI, fill, isolate, joined


def test_isolate_values() -> None:
    assert isolate(None) == ""
    assert isolate("") == ""
    assert isolate("Acme") == "Acme"
    assert isolate(1400) == "1400"
    assert isolate("شركة النور") == f"{FSI}شركة النور{PDI}"
    assert isolate("Acme שלום") == f"{FSI}Acme שלום{PDI}"


def test_fill_and_joined_isolate_each_value_and_leave_none_empty() -> None:
    assert (
        fill("Make the case \u201c%1\u201d \u2014 %2", "شركة", None)
        == f"Make the case \u201c{FSI}شركة{PDI}\u201d \u2014 "
    )
    assert joined(" \u00b7 ", ["Chemicals", None, "مصر"]) == f"Chemicals \u00b7  \u00b7 {FSI}مصر{PDI}"
