"""From what to print to a laid-out text document: report data + labels in the language chosen for
that print → Jinja template (autoescaped) → QTextDocument that loads nothing from disk or network.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt, QThread, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPaintDevice,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from gui.fonts import FAMILIES, install_fonts
from gui.i18n import translation
from gui.labels import label
from gui.printing import content
from gui.printing.timeline import draw_timeline
from store import reports
from store.catalogue import Catalogue
from store.paths import resource
from store.status import DEFAULT_WINDOW_MONTHS

DOCUMENT_KINDS = ("partner", "agreement", "event", "report")
REPORTS = reports.REPORTS
BODY_POINT_SIZE = 9.5
IMAGE_SCHEME = "partnerbook-print"


@dataclass
class Document:
    """What to print: one record (`kind` + `id`) or a report (`kind="report"`, `report`, filters).

    `record_kind` filters the expiring report by agreement kind and the directory by partner kind;
    `field_code` filters both by field of cooperation. `all_events` lists every past event of a
    partner instead of the latest few.
    """

    kind: str
    id: int | None = None
    report: str | None = None
    months: int = DEFAULT_WINDOW_MONTHS
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    record_kind: str | None = None
    field_code: str | None = None
    all_events: bool = False

    def __post_init__(self) -> None:
        if self.kind not in DOCUMENT_KINDS:
            raise ValueError(f"unknown document kind {self.kind!r}")
        if self.kind == "report" and self.report not in REPORTS:
            raise ValueError(f"unknown report {self.report!r}")
        if self.kind != "report" and self.id is None:
            raise ValueError("a record document needs an id")


def ensure_fonts() -> list[str]:
    """The bundled fonts registered with Qt (gui.fonts does it once)."""
    return install_fonts()


def print_font(point_size: float = BODY_POINT_SIZE) -> QFont:
    """The Vietnamese-complete family first, Korean second, at an explicit size."""
    ensure_fonts()
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(point_size)
    # No ligatures: a PDF's "fi" glyph comes back from copy and paste (and pdftotext) as
    # nothing, so "Profile" would be found as "Pro le".
    font.setFeature(QFont.Tag("liga"), 0)
    return font


# -- building a printout --------------------------------------------------------------------------
def _period(document: Document, today: dt.date) -> tuple[dt.date, dt.date]:
    start = document.date_from or dt.date(today.year, 1, 1)
    end = document.date_to or dt.date(today.year, 12, 31)
    return start, end


# Qt lays a document out in 1/64 device pixels held in 32 bits: at printer resolution a body
# past about 1,800 A4 pages overflows and crashes (seen with a directory of 20,000 partners).
# Well below that (rows of several lines included), a document is refused.
MAX_LINES = 6_000


class TooLongError(Exception):
    """The document would have more than MAX_LINES lines; a narrower report is needed."""

    def __init__(self, lines: int) -> None:
        super().__init__(f"{lines} lines (at most {MAX_LINES})")
        self.lines = lines


def too_long_text(error: TooLongError) -> str:
    return QCoreApplication.translate(
        "Printing",
        "This document would be too long to print at once (about {lines} lines; at most "
        "{limit}). Narrow it with a period, a country or a kind, and print it in parts.",
    ).format(lines=error.lines, limit=MAX_LINES)


def build(
    cat: Catalogue,
    document: Document,
    lang: str,
    org_name: str = "",
    today: dt.date | None = None,
) -> content.Printout:
    """The printout of `document` worded in `lang` ('vi' or 'en'); TooLongError past MAX_LINES."""
    today = today or dt.date.today()
    ensure_fonts()
    printout = content.compact(_build(cat, document, lang, org_name, today))
    if printout.lines() > MAX_LINES:
        raise TooLongError(printout.lines())
    return printout


def _build(
    cat: Catalogue, document: Document, lang: str, org_name: str, today: dt.date
) -> content.Printout:
    if document.kind == "partner":
        assert document.id is not None
        profile = reports.partner_profile(
            cat, document.id, today, None if document.all_events else reports.RECENT_EVENTS
        )
        image = draw_timeline(profile.timeline, lang) if profile.timeline else None
        return content.partner_profile(profile, lang, org_name, image)
    if document.kind == "agreement":
        assert document.id is not None
        return content.agreement_sheet(
            reports.agreement_sheet(cat, document.id, today), lang, org_name
        )
    if document.kind == "event":
        assert document.id is not None
        return content.event_brief(reports.event_brief(cat, document.id, today), lang, org_name)
    extra = _extra_filters(cat, document, lang)
    if document.report == "expiring":
        data = reports.expiring(
            cat,
            document.months,
            document.country,
            document.record_kind,
            document.field_code,
            today,
        )
        return content.expiring_report(data, lang, org_name, extra)
    if document.report == "delegations":
        start, end = _period(document, today)
        data_d = reports.delegations(cat, start, end, document.country)
        return content.delegation_report(data_d, lang, org_name, today)
    if document.report == "directory":
        data_p = reports.directory(
            cat, document.country, document.record_kind, document.field_code, today
        )
        return content.directory_report(data_p, lang, org_name, today, extra)
    return content.catalogue_report(reports.catalogue(cat, today), lang, org_name)


def _extra_filters(cat: Catalogue, document: Document, lang: str) -> str:
    words = translation(lang)
    parts = []
    if document.record_kind:
        group = "agreement_kind" if document.report == "expiring" else "partner_kind"
        parts.append(
            words.translate("Printing", "Type: {kind}").format(
                kind=label(group, document.record_kind, words)
            )
        )
    if document.field_code:
        found = {f.code: f for f in reports.fields(cat)}.get(document.field_code)
        name = content.pick(found.label_vi, found.label_en, lang) if found else document.field_code
        parts.append(words.translate("Printing", "Field: {field}").format(field=name))
    return " · ".join(parts)


# -- HTML -----------------------------------------------------------------------------------------
def _lines(value: object) -> Markup:
    """User text escaped, its line breaks kept."""
    return Markup("<br>").join(escape(line) for line in str(value).split("\n"))


@cache
def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(resource("templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lines"] = _lines
    return env


def px_per_mm() -> float:
    """HTML lengths are in pixels of the screen's logical DPI (what QTextDocument assumes)."""
    app = QCoreApplication.instance()
    screen = QGuiApplication.primaryScreen() if isinstance(app, QGuiApplication) else None
    dpi = screen.logicalDotsPerInchX() if screen else 96.0
    return dpi / 25.4


def image_url(name: str) -> str:
    return f"{IMAGE_SCHEME}:{name}"


def to_html(printout: content.Printout) -> str:
    scale = px_per_mm()
    return (
        templates()
        .get_template(printout.template)
        .render(
            printout=printout,
            image_url=image_url,
            mm=lambda value: round(value * scale),
            cell_text=lambda cell: cell.text if isinstance(cell, content.Cell) else cell,
            cell_tone=lambda cell: cell.tone if isinstance(cell, content.Cell) else "",
            cell_bold=lambda cell: isinstance(cell, content.Cell) and cell.bold,
        )
    )


def _heading_sizes_from_stylesheet(doc: QTextDocument) -> None:
    """Qt enlarges <h1>–<h6> on top of a CSS font-size; keep exactly the size the CSS says."""
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                char_format = fragment.charFormat()
                char_format.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(char_format)
                it += 1
        block = block.next()


class PrintTextDocument(QTextDocument):
    """A text document that fetches nothing: only the images added by the printout exist."""

    def loadResource(self, kind: int, url: QUrl) -> object:
        return None


def text_document(
    printout: content.Printout, device: QPaintDevice | None = None, text_width: float = 0
) -> PrintTextDocument:
    """The printout laid out for `device` (a printer), `text_width` device pixels wide."""
    doc = PrintTextDocument()
    doc.setLayoutEnabled(False)  # laid out once, complete and at its width
    doc.setBaseUrl(QUrl(f"{IMAGE_SCHEME}:/"))
    doc.setDefaultFont(print_font())
    doc.setDocumentMargin(0)
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    for picture in printout.pictures():
        doc.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(image_url(picture.name)), picture.image
        )
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one step that _lay_out can take back and replay
    cursor.insertHtml(to_html(printout))
    _heading_sizes_from_stylesheet(doc)
    cursor.endEditBlock()
    if text_width:
        doc.setTextWidth(text_width)
    _lay_out(doc)
    return doc


def _lay_out(doc: QTextDocument) -> None:
    """Lay out `doc` (the slow part of printing a long document) without holding Python's lock.

    PySide holds the lock through every QTextDocument call, and the window's own Python code
    (list models, the progress dialog) needs it: a worker laying out a table of thousands of rows
    through a Python call froze the window for seconds all the same. So the content is taken out
    (undo, cheap while layout is off) and Qt itself puts it back and lays it out (the redo slot,
    called from this thread's event queue, where PySide has let go of the lock).
    """
    doc.undo()
    doc.setLayoutEnabled(True)
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() is not app.thread():
        QMetaObject.invokeMethod(doc, "redo", Qt.ConnectionType.QueuedConnection)
        QCoreApplication.processEvents()  # this thread's events only: the redo
    if doc.isRedoAvailable():  # on the GUI thread (the command line) nothing waits for the lock
        doc.redo()
    doc.clearUndoRedoStacks()
