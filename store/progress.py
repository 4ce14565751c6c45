"""How long work reports its progress and learns that the user cancelled it."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total) -> False asks the work to stop.
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The progress callback asked to stop; whatever was being written was rolled back."""
