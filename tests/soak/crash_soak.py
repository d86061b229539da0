"""Crash soak: kill the app's data layer with SIGKILL at random moments; nothing acknowledged
may be lost and the file must stay healthy.

Each round forks a child that opens the database the way the app does (``open_database``:
the unclean-shutdown check included) and performs scripted edits through the services:
create accounts, rate them, add buying centres, rewrite a long description, change the
program settings, move accounts to the trash and back, now and then a manual backup, an
automatic backup (dated up to 400 days back) followed by thinning, or a restore of a backup
it has just made (so the acknowledged state does not change). Every tenth round instead
opens a copy of a database of the first schema revision, so the kill may land in the
pre-migration backup or the migration itself.
Before each edit the child writes its intent to a pipe and, once the service call has
returned (the unit of work is committed), an acknowledgement. The parent kills the child
at a random moment, then checks read-only:

- every acknowledged edit is in the database (an edit in flight may or may not be);
- ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` pass;
- every finished backup passes its check (an automatic one may have been thinned away);
- a database killed while migrating is at the old or the new revision, never between, with
  all its rows, and passes both checks.

Usage: ``python tests/soak/crash_soak.py --kills 1000`` (POSIX only). Prints its figures and
exits non-zero if any acknowledged edit was lost or any check failed. Not collected by
pytest (no ``test_`` prefix); ``.ci/run`` runs a short form.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import select
import signal
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kam_desktop.domain.enums import Factor  # noqa: E402
from kam_desktop.services import accounts, program, trash  # noqa: E402
from kam_desktop.services.backups import back_up, restore  # noqa: E402
from kam_desktop.store import backup as store_backup  # noqa: E402
from kam_desktop.store.database import open_database  # noqa: E402

LONG_TEXT = "Stakeholder map and renewal notes. " * 600  # ~21 KB: several pages per write


@dataclass
class Expected:
    accounts: dict[int, str] = field(default_factory=dict)  # id -> name
    assessments: dict[int, str] = field(default_factory=dict)  # id -> notes marker
    centres: dict[int, str] = field(default_factory=dict)  # id -> name
    program_seq: int = -1  # highest acknowledged user_name sequence
    description_seq: dict[int, int] = field(default_factory=dict)  # account id -> seq
    trashed: dict[int, bool] = field(default_factory=dict)  # account id -> in trash after last ack
    backups: set[str] = field(default_factory=set)
    autos: set[str] = field(default_factory=set)  # may be thinned away, never damaged
    kinds: dict[str, int] = field(default_factory=dict)  # acknowledged operations by kind
    intents: dict[str, int] = field(default_factory=dict)  # operations in flight at a kill, by kind


# --- the child: the app's logic, killed at any moment ----------------------------------------


def _child(db_path: Path, fd: int, round_no: int, seed: int, known: list[int]) -> None:
    rng = random.Random(seed * 100_003 + round_no)

    def say(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    try:
        db = open_database(db_path)
    except Exception as exc:  # reported to the parent as a failed open
        say(f"E {type(exc).__name__}: {exc}".replace("\n", " "))
        return
    say("R")
    own: list[int] = list(known)
    n = 0
    while True:
        n += 1
        seq = round_no * 100_000 + n
        choice = rng.random()
        if choice < 0.22 or not own:
            name = f"Soak {round_no}-{n}"
            say(f"I create {name}")
            view = accounts.create_account(
                db, accounts.AccountInput(name=name, industry="Soak", region="Lab")
            )
            own.append(view.id)
            say(f"A account {view.id} {name}")
        elif choice < 0.35:
            target = rng.choice(own)
            marker = f"soak-{seq}"
            say(f"I assess {target}")
            ratings = {f: rng.randint(1, 5) for f in Factor}
            try:
                made = accounts.add_assessment(db, target, ratings, notes=marker)
            except Exception as exc:  # a trashed account refuses: a domain error, not a crash
                say(f"N {type(exc).__name__}")
                continue
            say(f"A assessment {made.id} {marker}")
        elif choice < 0.48:
            target = rng.choice(own)
            name = f"Centre {seq}"
            say(f"I centre {target}")
            try:
                centre = accounts.save_buying_centre(db, target, name)
            except Exception as exc:
                say(f"N {type(exc).__name__}")
                continue
            say(f"A centre {centre.id} {name}")
        elif choice < 0.57:
            say(f"I program {seq}")
            current = program.get_program(db)
            program.update_program(
                db,
                program.ProgramInput(
                    key_account_cap=current.key_account_cap,
                    currency=current.currency,
                    user_name=f"soak-{seq}",
                    company_name=current.company_name,
                    definition=current.definition,
                ),
            )
            say(f"A program {seq}")
        elif choice < 0.70:
            target = rng.choice(own)
            say(f"I describe {target} {seq}")
            try:
                detail = accounts.get_account(db, target)
                a = detail.account
                accounts.update_account(
                    db,
                    target,
                    accounts.AccountInput(
                        name=a.name,
                        industry=a.industry,
                        region=a.region,
                        currency=a.currency,
                        current_revenue=a.current_revenue,
                        potential_revenue=a.potential_revenue,
                        description=f"[{seq}] {LONG_TEXT}",
                        internal_notes=a.internal_notes,
                    ),
                )
            except Exception as exc:
                say(f"N {type(exc).__name__}")
                continue
            say(f"A describe {target} {seq}")
        elif choice < 0.84:
            target = rng.choice(own)
            say(f"I toggle {target}")
            with db.session() as session:
                from kam_desktop.store.models import Account

                row = session.get(Account, target)
                in_trash = row is not None and row.deleted_at is not None
            if in_trash:
                trash.restore(db, "account", target)
            else:
                trash.move_to_trash(db, "account", target)
            say(f"A toggle {target} {0 if in_trash else 1}")
        elif choice < 0.92:
            say("I autobackup")
            when = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=rng.uniform(0, 400))
            made = store_backup.make_backup(db_path, reason="auto", now=when)
            store_backup.thin_backups(db_path)
            say(f"A autobackup {made}")
        elif choice < 0.96:
            say("I backup")
            made = back_up(db, reason="manual")
            say(f"A backup {made}")
            say("I restore")
            restore(db_path, made)  # the same state: acknowledged edits stay as they are
            say(f"A restore {made}")
        else:
            say("I backup")
            made = back_up(db, reason="manual")
            say(f"A backup {made}")


def _run_child(db_path: Path, round_no: int, seed: int, known: list[int]) -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read_fd)
        code = 0
        try:
            _child(db_path, write_fd, round_no, seed, known)
        except BaseException as exc:
            os.write(write_fd, f"X {type(exc).__name__}: {exc}".replace("\n", " ").encode()[:2000] + b"\n")
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


# --- migration rounds: an old database, upgraded; the kill may land anywhere in it ----------

OLD_REVISION = "0001_initial"
OLD_ACCOUNTS = 40


def _old_template(folder: Path) -> Path:
    """A database at the first schema revision with OLD_ACCOUNTS accounts."""
    from kam_desktop.store.database import upgrade

    template = folder / "old-template.sqlite"
    if template.exists():
        return template
    upgrade(template, OLD_REVISION)
    conn = sqlite3.connect(template)
    conn.executemany(
        "INSERT INTO account (name, industry, region, currency, current_revenue_cents, "
        "potential_revenue_cents, status, description, internal_notes, created_at, updated_at) "
        "VALUES (?, '', '', 'EUR', 0, 0, 'candidate', ?, '', '2026-01-01', '2026-01-01')",
        [(f"Old {i}", LONG_TEXT[: 200 * i]) for i in range(OLD_ACCOUNTS)],
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return template


def _fresh_old_copy(template: Path, target: Path) -> None:
    import shutil

    for suffix in ("", "-wal", "-shm", "-journal", ".session"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.rmtree(store_backup.backup_dir_for(target), ignore_errors=True)
    shutil.copy(template, target)


def _run_migration_child(path: Path) -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read_fd)
        code = 0
        try:
            os.write(write_fd, b"R\n")
            open_database(path).close()
            os.write(write_fd, b"A migrated\n")
        except BaseException as exc:
            os.write(write_fd, f"X {type(exc).__name__}: {exc}".replace("\n", " ").encode()[:2000] + b"\n")
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def _check_migrated(path: Path) -> tuple[str | None, list[str]]:
    """(revision, problems) of a database whose migration may have been killed - read-only."""
    from kam_desktop.store.schema_version import HEAD_REVISION

    problems: list[str] = []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("migration: integrity_check failed")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("migration: foreign_key_check failed")
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if revision not in (OLD_REVISION, HEAD_REVISION):
            problems.append(f"migration: stopped between revisions ({revision})")
        count = conn.execute("SELECT count(*) FROM account").fetchone()[0]
        if count != OLD_ACCOUNTS:
            problems.append(f"migration: {count} accounts instead of {OLD_ACCOUNTS}")
    finally:
        conn.close()
    for made in store_backup.list_backups(path):
        if store_backup.verify(made.path):
            problems.append(f"migration: backup {made.path.name} failing its check")
    return revision, problems


# --- the parent: kill, then check ------------------------------------------------------------


def _read_lines(fd: int, deadline: float | None) -> tuple[list[str], bool]:
    """Lines until the deadline (or EOF if deadline is None). Returns (lines, eof)."""
    chunks: list[bytes] = []
    eof = False
    while True:
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            break
        data = os.read(fd, 65536)
        if not data:
            eof = True
            break
        chunks.append(data)
        if deadline is not None and time.monotonic() >= deadline:
            break
    text = b"".join(chunks).decode()
    return text.splitlines(keepends=True), eof


def _apply(lines: list[str], expected: Expected) -> tuple[int, list[str], str | None, str | None]:
    """Fold acknowledged edits into the expectations. Returns (acks, problems, in-flight intent, open error)."""
    acks = 0
    intent: str | None = None
    error: str | None = None
    for raw in lines:
        if not raw.endswith("\n"):
            continue  # torn line: the kill came mid-write
        line = raw.rstrip("\n")
        kind, _, rest = line.partition(" ")
        if kind in ("E", "X"):
            error = rest
        elif kind == "I":
            intent = rest
        elif kind == "N":
            intent = None
        elif kind == "A":
            acks += 1
            intent = None
            what, _, payload = rest.partition(" ")
            expected.kinds[what] = expected.kinds.get(what, 0) + 1
            if what == "account":
                ident, _, name = payload.partition(" ")
                expected.accounts[int(ident)] = name
                expected.trashed[int(ident)] = False
            elif what == "assessment":
                ident, _, marker = payload.partition(" ")
                expected.assessments[int(ident)] = marker
            elif what == "centre":
                ident, _, name = payload.partition(" ")
                expected.centres[int(ident)] = name
            elif what == "program":
                expected.program_seq = max(expected.program_seq, int(payload))
            elif what == "describe":
                target, seq = (int(x) for x in payload.split())
                expected.description_seq[target] = max(expected.description_seq.get(target, -1), seq)
            elif what == "toggle":
                target, state = (int(x) for x in payload.split())
                expected.trashed[target] = bool(state)
            elif what == "backup":
                expected.backups.add(payload)
            elif what == "autobackup":
                expected.autos.add(payload)
    return acks, [], intent, error


def _seq_of(text: str) -> int:
    if text.startswith("soak-"):
        return int(text[5:])
    if text.startswith("["):
        return int(text[1 : text.index("]")])
    return -1


def _verify(db_path: Path, expected: Expected, intent: str | None) -> tuple[int, list[str]]:
    """(acknowledged edits missing, integrity problems) - read-only."""
    lost = 0
    problems: list[str] = []
    conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            problems.append(f"integrity_check: {result[:3]}")
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            problems.append(f"foreign_key_check: {orphans[:3]}")
        rows = dict(conn.execute("SELECT id, name FROM account").fetchall())
        for ident, name in expected.accounts.items():
            if rows.get(ident) != name:
                lost += 1
        notes = dict(conn.execute("SELECT id, notes FROM identification_assessment").fetchall())
        lost += sum(1 for i, marker in expected.assessments.items() if notes.get(i) != marker)
        centres = dict(conn.execute("SELECT id, name FROM buying_centre").fetchall())
        lost += sum(1 for i, name in expected.centres.items() if centres.get(i) != name)
        user = conn.execute("SELECT user_name FROM program_settings WHERE id = 1").fetchone()
        if expected.program_seq >= 0 and (user is None or _seq_of(user[0]) < expected.program_seq):
            lost += 1
        descriptions = dict(conn.execute("SELECT id, description FROM account").fetchall())
        for ident, seq in expected.description_seq.items():
            if _seq_of(descriptions.get(ident) or "") < seq:
                lost += 1
        deleted = dict(conn.execute("SELECT id, deleted_at IS NOT NULL FROM account").fetchall())
        for ident, state in list(expected.trashed.items()):
            actual = bool(deleted.get(ident))
            if actual != state:
                if intent == f"toggle {ident}":
                    expected.trashed[ident] = actual  # the in-flight toggle was committed
                else:
                    lost += 1
        if intent and intent.startswith("program "):
            expected.program_seq = max(expected.program_seq, _seq_of(user[0]) if user else -1)
    finally:
        conn.close()
    for made in sorted(expected.backups):
        path = Path(made)
        if not path.exists() or store_backup.verify(path):
            problems.append(f"backup {path.name} missing or failing its check")
    expected.backups.clear()  # each finished backup is checked once
    for made in sorted(expected.autos):
        path = Path(made)
        if path.exists() and store_backup.verify(path):
            problems.append(f"automatic backup {path.name} failing its check")
    expected.autos.clear()
    for part in store_backup.backup_dir_for(db_path).glob("*.sqlite"):
        if store_backup.parse_name(part) is None:
            problems.append(f"unexpected file {part.name}")
    return lost, problems


def _migration_round(
    template: Path, old_copy: Path, rng: random.Random, min_ms: float, max_ms: float, figures: dict[str, int]
) -> None:
    from kam_desktop.store.schema_version import HEAD_REVISION

    _fresh_old_copy(template, old_copy)
    pid, fd = _run_migration_child(old_copy)
    lines, eof = _read_lines(fd, time.monotonic() + rng.uniform(min_ms, max_ms) / 1000)
    if not eof:
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    more, _ = _read_lines(fd, None)
    os.close(fd)
    lines += more
    figures["kills"] += 1
    figures["migration_kills"] += 1
    if any(line.startswith("X") for line in lines):
        figures["open_failures"] += 1
        print(f"migration child failed: {[x for x in lines if x.startswith('X')]}", file=sys.stderr)
    acknowledged = any(line.startswith("A migrated") for line in lines)
    revision, problems = _check_migrated(old_copy)
    if acknowledged and revision != HEAD_REVISION:
        problems.append("migration: acknowledged but not at the new revision")
    if revision != HEAD_REVISION:
        figures["migrations_killed_before_commit"] += 1
    try:  # the next start finishes the job
        open_database(old_copy).close()
        revision, more_problems = _check_migrated(old_copy)
        problems += more_problems
        if revision == HEAD_REVISION:
            figures["migrations_resumed"] += 1
        else:
            problems.append("migration: the next start did not upgrade")
    except Exception as exc:
        problems.append(f"migration: the next start failed: {type(exc).__name__}: {exc}")
    if problems:
        figures["integrity_failures"] += 1
        print(f"migration round: {'; '.join(problems)}", file=sys.stderr)


def soak(
    kills: int,
    *,
    seed: int = 1,
    min_ms: float = 5,
    max_ms: float = 250,
    workdir: Path | None = None,
    verbose: bool = False,
) -> dict[str, int]:
    rng = random.Random(seed)
    folder = Path(workdir or tempfile.mkdtemp(prefix="kam-soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "soak.sqlite"
    open_database(db_path).close()
    expected = Expected()
    figures = {
        "kills": 0,
        "edits_acknowledged": 0,
        "edits_lost": 0,
        "integrity_failures": 0,
        "open_failures": 0,
        "unclean_opens": 0,
        "kills_during_open": 0,
        "migration_kills": 0,
        "restores_finished_at_next_start": 0,
        "migrations_killed_before_commit": 0,
        "migrations_resumed": 0,
    }
    template = _old_template(folder)
    old_copy = folder / "old.sqlite"
    started = time.monotonic()
    for round_no in range(1, kills + 1):
        if round_no % 10 == 0:
            _migration_round(template, old_copy, rng, min_ms, max_ms, figures)
            continue
        wal = Path(str(db_path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            figures["unclean_opens"] += 1
        known = sorted(expected.accounts)[-50:]
        pid, fd = _run_child(db_path, round_no, seed, known)
        deadline = time.monotonic() + rng.uniform(min_ms, max_ms) / 1000
        lines, eof = _read_lines(fd, deadline)
        if not eof:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        more, _ = _read_lines(fd, None)
        os.close(fd)
        lines += more
        figures["kills"] += 1
        if not any(line.startswith("R") for line in lines):
            figures["kills_during_open"] += 1
        acks, _, intent, error = _apply(lines, expected)
        figures["edits_acknowledged"] += acks
        if intent:
            kind = intent.split()[0]
            expected.intents[kind] = expected.intents.get(kind, 0) + 1
        if error:
            figures["open_failures"] += 1
            print(f"round {round_no}: the child failed: {error}", file=sys.stderr)
        if store_backup.finish_interrupted_restore(db_path):  # what the next start does first
            figures["restores_finished_at_next_start"] += 1
        lost, problems = _verify(db_path, expected, intent)
        figures["edits_lost"] += lost
        if problems:
            figures["integrity_failures"] += 1
            print(f"round {round_no}: {'; '.join(problems)}", file=sys.stderr)
        if verbose and round_no % 50 == 0:
            print(f"  {round_no} kills, {time.monotonic() - started:.0f} s: {figures}", flush=True)
    figures["seconds"] = round(time.monotonic() - started)
    for kind, count in sorted(expected.kinds.items()):
        figures[f"acknowledged_{kind}"] = count
    for kind, count in sorted(expected.intents.items()):
        figures[f"killed_during_{kind}"] = count
    figures["database_bytes"] = db_path.stat().st_size
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--kills", type=int, default=100, help="how many times to kill the child (default 100)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--min-ms", type=float, default=5, help="shortest life of a child in ms")
    parser.add_argument("--max-ms", type=float, default=250, help="longest life of a child in ms")
    parser.add_argument("--workdir", help="folder for the database (default: a new temporary folder)")
    parser.add_argument("--verbose", action="store_true", help="print progress every 100 kills")
    args = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        print("crash_soak: needs a POSIX system (fork, SIGKILL)", file=sys.stderr)
        return 2
    figures = soak(
        args.kills,
        seed=args.seed,
        min_ms=args.min_ms,
        max_ms=args.max_ms,
        workdir=Path(args.workdir) if args.workdir else None,
        verbose=args.verbose,
    )
    print(
        f"crash soak: kills={figures['kills']} edits_acknowledged={figures['edits_acknowledged']} "
        f"edits_lost={figures['edits_lost']} integrity_failures={figures['integrity_failures']} "
        f"open_failures={figures['open_failures']} unclean_opens={figures['unclean_opens']} "
        f"kills_during_open={figures['kills_during_open']} migration_kills={figures['migration_kills']} "
        f"migrations_killed_before_commit={figures['migrations_killed_before_commit']} "
        f"migrations_resumed={figures['migrations_resumed']} "
        f"restores_finished_at_next_start={figures['restores_finished_at_next_start']} "
        f"seconds={figures['seconds']}"
    )
    print(
        "  "
        + " ".join(
            f"{k}={v}" for k, v in figures.items() if k.startswith(("acknowledged_", "killed_during_"))
        )
    )
    failed = figures["edits_lost"] or figures["integrity_failures"] or figures["open_failures"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
