"""import_json word for word (issue 12, module-wide): the summary of a good import (tables, rows,
the new file), every refusal of a file that is not a usable export with its exact message (English
and Italian), and that a refused import leaves no file and no leftover beside the target."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import using_language
from kam_desktop.services import accounts
from kam_desktop.services.export_json import TransferSummary, export_json, import_json, table_order
from kam_desktop.store.database import Database
from kam_desktop.store.schema_version import HEAD_REVISION


@pytest.fixture
def export(db: Database, tmp_path: Path) -> dict[str, Any]:
    alpen = accounts.create_account(db, accounts.AccountInput(name="Alpen AG", current_revenue="1000"))
    accounts.save_buying_centre(db, alpen.id, "Operations")
    accounts.save_buying_centre(db, alpen.id, "IT")
    accounts.create_account(db, accounts.AccountInput(name="Bern SA"))
    out = tmp_path / "all.json"
    export_json(db.path, out)
    return dict(json.loads(out.read_text(encoding="utf-8")))


def _rows(data: dict[str, Any]) -> int:
    return sum(len(spec["rows"]) for spec in data["tables"].values())


def _refused(tmp_path: Path, content: str | dict[str, Any]) -> str:
    tmp_path = tmp_path / "work"
    tmp_path.mkdir(exist_ok=True)
    source = tmp_path / "in.json"
    source.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    target = tmp_path / "kam.sqlite"
    with pytest.raises(StoreError) as err:
        import_json(target, source)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]  # nothing left behind
    return str(err.value).replace(str(source), "SRC")


def test_a_good_import_says_how_many_tables_and_rows(export: dict[str, Any], tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    target = tmp_path / "deeper" / "new.sqlite"
    # a leftover of an earlier, interrupted import is cleared first
    target.parent.mkdir()
    (target.parent / ".new.sqlite.importing").write_text("junk")
    (target.parent / ".new.sqlite.importing-wal").write_text("junk")
    summary = import_json(target, source)
    assert summary == TransferSummary(target, len(table_order()), _rows(export))
    assert sorted(p.name for p in target.parent.iterdir()) == ["new.sqlite"]
    with sqlite3.connect(target) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM account ORDER BY id")] == ["Alpen AG", "Bern SA"]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION


def test_an_empty_target_file_is_taken_and_missing_tables_stay_empty(
    export: dict[str, Any], tmp_path: Path
) -> None:
    data = {**export, "tables": {"account": export["tables"]["account"]}}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "empty.sqlite"
    target.touch()
    summary = import_json(target, source)
    assert (summary.tables, summary.rows) == (1, 2)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM offering").fetchone()[0] == 0  # not even the seeds


def test_an_existing_database_is_refused(export: dict[str, Any], tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    target = tmp_path / "old.sqlite"
    target.write_bytes(b"x")
    for lang, message in (
        ("en", "{} already exists. import-json writes a new database: choose a new file name."),
        ("it", "{} esiste già. import-json scrive un nuovo database: scegli un nuovo nome di file."),
    ):
        with using_language(lang), pytest.raises(StoreError) as err:
            import_json(target, source)
        assert str(err.value) == message.format(target)
    assert target.read_bytes() == b"x"


def _edit(export: dict[str, Any], change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    copy: dict[str, Any] = json.loads(json.dumps(export))
    change(copy)
    return copy


def _set(**kw: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d.update(kw)


def _tables(**kw: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["tables"].update(kw)


def _drop_column(d: dict[str, Any]) -> None:
    d["tables"]["account"]["columns"].pop()


def _short_row(d: dict[str, Any]) -> None:
    d["tables"]["account"]["rows"][0].pop()


def _orphans(d: dict[str, Any]) -> None:
    spec = d["tables"]["buying_centre"]
    column = spec["columns"].index("account_id")
    for row in spec["rows"]:
        row[column] = 98765


def _duplicate(d: dict[str, Any]) -> None:
    spec = d["tables"]["account"]
    spec["rows"].append(list(spec["rows"][0]))


def _plain(value: object) -> str:
    """An ASCII test id (mutmut names each test on pytest's command line)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", str(value))[:40]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set(format="other"), "SRC is not a KAM Desktop export."),
        (_set(format_version=2), "SRC uses export format 2; this version of KAM Desktop reads format 1."),
        (_set(format_version="1"), "SRC uses export format 1; this version of KAM Desktop reads format 1."),
        (
            _set(schema_revision="9999_future"),
            "SRC was exported by a newer version of KAM Desktop (schema 9999_future); please update the app.",
        ),
        (_set(tables=[]), "SRC has no tables."),
        (_tables(zeta=1, alpha=2), "The export has tables this version does not know: alpha, zeta."),
        (_tables(account=[]), "The export's table account is malformed."),
        (_tables(account={"columns": "id", "rows": []}), "The export's table account is malformed."),
        (_tables(account={"columns": [], "rows": {}}), "The export's table account is malformed."),
        (_drop_column, "The export's table account has different columns from this version's."),
        (_short_row, "A row of table account in the export is malformed."),
        (
            lambda d: d["tables"]["account"]["rows"].append("x"),
            "A row of table account in the export is malformed.",
        ),
        (
            _orphans,
            "The export has 2 broken references (first in table buying_centre); nothing was imported.",
        ),
    ],
    ids=_plain,
)
def test_a_file_that_is_not_a_usable_export_is_refused_word_for_word(
    export: dict[str, Any], tmp_path: Path, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    assert _refused(tmp_path, _edit(export, change)) == message


def test_a_broken_rule_is_refused_with_sqlites_words(export: dict[str, Any], tmp_path: Path) -> None:
    assert _refused(tmp_path, _edit(export, _duplicate)) == (
        "The export breaks a rule of the database (UNIQUE constraint failed: account.id); nothing was imported."
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[1]", "SRC is not a KAM Desktop export."),
        (
            '{"format": "kam-desktop-export"}',
            "SRC uses export format None; this version of KAM Desktop reads format 1.",
        ),
        ("9" * 5000, "SRC is not a KAM Desktop export (it holds a value out of range)."),
        ("[" * 100_000, "SRC is not a KAM Desktop export (it is nested too deeply)."),
        (
            "{",
            "SRC is not a KAM Desktop export (it is not valid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)).",
        ),
    ],
    ids=["list", "no-version", "huge-int", "deep", "broken"],
)
def test_a_file_that_is_not_an_export_is_refused(tmp_path: Path, content: str, message: str) -> None:
    assert _refused(tmp_path, content) == message


def test_a_byte_order_mark_is_accepted(export: dict[str, Any], tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps(export).encode())
    assert import_json(tmp_path / "n.sqlite", source).rows == _rows(export)


def test_a_missing_file_and_a_folder_are_refused(tmp_path: Path) -> None:
    target = tmp_path / "n.sqlite"
    with pytest.raises(StoreError) as err:
        import_json(target, tmp_path / "none.json")
    assert str(err.value) == f"No file at {tmp_path / 'none.json'}."
    with pytest.raises(StoreError) as err:
        import_json(target, tmp_path)
    assert str(err.value) == (
        f"{tmp_path} is not a regular file (a folder, a device, a pipe or a socket): give the path of a "
        "KAM Desktop export."
    )
    assert not target.exists()


def test_the_refusals_in_italian(export: dict[str, Any], tmp_path: Path) -> None:
    with using_language("it"):
        got = [
            _refused(tmp_path, _edit(export, _set(format="other"))),
            _refused(tmp_path, _edit(export, _set(format_version=2))),
            _refused(tmp_path, _edit(export, _set(schema_revision="9999_future"))),
            _refused(tmp_path, _edit(export, _set(tables=[]))),
            _refused(tmp_path, _edit(export, _tables(zeta=1))),
            _refused(tmp_path, _edit(export, _tables(account=[]))),
            _refused(tmp_path, _edit(export, _drop_column)),
            _refused(tmp_path, _edit(export, _short_row)),
            _refused(tmp_path, _edit(export, _orphans)),
            _refused(tmp_path, "{"),
        ]
    assert got == [
        "SRC non è un’esportazione di KAM Desktop.",
        "SRC usa il formato di esportazione 2; questa versione di KAM Desktop legge il formato 1.",
        "SRC è stato esportato da una versione più recente di KAM Desktop (schema 9999_future); "
        "aggiorna l’applicazione.",
        "SRC non contiene tabelle.",
        "L’esportazione contiene tabelle che questa versione non conosce: zeta.",
        "La tabella account dell’esportazione è malformata.",
        "La tabella account dell’esportazione ha colonne diverse da quelle di questa versione.",
        "Una riga della tabella account nell’esportazione è malformata.",
        "L’esportazione contiene 2 riferimenti interrotti (il primo nella tabella buying_centre); "
        "non è stato importato nulla.",
        "SRC non è un’esportazione di KAM Desktop (non è un JSON valido: Expecting property name "
        "enclosed in double quotes: line 1 column 2 (char 1)).",
    ]


def test_the_export_says_how_many_tables_and_rows_it_wrote(db: Database, tmp_path: Path) -> None:
    accounts.create_account(db, accounts.AccountInput(name="Alpen AG"))
    out = tmp_path / "out" / "all.json"
    out.parent.mkdir()
    summary = export_json(db.path, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert summary == TransferSummary(out, len(table_order()), _rows(data))
    assert list(data["tables"]) == table_order()  # parents first
    assert sorted(p.name for p in out.parent.iterdir()) == ["all.json"]


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(b'{"format": "\xff"}')
    with pytest.raises(StoreError) as err:
        import_json(tmp_path / "n.sqlite", source)
    assert str(err.value) == (
        f"{source} is not a KAM Desktop export (it is not valid JSON: 'utf-8' codec can't decode byte "
        "0xff in position 12: invalid start byte)."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_more_refusals_in_italian(export: dict[str, Any], tmp_path: Path) -> None:
    def dup(d: dict[str, Any]) -> None:
        _duplicate(d)

    def bad_value(d: dict[str, Any]) -> None:
        spec = d["tables"]["account"]
        spec["rows"][0][spec["columns"].index("name")] = 5

    with using_language("it"):
        got = [
            _refused(tmp_path, "9" * 5000),
            _refused(tmp_path, "[" * 100_000),
            _refused(tmp_path, _edit(export, dup)),
            _refused(tmp_path, _edit(export, bad_value)),
        ]
        with pytest.raises(StoreError) as missing:
            import_json(tmp_path / "n.sqlite", tmp_path / "none.json")
        with pytest.raises(StoreError) as folder:
            import_json(tmp_path / "n.sqlite", tmp_path)
    assert got[:3] == [
        "SRC non è un’esportazione di KAM Desktop (contiene un valore fuori intervallo).",
        "SRC non è un’esportazione di KAM Desktop (è annidato troppo in profondità).",
        "L’esportazione viola una regola del database (UNIQUE constraint failed: account.id); "
        "non è stato importato nulla.",
    ]
    assert got[3] == (
        "Il valore dell’esportazione in account.name (riga 1) non si può importare: serve un testo. "
        "Non è stato importato nulla."
    )
    assert str(missing.value) == f"Nessun file in {tmp_path / 'none.json'}."
    assert str(folder.value) == (
        f"{tmp_path} non è un file normale (una cartella, un dispositivo, una pipe o un socket): indica il "
        "percorso di un’esportazione di KAM Desktop."
    )


def test_the_export_never_writes_over_its_database(db: Database) -> None:
    from kam_desktop.store.output import OutputRefused

    before = db.path.read_bytes()
    with pytest.raises(OutputRefused):
        export_json(db.path, db.path)
    assert db.path.read_bytes() == before


def test_a_file_sqlite_cannot_read_in_italian(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Meeting notes\n" * 400, encoding="utf-8")
    with using_language("it"), pytest.raises(StoreError) as err:
        export_json(notes, tmp_path / "kam.json")
    assert str(err.value) == f"Impossibile leggere {notes}: file is not a database."  # SQLite's own words
    with using_language("it"), pytest.raises(StoreError) as err:
        export_json(tmp_path / "none.sqlite", tmp_path / "kam.json")
    assert str(err.value) == f"Nessun database in {tmp_path / 'none.sqlite'}."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_columns_in_another_order_still_import(export: dict[str, Any], tmp_path: Path) -> None:
    data = json.loads(json.dumps(export))
    spec = data["tables"]["account"]
    spec["columns"].reverse()
    for row in spec["rows"]:
        row.reverse()
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "new.sqlite"
    assert import_json(target, source).rows == _rows(export)
    with sqlite3.connect(target) as conn:
        got = conn.execute("SELECT name, current_revenue_cents FROM account ORDER BY id").fetchall()
    assert got == [("Alpen AG", 100_000), ("Bern SA", 0)]
