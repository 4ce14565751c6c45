"""Long work (import, merge, export, backups, printing) on a thread, with a progress dialog and Cancel.

The work gets a `progress(done, total) -> bool` callback; False asks it to stop (the store then
rolls back). It must use its own connection (`Catalogue.twin()`), never the window's.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

from store.catalogue import Catalogue
from store.progress import Cancelled, Progress

T = TypeVar("T")


class _Thread(QThread):
    def __init__(self, run: Callable[[], None]) -> None:
        super().__init__()
        self._run = run

    def run(self) -> None:
        self._run()


def run_with_progress(
    parent: QWidget | None, title: str, work: Callable[[Progress], T]
) -> T | None:
    """Run `work` off the GUI thread while the window keeps painting; None when cancelled.

    An exception raised by the work is raised here, on the GUI thread; Cancelled after the
    user's Cancel means None. Work that finished before it heard of Cancel counts as done.
    """
    dialog = QProgressDialog(
        title, QCoreApplication.translate("Background", "Cancel"), 0, 0, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    cancelled = threading.Event()
    state = {"done": 0, "total": 0}
    outcome: dict[str, object] = {}

    def progress(done: int, total: int) -> bool:
        state["done"], state["total"] = done, total
        return not cancelled.is_set()

    def run() -> None:
        try:
            outcome["value"] = work(progress)
        except BaseException as error:  # handed to the GUI thread below
            # Free the work's locals here: Qt objects made on this thread (a text layout and
            # its fonts) must not outlive it in the traceback and die on the GUI thread.
            traceback.clear_frames(error.__traceback__)
            outcome["error"] = error

    # A QThread rather than a Python thread: Qt objects used by the work (text layout, fonts,
    # painters) find the event dispatcher they expect on their thread.
    thread = _Thread(run)
    thread.start()
    while thread.isRunning():
        dialog.setMaximum(state["total"])
        dialog.setValue(state["done"])
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if dialog.wasCanceled():
            cancelled.set()
        thread.wait(20)
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, Cancelled) and cancelled.is_set():
        return None  # stopped as asked: the store rolled back
    if error is not None:
        raise error  # type: ignore[misc]
    return outcome.get("value")  # type: ignore[return-value] - done, even if Cancel came late


def with_twin(
    cat: Catalogue, work: Callable[[Catalogue, Progress], T], *, read_only: bool = True
) -> Callable[[Progress], T]:
    """`work(twin, progress)` as work for `run_with_progress`, on a connection of its own.

    Writes through the twin reach the window by its watch on the file (PRAGMA data_version).
    """

    def run(progress: Progress) -> T:
        twin = cat.twin(read_only=read_only)
        try:
            return work(twin, progress)
        finally:
            twin.close()

    return run
