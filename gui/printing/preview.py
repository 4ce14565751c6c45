"""Print preview (zoom, page through) and printing through the system dialog; both draw with the
same `pdf.paint()` as the PDF file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from gui.messages import tell
from gui.printing import pdf, render
from gui.printing.content import Printout
from store.catalogue import Catalogue


def _printer(printout: Printout) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pdf.configure(printer, printout)
    return printer


def preview_dialog(parent: QWidget | None, printout: Printout) -> QPrintPreviewDialog:
    """The preview of a printout, not yet shown (tests and callers that want to add to it)."""
    printer = _printer(printout)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.kept_printer = printer  # the dialog does not own it: keep it alive as long as the dialog
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print preview – {title}").format(
            title=printout.heading
        )
    )
    dialog.paintRequested.connect(lambda printer: pdf.paint(printout, printer))
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
    printout = _built(parent, cat, document, lang, org_name, today)
    if printout is not None:
        preview_dialog(parent, printout).exec()


def _built(
    parent: QWidget | None,
    cat: Catalogue,
    document: render.Document,
    lang: str,
    org_name: str,
    today: dt.date | None,
) -> Printout | None:
    """The printout, or None after saying why it is too long to print."""
    try:
        return render.build(cat, document, lang, org_name, today)
    except render.TooLongError as error:
        tell(parent, QCoreApplication.translate("Printing", "Print"), render.too_long_text(error))
        return None


def print_document(
    parent: QWidget | None,
    cat: Catalogue,
    document: render.Document,
    lang: str,
    org_name: str = "",
    today: dt.date | None = None,
) -> bool:
    """Ask the system print dialog for a printer, then print; False when cancelled."""
    printout = _built(parent, cat, document, lang, org_name, today)
    if printout is None:
        return False
    printer = _printer(printout)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    pdf.paint(printout, printer)
    return True


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
    printout = _built(parent, cat, document, lang, org_name, today)
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
    try:
        if file_format == "docx":
            from gui.printing.docx import write_docx

            write_docx(printout, path)
        else:
            pdf.write_pdf(printout, path)
    except OSError as error:
        tell(
            parent,
            title,
            QCoreApplication.translate("Printing", "Could not write {path}: {reason}").format(
                path=path, reason=error.strerror or error
            ),
        )
        return None
    return path
