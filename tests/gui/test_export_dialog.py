"""The export dialog and the background export: options in, a PDF out, opened when done."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from kam_desktop.report.models import Edition, Paper
from kam_desktop.store import models as m
from kam_desktop.ui.export import export_dialog
from kam_desktop.ui.export.export_dialog import (
    ExportDialog,
    ExportOptions,
    open_brief_export,
    open_plan_export,
)
from tests.report.factory import pdf_pages, pdf_text

pytestmark = pytest.mark.gui


@pytest.fixture
def key_account(demo_ctx) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with demo_ctx.db.session() as s:
        row = s.execute(
            select(m.Account.id, m.Account.name)
            .where(m.Account.status == "key")
            .order_by(m.Account.id)
            .limit(1)
        ).one()
    return int(row[0]), str(row[1])


@pytest.fixture(autouse=True)
def _no_remembered_choices() -> None:
    """Each test starts as a first export: internal edition, A4 (the dialog remembers both)."""
    from kam_desktop.ui.common import settings

    settings.put(settings.EXPORT_EDITION, "internal")
    settings.put(settings.EXPORT_PAPER, "")
    settings.put(settings.EXPORT_OPEN_PDF, "yes")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def test_dialog_collects_the_options(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog("Meridian Telecom BV", plan=True)
    qtbot.addWidget(dialog)
    assert "internal" in dialog.path_edit.text()
    dialog.customer_radio.setChecked(True)
    assert "customer" in dialog.path_edit.text()  # the suggested name follows the edition
    dialog.paper_combo.setCurrentIndex(1)
    dialog.section_boxes["research"].setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "joint plan"))
    dialog.open_check.setChecked(False)
    options = dialog.collect()
    assert options.edition is Edition.CUSTOMER and options.paper is Paper.LETTER
    assert "research" not in options.sections and "summary" in options.sections
    assert options.path == tmp_path / "joint plan.pdf" and not options.open_when_done


def test_dialog_remembers_the_folder_edition_and_paper(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    folder = tmp_path / "Customer plans"
    folder.mkdir()
    first = ExportDialog("Meridian Telecom BV", plan=True)
    qtbot.addWidget(first)
    qtbot.mouseClick(first.customer_radio, Qt.MouseButton.LeftButton)
    first.paper_combo.setCurrentIndex(first.paper_combo.findData(Paper.LETTER))
    first.path_edit.setText(str(folder / "meridian.pdf"))
    ok = first.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert first.options is not None and first.options.edition is Edition.CUSTOMER

    again = ExportDialog("Baltic Logistics", plan=True)  # the next export, also after a restart
    qtbot.addWidget(again)
    assert again.customer_radio.isChecked() and not again.internal_radio.isChecked()
    assert again.paper_combo.currentText() == "Letter"
    assert again.path_edit.text() == str(folder / "Baltic Logistics - account plan (customer).pdf")
    brief = ExportDialog("Baltic Logistics", plan=False)  # a brief has no edition; same folder
    qtbot.addWidget(brief)
    assert Path(brief.path_edit.text()).parent == folder


def test_dialog_refuses_bad_input_next_to_the_field(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog("Meridian Telecom BV", plan=True)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "plan.pdf"))
    dialog._on_buttons_accepted()
    assert "does not exist" in dialog.form.error_text("out_path") and dialog.options is None
    dialog.path_edit.setText(str(tmp_path / "plan.pdf"))
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    dialog._on_buttons_accepted()
    assert dialog.form.error_text("sections") and dialog.options is None


def test_plan_export_runs_in_the_background_and_opens_the_pdf(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, key_account, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    account_id, name = key_account
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(
            lambda cls, account, *, plan, parent=None, **_kw: ExportOptions(
                target, Paper.A4, Edition.CUSTOMER
            )
        ),
    )
    run = open_plan_export(demo_ctx, account_id, None)
    assert run is not None
    with qtbot.waitSignal(run.done, timeout=60_000):
        pass
    assert run.result is not None and run.result.path == target
    assert pdf_pages(target) == run.result.pages and name in pdf_text(target)
    assert opened == [str(target)]
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.pdf"]


def test_brief_export(
    qtbot,
    demo_ctx,
    key_account,
    tmp_path: Path,
    opened: list[str],  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    account_id, _name = key_account
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(
            lambda cls, account, *, plan, parent=None, **_kw: ExportOptions(
                target, Paper.LETTER, open_when_done=False
            )
        ),
    )
    run = open_brief_export(demo_ctx, account_id, None, None)
    assert run is not None
    with qtbot.waitSignal(run.done, timeout=60_000):
        pass
    assert 1 <= pdf_pages(target) <= 2 and opened == []


def test_cancelled_dialog_exports_nothing(demo_ctx, key_account, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        ExportDialog, "ask", classmethod(lambda cls, account, *, plan, parent=None, **_kw: None)
    )
    assert open_plan_export(demo_ctx, key_account[0], None) is None


def test_cancel_during_export_leaves_no_file(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, key_account, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(lambda cls, account, *, plan, parent=None, **_kw: ExportOptions(target)),
    )
    run = open_plan_export(demo_ctx, key_account[0], None)
    assert run is not None
    run.progress.cancel()
    with qtbot.waitSignal(run.done, timeout=60_000):
        pass
    if run.result is None:  # the export may have finished before the cancel arrived
        assert not target.exists() and opened == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_error_is_shown_not_raised(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, key_account, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(export_dialog, "show_error", lambda parent, message: shown.append(message))
    target = tmp_path / "gone" / "plan.pdf"  # the folder disappears between the dialog and the export
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(lambda cls, account, *, plan, parent=None, **_kw: ExportOptions(target)),
    )
    run = open_plan_export(demo_ctx, key_account[0], None)
    assert run is not None
    with qtbot.waitSignal(run.done, timeout=60_000):
        pass
    assert run.result is None and shown and "does not exist" in shown[0]


def test_file_menu_exports_the_open_account(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, key_account, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kam_desktop.ui.main_window import MainWindow

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert window.export_plan_action.shortcut().toString() == "Ctrl+E"
    window.export_plan_action.trigger()
    assert told and "Open an account first" in told[0]
    target = tmp_path / "menu.pdf"
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(
            lambda cls, account, *, plan, parent=None, **_kw: ExportOptions(target, open_when_done=False)
        ),
    )
    window.open_account(key_account[0])
    run = export_dialog.export_for_open_account(window, demo_ctx)
    assert run is not None
    with qtbot.waitSignal(run.done, timeout=60_000):
        pass
    assert target.exists()


@pytest.mark.parametrize("what", ["the open database", "a backup"])
def test_a_gui_export_onto_the_database_or_a_backup_is_refused(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, key_account, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    import hashlib

    from kam_desktop.services.backups import back_up

    shown: list[str] = []
    monkeypatch.setattr(export_dialog, "show_error", lambda parent, message: shown.append(message))
    target = demo_ctx.db.path if what == "the open database" else back_up(demo_ctx.db)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    dialog = ExportDialog("Meridian Telecom BV", plan=True)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(target))  # the dialog adds ".pdf": a new name beside the target
    dialog._on_buttons_accepted()
    if what == "a backup":  # ...which is still inside the backups folder: refused by the field
        assert dialog.options is None and "backups folder" in dialog.form.error_text("out_path")
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(lambda cls, account, *, plan, parent=None, **_kw: ExportOptions(target)),
    )
    run = open_plan_export(demo_ctx, key_account[0], None)  # and again when it is written
    if run is not None:
        with qtbot.waitSignal(run.done, timeout=60_000):
            pass
        assert run.result is None
    assert shown and "Refused to write" in shown[0]
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_export_language_defaults_to_the_interface_and_reaches_the_pdf(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, key_account, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kam_desktop import i18n

    with i18n.using_language("it"):
        dialog = ExportDialog("Meridian Telecom BV", plan=True)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "it"  # the interface's language
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.path_edit.setText(str(tmp_path / "plan"))
    assert dialog.collect().language == "en"

    account_id, _name = key_account
    target = tmp_path / "it.pdf"
    monkeypatch.setattr(
        ExportDialog,
        "ask",
        classmethod(
            lambda cls, account, *, plan, parent=None, **_kw: ExportOptions(
                target, Paper.A4, Edition.INTERNAL, language="it"
            )
        ),
    )
    run = open_plan_export(demo_ctx, account_id, None)
    assert run is not None
    with qtbot.waitSignal(run.done, timeout=60_000):
        pass
    text = pdf_text(target)
    assert "Pagina 2 di" in text and "Page 2 of" not in text
    assert i18n.language() == "en"  # the export's language stayed with the export


def test_the_brief_export_offers_the_pdf_language_and_the_pdf_follows_it(  # type: ignore[no-untyped-def]
    qtbot, demo_ctx, key_account, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The meeting brief has the plan export's language choice (the interface's language by
    default); an English brief from an Italian interface comes out English."""
    from kam_desktop import i18n
    from kam_desktop.ui.common.language import install_language
    from kam_desktop.ui.export.export_dialog import open_brief_export

    install_language("it")
    try:
        dialog = ExportDialog("Meridian Telecom BV", plan=False)
        qtbot.addWidget(dialog)
        assert dialog.language_combo.isVisibleTo(dialog)
        assert dialog.language_combo.currentData() == "it"
        assert [dialog.language_combo.itemText(i) for i in range(2)] == ["Italiano", "Inglese"]
        account_id, _name = key_account
        for lang, expected, absent in (
            ("en", "Page 1 of", "Pagina 1 di"),
            ("it", "Pagina 1 di", "Page 1 of"),
        ):
            target = tmp_path / f"brief-{lang}.pdf"
            monkeypatch.setattr(
                ExportDialog,
                "ask",
                classmethod(
                    lambda cls, account, *, plan, parent=None, target=target, lang=lang, **_kw: ExportOptions(
                        target, Paper.A4, Edition.INTERNAL, language=lang
                    )
                ),
            )
            run = open_brief_export(demo_ctx, account_id, None, None)
            assert run is not None
            with qtbot.waitSignal(run.done, timeout=60_000):
                pass
            text = pdf_text(target)
            assert expected in text and absent not in text
        assert i18n.language() == "it"  # the interface kept its language
    finally:
        install_language("en")
