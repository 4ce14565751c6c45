"""Pages: the printout laid out once, cut into A4 pages between lines and between table rows
(never through a row), each page drawn with its header (organisation, title), footer (date
printed, "Page 1 of 2") and, when a table goes on, the table's header row again.

The same `lay_out()` and `draw()` serve the PDF file, the print preview and the printer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from gui.printing import render
from gui.printing.content import Printout
from store.catalogue import Catalogue
from store.progress import Cancelled, Progress
from store.whole_files import whole_file

MARGINS_MM = QMarginsF(15, 10, 15, 9)  # left, top, right, bottom
HEADER_MM = 12.0
FOOTER_MM = 7.5


@dataclass(frozen=True)
class TableSpan:
    """A table's extent and its header row(s), in document coordinates."""

    top: float
    header_bottom: float
    bottom: float


@dataclass(frozen=True)
class Page:
    start: float
    end: float
    repeat: TableSpan | None = None  # a table continued from the previous page


@dataclass
class Layout:
    breaks: list[float]  # where a page may end, ascending
    tables: list[TableSpan]
    end: float  # the bottom of the last line


def _cell_extent(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = doc.documentLayout()
    top, bottom = float("inf"), float("-inf")
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = cell.firstCursorPosition().block()
        while block.isValid() and block.position() <= cell.lastPosition():
            rect = layout.blockBoundingRect(block)
            top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
            block = block.next()
    return top, bottom


def analyse(doc: QTextDocument, keep_together: float = 0) -> Layout:
    """Where pages may break: between the lines of a paragraph and between table rows, but not
    right after a heading, nor between a table's header row and its first row. A table without
    a header row (labelled facts) shorter than `keep_together` stays whole."""
    layout = doc.documentLayout()
    breaks: list[float] = []
    tables: list[TableSpan] = []
    end = 0.0
    after_heading = False
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            rect = layout.frameBoundingRect(frame)
            if not after_heading:
                breaks.append(rect.top())
            extents = [_cell_extent(doc, frame, r) for r in range(frame.rows())]
            header_rows = frame.format().headerRowCount()
            boundaries = [rect.top()]
            for r in range(1, frame.rows()):
                boundary = (extents[r - 1][1] + extents[r][0]) / 2
                boundaries.append(boundary)
                if r > header_rows and (header_rows or rect.height() > keep_together):
                    breaks.append(boundary)
            header_bottom = (
                boundaries[header_rows] if 0 < header_rows < frame.rows() else rect.top()
            )
            tables.append(TableSpan(rect.top(), header_bottom, rect.bottom()))
            end = max(end, rect.bottom())
            after_heading = False
        elif frame is not None:  # any other frame stays whole
            rect = layout.frameBoundingRect(frame)
            if not after_heading:
                breaks.append(rect.top())
            end = max(end, rect.bottom())
            after_heading = False
        else:
            block = it.currentBlock()
            rect = layout.blockBoundingRect(block)
            lines = block.layout()
            for i in range(lines.lineCount()):
                if i or not after_heading:
                    breaks.append(rect.top() + lines.lineAt(i).y())
            if lines.lineCount() and block.text().strip():
                end = max(end, rect.bottom())
            if block.text().strip() or lines.lineCount() > 1:
                after_heading = block.blockFormat().headingLevel() > 0
        it += 1
    return Layout(sorted(set(breaks)), tables, end)


def paginate(layout: Layout, page_height: float) -> list[Page]:
    """Fill each page up to its last allowed break; a piece taller than a page is cut."""
    pages: list[Page] = []
    top = 0.0
    while top < layout.end - 0.5 or not pages:
        repeat = next(
            (t for t in layout.tables if t.top < t.header_bottom <= top < t.bottom - 0.5),
            None,
        )
        room = page_height - ((repeat.header_bottom - repeat.top) if repeat else 0)
        limit = top + room
        if limit >= layout.end:
            end = layout.end
        else:
            fits = [b for b in layout.breaks if top < b <= limit]
            end = fits[-1] if fits and fits[-1] > top + room * 0.05 else limit
        pages.append(Page(top, end, repeat))
        top = end
    return pages


def configure(device: QPrinter | QPdfWriter, printout: Printout) -> None:
    """A4, portrait or landscape as the document wants, our margins, the PDF's title."""
    orientation = (
        QPageLayout.Orientation.Landscape
        if printout.landscape
        else QPageLayout.Orientation.Portrait
    )
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter
        )
    )
    title = f"{printout.title} – {printout.heading}"
    if isinstance(device, QPdfWriter):
        device.setTitle(title)
    else:
        device.setDocName(title)
    device.setCreator("Partnerbook")


def _slice(painter: QPainter, doc: QTextDocument, start: float, end: float, y: float) -> None:
    if end - start < 2:  # an invalid clip rectangle would draw the whole document
        return
    painter.save()
    painter.translate(0, y - start)
    # Half a device pixel in from each end: a line that starts exactly at the cut is left to
    # the next page and not drawn (invisibly clipped) here too.
    doc.drawContents(painter, QRectF(0, start + 0.5, doc.textWidth(), end - start - 1))
    painter.restore()


def _furniture(
    painter: QPainter,
    printout: Printout,
    width: float,
    height: float,
    dpmm: float,
    page: int,
    pages: int,
) -> None:
    painter.save()
    grey = QColor("#555555")
    font = render.print_font(8)
    bold = render.print_font(8.5)
    bold.setBold(True)
    fm, fm_bold = QFontMetricsF(font, painter.device()), QFontMetricsF(bold, painter.device())
    title = printout.title
    title_w = fm.horizontalAdvance(title) + 2
    org = fm_bold.elidedText(
        printout.org_name, Qt.TextElideMode.ElideRight, width - title_w - 6 * dpmm
    )
    baseline = 5.5 * dpmm
    painter.setFont(bold)
    painter.setPen(QColor("#1a1a1a"))
    painter.drawText(QPointF(0, baseline), org)
    painter.setFont(font)
    painter.setPen(grey)
    painter.drawText(QPointF(width - fm.horizontalAdvance(title), baseline), title)
    painter.setPen(QPen(QColor("#1a4f8b"), 0.35 * dpmm))
    painter.drawLine(QPointF(0, 7.5 * dpmm), QPointF(width, 7.5 * dpmm))
    footer_top = height - FOOTER_MM * dpmm + 2 * dpmm
    painter.setPen(QPen(QColor("#bbbbbb"), 0.2 * dpmm))
    painter.drawLine(QPointF(0, footer_top), QPointF(width, footer_top))
    painter.setPen(grey)
    text_y = footer_top + 1.2 * dpmm + fm.ascent()
    painter.drawText(QPointF(0, text_y), printout.printed_text())
    number = printout.page_text(page, pages)
    painter.drawText(QPointF(width - fm.horizontalAdvance(number), text_y), number)
    painter.restore()


def _area(device: QPrinter | QPdfWriter) -> QRect:
    return device.pageLayout().paintRectPixels(device.resolution())


@dataclass
class LaidOut:
    """A printout laid out for one resolution and page area: its text document and its pages.

    Drawn on the thread that laid it out: its text holds that thread's font engines."""

    printout: Printout
    doc: QTextDocument
    pages: list[Page]
    resolution: int
    area: QRect


def _body_height(resolution: int, area: QRect) -> float:
    """The page area less the page header and footer, in pixels."""
    return area.height() - (HEADER_MM + FOOTER_MM) * resolution / 25.4


def lay_out(printout: Printout, device: QPrinter | QPdfWriter) -> LaidOut:
    """`printout` laid out for `device` (already configured) and cut into pages."""
    resolution, area = device.resolution(), _area(device)
    body_height = _body_height(resolution, area)
    doc = render.text_document(printout, device, float(area.width()))
    pages = paginate(analyse(doc, body_height / 3), body_height)
    return LaidOut(printout, doc, pages, resolution, area)


def draw(laid: LaidOut, device: QPrinter | QPdfWriter, progress: Progress | None = None) -> int:
    """Draw the pages of `laid` on `device`, for which it was laid out; the number of pages.

    `progress(page, pages)` is told before each page; False stops with Cancelled (a printer's
    job is aborted)."""
    printout, doc, pages = laid.printout, laid.doc, laid.pages
    width, height = float(laid.area.width()), float(laid.area.height())
    dpmm = laid.resolution / 25.4
    body_top = HEADER_MM * dpmm
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(device.outputFileName() if isinstance(device, QPrinter) else "PDF")
    try:
        for number, page in enumerate(pages, 1):
            if progress is not None and not progress(number - 1, len(pages)):
                if isinstance(device, QPrinter):
                    device.abort()
                raise Cancelled
            if number > 1:
                device.newPage()
            _furniture(painter, printout, width, height, dpmm, number, len(pages))
            y = body_top
            if page.repeat:
                t = page.repeat
                _slice(painter, doc, t.top, t.header_bottom, y)
                y += t.header_bottom - t.top
            _slice(painter, doc, page.start, page.end, y)
    finally:
        painter.end()
    return len(pages)


def paint(
    printout: Printout, device: QPrinter | QPdfWriter, progress: Progress | None = None
) -> int:
    """Lay out and draw every page of `printout` on `device` (already configured)."""
    if progress is not None and not progress(0, 0):
        raise Cancelled
    return draw(lay_out(printout, device), device, progress)


def _write(printout: Printout, path: Path, progress: Progress | None) -> int:
    writer = QPdfWriter(str(path))  # deleted on return, which closes the file
    configure(writer, printout)
    return paint(printout, writer, progress)


def write_pdf(printout: Printout, path: Path | str, progress: Progress | None = None) -> int:
    """The printout as a PDF file (fonts embedded); the number of pages. The file appears only
    once complete (store/whole_files.py); Cancelled from `progress` leaves none."""
    with whole_file(Path(path)) as partial:
        return _write(printout, partial, progress)


def save_pdf(
    cat: Catalogue,
    document: render.Document,
    path: Path | str,
    lang: str,
    org_name: str = "",
    today: dt.date | None = None,
) -> int:
    """Write `document` as a PDF in `lang` ('vi' or 'en'); returns the number of pages."""
    return write_pdf(render.build(cat, document, lang, org_name, today), path)
