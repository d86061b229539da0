"""File > Import accounts…: a CSV file's detected encoding, delimiter and number format (each
changeable), its columns mapped to account fields, a live preview of what each row will do
(with row numbers and reasons), a choice for duplicates, then one transaction - and Undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import DomainError
from kam_desktop.domain.interchange import account_columns as cols
from kam_desktop.domain.interchange.amounts import DECIMAL_COMMA, DECIMAL_POINT
from kam_desktop.domain.interchange.tabular import DELIMITERS, ENCODINGS
from kam_desktop.domain.numbers import current_locale, format_money
from kam_desktop.i18n import QT_TRANSLATE_NOOP, fmt, translate
from kam_desktop.services.importers import accounts as svc
from kam_desktop.ui.common import theme
from kam_desktop.ui.common.context import AppContext, Topic
from kam_desktop.ui.common.table_model import Column, RowTableModel

_ACTION_LABELS = {
    svc.ADD: QT_TRANSLATE_NOOP("ImportAccountsDialog", "New"),
    svc.UPDATED: QT_TRANSLATE_NOOP("ImportAccountsDialog", "Update"),
    svc.UNCHANGED: QT_TRANSLATE_NOOP("ImportAccountsDialog", "Unchanged"),
    svc.DUPLICATE: QT_TRANSLATE_NOOP("ImportAccountsDialog", "Duplicate in file"),
    svc.EXISTS: QT_TRANSLATE_NOOP("ImportAccountsDialog", "Already exists"),
    svc.INVALID: QT_TRANSLATE_NOOP("ImportAccountsDialog", "Error"),
}
_ACTION_ROLES = {svc.INVALID: "bad", svc.DUPLICATE: "warn", svc.EXISTS: "warn", svc.UNCHANGED: "muted"}


def _money(outcome: svc.RowOutcome, key: str) -> str:
    cents = outcome.values.get(key)
    if not isinstance(cents, int):
        return ""
    currency = str(outcome.values.get("currency") or "EUR")
    return format_money(cents, currency, current_locale())


def _preview_columns() -> list[Column[svc.RowOutcome]]:
    return [
        Column(
            "row",
            QT_TRANSLATE_NOOP("Column", "Row"),
            lambda o: str(o.row),
            sort=lambda o: o.row,
            align_right=True,
        ),
        Column(
            "action",
            QT_TRANSLATE_NOOP("Column", "Result"),
            lambda o: translate("ImportAccountsDialog", _ACTION_LABELS[o.action]),
            foreground=lambda o: (
                QBrush(theme.color(_ACTION_ROLES[o.action])) if o.action in _ACTION_ROLES else None
            ),
        ),
        Column(
            "message", QT_TRANSLATE_NOOP("Column", "Reason"), lambda o: o.message, tooltip=lambda o: o.message
        ),
        Column(
            "name", QT_TRANSLATE_NOOP("Column", "Name"), lambda o: o.name or str(o.values.get("name", ""))
        ),
        Column(
            "industry", QT_TRANSLATE_NOOP("Column", "Industry"), lambda o: str(o.values.get("industry", ""))
        ),
        Column("region", QT_TRANSLATE_NOOP("Column", "Region"), lambda o: str(o.values.get("region", ""))),
        Column(
            "revenue",
            QT_TRANSLATE_NOOP("Column", "Current revenue"),
            lambda o: _money(o, "current_revenue_cents"),
            align_right=True,
        ),
        Column(
            "potential",
            QT_TRANSLATE_NOOP("Column", "Potential revenue"),
            lambda o: _money(o, "potential_revenue_cents"),
            align_right=True,
        ),
    ]


class AccountImportDialog(QDialog):
    """Open with ``load_file`` (or ``load_bytes``); ``imported`` fires after a successful import."""

    imported = Signal(object)  # svc.AccountImportResult
    undone = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_accounts_dialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import accounts"))
        self.resize(1080, 720)
        self._data: bytes | None = None
        self._plan: svc.AccountImportPlan | None = None
        self._mapping: dict[int, str] = {}
        self._field_boxes: list[QComboBox] = []
        self._loading = False
        self.last_result: svc.AccountImportResult | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("file_label")
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._on_choose_clicked)
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout.addLayout(top)

        settings = QGroupBox(self.tr("How the file is read"))
        grid = QGridLayout(settings)
        self.encoding_box = QComboBox()
        self.encoding_box.setObjectName("encoding_box")
        for enc in ENCODINGS:
            self.encoding_box.addItem(enc, enc)
        self.delimiter_box = QComboBox()
        self.delimiter_box.setObjectName("delimiter_box")
        for delim, label in zip(
            DELIMITERS,
            (self.tr("Comma ,"), self.tr("Semicolon ;"), self.tr("Tab"), self.tr("Pipe |")),
            strict=True,
        ):
            self.delimiter_box.addItem(label, delim)
        self.decimal_box = QComboBox()
        self.decimal_box.setObjectName("decimal_box")
        self.decimal_box.currentTextChanged.connect(self.decimal_box.setToolTip)
        self.decimal_box.addItem(self.tr("Decimal comma: 1.234.567,89"), DECIMAL_COMMA)
        self.decimal_box.addItem(self.tr("Decimal point: 1,234,567.89"), DECIMAL_POINT)
        self.duplicate_box = QComboBox()
        self.duplicate_box.setObjectName("duplicate_box")
        self.duplicate_box.addItem(self.tr("Skip accounts that already exist"), svc.SKIP)
        self.duplicate_box.addItem(self.tr("Update accounts that already exist"), svc.UPDATE)
        self.detected_label = QLabel()
        self.detected_label.setObjectName("detected_label")
        self.detected_label.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("Encoding")), 0, 0)
        grid.addWidget(self.encoding_box, 0, 1)
        grid.addWidget(QLabel(self.tr("Delimiter")), 0, 2)
        grid.addWidget(self.delimiter_box, 0, 3)
        grid.addWidget(QLabel(self.tr("Numbers")), 1, 0)
        grid.addWidget(self.decimal_box, 1, 1)
        grid.addWidget(QLabel(self.tr("Duplicates")), 1, 2)
        grid.addWidget(self.duplicate_box, 1, 3)
        grid.addWidget(self.detected_label, 2, 0, 1, 4)
        layout.addWidget(settings)

        middle = QHBoxLayout()
        mapping_group = QGroupBox(self.tr("Columns → account fields"))
        mapping_layout = QVBoxLayout(mapping_group)
        self.mapping_form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        mapping_layout.addWidget(scroll)
        mapping_group.setMinimumWidth(330)
        middle.addWidget(mapping_group)

        preview_group = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_group)
        self.preview_model: RowTableModel[svc.RowOutcome] = RowTableModel(_preview_columns(), self)
        self.preview = QTableView()
        self.preview.setObjectName("preview_table")
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setAlternatingRowColors(True)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # every column as wide as its title and cells (the table scrolls sideways when they
        # do not fit): a stretched last column was squeezed below its title
        self.preview.horizontalHeader().setStretchLastSection(False)
        self.preview.setWordWrap(False)
        preview_layout.addWidget(self.preview)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        preview_layout.addWidget(self.summary_label)
        middle.addWidget(preview_group, 1)
        layout.addLayout(middle, 1)

        bottom = QHBoxLayout()
        self.skip_invalid_box = QCheckBox(self.tr("Import the valid rows and skip the rows with errors"))
        self.skip_invalid_box.setObjectName("skip_invalid_box")
        bottom.addWidget(self.skip_invalid_box, 1)
        self.undo_button = QPushButton(self.tr("Undo import"))
        self.undo_button.setObjectName("undo_button")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        bottom.addWidget(self.undo_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        for box in (self.encoding_box, self.delimiter_box, self.decimal_box, self.duplicate_box):
            box.currentIndexChanged.connect(self._on_setting_changed)
        self.skip_invalid_box.toggled.connect(self._update_buttons)

    # --- loading ------------------------------------------------------------------------------

    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import accounts"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            data = svc.read_accounts_file(path)
        except DomainError as exc:
            self.summary_label.setText(exc.message)
            return False
        self.load_bytes(data, path.name)
        return True

    def load_bytes(self, data: bytes, name: str) -> None:
        self._data = data
        self._mapping = {}
        self.file_label.setText(name)
        self.last_result = None
        self.undo_button.setEnabled(False)
        self._refresh(detect=True)

    # --- preview ------------------------------------------------------------------------------

    def _options(self, detect: bool) -> svc.AccountImportOptions:
        if detect:
            return svc.AccountImportOptions(on_duplicate=self.duplicate_box.currentData())
        return svc.AccountImportOptions(
            encoding=self.encoding_box.currentData(),
            delimiter=self.delimiter_box.currentData(),
            decimal=self.decimal_box.currentData() or None,
            mapping=dict(self._mapping),
            on_duplicate=self.duplicate_box.currentData(),
        )

    def _refresh(self, detect: bool = False) -> None:
        if self._data is None or self._loading:
            return
        try:
            options = self._options(detect)
            if (
                not detect
                and self._plan is not None
                and (options.encoding != self._plan.encoding or options.delimiter != self._plan.delimiter)
            ):
                # another reading of the file has other columns: recognise them again
                options = svc.AccountImportOptions(
                    encoding=options.encoding,
                    delimiter=options.delimiter,
                    decimal=options.decimal,
                    on_duplicate=options.on_duplicate,
                )
            plan = svc.preview_accounts(self.ctx.db, self._data, options)
        except DomainError as exc:
            self._plan = None
            self.preview_model.set_rows([])
            self.summary_label.setText(exc.message)
            self._update_buttons()
            return
        self._show_plan(plan, detected=detect)

    def _show_plan(self, plan: svc.AccountImportPlan, *, detected: bool) -> None:
        headers_changed = self._plan is None or self._plan.headers != plan.headers
        self._plan = plan
        self._mapping = dict(plan.mapping)
        self._loading = True
        try:
            self._select(self.encoding_box, plan.encoding)
            self._select(self.delimiter_box, plan.delimiter)
            self._show_decimal(plan)
        finally:
            self._loading = False
        if detected:
            self.detected_label.setText(
                fmt(
                    self.tr("Detected: %1, %2 delimited, %3%4."),
                    plan.encoding,
                    self.delimiter_box.currentText(),
                    plan.number_format.label(),
                    "" if plan.number_format.decided else self.tr(" (a guess: check the amounts)"),
                )
            )
        if headers_changed or detected:
            self._build_mapping(plan)
        else:
            self._sync_mapping()
        self.preview_model.set_rows(plan.outcomes)
        self.summary_label.setText(
            fmt(
                self.tr("%1 rows: %2 new, %3 to update, %4 skipped, %5 with errors."),
                len(plan.outcomes),
                plan.count(svc.ADD),
                plan.count(svc.UPDATED),
                plan.count(svc.UNCHANGED, svc.DUPLICATE, svc.EXISTS),
                plan.count(svc.INVALID),
            )
        )
        self._update_buttons()

    def _show_decimal(self, plan: svc.AccountImportPlan) -> None:
        """A guessed format is shown as a guess (first entry); choosing a format settles it."""
        if self.decimal_box.itemData(0) == "":
            self.decimal_box.removeItem(0)
        if plan.number_format.decided:
            self._select(self.decimal_box, plan.number_format.decimal)
            return
        self.decimal_box.insertItem(0, fmt(self.tr("Not sure - read as %1"), plan.number_format.label()), "")
        self.decimal_box.setCurrentIndex(0)

    @staticmethod
    def _select(box: QComboBox, value: str) -> None:
        index = box.findData(value)
        if index < 0:
            box.addItem(value, value)
            index = box.count() - 1
        box.setCurrentIndex(index)

    def _build_mapping(self, plan: svc.AccountImportPlan) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self._field_boxes = []
        for col, header in enumerate(plan.headers):
            box = QComboBox()
            box.setObjectName(f"map_{col}")
            box.addItem(self.tr("(not imported)"), cols.IGNORE)
            for f in cols.ACCOUNT_FIELDS:
                box.addItem(translate("Import", f.label), f.key)
            sample = next((r[col] for r in plan.sample if col < len(r) and r[col].strip()), "")
            box.setToolTip(fmt(self.tr("First value: %1"), sample[:80]))
            label = QLabel(header or fmt(self.tr("(column %1)"), col + 1))
            self.mapping_form.addRow(label, box)
            self._field_boxes.append(box)
            box.currentIndexChanged.connect(self._make_mapping_slot(col))
        self._sync_mapping()

    def _sync_mapping(self) -> None:
        self._loading = True
        try:
            for col, box in enumerate(self._field_boxes):
                box.setCurrentIndex(max(0, box.findData(self._mapping.get(col, cols.IGNORE))))
        finally:
            self._loading = False

    def _make_mapping_slot(self, col: int) -> Callable[[int], None]:
        def slot(_index: int) -> None:
            self.set_column_field(col, self._field_boxes[col].currentData())

        return slot

    def set_column_field(self, col: int, key: str) -> None:
        """Map column ``col`` to field ``key`` ('ignore' to leave it out) and preview again."""
        if self._loading:
            return
        for other in [c for c, k in self._mapping.items() if k == key]:
            del self._mapping[other]
        if key == cols.IGNORE:
            self._mapping.pop(col, None)
        else:
            self._mapping[col] = key
        self._refresh()

    def _on_setting_changed(self, _index: int) -> None:
        self._refresh()

    def _update_buttons(self) -> None:
        plan = self._plan
        ok = (
            plan is not None
            and not self.ctx.read_only
            and plan.count(svc.ADD, svc.UPDATED) > 0
            and (plan.count(svc.INVALID) == 0 or self.skip_invalid_box.isChecked())
        )
        self.import_button.setEnabled(bool(ok))

    # --- import and undo ----------------------------------------------------------------------

    def _on_import_clicked(self) -> None:
        if self._data is None:
            return
        try:
            result = svc.import_accounts(
                self.ctx.db,
                self._data,
                self._options(detect=False),
                skip_invalid=self.skip_invalid_box.isChecked(),
            )
        except DomainError as exc:
            self.summary_label.setText(exc.message)
            return
        if not result.written:
            self.summary_label.setText(self.tr("Nothing was imported: some rows have errors."))
            return
        self.last_result = result
        self.undo_button.setEnabled(True)
        self.ctx.notify(Topic.ACCOUNTS)
        self.imported.emit(result)
        self._refresh()
        self.summary_label.setText(result.summary() + " " + self.summary_label.text())

    def _on_undo_clicked(self) -> None:
        if self.last_result is None:
            return
        try:
            svc.undo_account_import(self.ctx.db, self.last_result.undo)
        except DomainError as exc:
            self.summary_label.setText(exc.message)
            return
        self.last_result = None
        self.undo_button.setEnabled(False)
        self.undone.emit()
        self.ctx.notify(Topic.ACCOUNTS)
        self._refresh()
        self.summary_label.setText(self.tr("The import was undone.") + " " + self.summary_label.text())


def open_import_accounts(ctx: AppContext, parent: QWidget | None) -> AccountImportDialog:
    dialog = AccountImportDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog._on_choose_clicked()
    return dialog
