"""The same printout as an editable Word file (.docx, python-docx): headings, tables, the timeline
picture, the organisation and title in the page header, the date printed and page numbers in the
footer.

Word files are finished on the staff's own PCs, so they name fonts every Windows has (Arial for
Latin and Vietnamese, Malgun Gothic for Korean) rather than embedding the bundled ones.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from gui.printing import render
from gui.printing.content import Cell, Facts, Paragraph, Picture, Printout, Table
from store.catalogue import Catalogue
from store.progress import Cancelled, Progress
from store.whole_files import whole_file

FONT = "Arial"
EAST_ASIAN_FONT = "Malgun Gothic"
MARGIN_MM = 15
TONE_COLOURS = {
    "good": RGBColor(0x1B, 0x5E, 0x20),
    "warn": RGBColor(0xB3, 0x47, 0x00),
    "bad": RGBColor(0xB7, 0x1C, 0x1C),
    "muted": RGBColor(0x66, 0x66, 0x66),
}
GREY = RGBColor(0x55, 0x55, 0x55)
HEADING_COLOUR = RGBColor(0x1A, 0x4F, 0x8B)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _fonts(style_font, size: float | None = None) -> None:  # type: ignore[no-untyped-def]
    style_font.name = FONT
    if size:
        style_font.size = Pt(size)
    rpr = style_font.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), FONT)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def _field(paragraph, code: str) -> None:  # type: ignore[no-untyped-def]
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the pages."""
    run = paragraph.add_run()
    begin, instruction, separate, text, end = (
        OxmlElement("w:fldChar"),
        OxmlElement("w:instrText"),
        OxmlElement("w:fldChar"),
        OxmlElement("w:t"),
        OxmlElement("w:fldChar"),
    )
    begin.set(qn("w:fldCharType"), "begin")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    separate.set(qn("w:fldCharType"), "separate")
    text.text = "1"
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instruction, separate, text, end):
        run._r.append(element)


def _row_flags(row, header: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Rows never split across pages; header rows repeat on each page."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def _shade(cell, colour: str) -> None:  # type: ignore[no-untyped-def]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _write(cell, value: str | Cell, bold: bool = False, colour: RGBColor | None = None) -> None:  # type: ignore[no-untyped-def]
    text = value.text if isinstance(value, Cell) else value
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)  # "\n" becomes a line break
    run.bold = bold or (isinstance(value, Cell) and value.bold)
    tone = value.tone if isinstance(value, Cell) else ""
    if tone in TONE_COLOURS:
        run.font.color.rgb = TONE_COLOURS[tone]
        run.bold = run.bold or tone in ("warn", "bad")
    elif colour is not None:
        run.font.color.rgb = colour


def _widths(table, widths_mm: list[float]) -> None:  # type: ignore[no-untyped-def]
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def _facts(doc, block: Facts, text_mm: float, row_done: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    per_row = block.columns
    key = {1: 0.22, 2: 0.17, 3: 0.20}.get(per_row, 0.1) * text_mm
    value = text_mm / per_row - key
    rows = [block.rows[i : i + per_row] for i in range(0, len(block.rows), per_row)]
    table = doc.add_table(rows=len(rows), cols=2 * per_row)
    # Row by row, each row's cells once: python-docx's table.cell() and table.rows[i] go through
    # the whole table each time, which made a table of thousands of rows take minutes.
    for chunk, row in zip(rows, table.rows, strict=True):
        _row_flags(row)
        cells = row.cells
        for c, (k, v) in enumerate(chunk):
            _write(cells[2 * c], k, colour=GREY)
            _write(cells[2 * c + 1], v)
        row_done()
    _widths(table, [key, value] * per_row)


def _table(doc, block: Table, text_mm: float, row_done: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    table = doc.add_table(
        rows=len(block.rows) + 1 + (1 if block.total else 0), cols=len(block.columns)
    )
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = list(table.rows)
    header = rows[0]
    _row_flags(header, header=True)
    for c, title in enumerate(block.columns):
        _write(header.cells[c], title, bold=True)
        _shade(header.cells[c], "E8EEF5")
    for values, row in zip(block.rows, rows[1:], strict=False):
        _row_flags(row)
        cells = row.cells
        for c, value in enumerate(values):
            _write(cells[c], value)
        row_done()
    if block.total:
        _row_flags(rows[-1])
        cells = rows[-1].cells
        for c, value in enumerate(block.total):
            _write(cells[c], value, bold=True)
    if block.numeric:
        for row in rows:
            cells = row.cells
            for c in block.numeric:
                cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _widths(table, [text_mm * w / 100 for w in block.widths])


def to_docx(printout: Printout, progress: Progress | None = None) -> bytes:
    """The printout as the bytes of a .docx file; `progress(lines, lines in all)` is told as it
    goes, and False stops with Cancelled."""
    doc = new_docx()
    section = doc.sections[0]
    width, height = Mm(210), Mm(297)
    if printout.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    section.header_distance = section.footer_distance = Mm(8)
    text_mm = (297 if printout.landscape else 210) - 2 * MARGIN_MM

    _fonts(doc.styles["Normal"].font, 9.5)
    for name, size in (("Title", 16), ("Heading 1", 14), ("Heading 2", 11), ("Heading 3", 10)):
        _fonts(doc.styles[name].font, size)
        doc.styles[name].font.color.rgb = HEADING_COLOUR if name != "Title" else None
    doc.styles["Normal"].paragraph_format.space_after = Pt(2)
    doc.core_properties.title = f"{printout.title} – {printout.heading}"
    doc.core_properties.author = printout.org_name or "Partnerbook"
    doc.core_properties.language = printout.lang

    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(Mm(text_mm), WD_TAB_ALIGNMENT.RIGHT)
    org = header.add_run(printout.org_name)
    org.bold = True
    header.add_run("\t" + printout.title).font.color.rgb = GREY
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(Mm(text_mm), WD_TAB_ALIGNMENT.RIGHT)
    footer.add_run(printout.printed_text() + "\t")
    # "Page {page} of {pages}" with Word's own page fields where the numbers go.
    pattern = printout.page_text(-1, -2)
    before, _, rest = pattern.partition("-1")
    middle, _, after = rest.partition("-2")
    footer.add_run(before)
    _field(footer, "PAGE")
    footer.add_run(middle)
    _field(footer, "NUMPAGES")
    footer.add_run(after)
    for run in footer.runs:
        run.font.color.rgb = GREY
        run.font.size = Pt(8)

    doc.add_heading(printout.heading, level=1)
    for line in printout.subtitle:
        doc.add_paragraph().add_run(line).font.color.rgb = GREY
    done, total = 0, printout.lines()

    def row_done() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, total):
            raise Cancelled

    for part in printout.sections:
        row_done()
        if part.heading:
            doc.add_heading(part.heading, level=part.level)
        for block in part.blocks:
            if isinstance(block, Facts):
                _facts(doc, block, text_mm, row_done)
            elif isinstance(block, Table):
                _table(doc, block, text_mm, row_done)
            elif isinstance(block, Picture):
                doc.add_picture(io.BytesIO(png_bytes(block.image)), width=Mm(block.width_mm))
                doc.paragraphs[-1].runs[0]._r.xpath(".//wp:docPr")[0].set("descr", block.alt)
            elif isinstance(block, Paragraph):
                run = doc.add_paragraph().add_run(block.text)
                if block.style == "muted":
                    run.italic = True
                    run.font.color.rgb = GREY
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def write_docx(printout: Printout, path: Path | str, progress: Progress | None = None) -> None:
    """The printout as a Word file, which appears only once complete (store/whole_files.py)."""
    with whole_file(Path(path)) as partial:
        partial.write_bytes(to_docx(printout, progress))


def save_docx(
    cat: Catalogue,
    document: render.Document,
    path: Path | str,
    lang: str,
    org_name: str = "",
    today: dt.date | None = None,
) -> None:
    """Write `document` as an editable Word file in `lang` ('vi' or 'en')."""
    write_docx(render.build(cat, document, lang, org_name, today), path)
