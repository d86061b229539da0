"""Every script in the plan PDF: CJK, Korean, emoji, Arabic joined, right-to-left wrapped right."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.report import fonts
from kam_desktop.report.models import Edition, Paper
from kam_desktop.report.text import markup, shape, visual
from kam_desktop.services.export import export_plan_pdf
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.report.factory import pdf_text, plant_account, squash

ACCOUNT = "Città 東京 株式会社 🚀 شركة النور"
STAKEHOLDERS = ["王小明", "田中 さくら", "김민준", "فاطمة الزهراء", "Zoë 🚀 Ångström"]
OBJECTIVES = [
    "在华东地区扩大服务范围",
    "日本の工場で新しいサービスを始める",
    "한국 지사와 협력 강화",
    "توسيع الخدمات في مصنع الرياض",
    "Grow 📈 the 🤝 partnership",
]
# a right-to-left paragraph long enough to wrap over several lines: the first and last words differ
LONG_RTL = " ".join(["البداية"] + ["خدمة الصيانة الوقائية للمصانع"] * 30 + ["النهاية"])
MIXED = "Budget 2027: ميزانية (الفريق) EUR 500"


def _script_account(db: Database) -> int:
    planted = plant_account(db, name=ACCOUNT)
    with db.session() as s:
        plan = s.query(m.AccountPlan).filter_by(account_id=planted.account_id).one()
        for name in STAKEHOLDERS:
            s.add(m.Stakeholder(account_id=planted.account_id, name=name, title=name))
        for text in [*OBJECTIVES, LONG_RTL, MIXED]:
            s.add(m.Objective(plan_id=plan.id, growth_focus="expansion", description=text))
    return planted.account_id


def _letters(text: str) -> set[str]:
    return {ch for ch in text if not ch.isspace()}


@pytest.fixture(scope="module")
def scripts_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kam_desktop.store.database import open_database

    folder = tmp_path_factory.mktemp("scripts")
    db = open_database(folder / "kam.sqlite")
    try:
        account_id = _script_account(db)
        out = folder / "scripts.pdf"
        export_plan_pdf(db, account_id, Edition.INTERNAL, Paper.A4, out)
    finally:
        db.close()
    return out


def test_every_character_is_in_the_text_layer(scripts_pdf: Path) -> None:
    text = pdf_text(scripts_pdf)
    flat = squash(text)
    assert "\x00" not in text  # a character without a glyph comes out as NUL
    for value in [ACCOUNT, *STAKEHOLDERS, *OBJECTIVES, MIXED]:
        missing = _letters(value) - set(text)
        assert not missing, (value, missing)
    # CJK and Korean in order; Arabic letters joined when drawn yet plain letters in the text
    for value in ("東京株式会社", "日本の工場で新しいサービスを始める", "한국지사와협력강화", "🚀"):
        assert value in flat
    assert not any(0xFB50 <= ord(ch) <= 0xFEFF for ch in text)


def test_pdf_title_keeps_logical_order(scripts_pdf: Path) -> None:
    meta = PdfReader(str(scripts_pdf)).metadata
    # logical order, the name bidi-isolated (FSI … PDI) so that a viewer keeps it apart from the words around it
    assert meta is not None and meta.title == f"Account plan – \u2068{ACCOUNT}\u2069"


def test_arabic_is_drawn_right_to_left(scripts_pdf: Path) -> None:
    flat = squash(pdf_text(scripts_pdf))
    # pypdf reads right-to-left runs back into logical order: only glyphs drawn right to left
    # (the first word at the right) come back as the words typed
    assert squash(ACCOUNT) in flat
    assert "Budget2027:" in flat and "ميزانية" in flat and "الفريق" in flat and "EUR500" in flat


def test_wrapped_right_to_left_paragraph_starts_on_the_top_line(scripts_pdf: Path) -> None:
    flat = squash(pdf_text(scripts_pdf))
    first, last = "البداية", "النهاية"
    assert first in flat and last in flat
    assert flat.index(first) < flat.index(last)


def test_fonts_cover_the_scripts() -> None:
    for value in [ACCOUNT, *STAKEHOLDERS, *OBJECTIVES]:
        assert fonts.can_render(value), value
    used = {font for font, _ in fonts.runs(ACCOUNT)}
    assert used == {fonts.REGULAR, fonts.CJK, fonts.SYMBOLS, fonts.ARABIC}
    assert markup("東京 & 🚀") == (
        f'<font name="{fonts.CJK}">東京 </font>&amp; <font name="{fonts.SYMBOLS}">🚀</font>'
    )


def test_bidi_reorders_runs_and_mirrors_brackets() -> None:
    assert visual("abc שלום def") == "abc םולש def"
    assert visual("שלום (abc) עולם") == "םלוע (abc) םולש"
    assert visual("שלום", rtl=True) == "םולש"
    # a mixed line: the Arabic run (with its brackets) right to left inside a left-to-right line
    assert visual(MIXED) == "Budget 2027: (قيرفلا) ةينازيم EUR 500"
    joined = shape("شركة")
    assert joined != "شركة" and unicodedata.normalize("NFKC", joined) == "شركة"


def test_report_paragraphs_all_lay_out_right_to_left_text() -> None:
    """Only styles.py may use ReportLab's own Paragraph: every other one must be the bidi-aware one."""
    import kam_desktop.report as report_pkg

    folder = Path(report_pkg.__file__).parent
    offenders = [
        path.name
        for path in folder.glob("*.py")
        if path.name != "styles.py"
        and any(
            line.startswith("from reportlab.platypus import")
            and "Paragraph" in line.replace("ParagraphStyle", "")
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
