"""Reading a spreadsheet file (CSV or XLSX) into rows of cells, refusing hostile files quickly.

XLSX is read by openpyxl in read-only mode, each sheet parsed once; with defusedxml installed openpyxl parses every XML
part through it, so entity expansion ("billion laughs") and external entities are refused. Before
openpyxl sees the file, the zip directory is checked (sizes and compression ratios are declared
there, so a zip bomb is refused without inflating a byte), then the sheet's declared dimension,
then rows and cells are counted while reading.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.progress import Cancelled, Progress

# Limits well above any office list (the largest seen are a few thousand rows).
MAX_FILE_BYTES = 50_000_000
# A JSON export holds its attachments as base64 and is read whole: it needs about four times
# its size in memory, so larger catalogues move as the catalogue file itself (or a backup).
MAX_JSON_BYTES = 300_000_000
MAX_UNCOMPRESSED_BYTES = 300_000_000
MAX_RATIO = 200  # an XML sheet compresses about 10:1; bombs compress 1000:1 and more
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELLS = 2_000_000

Cell = str | int | float | bool | dt.datetime | dt.date | dt.time | None


class FileError(Exception):
    """A file that cannot be read. `code` says why; the GUI and CLI word it."""

    MISSING = "missing"
    FORMAT = "format"  # not .csv / .xlsx / .json
    UNREADABLE = "unreadable"  # damaged or not what its extension says
    TOO_LARGE = "too_large"  # over MAX_FILE_BYTES, MAX_ROWS, MAX_COLUMNS or MAX_CELLS
    ZIP_BOMB = "zip_bomb"
    UNSAFE_XML = "unsafe_xml"
    NO_SHEET = "no_sheet"
    JSON_TOO_LARGE = "json_too_large"  # a Partnerbook export over MAX_JSON_BYTES
    ATTACHMENT_DATA = "attachment_data"  # an attachment in a JSON export is not valid base64
    ATTACHMENT_CHECKSUM = "attachment_checksum"  # … or its bytes do not match its sha256

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}".strip(": "))
        self.code = code
        self.detail = detail


@dataclass
class Table:
    """The cells of one sheet, row by row (line numbers are index + 1), and the file's sheets."""

    rows: list[list[Cell]]
    sheets: list[str] = field(default_factory=list)
    sheet: str = ""


def read(path: Path, sheet: str | None = None, progress: Progress | None = None) -> Table:
    """The rows of a CSV file, or of the first (or the named) sheet of an XLSX file.

    `progress(rows read, rows declared)` is told as an XLSX sheet is read (reading a CSV file
    is quick); when it returns False, Cancelled is raised.
    """
    path = Path(path)
    if not path.is_file():
        raise FileError(FileError.MISSING, str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise FileError(FileError.TOO_LARGE, str(path))
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        try:
            data = path.read_bytes()
        except OSError as error:  # no permission, a file locked by Excel on Windows
            raise FileError(FileError.UNREADABLE, str(error)) from None
        return Table(read_csv_bytes(data))
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet, progress)
    raise FileError(FileError.FORMAT, suffix)


# -- CSV --------------------------------------------------------------------------------------------
def decode(data: bytes) -> str:
    """Text of a CSV as Excel writes it: UTF-8 (BOM or not), UTF-16 (BOM), else Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    head = data[:2000]
    if head and head.count(b"\x00") > len(head) // 4:  # UTF-16 without a BOM
        return data.decode("utf-16-be" if head[0] == 0 else "utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Vietnamese Windows' "ANSI" code page; tone marks arrive as combining marks and are
        # composed (NFC) when each cell is cleaned.
        return data.decode("cp1258", errors="replace")


def read_csv_bytes(data: bytes) -> list[list[Cell]]:
    text = decode(data)
    delimiter = _delimiter(text[:20_000])
    rows: list[list[Cell]] = []
    cells = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            cells += len(row)
            if len(rows) >= MAX_ROWS or len(row) > MAX_COLUMNS or cells > MAX_CELLS:
                raise FileError(FileError.TOO_LARGE)
            rows.append(list(row))
    except csv.Error as error:  # a cell over csv's 128 KB field limit, a stray quote at the end
        raise FileError(FileError.UNREADABLE, str(error)) from None
    return rows


def _delimiter(sample: str) -> str:
    """The separator found on most lines (then most often): a title line above has none, and
    commas inside cells of a ";" file are on fewer lines. csv.Sniffer gives up on such files."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    return max(",;\t", key=lambda d: (sum(d in line for line in lines), sample.count(d)))


# -- XLSX -------------------------------------------------------------------------------------------
def check_zip(path: Path) -> None:
    """Refuse a zip whose directory declares too much data or a bomb's compression ratio."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise FileError(FileError.UNREADABLE, str(error)) from None
    if len(members) > 10_000:
        raise FileError(FileError.ZIP_BOMB)
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNCOMPRESSED_BYTES or (member.file_size > 1_000_000 and ratio > MAX_RATIO):
            raise FileError(FileError.ZIP_BOMB, member.filename)
    _check_doctypes(path, members)


def _check_doctypes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Refuse any XML part with a DTD: Excel never writes one, XML attacks need one.

    openpyxl parses worksheets through defusedxml, but its other parts through lxml when
    lxml is installed (python-docx brings it), which only declines to expand entities.
    A DTD must come before the root element, so the head of each part is enough.
    """
    with zipfile.ZipFile(path) as archive:
        for member in members:
            if member.filename.endswith((".xml", ".rels", ".vml")):
                with archive.open(member) as part:
                    head = part.read(8192)
                if b"<!DOCTYPE" in head.upper() or b"<\x00!\x00D\x00O\x00C" in head.upper():
                    raise FileError(FileError.UNSAFE_XML, member.filename)


def _read_xlsx(path: Path, sheet: str | None, progress: Progress | None) -> Table:
    check_zip(path)
    import openpyxl

    if not openpyxl.DEFUSEDXML:  # OPENPYXL_DEFUSEDXML=False would parse XML unguarded
        raise FileError(FileError.UNSAFE_XML, "defusedxml is off")
    try:
        reader = _reader_type()(path, read_only=True, data_only=True)
        reader.read()
        book = reader.wb
    except Exception as error:  # openpyxl raises many types on a damaged part
        raise _xlsx_error(error) from None
    try:
        names = list(book.sheetnames)
        if sheet is None:
            name = names[0]
        else:
            matches = [n for n in names if n.strip().casefold() == sheet.strip().casefold()]
            if not matches:
                raise FileError(FileError.NO_SHEET, sheet)
            name = matches[0]
        rows = _sheet_rows(book[name], progress)
    except (FileError, Cancelled):
        raise
    except Exception as error:
        raise _xlsx_error(error) from None
    finally:
        book.close()
    return Table(rows, names, name)


@functools.cache
def _reader_type() -> type:
    """openpyxl's read-only workbook reader, sizing each sheet from the head of its XML only.

    openpyxl takes a read-only sheet's size from its declared dimension, and when a sheet
    declares none (openpyxl's own write-only files, some exporters) it parses the whole sheet
    for it before the rows are read: reading such a file took twice the time. Here the rows are
    parsed once; the dimension only refuses a huge sheet early (see `_sheet_rows`). Chart sheets,
    which hold no rows, are left out.
    """
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet.dimensions import SheetDimension
    from openpyxl.xml.constants import SHEET_MAIN_NS
    from openpyxl.xml.functions import iterparse  # defusedxml's (checked by the caller)

    dimension, data = f"{{{SHEET_MAIN_NS}}}dimension", f"{{{SHEET_MAIN_NS}}}sheetData"

    class HeadSizedSheet(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            with self._get_source() as source:
                for _, element in iterparse(source, events=("start",)):
                    if element.tag == dimension:
                        bounds = SheetDimension.from_tree(element).boundaries
                        self._min_column, self._min_row, self._max_column, self._max_row = bounds
                    if element.tag in (dimension, data):
                        break

    class Reader(ExcelReader):
        def read_worksheets(self) -> None:
            for sheet, rel in self.parser.find_sheets():
                if rel.target in self.valid_files and "chartsheet" not in rel.Type:
                    ws = HeadSizedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
                    ws.sheet_state = sheet.state
                    self.wb._sheets.append(ws)

    return Reader


def _xlsx_error(error: BaseException) -> FileError:
    """UNSAFE_XML when defusedxml refused a part (openpyxl wraps it in a ValueError)."""
    from defusedxml import DefusedXmlException

    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return FileError(FileError.UNSAFE_XML)
        cause = cause.__cause__ or cause.__context__
    return FileError(FileError.UNREADABLE, str(error))


def _sheet_rows(ws: Any, progress: Progress | None = None) -> list[list[Cell]]:
    # The declared dimension (<dimension ref="A1:XFD1048576"/>) refuses a huge sheet at once.
    declared_rows, declared_columns = ws.max_row or 0, ws.max_column or 0
    if (
        declared_rows > MAX_ROWS
        or declared_columns > MAX_COLUMNS
        or declared_rows * declared_columns > MAX_CELLS
    ):
        raise FileError(FileError.TOO_LARGE)
    rows: list[list[Cell]] = []
    cells = 0
    # Past that, the dimension is not trusted: a lying one would cut rows or columns off, and
    # rows padded to a fixed width are slow to trim. Each row comes as wide as its last cell
    # (at most Excel's 16,384 columns), and too many rows or cells are caught while reading.
    ws.reset_dimensions()
    for row in ws.iter_rows(values_only=True):
        quiet = len(rows) % 500 or progress is None
        if not quiet and not progress(len(rows), max(declared_rows, len(rows))):
            raise Cancelled
        values = list(row)
        while values and values[-1] in (None, ""):
            values.pop()
        cells += len(values)
        if len(rows) >= MAX_ROWS or len(values) > MAX_COLUMNS or cells > MAX_CELLS:
            raise FileError(FileError.TOO_LARGE)
        rows.append(values)
    return rows
