"""How SQLite's findings are worded for the user (m4 survivor ``store.integrity._plain`` #24: a
finding that speaks of corruption, and of nothing else the classifier knows, was no longer read
as damage)."""

from __future__ import annotations

from kam_desktop.i18n import using_language
from kam_desktop.store import integrity

DAMAGED = "parts of the file are damaged (SQLite found broken pages or indexes)."


def test_a_finding_of_corruption_alone_is_read_as_damaged_parts() -> None:
    with using_language("en"):
        assert integrity._plain(["Tree 7: corrupt index idx_account_name"]) == DAMAGED
        assert integrity._plain(["CORRUPTION in table account"]) == DAMAGED  # (any case)
        # what it is told apart from: a finding it does not know is quoted as SQLite gave it
        assert (
            integrity._plain(["wrong # of entries in index x"])
            == "SQLite reports: wrong # of entries in index x"
        )
