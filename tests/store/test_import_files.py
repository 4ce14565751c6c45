"""Reading files: sheets, encodings, and hostile files refused before they cost memory."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from store.exchange import files
from store.exchange.files import FileError


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def _rewrite(path: Path, member: str, change) -> Path:
    """Copy of an xlsx with one XML part changed."""
    target = path.with_name("hostile-" + path.name)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == member:
                data = change(data.decode("utf-8")).encode("utf-8")
            out.writestr(item.filename, data)
    return target


def _code(path: Path, sheet: str | None = None) -> str:
    with pytest.raises(FileError) as error:
        files.read(path, sheet)
    return error.value.code


def test_first_or_named_sheet(tmp_path: Path) -> None:
    path = _book(tmp_path / "b.xlsx", {"Ghi chú": [["x"]], "Đối tác": [["Tên"], ["Nagoya"]]})
    assert files.read(path).rows == [["x"]]
    table = files.read(path, "đối tác")
    assert table.rows == [["Tên"], ["Nagoya"]] and table.sheets == ["Ghi chú", "Đối tác"]
    assert _code(path, "Sự kiện") == "no_sheet"


def test_wrong_or_damaged_files(tmp_path: Path) -> None:
    fake = tmp_path / "list.xlsx"
    fake.write_text("Tên;Quốc gia\n")
    assert _code(fake) == "unreadable"
    assert _code(tmp_path / "missing.xlsx") == "missing"
    odt = tmp_path / "list.ods"
    odt.write_bytes(b"PK")
    assert _code(odt) == "format"


LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(2, 10))
    + '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)


@pytest.mark.parametrize("member", ["xl/workbook.xml", "xl/worksheets/sheet1.xml"])
def test_billion_laughs_is_refused(tmp_path: Path, member: str) -> None:
    path = _book(tmp_path / "b.xlsx", {"Sheet": [["Tên"], ["x"]]})

    def bomb(xml: str) -> str:
        xml = re.sub(r"^<\?xml[^>]*\?>", "", xml)
        return '<?xml version="1.0"?>' + LAUGHS + xml.replace(">x<", ">&lol9;<")

    assert _code(_rewrite(path, member, bomb)) == "unsafe_xml"


def test_zip_bomb_is_refused_from_the_directory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"\0" * 1_000_000
            for _ in range(20):
                member.write(chunk)
    assert path.stat().st_size < 100_000
    assert _code(path) == "zip_bomb"


def test_huge_declared_sheet_is_refused(tmp_path: Path) -> None:
    path = _book(tmp_path / "b.xlsx", {"Sheet": [["Tên"], ["x"]]})
    huge = _rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', xml),
    )
    assert _code(huge) == "too_large"


def test_a_small_or_missing_dimension_loses_no_cell(tmp_path: Path) -> None:
    rows = [
        ["Tên", "Quốc gia", "Ghi chú"],
        *([f"Đối tác {i}", "Pháp", f"ghi chú {i}"] for i in range(5)),
    ]
    path = _book(tmp_path / "b.xlsx", {"Sheet": rows})
    small = _rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:B2"', xml),
    )
    assert files.read(small).rows == rows
    none = _rewrite(
        path, "xl/worksheets/sheet1.xml", lambda xml: re.sub(r"<dimension [^>]*/>", "", xml)
    )
    assert files.read(none).rows == rows


def test_rows_past_the_limit_are_refused_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_ROWS", 50)
    path = _book(tmp_path / "b.xlsx", {"Sheet": [[f"r{i}"] for i in range(60)]})
    no_dimension = _rewrite(
        path, "xl/worksheets/sheet1.xml", lambda xml: re.sub(r"<dimension [^>]*/>", "", xml)
    )
    assert _code(no_dimension) == "too_large"
    csv_path = tmp_path / "long.csv"
    csv_path.write_text("Tên\n" + "x\n" * 60, encoding="utf-8")
    assert _code(csv_path) == "too_large"
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 10)
    assert _code(csv_path) == "too_large"


def test_delimiters_and_encodings() -> None:
    assert files.read_csv_bytes("a\tb\n1\t2\n".encode("utf-16-le")) == [["a", "b"], ["1", "2"]]
    assert files.read_csv_bytes(b"\xef\xbb\xbfT\xc3\xaan;B\n1;2\n") == [["Tên", "B"], ["1", "2"]]
    assert files.read_csv_bytes("Tên,Ghi chú\n".encode()) == [["Tên", "Ghi chú"]]


def test_worksheets_are_parsed_through_defusedxml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the DTD pre-check, defusedxml still refuses a bomb inside a worksheet."""
    monkeypatch.setattr(files, "_check_doctypes", lambda path, members: None)
    path = _book(tmp_path / "b.xlsx", {"Sheet": [["Tên"], ["x"]]})

    def bomb(xml: str) -> str:
        xml = re.sub(r"^<\?xml[^>]*\?>", "", xml)
        return '<?xml version="1.0"?>' + LAUGHS + xml.replace(">x<", ">&lol9;<")

    assert _code(_rewrite(path, "xl/worksheets/sheet1.xml", bomb)) == "unsafe_xml"


def test_csv_with_a_giant_cell_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "giant.csv"
    path.write_text('Tên,Ghi chú\nx,"' + "a" * 200_000 + '"\n', encoding="utf-8")
    assert _code(path) == "unreadable"
