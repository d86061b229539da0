"""Italian words where a fresh-eyes tester found English or mismatched ones (report of 17:00):
the pipeline bars' titles, the research lists' buttons, the value proposition, the charter's
placeholder, the whitespace and role-matrix shortcut letters, and wizard texts naming buttons."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QLabel, QWizard

from kam_desktop.domain.enums import Phase
from kam_desktop.services import execution as ex
from kam_desktop.ui.common import language
from kam_desktop.ui.common.context import AppContext


@pytest.fixture(autouse=True)
def _italian_then_english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    language.install_language("it")
    yield
    language.install_language("en")


def _header(model: object, column: int) -> str:
    return str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))  # type: ignore[attr-defined]


def test_pipeline_bars_titles_are_italian_and_labels_are_not_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.execution.panels import PipelineBars

    bars = PipelineBars()
    qtbot.addWidget(bars)
    bars.set_pipeline(ex.pipeline_of([]), "EUR")
    assert [title for title, _rows, _colours in bars.groups()] == [
        "Per fase",
        "In corso, per tema di crescita",
    ]
    labels = [bars.row_label(r) for _t, rows, _c in bars.groups() for r in rows]
    assert "Penetrazione (0)" in labels
    metrics = bars.fontMetrics()
    assert bars.label_width() >= max(metrics.horizontalAdvance(text) for text in labels)
    assert bars.label_width() > metrics.horizontalAdvance("Penetrazione (0)")


def test_research_lists_name_their_records_in_italian(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.account.research.market import CompetitorsWidget, NeedsWidget, TrendsWidget

    texts = []
    for cls in (CompetitorsWidget, TrendsWidget, NeedsWidget):
        widget = cls(ctx)
        qtbot.addWidget(widget)
        texts.append(widget.add_button.text())
        texts.append(widget.confirm_texts(type("Row", (), {"name": "X", "description": "X"})())[0])
    assert texts == [
        "Aggiungi concorrente…",
        "Elimina concorrente",
        "Aggiungi tendenza…",
        "Elimina tendenza",
        "Aggiungi esigenza…",
        "Elimina esigenza",
    ]


def test_value_proposition_is_proposta_di_valore(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from kam_desktop.ui.account.action_plan.panels import CasePanel

    panel = CasePanel(ctx)
    qtbot.addWidget(panel)
    assert _header(panel.model, 0) == "Proposta di valore"
    assert panel.findChild(QPushButton, "btn_new_case").text() == "Nuova proposta di valore…"


def test_charter_definition_placeholder_is_italian(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.program.settings_tab import SettingsTab

    tab = SettingsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.definition.placeholderText().startswith(
        "Una buona definizione dice: i key account sono diversi"
    )


def test_whitespace_letters_come_from_the_italian_words(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.domain.enums import WhitespaceState
    from kam_desktop.ui.account.action_plan.whitespace_panel import WhitespacePanel

    panel = WhitespacePanel(demo_ctx)
    qtbot.addWidget(panel)
    assert [panel.state_buttons[s].text() for s in WhitespaceState] == [
        "Sconosciuto (S)",
        "Venduto (V)",
        "Opportunità (O)",
        "Lo detiene un concorrente (C)",
        "Non pertinente (N)",
    ]
    keys = sorted(shortcut.key().toString() for shortcut in panel.table.findChildren(QShortcut))
    assert keys == ["C", "N", "O", "S", "V"]


def test_role_matrix_letters_come_from_the_italian_words(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.team.account_roles_tab import Tab

    tab = Tab(demo_ctx)
    qtbot.addWidget(tab)
    assert "(oppure Spazio; T, R, Canc)" in tab.legend.text()
    assert "titolare" in tab.legend.text() and "riserva" in tab.legend.text()


def test_wizard_texts_name_the_buttons_as_they_are_shown(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.portfolio import load_portfolio
    from kam_desktop.ui.wizards.base import PhaseWizard

    account = load_portfolio(demo_ctx.db).rows[0].id
    wizard = PhaseWizard(demo_ctx, account, Phase.REVIEW)
    qtbot.addWidget(wizard)

    def shown(button: QWizard.WizardButton) -> str:
        return wizard.buttonText(button).replace("&", "").strip("<> ")

    assert [shown(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)] == [
        "Precedente",
        "Successivo",
    ]
    assert (shown(QWizard.WizardButton.FinishButton), shown(QWizard.WizardButton.CancelButton)) == (
        "Fine",
        "Annulla",
    )
    intro = wizard.page_for("review.record").findChild(QLabel, "panel_page_intro").text()
    assert intro.endswith("quando premi Successivo.")
    assert "Avanti" not in intro


def test_the_pipeline_value_is_unchanged(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The bars still show a value per row (the label column widening takes no value away)."""
    from kam_desktop.ui.account.execution.panels import PipelineBars

    bars = PipelineBars()
    qtbot.addWidget(bars)
    bars.set_pipeline(ex.pipeline_of([]), "EUR")
    assert all(r.value == Decimal("0.00") for _t, rows, _c in bars.groups() for r in rows)


def test_whitespace_cells_and_their_tooltips_read_in_italian(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.domain.enums import WhitespaceState
    from kam_desktop.services.whitespace import CellView, Named, WhitespaceGrid
    from kam_desktop.ui.account.action_plan.whitespace_panel import WhitespaceModel

    cell = CellView(1, 2, WhitespaceState.OPPORTUNITY, "Rinnovo a marzo", 7, 1234)
    grid = WhitespaceGrid(5, (Named(1, "Acquisti Torino"),), (Named(2, "Manutenzione"),), {(1, 2): cell})
    model = WhitespaceModel()
    model.set_grid(grid)
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == "Opportunità · 1.234 opp."
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == (
        "Manutenzione presso Acquisti Torino: Opportunità\nRinnovo a marzo"
    )


def test_a_review_adjustment_reads_in_italian_before_it_is_saved(qtbot, demo_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from kam_desktop.services import review as rv
    from kam_desktop.ui.account.review.panels import ReviewForm

    form = ReviewForm(demo_ctx)
    qtbot.addWidget(form)
    form.add_adjustment(
        rv.AdjustmentInput(
            "objective",
            "Operations vuole partire prima",
            objective_id=1,
            new_target="Pilota firmato",
            new_due_date=dt.date(2027, 3, 31),
        )
    )
    form.add_adjustment(
        rv.AdjustmentInput("objective", "", objective_id=1, new_due_date=dt.date(2027, 3, 17))
    )
    assert [form.adj_list.item(i).text() for i in range(form.adj_list.count())] == [
        "Modifica obiettivo: obiettivo misurabile → Pilota firmato; scadenza → 31/03/2027 "
        "(Operations vuole partire prima)",
        "Modifica obiettivo: scadenza → 17/03/2027",
    ]


def test_the_next_meeting_tooltip_and_the_phase_done_box_read_in_italian(demo_ctx: AppContext) -> None:
    from kam_desktop.services.portfolio import load_portfolio
    from kam_desktop.ui.portfolio.model import COLUMNS

    (meeting,) = [c for c in COLUMNS if c.key == "meeting"]
    assert meeting.tooltip is not None
    rows = load_portfolio(demo_ctx.db).rows
    with_meeting = next(r for r in rows if r.next_meeting)
    without = next(r for r in rows if not r.next_meeting)
    assert meeting.tooltip(with_meeting) == "Fai doppio clic per preparare questo incontro"
    assert meeting.tooltip(without) == "Nessun incontro in programma"


def test_the_file_dialog_reads_in_italian(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt's own Italian catalogue lacks two labels of Qt 6's file dialog (fresh-eyes finding)."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "x")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cerca in:", "File di &tipo:"} <= texts, texts
