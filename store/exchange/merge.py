"""Merging another catalogue's JSON export: records matched by UUID.

A record only they have is added; one whose content differs on the two sides is a `Conflict`
the caller resolves (the app shows both sides; the command line takes the side changed last).
Without a common ancestor, any difference counts as a conflict, so nothing is overwritten
unseen. Whatever is replaced stays in the record's history. One transaction, after a backup.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from store import attachments, backups, repository
from store.catalogue import Catalogue
from store.dates import PartialDate
from store.exchange.export import (
    CHILDREN,
    JSON_FORMAT,
    JSON_KINDS,
    JSON_VERSION,
    LINKED,
    record_json,
)
from store.exchange.files import MAX_JSON_BYTES, FileError
from store.kinds import SPECS
from store.progress import Cancelled, Progress
from store.records import Activity, Contact, FollowUp

OURS, THEIRS = "ours", "theirs"
# Stamps differ between copies of the same content; they never make a conflict.
_STAMPS = {"uuid", "version", "created_at", "created_by", "updated_at", "updated_by"}
_CHILD_TYPES = {"contacts": Contact, "activities": Activity, "followups": FollowUp}


@dataclass
class Conflict:
    kind: str
    uuid: str
    ours: dict[str, Any]
    theirs: dict[str, Any]
    choice: str = ""  # OURS or THEIRS; starts as the side changed last

    @property
    def newer(self) -> str:
        return (
            THEIRS if self.theirs.get("updated_at", "") > self.ours.get("updated_at", "") else OURS
        )

    @property
    def differences(self) -> list[str]:
        keys = sorted((set(self.ours) | set(self.theirs)) - _STAMPS)
        return [k for k in keys if _content(self.ours.get(k)) != _content(self.theirs.get(k))]


@dataclass
class MergePlan:
    data: dict[str, Any]
    new: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    same: int = 0
    in_trash: int = 0  # theirs, deleted here: left in our Trash
    # Their attachments we lack, by UUID. Files never change once added, so there is nothing
    # else to compare: one they removed stays as it is here.
    attachments: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class MergeResult:
    added: int = 0
    replaced: int = 0
    kept: int = 0
    attachments: int = 0
    backup: Path | None = None


def read_json(path: Path) -> dict[str, Any]:
    path = Path(path)
    if not path.is_file():
        raise FileError(FileError.MISSING, str(path))
    if path.stat().st_size > MAX_JSON_BYTES:
        raise FileError(FileError.JSON_TOO_LARGE)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FileError(FileError.UNREADABLE, str(error)) from None
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        raise FileError(FileError.UNREADABLE, "not a Partnerbook export")
    if data.get("version", 0) > JSON_VERSION:
        raise FileError(FileError.UNREADABLE, "from a newer Partnerbook")
    for item in data.get("attachments", []):
        file_bytes(item)  # a damaged file refuses the whole export before anything is planned
    return data


def file_bytes(item: dict[str, Any]) -> bytes:
    """An attachment's bytes from its base64 `data`, checked against its size and sha256.

    FileError ATTACHMENT_DATA: not base64 (or not an attachment at all); ATTACHMENT_CHECKSUM:
    the bytes are not those the export named. `detail` is the file's name.
    """
    if not isinstance(item, dict) or not all(
        isinstance(item.get(key), str)
        for key in ("uuid", "record", "record_kind", "name", "added_at", "added_by")
    ):
        raise FileError(FileError.ATTACHMENT_DATA)
    name = item["name"]
    try:
        data = base64.b64decode(item["data"], validate=True)
    except (KeyError, TypeError, ValueError):
        raise FileError(FileError.ATTACHMENT_DATA, name) from None
    if len(data) != item.get("size") or hashlib.sha256(data).hexdigest() != item.get("sha256"):
        raise FileError(FileError.ATTACHMENT_CHECKSUM, name)
    return data


def _content(value: Any) -> Any:
    """A value without stamps, children included, for comparing content."""
    if isinstance(value, list):
        return [_content(v) for v in value]
    if isinstance(value, dict):
        return {k: _content(v) for k, v in value.items() if k not in _STAMPS - {"uuid"}}
    return value


def _uuids(cat: Catalogue) -> dict[str, dict[int, str]]:
    return {
        kind: dict(cat.db.execute(f"SELECT id, uuid FROM {SPECS[kind].table}").fetchall())
        for kind in JSON_KINDS
    }


def plan_merge(cat: Catalogue, data: dict[str, Any]) -> MergePlan:
    """Compare their records with ours by UUID; writes nothing."""
    result = MergePlan(data)
    uuids = _uuids(cat)
    for kind in JSON_KINDS:
        spec = SPECS[kind]
        ours = {
            row[1]: (row[0], row[2])
            for row in cat.db.execute(f"SELECT id, uuid, deleted_at FROM {spec.table}")
        }
        result.new[kind] = []
        for theirs in data.get(spec.table, []):
            found = ours.get(theirs.get("uuid"))
            if found is None:
                result.new[kind].append(theirs)
                continue
            record_id, deleted = found
            if deleted:
                result.in_trash += 1
                continue
            mine = record_json(repository.load(cat, spec, record_id), uuids)
            if {k: _content(v) for k, v in mine.items() if k not in _STAMPS} == {
                k: _content(v) for k, v in theirs.items() if k not in _STAMPS
            }:
                result.same += 1
            else:
                conflict = Conflict(kind, theirs["uuid"], mine, theirs)
                conflict.choice = conflict.newer
                result.conflicts.append(conflict)
    ours = {uuid for (uuid,) in cat.db.execute("SELECT uuid FROM attachments")}
    result.attachments = [a for a in data.get("attachments", []) if a.get("uuid") not in ours]
    return result


def _record(kind: str, data: dict[str, Any], ids: dict[str, dict[str, int]], base: Any = None):
    """A record from JSON with local ids; `base` (ours) gives the id, version and child ids."""
    spec = SPECS[kind]
    values: dict[str, Any] = {}
    for f in fields(spec.record):
        name = f.name
        if name == "id":
            values[name] = base.id if base else None
        elif name in LINKED:
            key, target = LINKED[name]
            raw = data.get(key)
            if isinstance(raw, list):
                values[name] = [ids[target][u] for u in raw if u in ids[target]]
            else:
                values[name] = ids[target].get(raw) if raw else None
        elif name in CHILDREN:
            ours = {c.uuid: c for c in getattr(base, name)} if base else {}
            values[name] = [_child(name, c, ours.get(c.get("uuid"))) for c in data.get(name, [])]
        elif name in data:
            values[name] = _value(f.type, data[name])
    if base is not None:
        values["version"] = base.version
    return spec.record(**values)


def _value(type_: Any, value: Any) -> Any:
    return PartialDate.from_iso(value) if "PartialDate" in str(type_) else value


def _child(attr: str, data: dict[str, Any], ours: Any) -> Any:
    child_type = _CHILD_TYPES[attr]
    values = {f.name: _value(f.type, data[f.name]) for f in fields(child_type) if f.name in data}
    values["id"] = ours.id if ours else None
    return child_type(**values)


def apply_merge(
    cat: Catalogue,
    plan: MergePlan,
    progress: Progress | None = None,
    backup_folder: Path | None = None,
    backup: bool = True,
) -> MergeResult:
    """Add their new records and the conflicts resolved to THEIRS, in one transaction."""
    result = MergeResult()
    if backup:
        result.backup = backups.make(cat, backup_folder, reason="import")
    total = sum(map(len, plan.new.values())) + len(plan.conflicts) + len(plan.attachments)
    done = 0
    with cat.transaction() as db:
        known = {code for (code,) in db.execute("SELECT code FROM fields")}
        position = db.execute("SELECT coalesce(max(position), 0) FROM fields").fetchone()[0]
        for item in plan.data.get("fields", []):
            if item["code"] not in known:
                position += 1
                db["fields"].insert({**item, "position": position})
        ids = {kind: {u: i for i, u in table.items()} for kind, table in _uuids(cat).items()}
        for kind in JSON_KINDS:
            spec = SPECS[kind]
            for data in _linked_first(kind, plan.new.get(kind, [])):
                stored = repository.save(cat, spec, _record(kind, data, ids))
                ids[kind][stored.uuid] = stored.id
                result.added += 1
                done += 1
                if progress is not None and progress(done, total) is False:
                    raise Cancelled
        for conflict in plan.conflicts:
            if conflict.choice == THEIRS:
                spec = SPECS[conflict.kind]
                ours = repository.load(cat, spec, ids[conflict.kind][conflict.uuid])
                repository.save(cat, spec, _record(conflict.kind, conflict.theirs, ids, ours))
                result.replaced += 1
            else:
                result.kept += 1
            done += 1
            if progress is not None and progress(done, total) is False:
                raise Cancelled
        for item in plan.attachments:
            kind = item.get("record_kind")
            record_id = ids.get(kind, {}).get(item.get("record"))
            if (
                kind in attachments.KINDS
                and record_id
                and repository.exists(cat, SPECS[kind], record_id)
            ):
                # Decoded one at a time: only one file's bytes are held at once.
                attachments.add_copy(cat, kind, record_id, _attachment(item), file_bytes(item))
                result.attachments += 1
            done += 1
            if progress is not None and progress(done, total) is False:
                raise Cancelled
    return result


def _attachment(item: dict[str, Any]) -> attachments.Attachment:
    """Their attachment's description; the local ids are not theirs and are not used."""
    names = {f.name for f in fields(attachments.Attachment)} - {"id", "record_id"}
    return attachments.Attachment(id=0, record_id=0, **{k: item.get(k) for k in names})


_OWN_KIND = {"partner": "parent", "agreement": "renews"}


def _linked_first(kind: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """New records ordered so that a partner's parent (an agreement's earlier one) comes first."""
    key = _OWN_KIND.get(kind)
    if key is None:
        return records
    pending = {r["uuid"]: r for r in records}
    ordered: list[dict[str, Any]] = []
    while pending:
        ready = [r for r in pending.values() if r.get(key) not in pending]
        if not ready:  # a cycle (no valid catalogue has one): the first link is left empty
            ready = list(pending.values())
        for record in ready:
            ordered.append(pending.pop(record["uuid"]))
    return ordered
