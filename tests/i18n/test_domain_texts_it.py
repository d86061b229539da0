"""Texts made by domain/, services/, store/ and the CLI read in Italian when Italian is asked for:
KPI health reasons, role-coverage advice, fluency (not rated is not weak), refusals, imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop import i18n
from kam_desktop.app import main
from kam_desktop.domain import coverage as cov
from kam_desktop.domain.enums import FluencyArea, Health, Role
from kam_desktop.domain.kpi import KpiStatus, suggest_health


def test_kpi_health_reasons_in_italian() -> None:
    statuses = [KpiStatus.OFF_TARGET, KpiStatus.BEHIND, KpiStatus.ON_TRACK]
    with i18n.using_language("it"):
        at_risk = suggest_health(statuses, open_actions=5, overdue_actions=1)
        nothing = suggest_health([], open_actions=0, overdue_actions=0)
        fine = suggest_health([KpiStatus.ON_TRACK, KpiStatus.ON_TARGET], open_actions=2, overdue_actions=0)
    assert at_risk.health is Health.AT_RISK
    assert at_risk.reasons == (
        "1 su 3 KPI misurati fuori obiettivo.",
        "1 su 3 KPI misurati in ritardo.",
        "1 su 5 azioni aperte in ritardo.",
    )
    assert nothing.reasons == ("Nessun KPI ha ancora un obiettivo e una misurazione.",)
    assert fine.reasons == (
        "Tutti e 2 i KPI misurati sono in linea o a obiettivo.",
        "Nessuna azione in ritardo.",
    )
    english = suggest_health(statuses, open_actions=5, overdue_actions=1)
    assert english.reasons[0] == "1 of 3 measured KPIs off target."


def test_kpi_and_action_summaries_have_real_plural_forms() -> None:
    """One of one: singular in both languages ("1 of 1 open action overdue", not "action(s)")."""
    one = suggest_health([KpiStatus.OFF_TARGET], open_actions=1, overdue_actions=1)
    assert one.reasons == ("1 of 1 measured KPI off target.", "1 of 1 open action overdue.")
    lone = suggest_health([KpiStatus.ON_TRACK], open_actions=1, overdue_actions=0)
    assert lone.reasons[0] == "The one measured KPI is on track or at target."
    with i18n.using_language("it"):
        one = suggest_health([KpiStatus.OFF_TARGET], open_actions=1, overdue_actions=1)
        lone = suggest_health([KpiStatus.ON_TRACK], open_actions=1, overdue_actions=0)
    assert one.reasons == ("1 su 1 KPI misurato fuori obiettivo.", "1 su 1 azione aperta in ritardo.")
    assert lone.reasons[0] == "L'unico KPI misurato è in linea o a obiettivo."


def test_coverage_advice_in_italian_and_english() -> None:
    advice = cov.Advice(
        Role.RESULTS_DRIVER,
        cov.Coverage.THIN,
        (cov.Candidate(1, "Anna", primary_elsewhere=2, backup_elsewhere=1, on_team=True, backup_here=True),),
        (),
    )
    alone = cov.Advice(Role.INNOVATOR, cov.Coverage.UNCOVERED, (), ())
    assert advice.text == (
        "Results Driver is thin (backup only). On this team: "
        "Anna (backup here, primary on 2 other accounts, backup on 1 other account)."
    )
    with i18n.using_language("it"):
        assert advice.text == (
            f"{Role.RESULTS_DRIVER.label} è debole (solo un sostituto). In questo team: "
            "Anna (sostituto qui, titolare su altri 2 account, sostituto su 1 altro account)."
        )
        assert (
            alone.text
            == f"{Role.INNOVATOR.label} è scoperto. Nessuno del team lo ricopre ancora su alcun account."
        )


def test_unrated_fluency_is_not_weak() -> None:
    latest = {FluencyArea.MARKET: 2, FluencyArea.OFFERINGS: 5}
    assert cov.weak_areas(latest) == (FluencyArea.MARKET,)
    assert FluencyArea.CUSTOMER_NEEDS in cov.unrated_areas(latest)
    assert FluencyArea.CUSTOMER_NEEDS not in cov.weak_areas(latest)


def test_a_refusal_in_italian_with_lang_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert main(["check", "--db", str(folder), "--lang", "it"]) == 2
    assert capsys.readouterr().err == f"kam-desktop: {folder} è una cartella, non un file di database.\n"
    assert main(["check", "--db", str(folder)]) == 2  # English by default (the tests' C locale)
    assert capsys.readouterr().err == f"kam-desktop: {folder} is a folder, not a database file.\n"
    empty = tmp_path / "kam.sqlite"
    empty.write_bytes(b"")
    assert main(["export-json", "--db", str(empty), "--out", str(tmp_path / "o.json"), "--lang", "it"]) == 2
    assert "è vuoto (0 byte)" in capsys.readouterr().err
    assert i18n.language() == "en"  # the command's language does not stay behind


def test_cli_messages_follow_the_views_language_preference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config"
    (config / "KAM Desktop").mkdir(parents=True)
    (config / "KAM Desktop" / "KAM Desktop.conf").write_text("[ui]\nlanguage=it\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    assert main(["check", "--db", str(tmp_path / "missing.sqlite")]) == 2
    assert capsys.readouterr().err == f"kam-desktop: Nessun database in {tmp_path / 'missing.sqlite'}.\n"


def test_import_messages_in_italian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "kam.sqlite"
    assert main(["demo", "--db", str(db), "--accounts", "3"]) == 0
    capsys.readouterr()
    assert (
        main(["import-accounts", "--db", str(db), "--from", str(tmp_path / "none.csv"), "--lang", "it"]) == 2
    )
    assert capsys.readouterr().err == f"kam-desktop: Non esiste nessun file in {tmp_path / 'none.csv'}.\n"
