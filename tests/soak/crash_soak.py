"""Crash soak: kill the app's data layer with SIGKILL at random moments; nothing acknowledged
may be lost and the file must stay healthy.

Each round forks a child that opens the database the way the app does (``open_database``:
the unclean-shutdown check included) and performs scripted edits through the services:
create accounts, rate them, add buying centres, rewrite a long description, change the
program settings, move accounts to the trash and back, and now and then a manual backup.
Before each edit the child writes its intent to a pipe and, once the service call has
returned (the unit of work is committed), an acknowledgement. The parent kills the child
at a random moment, then checks read-only:

- every acknowledged edit is in the database (an edit in flight may or may not be);
- ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` pass;
- every finished backup passes its check.

Usage: ``python tests/soak/crash_soak.py --kills 1000`` (POSIX only). Prints its figures and
exits non-zero if any acknowledged edit was lost or any check failed. Not collected by
pytest (no ``test_`` prefix); ``.ci/run`` runs a short form.
"""

from __future__ import annotations

import argparse
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
from kam_desktop.services.backups import back_up  # noqa: E402
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
        if choice < 0.25 or not own:
            name = f"Soak {round_no}-{n}"
            say(f"I create {name}")
            view = accounts.create_account(
                db, accounts.AccountInput(name=name, industry="Soak", region="Lab")
            )
            own.append(view.id)
            say(f"A account {view.id} {name}")
        elif choice < 0.40:
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
        elif choice < 0.55:
            target = rng.choice(own)
            name = f"Centre {seq}"
            say(f"I centre {target}")
            try:
                centre = accounts.save_buying_centre(db, target, name)
            except Exception as exc:
                say(f"N {type(exc).__name__}")
                continue
            say(f"A centre {centre.id} {name}")
        elif choice < 0.65:
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
        elif choice < 0.80:
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
        elif choice < 0.97:
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
    for part in store_backup.backup_dir_for(db_path).glob("*.sqlite"):
        if store_backup.parse_name(part) is None:
            problems.append(f"unexpected file {part.name}")
    return lost, problems


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
    }
    started = time.monotonic()
    for round_no in range(1, kills + 1):
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
        if error:
            figures["open_failures"] += 1
            print(f"round {round_no}: the child failed: {error}", file=sys.stderr)
        lost, problems = _verify(db_path, expected, intent)
        figures["edits_lost"] += lost
        if problems:
            figures["integrity_failures"] += 1
            print(f"round {round_no}: {'; '.join(problems)}", file=sys.stderr)
        if verbose and round_no % 100 == 0:
            print(
                f"  {round_no} kills, {figures['edits_acknowledged']} edits acknowledged, "
                f"{time.monotonic() - started:.0f} s",
                flush=True,
            )
    figures["seconds"] = round(time.monotonic() - started)
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
        f"kills_during_open={figures['kills_during_open']} seconds={figures['seconds']}"
    )
    failed = figures["edits_lost"] or figures["integrity_failures"] or figures["open_failures"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
