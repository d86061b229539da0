"""``import-json`` checks every value against its column (type, range, length) before writing
anything, and every malformed file is one line on stderr (exit 2), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kam_desktop.app import main


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("export")
    db = folder / "small.sqlite"
    assert main(["demo", "--db", str(db), "--accounts", "2"]) == 0
    out = folder / "all.json"
    assert main(["export-json", "--db", str(db), "--out", str(out)]) == 0
    return dict(json.loads(out.read_text(encoding="utf-8")))


def _set(data: dict[str, Any], table: str, column: str, value: Any) -> dict[str, Any]:
    copy = json.loads(json.dumps(data))
    spec = copy["tables"][table]
    spec["rows"][0][spec["columns"].index(column)] = value
    return copy


def _import(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    source = tmp_path / "in.json"
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    target = tmp_path / "new.sqlite"
    code = main(["import-json", "--db", str(target), "--from", str(source)])
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("kam-desktop: ") and "Traceback" not in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]  # nothing written
    return lines[0]


DATE_WORDS = "expected a date (YYYY-MM-DD) or time stamp (YYYY-MM-DD HH:MM:SS)"
CASES = [
    ("text in a money column", "account", "current_revenue_cents", "a lot", "expected a whole number"),
    ("float in a money column", "account", "current_revenue_cents", 12.5, "expected a whole number"),
    (
        "money beyond any amount",
        "account",
        "potential_revenue_cents",
        10**17 + 1,
        "the number is out of range",
    ),
    (
        "money below any amount",
        "account",
        "potential_revenue_cents",
        -(10**17) - 1,
        "the number is out of range",
    ),
    ("beyond 64 bits", "account", "id", 2**63, "the number is out of range"),
    ("below 64 bits", "account", "id", -(2**63) - 1, "the number is out of range"),
    ("a name too long", "account", "name", "N" * 201, "the text is longer than 200 characters"),
    ("a number as a name", "account", "name", 42, "expected text"),
    ("null where required", "account", "name", None, "it may not be empty (null)"),
    ("a boolean that is 7", "action", "internal", 7, "expected true/false (0 or 1)"),
    ("a boolean that is text", "action", "internal", "yes", "expected true/false (0 or 1)"),
    ("a date that is not a date", "account", "created_at", "yesterday", DATE_WORDS),
    ("a time stamp with a T", "account", "created_at", "2026-01-05T10:00:00", DATE_WORDS),
    ("a time stamp without seconds", "account", "created_at", "2026-01-05 10:00", DATE_WORDS),
    ("a time stamp as a number", "account", "created_at", 20260105, "expected a date or time as text"),
    ("Feb 30", "action", "due_date", "2026-02-30", DATE_WORDS),
    ("a date with a time", "action", "due_date", "2026-02-03 10:00:00", DATE_WORDS),
    ("a time that is not one", "interaction", "start_time", "25:61", DATE_WORDS),
    ("text as a weight", "factor_weight", "weight", "heavy", "expected a number"),
    ("an infinite weight", "factor_weight", "weight", {"$float": "inf"}, "expected a number"),
    ("nan as a weight", "factor_weight", "weight", {"$float": "nan"}, "expected a number"),
    ("a weight beyond a double", "factor_weight", "weight", 2**1023, "expected a number"),
    ("binary data where text goes", "account", "description", {"$bytes": "aGVsbG8="}, "expected text"),
    (
        "nan in an integer column",
        "account",
        "current_revenue_cents",
        {"$float": "nan"},
        "expected a whole number",
    ),
]
UNREADABLE = [
    ("bad base64", "account", "description", {"$bytes": "***"}, "has a damaged binary value in"),
    ("a nested object", "account", "description", {"a": {"b": [1]}}, "has a value that is not allowed in"),
    ("a list as a value", "account", "description", [1, 2], "has a value that is not allowed in"),
    ("an unknown marker", "account", "description", {"$float": "big"}, "has a value that is not allowed in"),
    (
        "two markers",
        "account",
        "description",
        {"$float": "nan", "$x": 1},
        "has a value that is not allowed in",
    ),
]


@pytest.mark.parametrize(
    ("table", "column", "value", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_value_the_column_cannot_hold_is_refused(
    export: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    column: str,
    value: Any,
    words: str,
) -> None:
    line = _import(tmp_path, json.dumps(_set(export, table, column, value)), capsys)
    assert line == (
        f"kam-desktop: The export's value in {table}.{column} (row 1) cannot be imported: {words}. "
        "Nothing was imported."
    )


@pytest.mark.parametrize(
    ("table", "column", "value", "words"), [c[1:] for c in UNREADABLE], ids=[c[0] for c in UNREADABLE]
)
def test_a_value_json_cannot_carry_is_refused(
    export: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    column: str,
    value: Any,
    words: str,
) -> None:
    line = _import(tmp_path, json.dumps(_set(export, table, column, value)), capsys)
    assert line == f"kam-desktop: The export {words} {table}.{column} (row 1)."


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("account", "potential_revenue_cents", 10**17),  # the last allowed amount
        ("account", "name", "N" * 200),
        ("action", "internal", True),
        ("factor_weight", "weight", 2.5),
        ("interaction", "start_time", "09:30:00"),
        ("account", "created_at", "2026-01-05 10:00:00.123456"),
    ],
)
def test_the_last_allowed_values_import(
    export: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    column: str,
    value: Any,
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(_set(export, table, column, value)), encoding="utf-8")
    assert main(["import-json", "--db", str(tmp_path / "new.sqlite"), "--from", str(source)]) == 0, (
        capsys.readouterr().err
    )


def test_a_lone_surrogate_is_refused(
    export: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(_set(export, "account", "name", "PLACEHOLDER")).replace("PLACEHOLDER", "Bad \\ud800 AG")
    assert "lone surrogate" in _import(tmp_path, text, capsys)


def test_an_integer_of_thousands_of_digits_is_one_line(
    export: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = json.dumps(_set(export, "account", "id", 0)).replace('"rows": [\n', '"rows": [\n', 1)
    text = text.replace("[0,", "[" + "9" * 5000 + ",", 1)
    assert "out of range" in _import(tmp_path, text, capsys)


def test_absurd_nesting_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "nested too deeply" in _import(tmp_path, "[" * 200_000 + "]" * 200_000, capsys)


def test_the_unchanged_export_still_imports(
    export: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    target = tmp_path / "new.sqlite"
    assert main(["import-json", "--db", str(target), "--from", str(source)]) == 0
    assert "Imported" in capsys.readouterr().out
