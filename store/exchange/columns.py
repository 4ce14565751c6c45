"""The columns of each importable kind: what a value is, and the header words that name it.

This table is the one place header words live: import matches headers against it (folded: no
case, no accents, đ→d, punctuation ignored) and export writes its first Vietnamese or English
header, so an exported file always imports again. docs/import.md lists it in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.text import fold

IMPORT_KINDS = ("partner", "agreement", "event", "contact")

# What a cell holds, and so how it is read and written.
TEXT, DATE, COUNTRY, CHOICE, FIELDS, INT, BOOL = (
    "text",
    "date",
    "country",
    "choice",
    "fields",
    "int",
    "bool",
)
PARTNER, PARTNERS, AGREEMENTS, OUR_SIDE = "partner", "partners", "agreements", "our_side"
MULTI = (FIELDS, PARTNERS, AGREEMENTS)


@dataclass(frozen=True)
class Column:
    key: str  # the record attribute, or a link read by name
    type: str
    vi: str  # header written by export in Vietnamese (also matched)
    en: str  # header written by export in English (also matched)
    synonyms: tuple[str, ...] = ()
    group: str = ""  # the label group of a CHOICE column (gui/labels.py)

    def header(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en

    @property
    def words(self) -> tuple[str, ...]:
        return (self.vi, self.en, self.key, *self.synonyms)


def _c(key: str, type_: str, vi: str, en: str, *synonyms: str, group: str = "") -> Column:
    return Column(key, type_, vi, en, synonyms, group)


# Columns every kind has, read by the same words whatever the sheet holds.
_FIELDS_COLUMN = _c(
    "fields",
    FIELDS,
    "Lĩnh vực",
    "Fields",
    "Lĩnh vực hợp tác",
    "Fields of cooperation",
    "Sectors",
    "Areas",
)
_NOTES_COLUMN = _c("notes", TEXT, "Ghi chú", "Notes", "Note", "Remarks", "Comments")

COLUMNS: dict[str, tuple[Column, ...]] = {
    "partner": (
        _c(
            "name",
            TEXT,
            "Tên đối tác",
            "Partner",
            "Đối tác",
            "Tên",
            "Tên tổ chức",
            "Tên địa phương",
            "Name",
            "Partner name",
            "Organisation",
            "Organization",
        ),
        _c(
            "name_en",
            TEXT,
            "Tên tiếng Anh",
            "English name",
            "Tên (tiếng Anh)",
            "Tên TA",
            "Name (English)",
            "Name in English",
        ),
        _c(
            "name_native",
            TEXT,
            "Tên gốc",
            "Native name",
            "Tên bản ngữ",
            "Tên tiếng nước ngoài",
            "Original name",
            "Local name",
        ),
        _c(
            "kind",
            CHOICE,
            "Loại đối tác",
            "Partner type",
            "Loại",
            "Loại hình",
            "Type",
            "Kind",
            "Category",
            group="partner_kind",
        ),
        _c(
            "country",
            COUNTRY,
            "Quốc gia",
            "Country",
            "Nước",
            "Quốc gia/vùng lãnh thổ",
            "Country code",
            "Nation",
        ),
        _c(
            "parent",
            PARTNER,
            "Trực thuộc",
            "Part of",
            "Thuộc",
            "Cơ quan chủ quản",
            "Parent",
            "Parent organisation",
        ),
        _c(
            "relation_since",
            DATE,
            "Quan hệ từ",
            "Relations since",
            "Thiết lập quan hệ",
            "Năm thiết lập quan hệ",
            "Ngày thiết lập quan hệ",
            "Since",
            "Established",
        ),
        _c(
            "relation_kind",
            CHOICE,
            "Hình thức quan hệ",
            "Relation",
            "Quan hệ",
            "Loại quan hệ",
            "Relation type",
            "Relationship",
            group="relation_kind",
        ),
        _c("website", TEXT, "Trang web", "Website", "Web", "Website URL", "URL"),
        _c("email", TEXT, "Thư điện tử", "E-mail", "Email", "Mail"),
        _c("phone", TEXT, "Điện thoại", "Phone", "Số điện thoại", "ĐT", "SĐT", "Tel", "Telephone"),
        _c("address", TEXT, "Địa chỉ", "Address"),
        _FIELDS_COLUMN,
        _NOTES_COLUMN,
    ),
    "agreement": (
        _c(
            "title",
            TEXT,
            "Tên thỏa thuận",
            "Agreement",
            "Tên văn bản",
            "Thỏa thuận",
            "Tên",
            "Tiêu đề",
            "Trích yếu",
            "Title",
            "Name",
        ),
        _c(
            "title_en", TEXT, "Tên tiếng Anh", "English title", "Tên (tiếng Anh)", "Title (English)"
        ),
        _c(
            "kind",
            CHOICE,
            "Loại thỏa thuận",
            "Agreement type",
            "Loại",
            "Loại văn bản",
            "Hình thức",
            "Type",
            "Kind",
            group="agreement_kind",
        ),
        _c(
            "partners",
            PARTNERS,
            "Đối tác",
            "Partners",
            "Tên đối tác",
            "Bên ký kết",
            "Partner",
            "Counterpart",
        ),
        _c(
            "our_side",
            OUR_SIDE,
            "Bên Việt Nam",
            "Our side",
            "Cơ quan ký",
            "Đơn vị ký",
            "Signed by (our side)",
        ),
        _c(
            "signed_on",
            DATE,
            "Ngày ký",
            "Signed",
            "Ngày ký kết",
            "Thời gian ký",
            "Năm ký",
            "Date signed",
            "Signing date",
            "Signed on",
        ),
        _c("place", TEXT, "Nơi ký", "Place", "Địa điểm ký", "Địa điểm", "Place of signing"),
        _c(
            "signatories_ours",
            TEXT,
            "Người ký phía ta",
            "Our signatories",
            "Người ký (Việt Nam)",
            "Signatory (ours)",
        ),
        _c(
            "signatories_partner",
            TEXT,
            "Người ký phía đối tác",
            "Partner signatories",
            "Người ký (đối tác)",
            "Signatory (partner)",
        ),
        _c(
            "valid_from",
            DATE,
            "Hiệu lực từ",
            "Valid from",
            "Có hiệu lực từ",
            "Ngày hiệu lực",
            "Từ ngày",
            "Effective",
            "Effective from",
            "Start",
        ),
        _c(
            "valid_to",
            DATE,
            "Hiệu lực đến",
            "Valid to",
            "Có hiệu lực đến",
            "Hết hiệu lực",
            "Ngày hết hạn",
            "Thời hạn",
            "Đến ngày",
            "Expiry",
            "Expires",
            "Valid until",
            "End",
        ),
        _c("summary", TEXT, "Nội dung", "Summary", "Nội dung chính", "Tóm tắt", "Content"),
        _c("articles", INT, "Số điều", "Articles", "Number of articles"),
        _c(
            "stage",
            CHOICE,
            "Giai đoạn",
            "Stage",
            "Tình trạng",
            "Trạng thái",
            "Status",
            group="stage",
        ),
        _FIELDS_COLUMN,
        _NOTES_COLUMN,
    ),
    "event": (
        _c(
            "title",
            TEXT,
            "Tên sự kiện",
            "Event",
            "Sự kiện",
            "Tên",
            "Tiêu đề",
            "Hoạt động",
            "Đoàn",
            "Title",
            "Name",
            "Activity",
        ),
        _c(
            "title_en", TEXT, "Tên tiếng Anh", "English title", "Tên (tiếng Anh)", "Title (English)"
        ),
        _c(
            "kind",
            CHOICE,
            "Loại sự kiện",
            "Event type",
            "Loại",
            "Loại hình",
            "Hình thức",
            "Type",
            "Kind",
            group="event_kind",
        ),
        _c(
            "dates",
            DATE,
            "Thời gian",
            "Dates",
            "Ngày",
            "Ngày tổ chức",
            "Thời gian tổ chức",
            "Date",
            "When",
        ),
        _c("city", TEXT, "Thành phố", "City", "Địa điểm", "Nơi", "Place", "Venue"),
        _c("country", COUNTRY, "Quốc gia", "Country", "Nước"),
        _c(
            "our_side",
            OUR_SIDE,
            "Bên Việt Nam",
            "Our side",
            "Cơ quan chủ trì",
            "Đơn vị chủ trì",
            "Host",
        ),
        _c("leader", TEXT, "Trưởng đoàn", "Leader", "Người dẫn đoàn", "Head of delegation"),
        _c(
            "delegation",
            TEXT,
            "Thành phần đoàn",
            "Delegation",
            "Thành phần",
            "Thành viên đoàn",
            "Members",
        ),
        _c("partners", PARTNERS, "Đối tác", "Partners", "Tên đối tác", "Partner"),
        _c(
            "agreements",
            AGREEMENTS,
            "Thỏa thuận liên quan",
            "Agreements",
            "Thỏa thuận",
            "Related agreements",
            "Agreement",
        ),
        _c(
            "summary",
            TEXT,
            "Nội dung",
            "Summary",
            "Nội dung chính",
            "Tóm tắt",
            "Content",
            "Purpose",
        ),
        _c("outcomes", TEXT, "Kết quả", "Outcomes", "Kết quả đạt được", "Results"),
        _NOTES_COLUMN,
    ),
    "contact": (
        _c(
            "partner",
            PARTNER,
            "Đối tác",
            "Partner",
            "Tên đối tác",
            "Cơ quan",
            "Tổ chức",
            "Organisation",
            "Organization",
        ),
        _c(
            "name",
            TEXT,
            "Họ tên",
            "Contact",
            "Họ và tên",
            "Người liên hệ",
            "Tên",
            "Name",
            "Full name",
            "Contact name",
        ),
        _c("title", TEXT, "Chức vụ", "Position", "Chức danh", "Title", "Job title"),
        _c("department", TEXT, "Phòng ban", "Department", "Đơn vị", "Bộ phận", "Unit"),
        _c("email", TEXT, "Thư điện tử", "E-mail", "Email", "Mail"),
        _c("phone", TEXT, "Điện thoại", "Phone", "Số điện thoại", "ĐT", "SĐT", "Tel", "Mobile"),
        _c("in_post", BOOL, "Đang công tác", "In post", "Còn công tác", "Current", "Active"),
        _NOTES_COLUMN,
    ),
}

_PUNCTUATION = re.compile(r"[^\w]+")


def folded_header(text: object) -> str:
    """A header as matched: folded, punctuation and spaces collapsed ("Ngày ký:" = "ngay ky")."""
    return " ".join(_PUNCTUATION.sub(" ", fold(str(text or ""))).replace("_", " ").split())


def _index(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for column in COLUMNS[kind]:
        for word in column.words:
            table.setdefault(folded_header(word), column.key)
    return table


_INDEX = {kind: _index(kind) for kind in IMPORT_KINDS}


def column(kind: str, key: str) -> Column:
    return next(c for c in COLUMNS[kind] if c.key == key)


def match_header(kind: str, header: object) -> str | None:
    """The column key a header names in `kind`, or None."""
    return _INDEX[kind].get(folded_header(header))


def guess_mapping(kind: str, headers: list[object]) -> dict[int, str]:
    """Column index → column key; each key is taken by the first header naming it."""
    mapping: dict[int, str] = {}
    for i, header in enumerate(headers):
        key = match_header(kind, header)
        if key and key not in mapping.values():
            mapping[i] = key
    return mapping


def guess_kind(headers: list[object]) -> str:
    """The kind whose columns the headers name most; partners on a tie."""
    return max(IMPORT_KINDS, key=lambda kind: len(guess_mapping(kind, headers)))


def find_header_row(rows: list[list[object]], limit: int = 30) -> int:
    """The index of the row that reads most like headers among the first `limit` rows.

    A title row above the headers, merged cells (one value, the rest empty) and blank lines
    score lower than the header row, which names several columns.
    """
    best, best_score = 0, 0
    for i, row in enumerate(rows[:limit]):
        score = max(len(guess_mapping(kind, list(row))) for kind in IMPORT_KINDS)
        if score > best_score:
            best, best_score = i, score
    return best
