"""The third mutation measurement's open survivor in store/backup.py (issue 12): a database whose
name holds a glob character still has its old-layout backups sorted into its own folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop.store import backup as store_backup
from kam_desktop.store.backup import backup_dir_for, glob_escape, legacy_dir_for
from kam_desktop.store.database import open_database


@pytest.mark.parametrize("stem", ["kam[2026]", "kam*", "kam?", "k[a]m*?"])
def test_old_layout_backups_of_a_database_named_with_glob_characters_are_sorted(
    tmp_path: Path, stem: str
) -> None:
    db = tmp_path / f"{stem}.sqlite"
    open_database(db).close()
    legacy = legacy_dir_for(db)
    assert legacy.name == f"{stem}-backups"
    legacy.mkdir()
    made = store_backup.make_backup(db, reason="manual", dest_dir=legacy)
    old = legacy / f"{stem}-{made.name[len(db.name) + 1 :]}"  # how versions before 0.2 named them
    made.rename(old)
    rows = store_backup.list_backups(db)
    assert [(r.path.parent, r.reason) for r in rows] == [(backup_dir_for(db), "manual")]
    assert rows[0].path.name == f"{db.name}-{old.name[len(stem) + 1 :]}"
    assert not legacy.exists()


def test_glob_escape_makes_each_wildcard_a_literal() -> None:
    assert glob_escape("a*b?c[d]e") == "a[*]b[?]c[[]d]e"
    assert glob_escape("plain name") == "plain name"


@pytest.mark.parametrize("name", ["kam?.sqlite", "Q1 #2.sqlite", "100%.sqlite", "a%3F.sqlite", "[x]*.sqlite"])
def test_a_database_named_with_uri_characters_is_written_where_it_is_named(tmp_path: Path, name: str) -> None:
    # SQLite reads "?" as the start of a URI's query, "#" as a fragment, "%" as an escape: a
    # database named so was opened (and written) as another file ("kam" beside "kam?.sqlite")
    from sqlalchemy import text

    db_path = tmp_path / name
    db = open_database(db_path)
    with db.session() as session:
        session.execute(text("CREATE TABLE probe (x)"))
        session.execute(text("INSERT INTO probe VALUES ('written here')"))
        session.commit()
    made = store_backup.make_backup(db_path, reason="manual")
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, backup_dir_for(db_path).name])
    again = open_database(db_path)
    try:
        with again.session() as session:
            assert session.execute(text("SELECT x FROM probe")).scalars().all() == ["written here"]
    finally:
        again.close()
    assert again.damage is None
    assert [b.path for b in store_backup.list_backups(db_path)] == [made]
    assert store_backup.count_accounts(made) == 0
