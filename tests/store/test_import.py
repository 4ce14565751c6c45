"""Importing spreadsheets as offices keep them: messy layouts, every rejection, one transaction."""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from store import repository, search
from store.catalogue import Catalogue
from store.dates import PartialDate
from store.exchange import files, importer
from store.exchange.files import Table
from store.exchange.importer import Options
from store.partners import SPEC as PARTNERS
from store.records import Partner


def _xlsx(path: Path, rows: list[list[object]], merge: str = "") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    book.save(path)
    return path


def _partners(cat: Catalogue) -> dict[str, Partner]:
    ids = [r[0] for r in cat.db.execute("SELECT id FROM partners WHERE deleted_at IS NULL")]
    return {p.name: p for p in (repository.load(cat, PARTNERS, i) for i in ids)}


def _content(cat: Catalogue) -> list[tuple]:
    """Every row of every table except the migration log: what "unchanged" means."""
    tables = [
        r[0]
        for r in cat.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%'"
        )
    ]
    return [(t, *row) for t in sorted(tables) for row in cat.db.execute(f"SELECT * FROM {t}")]


def test_messy_office_sheet(empty_cat: Catalogue, tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "doi-tac.xlsx",
        [
            ["DANH SÁCH ĐỐI TÁC NƯỚC NGOÀI NĂM 2024"],
            [],
            [
                "STT",
                "Ten doi tac ",
                "QUỐC GIA",
                "Năm thiết lập quan hệ",
                "Lĩnh vực hợp tác",
                "Ghi chú",
            ],
            [1, "Tỉnh Gyeonggi", "Hàn Quốc", 2001, "Giáo dục, đào tạo; Y tế", None],
            [],
            [
                2,
                "  Thành phố Toulouse  ",
                "France",
                "tháng 6/2018",
                "Du lịch, Văn hóa, nghệ thuật",
                "  đã ký lại  ",
            ],
            [3, "Nagoya", "JP", dt.datetime(2015, 3, 1), None, None],
            [4, "Vùng Bavaria", "duc", 42005, "education and training", None],
            [5, "Perth", "Úc", "1.6.2019", None, None],
            [6, "Thành phố Cần Thơ kết nghĩa", "Narnia", "2001", None, None],
        ],
        merge="A1:F1",
    )
    plan = importer.plan(empty_cat, files.read(path), Options())
    assert plan.kind == "partner" and plan.layout.header_line == 3
    assert [(r.line, r.code, r.column, r.value) for r in plan.rejected] == [
        (10, "country", "QUỐC GIA", "Narnia")
    ]
    assert plan.count("add") == 5
    importer.apply(empty_cat, plan, backup=False)
    stored = _partners(empty_cat)
    assert stored["Tỉnh Gyeonggi"].country == "KR"
    assert stored["Tỉnh Gyeonggi"].relation_since == PartialDate("2001")
    assert stored["Tỉnh Gyeonggi"].fields == ["education_training", "health"]
    assert stored["Thành phố Toulouse"].relation_since == PartialDate("2018-06")
    assert stored["Thành phố Toulouse"].fields == ["tourism", "culture"]
    assert stored["Thành phố Toulouse"].notes == "đã ký lại"
    assert stored["Nagoya"].relation_since == PartialDate("2015-03-01")
    assert stored["Vùng Bavaria"].relation_since == PartialDate("2015-01-01")  # Excel serial
    assert stored["Vùng Bavaria"].country == "DE"
    assert stored["Perth"].relation_since == PartialDate("2019-06-01")


def test_vietnamese_headers_and_labels_without_accents(empty_cat: Catalogue) -> None:
    table = Table(
        [
            ["Ten thoa thuan", "Doi tac", "Ngay ky", "Hieu luc den", "Giai doan"],
            ["Bản ghi nhớ hợp tác", "Tỉnh Gyeonggi", "13/4/2023", "12/2028", "signed"],
        ]
    )
    repository.save(empty_cat, PARTNERS, Partner(name="Tỉnh Gyeonggi", country="KR"))
    plan = importer.plan(empty_cat, table, Options())
    assert plan.kind == "agreement" and not plan.rejected
    importer.apply(empty_cat, plan, backup=False)
    row = empty_cat.db.execute("SELECT signed_on, valid_to, stage FROM agreements").fetchone()
    assert tuple(row) == ("2023-04-13", "2028-12", "signed")


def _windows_1258(text: str) -> bytes:
    """Text as Vietnamese Windows stores it: letters precomposed, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            marks = [m for m in unicodedata.normalize("NFD", ch) if m in TONES]
            base = unicodedata.normalize(
                "NFC", "".join(m for m in unicodedata.normalize("NFD", ch) if m not in TONES)
            )
            out.append((base + "".join(marks)).encode("cp1258"))
    return b"".join(out)


TONES = "\u0300\u0301\u0303\u0309\u0323"


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ","), ("utf-8", ";"), ("utf-16", "\t"), ("cp1258", ";")],
)
def test_csv_as_excel_writes_it(empty_cat: Catalogue, encoding: str, delimiter: str) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Tên đối tác", "Quốc gia", "Địa chỉ"])
    writer.writerow(["Thành phố Huế mở rộng", "Việt Nam", "Đường Lê Lợi, Huế"])
    text = buffer.getvalue()
    data = _windows_1258(text) if encoding == "cp1258" else text.encode(encoding)
    plan = importer.plan(empty_cat, Table(files.read_csv_bytes(data)), Options())
    assert not plan.rejected
    importer.apply(empty_cat, plan, backup=False)
    (partner,) = _partners(empty_cat).values()
    assert partner.name == "Thành phố Huế mở rộng"
    assert unicodedata.is_normalized("NFC", partner.name)
    assert partner.address == "Đường Lê Lợi, Huế" and partner.country == "VN"


def test_every_rejection_reason(empty_cat: Catalogue) -> None:
    for name in ("Thành phố Paris", "Paris"):
        repository.save(empty_cat, PARTNERS, Partner(name=name, name_en="Paris"))
    table = Table(
        [
            [
                "Tên thỏa thuận",
                "Đối tác",
                "Ngày ký",
                "Loại",
                "Số điều",
                "Lĩnh vực",
                "Hiệu lực từ",
                "Hiệu lực đến",
            ],
            ["", "", "", "", "", "", "2020", ""],
            ["A", "", "31/2/2020", "", "", "", "", ""],
            ["B", "", "soon", "", "", "", "", ""],
            ["C", "", "", "hiệp ước bí mật", "", "", "", ""],
            ["D", "", "", "", "ba", "", "", ""],
            ["E", "", "", "", "", "Du hành vũ trụ", "", ""],
            ["F", "Nowhere City", "", "", "", "", "", ""],
            ["G", "paris", "", "", "", "", "", ""],
            ["H", "", "", "", "", "", "2020", "2019"],
            ["I", "", "", "", "-3", "", "", ""],
            ["J", "", "", "MOU", "", "", "", ""],
        ]
    )
    plan = importer.plan(empty_cat, table, Options(kind="agreement"))
    found = [(r.line, r.code, r.problem) for r in plan.rejected]
    assert found == [
        (2, "required", ""),
        (3, "date", "impossible"),
        (4, "date", "unreadable"),
        (5, "choice", ""),
        (6, "number", ""),
        (7, "field", ""),
        (8, "unknown_partner", ""),
        (9, "ambiguous_partner", ""),
        (10, "invalid", "end_before_start"),
        (11, "invalid", "negative"),
    ]
    assert [r.line for r in plan.rows] == [12]
    events = Table(
        [["Tên sự kiện", "Thỏa thuận", "Quốc gia"], ["X", "Không có", ""], ["Y", "", "Atlantis"]]
    )
    plan = importer.plan(empty_cat, events, Options())
    assert [(r.code, r.value) for r in plan.rejected] == [
        ("unknown_agreement", "Không có"),
        ("country", "Atlantis"),
    ]
    contacts = Table(
        [
            ["Đối tác", "Họ tên", "Thư điện tử", "Đang công tác"],
            ["Thành phố Paris", "Anne", "anne@", ""],
            ["Thành phố Paris", "Bob", "", "có lẽ"],
            ["", "Cy", "", ""],
        ]
    )
    plan = importer.plan(empty_cat, contacts, Options())
    assert [(r.line, r.code, r.problem) for r in plan.rejected] == [
        (2, "invalid", "email"),
        (3, "yes_no", ""),
        (4, "required", ""),
    ]


def test_layout_errors(empty_cat: Catalogue) -> None:
    with pytest.raises(importer.LayoutError) as error:
        importer.plan(empty_cat, Table([[], [None]]), Options())
    assert error.value.code == "empty"
    with pytest.raises(importer.LayoutError) as error:
        importer.plan(empty_cat, Table([["Quốc gia", "Ghi chú"], ["Pháp", "x"]]), Options())
    assert error.value.code == "no_title_column"
    with pytest.raises(importer.LayoutError) as error:
        importer.plan(empty_cat, Table([["Tên"], ["x"]]), Options(mapping={"Tổ chức": "name"}))
    assert error.value.code == "unknown_column"


def test_mapping_overrides_the_guess(empty_cat: Catalogue) -> None:
    table = Table([["Đơn vị", "Ghi chú", "Nước"], ["Tỉnh Gyeonggi", "bí mật", "KR"]])
    plan = importer.plan(
        empty_cat, table, Options(kind="partner", mapping={"Đơn vị": "name", "Ghi chú": ""})
    )
    importer.apply(empty_cat, plan, backup=False)
    (partner,) = _partners(empty_cat).values()
    assert (partner.name, partner.notes, partner.country) == ("Tỉnh Gyeonggi", "", "KR")


def test_duplicates_skip_fill_create(empty_cat: Catalogue) -> None:
    repository.save(empty_cat, PARTNERS, Partner(name="Tỉnh Gyeonggi", country="KR"))
    table = Table(
        [
            ["Tên đối tác", "Quốc gia", "Điện thoại"],
            ["TINH GYEONGGI", "Hàn Quốc", "+82 31 120"],
            ["Tỉnh Gyeonggi", "Nhật Bản", ""],
        ]
    )
    plan = importer.plan(empty_cat, table, Options())
    assert [(r.line, r.action) for r in plan.rows] == [(2, "skip"), (3, "add")]
    plan = importer.plan(empty_cat, table, Options(on_duplicate="fill"))
    assert [(r.line, r.action) for r in plan.rows] == [(2, "update"), (3, "add")]
    importer.apply(empty_cat, plan, backup=False)
    phones = sorted(
        tuple(r) for r in empty_cat.db.execute("SELECT name, country, phone FROM partners")
    )
    assert phones == [("Tỉnh Gyeonggi", "JP", ""), ("Tỉnh Gyeonggi", "KR", "+82 31 120")]
    plan = importer.plan(empty_cat, table, Options(on_duplicate="create"))
    assert [r.action for r in plan.rows] == ["add", "add"]


def test_links_by_name_and_created_partners(empty_cat: Catalogue) -> None:
    repository.save(empty_cat, PARTNERS, Partner(name="Hội đồng vùng Île-de-France", country="FR"))
    table = Table(
        [
            ["Tên sự kiện", "Đối tác", "Bên Việt Nam", "Thời gian"],
            [
                "Đoàn Île-de-France thăm Hà Nội",
                "hoi dong vung ile de france; Thành phố Lyon",
                "UBND TP Hà Nội",
                "13–16/4/2023",
            ],
            ["Đoàn Busan", "Thành phố Busan", "", "32/13/2023"],  # rejected: creates nothing
        ]
    )
    plan = importer.plan(empty_cat, table, Options())
    assert [(r.code, r.value) for r in plan.rejected] == [
        ("unknown_partner", "Thành phố Lyon"),
        ("unknown_partner", "Thành phố Busan"),
    ]
    plan = importer.plan(empty_cat, table, Options(create_partners=True))
    assert plan.new_partners == ["Thành phố Lyon"] and plan.new_our_side == ["UBND TP Hà Nội"]
    importer.apply(empty_cat, plan, backup=False)
    partner_names = [
        r[0]
        for r in empty_cat.db.execute(
            "SELECT p.name FROM event_partners ep JOIN partners p ON p.id = ep.partner_id ORDER BY ep.rowid"
        )
    ]
    assert partner_names == ["Hội đồng vùng Île-de-France", "Thành phố Lyon"]
    assert empty_cat.db.execute("SELECT starts_on, ends_on FROM events").fetchone() == (
        "2023-04-13",
        "2023-04-16",
    )


def test_partners_part_of_a_partner_later_in_the_file(empty_cat: Catalogue) -> None:
    table = Table(
        [
            ["Tên đối tác", "Trực thuộc"],
            ["Sở Du lịch Gyeonggi", "Tỉnh Gyeonggi"],
            ["Tỉnh Gyeonggi", ""],
        ]
    )
    importer.apply(empty_cat, importer.plan(empty_cat, table, Options()), backup=False)
    stored = _partners(empty_cat)
    assert stored["Sở Du lịch Gyeonggi"].parent_id == stored["Tỉnh Gyeonggi"].id


def test_contacts_attach_to_partners_by_name(cat: Catalogue) -> None:
    table = Table(
        [
            ["Cơ quan", "Họ và tên", "Chức vụ", "Email"],
            [
                "hoi dong vung ile-de-france",
                "Marie Curie",
                "Chargée de mission",
                "marie@iledefrance.fr",
            ],
        ]
    )
    plan = importer.plan(cat, table, Options())
    assert plan.kind == "contact" and not plan.rejected
    importer.apply(cat, plan, backup=False)
    (partner_id,) = cat.db.execute(
        "SELECT partner_id FROM contacts WHERE name = 'Marie Curie'"
    ).fetchone()
    partner = repository.load(cat, PARTNERS, partner_id)
    assert partner.name == "Hội đồng vùng Île-de-France"
    assert partner.contacts[-1].email == "marie@iledefrance.fr"


def _thousand_rows(bad_at: int | None = None) -> Table:
    rows: list[list[object]] = [["Tên đối tác", "Quốc gia", "Thư điện tử"]]
    for i in range(1000):
        rows.append([f"Đối tác số {i}", "Pháp", f"p{i}@example.org"])
    if bad_at is not None:
        rows[bad_at][2] = "not an address"
    return Table(rows)


def test_a_bad_row_in_the_middle_is_rejected_alone(empty_cat: Catalogue) -> None:
    plan = importer.plan(empty_cat, _thousand_rows(bad_at=500), Options())
    assert [(r.line, r.code) for r in plan.rejected] == [(501, "invalid")]
    importer.apply(empty_cat, plan, backup=False)
    assert empty_cat.db.execute("SELECT count(*) FROM partners").fetchone()[0] == 999


def test_a_failure_in_the_middle_leaves_nothing(
    cat: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _content(cat)
    plan = importer.plan(cat, _thousand_rows(), Options())
    real_index, indexed = search.index_many, []

    def failing_index(cat_, kind, records):  # after the batch's rows, links and history
        indexed.extend(records)
        if len(indexed) >= 500:
            raise OSError("disk full")
        return real_index(cat_, kind, records)

    monkeypatch.setattr(search, "index_many", failing_index)
    with pytest.raises(OSError):
        importer.apply(cat, plan, backup=False)
    assert len(indexed) == 500 and _content(cat) == before


def test_cancel_leaves_the_catalogue_as_it_was(cat: Catalogue, tmp_path: Path) -> None:
    before = _content(cat)
    plan = importer.plan(cat, _thousand_rows(), Options())
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 700

    with pytest.raises(importer.Cancelled):
        result = importer.apply(cat, plan, progress=progress, backup_folder=tmp_path / "b")
    assert seen[-1] == 700 and _content(cat) == before
    (backup,) = (tmp_path / "b").iterdir()  # the backup taken first is kept
    assert backup.name.endswith("-import.partnerbook")
    result = importer.apply(cat, plan, progress=lambda done, total: True, backup=False)
    assert result.added == 1000


def _import_all(cat: Catalogue) -> None:
    """Partners (some part of one later in the file), events linking them and partners new to
    the catalogue, then half of the partners again, filling in what they lacked."""
    partners = [["Partner", "Country", "Fields", "Part of"]]
    partners += [
        [
            f"Thành phố Số {i}",
            "Pháp" if i % 2 == 0 else "Hàn Quốc",
            "Y tế; Du lịch" if i % 3 else "",
            f"Tỉnh Số {i % 7}" if i % 5 == 0 else "",
        ]
        for i in range(250)
    ]
    partners += [[f"Tỉnh Số {k}", "Đức", "", ""] for k in range(7)]
    events = [["Title", "Dates", "Partners"]]
    events += [
        [
            f"Đoàn {i}",
            f"{1 + i % 28}/{1 + i % 12}/{2000 + i % 20}",
            f"Thành phố Số {i}; Mới {i % 3}",
        ]
        for i in range(230)
    ]
    filled = [["Partner", "Country", "Notes", "Email"]]
    filled += [
        [f"Thành phố Số {i}", "Pháp", f"Ghi chú {i}", f"p{i}@example.org"] for i in range(0, 250, 2)
    ]
    for rows, options in (
        (partners, Options(kind="partner")),
        (events, Options(kind="event", create_partners=True)),
        (filled, Options(kind="partner", on_duplicate=importer.FILL)),
    ):
        importer.apply(cat, importer.plan(cat, Table(rows), options), backup=False)


def _as_written(cat: Catalogue) -> dict[str, list[dict]]:
    """Every row of every table and of the search index, less what differs from one save to
    another of the same record (random uuids, the times of the writes)."""
    tables = [
        r[0]
        for r in cat.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index_%'"
        )
    ]
    written = {}
    for table in tables:
        cursor = cat.db.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid")
        names = [d[0] for d in cursor.description]
        written[table] = [
            {
                n: v
                for n, v in zip(names, row, strict=True)
                if n not in ("uuid", "created_at", "updated_at", "at", "applied_at")
            }
            for row in cursor
        ]
    return written


def test_an_import_writes_what_saving_each_record_alone_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batched = Catalogue.create(tmp_path / "batched.partnerbook")
    _import_all(batched)
    monkeypatch.setattr(importer, "BATCH", 1)  # each record through repository.save alone
    one_by_one = Catalogue.create(tmp_path / "one-by-one.partnerbook")
    _import_all(one_by_one)

    written = _as_written(batched)
    assert written == _as_written(one_by_one)
    # Records, links, history and sort keys of every kind were written, not only rows.
    assert len(written["partners"]) == 260 and len(written["events"]) == 230
    assert len(written["event_partners"]) == 460 and len(written["search_index"]) == 490
    actions = [h["action"] for h in written["history"]]
    assert actions.count("create") == 490 and actions.count("edit") == 50 + 125
    assert all(e["partners_key"] for e in written["events"])
    assert sum(1 for p in written["partners"] if p["last_event_on"]) == 233
    for text in ("thanh pho so 12", "Đoàn 7", "mới", "Han Quoc", "p24@example"):
        hits = search.search(batched, text, limit=10_000)
        assert hits and hits == search.search(one_by_one, text, limit=10_000)
