"""The cycle collector is paused while a PDF is built, and always put back as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kam_desktop.report.models import Edition, Paper
from kam_desktop.services import collector
from kam_desktop.services.export import export_brief_pdf, export_plan_pdf
from kam_desktop.store.database import Database
from tests.report.factory import pdf_text, plant_account


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_a_plan_export_pauses_the_collector_and_turns_it_back_on(db: Database, tmp_path: Path) -> None:
    planted = plant_account(db)
    seen: list[bool] = []
    out = tmp_path / "plan.pdf"
    export_plan_pdf(
        db,
        planted.account_id,
        Edition.INTERNAL,
        Paper.A4,
        out,
        progress=lambda *_: seen.append(gc.isenabled()),
    )
    assert seen and not any(seen)  # off while reading the plan and laying out every page
    assert gc.isenabled()
    assert planted.account_name in pdf_text(out)  # and the PDF is the plan, as before


def test_a_brief_export_does_the_same(db: Database, tmp_path: Path) -> None:
    planted = plant_account(db)
    seen: list[bool] = []
    export_brief_pdf(
        db, planted.account_id, tmp_path / "brief.pdf", progress=lambda *_: seen.append(gc.isenabled())
    )
    assert seen and not any(seen)
    assert gc.isenabled()


def test_a_failed_export_turns_it_back_on(db: Database, tmp_path: Path) -> None:
    planted = plant_account(db)

    def stop(*_: object) -> None:
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        export_plan_pdf(db, planted.account_id, Edition.INTERNAL, Paper.A4, tmp_path / "p.pdf", progress=stop)
    assert gc.isenabled()
    assert not (tmp_path / "p.pdf").exists()


def test_overlapping_exports_resume_it_only_when_the_last_one_ends() -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    states: dict[str, bool] = {}

    def first() -> None:
        with collector.paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with collector.paused():
            second_in.set()
            first_out.wait(5)
            states["after the first ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert states == {"after the first ended": False}
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_start_up_keeps_it_off_until_done_then_freezes_what_start_up_made() -> None:
    frozen_before = gc.get_freeze_count()
    collector.pause_start_up()
    try:
        assert not gc.isenabled()
        made = [[i] for i in range(1000)]  # long-lived objects made during start-up
        with collector.paused():  # an export during start-up (a backup, say) ends...
            pass
        assert not gc.isenabled()  # ... and start-up still holds it
    finally:
        collector.start_up_done()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + len(made)
    collector.start_up_done()  # a second call changes nothing
    assert gc.isenabled()
    gc.unfreeze()


def test_start_up_done_without_a_pause_changes_nothing() -> None:
    frozen_before = gc.get_freeze_count()
    collector.start_up_done()
    assert gc.isenabled() and gc.get_freeze_count() == frozen_before
