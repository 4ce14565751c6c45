"""Printing from the window reads, words, lays out and writes beside the GUI thread: the window
keeps answering, Cancel leaves nothing behind, and the UI keeps its language."""

from __future__ import annotations

import hashlib
import subprocess
import threading
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from gui.printing import Document, pdf, render
from gui.printing.report_dialog import ReportDialog


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


class _Ticks:
    """A 10 ms timer on the GUI thread: it only ticks while that thread handles events."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


class _LanguageChanges(QObject):
    count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


def test_a_report_is_saved_beside_the_window_in_the_print_language(
    window, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "directory.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    ticks = _Ticks()
    seen: list[tuple[str, bool, int]] = []  # (step, on the main thread, GUI ticks meanwhile)
    titles: list[str] = []  # what the window's menu said while the work ran
    ticks.timer.timeout.connect(lambda: titles.append(window.menu_print.title()))

    def watched(step: str, original):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            before = ticks.count
            time.sleep(0.3)  # the GUI thread, if free, ticks meanwhile
            result = original(*args, **kwargs)
            main = threading.current_thread() is threading.main_thread()
            seen.append((step, main, ticks.count - before))
            return result

        return run

    monkeypatch.setattr(render, "build", watched("build", render.build))
    monkeypatch.setattr(pdf, "lay_out", watched("lay out", pdf.lay_out))
    changes = _LanguageChanges()
    window.installEventFilter(changes)
    dialog = ReportDialog(window.cat, "Org", "vi", window)  # the print in Vietnamese
    dialog.report.setCurrentIndex(dialog.report.findData("directory"))
    dialog.save("pdf")
    ticks.timer.stop()

    assert [step for step, _, _ in seen] == ["build", "lay out"]
    for step, main, ticked in seen:
        assert not main, step
        assert ticked > 0, step  # the window went on handling events
    text = _text(target)
    assert "Danh bạ đối tác" in text and "Trang 1/" in text
    assert titles and set(titles) == {"&Print"}  # the UI stayed in English throughout
    assert window.menu_print.title() == "&Print" and changes.count == 0


def test_cancel_leaves_no_file_and_the_catalogue_as_it_was(window, monkeypatch, tmp_path) -> None:
    from gui.printing import docx

    catalogue = Path(window.cat.path)
    before = hashlib.sha256(catalogue.read_bytes()).hexdigest()
    files_before = sorted(tmp_path.iterdir())
    # Cancel once the file is being made: after the PDF's layout, before the Word file's blocks.
    for how, module, step in (("pdf", pdf, "lay_out"), ("docx", docx, "to_docx")):
        path = tmp_path / f"profile.{how}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=path, **k: (str(p), ""))
        writing, heard = threading.Event(), threading.Event()
        original = getattr(module, step)

        def then_cancel(*args, original=original, writing=writing, heard=heard, **kwargs):  # type: ignore[no-untyped-def]
            writing.set()
            heard.wait(10)  # until the progress dialog has seen Cancel
            return original(*args, **kwargs)

        def cancelled(self, writing=writing, heard=heard) -> bool:  # type: ignore[no-untyped-def]
            if writing.is_set():
                heard.set()
            return writing.is_set()

        monkeypatch.setattr(module, step, then_cancel)
        monkeypatch.setattr(QProgressDialog, "wasCanceled", cancelled)
        window.open_record("partner", 1)
        window.statusBar().clearMessage()
        (window.act_pdf if how == "pdf" else window.act_docx).trigger()
        monkeypatch.undo()
        assert writing.is_set() and heard.is_set(), how
        assert not path.exists(), how
        assert not window.statusBar().currentMessage(), how  # no "Saved …"
    assert sorted(tmp_path.iterdir()) == files_before  # no partial file either
    assert hashlib.sha256(catalogue.read_bytes()).hexdigest() == before


def test_the_preview_pages_are_drawn_beside_the_window(window, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    drawn_on: list[bool] = []
    original = pdf.draw

    def draw(*args, **kwargs):  # type: ignore[no-untyped-def]
        drawn_on.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    pages: list[int] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:
        dialog.show()  # Qt asks for the pages as the preview is shown
        pages.append(dialog.findChild(QPrintPreviewWidget).pageCount())
        dialog.close()
        return 0

    monkeypatch.setattr(pdf, "draw", draw)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    from gui.printing import preview_document

    preview_document(window, window.cat, Document("report", report="catalogue"), "en")
    assert drawn_on == [False]
    assert pages and pages[0] > 1


def test_printing_draws_on_the_printer_beside_the_window(window, monkeypatch, tmp_path) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from gui.printing import preview

    out = tmp_path / "printed.pdf"
    made = preview._printer

    def to_file(printout):  # type: ignore[no-untyped-def]
        printer = made(printout)  # the printer the system dialog would hand back, as a PDF
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    drawn_on: list[bool] = []
    original = pdf.draw

    def draw(*args, **kwargs):  # type: ignore[no-untyped-def]
        drawn_on.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(preview, "_printer", to_file)
    monkeypatch.setattr(pdf, "draw", draw)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: 1)
    window.open_record("partner", 1)
    window.act_print_direct.trigger()
    assert drawn_on == [False]
    assert "Île-de-France Regional Council" in _text(out)


def test_cancelling_the_preview_closes_it(window, monkeypatch, qtbot) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from gui.printing import preview_document

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: drawing.is_set())
    drawing = threading.Event()
    original = pdf.draw

    def draw(*args, **kwargs):  # type: ignore[no-untyped-def]
        drawing.set()  # Cancel as the pages are drawn
        time.sleep(0.2)  # the progress dialog hears it meanwhile
        return original(*args, **kwargs)

    outcome: list[int] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.isVisible())
        outcome.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(pdf, "draw", draw)
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    preview_document(window, window.cat, Document("report", report="catalogue"), "en")
    assert outcome == [0]  # rejected: no preview of half the pages
