"""Numbers and names in the PDFs as a reader sees them (fresh-eyes findings of issue 14).

- a KPI's target 1.250,75 is drawn on the KPI chart as the KPI table prints it, not rounded to
  "1.251" (internal and customer edition, Italian and English);
- compact amounts on the pipeline chart follow the export language ("343 mila EUR", not "343K");
- a right-to-left name inside a sentence is bidi-isolated: the date after it stays where the
  sentence puts it ("… شركة النور, 1 novembre 2026", not "… 1 ,شركة النور novembre 2026").
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.i18n import using_language
from kam_desktop.report import charts
from kam_desktop.report.models import Edition, KpiRow, Paper
from kam_desktop.report.text import FSI, PDI, fill, joined, shape, visual
from kam_desktop.services.export import export_brief_pdf, export_plan_pdf
from kam_desktop.store import models as m
from kam_desktop.store.database import Database
from tests.report.factory import TODAY, pdf_text, plant_account

ARABIC = "شركة النور"
NAME = f"Città 東京 株式会社 🚀 {ARABIC}"
_RTL_RUN = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+(?: +[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+)*"
)


def logical(visual_line: str) -> str:
    """A drawn line (left to right, as pypdf's layout mode reads it) back in reading order, for
    lines whose right-to-left parts are plain words: each run of right-to-left words reversed."""
    return _RTL_RUN.sub(lambda match: match.group(0)[::-1], visual_line)


def layout_lines(path: Path) -> list[str]:
    lines: list[str] = []
    for page in PdfReader(str(path)).pages:
        lines += [" ".join(line.split()) for line in page.extract_text(extraction_mode="layout").splitlines()]
    return lines


def _kpi_account(db: Database) -> int:
    """The tester's KPI values: baseline 6,5, target 1.250,75, one measurement 6,5; shared with the customer."""
    planted = plant_account(db)
    with db.session() as s:
        plan = s.query(m.AccountPlan).filter_by(account_id=planted.account_id).one()
        kpi = m.Kpi(
            plan_id=plan.id, name="Consegne puntuali", unit="%", baseline=6.5, target=1250.75, shared=True
        )
        s.add(kpi)
        s.flush()
        s.add(m.KpiMeasurement(kpi_id=kpi.id, measured_on=TODAY - dt.timedelta(days=5), value=6.5))
    return planted.account_id


@pytest.mark.parametrize(
    ("lang", "target", "rounded"),
    [("it", "obiettivo 1.250,75", "1.251"), ("en", "target 1,250.75", "1,251")],
)
def test_kpi_chart_draws_the_target_as_the_table_prints_it(
    db: Database, tmp_path: Path, lang: str, target: str, rounded: str
) -> None:
    account_id = _kpi_account(db)
    for edition in (Edition.INTERNAL, Edition.CUSTOMER):
        out = tmp_path / f"{lang}-{edition.value}.pdf"
        export_plan_pdf(db, account_id, edition, Paper.A4, out, language=lang)
        text = pdf_text(out)
        assert target in text, (edition, lang)
        assert rounded not in text, (edition, lang)


def test_kpi_chart_labels_keep_the_values_decimals_and_fit() -> None:
    kpi = KpiRow(
        name="Margine operativo",
        unit="%",
        direction=charts.KpiDirection.HIGHER_IS_BETTER,
        baseline=6.5,
        target=1_250_000.75,
        measurements=((dt.date(2026, 11, 29), 6.5),),
    )
    with using_language("it"):
        drawing = charts.kpi_chart(kpi, 240)
    strings = [(s.x, s.text, s.textAnchor) for s in drawing.contents if isinstance(s, charts.String)]
    texts = [t for _x, t, _a in strings]
    assert "obiettivo 1.250.000,75" in texts and "1.250.000,75" in texts and "6,5" in texts
    # the axis labels end left of the plot and start inside the drawing (nothing cut at the left)
    from kam_desktop.report import fonts

    for x, text, anchor in strings:
        if anchor == "end" and text in ("1.250.000,75", "6,5"):
            assert x - fonts.string_width(text, fonts.REGULAR, 6) >= 0, text


def test_pipeline_amounts_follow_the_export_language(db: Database, tmp_path: Path) -> None:
    planted = plant_account(db)
    with db.session() as s:
        for title, cents in (("Ordine grande", 343_000_00), ("Ordine enorme", 890_000_00)):
            s.add(
                m.Opportunity(
                    account_id=planted.account_id,
                    title=title,
                    stage="qualified" if cents < 500_000_00 else "proposed",
                    growth_focus="penetration",
                    value_cents=cents,
                )
            )
    italian, english = tmp_path / "it.pdf", tmp_path / "en.pdf"
    export_plan_pdf(db, planted.account_id, Edition.INTERNAL, Paper.A4, italian, language="it")
    export_plan_pdf(db, planted.account_id, Edition.INTERNAL, Paper.A4, english, language="en")
    it_text, en_text = (pdf_text(path).replace("\u00a0", " ") for path in (italian, english))
    # 343.000 alone in "qualified"; 890.000 beside the planted account's own proposal
    assert "343 mila EUR" in it_text and "544,1 Mln EUR" in it_text
    assert "343K EUR" not in it_text and "544.1M EUR" not in it_text
    assert "343K EUR" in en_text and "544.1M EUR" in en_text


def test_a_right_to_left_name_keeps_the_sentence_in_order(db: Database, tmp_path: Path) -> None:
    planted = plant_account(db, name=NAME)
    with db.session() as s:
        plan = s.query(m.AccountPlan).filter_by(account_id=planted.account_id).one()
        plan.period_start, plan.period_end = dt.date(2026, 11, 1), dt.date(2027, 6, 30)
    out = tmp_path / "plan.pdf"
    export_plan_pdf(db, planted.account_id, Edition.INTERNAL, Paper.A4, out, language="it")
    lines = [logical(line) for line in layout_lines(out)]
    sentence = f"Piano dell'account {NAME}, 1 novembre 2026 – 30 giugno 2027. Pianificato con"
    assert sentence in lines
    assert not any(f"🚀 1 ,{ARABIC}" in line for line in lines)
    # the running header: the name, then nothing of the date pulled into it
    assert f"Piano dell'account · {NAME} 1 novembre 2026 – 30 giugno 2027" in lines
    # the metadata: logical order, the name isolated from the words around it
    meta = PdfReader(str(out)).metadata
    assert meta is not None and meta.title == f"Piano dell'account – {FSI}{NAME}{PDI}"
    # the isolate characters are never drawn, nor in the text layer
    assert FSI not in pdf_text(out) and PDI not in pdf_text(out)

    brief = tmp_path / "brief.pdf"
    export_brief_pdf(db, planted.account_id, brief, language="it")
    meta = PdfReader(str(brief)).metadata
    assert meta is not None and meta.title == f"Scheda incontro – {FSI}{NAME}{PDI}"
    assert f"Scheda incontro · {NAME}" in " ".join(logical(line) for line in layout_lines(brief))


def test_sentences_isolate_right_to_left_values_only() -> None:
    assert fill("Plan for %1, %2.", ARABIC, "1 Nov 2026") == f"Plan for {FSI}{ARABIC}{PDI}, 1 Nov 2026."
    assert fill("Plan for %1, %2.", "Baltic Steel", 3) == "Plan for Baltic Steel, 3."
    assert joined(" · ", ["Chemicals", ARABIC]) == f"Chemicals · {FSI}{ARABIC}{PDI}"
    drawn = visual(shape(fill("Piano per %1, %2.", ARABIC, "1 novembre")), False)
    assert drawn == f"Piano per {visual(shape(ARABIC))}, 1 novembre."
    # without the isolate the digit joins the Arabic run (the defect the isolate prevents)
    assert visual(shape(f"Piano per {ARABIC}, 1 novembre."), False) != drawn


# with the planted account's two offerings, eight: the Italian demo's count, one table of 8 before
OFFERINGS = [
    "Academy di formazione",
    "Analisi della qualità",
    "Integrazione cloud",
    "Logistica gestita",
    "Manutenzione predittiva",
    "Monitoraggio energetico",
]


def test_white_space_headers_wrap_between_words(db: Database, tmp_path: Path) -> None:
    planted = plant_account(db)
    with db.session() as s:
        centre = s.query(m.BuyingCentre).filter_by(account_id=planted.account_id).first()
        assert centre is not None
        for name in OFFERINGS:
            offering = m.Offering(name=name)
            s.add(offering)
            s.flush()
            s.add(
                m.WhitespaceCell(
                    account_id=planted.account_id,
                    buying_centre_id=centre.id,
                    offering_id=offering.id,
                    state="opportunity",
                )
            )
    out = tmp_path / "plan.pdf"
    export_plan_pdf(db, planted.account_id, Edition.INTERNAL, Paper.A4, out, language="it")
    words = set(pdf_text(out).split())
    for name in OFFERINGS:
        assert set(name.split()) <= words, name  # every word whole: no "Manutenzion" / "e"
    assert "Manutenzion" not in words and "Monitoraggi" not in words


def test_a_word_too_long_for_its_column_is_hyphenated_and_each_piece_fits() -> None:
    from kam_desktop.report import fonts
    from kam_desktop.report.sections_late import SMALLEST_HEAD, _offering_head
    from kam_desktop.report.styles import make_styles

    head = _offering_head("Instandhaltungsdienstleistungsvertrag Plus", 40, make_styles().cell_center)
    size = head.style.fontSize
    assert size == SMALLEST_HEAD
    pieces = head.text.removeprefix("<b>").removesuffix("</b>").split(" ")
    assert "".join(p.removesuffix("-") for p in pieces) == "InstandhaltungsdienstleistungsvertragPlus"
    assert all(p.endswith("-") for p in pieces[:-2]) and pieces[-1] == "Plus"
    assert all(fonts.string_width(p, fonts.BOLD, size) <= 40 for p in pieces)


@pytest.mark.parametrize(
    ("lang", "shown", "wrong"),
    [
        ("it", ["3,1×", "3,4×", "4,5×", "87%", "60-70%", "+95%"], "3.1×"),
        ("en", ["3.1×", "3.4×", "4.5×"], "3,1×"),
    ],
)
def test_program_report_figures_follow_the_language(
    db: Database, tmp_path: Path, lang: str, shown, wrong
) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.program_report import export_program_pdf

    out = tmp_path / "program.pdf"
    with using_language(lang):
        export_program_pdf(db, out)
    text = pdf_text(out)
    for figure in shown:
        assert figure in text, figure
    assert wrong not in text


def test_column_titles_are_never_broken_inside_a_word(db: Database, tmp_path: Path) -> None:
    """'Atteggiamento' (Attitude) was printed 'Atteggiam' / 'ento' in the Italian people table
    (fresh-eyes finding): a title too wide for its column is set smaller instead."""
    planted = plant_account(db)
    out = tmp_path / "piano.pdf"
    export_plan_pdf(db, planted.account_id, Edition.INTERNAL, Paper.A4, out, language="it")
    words = set(pdf_text(out).split())
    assert "Atteggiamento" in words
    assert "Atteggiam" not in words and "ento" not in words
