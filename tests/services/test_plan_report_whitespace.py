"""The plan's whitespace grid as the PDF prints it: buying centres by name down, offerings by
name across, each cell's state; the customer edition shows only what is sold or an opportunity
(a competitor's cell is ours to know)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from kam_desktop.domain.enums import WhitespaceState
from kam_desktop.report.models import WhitespaceGrid
from kam_desktop.services import clock
from kam_desktop.services.plan_report import build_plan_report
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.services.phase35_factory import TODAY, build


@pytest.fixture(autouse=True)
def _today() -> Iterator[None]:
    clock.pin_today(TODAY)
    yield
    clock.pin_today(None)


@pytest.mark.parametrize(
    ("edition", "it_telematics"), [("internal", WhitespaceState.COMPETITOR), ("customer", None)]
)
def test_the_whitespace_grid_of_each_edition(
    db: Database, edition: str, it_telematics: WhitespaceState | None
) -> None:
    w = build(db)
    with db.session() as s:
        centre = {name: id_ for name, id_ in s.execute(select(m.BuyingCentre.name, m.BuyingCentre.id))}
        offering = {name: id_ for name, id_ in s.execute(select(m.Offering.name, m.Offering.id))}
        for c, o, state in (("Operations", "Maintenance", "sold"), ("IT", "Telematics", "competitor")):
            s.add(
                m.WhitespaceCell(
                    account_id=w.account_id, buying_centre_id=centre[c], offering_id=offering[o], state=state
                )
            )
    assert build_plan_report(db, w.account_id, edition).whitespace == WhitespaceGrid(
        ("IT", "Operations"),
        ("Maintenance", "Telematics"),
        ((None, it_telematics), (WhitespaceState.SOLD, None)),
    )
