"""The Program page: fill a self-assessment through its widgets and see it in the history and
the trend; decide a charter component; advice buttons open the screen that improves a factor;
File > Export program report writes the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from kam_desktop.services import program_checklist as pc
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.program.page import ProgramPage


@pytest.fixture
def page(qtbot, ctx: AppContext) -> ProgramPage:  # type: ignore[no-untyped-def]
    p = ProgramPage(ctx)
    qtbot.addWidget(p)
    p.show()
    return p


def _fill(qtbot, page: ProgramPage, day: QDate, ratings: dict[int, int], note: str) -> None:  # type: ignore[no-untyped-def]
    tab = page.assessment
    tab.date.setDate(day)
    for row in tab.rows:
        row.rating.setCurrentIndex(ratings.get(row.number, 0))
    qtbot.keyClicks(tab.rows[1].notes, note)
    qtbot.keyClicks(tab.rows[1].evidence, "portfolio review")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)


def test_a_self_assessment_filled_by_its_widgets_shows_in_history_and_trend(qtbot, page: ProgramPage) -> None:  # type: ignore[no-untyped-def]
    tab = page.assessment
    assert tab.rows[1].rubric.text().startswith("1: Key accounts are the largest by revenue")
    tab.rows[1].rating.setCurrentIndex(4)
    assert (
        tab.rows[1].rubric.text()
        == "4: Every key account is scored on all 8 factors and the list stays within the cap."
    )
    if tab.is_measuring():  # the evidence is computed in a worker thread
        with qtbot.waitSignal(tab.evidence_ready, timeout=60_000):
            pass
    assert tab.rows[1].measured.text().startswith("Key accounts scored on all 8 factors: none yet")
    assert tab.rows[0].measured.text() == "The app cannot measure this factor; your own evidence counts."

    _fill(qtbot, page, QDate(2026, 1, 10), {2: 2, 5: 1, 9: 3}, "too many")
    assert tab.history_model.rowCount() == 1
    _fill(qtbot, page, QDate(2026, 6, 1), {2: 4, 5: 2, 9: 3}, "better")
    assert tab.history_model.rowCount() == 2
    newest = tab.history_model.row_at(0)
    assert (newest.assessed_on.isoformat(), newest.rating(2), newest.overall) == ("2026-06-01", 4, 3.0)
    assert (newest.ratings[1].notes, newest.ratings[1].evidence) == ("better", "portfolio review")
    assert [v for _d, v in tab.chart.points_of(2)] == [2.0, 4.0]  # panel 0 = overall, 2 = factor 2
    assert [v for _d, v in tab.chart.points_of(0)] == [2.0, 3.0]
    stored = pc.list_assessments(page.ctx.db)
    assert [a.assessed_on.isoformat() for a in stored] == ["2026-01-10", "2026-06-01"]
    assert stored[1].ratings[1].measured.startswith("Key accounts scored on all 8 factors")
    assert list(tab.advice_buttons) == [5]
    assert tab.advice_buttons[5].text() == "Open role coverage"


def test_an_empty_assessment_is_refused_next_to_the_first_factor(qtbot, page: ProgramPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.assessment.save_button, Qt.MouseButton.LeftButton)
    assert page.assessment.rows[0].error.text() == "Rate at least one of the nine factors from 1 to 5."
    assert pc.list_assessments(page.ctx.db) == ()


def test_charter_component_adapted_in_our_words(qtbot, page: ProgramPage) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.domain.program_method import CharterDecision

    page.show_tab("charter")
    editor = page.charter.editors[1]
    page.charter.scroll.ensureWidgetVisible(editor)
    qtbot.mouseClick(editor.buttons[CharterDecision.ADAPT], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    assert "own words" in editor.error.text()
    qtbot.keyClicks(editor.words, "Eight at most.")
    qtbot.mouseClick(editor.save, Qt.MouseButton.LeftButton)
    item = pc.get_charter(page.ctx.db).items[1]
    assert (item.decision.value if item.decision else None, item.our_words) == ("adapt", "Eight at most.")
    assert page.charter.summary.text() == "1 of 6 components decided."


def test_advice_opens_the_screen_that_improves_the_factor(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_section(3)
    tab = window.program_page.assessment
    button = next(
        w for w in tab.advice_box.findChildren(type(tab.save_button)) if w.objectName() == "advice_7"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "Team"
    window.show_section(3)
    qtbot.mouseClick(tab.advice_buttons[1], Qt.MouseButton.LeftButton)
    assert window.program_page.tabs.currentWidget() is window.program_page.charter


def test_file_menu_exports_the_program_report(qtbot, ctx: AppContext, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.main_window import MainWindow
    from kam_desktop.ui.program import export as program_export

    pc.answer_trust(ctx.db, 1, "Only with one person in Finance.", 3)
    target = tmp_path / "program.pdf"
    monkeypatch.setattr(program_export, "ask_path", lambda _parent: target)
    opened: list[object] = []
    monkeypatch.setattr(program_export.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.export_program_action.trigger()
    [run] = list(program_export._RUNNING)
    with qtbot.waitSignal(run.done, timeout=60000) as blocker:
        pass
    assert blocker.args[0] is not None and blocker.args[0].path == target
    from tests.report.factory import pdf_text

    assert "Only with one person in Finance." in pdf_text(target)
    assert len(opened) == 1


def test_trust_leadership_and_reflections_saved_from_their_widgets(qtbot, page: ProgramPage) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.domain.enums import AccountStatus
    from kam_desktop.services.accounts import AccountInput, change_status, create_account

    acme = create_account(page.ctx.db, AccountInput(name="Acme")).id
    change_status(page.ctx.db, acme, AccountStatus.KEY)
    page.ctx.notify(Topic.ACCOUNTS)
    page.show_tab("trust")
    trust = page.trust
    assert trust.account.currentText() == "Acme"
    qtbot.keyClicks(trust.answers[4], "Bonuses count own-division sales only.")
    trust.ratings[4].setCurrentIndex(1)
    qtbot.mouseClick(trust.save_button, Qt.MouseButton.LeftButton)
    assert pc.list_trust(page.ctx.db)[4].answer == "Bonuses count own-division sales only."
    assert pc.list_trust(page.ctx.db)[4].rating == 1
    qtbot.keyClicks(trust.division, "Field Services")
    qtbot.keyClicks(trust.involvement, "Runs the pilot")
    trust.coop_rating.setCurrentIndex(4)
    qtbot.mouseClick(trust.add_button, Qt.MouseButton.LeftButton)
    assert trust.coop_model.rowCount() == 1
    assert [(c.division, c.rating) for c in pc.list_cooperation(page.ctx.db, acme)] == [("Field Services", 4)]

    page.show_tab("leadership")
    lead = page.leadership
    lead.cycle_on.setDate(QDate(2026, 4, 1))
    for box, text in zip(lead.answers, ("Yes", "Two people", "Yes, from Q3"), strict=True):
        qtbot.keyClicks(box, text)
    qtbot.keyClicks(lead.budget_asked, "-10")
    qtbot.mouseClick(lead.save_button, Qt.MouseButton.LeftButton)
    assert lead.form.error_text("budget_asked") != "" and pc.list_leadership(page.ctx.db) == ()
    lead.budget_asked.clear()
    qtbot.keyClicks(lead.budget_asked, "40000")
    qtbot.mouseClick(lead.save_button, Qt.MouseButton.LeftButton)
    [cycle] = pc.list_leadership(page.ctx.db)
    assert (cycle.cycle_on.isoformat(), cycle.answers[2], str(cycle.budget_asked)) == (
        "2026-04-01",
        "Yes, from Q3",
        "40000.00",
    )
    assert lead.model.rowCount() == 1

    page.show_tab("selling")
    qtbot.keyClicks(page.selling.reflections[1], "We plan entry into two new divisions.")
    qtbot.mouseClick(page.selling.save_button, Qt.MouseButton.LeftButton)
    assert pc.list_reflections(page.ctx.db)[1].reflection == "We plan entry into two new divisions."
    assert page.selling.linked[1].text() == "Key-account plan objectives for penetration: 0"


def test_the_evidence_is_measured_off_the_gui_thread(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from kam_desktop.services import program_evidence as pe

    threads: list[threading.Thread] = []
    real = pe.program_evidence

    def recording(db):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(db)

    monkeypatch.setattr(pe, "program_evidence", recording)
    p = ProgramPage(ctx)
    qtbot.addWidget(p)
    with qtbot.waitSignal(p.assessment.evidence_ready, timeout=60_000):
        p.show()
        assert p.assessment.rows[1].measured.text() == ""  # shown before the evidence arrives
    assert p.assessment.rows[1].measured.text().startswith("Key accounts scored on all 8 factors")
    assert threads and all(t is not threading.main_thread() for t in threads)
