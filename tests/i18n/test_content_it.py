"""The method content and the generated texts in Italian and English."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from kam_desktop import i18n
from kam_desktop.domain import enums as e
from kam_desktop.domain.progress import RULE_TEXT, PlanFacts, missing
from kam_desktop.domain.question_bank import load_question_bank
from kam_desktop.report import formatting

ROOT = Path(__file__).resolve().parents[2]
CORE_TS = ROOT / "resources" / "translations" / "core_it.ts"
# the contexts of the method content, the reports and the generated texts (the content helper's);
# "Program" (program checklist) and "Numbers" (number reader) are translated by their owners
CONTENT_CONTEXTS = {"Actions", "Enums", "Export", "Kpi", "PhaseRules", "Report", "Scoring", "TalkingPoints"}


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def test_core_catalogue_is_finished() -> None:
    unfinished = [
        key
        for key, msg in _messages(CORE_TS).items()
        if key[0] in CONTENT_CONTEXTS
        and (
            msg.find("translation") is None
            or msg.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
            or not "".join(msg.find("translation").itertext()).strip()  # type: ignore[union-attr]
        )
    ]
    assert unfinished == []


def test_core_catalogue_has_every_marked_string(tmp_path: Path) -> None:
    """A fresh pyside6-lupdate over domain, services, report and CLI finds nothing core_it.ts lacks."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(__file__).parents[2] / ".venv/bin/pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh_it.ts"
    sources = ["kam_desktop/domain", "kam_desktop/services", "kam_desktop/report"]
    sources += [str(p.relative_to(ROOT)) for p in (ROOT / "kam_desktop").glob("cli*.py")]
    subprocess.run(
        [lupdate, "-extensions", "py", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    missing_keys = {
        key for key in set(_messages(fresh)) - set(_messages(CORE_TS)) if key[0] in CONTENT_CONTEXTS
    }
    assert sorted(missing_keys) == []


def test_question_bank_in_both_languages() -> None:
    bank = load_question_bank()
    assert len(bank.questions) == 57 and len(bank.categories) == 8
    with i18n.using_language("it"):
        titles = [c.title for c in bank.categories]
        assert titles[:2] == ["Che aspetto ha la nostra squadra?", "Chi fa parte del team dell'account?"]
        assert titles[-1] == "Cos'altro dobbiamo sapere?"
        for q in bank.questions:
            assert q.text != q.text_in("en") and q.hint != q.hints["en"], q.id
            assert q.askable == bool(q.ask_customer)
            if q.askable:
                assert q.ask_customer != q.asks["en"], q.id
        assert bank.by_id("Q03").text == (
            "Quale quota della spesa totale del cliente nelle nostre categorie arriva a noi?"
        )
    assert bank.categories[0].title == "What does our team look like?"
    assert bank.by_id("Q03").text.startswith("What share of the customer's total spend")


def test_enum_labels_and_phase_rules_in_italian() -> None:
    with i18n.using_language("it"):
        assert [p.label for p in e.Phase] == [
            "Strategia",
            "Ricerca",
            "Piano d'azione",
            "Esecuzione",
            "Revisione",
        ]
        assert e.Role.RELATIONSHIP_LEAD.label == "Responsabile della relazione"
        assert e.Factor.CURRENT_REVENUE.label == "Fatturato attuale"
        assert e.role_description(e.Role.INNOVATOR).startswith("Cerca nuovi modi")
        assert RULE_TEXT[e.Phase.REVIEW].startswith("Una revisione è completa")
        assert missing(
            e.Phase.ACTION_PLAN,
            PlanFacts(
                value_propositions=1,
                objectives_by_focus={e.GrowthFocus.EXPANSION: 2},
                objectives_without_action=2,
            ),
        ) == ["Dai almeno un'azione ai 2 obiettivi che ne sono privi."]
    assert [p.label for p in e.Phase] == ["Strategy", "Research", "Action plan", "Execution", "Review"]
    assert RULE_TEXT.source(e.Phase.REVIEW) == RULE_TEXT[e.Phase.REVIEW]


def test_every_enum_member_has_an_italian_label() -> None:
    untranslated = []
    with i18n.using_language("it"):
        for cls in e.LabelledEnum.__subclasses__():
            if cls.__module__ not in ("kam_desktop.domain.enums", "kam_desktop.domain.coverage"):
                continue  # the program checklist's enums label themselves (context "Program")
            for member in cls:
                if i18n.lookup("Enums", e._LABELS[(cls.__name__, member.value)]) is None:
                    untranslated.append(f"{cls.__name__}.{member.name}")
    assert untranslated == []


def test_report_formats_follow_the_language() -> None:
    day = dt.date(2027, 6, 30)
    with i18n.using_language("it"):
        assert formatting.date(day) == "30 giugno 2027"
        assert formatting.money(Decimal("1250000"), "EUR") == "1.250.000 EUR"
        assert formatting.number(1234.5) == "1.234,5"
        assert formatting.period(None, None) == "Periodo del piano non definito"
    with i18n.using_language("en"):
        assert formatting.date(day) == "30 Jun 2027"
        assert formatting.money(Decimal("1250000"), "EUR") == "1,250,000 EUR"
        assert formatting.number(1234.5) == "1,234.5"


def test_language_override_is_local_to_the_block() -> None:
    before = i18n.language()
    with i18n.using_language("it"):
        assert i18n.language() == "it"
        with i18n.using_language("en"):
            assert e.Phase.REVIEW.label == "Review"
        assert e.Phase.REVIEW.label == "Revisione"
    assert i18n.language() == before


def test_chart_amounts_follow_the_language() -> None:
    from kam_desktop.report.charts import _fmt, _money

    with i18n.using_language("it"):
        assert _money(Decimal("3500000"), "EUR") == "3,5\u00a0Mln EUR"
        assert _money(Decimal("950"), "EUR") == "950 EUR"
        assert _money(Decimal("343000"), "EUR") == "343\u00a0mila EUR"
        # a KPI value as the KPI table prints it (its own decimals, up to two)
        assert _fmt(1234.0) == "1.234" and _fmt(22.75) == "22,75" and _fmt(1250.75) == "1.250,75"
    with i18n.using_language("en"):
        assert _money(Decimal("3500000"), "EUR") == "3.5M EUR"
        assert _money(Decimal("343000"), "EUR") == "343K EUR"
        assert _fmt(1234.0) == "1,234" and _fmt(22.75) == "22.75" and _fmt(1250.75) == "1,250.75"
