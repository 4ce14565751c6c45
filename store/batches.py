"""Ids asked or written many at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

# SQLite's limit on parameters in one statement is 999 in older builds.
CHUNK = 500


def id_chunks(ids: Iterable[int]) -> Iterator[tuple[list[int], str]]:
    """Distinct ids, CHUNK at a time, each chunk with its placeholders for `IN (…)`."""
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        yield chunk, ", ".join("?" * len(chunk))
