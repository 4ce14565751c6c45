"""Files the user asked for (a printout, an export) are written under a temporary name beside the
chosen one and take that name only once complete: a cancelled or failed write leaves neither half
a file nor a damaged copy of an earlier one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def whole_file(path: Path) -> Iterator[Path]:
    """The temporary path to write; renamed to `path` when the block ends without an error,
    removed otherwise. A folder that is missing or not writable fails here, before any work."""
    partial = path.with_name(f"{path.stem}.partial{path.suffix}")
    with partial.open("wb"):
        pass
    try:
        yield partial
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
