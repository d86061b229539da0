"""Import validation, exactly: every refusal of ``import-json`` (the file, its header, its tables,
its rows, its references) and of the contact and account imports' input (the file named, the
options, the rows) is one exact line, and a refused import leaves nothing behind.
(Mutation testing of the four critical areas, issue 12.)"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from kam_desktop import i18n
from kam_desktop.domain.errors import StoreError, ValidationError
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.export_json import export_json, import_json
from kam_desktop.services.importers import files
from kam_desktop.services.importers.accounts import (
    AccountImportOptions,
    import_accounts,
    preview_accounts,
)
from kam_desktop.services.importers.contacts import import_contacts, preview_contacts
from kam_desktop.store.database import Database
from kam_desktop.store.schema_version import HEAD_REVISION


@pytest.fixture
def export(db: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The export of a small database: two accounts, one buying centre."""
    first = create_account(db, AccountInput(name="Alpen Logistics AG"))
    create_account(db, AccountInput(name="Brenner Foods SpA"))
    conn = sqlite3.connect(db.path)
    conn.execute(
        "INSERT INTO buying_centre (account_id, name, kind, notes, created_at, updated_at) "
        f"VALUES ({first.id}, 'Logistics', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    conn.commit()
    conn.close()
    out = tmp_path_factory.mktemp("export") / "all.json"
    export_json(db.path, out)
    return dict(json.loads(out.read_text(encoding="utf-8")))


def _write(folder: Path, data: object, name: str = "in.json") -> Path:
    source = folder / name
    source.write_text(json.dumps(data), encoding="utf-8")
    return source


def _refused(folder: Path, source: Path, message: str) -> None:
    target = folder / "imported.sqlite"
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(StoreError) as caught:
        import_json(target, source)
    assert str(caught.value) == message
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing left behind


def _copy(data: dict[str, Any]) -> dict[str, Any]:
    return dict(json.loads(json.dumps(data)))


# --- the file and its header ------------------------------------------------------------------


def test_the_export_imports_with_its_counts_and_nothing_beside_it(
    export: dict[str, Any], tmp_path: Path
) -> None:
    source = _write(tmp_path, export)
    target = tmp_path / "imported.sqlite"
    summary = import_json(target, source)
    assert (summary.path, summary.tables, summary.rows) == (
        target,
        len(export["tables"]),
        12,
    )  # 3 rows of ours, 9 the new database holds
    conn = sqlite3.connect(target)
    assert [r[0] for r in conn.execute("SELECT name FROM account ORDER BY id")] == [
        "Alpen Logistics AG",
        "Brenner Foods SpA",
    ]
    assert conn.execute("SELECT name FROM buying_centre").fetchall() == [("Logistics",)]
    conn.close()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("imported", ".imported"))) == [
        "imported.sqlite"
    ]


def test_an_empty_file_in_place_is_a_new_database_and_a_full_one_is_refused(
    export: dict[str, Any], tmp_path: Path
) -> None:
    source = _write(tmp_path, export)
    target = tmp_path / "imported.sqlite"
    target.write_bytes(b"")
    assert import_json(target, source).rows == 12
    with pytest.raises(StoreError) as caught:
        import_json(target, source)
    assert str(caught.value) == (
        f"{target} already exists. import-json writes a new database: choose a new file name."
    )


def test_a_byte_order_mark_is_fine(export: dict[str, Any], tmp_path: Path) -> None:
    source = tmp_path / "bom.json"
    source.write_text(json.dumps(export), encoding="utf-8-sig")
    assert import_json(tmp_path / "imported.sqlite", source).rows == 12


def test_what_is_not_an_export_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    _refused(
        tmp_path,
        folder,
        f"{folder} is not a regular file (a folder, a device, a pipe or a socket): give the path of "
        "a KAM Desktop export.",
    )
    missing = tmp_path / "missing.json"
    _refused(tmp_path, missing, f"No file at {missing}.")
    not_json = tmp_path / "notes.json"
    not_json.write_text("hello", encoding="utf-8")
    _refused(
        tmp_path,
        not_json,
        f"{not_json} is not a KAM Desktop export (it is not valid JSON: Expecting value: line 1 column 1 (char 0)).",
    )
    latin = tmp_path / "latin.json"
    latin.write_bytes(b"\xff\xfe{}")
    _refused(
        tmp_path,
        latin,
        f"{latin} is not a KAM Desktop export (it is not valid JSON: 'utf-8' codec can't decode byte 0xff "
        "in position 0: invalid start byte).",
    )


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"format": "other-app"}, "{source} is not a KAM Desktop export."),
        ({"format": None}, "{source} is not a KAM Desktop export."),
        ({"format_version": 2}, "{source} uses export format 2; this version of KAM Desktop reads format 1."),
        (
            {"format_version": "1"},
            "{source} uses export format 1; this version of KAM Desktop reads format 1.",
        ),
        (
            {"format_version": None},
            "{source} uses export format None; this version of KAM Desktop reads format 1.",
        ),
        (
            {"schema_revision": "9999_future"},
            "{source} was exported by a newer version of KAM Desktop (schema 9999_future); please update the app.",
        ),
        ({"tables": []}, "{source} has no tables."),
        ({"tables": None}, "{source} has no tables."),
    ],
)
def test_a_header_this_version_cannot_read_is_refused(
    export: dict[str, Any], tmp_path: Path, change: dict[str, Any], words: str
) -> None:
    data = _copy(export)
    data.update(change)
    source = _write(tmp_path, data)
    _refused(tmp_path, source, words.format(source=source))


def test_a_list_is_not_an_export(tmp_path: Path) -> None:
    source = _write(tmp_path, [{"format": "kam-desktop-export"}])
    _refused(tmp_path, source, f"{source} is not a KAM Desktop export.")


def test_the_header_written_is_what_import_checks(export: dict[str, Any]) -> None:
    assert (export["format"], export["format_version"], export["schema_revision"]) == (
        "kam-desktop-export",
        1,
        HEAD_REVISION,
    )


# --- tables and rows ------------------------------------------------------------------------------


def test_unknown_tables_are_named(export: dict[str, Any], tmp_path: Path) -> None:
    data = _copy(export)
    data["tables"]["zebra"] = {"columns": [], "rows": []}
    data["tables"]["aardvark"] = {"columns": [], "rows": []}
    source = _write(tmp_path, data)
    _refused(tmp_path, source, "The export has tables this version does not know: aardvark, zebra.")


@pytest.mark.parametrize(
    "spec",
    [
        [],
        {"columns": "id, name", "rows": []},
        {"rows": []},
        {"columns": ["id"], "rows": {}},
        {"columns": ["id"]},
    ],
)
def test_a_malformed_table_is_named(export: dict[str, Any], tmp_path: Path, spec: Any) -> None:
    data = _copy(export)
    data["tables"]["account"] = spec
    source = _write(tmp_path, data)
    _refused(tmp_path, source, "The export's table account is malformed.")


def test_a_table_with_other_columns_is_refused(export: dict[str, Any], tmp_path: Path) -> None:
    data = _copy(export)
    data["tables"]["account"]["columns"][1] = "nickname"
    source = _write(tmp_path, data)
    _refused(tmp_path, source, "The export's table account has different columns from this version's.")


def test_columns_in_another_order_import_to_the_right_columns(export: dict[str, Any], tmp_path: Path) -> None:
    data = _copy(export)
    spec = data["tables"]["account"]
    order = list(reversed(range(len(spec["columns"]))))
    spec["columns"] = [spec["columns"][k] for k in order]
    spec["rows"] = [[row[k] for k in order] for row in spec["rows"]]
    target = tmp_path / "imported.sqlite"
    import_json(target, _write(tmp_path, data))
    conn = sqlite3.connect(target)
    assert [r[0] for r in conn.execute("SELECT name FROM account ORDER BY id")] == [
        "Alpen Logistics AG",
        "Brenner Foods SpA",
    ]
    conn.close()


@pytest.mark.parametrize("row", ["not a list", {"id": 1}, "short", "long"])
def test_a_malformed_row_is_named(export: dict[str, Any], tmp_path: Path, row: Any) -> None:
    data = _copy(export)
    spec = data["tables"]["account"]
    if row == "short":
        row = spec["rows"][0][:-1]
    elif row == "long":
        row = [*spec["rows"][0], None]
    spec["rows"][1] = row
    source = _write(tmp_path, data)
    _refused(tmp_path, source, "A row of table account in the export is malformed.")


def test_a_bad_value_names_its_table_column_and_row(export: dict[str, Any], tmp_path: Path) -> None:
    data = _copy(export)
    spec = data["tables"]["account"]
    spec["rows"][1][spec["columns"].index("name")] = 42
    source = _write(tmp_path, data)
    _refused(
        tmp_path,
        source,
        "The export's value in account.name (row 2) cannot be imported: expected text. Nothing was imported.",
    )


def test_broken_references_are_counted(export: dict[str, Any], tmp_path: Path) -> None:
    data = _copy(export)
    data["tables"]["account"]["rows"] = []
    source = _write(tmp_path, data)
    _refused(
        tmp_path,
        source,
        "The export has 1 broken references (first in table buying_centre); nothing was imported.",
    )


def test_a_rule_of_the_database_broken_is_named(export: dict[str, Any], tmp_path: Path) -> None:
    data = _copy(export)
    spec = data["tables"]["account"]
    spec["rows"][1][spec["columns"].index("id")] = spec["rows"][0][spec["columns"].index("id")]
    source = _write(tmp_path, data)
    _refused(
        tmp_path,
        source,
        "The export breaks a rule of the database (UNIQUE constraint failed: account.id); nothing was imported.",
    )


def test_a_table_left_out_of_the_export_imports_empty(export: dict[str, Any], tmp_path: Path) -> None:
    data = _copy(export)
    del data["tables"]["buying_centre"]
    target = tmp_path / "imported.sqlite"
    summary = import_json(target, _write(tmp_path, data))
    assert (summary.tables, summary.rows) == (len(export["tables"]) - 1, 11)
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM buying_centre").fetchone() == (0,)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    conn.close()


# --- the input files of the other imports ------------------------------------------------------------


def test_read_input_names_each_problem_in_english_and_italian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "missing.csv"
    folder = tmp_path / "a-folder"
    folder.mkdir()
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024 + 1)
    just = tmp_path / "just.csv"
    with just.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    locked = tmp_path / "locked.csv"
    locked.write_bytes(b"name\n")
    cases = [
        (missing, "There is no file at %1."),
        (folder, "%1 is not a regular file."),
        (big, "%1 is larger than 64 MB; split it first."),
    ]
    for path, template in cases:
        for lang in ("en", "it"):
            i18n.set_language(lang)
            with pytest.raises(ValidationError) as caught:
                files.read_input(path)
            expected = i18n.fmt(i18n.translate("Import", template, lang=lang), str(path))
            assert str(caught.value) == expected and caught.value.field == "file"
            if lang == "it":
                assert expected != i18n.fmt(template, str(path))
    i18n.set_language("en")
    assert len(files.read_input(just)) == 64 * 1024 * 1024
    monkeypatch.setenv("HOME", str(tmp_path))
    assert files.read_input(Path("~/locked.csv")) == b"name\n"
    real_read = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    for lang in ("en", "it"):
        i18n.set_language(lang)
        with pytest.raises(ValidationError) as caught:
            files.read_input(locked)
        expected = i18n.fmt(
            i18n.translate("Import", "%1 cannot be read (permission denied).", lang=lang), str(locked)
        )
        assert str(caught.value) == expected and caught.value.field == "file"


def test_account_import_options_are_checked_before_anything_is_read(db: Database) -> None:
    data = b"Name;Current revenue\nRossi SpA;1.250,50\n"
    for lang in ("en", "it"):
        i18n.set_language(lang)
        with pytest.raises(ValidationError) as caught:
            preview_accounts(db, data, AccountImportOptions(decimal="dot"))
        english = "The decimal separator must be \u201ccomma\u201d or \u201cpoint\u201d."
        assert str(caught.value) == i18n.translate("Import", english, lang=lang)
        assert caught.value.field == "decimal"
        with pytest.raises(ValidationError) as caught:
            import_accounts(db, data, AccountImportOptions(on_duplicate="merge"))
        english = "Duplicates are either skipped or updated."
        assert str(caught.value) == i18n.translate("Import", english, lang=lang)
        assert caught.value.field == "on_duplicate"
    i18n.set_language("en")
    plan = preview_accounts(db, data, AccountImportOptions(decimal="comma"))
    assert [(o.action, o.values.get("current_revenue_cents")) for o in plan.outcomes] == [("add", 125_050)]
    plan = preview_accounts(
        db, b"Name,Current revenue\nRossi SpA,1250.50\n", AccountImportOptions(decimal="point")
    )
    assert [(o.action, o.values.get("current_revenue_cents")) for o in plan.outcomes] == [("add", 125_050)]


def test_account_rows_are_classified_with_exact_messages(db: Database) -> None:
    create_account(db, AccountInput(name="Rossi SpA", industry="Food"))
    gone = create_account(db, AccountInput(name="Trashed Srl"))
    from kam_desktop.services.accounts import delete_account

    delete_account(db, gone.id)
    data = (
        b"Name,Industry\n"
        b"Bianchi Srl,Retail\n"
        b"rossi spa,Food\n"
        b"ROSSI SPA,Pharma\n"
        b"Trashed Srl,Retail\n"
        b"BIANCHI SRL,Retail\n"
        b",Retail\n"
    )
    for lang in ("en", "it"):
        i18n.set_language(lang)
        t = i18n.translate
        skip = preview_accounts(db, data, AccountImportOptions())
        assert [(o.row, o.action, o.name, o.message) for o in skip.outcomes] == [
            (2, "add", "Bianchi Srl", ""),
            (
                3,
                "exists",
                "Rossi SpA",
                i18n.fmt(t("Import", "\u201c%1\u201d already exists; skipped.", lang=lang), "Rossi SpA"),
            ),
            (
                4,
                "duplicate",
                "ROSSI SPA",
                i18n.fmt(t("Import", "Same name as row %1; skipped.", lang=lang), 3),
            ),
            (
                5,
                "exists",
                "Trashed Srl",
                i18n.fmt(
                    t(
                        "Import",
                        "\u201c%1\u201d is in the trash; restore it to update it. Skipped.",
                        lang=lang,
                    ),
                    "Trashed Srl",
                ),
            ),
            (
                6,
                "duplicate",
                "BIANCHI SRL",
                i18n.fmt(t("Import", "Same name as row %1; skipped.", lang=lang), 2),
            ),
            (7, "invalid", "", skip.outcomes[5].message),
        ]
        update = preview_accounts(db, data, AccountImportOptions(on_duplicate="update"))
        assert [(o.action, o.message, dict(o.values)) for o in update.outcomes[1:3]] == [
            (
                "unchanged",
                i18n.fmt(t("Import", "\u201c%1\u201d already has these values.", lang=lang), "Rossi SpA"),
                {},
            ),
            ("duplicate", i18n.fmt(t("Import", "Same name as row %1; skipped.", lang=lang), 3), {}),
        ]
    i18n.set_language("en")
    changed = preview_accounts(
        db, b"Name,Industry\nRossi SpA,Pharma\n", AccountImportOptions(on_duplicate="update")
    )
    assert [(o.action, o.message, dict(o.values)) for o in changed.outcomes] == [
        ("update", "Updates \u201cRossi SpA\u201d.", {"industry": "Pharma"})
    ]
    strict = import_accounts(db, data, AccountImportOptions())
    assert (strict.written, strict.added, strict.skipped, strict.invalid) == (False, 1, 4, 1)
    assert strict.summary() == "Added 1, updated 0, skipped 4, invalid 1."
    lenient = import_accounts(db, data, AccountImportOptions(), skip_invalid=True)
    assert (lenient.written, lenient.added, len(lenient.undo.created_ids)) == (True, 1, 1)
    dry = import_accounts(db, b"Name\nNew One AG\n", AccountImportOptions(), dry_run=True)
    assert (dry.written, dry.added, dry.undo.created_ids) == (False, 1, ())
    again = preview_accounts(db, b"Name\nNew One AG\nBianchi Srl\n", AccountImportOptions())
    assert [o.action for o in again.outcomes] == ["add", "exists"]


def test_contacts_go_only_to_an_account_that_exists(db: Database) -> None:
    create_account(db, AccountInput(name="Rossi SpA"))
    csv = (
        b"First Name,Last Name,Organization,E-mail Address\n"
        b"Paula,Ortega,Rossi S.p.A.,paula@rossi.example\n"
        b"Mario,Neri,,mario@x.example\n"
        b"Luca,Blu,Nobody Ltd,luca@nobody.example\n"
        b"Paula,Ortega,Rossi SpA,other@rossi.example\n"
        b"P.,Other,Rossi SpA,PAULA@rossi.example\n"
    )
    for lang in ("en", "it"):
        i18n.set_language(lang)
        t = i18n.translate
        plan = preview_contacts(db, csv)
        assert [(o.row, o.action, o.name, o.account, o.message) for o in plan.outcomes] == [
            (2, "add", "Paula Ortega", "Rossi SpA", ""),
            (
                3,
                "invalid",
                "Mario Neri",
                "",
                t("Import", "No organisation: choose the account to put everyone into.", lang=lang),
            ),
            (
                4,
                "invalid",
                "Luca Blu",
                "Nobody Ltd",
                i18n.fmt(
                    t(
                        "Import",
                        "No account named \u201c%1\u201d: add it first, or choose the account to put everyone into.",
                        lang=lang,
                    ),
                    "Nobody Ltd",
                ),
            ),
            (
                5,
                "duplicate",
                "Paula Ortega",
                "Rossi SpA",
                i18n.fmt(t("Import", "The same person as row %1; skipped.", lang=lang), 2),
            ),
            (
                6,
                "duplicate",
                "P. Other",
                "Rossi SpA",
                i18n.fmt(t("Import", "The same person as row %1; skipped.", lang=lang), 2),
            ),
        ]
        with pytest.raises(ValidationError) as caught:
            preview_contacts(db, csv, account="Nobody Ltd")
        assert str(caught.value) == i18n.fmt(
            t("Import", "No account named \u201c%1\u201d.", lang=lang), "Nobody Ltd"
        )
        assert caught.value.field == "account"
    i18n.set_language("en")
    strict = import_contacts(db, csv)
    assert (strict.written, strict.added, strict.skipped, strict.invalid) == (False, 1, 2, 2)
    chosen = import_contacts(db, csv, account="  rossi spa ")
    assert (chosen.written, chosen.added, chosen.skipped, chosen.invalid) == (True, 3, 2, 0)
    again = preview_contacts(db, csv, account="Rossi SpA")
    assert [(o.action, o.message) for o in again.outcomes[:1]] == [
        ("exists", "Already a stakeholder of Rossi SpA; skipped.")
    ]


def test_a_folder_removed_while_the_export_is_read_is_made_again_private(
    export: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large export takes a while to read; a sync client (or the user tidying up) removes the
    target's folders meanwhile: they are made again, the database's own folder readable by its
    owner only (Python gives the folders above it the umask's mode), and the import is whole (kills import_json #51, #54, #56, #57)."""
    from kam_desktop.services import export_json as module

    source = _write(tmp_path, export)
    outer = tmp_path / "outer"
    (outer / "inner").mkdir(parents=True)
    read = module._load

    def read_while_tidied(path: Path) -> Any:
        data = read(path)
        shutil.rmtree(outer)
        return data

    monkeypatch.setattr(module, "_load", read_while_tidied)
    old = os.umask(0o022)
    try:
        summary = import_json(outer / "inner" / "copy.sqlite", source)
    finally:
        os.umask(old)
    assert stat.S_IMODE((outer / "inner").stat().st_mode) == 0o700
    assert sorted(p.name for p in (outer / "inner").iterdir()) == ["copy.sqlite"]
    conn = sqlite3.connect(outer / "inner" / "copy.sqlite")
    names = [r[0] for r in conn.execute("SELECT name FROM account ORDER BY id")]
    conn.close()
    assert names == ["Alpen Logistics AG", "Brenner Foods SpA"]
    assert (summary.tables, summary.rows) == (len(export["tables"]), 12)
