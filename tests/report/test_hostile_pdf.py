"""Hostile user text: every string exports, shows literally, and is never taken as markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.report.fonts import can_render
from kam_desktop.report.models import Edition
from kam_desktop.report.text import clean, has_rtl, markup
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store.database import Database
from tests.conftest import hostile_strings
from tests.report.factory import body_text, hostile_account, squash


def _no_links_or_images(path: Path) -> None:
    for page in PdfReader(str(path)).pages:
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            action = obj.get("/A") or {}
            assert "/URI" not in action and "/Launch" not in str(action.get("/S", "")), obj
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        for ref in xobjects.values():
            assert ref.get_object().get("/Subtype") != "/Image"


@pytest.fixture(scope="module")
def strings() -> list[str]:
    return hostile_strings()


def test_markup_escapes_and_keeps_lines() -> None:
    assert markup("R&D <Partners>") == "R&amp;D &lt;Partners&gt;"
    assert markup("&amp; <img src='x'/>") == "&amp;amp; &lt;img src='x'/&gt;"
    assert markup("new\nline") == "new<br/>line"
    assert markup("carriage\rreturn") == "carriage<br/>return"
    assert clean("null\x00byte bell\x07 esc\x1b[31m\ufeff") == "nullbyte bell esc[31m"


@pytest.mark.parametrize("edition", [Edition.INTERNAL])  # the customer edition: test_joint_plan.py
def test_every_hostile_string_exports_and_shows_literally(
    db: Database, tmp_path: Path, strings: list[str], edition: Edition
) -> None:
    account_id = hostile_account(db, strings)
    out = tmp_path / f"hostile-{edition}.pdf"
    result = export_plan_pdf(db, account_id, edition, "letter", out)
    assert result.pages > 10
    flat = squash(body_text(out))
    skipped = []
    for index, value in enumerate(strings):
        expected = clean(value)
        if not can_render(expected):
            skipped.append(index)
            continue
        if has_rtl(expected):
            # drawn in visual order; pypdf's reassembly of mixed runs moves whole words around
            for word in expected.split():
                assert squash(word) in flat, f"hostile string {index}: {word!r} missing"
            continue
        assert squash(expected) in flat, f"hostile string {index} {value[:40]!r} missing"
    assert skipped == []  # every script has a font
    # markup in user text took no effect: it is printed as typed, and fetched nothing
    for literal in (
        "<b>unclosed bold",
        "</para><para>",
        '<img src="x.png"/>',
        '<font color="red">red</font>',
        "&amp; &lt; &#x41; &bogus;",
        '<a href="file:///etc/passwd">x</a>',
    ):
        assert squash(literal) in flat
    _no_links_or_images(out)
