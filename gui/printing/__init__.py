"""Printable summaries: partner profile, agreement sheet, event brief and reports, to the print
preview, a printer, PDF and Word. See docs/printing.md.

    from gui.printing import Document, preview_document, print_document, save_pdf, save_docx

    preview_document(window, cat, Document("partner", id=12), "vi", org_name)
    save_pdf(cat, Document("report", report="delegations", date_from=..., date_to=...),
             "log.pdf", "en", org_name)

python-docx is imported only when a Word file is written.
"""

from __future__ import annotations

from typing import Any

from gui.printing.pdf import save_pdf
from gui.printing.preview import preview_document, print_document
from gui.printing.render import REPORTS, Document, TooLongError, ensure_fonts, too_long_text

__all__ = [
    "REPORTS",
    "Document",
    "TooLongError",
    "ensure_fonts",
    "preview_document",
    "print_document",
    "save_docx",
    "save_pdf",
    "too_long_text",
]


def __getattr__(name: str) -> Any:
    if name == "save_docx":
        from gui.printing.docx import save_docx

        return save_docx
    raise AttributeError(name)
