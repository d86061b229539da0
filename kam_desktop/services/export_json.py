"""The whole database as one JSON document, and back into a new database, exactly.

Format (``format_version`` 1), UTF-8, one JSON object::

    {
      "format": "kam-desktop-export",
      "format_version": 1,
      "schema_revision": "0001_initial",   # the Alembic revision the data was written with
      "app_version": "0.1.0",              # the KAM Desktop that wrote the file
      "exported_at": "2026-11-27T05:23:48Z",
      "tables": {
        "<table>": {
          "columns": ["id", "name", ...],  # the table's columns, in schema order
          "rows": [[1, "Alpen Logistics AG", ...], ...]   # ordered by rowid
        },
        ...                                # every table of the schema, parents first
      }
    }

Values are exactly what SQLite stores, so a round trip is exact: integers (money in cents,
ratings, booleans as 0/1), floats, text (dates ``YYYY-MM-DD``; timestamps
``YYYY-MM-DD HH:MM:SS[.ffffff]``, naive UTC), and null. Two rare kinds are wrapped in an
object: a blob is ``{"$bytes": "<base64>"}`` and a non-finite float is
``{"$float": "nan" | "inf" | "-inf"}``. ``alembic_version`` is not a table in the file; its
value is ``schema_revision``.

Import writes a NEW database only (the target must not exist, or be an empty file): the file
is built under a temporary name, checked (foreign keys, integrity), and renamed into place,
so a failed import leaves nothing behind. A file of a schema revision this version does not
know is refused.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import json
import math
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, LargeBinary, String, Table, Text, Time

from kam_desktop import __version__
from kam_desktop.domain import numbers
from kam_desktop.domain.errors import StoreError
from kam_desktop.i18n import fmt, language, translate
from kam_desktop.store import integrity, opening
from kam_desktop.store.database import open_database
from kam_desktop.store.models import Base
from kam_desktop.store.output import check_output, write_output
from kam_desktop.store.schema_version import HEAD_REVISION, KNOWN_REVISIONS
from kam_desktop.store.uri import sqlite_uri

FORMAT = "kam-desktop-export"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class TransferSummary:
    path: Path
    tables: int
    rows: int


def table_order() -> list[str]:
    """Every table of the schema, parents before children."""
    return [t.name for t in Base.metadata.sorted_tables]


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, float) and not math.isfinite(value):
        return {"$float": "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}
    return value


def _decode(value: Any, where: str) -> Any:
    """A JSON value back to what SQLite stores (see the format above); anything else refused."""
    if value is None or (isinstance(value, (str, int, float)) and not isinstance(value, bool)):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict) and len(value) == 1:
        if "$bytes" in value and isinstance(value["$bytes"], str):
            try:
                return base64.b64decode(value["$bytes"], validate=True)
            except (binascii.Error, ValueError):
                raise StoreError(
                    fmt(translate("Store", "The export has a damaged binary value in %1."), where)
                ) from None
        if "$float" in value and value["$float"] in ("nan", "inf", "-inf"):
            return float(value["$float"])
    raise StoreError(fmt(translate("Store", "The export has a value that is not allowed in %1."), where))


INT64 = (-(2**63), 2**63 - 1)
MONEY_MAX_CENTS = 10**17  # beyond any amount the app accepts (validation.MONEY_MAX is 10^12)
TEXT_MAX = 10_000_000  # characters in one Text value


def _too_long(limit: int) -> str:
    return fmt(
        translate("Store", "the text is longer than %1 characters"),
        numbers.format_decimal(limit, numbers.locale_for_language(language()), 0),
    )


def _expect(column: Column[Any], value: Any) -> str:
    """Why ``value`` cannot go in ``column`` ('' = it can): type, range and length."""
    if value is None:
        return "" if column.nullable else translate("Store", "it may not be empty (null)")
    kind = column.type
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return translate("Store", "it holds broken text (a lone surrogate)")
    if isinstance(kind, Boolean):
        return (
            ""
            if isinstance(value, int) and value in (0, 1)
            else translate("Store", "expected true/false (0 or 1)")
        )
    if isinstance(kind, Integer):
        if not isinstance(value, int):
            return translate("Store", "expected a whole number")
        low, high = INT64
        if column.name.endswith("_cents"):
            low, high = -MONEY_MAX_CENTS, MONEY_MAX_CENTS
        return "" if low <= value <= high else translate("Store", "the number is out of range")
    if isinstance(kind, Float):
        return (
            ""
            if isinstance(value, (int, float)) and abs(value) < 2**1023
            else translate("Store", "expected a number")
        )
    if isinstance(kind, (String, Text)):
        if not isinstance(value, str):
            return translate("Store", "expected text")
        limit = kind.length or TEXT_MAX
        return "" if len(value) <= limit else _too_long(limit)
    if isinstance(kind, (Date, DateTime, Time)):
        if not isinstance(value, str):
            return translate("Store", "expected a date or time as text")
        try:
            if isinstance(kind, DateTime):
                ok = len(value) >= 19 and value[10] == " " and dt.datetime.fromisoformat(value) is not None
            elif isinstance(kind, Date):
                ok = len(value) == 10 and dt.date.fromisoformat(value) is not None
            else:
                ok = dt.time.fromisoformat(value) is not None
        except (ValueError, IndexError):
            ok = False
        return (
            ""
            if ok
            else translate("Store", "expected a date (YYYY-MM-DD) or time stamp (YYYY-MM-DD HH:MM:SS)")
        )
    if isinstance(value, bytes):
        return "" if isinstance(kind, LargeBinary) else translate("Store", "binary data is not allowed here")
    return ""


def _checked_row(table: Table, columns: list[str], values: list[Any], index: int) -> list[Any]:
    decoded = []
    for name, raw in zip(columns, values, strict=True):
        where = fmt(translate("Store", "%1.%2 (row %3)"), table.name, name, index + 1)
        value = _decode(raw, where)
        problem = _expect(table.columns[name], value)
        if problem:
            raise StoreError(
                fmt(
                    translate(
                        "Store", "The export's value in %1 cannot be imported: %2. Nothing was imported."
                    ),
                    where,
                    problem,
                )
            )
        decoded.append(value)
    return decoded


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def export_json(db_path: Path, out: Path) -> TransferSummary:
    """Write the whole database at ``db_path`` to ``out`` through the guarded writer (temp
    file beside ``out``, then rename; the database, its backups, devices... are refused)."""
    db_path, out = Path(db_path), Path(out)
    if not db_path.is_file():
        raise StoreError(fmt(translate("Store", "No database at %1."), db_path))
    check_output(out, protect=[db_path])
    had_wal = integrity.wal_path(db_path).exists()
    conn = sqlite3.connect(sqlite_uri(db_path, "ro"), uri=True)
    conn.isolation_level = None
    counts = [0, 0]  # tables, rows

    def write(fh: IO[str]) -> None:
        conn.execute("BEGIN")  # one read transaction: a consistent snapshot
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        tables = [t for t in table_order() if t in present]
        counts[0] = len(tables)
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_revision": revision,
            "app_version": __version__,
            "exported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        fh.write("{\n")
        for key, value in header.items():
            fh.write(f" {json.dumps(key)}: {json.dumps(value)},\n")
        fh.write(' "tables": {')
        for t_index, table in enumerate(tables):
            columns = _columns(conn, table)
            fh.write("," if t_index else "")
            fh.write(f'\n  {json.dumps(table)}: {{\n   "columns": {json.dumps(columns)},\n   "rows": [')
            cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            for r_index, values in enumerate(cursor):
                encoded = [_encode(v) for v in values]
                fh.write(
                    ("," if r_index else "")
                    + "\n    "
                    + json.dumps(encoded, ensure_ascii=False, allow_nan=False)
                )
                counts[1] += 1
            fh.write("\n   ]\n  }")
        fh.write("\n }\n}\n")

    try:
        written, _ = write_output(out, write, protect=[db_path], text=True, newline="\n")
    except sqlite3.Error as exc:
        raise StoreError(fmt(translate("Store", "Could not read %1: %2."), db_path, exc)) from exc
    finally:
        conn.close()
        if not had_wal:  # (a read-only reader leaves an empty -wal and -shm it cannot remove)
            opening.release_wal(db_path)
    return TransferSummary(written, counts[0], counts[1])


def _load(source: Path) -> dict[str, Any]:
    if Path(source).exists() and not Path(source).is_file():  # reading a FIFO would wait forever
        raise StoreError(
            fmt(
                translate(
                    "Store",
                    "%1 is not a regular file (a folder, a device, a pipe or a socket): give the path of "
                    "a KAM Desktop export.",
                ),
                source,
            )
        )
    try:
        data = json.loads(Path(source).read_text(encoding="utf-8-sig"))
    except FileNotFoundError as exc:
        raise StoreError(fmt(translate("Store", "No file at %1."), source)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(
            fmt(translate("Store", "%1 is not a KAM Desktop export (it is not valid JSON: %2)."), source, exc)
        ) from exc
    except RecursionError as exc:
        raise StoreError(
            fmt(translate("Store", "%1 is not a KAM Desktop export (it is nested too deeply)."), source)
        ) from exc
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise StoreError(
            fmt(translate("Store", "%1 is not a KAM Desktop export (it holds a value out of range)."), source)
        ) from exc
    except MemoryError as exc:
        raise StoreError(fmt(translate("Store", "%1 is too large to import."), source)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreError(fmt(translate("Store", "%1 is not a KAM Desktop export."), source))
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise StoreError(
            fmt(
                translate("Store", "%1 uses export format %2; this version of KAM Desktop reads format %3."),
                source,
                version,
                FORMAT_VERSION,
            )
        )
    revision = data.get("schema_revision")
    if revision not in KNOWN_REVISIONS:
        raise StoreError(
            fmt(
                translate(
                    "Store",
                    "%1 was exported by a newer version of KAM Desktop (schema %2); please update the app.",
                ),
                source,
                revision,
            )
        )
    if revision != HEAD_REVISION:  # pragma: no cover - only one revision exists so far
        raise StoreError(
            fmt(
                translate("Store", "%1 has schema %2: import it with the matching version, then upgrade."),
                source,
                revision,
            )
        )
    if not isinstance(data.get("tables"), dict):
        raise StoreError(fmt(translate("Store", "%1 has no tables."), source))
    return data


def import_json(db_path: Path, source: Path) -> TransferSummary:
    """Build a new database at ``db_path`` from an export file."""
    db_path = Path(db_path).expanduser()
    if db_path.is_file() and db_path.stat().st_size > 0:
        raise StoreError(
            fmt(
                translate(
                    "Store", "%1 already exists. import-json writes a new database: choose a new file name."
                ),
                db_path,
            )
        )
    db_path = check_output(db_path)  # a device, a FIFO, a folder, a backup... is refused
    data = _load(Path(source))
    tables: dict[str, Any] = data["tables"]
    known = table_order()
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise StoreError(
            fmt(
                translate("Store", "The export has tables this version does not know: %1."),
                ", ".join(unknown),
            )
        )
    db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = db_path.with_name(f".{db_path.name}.importing")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    total = 0
    try:
        open_database(tmp).close()
        conn = sqlite3.connect(tmp)
        conn.isolation_level = None
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in reversed(known):
                conn.execute(f'DELETE FROM "{table}"')
            for table in known:
                if table not in tables:
                    continue
                spec = tables[table]
                if (
                    not isinstance(spec, dict)
                    or not isinstance(spec.get("columns"), list)
                    or not isinstance(spec.get("rows"), list)
                ):
                    raise StoreError(fmt(translate("Store", "The export's table %1 is malformed."), table))
                columns = spec["columns"]
                if sorted(map(str, columns)) != sorted(_columns(conn, table)):
                    raise StoreError(
                        fmt(
                            translate(
                                "Store", "The export's table %1 has different columns from this version's."
                            ),
                            table,
                        )
                    )
                placeholders = ", ".join("?" for _ in columns)
                names = ", ".join(f'"{c}"' for c in columns)
                statement = f'INSERT INTO "{table}" ({names}) VALUES ({placeholders})'
                schema = Base.metadata.tables[table]
                for index, values in enumerate(spec["rows"]):
                    if not isinstance(values, list) or len(values) != len(columns):
                        raise StoreError(
                            fmt(translate("Store", "A row of table %1 in the export is malformed."), table)
                        )
                    conn.execute(statement, _checked_row(schema, columns, values, index))
                    total += 1
            orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
            if orphans:
                raise StoreError(
                    fmt(
                        translate(
                            "Store",
                            "The export has %1 broken references (first in table %2); nothing was imported.",
                        ),
                        len(orphans),
                        orphans[0][0],
                    )
                )
            conn.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK")
            raise StoreError(
                fmt(
                    translate(
                        "Store", "The export breaks a rule of the database (%1); nothing was imported."
                    ),
                    exc,
                )
            ) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()
        check = sqlite3.connect(tmp)
        try:
            if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StoreError(
                    translate(
                        "Store", "The imported database failed its integrity check; nothing was imported."
                    )
                )
            check.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            check.close()
        os.replace(tmp, db_path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return TransferSummary(db_path, len(tables), total)
