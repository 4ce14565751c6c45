"""Each record's history: who changed what, when (written by repository in every save)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from store.catalogue import Catalogue


@dataclass(frozen=True)
class Entry:
    at: str
    user: str
    # create, edit, delete, restore, purge; attachment_add, _remove, _restore, _purge
    action: str
    changes: dict[str, list[Any]]  # field → [old, new]; "attachment" → [old name, new name]


def entries(cat: Catalogue, kind: str, record_id: int, limit: int = 50) -> list[Entry]:
    """The newest changes first."""
    rows = cat.db.execute(
        "SELECT at, user, action, changes FROM history WHERE kind = ? AND record_id = ? "
        "ORDER BY id DESC LIMIT ?",
        [kind, record_id, limit],
    )
    return [
        Entry(at, user, action, json.loads(changes or "{}")) for at, user, action, changes in rows
    ]
