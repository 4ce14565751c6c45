"""Export to a file chosen by the user: a list (the rows shown, or a whole kind) to XLSX or CSV
with the headers import reads in the UI language, or the whole catalogue to JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui import exchange_text as words
from gui import i18n
from store.catalogue import Catalogue
from store.exchange import export


def export_to_file(
    parent: QWidget, cat: Catalogue, kind: str, ids: list[int] | None = None
) -> Path | None:
    """Ask for a file and write it; `ids` are the rows shown (None: every record of `kind`)."""
    title = parent.tr("Export")
    filters = [parent.tr("Excel workbook (*.xlsx)"), parent.tr("CSV for Excel (*.csv)")]
    if ids is None:
        filters.append(parent.tr("Whole catalogue for archiving or merging (*.json)"))
    name = f"{words.kind_label(kind)}.xlsx"
    chosen, chosen_filter = QFileDialog.getSaveFileName(parent, title, name, ";;".join(filters))
    if not chosen:
        return None
    path = Path(chosen)
    wanted = chosen_filter[chosen_filter.rfind("*.") + 1 : -1] if chosen_filter else ".xlsx"
    if path.suffix.lower() not in (".xlsx", ".csv", ".json"):
        path = path.with_suffix(wanted)
    lang = i18n.current()
    try:
        if path.suffix.lower() == ".json":
            export.write_json(path, cat)
        else:
            headers, rows = export.table_rows(cat, kind, ids, lang, words.vocabulary())
            if path.suffix.lower() == ".csv":
                export.write_csv(path, headers, rows)
            else:
                export.write_xlsx(path, headers, rows, sheet=words.kind_label(kind))
    except OSError as error:
        QMessageBox.warning(
            parent,
            title,
            parent.tr("The file could not be written: {error}").format(
                error=error.strerror or error
            ),
        )
        return None
    return path
