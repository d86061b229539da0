"""The Review tab's KPI chart writes a target of 1.250,75 whole, left of the plot, unclipped
(a fresh-eyes tester saw "..250,75": the label's box was a fixed 52 pixels)."""

from __future__ import annotations

import pytest

from kam_desktop.services import accounts, review
from kam_desktop.services.accounts import AccountInput
from kam_desktop.services.plans import ensure_plan
from kam_desktop.store.database import Database
from kam_desktop.ui.account.review.kpi_chart import KpiChart


def _kpi(db: Database, target: str, baseline: str, measured: str) -> review.KpiView:
    account = accounts.create_account(db, AccountInput(name="Acme Rail AG"))
    plan = ensure_plan(db, account.id)
    kpi = review.save_kpi(
        db, plan.id, review.KpiInput("Margine operativo", "%", baseline=baseline, target=target)
    )
    review.add_measurement(db, kpi.id, "2026-11-29", measured)
    return review.get_kpi(db, kpi.id)


@pytest.mark.parametrize(
    ("lang", "typed", "shown"),
    [
        ("it", ("1.250,75", "6,5", "6,5"), ["1.250,75", "6,5"]),
        ("en", ("1,250.75", "6.5", "6.5"), ["1,250.75", "6.5"]),
        ("it", ("1.250.000,75", "6,5", "6,5"), ["1.250.000,75", "6,5"]),
    ],
)
def test_axis_labels_are_the_tables_values_and_fit(qtbot, db: Database, lang: str, typed, shown) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop import i18n
    from kam_desktop.domain import numbers

    i18n.set_language(lang)
    numbers.set_locale("it_IT" if lang == "it" else "en_US")
    chart = KpiChart()
    qtbot.addWidget(chart)
    chart.resize(460, 240)
    chart.set_kpi(_kpi(db, *typed))
    assert chart.axis_labels() == shown
    metrics = chart.fontMetrics()
    # each label is drawn right-aligned in a box from x=2 to the plot's left edge minus 6
    room = chart.axis_width() - 6 - 2
    for text in shown:
        assert metrics.horizontalAdvance(text) <= room, text
    chart.grab()  # paints without error at the wider margin
