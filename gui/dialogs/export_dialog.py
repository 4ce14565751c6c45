"""Export to a file chosen by the user: a list (the rows shown, or a whole kind) to XLSX or CSV
with the headers import reads in the UI language, or the whole catalogue to JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from gui import exchange_text as words
from gui import i18n
from gui.background import run_with_progress, with_twin
from gui.i18n import translate
from gui.messages import error_text, tell
from store.catalogue import Catalogue
from store.exchange import export
from store.progress import Progress
from store.whole_files import whole_file


def export_to_file(
    parent: QWidget, cat: Catalogue, kind: str, ids: list[int] | None = None
) -> Path | None:
    """Ask for a file and write it; `ids` are the rows shown (None: every record of `kind`)."""
    title = translate("Export", "Export")
    filters = [
        translate("Export", "Excel workbook (*.xlsx)"),
        translate("Export", "CSV for Excel (*.csv)"),
    ]
    if ids is None:
        filters.append(translate("Export", "Whole catalogue for archiving or merging (*.json)"))
    name = f"{words.kind_label(kind)}.xlsx"
    chosen, chosen_filter = QFileDialog.getSaveFileName(parent, title, name, ";;".join(filters))
    if not chosen:
        return None
    path = Path(chosen)
    wanted = chosen_filter[chosen_filter.rfind("*.") + 1 : -1] if chosen_filter else ".xlsx"
    if path.suffix.lower() not in (".xlsx", ".csv", ".json"):
        path = path.with_suffix(wanted)
    lang, vocabulary = i18n.current(), words.vocabulary()

    def write(twin: Catalogue, progress: Progress) -> Path:
        with whole_file(path) as partial:  # a cancelled or failed export leaves no half file
            if path.suffix.lower() == ".json":
                export.write_json(partial, twin, progress)
            else:
                headers, rows = export.table_rows(twin, kind, ids, lang, vocabulary, progress)
                if path.suffix.lower() == ".csv":
                    export.write_csv(partial, headers, rows)
                else:
                    export.write_xlsx(partial, headers, rows, sheet=words.kind_label(kind))
        return path

    try:
        return run_with_progress(parent, translate("Export", "Exporting…"), with_twin(cat, write))
    except OSError as error:
        tell(
            parent,
            title,
            translate("Export", "The file could not be written: {error}").format(
                error=error_text(error)
            ),
        )
        return None
