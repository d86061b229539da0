"""An Italian user importing a hand-edited export reads the whole refusal in Italian: the row
("riga") and the reason, with the limit's digits grouped the Italian way - not "(row 1)" and
"expected text" inside an Italian sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import using_language
from kam_desktop.services import accounts
from kam_desktop.services.export_json import export_json, import_json
from kam_desktop.store.database import Database

HEAD = "Il valore dell’esportazione in "
TAIL = " Non è stato importato nulla."


@pytest.fixture
def export(db: Database, tmp_path: Path) -> dict[str, Any]:
    accounts.create_account(db, accounts.AccountInput(name="Alpen AG", current_revenue="1000"))
    accounts.create_account(db, accounts.AccountInput(name="Bern SA"))
    out = tmp_path / "all.json"
    export_json(db.path, out)
    return dict(json.loads(out.read_text(encoding="utf-8")))


CASES = [
    ("name", 5, "account.name (riga 2) non si può importare: serve un testo."),
    ("name", "N" * 201, "account.name (riga 2) non si può importare: il testo supera i 200 caratteri."),
    (
        "description",
        "x" * 10_000_001,
        "account.description (riga 2) non si può importare: il testo supera i 10.000.000 caratteri.",
    ),
    (
        "current_revenue_cents",
        "tanti",
        "account.current_revenue_cents (riga 2) non si può importare: serve un numero intero.",
    ),
    (
        "current_revenue_cents",
        10**30,
        "account.current_revenue_cents (riga 2) non si può importare: il numero è fuori dall’intervallo ammesso.",
    ),
    ("name", None, "account.name (riga 2) non si può importare: non può essere vuoto (null)."),
    (
        "created_at",
        "ieri",
        "account.created_at (riga 2) non si può importare: serve una data (AAAA-MM-GG) o un istante "
        "(AAAA-MM-GG HH:MM:SS).",
    ),
    (
        "created_at",
        7,
        "account.created_at (riga 2) non si può importare: serve una data o un’ora scritta come testo.",
    ),
    ("name", {"$bytes": "aGVsbG8="}, "account.name (riga 2) non si può importare: serve un testo."),
]


def _refusal(export: dict[str, Any], tmp_path: Path, row: int, column: str, value: Any, lang: str) -> str:
    """The refusal of an export whose account ``row`` holds ``value`` in ``column``; nothing left."""
    spec = export["tables"]["account"]
    spec["rows"][row][spec["columns"].index(column)] = value
    work = tmp_path / "work"
    work.mkdir()
    source = work / "in.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    with using_language(lang), pytest.raises(StoreError) as err:
        import_json(work / "kam.sqlite", source)
    assert sorted(p.name for p in work.iterdir()) == ["in.json"]
    return str(err.value)


@pytest.mark.parametrize(("column", "value", "words"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_refused_value_is_explained_in_italian(
    export: dict[str, Any], tmp_path: Path, column: str, value: Any, words: str
) -> None:
    assert _refusal(export, tmp_path, 1, column, value, "it") == HEAD + words + TAIL


def test_the_same_refusal_in_english_keeps_its_english_digits(export: dict[str, Any], tmp_path: Path) -> None:
    assert _refusal(export, tmp_path, 0, "description", "x" * 10_000_001, "en") == (
        "The export's value in account.description (row 1) cannot be imported: the text is longer than "
        "10,000,000 characters. Nothing was imported."
    )
