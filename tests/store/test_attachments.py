import hashlib
import os
import shutil
import tracemalloc
from pathlib import Path

import pytest

from store import attachments, backups, history, repository
from store.attachments import AttachmentError, safe_name
from store.catalogue import Catalogue, CatalogueError
from store.migrations import SCHEMA_VERSION
from store.partners import SPEC as PARTNERS
from store.records import Partner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def partner(empty_cat: Catalogue) -> int:
    return repository.save(empty_cat, PARTNERS, Partner(name="Thành phố Seoul")).id


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A folder for the test's own files, apart from the catalogue."""
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


def stored_counts(cat: Catalogue) -> tuple[int, int, int]:
    return tuple(
        cat.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("attachments", "attachment_data", "history")
    )


def test_five_megabyte_file_round_trips_byte_for_byte(empty_cat, partner, files) -> None:
    data = os.urandom(5 * 1024 * 1024 + 7)
    source = files / "Biên bản ký kết.pdf"
    source.write_bytes(data)
    added = attachments.add(empty_cat, "partner", partner, source)
    assert added.name == "Biên bản ký kết.pdf"
    assert added.size == len(data) and added.media_type == "application/pdf"
    assert added.sha256 == hashlib.sha256(data).hexdigest()
    assert attachments.read_bytes(empty_cat, added.id) == data
    copy = attachments.write_to(empty_cat, added.id, files / "copy.pdf")
    assert copy.read_bytes() == data
    assert sorted(p.name for p in files.iterdir()) == ["Biên bản ký kết.pdf", "copy.pdf"]


def test_every_byte_value_and_empty_files_round_trip(empty_cat, partner) -> None:
    data = bytes(range(256)) * 3
    one = attachments.add(empty_cat, "partner", partner, data, "bytes.bin")
    empty = attachments.add(empty_cat, "partner", partner, b"", "empty.txt")
    assert attachments.read_bytes(empty_cat, one.id) == data
    assert attachments.read_bytes(empty_cat, empty.id) == b""
    listed = attachments.for_record(empty_cat, "partner", partner)
    assert [(a.name, a.size, a.media_type) for a in listed] == [
        ("bytes.bin", 768, "application/octet-stream"),
        ("empty.txt", 0, "text/plain"),
    ]
    assert listed[0].added_by == empty_cat.db.execute("SELECT user FROM history").fetchone()[0]


def test_a_file_over_the_limit_is_refused_with_nothing_written(empty_cat, partner, files) -> None:
    source = files / "scan.pdf"
    source.write_bytes(b"x" * 1001)
    before = stored_counts(empty_cat)
    with pytest.raises(AttachmentError) as error:
        attachments.add(empty_cat, "partner", partner, source, limit=1000)
    assert (error.value.code, error.value.name) == (AttachmentError.TOO_LARGE, "scan.pdf")
    assert (error.value.size, error.value.limit) == (1001, 1000)
    with pytest.raises(AttachmentError):
        attachments.add(empty_cat, "partner", partner, b"x" * 1001, "scan.pdf", limit=1000)
    assert stored_counts(empty_cat) == before
    assert attachments.add(empty_cat, "partner", partner, b"x" * 1000, "ok.pdf", limit=1000)


def test_the_default_limit_is_fifty_megabytes(empty_cat, partner, files) -> None:
    source = files / "big.bin"
    with source.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024 + 1)  # sparse: nothing is read before the refusal
    with pytest.raises(AttachmentError) as error:
        attachments.add(empty_cat, "partner", partner, source)
    assert error.value.limit == 50 * 1024 * 1024
    assert stored_counts(empty_cat)[0] == 0


def test_a_large_file_is_streamed_not_held_in_memory(empty_cat, partner, files) -> None:
    data = os.urandom(20 * 1024 * 1024)
    source = files / "large.bin"
    source.write_bytes(data)
    del data
    tracemalloc.start()
    try:
        added = attachments.add(empty_cat, "partner", partner, source)
        attachments.write_to(empty_cat, added.id, files / "back.bin")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
    assert (files / "back.bin").read_bytes() == source.read_bytes()


def test_unreadable_sources_and_missing_records_are_refused(empty_cat, partner, files) -> None:
    for source in (files / "missing.pdf", files):
        with pytest.raises(AttachmentError) as error:
            attachments.add(empty_cat, "partner", partner, source)
        assert error.value.code == AttachmentError.UNREADABLE
    repository.delete(empty_cat, PARTNERS, partner)
    for kind, record_id in (("partner", partner), ("partner", 999), ("our_side", 1)):
        with pytest.raises(AttachmentError) as error:
            attachments.add(empty_cat, kind, record_id, b"x", "a.txt")
        assert error.value.code == AttachmentError.NO_RECORD
    assert stored_counts(empty_cat)[:2] == (0, 0)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("/etc/", "attachment"),
        ("..", "attachment"),
        ("", "attachment"),
        ("CON.txt", "_CON.txt"),
        ("con", "_con"),
        ("Lpt1.pdf", "_Lpt1.pdf"),
        ("COM9", "_COM9"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("a\x00b", "ab"),
        ("line\nbreak\t.pdf", "linebreak.pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("\u200fتقرير.pdf", "تقرير.pdf"),
        ("report. . ", "report"),
        ('a:b*c?"d<e>f|g.txt', "a_b_c__d_e_f_g.txt"),
        ("Ho\u0302\u0323i nghi\u0323.docx", "Hội nghị.docx"),
    ],
)
def test_hostile_names_are_made_safe(given: str, expected: str) -> None:
    assert safe_name(given) == expected


def test_over_long_names_keep_their_extension() -> None:
    name = safe_name("Biên bản " + "rất dài " * 40 + ".pdf")
    assert name.endswith(".pdf") and name.startswith("Biên bản rất dài")
    assert len(name.encode("utf-8")) <= 200
    assert not name[:-4].endswith((" ", "."))


def test_hostile_names_never_decide_where_files_go(empty_cat, partner, files) -> None:
    names = ["../../etc/passwd", "CON.txt", "a\x00b", "\u202eexe.pdf", "x" * 300 + ".pdf", ".."]
    for i, name in enumerate(names):
        attachments.add(empty_cat, "partner", partner, bytes([i]), name)
    outside = files / "outside"
    folder = outside / "export"
    written = attachments.export_all(empty_cat, "partner", partner, folder)
    assert [p.parent for p in written] == [folder] * len(names)
    assert [p.read_bytes() for p in written] == [bytes([i]) for i in range(len(names))]
    assert sorted(p.name for p in outside.iterdir()) == ["export"]
    assert {p.name for p in folder.iterdir()} == {
        "passwd",
        "_CON.txt",
        "ab",
        "exe.pdf",
        "x" * 196 + ".pdf",
        "attachment",
    }


def test_duplicate_names_are_numbered_and_export_never_overwrites(
    empty_cat, partner, files
) -> None:
    for content in (b"one", b"two", b"three"):
        attachments.add(empty_cat, "partner", partner, content, "Scan.pdf")
    attachments.add(empty_cat, "partner", partner, b"four", "scan (2).PDF")
    names = [a.name for a in attachments.for_record(empty_cat, "partner", partner)]
    assert names == ["Scan.pdf", "Scan (2).pdf", "Scan (3).pdf", "scan (4).PDF"]
    folder = files / "out"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(b"kept")
    written = attachments.export_all(empty_cat, "partner", partner, folder)
    assert (folder / "scan.pdf").read_bytes() == b"kept"
    assert [p.name for p in written] == [
        "Scan (2).pdf",
        "Scan (3).pdf",
        "Scan (4).pdf",
        "scan (5).PDF",
    ]
    assert [p.read_bytes() for p in written] == [b"one", b"two", b"three", b"four"]


def test_damaged_bytes_are_reported_and_nothing_is_replaced(empty_cat, partner, files) -> None:
    added = attachments.add(empty_cat, "partner", partner, b"original", "a.txt")
    empty_cat.db.execute(
        "UPDATE attachment_data SET data = ? WHERE attachment_id = ?", [b"tampered", added.id]
    )
    target = files / "a.txt"
    target.write_bytes(b"mine")
    with pytest.raises(AttachmentError) as error:
        attachments.write_to(empty_cat, added.id, target)
    assert error.value.code == AttachmentError.DAMAGED
    assert target.read_bytes() == b"mine"
    assert [p.name for p in files.iterdir()] == ["a.txt"]


def test_remove_restore_and_purge_with_history(empty_cat, partner) -> None:
    kept = attachments.add(empty_cat, "partner", partner, b"kept", "kept.txt")
    gone = attachments.add(empty_cat, "partner", partner, b"gone", "minutes.docx")
    attachments.remove(empty_cat, gone.id)
    assert [a.name for a in attachments.for_record(empty_cat, "partner", partner)] == ["kept.txt"]
    assert [(a.name, title) for a, title in attachments.trash(empty_cat)] == [
        ("minutes.docx", "Thành phố Seoul")
    ]
    attachments.restore(empty_cat, gone.id)
    assert len(attachments.for_record(empty_cat, "partner", partner)) == 2
    assert attachments.trash(empty_cat) == []
    attachments.purge(empty_cat, gone.id)  # not in the Trash: kept
    assert attachments.read_bytes(empty_cat, gone.id) == b"gone"
    attachments.remove(empty_cat, gone.id)
    attachments.purge(empty_cat, gone.id)
    with pytest.raises(AttachmentError):
        attachments.get(empty_cat, gone.id, include_deleted=True)
    assert stored_counts(empty_cat)[:2] == (1, 1)
    assert attachments.read_bytes(empty_cat, kept.id) == b"kept"
    entries = history.entries(empty_cat, "partner", partner)
    assert [(e.action, e.changes.get("attachment")) for e in entries[:5]] == [
        ("attachment_purge", ["minutes.docx", None]),
        ("attachment_remove", ["minutes.docx", None]),
        ("attachment_restore", [None, "minutes.docx"]),
        ("attachment_remove", ["minutes.docx", None]),
        ("attachment_add", [None, "minutes.docx"]),
    ]


def test_listeners_hear_the_record_whose_files_changed(empty_cat, partner) -> None:
    heard = []
    empty_cat.subscribe(heard.append)
    added = attachments.add(empty_cat, "partner", partner, b"x", "a.txt")
    attachments.remove(empty_cat, added.id)
    assert [[(c.kind, set(c.ids)) for c in changes] for changes in heard] == [
        [("partner", {partner})],
        [("partner", {partner})],
    ]


def test_a_record_in_the_trash_keeps_its_files_and_purging_it_removes_them(
    empty_cat, partner
) -> None:
    other = repository.save(empty_cat, PARTNERS, Partner(name="Other")).id
    attachments.add(empty_cat, "partner", partner, b"a", "a.txt")
    removed = attachments.add(empty_cat, "partner", partner, b"b", "b.txt")
    attachments.remove(empty_cat, removed.id)
    attachments.add(empty_cat, "partner", other, b"c", "c.txt")
    repository.delete(empty_cat, PARTNERS, partner)
    repository.restore(empty_cat, PARTNERS, partner)
    assert [a.name for a in attachments.for_record(empty_cat, "partner", partner)] == ["a.txt"]
    repository.delete(empty_cat, PARTNERS, partner)
    repository.purge(empty_cat, PARTNERS, partner)
    assert stored_counts(empty_cat)[:2] == (1, 1)
    assert [a.name for a in attachments.for_record(empty_cat, "partner", other)] == ["c.txt"]


def test_a_live_record_is_never_purged_with_its_files(empty_cat, partner) -> None:
    attachments.add(empty_cat, "partner", partner, b"a", "a.txt")
    repository.purge(empty_cat, PARTNERS, partner)  # not in the Trash: nothing happens
    assert len(attachments.for_record(empty_cat, "partner", partner)) == 1


def test_a_version_1_catalogue_upgrades_keeping_a_copy(tmp_path) -> None:
    path = tmp_path / "office.partnerbook"
    shutil.copy(FIXTURES / "catalogue-v1.partnerbook", path)
    original = path.read_bytes()
    folder = tmp_path / "backups"
    cat = Catalogue.open(path, backup_folder=folder)
    try:
        assert cat.schema_version == SCHEMA_VERSION
        copies = list(tmp_path.glob("office.partnerbook.before-v*"))
        assert len(copies) == 1 and copies[0].read_bytes() == original
        assert [b.reason for b in backups.backups(folder, "office")] == ["migration"]
        added = attachments.add(cat, "partner", 1, b"%PDF-1.7", "MoU.pdf")
        assert attachments.read_bytes(cat, added.id) == b"%PDF-1.7"
    finally:
        cat.close()
    Catalogue.open(path, backup_folder=folder).close()  # already current: no second copy
    assert len(backups.backups(folder, "office")) == 1
    assert len(list(tmp_path.glob("office.partnerbook.before-v*"))) == 1


def test_files_in_a_version_2_catalogue_read_back(tmp_path) -> None:
    path = tmp_path / "v2.partnerbook"
    shutil.copy(FIXTURES / "catalogue-v2.partnerbook", path)
    cat = Catalogue.open(path)
    try:
        (signed,) = attachments.for_record(cat, "agreement", 1)
        assert signed.name == "Biên bản ký kết.txt"
        assert attachments.read_bytes(cat, signed.id) == b"Signed agreement, page 1.\n"
        ((letter, title),) = attachments.trash(cat)
        assert letter.record_kind == "partner" and letter.record_id == 1 and title
        assert attachments.read_bytes(cat, letter.id) == bytes(range(256))
    finally:
        cat.close()


@pytest.mark.parametrize(
    ("pragma", "code"),
    [
        ("max_page_count = {pages}", CatalogueError.DISK_FULL),  # no room left on the disk
        ("query_only = ON", CatalogueError.NOT_WRITABLE),  # what a read-only file reports
    ],
)
def test_a_disk_that_refuses_the_file_leaves_nothing_half_written(
    empty_cat, partner, files, pragma: str, code: str
) -> None:
    attachments.add(empty_cat, "partner", partner, b"already here", "first.txt")
    before = stored_counts(empty_cat)
    scan = files / "scan.pdf"
    scan.write_bytes(os.urandom(2 * 1024 * 1024))
    pages = empty_cat.db.execute("PRAGMA page_count").fetchone()[0]
    empty_cat.db.execute(f"PRAGMA {pragma.format(pages=pages)}")
    with pytest.raises(CatalogueError) as error:
        attachments.add(empty_cat, "partner", partner, scan)
    assert error.value.code == code
    empty_cat.db.execute("PRAGMA max_page_count = 1073741823")
    empty_cat.db.execute("PRAGMA query_only = OFF")
    assert stored_counts(empty_cat) == before
    assert [a.name for a in attachments.for_record(empty_cat, "partner", partner)] == ["first.txt"]
    assert empty_cat.integrity_problems() == []
    # Once the disk takes writes again, the same file is attached whole.
    added = attachments.add(empty_cat, "partner", partner, scan)
    assert attachments.read_bytes(empty_cat, added.id) == scan.read_bytes()
