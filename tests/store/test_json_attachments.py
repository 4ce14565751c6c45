"""Attachments travel in the JSON export: byte for byte, merged by UUID, checked on the way in."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from store import attachments, repository
from store.catalogue import Catalogue
from store.exchange import export, merge
from store.exchange.files import FileError
from store.partners import SPEC as PARTNERS
from store.records import Partner


def first_partner(cat: Catalogue) -> int:
    return cat.db.execute("SELECT id FROM partners ORDER BY id LIMIT 1").fetchone()[0]


def stored_files(cat: Catalogue) -> dict[str, tuple]:
    """uuid → (record uuid, name, sha256 of the stored bytes, deleted?) for every attachment."""
    found = {}
    for a in attachments.every_file(cat):
        record = cat.db.execute(
            f"SELECT uuid FROM {a.record_kind}s WHERE id = ?", [a.record_id]
        ).fetchone()[0]
        digest = hashlib.sha256(attachments.read_bytes(cat, a.id)).hexdigest()
        assert digest == a.sha256
        found[a.uuid] = (record, a.name, digest, a.deleted_at is not None, a.added_at)
    return found


def merged(target: Catalogue, path: Path) -> merge.MergeResult:
    return merge.apply_merge(target, merge.plan_merge(target, merge.read_json(path)), backup=False)


def test_round_trip_keeps_every_byte(cat: Catalogue, empty_cat: Catalogue, tmp_path: Path) -> None:
    partner = first_partner(cat)
    event = cat.db.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()[0]
    scan = os.urandom(3 * 1024 * 1024 + 7)  # several chunks, not a multiple of 3
    attachments.add(cat, "partner", partner, scan, "Biên bản ký kết.pdf")
    attachments.add(cat, "partner", partner, b"", "empty.txt")
    photo = attachments.add(cat, "event", event, bytes(range(256)) * 10, "ảnh.jpg")
    attachments.remove(cat, photo.id)  # in the Trash: exported with its deleted_at
    path = tmp_path / "all.json"
    export.write_json(path, cat)
    again = tmp_path / "again.json"
    export.write_json(again, cat)
    assert path.read_bytes() == again.read_bytes()

    data = json.loads(path.read_text(encoding="utf-8"))
    listed = data["attachments"]
    assert [(a["record"], a["uuid"]) for a in listed] == sorted(
        (a["record"], a["uuid"]) for a in listed
    )
    by_name = {a["name"]: a for a in listed}
    assert base64.b64decode(by_name["Biên bản ký kết.pdf"]["data"]) == scan
    assert by_name["ảnh.jpg"]["deleted_at"] and by_name["ảnh.jpg"]["media_type"] == "image/jpeg"

    result = merged(empty_cat, path)
    assert result.attachments == 3
    assert stored_files(empty_cat) == stored_files(cat)
    assert export.catalogue_json(empty_cat)["attachments"] == listed_without_data(listed)
    # Merging the same file again adds nothing.
    assert merge.plan_merge(empty_cat, merge.read_json(path)).attachments == []


def listed_without_data(listed: list[dict]) -> list[dict]:
    return [{k: v for k, v in a.items() if k != "data"} for a in listed]


def test_merge_of_two_diverged_copies_adds_each_new_file(sample_path: Path, tmp_path: Path) -> None:
    theirs_path = tmp_path / "theirs.partnerbook"
    shutil.copy(sample_path, theirs_path)
    ours, theirs = Catalogue.open(sample_path), Catalogue.open(theirs_path)
    partner = first_partner(ours)
    shared = attachments.add(ours, "partner", partner, b"both sides", "shared.txt")
    export.write_json(tmp_path / "ours.json", ours)
    merged(theirs, tmp_path / "ours.json")  # they have our file now
    mine = attachments.add(ours, "partner", partner, b"ours only", "ours.txt")
    new = repository.save(theirs, PARTNERS, Partner(name="Thành phố Lyon", country="FR"))
    their_scan = attachments.add(theirs, "partner", new.id, b"%PDF theirs", "lyon.pdf")
    attachments.remove(theirs, attachments.every_file(theirs)[0].id)  # they removed `shared`
    export.write_json(tmp_path / "theirs.json", theirs)

    plan = merge.plan_merge(ours, merge.read_json(tmp_path / "theirs.json"))
    assert [a["uuid"] for a in plan.attachments] == [their_scan.uuid]
    assert merge.apply_merge(ours, plan, backup=False).attachments == 1
    files = stored_files(ours)
    assert set(files) == {shared.uuid, mine.uuid, their_scan.uuid}
    assert files[shared.uuid][3] is False  # removed on their side: ours is kept as it is
    lyon = ours.db.execute("SELECT id FROM partners WHERE uuid = ?", [new.uuid]).fetchone()[0]
    assert [a.name for a in attachments.for_record(ours, "partner", lyon)] == ["lyon.pdf"]
    assert attachments.read_bytes(ours, attachments.for_record(ours, "partner", lyon)[0].id) == (
        b"%PDF theirs"
    )
    ours.close()
    theirs.close()


def _export_with_one_file(cat: Catalogue, tmp_path: Path, **changes) -> Path:
    attachments.add(cat, "partner", first_partner(cat), b"signed scan", "scan.pdf")
    path = tmp_path / "all.json"
    export.write_json(path, cat)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["attachments"][0].update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_hostile_name_is_cleaned(cat: Catalogue, empty_cat: Catalogue, tmp_path: Path) -> None:
    path = _export_with_one_file(cat, tmp_path, name="../../\u202eCON.txt", media_type="text/html")
    merged(empty_cat, path)
    (stored,) = attachments.every_file(empty_cat)
    assert stored.name == attachments.safe_name("../../\u202eCON.txt") == "_CON.txt"
    assert stored.media_type == "text/plain"  # from the cleaned name, not from the file
    assert attachments.read_bytes(empty_cat, stored.id) == b"signed scan"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"data": "not base64 at all!"}, FileError.ATTACHMENT_DATA),
        ({"data": base64.b64encode(b"signed scan")[:-2].decode()}, FileError.ATTACHMENT_DATA),
        ({"data": base64.b64encode(b"signed scam").decode()}, FileError.ATTACHMENT_CHECKSUM),
        ({"sha256": "0" * 64}, FileError.ATTACHMENT_CHECKSUM),
        ({"name": None}, FileError.ATTACHMENT_DATA),
    ],
)
def test_damaged_file_refuses_the_whole_export(
    cat: Catalogue, empty_cat: Catalogue, tmp_path: Path, changes: dict, code: str
) -> None:
    path = _export_with_one_file(cat, tmp_path, **changes)
    with pytest.raises(FileError) as error:
        merge.read_json(path)
    assert error.value.code == code
    assert empty_cat.db.execute("SELECT count(*) FROM partners").fetchone()[0] == 0


def test_bytes_changed_after_planning_roll_everything_back(
    cat: Catalogue, empty_cat: Catalogue, tmp_path: Path
) -> None:
    path = _export_with_one_file(cat, tmp_path)
    plan = merge.plan_merge(empty_cat, merge.read_json(path))
    plan.attachments[0]["sha256"] = "0" * 64
    with pytest.raises(FileError):
        merge.apply_merge(empty_cat, plan, backup=False)
    assert empty_cat.db.execute("SELECT count(*) FROM partners").fetchone()[0] == 0
    assert empty_cat.db.execute("SELECT count(*) FROM attachment_data").fetchone()[0] == 0
