"""A big account (500 stakeholders, 1,000 actions) still exports, in both editions."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from kam_desktop.report.models import Edition
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.report.factory import large_account, squash

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("edition", list(Edition))
def test_500_stakeholders_and_1000_actions_export(db: Database, tmp_path: Path, edition: Edition) -> None:
    account_id = large_account(db, stakeholders=500, actions=1000)
    customer = edition is Edition.CUSTOMER
    if customer:  # the joint plan prints what was shared: share every action
        with db.session() as s:
            s.execute(update(m.Action).values(shared=True))
    out = tmp_path / f"large-{edition}.pdf"
    progress: list[float] = []
    result = export_plan_pdf(db, account_id, edition, "a4", out, progress=lambda f, _msg: progress.append(f))
    reader = PdfReader(str(out))
    assert result.pages == len(reader.pages) > (20 if customer else 40)
    assert progress and progress[-1] == 1.0 and progress == sorted(progress)
    text = squash("".join(page.extract_text() for page in reader.pages))
    for k in (0, 501, 998):  # not cancelled: the joint plan leaves cancelled actions out
        assert f"Action{k:04d}" in text
    for k in (0, 250, 499):
        assert (f"Person{k:03d}ŁukaszΩmega" in text) is not customer  # no organisation chart for them
    assert customer or (
        "+" in text and "more" in text
    )  # the org chart says how many people it could not draw
