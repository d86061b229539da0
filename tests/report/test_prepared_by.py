"""The name given at the first run (the profile) is the "Prepared by" of both plan editions."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop.report.models import Edition, Paper
from kam_desktop.services.accounts import AccountInput, create_account
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.services.profile import save_profile
from kam_desktop.store.database import Database
from tests.report.factory import pdf_text


@pytest.mark.parametrize("edition", [Edition.INTERNAL, Edition.CUSTOMER])
def test_both_covers_say_prepared_by_the_profile_name(db: Database, tmp_path: Path, edition: Edition) -> None:
    account = create_account(db, AccountInput(name="Baltic Logistics"))
    out = tmp_path / f"{edition.value}.pdf"
    export_plan_pdf(db, account.id, edition, Paper.A4, out, language="en")
    assert "Prepared by -" not in pdf_text(out).replace("–", "-")
    before = " ".join(pdf_text(out).split())
    assert "Giulia Conti" not in before

    save_profile(db, "Giulia Conti", "", "EUR")
    export_plan_pdf(db, account.id, edition, Paper.A4, out, language="en")
    text = " ".join(pdf_text(out).split())
    assert "Prepared by Giulia Conti" in text
