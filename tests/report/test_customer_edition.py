"""The customer edition never contains internal-only information - in the read model, nor the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from kam_desktop.domain.enums import Attitude, GrowthFocus, LabelledEnum, OpportunityStage
from kam_desktop.report.models import (
    Edition,
    InternalDataError,
    InternalFacts,
    ObjectiveRow,
    OpportunityCommercial,
    OpportunityRow,
    PlanReport,
    StakeholderAssessment,
    StakeholderRow,
)
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.store.database import Database
from tests.report.factory import Planted, pdf_text, plant_account, squash

# Words that only internal assessments use (decision roles, attitude, coverage, scores).
INTERNAL_WORDS = [
    "Blocker",
    "Champion",
    "Strong opponent",
    "influence",
    "Identification score",
    "Fluency",
    "GAP",
    "Uncovered",
    "[internal]",
    "INTERNAL",
    "Competitor",
    "Revenue target",
    "Prob.",
    "EUR",
]


@pytest.fixture
def planted(db: Database) -> Planted:
    return plant_account(db)


def _everything(value: object) -> str:
    """Every string and number reachable from a read model, joined (a deep walk, not repr)."""
    parts: list[str] = []

    def walk(v: object) -> None:
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            for f in dataclasses.fields(v):
                walk(getattr(v, f.name))
        elif isinstance(v, tuple | list):
            for item in v:
                walk(item)
        elif isinstance(v, LabelledEnum):
            parts.extend((v.value, v.label))
        elif isinstance(v, Decimal):
            parts.append(f"{v:,.0f}")
        elif v is not None:
            parts.append(str(v))

    walk(value)
    return "\n".join(parts)


def test_customer_read_model_never_holds_internal_data(db: Database, planted: Planted) -> None:
    customer = build_plan_report(db, planted.account_id, Edition.CUSTOMER)
    assert customer.internal is None
    assert all(s.assessment is None for s in customer.stakeholders)
    assert all(o.commercial is None for o in customer.opportunities)
    everything = _everything(customer)
    for what, marker in {**planted.internal_only, **planted.never_shown}.items():
        assert marker not in everything, what
    internal = _everything(build_plan_report(db, planted.account_id, Edition.INTERNAL))
    for what, marker in planted.internal_only.items():
        assert marker.rstrip("%") in internal, what


def test_customer_pdf_has_no_internal_marker_and_internal_pdf_has_them(
    db: Database, planted: Planted, tmp_path: Path
) -> None:
    customer, internal = tmp_path / "customer.pdf", tmp_path / "internal.pdf"
    export_plan_pdf(db, planted.account_id, "customer", "a4", customer)
    export_plan_pdf(db, planted.account_id, "internal", "a4", internal)
    customer_text, internal_text = pdf_text(customer), pdf_text(internal)
    flat_customer, flat_internal = squash(customer_text), squash(internal_text)
    for what, marker in {**planted.internal_only, **planted.never_shown}.items():
        assert squash(marker) not in flat_customer, f"customer edition leaks {what}"
    for what, marker in planted.internal_only.items():
        assert squash(marker) in flat_internal, f"internal edition lacks {what}"
    for word in INTERNAL_WORDS:
        assert word not in customer_text, word
    # nothing was shared: the joint plan is its cover alone (names and dates, no working text)
    assert "OUR JOINT PLAN" in customer_text and "its contents will follow" in customer_text


def test_a_customer_report_with_internal_data_cannot_be_built() -> None:
    base = {
        "edition": Edition.CUSTOMER,
        "account_name": "X",
        "industry": "",
        "region": "",
        "description": "",
        "period_start": None,
        "period_end": None,
        "rigour": None,
        "prepared_by": "",
        "company": "",
        "generated_on": dt.date(2026, 1, 1),
        "has_plan": False,
    }
    PlanReport(**base)  # type: ignore[arg-type]
    facts = InternalFacts("EUR", "Key", "80", None, "", Decimal(1), Decimal(2), None, None, "", "", "")
    assessment = StakeholderAssessment(None, 5, Attitude.OPPONENT, 1, "", "", "", "", None)
    leaks = [
        {"internal": facts},
        {"stakeholders": (StakeholderRow(1, "A", "", "", None, "", assessment),)},
        {
            "opportunities": (
                OpportunityRow(
                    "O",
                    "",
                    "",
                    GrowthFocus.EXPANSION,
                    OpportunityStage.PROPOSED,
                    None,
                    OpportunityCommercial(Decimal(5), 50, ""),
                ),
            )
        },
        {"objectives": (ObjectiveRow(1, GrowthFocus.PROTECTION, "secret", "", None, internal=True),)},
    ]
    for leak in leaks:
        with pytest.raises(InternalDataError):
            PlanReport(**{**base, **leak})  # type: ignore[arg-type]
    PlanReport(**{**base, **leaks[0], "edition": Edition.INTERNAL})  # type: ignore[arg-type]
