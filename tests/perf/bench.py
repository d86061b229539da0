"""Benchmarks, printed as JSON. Not part of the test suite (tests never assert times).

    python -m tests.perf.bench                 # all figures (median of 7 runs per process figure,
                                               # 21 for the first frames and the floors)
    python -m tests.perf.bench --quick         # 25 and 1,000 accounts only, 3 runs
    python -m tests.perf.bench --repeat 5 --sizes 25,1000
    python -m tests.perf.bench --processes-only --bytecode compiled --workdir /tmp/kam-bench

Whole-process figures (wall seconds from spawn to exit, peak RSS), medians, measured side by side
in the same run, round-robin, so that the machine's load hits every command alike:
- ``qt_floor``: a bare PySide6 window with an empty table, exiting after its first frame;
- ``stack_floor``: the same plus ``import sqlalchemy.orm`` (what any app on this stack pays);
- ``first_paint`` at 25 / 1k / 10k accounts: ``kam-desktop --smoke-test paint`` (exits after the
  main window's first frame), run as the launcher runs it (``main()`` from ``kam_desktop.app``);
  on a version without ``paint`` this is reported as missing;
- ``data_ready`` at 25 / 1k / 10k: ``kam-desktop --smoke-test`` (exits once the portfolio shows its
  data).

In-process figures on the largest database, with the portfolio page built the way the app builds
it (the real PortfolioPage, its proxy and view, shown offscreen, data loaded through its own path):
- header clicks: real mouse clicks on header sections (each column, both directions), each timed
  until the events it posted are processed (repaint included);
- filter: typing a word key by key (narrowing) and backspacing it away (widening), real key
  events, median and max for each;
- chart paint: grabbing the chart widget with every bubble (first and again);
- plan PDF: the richest demo account's internal plan, first and warm, exported in fresh processes
  (``pdf_first.py``) the way the export dialog's worker exports it: from the open dialog (the
  headline: the store open and the dialog's module loaded, as when the user presses Export) and
  from the store only; fonts included (the report says whether an earlier session left the
  parsed font tables in the user cache folder);
- demo generation of the largest database (the CLI, whole process).

Bytecode: the app's start-up figures are measured twice, on two copies of the package made
for the run (so what happens to be in the checkout's ``__pycache__`` does not matter), with
PYTHONDONTWRITEBYTECODE=1: ``compiled`` (every module compiled to bytecode beforehand, as pip's
install of the wheel, ``make .venv/.installed``/``make run`` and the frozen build have it - the
headline figure) and ``source`` (no bytecode: every start compiles the app's own modules, as a
checkout does where writing bytecode is switched off). The libraries' bytecode is as installed,
for both and for the floors.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

FLOOR_QT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtGui import QStandardItemModel
{extra}
app = QApplication(sys.argv[:1])
w = QMainWindow(); v = QTableView(); v.setModel(QStandardItemModel(0, 12)); w.setCentralWidget(v)
w.resize(1360, 860)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, mark)
        return False
def mark():
    import resource, time
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("moments: painted %.4f %.4f %d" % (time.time(), time.process_time(), peak))
    app.quit()
f = Painted(); w.installEventFilter(f)
w.show()
app.exec()
"""

MEASURE = """
import resource, subprocess, sys, time
spawned = time.time()
t0 = time.perf_counter()
out = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - t0
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{wall:.4f} {usage.ru_maxrss} {out.returncode} {usage.ru_utime + usage.ru_stime:.4f} {spawned:.4f}")
print(next((line for line in out.stdout.splitlines() if line.startswith("moments: ")), "moments:"))
sys.stderr.write(out.stdout[-2000:] + out.stderr[-2000:])
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["KAM_DESKTOP_DATA_DIR"] = str(home)
    env["KAM_DESKTOP_LOG_DIR"] = str(home)
    env["XDG_CONFIG_HOME"] = str(home)
    return env


def _run_once(
    cmd: list[str], env: dict[str, str], cwd: Path | None = None
) -> tuple[float, float, int, str, float, dict[str, tuple[float, float, float]]]:
    """(wall seconds to exit, peak RSS MB, exit code, output, CPU seconds, moments).
    ``moments``: what the process printed on its ``moments:`` line - for each named moment
    (``painted``, ``shown``, ``listed``, ``usable``) the wall seconds from the spawn, its CPU seconds then
    and its peak RSS (MB) then. ``cwd``: for ``-m kam_desktop``, the package copy's folder
    (``-m`` puts the working folder first on sys.path, before PYTHONPATH)."""
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True, env=env, cwd=cwd
    )
    first, _, rest = result.stdout.partition("\n")
    wall, rss_kb, code, cpu, spawned = first.split()[:5]
    moments: dict[str, tuple[float, float, float]] = {}
    words = rest.split()[1:] if rest.startswith("moments:") else []
    for i in range(0, len(words) - 3, 4):
        name, at, cpu_then, rss_then = words[i : i + 4]
        moments[name] = (float(at) - float(spawned), float(cpu_then), int(rss_then) / 1024)
    return float(wall), int(rss_kb) / 1024, int(code), result.stderr, float(cpu), moments


def _summary(
    walls: list[float],
    rss: list[float],
    cpus: list[float],
    moments: list[dict[str, tuple[float, float, float]]] | None = None,
) -> dict[str, float]:
    """Wall seconds (what a user waits), and CPU seconds (user + system, all threads): on a busy
    shared machine the wall figures swing with the load, the CPU ones much less (but they do not
    show work done in parallel). ``seconds``/``cpu_seconds``/``peak_rss_mb``: the whole process,
    spawn to exit; ``<moment>_seconds``/``<moment>_cpu_seconds``/``<moment>_peak_rss_mb``: from
    the spawn to that moment (see ``_run_once``)."""
    out = {
        "seconds_median": round(statistics.median(walls), 3),
        "seconds_min": round(min(walls), 3),
        "seconds_max": round(max(walls), 3),
        "cpu_seconds_median": round(statistics.median(cpus), 3),
        "peak_rss_mb": round(statistics.median(rss), 1),
    }
    names = set.intersection(*(set(m) for m in moments)) if moments else set()
    for name in sorted(names):
        at = [m[name][0] for m in moments or ()]
        out[f"{name}_seconds_median"] = round(statistics.median(at), 3)
        out[f"{name}_seconds_max"] = round(max(at), 3)
        out[f"{name}_cpu_seconds_median"] = round(statistics.median(m[name][1] for m in moments or ()), 3)
        out[f"{name}_peak_rss_mb"] = round(statistics.median(m[name][2] for m in moments or ()), 1)
    return out


def package_copy(root: Path, compiled: bool) -> Path:
    """A copy of the app's package under ``root`` (with its resources and migrations linked),
    compiled to bytecode or not; put first on PYTHONPATH, it is what ``-m kam_desktop`` runs."""
    import compileall
    import shutil

    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        ROOT / "kam_desktop", root / "kam_desktop", ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    for name in ("resources", "migrations"):
        (root / name).symlink_to(ROOT / name, target_is_directory=True)
    if compiled:  # (compileall writes bytecode whatever PYTHONDONTWRITEBYTECODE says)
        compileall.compile_dir(str(root / "kam_desktop"), quiet=1)
    return root


PAINT_ROUNDS = 3


def bench_processes(
    dbs: dict[int, Path], repeat: int, env: dict[str, str], packages: dict[str, Path]
) -> dict[str, Any]:
    """Every command once per round, ``repeat`` rounds; medians per command. The app's commands
    run once per entry of ``packages`` (label -> a package copy, see ``package_copy``). The
    first frames and the floors - a quarter of a second each, and the figure a few milliseconds
    of noise moves most - run ``PAINT_ROUNDS`` times as many rounds, interleaved likewise."""
    py = sys.executable
    commands: dict[str, tuple[list[str], dict[str, str], Path | None]] = {
        "qt_floor": ([py, "-c", FLOOR_QT.format(extra="")], env, None),
        "stack_floor": ([py, "-c", FLOOR_QT.format(extra="import sqlalchemy.orm")], env, None),
    }
    # what the `kam-desktop` launcher (pip's console script, `make run`) runs: its two lines
    # (``python -m kam_desktop`` would add runpy's imports, ~2 ms, that no user start has)
    app = [py, "-c", "import sys; from kam_desktop.app import main; sys.exit(main())"]
    for label, package in packages.items():
        run_env = dict(env, PYTHONDONTWRITEBYTECODE="1")
        run_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(package), env.get("PYTHONPATH", "")) if p)
        for size, db in dbs.items():
            commands[f"{label}:first_paint_{size}"] = (
                [*app, "--db", str(db), "--smoke-test", "paint"],
                run_env,
                package,
            )
            commands[f"{label}:data_ready_{size}"] = (
                [*app, "--db", str(db), "--smoke-test"],
                run_env,
                package,
            )
    samples: dict[str, tuple[list[float], list[float], list[float], list[Any]]] = {
        k: ([], [], [], []) for k in commands
    }
    missing: dict[str, str] = {}
    for round_ in range(repeat * PAINT_ROUNDS):
        for key, (cmd, cmd_env, cwd) in commands.items():
            if key in missing or (round_ >= repeat and "first_paint" not in key and "floor" not in key):
                continue
            wall, rss, code, err, cpu, moments = _run_once(cmd, cmd_env, cwd)
            if code != 0:
                missing[key] = f"exit {code}: {err.strip().splitlines()[-1] if err.strip() else ''}"
                continue
            samples[key][0].append(wall)
            samples[key][1].append(rss)
            samples[key][2].append(cpu)
            samples[key][3].append(moments)
    figures = {
        key: {"missing": missing[key]} if key in missing else _summary(*samples[key]) for key in commands
    }
    out: dict[str, Any] = {"qt_floor": figures["qt_floor"], "stack_floor": figures["stack_floor"]}
    qt_f, stack_f = figures["qt_floor"], figures["stack_floor"]

    def ratio(a: dict[str, Any], a_key: str, b: dict[str, Any], b_key: str) -> float | None:
        return round(a[a_key] / b[b_key], 2) if a_key in a and b.get(b_key) else None

    for label in packages:
        part: dict[str, Any] = {
            k.split(":", 1)[1]: v for k, v in figures.items() if k.startswith(label + ":")
        }
        found: dict[str, float | None] = {}
        for size in dbs:
            paint = part[f"first_paint_{size}"]
            ready = part[f"data_ready_{size}"]
            # the moments (spawn -> that moment), beside the floors' moment (spawn -> painted)
            found[f"first_paint_{size}_vs_qt_floor"] = ratio(
                paint, "painted_seconds_median", qt_f, "painted_seconds_median"
            )
            found[f"cpu_first_paint_{size}_vs_qt_floor"] = ratio(
                paint, "painted_cpu_seconds_median", qt_f, "painted_cpu_seconds_median"
            )
            # the first frame of a whole start (the start-up's reads begun beside it), for comparison
            found[f"first_paint_in_whole_start_{size}_vs_qt_floor"] = ratio(
                ready, "painted_seconds_median", qt_f, "painted_seconds_median"
            )
            found[f"data_shown_{size}_vs_stack_floor"] = ratio(
                ready, "shown_seconds_median", stack_f, "painted_seconds_median"
            )
            found[f"cpu_data_shown_{size}_vs_stack_floor"] = ratio(
                ready, "shown_cpu_seconds_median", stack_f, "painted_cpu_seconds_median"
            )
            found[f"data_listed_{size}_vs_stack_floor"] = ratio(  # every row in the table
                ready, "listed_seconds_median", stack_f, "painted_seconds_median"
            )
            found[f"usable_{size}_vs_stack_floor"] = ratio(
                ready, "usable_seconds_median", stack_f, "painted_seconds_median"
            )
            found[f"cpu_usable_{size}_vs_stack_floor"] = ratio(
                ready, "usable_cpu_seconds_median", stack_f, "painted_cpu_seconds_median"
            )
            # whole processes (spawn -> exit), as measured before the moments were printed
            found[f"process_first_paint_{size}_vs_qt_floor"] = ratio(
                paint, "seconds_median", qt_f, "seconds_median"
            )
            found[f"process_data_ready_{size}_vs_stack_floor"] = ratio(
                ready, "seconds_median", stack_f, "seconds_median"
            )
            found[f"cpu_process_data_ready_{size}_vs_stack_floor"] = ratio(
                ready, "cpu_seconds_median", stack_f, "cpu_seconds_median"
            )
            # peak RSS of the whole start-up (the store opened, SQLAlchemy imported), and when shown
            found[f"peak_rss_{size}_vs_stack_floor"] = ratio(ready, "peak_rss_mb", stack_f, "peak_rss_mb")
            found[f"peak_rss_when_shown_{size}_vs_stack_floor"] = ratio(
                ready, "shown_peak_rss_mb", stack_f, "peak_rss_mb"
            )
        sizes = sorted(dbs)
        if len(sizes) >= 2:
            small, big = (part[f"data_ready_{s}"] for s in sizes[-2:])
            name = f"{sizes[-1]}_vs_{sizes[-2]}"
            found[f"data_shown_{name}"] = ratio(big, "shown_seconds_median", small, "shown_seconds_median")
            found[f"cpu_data_shown_{name}"] = ratio(
                big, "shown_cpu_seconds_median", small, "shown_cpu_seconds_median"
            )
            found[f"data_listed_{name}"] = ratio(big, "listed_seconds_median", small, "listed_seconds_median")
            found[f"usable_{name}"] = ratio(big, "usable_seconds_median", small, "usable_seconds_median")
            found[f"cpu_usable_{name}"] = ratio(
                big, "usable_cpu_seconds_median", small, "usable_cpu_seconds_median"
            )
            found[f"process_data_ready_{name}"] = ratio(big, "seconds_median", small, "seconds_median")
        ratios = {k: v for k, v in found.items() if v is not None}
        part["ratios"] = ratios
        out[label] = part
    return out


# --- in-process -------------------------------------------------------------------------------


def _ms(values: list[float]) -> dict[str, float]:
    return {
        "ms_median": round(statistics.median(values) * 1000, 1),
        "ms_max": round(max(values) * 1000, 1),
        "n": len(values),
    }


def _settle(app: Any) -> None:
    for _ in range(3):
        app.processEvents()


def _wait_loaded(app: Any, page: Any, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while getattr(page, "portfolio", None) is None:
        if time.perf_counter() > deadline:
            raise SystemExit("the portfolio page never loaded")
        app.processEvents()
        time.sleep(0.001)
    _settle(app)


def bench_portfolio_page(db_path: Path) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from kam_desktop.store.database import open_database
    from kam_desktop.ui.application import make_app
    from kam_desktop.ui.common.context import AppContext
    from kam_desktop.ui.portfolio.page import PortfolioPage

    app = make_app()
    db = open_database(db_path)
    ctx = AppContext(db)
    t0 = time.perf_counter()
    page = PortfolioPage(ctx)
    page.resize(1200, 820)
    page.show()
    _wait_loaded(app, page)
    load_seconds = time.perf_counter() - t0
    header = page.table.horizontalHeader()

    def flush() -> None:
        pending = getattr(page, "flush_filter", None)
        if callable(pending):
            pending()
        app.processEvents()

    clicks: list[float] = []
    keys = ("name", "status", "score", "industry", "revenue", "phase", "meeting", "overdue")
    for key in keys:
        column = page.model.column_index(key)
        for _direction in range(2):
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            t0 = time.perf_counter()
            QTest.mouseClick(
                header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
            )
            app.processEvents()
            clicks.append(time.perf_counter() - t0)
    narrowing: list[float] = []
    widening: list[float] = []
    page.filter.setFocus()
    for word in ("logistics", "an"):
        for char in word:
            t0 = time.perf_counter()
            QTest.keyClick(page.filter, char)
            flush()
            narrowing.append(time.perf_counter() - t0)
        for _char in word:
            t0 = time.perf_counter()
            QTest.keyClick(page.filter, Qt.Key.Key_Backspace)
            flush()
            widening.append(time.perf_counter() - t0)
    shown_after = page.proxy.rowCount()
    chart: dict[str, float] = {}
    page.show_chart()
    _settle(app)
    for label in ("first", "again"):
        page.chart.update()
        t0 = time.perf_counter()
        page.chart.grab()
        chart[f"{label}_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    rows = page.model.rowCount()
    calls = _python_calls_per_repaint(app, page)
    page.close()
    db.close()
    return {
        "accounts": rows,
        "rows_shown_after_filter_cleared": shown_after,
        "page_built_and_loaded_seconds": round(load_seconds, 3),
        "header_click": _ms(clicks),
        "filter_narrowing_keystroke": _ms(narrowing),
        "filter_widening_backspace": _ms(widening),
        "chart_paint": chart,
        "table_repaint": calls,
    }


def _python_calls_per_repaint(app: Any, page: Any) -> dict[str, float]:
    """Python function calls (cProfile) for one full repaint of the table's viewport, per cell."""
    import cProfile
    import pstats

    page.table.viewport().repaint()  # every shown row's texts made
    profile = cProfile.Profile()
    profile.enable()
    page.table.viewport().repaint()
    profile.disable()
    stats = pstats.Stats(profile)
    ours = sum(v[1] for k, v in stats.stats.items() if "kam_desktop" in k[0])  # type: ignore[attr-defined]
    view = page.table
    rows = sum(
        1 for r in range(page.proxy.rowCount()) if view.rowViewportPosition(r) < view.viewport().height()
    )
    columns = sum(1 for c in range(page.proxy.columnCount()) if not view.isColumnHidden(c))
    visible_columns = sum(
        1
        for c in range(columns)
        if view.columnViewportPosition(c) < view.viewport().width() and view.columnViewportPosition(c) >= 0
    )
    cells = max(1, rows * visible_columns)
    return {"cells": cells, "python_calls": ours, "python_calls_per_cell": round(ours / cells, 2)}


def bench_plan_pdf(db_path: Path, env: dict[str, str], package: Path, runs: int) -> dict[str, Any]:
    """The richest demo account's internal plan PDF, first and warm, each run in a fresh process
    (``pdf_first.py``, on the compiled package copy): ``from_dialog`` (the headline) as when the user
    presses Export in the open export dialog at once, before the dialog's own preparation;
    ``from_prepared`` after it (as once the dialog has been on screen about 0.3 s); ``from_store``
    with only the store open (the dialog's modules, the ORM models among them, paid by the first
    export too). Medians of ``runs`` processes; whether an earlier session left the parsed font
    tables in the cache."""
    from kam_desktop.paths import cache_dir

    fonts_cached = any((cache_dir() / "fonts").glob("DejaVuSans-*.pickle"))
    script = Path(__file__).with_name("pdf_first.py")
    child_env = {**env, "PYTHONPATH": os.pathsep.join([str(package), str(ROOT)])}
    report: dict[str, Any] = {"font_tables_cached_at_start": fonts_cached, "processes": runs}
    for state in ("dialog", "prepared", "store"):
        found: list[dict[str, Any]] = []
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, str(script), str(db_path), "--state", state],
                capture_output=True,
                text=True,
                env=child_env,
                check=True,
            )
            found.append(json.loads(out.stdout.strip().splitlines()[-1]))
        report["account"], report["pages"] = found[0]["account"], found[0]["pages"]
        report[f"from_{state}"] = {
            key: round(statistics.median(f[key] for f in found), 3)
            for key in ("first_seconds", "first_cpu_seconds", "warm_seconds", "warm_cpu_seconds")
        }
    return report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="25 and 1,000 accounts, 3 runs")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--sizes", default="25,1000,10000")
    parser.add_argument("--workdir", help="keep the demo databases here (reused when present)")
    parser.add_argument(
        "--bytecode",
        choices=("both", "compiled", "source"),
        default="both",
        help="start-up with the app compiled to bytecode (as installed or frozen), from source, or both",
    )
    parser.add_argument(
        "--processes-only", action="store_true", help="only the whole-process figures (start-up, RSS)"
    )
    args = parser.parse_args()
    sizes = [25, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    repeat = 3 if args.quick else args.repeat
    tmp = tempfile.TemporaryDirectory(prefix="kam-bench-")
    workdir = Path(args.workdir) if args.workdir else Path(tmp.name)
    workdir.mkdir(parents=True, exist_ok=True)
    home = Path(tmp.name) / "home"
    home.mkdir(exist_ok=True)
    env = _env(home)
    os.environ.update({k: env[k] for k in ("KAM_DESKTOP_DATA_DIR", "KAM_DESKTOP_LOG_DIR", "XDG_CONFIG_HOME")})
    report: dict[str, Any] = {
        "python": sys.version.split()[0],
        "repeat": repeat,
        "processes_note": "compiled = the app's modules as bytecode (pip's install, make run, the frozen "
        "build): the headline; source = compiled from source on every start",
    }
    dbs: dict[int, Path] = {}
    demo: dict[str, float] = {}
    for size in sizes:
        db = workdir / f"bench-{size}.sqlite"
        if not db.exists():
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "kam_desktop", "demo", "--db", str(db), "--accounts", str(size)],
                check=True,
                capture_output=True,
                env=env,
            )
            demo[f"{size}_accounts_seconds"] = round(time.perf_counter() - t0, 2)
        dbs[size] = db
    report["demo_generation"] = demo or "reused existing databases"
    labels = ("compiled", "source") if args.bytecode == "both" else (args.bytecode,)
    packages = {label: package_copy(Path(tmp.name) / label, label == "compiled") for label in labels}
    report["processes"] = bench_processes(dbs, repeat, env, packages)
    if not args.processes_only:
        report["portfolio_page"] = bench_portfolio_page(dbs[max(sizes)])
        report["plan_pdf"] = bench_plan_pdf(dbs[min(sizes)], env, packages[labels[0]], repeat)
    print(json.dumps(report, indent=2))
    tmp.cleanup()


if __name__ == "__main__":
    main()
