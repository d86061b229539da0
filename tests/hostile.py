"""An oracle for the shared hostile strings, written from the input policy (domain/validation.py's
docstring), so "stored exactly or refused" tests know which of the two must happen."""

from __future__ import annotations

from tests.conftest import hostile_strings

__all__ = ["hostile_strings", "name_problem", "one_line_ok", "text_ok"]


def name_problem(text: str, max_len: int = 200) -> str | None:
    """Why ``text`` is refused as a one-line name: 'empty', 'too long', 'control'; None if stored."""
    cleaned = text.strip()
    if not cleaned:
        return "empty"
    if len(cleaned) > max_len:
        return "too long"
    if any(ord(c) < 32 or ord(c) == 127 or c in "\u2028\u2029" for c in cleaned):
        return "control"
    return None


def one_line_ok(text: str, max_len: int = 200) -> bool:
    return name_problem(text, max_len) is None


def text_ok(text: str, max_len: int = 100_000) -> bool:
    """Free text keeps tabs and line breaks; other control characters are refused."""
    return len(text) <= max_len and not any(
        (ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127 for c in text
    )
