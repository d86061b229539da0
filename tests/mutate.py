"""`make mutate [MODULE=...]`: mutation testing of the core logic with mutmut, then a short report.

Runs ``mutmut run`` (configured in pyproject.toml, ``[tool.mutmut]``) over the modules whose values
users see, or over the one module / package given, and prints per module the share of mutants
killed and every survivor as a diff. Not part of ``make test``: it takes many minutes.

    python -m tests.mutate                          # every configured module
    python -m tests.mutate domain/portfolio.py      # one module (any of: a path, a dotted name)
    python -m tests.mutate services                 # one package
    python -m tests.mutate store/backup.py report    # several
    python -m tests.mutate --report-only domain     # print the stored results again
    python -m tests.mutate --sample 30 domain       # 30 random mutants per module (seeded): an estimate
    python -m tests.mutate --total 300              # ~300 mutants over every module, each module's share
                                                    # proportional to its mutant count (at least 2): an
                                                    # estimate of the whole configured set

    python -m tests.mutate --total 300 --resume     # the same draw: only its mutants without a result
                                                    # yet (a run that was stopped goes on)
    python -m tests.mutate --total 300 --timeouts   # the same draw: its timed-out mutants again, one
                                                    # worker, on an otherwise idle machine (see below)

mutmut keeps its work in ``mutants/`` (ignored by git). Per mutant it runs only the tests that
executed the mutated function in its first, full "stats" run, which is what keeps this
tractable on two cores. A mutant that no test reaches counts as a survivor here.

Timeouts: mutmut stops a mutant's tests after a CPU-time limit and also after a wall-clock limit
of about 15 x the tests' usual time + 15 s, and counts either as a kill. On a machine busy with
other work the wall-clock limit fires for mutants that would survive (the fourth measurement saw
20 timeouts in its first 456 mutants, most while other test runs shared the two cores, against one
in each earlier measurement): re-run a draw's timeouts with ``--timeouts`` on an idle machine
before quoting its figure; only a mutant that times out again is a kill.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"

KILLED = {1, 3, 37}  # a test failed, pytest errored, or the type checker refused the mutant
SURVIVED = {0, 33, 5}  # tests passed, or no test reached the mutated function
TIMEOUT = {36, -24, 24, 152, 255}


def dotted(module: str) -> str:
    """'domain/portfolio.py', 'kam_desktop/domain/portfolio.py', 'domain.portfolio' -> the dotted name."""
    name = module.strip().removesuffix(".py").replace("/", ".").strip(".")
    if not name.startswith("kam_desktop"):
        name = "kam_desktop." + name
    return name


def pattern(module: str) -> str:
    return dotted(module) + ".*"


def _module_of(mutant: str) -> str:
    return mutant.rsplit(".", 1)[0]


def _within(module: str, prefixes: list[str] | None) -> bool:
    return not prefixes or any(module == p or module.startswith(p + ".") for p in prefixes)


def load_results(
    prefixes: list[str] | None, only: set[str] | None = None
) -> dict[str, dict[str, int | None]]:
    """{module: {mutant name: exit code}} from mutmut's .meta files (``only``: these names)."""
    out: dict[str, dict[str, int | None]] = {}
    for meta in sorted(MUTANTS.glob("kam_desktop/**/*.py.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        for name, code in data["exit_code_by_key"].items():
            module = _module_of(name)
            if not _within(module, prefixes):
                continue
            if only is not None and name not in only:
                continue
            out.setdefault(module, {})[name] = code
    return out


def diff_of(name: str) -> str:
    try:
        from mutmut.mutation.diff_apply import get_diff_for_mutant

        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            return get_diff_for_mutant(name)
        finally:
            os.chdir(cwd)
    except Exception as exc:  # the report must not die on one unreadable mutant
        return f"(no diff: {exc})"


def report(
    prefixes: list[str] | None, show_diffs: bool = True, only: set[str] | None = None
) -> tuple[int, int]:
    results = load_results(prefixes, only)
    total_killed = total_all = 0
    survivors: list[str] = []
    # "run": mutants with a result (of every run kept in mutants/, unless a draw is given);
    # "(not run)": the module's other mutants
    print(f"{'module':<48} {'killed':>7} {'run':>6} {'share':>7}  (not run)")
    for module, codes in sorted(results.items()):
        checked = {k: c for k, c in codes.items() if c is not None}
        killed = sum(1 for c in checked.values() if c in KILLED or c in TIMEOUT)
        unrun = len(codes) - len(checked)
        total_killed += killed
        total_all += len(checked)
        survivors += [k for k, c in checked.items() if c not in KILLED and c not in TIMEOUT]
        share = f"{100 * killed / len(checked):.1f}%" if checked else "-"
        print(f"{module:<48} {killed:>7} {len(checked):>6} {share:>7}  {unrun or ''}")
    share = f"{100 * total_killed / total_all:.1f}%" if total_all else "-"
    print(f"{'TOTAL':<48} {total_killed:>7} {total_all:>6} {share:>7}")
    print(f"\n{len(survivors)} surviving mutant(s)")
    kinds = {0: "survived", 5: "no test reaches it", 33: "no test reaches it"}
    for name in sorted(survivors):
        code = results[_module_of(name)][name]
        print(f"\n--- {name} ({kinds.get(code, f'exit code {code}')})")
        if show_diffs:
            print(diff_of(name))
    return total_killed, total_all


def sample(prefixes: list[str] | None, per_module: int, seed: int) -> list[str]:
    """Up to ``per_module`` mutant names of each module, drawn at random (reproducibly)."""
    names: list[str] = []
    for module, codes in sorted(load_results(prefixes).items()):
        pool = sorted(codes)
        rng = random.Random(f"{seed}:{module}")  # per module: one module's changes leave the others' draw
        names += sorted(rng.sample(pool, min(per_module, len(pool))))
    return names


def proportional(prefixes: list[str] | None, total: int, seed: int, minimum: int = 2) -> list[str]:
    """About ``total`` mutant names, stratified by module: each module gets a share proportional
    to its number of mutants (at least ``minimum``), drawn at random (reproducibly)."""
    results = load_results(prefixes)
    population = sum(len(codes) for codes in results.values())
    names: list[str] = []
    for module, codes in sorted(results.items()):
        pool = sorted(codes)
        n = min(len(pool), max(minimum, round(total * len(pool) / population)))
        rng = random.Random(f"{seed}:{module}")
        names += sorted(rng.sample(pool, n))
    return names


def estimate(prefixes: list[str] | None, only: set[str]) -> tuple[float, float, int, int]:
    """The share killed over ALL mutants of the modules sampled, from the stratified sample
    ``only``: each module's sampled share weighted by its number of mutants. Returns (share,
    half-width of a 95 % interval (normal approximation, finite-population corrected), mutants
    run, mutants in the modules they represent)."""
    strata = _strata(prefixes, only)
    population = sum(size for size, _, _ in strata)
    share = variance = 0.0
    for size, run_count, killed in strata:
        weight, p = size / population, killed / run_count
        share += weight * p
        if run_count > 1:
            variance += weight**2 * p * (1 - p) / (run_count - 1) * (1 - run_count / size)
    return share, 1.96 * variance**0.5, sum(r for _, r, _ in strata), population


def _strata(prefixes: list[str] | None, only: set[str]) -> list[tuple[int, int, int]]:
    """(mutants in the module, run, killed) of every module with a mutant of ``only`` run."""
    out: list[tuple[int, int, int]] = []
    for codes in load_results(prefixes).values():
        run = [c for name, c in codes.items() if name in only and c is not None]
        if run:
            out.append((len(codes), len(run), sum(1 for c in run if c in KILLED or c in TIMEOUT)))
    return out


def intervals(
    strata: list[tuple[int, int, int]], draws: int = 20000, seed: int = 0
) -> dict[str, tuple[float, float]]:
    """Two 95 % intervals for the share killed over all mutants of the modules (weights: each
    module's number of mutants), neither resting on a normal approximation:
    - "bootstrap": the modules' results resampled with replacement, module by module (a module
      whose sample was all killed contributes no spread - optimistic for small samples);
    - "jeffreys": each module's share drawn from its Jeffreys posterior Beta(k + 1/2, n - k + 1/2)
      (a module with 10 of 10 killed still spreads below 100 %), the weighted sum's 2.5th and
      97.5th percentiles.
    A claim ">= X %" is made only if both lower bounds are at least X."""
    rng = random.Random(seed)
    population = sum(size for size, _, _ in strata)
    weights = [size / population for size, _, _ in strata]
    boot: list[float] = []
    jeff: list[float] = []
    for _ in range(draws):
        b = j = 0.0
        for w, (_size, n, k) in zip(weights, strata, strict=True):
            b += w * sum(1 for _ in range(n) if rng.random() < k / n) / n
            j += w * rng.betavariate(k + 0.5, n - k + 0.5)
        boot.append(b)
        jeff.append(j)
    out: dict[str, tuple[float, float]] = {}
    for name, values in (("bootstrap", boot), ("jeffreys", jeff)):
        values.sort()
        out[name] = (values[int(0.025 * draws)], values[int(0.975 * draws) - 1])
    return out


def _generate() -> int:
    """Write the mutants (and their .meta files) without running any test: mutmut's own first
    step, so a sample can be drawn before the (long) stats and clean runs."""
    code = (
        "import os\n"
        "from mutmut.__main__ import create_mutants, store_lines_covered_by_tests\n"
        "from mutmut.mutation.trampoline import set_mutant_under_test\n"
        "from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir, setup_source_paths\n"
        "set_mutant_under_test('mutant_generation')\n"
        "os.makedirs('mutants', exist_ok=True)\n"
        "copy_src_dir(); copy_also_copy_files(); setup_source_paths(); store_lines_covered_by_tests()\n"
        "create_mutants(1)\n"
    )
    with (MUTANTS / "last-run.log").open("a", encoding="utf-8") as fh:
        return subprocess.call([sys.executable, "-c", code], cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT)


def _mutmut(args: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    log = ROOT / "mutants" / "last-run.log"
    log.parent.mkdir(exist_ok=True)
    # mutmut prints a spinner per mutant; keep its log, show the summary below.
    with log.open("a", encoding="utf-8") as fh:
        return subprocess.call(
            [sys.executable, "-m", "mutmut", *args], cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("module", nargs="*", help="modules or packages; default: all configured")
    parser.add_argument(
        "--max-children", type=int, default=1, help="mutmut workers at once (default 1: the cores are shared)"
    )
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="run nothing; print the stored results again (with --total/--sample/--seed: only that draw's)",
    )
    parser.add_argument("--no-diffs", action="store_true", help="do not print each survivor's diff")
    parser.add_argument("--sample", type=int, default=0, help="test only N random mutants per module")
    parser.add_argument(
        "--total",
        type=int,
        default=0,
        help="test about N mutants, each module's share proportional to its size",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=12,
        help="the draw's seed (default 12); a measurement is reproduced only with its own --total, "
        "--min-per-module and --seed and no module named (naming modules changes the draw)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="with --total/--sample: run only the draw's mutants that have no result yet",
    )
    parser.add_argument(
        "--timeouts",
        action="store_true",
        help="with --total/--sample: run again only the draw's mutants whose result is a timeout",
    )
    parser.add_argument(
        "--min-per-module",
        type=int,
        default=2,
        help="with --total: at least this many mutants of each module (or all it has)",
    )
    args = parser.parse_args(argv)
    prefixes = [dotted(m) for m in args.module] or None
    chosen: set[str] | None = None
    if args.sample or args.total:
        MUTANTS.mkdir(exist_ok=True)
        if (
            not args.report_only and _generate() != 0
        ):  # new or changed sources: mutants (and .meta files) first, no tests
            print("generating the mutants failed; see mutants/last-run.log", file=sys.stderr)
            return 1
        if args.total:
            chosen = set(proportional(prefixes, args.total, args.seed, args.min_per_module))
        else:
            chosen = set(sample(prefixes, args.sample, args.seed))
    if (args.resume or args.timeouts) and not chosen:
        parser.error("--resume and --timeouts go with a draw (--total or --sample)")
    if chosen and (args.resume or args.timeouts):
        codes = {
            n: c for per_module in load_results(prefixes, chosen).values() for n, c in per_module.items()
        }
        chosen_to_run = {
            n for n, c in codes.items() if (args.resume and c is None) or (args.timeouts and c in TIMEOUT)
        }
        print(f"{len(chosen_to_run)} of the draw's {len(chosen)} mutants to run", flush=True)
    else:
        chosen_to_run = chosen
    if not args.report_only and (chosen_to_run or not chosen):
        names = (
            sorted(chosen_to_run) if chosen_to_run else [pattern(m) for m in args.module] or ["kam_desktop.*"]
        )
        code = _mutmut(["run", "--max-children", str(args.max_children), *names])
        if code != 0:
            print(f"mutmut exited with {code}; see mutants/last-run.log", file=sys.stderr)
            return code
    _killed, total = report(prefixes, show_diffs=not args.no_diffs, only=chosen)
    if args.total and chosen:
        share, margin, sampled, population = estimate(prefixes, chosen)
        print(
            f"\nEstimate for the {population} mutants of the modules run: {100 * share:.1f}% killed "
            f"(\u00b1{100 * margin:.1f} points, 95%; stratified sample of {sampled}, seed {args.seed})"
        )
        if prefixes:
            print("(modules named: this is not the draw of the whole set with this seed)")
        for name, (low, high) in intervals(_strata(prefixes, chosen)).items():
            print(f"95% interval ({name}): {100 * low:.1f}% .. {100 * high:.1f}%")
    return 0 if total else 1


if __name__ == "__main__":
    raise SystemExit(main())
