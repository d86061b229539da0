"""Shared fixtures. Qt runs offscreen; user folders point into a temporary directory."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_TMP_HOME = Path(tempfile.mkdtemp(prefix="kam-tests-"))
os.environ["KAM_DESKTOP_DATA_DIR"] = str(_TMP_HOME / "data")
os.environ["KAM_DESKTOP_LOG_DIR"] = str(_TMP_HOME / "logs")
os.environ["KAM_DESKTOP_CACHE_DIR"] = str(_TMP_HOME / "cache")
os.environ["XDG_CONFIG_HOME"] = str(_TMP_HOME / "config")  # QSettings stay out of the real home

import pytest  # noqa: E402

from kam_desktop.store.database import Database, open_database  # noqa: E402

T = TypeVar("T")
HOSTILE_PATH = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "hostile-strings.json"
_LOCAL_HOSTILE = Path(__file__).resolve().parent / "data" / "hostile-strings.json"


def hostile_strings() -> list[str]:
    import json

    path = HOSTILE_PATH if HOSTILE_PATH.exists() else _LOCAL_HOSTILE
    return list(json.loads(path.read_text(encoding="utf-8")))


def nonempty(rows: Iterable[T]) -> list[T]:
    """``rows`` as a list, failing when there are none: a loop of asserts over an empty query
    result (or widget or file listing) would pass whatever the code does."""
    items = list(rows)
    assert items, "expected at least one row to check"
    return items


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One new database migrated through Alembic (0.9 s), closed cleanly (no -wal left)."""
    path = tmp_path_factory.mktemp("empty") / "kam.sqlite"
    open_database(path).close()
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def db(tmp_path: Path, _empty_template: Path) -> Iterator[Database]:
    """A new, migrated, empty database: a byte copy of the session's freshly migrated file
    (owner-only, like a created one), opened through the same start-up check. Tests of
    creating and migrating a file open their own paths."""
    target = tmp_path / "kam.sqlite"
    shutil.copyfile(_empty_template, target)
    os.chmod(target, 0o600)
    database = open_database(target)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kam_desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    generate_demo(database, accounts=25, seed=7)
    database.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, _demo_template: Path) -> Iterator[Database]:
    """A private copy of the 25-account demo database (seed 7)."""
    target = tmp_path / "demo.sqlite"
    src = sqlite3.connect(_demo_template)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    os.chmod(target, 0o600)
    database = open_database(target)
    yield database
    database.close()


@pytest.fixture
def ctx(qapp, db: Database):  # type: ignore[no-untyped-def]
    from kam_desktop.ui.common.context import AppContext

    return AppContext(db)


@pytest.fixture
def demo_ctx(qapp, demo_db: Database):  # type: ignore[no-untyped-def]
    from kam_desktop.ui.common.context import AppContext

    return AppContext(demo_db)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``make mutate`` only: a mutant's tests run fastest first (by the durations of
    mutmut's stats run), so a killed mutant stops (``-x``) at its cheapest failing test. The
    same tests run either way; mutmut's clean run checks them in this order too."""
    phase = os.environ.get("MUTANT_UNDER_TEST")
    if phase is None or phase in ("stats", "mutant_generation"):
        return
    durations = _mutmut_durations()
    if durations:
        items.sort(key=lambda item: durations.get(item.nodeid, 0.0))  # stable: ties keep their order


_DURATIONS: dict[str, float] | None = None


def _mutmut_durations() -> dict[str, float]:
    global _DURATIONS
    if _DURATIONS is None:
        import json

        stats = Path("mutmut-stats.json")  # mutmut runs the tests inside mutants/
        try:
            _DURATIONS = dict(json.loads(stats.read_text(encoding="utf-8"))["duration_by_test"])
        except (OSError, ValueError, KeyError):
            _DURATIONS = {}
    return _DURATIONS


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_TMP_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _default_locale() -> Iterator[None]:
    """Every test starts (and leaves) in English with en_US numbers and dates."""
    from kam_desktop import i18n
    from kam_desktop.domain import numbers

    yield
    numbers.set_locale(numbers.DEFAULT_LOCALE)
    i18n.set_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _collector_as_found() -> Iterator[None]:
    """A test that starts the app in-process (``app.main``) freezes what exists then, as the app
    does once usable (``services.collector``): in the test process that would keep the suite's
    own leftovers from ever being collected, so each test ends with the collector as Python has it."""
    import gc

    yield
    if gc.get_freeze_count():
        gc.unfreeze()
    gc.enable()


# --- every message the code looks up is in the Italian catalogue --------------------------------
#
# A message looked up under a context or text the catalogue does not hold (a typo, a context
# copied from elsewhere, a text edited in one place only) reaches an Italian user in English,
# whatever language the test itself runs in. Every lookup made through ``i18n.translate`` (and
# so ``Context.tr``, ``TranslatedMapping``) during a test is checked against the catalogue's
# (context, source) pairs; a test that made one fails, naming it. The interface's own texts
# (``self.tr`` in ui/) are Qt's lookups: ``tests/test_ui_catalogue.py`` checks those. ``Field``
# is the exception by design: ``field_label`` passes a label already translated (or a user's
# own word) through.
_PASS_THROUGH_CONTEXTS = frozenset({"Field"})
_UNLISTED: list[tuple[str, str]] = []


def _install_catalogue_watch() -> None:
    from kam_desktop import i18n

    real = i18n.lookup
    listed = frozenset(i18n._load("it"))  # read now: tests may point i18n at catalogues of their own
    i18n.reset_cache()

    translating = i18n.translate.__code__  # (Qt's translator asks too, for Qt's own texts: not checked)

    def watched(context: str, text: str, n: int = -1, lang: str | None = None) -> str | None:
        if (
            sys._getframe(1).f_code is translating
            and (context, text) not in listed
            and context not in _PASS_THROUGH_CONTEXTS
            and text  # ("" is "" in every language)
        ):
            _UNLISTED.append((context, text))
        return real(context, text, n, lang)

    i18n.lookup = watched  # type: ignore[assignment]


_install_catalogue_watch()


@pytest.fixture(autouse=True)
def _messages_in_the_catalogue(request: pytest.FixtureRequest) -> Iterator[None]:
    _UNLISTED.clear()
    yield
    found, _UNLISTED[:] = list(dict.fromkeys(_UNLISTED)), []
    if found and request.node.get_closest_marker("unlisted_messages") is None:
        pytest.fail(
            "looked up but not in the Italian catalogue (an Italian user would read English): "
            + "; ".join(f"{context!r}: {text!r}" for context, text in found[:5]),
            pytrace=False,
        )


@pytest.fixture
def italian() -> Iterator[None]:
    """Italian language, it_IT numbers and dates (1.250.000,50; 30/06/2027)."""
    from kam_desktop import i18n
    from kam_desktop.domain import numbers

    i18n.set_language("it")
    numbers.set_locale("it_IT")
    yield


@pytest.fixture
def prompter(qapp):  # type: ignore[no-untyped-def]
    """Every confirmation answered yes (set ``.answer`` / ``.answers``), every question and
    warning recorded (``.asked``, ``.warned``) - instead of patching message boxes."""
    from kam_desktop.ui.common import prompter as prompting

    recording = prompting.RecordingPrompter(answer=True)
    previous = prompting.install(recording)
    yield recording
    prompting.install(previous)
