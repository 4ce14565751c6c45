"""File → Import…: choose a file, sheet and kind, check the mapping on a preview, run a dry run,
then import in one transaction with a progress dialog that can cancel (nothing is then written).

A JSON file is another catalogue's export: it is merged, with conflicts shown side by side.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import exchange_text as words
from gui import i18n
from gui.background import run_with_progress, with_twin
from store.catalogue import Catalogue
from store.exchange import columns as cols
from store.exchange import files, importer, merge, values
from store.exchange.files import FileError, Table

PREVIEW_ROWS = 8


class ImportDialog(QDialog):
    def __init__(self, cat: Catalogue, backup_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cat = cat
        self.backup_folder = backup_folder
        self.table: Table | None = None
        self.layout_: importer.Layout | None = None
        self.plan: importer.Plan | None = None
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Import"))
        self.resize(900, 640)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _i: self._read())
        self.kind = QComboBox()
        for kind in cols.IMPORT_KINDS:
            self.kind.addItem(words.kind_label(kind), kind)
        self.kind.activated.connect(lambda _i: self._guess_columns(self.kind.currentData()))
        self.duplicates = QComboBox()
        for code, text in (
            (importer.SKIP, self.tr("Skip them")),
            (importer.FILL, self.tr("Fill their empty fields")),
            (importer.CREATE, self.tr("Create new records anyway")),
        ):
            self.duplicates.addItem(text, code)
        self.create_partners = QCheckBox(self.tr("Create partners that are not in the catalogue"))
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.tr("Rows are:"), self.kind)
        form.addRow(self.tr("Rows already in the catalogue:"), self.duplicates)
        form.addRow("", self.create_partners)
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Columns and the first rows"))
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Report"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(
            self.tr("Check (dry run)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("Save report…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.check_button.clicked.connect(self.dry_run)
        self.save_button.clicked.connect(self.save_report)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.report, 2)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # -- choosing --------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            "",
            self.tr("Spreadsheets and Partnerbook exports (*.xlsx *.csv *.json)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        self.path = path
        self.file_edit.setText(str(path))
        if path.suffix.lower() == ".json":
            self.merge_file(path)
            return
        self.sheet.clear()
        self._read()

    def _read(self) -> None:
        """Read the file (a big sheet takes seconds) off the GUI thread, then guess its layout."""
        path = self.path
        assert path is not None
        sheet = self.sheet.currentText() or None
        try:
            table = run_with_progress(
                self,
                self.tr("Reading the file…"),
                lambda progress: files.read(path, sheet, progress),
            )
        except FileError as error:
            self._show_message(words.file_error(error))
            return
        if table is None:
            self._show_message(self.tr("Reading the file was cancelled."))
            return
        self.table = table
        if not self.sheet.count():
            self.sheet.addItems(self.table.sheets)
        self.sheet.setEnabled(bool(self.table.sheets))
        try:
            guessed = importer.layout(self.table, importer.Options())
        except importer.LayoutError as error:
            self._show_message(words.layout_error(error))
            return
        self.kind.setCurrentIndex(self.kind.findData(guessed.kind))
        self._guess_columns(guessed.kind)

    def _guess_columns(self, kind: str) -> None:
        """Fill the mapping row with the guess for `kind`, and the preview under it."""
        if self.table is None:
            return
        index = cols.find_header_row(self.table.rows)
        headers = [values.text(c) for c in self.table.rows[index]]
        guess = cols.guess_mapping(kind, list(headers))
        rows = [r for r in self.table.rows[index + 1 :] if any(values.text(c) for c in r)]
        self.header_index = index
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(1 + min(PREVIEW_ROWS, len(rows)))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels(
            [self.tr("Read as")] + [str(i + 1) for i in range(len(rows[:PREVIEW_ROWS]))]
        )
        lang = i18n.current()
        for position in range(len(headers)):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for column in cols.COLUMNS[kind]:
                combo.addItem(column.header(lang), column.key)
            combo.setCurrentIndex(max(0, combo.findData(guess.get(position, ""))))
            combo.activated.connect(lambda _i: self._changed())
            self.preview.setCellWidget(0, position, combo)
            for row, cells in enumerate(rows[:PREVIEW_ROWS], start=1):
                value = values.text(cells[position]) if position < len(cells) else ""
                self.preview.setItem(row, position, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self._changed()

    def mapping(self) -> dict[int, str]:
        return {
            position: self.preview.cellWidget(0, position).currentData()
            for position in range(self.preview.columnCount())
        }

    def options(self) -> importer.Options:
        return importer.Options(
            kind=self.kind.currentData(),
            columns=self.mapping(),
            on_duplicate=self.duplicates.currentData(),
            create_partners=self.create_partners.isChecked(),
            vocabulary=words.vocabulary(),
        )

    def _changed(self) -> None:
        self.plan = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        readable = self.table is not None
        self.check_button.setEnabled(readable)
        self.import_button.setEnabled(readable and not self.cat.read_only)
        self.save_button.setEnabled(bool(self.report.toPlainText()))

    def _show_message(self, message: str) -> None:
        """Only a message: the file cannot be imported as a sheet (unreadable, or merged)."""
        self.table = None
        self.plan = None
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.report.setPlainText(message)
        self._update_buttons()

    # -- running ---------------------------------------------------------------------------------
    def dry_run(self) -> importer.Plan | None:
        """Plan the import on a read-only connection of its own, off the GUI thread; writes nothing."""
        table = self.table
        if table is None:
            return None
        options = self.options()
        self.plan = None
        try:
            self.plan = run_with_progress(
                self,
                self.tr("Checking…"),
                with_twin(
                    self.cat,
                    lambda twin, progress: importer.plan(twin, table, options, progress),
                    read_only=True,
                ),
            )
        except importer.LayoutError as error:
            message = words.layout_error(error)
            if error.code == importer.LayoutError.NO_TITLE_COLUMN:
                message = self.tr(
                    "Choose, in the “Read as” row, the column that holds the names or titles."
                )
            self.report.setPlainText(message)
        else:
            if self.plan is None:
                self.report.setPlainText(self.tr("Check cancelled; nothing was imported."))
            else:
                self.report.setPlainText(
                    words.plan_report(self.plan, str(self.path), i18n.current())
                )
        self._update_buttons()
        return self.plan

    def run_import(self) -> None:
        plan = self.plan or self.dry_run()
        if plan is None:
            return
        if plan.rejected:
            answer = QMessageBox.question(
                self,
                self.tr("Import"),
                self.tr("{n} rows are rejected (see the report). Import the other rows?").format(
                    n=len(plan.rejected)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        result = run_with_progress(
            self,
            self.tr("Importing…"),
            with_twin(
                self.cat,
                lambda twin, progress: importer.apply(
                    twin, plan, progress=progress, backup_folder=self.backup_folder
                ),
                read_only=False,
            ),
        )
        if result is None:
            self.report.appendPlainText(
                "\n" + self.tr("Import cancelled; the catalogue was left as it was.")
            )
            return
        self.report.appendPlainText("\n" + words.result_report(result))
        self.plan = None
        self.import_button.setEnabled(False)

    def save_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), "import-report.txt", self.tr("Text (*.txt)")
        )
        if path:
            Path(path).write_text(self.report.toPlainText() + "\n", encoding="utf-8")

    def merge_file(self, path: Path) -> None:
        from gui.dialogs.merge_dialog import MergeDialog

        try:
            # Off the GUI thread: the export's attached files are decoded and checked first.
            plan = run_with_progress(
                self,
                self.tr("Reading the file…"),
                with_twin(
                    self.cat,
                    lambda twin, _progress: merge.plan_merge(twin, merge.read_json(path)),
                    read_only=True,
                ),
            )
        except FileError as error:
            self._show_message(words.file_error(error))
            return
        if plan is None:
            return
        dialog = MergeDialog(plan, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._show_message(words.merge_report(plan, str(path)))
            return
        result = run_with_progress(
            self,
            self.tr("Merging…"),
            with_twin(
                self.cat,
                lambda twin, progress: merge.apply_merge(
                    twin, plan, progress=progress, backup_folder=self.backup_folder
                ),
                read_only=False,
            ),
        )
        self._show_message(words.merge_report(plan, str(path)))
        if result is None:
            self.report.appendPlainText(
                "\n" + self.tr("Merge cancelled; the catalogue was left as it was.")
            )
        else:
            self.report.appendPlainText("\n" + words.merge_result_report(result))
        self._update_buttons()
