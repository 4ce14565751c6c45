"""Print preview, printing through the system dialog and "Save as" PDF or Word, from the window.

Reading the data, wording it, laying it out, and writing the file or the print job run off the
GUI thread behind a progress dialog with Cancel (gui/background.py), on a connection of their
own, so a report of thousands of rows never freezes the window. Only the dialogs stay on the GUI
thread; the preview's pages are drawn beside it too, and the preview shows what they recorded.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from gui.background import run_with_progress, with_twin
from gui.i18n import translation
from gui.messages import tell
from gui.printing import pdf, render
from gui.printing.content import Printout
from store.catalogue import Catalogue
from store.progress import Cancelled, Progress


def _prepared(
    parent: QWidget | None,
    cat: Catalogue,
    document: render.Document,
    lang: str,
    org_name: str,
    today: dt.date | None,
) -> Printout | None:
    """The printout, its data read and worded on a worker thread; None when cancelled, or
    refused as too long after saying why."""
    render.ensure_fonts()  # registered on the GUI thread, used on the worker
    translation(lang)  # its QTranslator made here, only read there

    def work(twin: Catalogue, progress: Progress) -> Printout:
        printout = render.build(twin, document, lang, org_name, today)
        if not progress(0, 0):
            raise Cancelled  # heard while building: no file dialog, no preview
        return printout

    try:
        return run_with_progress(
            parent,
            QCoreApplication.translate("Printing", "Preparing the document…"),
            with_twin(cat, work),
        )
    except render.TooLongError as error:
        tell(parent, QCoreApplication.translate("Printing", "Print"), render.too_long_text(error))
        return None


def _printer(printout: Printout) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pdf.configure(printer, printout)
    return printer


def _paint_beside(parent: QWidget | None, printout: Printout, printer: QPrinter) -> int | None:
    """Lay out and draw `printout` on `printer` on a worker thread (Qt allows painting on a
    QPrinter there), behind a progress dialog; the pages, or None when cancelled.

    Both steps run on the same thread: a layout holds that thread's font engines, which go when
    it ends."""
    return run_with_progress(
        parent,
        QCoreApplication.translate("Printing", "Laying out the pages…"),
        lambda progress: pdf.paint(printout, printer, progress),
    )


def preview_dialog(parent: QWidget | None, printout: Printout) -> QPrintPreviewDialog:
    """The preview of a printout, not yet shown. The preview only records the pages drawn for it
    and shows them; laying them out and drawing them runs beside the window."""
    printer = _printer(printout)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.kept_printer = printer  # the dialog does not own it: keep it alive as long as the dialog
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print preview – {title}").format(
            title=printout.heading
        )
    )
    preview = dialog.findChild(QPrintPreviewWidget)

    def paint(printer: QPrinter) -> None:
        # Qt asks for the pages on the GUI thread and waits; while the worker draws them, the
        # preview must not paint the pages it is replacing (the printer deletes them).
        preview.setUpdatesEnabled(False)
        try:
            done = _paint_beside(dialog if dialog.isVisible() else parent, printout, printer)
        finally:
            preview.setUpdatesEnabled(True)
        if done is None:
            QTimer.singleShot(0, dialog.reject)  # cancelled: no preview

    dialog.paintRequested.connect(paint)
    dialog.resize(900, 1000)
    return dialog


def preview_document(
    parent: QWidget | None,
    cat: Catalogue,
    document: render.Document,
    lang: str,
    org_name: str = "",
    today: dt.date | None = None,
) -> None:
    """Show the print preview of `document` in `lang`; printing is one click from it."""
    printout = _prepared(parent, cat, document, lang, org_name, today)
    if printout is not None:
        preview_dialog(parent, printout).exec()


def print_document(
    parent: QWidget | None,
    cat: Catalogue,
    document: render.Document,
    lang: str,
    org_name: str = "",
    today: dt.date | None = None,
) -> bool:
    """Ask the system print dialog for a printer, then print; False when cancelled."""
    printout = _prepared(parent, cat, document, lang, org_name, today)
    if printout is None:
        return False
    printer = _printer(printout)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return _paint_beside(parent, printout, printer) is not None  # Cancel aborts the job


def suggested_name(printout: Printout, suffix: str) -> str:
    """A file name from the document's heading, safe on Windows: "Hội đồng vùng Île-de-France.pdf"."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", printout.heading)
    name = " ".join(name.split())[:80].rstrip(". ") or "partnerbook"
    return f"{name}.{suffix}"


def save_as(
    parent: QWidget | None,
    cat: Catalogue,
    document: render.Document,
    lang: str,
    org_name: str = "",
    file_format: str = "pdf",
    folder: str = "",
    today: dt.date | None = None,
) -> Path | None:
    """Ask where to save (`file_format` "pdf" or "docx"), write the file, say so if it fails.
    Returns the path written, None when cancelled or failed."""
    printout = _prepared(parent, cat, document, lang, org_name, today)
    if printout is None:
        return None
    if file_format == "docx":
        title = QCoreApplication.translate("Printing", "Save as Word")
        filter_text = QCoreApplication.translate("Printing", "Word documents (*.docx)")
    else:
        title = QCoreApplication.translate("Printing", "Save as PDF")
        filter_text = QCoreApplication.translate("Printing", "PDF files (*.pdf)")
    start = str(Path(folder) / suggested_name(printout, file_format)) if folder else ""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, start or suggested_name(printout, file_format), filter_text
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{file_format}":
        path = path.with_name(path.name + f".{file_format}")

    def write(progress: Progress) -> Path:
        if file_format == "docx":
            from gui.printing.docx import write_docx

            write_docx(printout, path, progress)
        else:
            pdf.write_pdf(printout, path, progress)
        return path

    try:
        return run_with_progress(parent, QCoreApplication.translate("Printing", "Saving…"), write)
    except OSError as error:
        tell(
            parent,
            title,
            QCoreApplication.translate("Printing", "Could not write {path}: {reason}").format(
                path=path, reason=error.strerror or error
            ),
        )
        return None
