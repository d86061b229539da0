"""Exports pinned by what the user gets: the plan PDF's progress steps word for word (both
editions, English and Italian), the JSON export's exact text (header, table blocks, value
encoding, line endings on every OS), and its refusals word for word, with nothing left behind."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path
from typing import IO, Any

import pytest

from kam_desktop import __version__
from kam_desktop.domain.errors import StoreError
from kam_desktop.report.models import Edition, Paper
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.services.export_json import export_json, table_order
from kam_desktop.store.database import Database
from kam_desktop.store.schema_version import HEAD_REVISION
from tests.report.factory import plant_account

# --- the plan PDF's progress, step by step ------------------------------------------------

SECTIONS_EN = [
    "executive summary",
    "strategy",
    "research",
    "action plan",
    "execution",
    "review",
    "team and role coverage",
]
SECTIONS_IT = [
    "sintesi",
    "strategia",
    "ricerca",
    "piano d'azione",
    "esecuzione",
    "revisione",
    "team e copertura dei ruoli",
]


def _steps(db: Database, tmp_path: Path, edition: Edition, language: str) -> list[tuple[float, str]]:
    planted = plant_account(db)
    steps: list[tuple[float, str]] = []
    out = tmp_path / f"plan-{edition.value}-{language}.pdf"
    export_plan_pdf(
        db,
        planted.account_id,
        edition,
        Paper.A4,
        out,
        progress=lambda fraction, text: steps.append((fraction, text)),
        language=language,
    )
    assert out.read_bytes().startswith(b"%PDF-")
    return steps


def test_the_internal_plan_reports_every_step_in_order(db: Database, tmp_path: Path) -> None:
    steps = _steps(db, tmp_path, Edition.INTERNAL, "en")
    expected = [
        (0.02, "Reading the plan"),
        (0.12, "Preparing the pages"),
        *((0.15 + 0.35 * i / 7, f"Preparing {title}") for i, title in enumerate(SECTIONS_EN)),
        (0.7, "Laying out pages (pass 1)"),
        (1.0, "Done"),
    ]
    assert [text for _, text in steps] == [text for _, text in expected]
    assert [fraction for fraction, _ in steps] == pytest.approx([fraction for fraction, _ in expected])


def test_the_internal_plan_reports_its_steps_in_italian(db: Database, tmp_path: Path) -> None:
    steps = _steps(db, tmp_path, Edition.INTERNAL, "it")
    assert [text for _, text in steps] == [
        "Lettura del piano",
        "Preparazione delle pagine",
        *(f"Preparazione: {title}" for title in SECTIONS_IT),
        "Impaginazione (passaggio 1)",
        "Fatto",
    ]
    assert steps[:2] == [(0.02, "Lettura del piano"), (0.12, "Preparazione delle pagine")]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Reading the plan", "Preparing the pages", "Laying out pages", "Done"]),
        ("it", ["Lettura del piano", "Preparazione delle pagine", "Impaginazione", "Fatto"]),
    ],
)
def test_the_customer_edition_reports_four_steps(
    db: Database, tmp_path: Path, language: str, words: list[str]
) -> None:
    steps = _steps(db, tmp_path, Edition.CUSTOMER, language)
    assert steps == list(zip([0.02, 0.12, 0.5, 1.0], words, strict=True))


# --- the JSON export's text ------------------------------------------------------------------

FIXED = "2026-11-30 08:15:00"


@pytest.fixture
def fixed_db(db: Database) -> Path:
    """A new database with one account, fixed timestamps, a Unicode name, a blob and infinite
    weights (stored straight in SQLite: the export writes what the file holds)."""
    path = db.path
    db.close()
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE program_settings SET user_name = ?, company_name = 'OurCo', updated_at = ?",
        ("Zoë \u201cZ\u201d Łukasz", FIXED),
    )
    conn.execute("PRAGMA ignore_check_constraints = ON")  # as a file edited outside the app may be
    conn.execute("UPDATE factor_weight SET weight = 1e999 WHERE factor = 'fit'")
    conn.execute("UPDATE factor_weight SET weight = -1e999 WHERE factor = 'logo_attractiveness'")
    conn.execute(
        "INSERT INTO account (id, name, industry, region, currency, current_revenue_cents, "
        "potential_revenue_cents, status, description, internal_notes, created_at, updated_at) "
        "VALUES (7, 'Società Rossi', 'Chemicals', 'Italy', 'EUR', 125000050, 0, 'target', "
        "'line one\nline two', X'00ff10', ?, ?)",
        (FIXED, FIXED),
    )
    conn.commit()
    conn.close()
    return path


ACCOUNT_BLOCK = (
    '  "account": {\n'
    '   "columns": ["id", "name", "industry", "region", "currency", "current_revenue_cents", '
    '"potential_revenue_cents", "status", "description", "internal_notes", "deleted_at", '
    '"created_at", "updated_at"],\n'
    '   "rows": [\n'
    '    [7, "Società Rossi", "Chemicals", "Italy", "EUR", 125000050, 0, "target", '
    '"line one\\nline two", {"$bytes": "AP8Q"}, null, "2026-11-30 08:15:00", "2026-11-30 08:15:00"]\n'
    "   ]\n"
    "  },\n"
)
WEIGHT_BLOCK = (
    '  "factor_weight": {\n'
    '   "columns": ["factor", "weight"],\n'
    '   "rows": [\n'
    '    ["current_revenue", 20.0],\n'
    '    ["growth_potential", 20.0],\n'
    '    ["renewal_likelihood", 10.0],\n'
    '    ["win_now_grow_later", 10.0],\n'
    '    ["relative_effort", 10.0],\n'
    '    ["relationship_strength", 10.0],\n'
    '    ["fit", {"$float": "inf"}],\n'
    '    ["logo_attractiveness", {"$float": "-inf"}]\n'
    "   ]\n"
    "  },\n"
)
SETTINGS_ROWS = (
    '   "rows": [\n    [1, 10, "EUR", "Zoë “Z” Łukasz", "OurCo", "", "2026-11-30 08:15:00"]\n   ]\n'
)


def test_the_json_export_is_exactly_this_text(fixed_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "kam.json"
    summary = export_json(fixed_db, out)
    text = out.read_bytes().decode("utf-8")
    head, _, rest = text.partition(' "tables": {\n')
    assert re.fullmatch(
        "\\{\n"
        ' "format": "kam-desktop-export",\n'
        ' "format_version": 1,\n'
        f' "schema_revision": "{HEAD_REVISION}",\n'
        f' "app_version": "{__version__}",\n'
        ' "exported_at": "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ",\n',
        head,
    ), head
    assert rest.startswith(ACCOUNT_BLOCK + WEIGHT_BLOCK)
    assert SETTINGS_ROWS in rest
    assert rest.endswith("\n   ]\n  }\n }\n}\n")
    assert "\r" not in text
    data = json.loads(text)
    assert list(data["tables"]) == table_order()
    rows = sum(len(t["rows"]) for t in data["tables"].values())
    assert (summary.path, summary.tables, summary.rows) == (out, len(table_order()), rows)
    assert (summary.tables, summary.rows) == (38, 10)  # 8 weights, the settings, the account


def test_the_json_export_ends_its_lines_with_a_line_feed_on_every_os(
    fixed_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a text file opened without ``newline`` turns every line feed into CR LF: the
    export asks for LF itself. Simulated here: a text file opened with the default newline
    (None) writes CR LF, as it does there."""
    real_fdopen = os.fdopen

    def windows_fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> IO[Any]:
        if "b" not in mode and kwargs.get("newline") is None:
            kwargs["newline"] = "\r\n"
        return real_fdopen(fd, mode, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", windows_fdopen)
    out = tmp_path / "kam.json"
    export_json(fixed_db, out)
    data = out.read_bytes()
    assert b"\r" not in data
    assert data.endswith(b"\n }\n}\n") and data.count(b"\n") > 100


def test_the_json_export_refuses_a_missing_database_word_for_word(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.sqlite"
    out = tmp_path / "kam.json"
    with pytest.raises(StoreError) as err:
        export_json(missing, out)
    assert str(err.value) == f"No database at {missing}."
    assert err.value.message == f"No database at {missing}."
    assert list(tmp_path.iterdir()) == []


def test_the_json_export_refuses_a_missing_database_in_italian(tmp_path: Path, italian: None) -> None:
    missing = tmp_path / "nowhere.sqlite"
    with pytest.raises(StoreError) as err:
        export_json(missing, tmp_path / "kam.json")
    assert str(err.value) == f"Nessun database in {missing}."


def test_a_file_sqlite_cannot_read_is_named_with_sqlites_reason(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Meeting notes\n" * 400, encoding="utf-8")
    out = tmp_path / "kam.json"
    with pytest.raises(StoreError) as err:
        export_json(notes, out)
    assert str(err.value) == f"Could not read {notes}: file is not a database."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]  # no export, no temp file


def test_a_database_without_its_version_table_is_named_with_sqlites_reason(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    out = tmp_path / "kam.json"
    with pytest.raises(StoreError) as err:
        export_json(other, out)
    assert str(err.value) == f"Could not read {other}: no such table: alembic_version."
    assert not out.exists()


def test_a_database_with_an_empty_version_table_exports_a_null_revision(
    fixed_db: Path, tmp_path: Path
) -> None:
    conn = sqlite3.connect(fixed_db)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    out = tmp_path / "kam.json"
    export_json(fixed_db, out)
    assert '\n "schema_revision": null,\n' in out.read_text(encoding="utf-8")
