"""The attachments panel of a list tab, driven like a user: file dialogs, drops, buttons."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gui import i18n, viewer_copies
from gui.dialogs.settings_dialog import SettingsDialog
from gui.dialogs.trash_dialog import TrashDialog
from gui.widgets.attachments_widget import AttachmentsWidget
from store import attachments
from store.catalogue import Catalogue


@pytest.fixture
def panel(window) -> AttachmentsWidget:
    """The attachments panel of the partners tab, showing its first partner."""
    tab = window.list_tabs["partner"]
    window.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    return tab.attachments


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Every message box's text; question boxes are answered Yes."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def red_png(path: Path) -> Path:
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def rows(panel: AttachmentsWidget) -> list[list[str]]:
    return [
        [panel.listing.topLevelItem(i).text(c) for c in range(4)]
        for i in range(panel.listing.topLevelItemCount())
    ]


def drop(panel: AttachmentsWidget, urls: list[QUrl]) -> tuple[bool, bool]:
    """Drag `urls` over the panel and drop them; (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls(urls)
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.setAccepted(False)
    QApplication.sendEvent(panel, enter)
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setAccepted(False)
    QApplication.sendEvent(panel, event)
    return enter.isAccepted(), event.isAccepted()


def test_add_through_the_dialog_lists_name_type_size_and_a_thumbnail(
    window, panel, files, monkeypatch
) -> None:
    photo = red_png(files / "Đoàn Seoul.png")
    scan = files / "Biên bản.pdf"
    scan.write_bytes(os.urandom(5 * 1024 * 1024))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo), str(scan)], "")
    )
    panel.act_add.trigger()
    shown = rows(panel)
    assert [r[0] for r in shown] == ["Đoàn Seoul.png", "Biên bản.pdf"]
    assert [r[1] for r in shown] == ["PNG image", "PDF document"]
    assert shown[1][2] == "5.0 MB"
    assert panel.heading.text() == "Attachments (2)"
    thumbnail = panel.listing.topLevelItem(0).icon(0).pixmap(48).toImage()
    assert thumbnail.pixelColor(thumbnail.width() // 2, thumbnail.height() // 2) == QColor("red")
    assert thumbnail.width() > thumbnail.height()  # the picture's shape, not a square icon
    partner_id = window.current_record()[1]
    stored = attachments.for_record(window.cat, "partner", partner_id)
    assert attachments.read_bytes(window.cat, stored[1].id) == scan.read_bytes()
    history = window.list_tabs["partner"].detail.toPlainText()
    assert "file attached · Biên bản.pdf" in history


def test_recent_changes_word_what_happened_to_files(qtbot, window, panel) -> None:
    partner_id = window.current_record()[1]
    attachments.add(window.cat, "partner", partner_id, b"x", "Minutes.txt")
    window.overview.refresh()  # computed in the background
    listing = window.overview.sections["recent_changes"][1]
    qtbot.waitUntil(lambda: listing.item(0).text().startswith("Partner file attached: "))


def test_files_dropped_on_the_panel_are_attached(window, panel, files) -> None:
    letter = files / "letter.docx"
    letter.write_bytes(b"PK\x03\x04 letter")
    assert panel.note.text() == "No files yet: drop files here or click Add…"
    assert drop(panel, [QUrl.fromLocalFile(str(letter))]) == (True, True)
    assert [r[0] for r in rows(panel)] == ["letter.docx"]
    assert rows(panel)[0][2] == "11 bytes"
    assert drop(panel, [QUrl("https://example.org/x.pdf")]) == (False, False)
    assert len(rows(panel)) == 1


def test_a_file_over_the_limit_is_refused_in_the_ui_language(
    window, panel, files, messages
) -> None:
    panel.limit = 1024 * 1024
    big = files / "scan.pdf"
    big.write_bytes(b"x" * (3 * 1024 * 1024))
    small = files / "note.txt"
    small.write_bytes(b"kept")
    panel.add_paths([big, small])
    assert messages == ["“scan.pdf” is 3.0 MB; a file can be at most 1 MB. It was not attached."]
    assert [r[0] for r in rows(panel)] == ["note.txt"]
    i18n.install("vi")
    messages.clear()
    panel.add_paths([big])
    assert messages == [
        "“scan.pdf” có dung lượng 3,0 MB; mỗi tệp đính kèm tối đa 1 MB. Tệp chưa được đính kèm."
    ]


def test_remove_asks_then_the_file_goes_to_the_trash_and_comes_back(
    qtbot, window, panel, messages
) -> None:
    partner_id = window.current_record()[1]
    attachments.add(window.cat, "partner", partner_id, b"minutes", "Minutes.txt")
    assert [r[0] for r in rows(panel)] == ["Minutes.txt"]
    panel.listing.setCurrentItem(panel.listing.topLevelItem(0))
    panel.act_remove.trigger()
    assert "Move “Minutes.txt” to the Trash?" in messages[0]
    assert rows(panel) == []
    assert (
        "file moved to the Trash · Minutes.txt" in window.list_tabs["partner"].detail.toPlainText()
    )
    trash = TrashDialog(window.cat, window)
    qtbot.addWidget(trash)
    first = trash.listing.topLevelItem(0)
    assert first.text(0).startswith("Minutes.txt (attached to ")
    assert first.text(1) == "Attachment"
    trash.restore_selected()
    assert [r[0] for r in rows(panel)] == ["Minutes.txt"]


def test_remove_cancelled_keeps_the_file(window, panel, monkeypatch) -> None:
    attachments.add(window.cat, "partner", window.current_record()[1], b"x", "keep.txt")
    panel.listing.setCurrentItem(panel.listing.topLevelItem(0))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    panel.act_remove.trigger()
    assert [r[0] for r in rows(panel)] == ["keep.txt"]


def test_emptying_the_trash_deletes_removed_files_for_good(
    qtbot, window, panel, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    added = attachments.add(window.cat, "partner", window.current_record()[1], b"x", "old.txt")
    attachments.remove(window.cat, added.id)
    trash = TrashDialog(window.cat, window)
    qtbot.addWidget(trash)
    trash.empty()
    assert trash.listing.topLevelItemCount() == 0
    assert window.cat.db.execute("SELECT count(*) FROM attachment_data").fetchone()[0] == 0


def test_open_hands_a_read_only_temporary_copy_to_the_system_viewer(
    window, panel, monkeypatch
) -> None:
    data = os.urandom(3000)
    attachments.add(window.cat, "partner", window.current_record()[1], data, "../CON.pdf")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.listing.setCurrentItem(panel.listing.topLevelItem(0))
    panel.act_open.trigger()
    path = Path(opened[0].toLocalFile())
    assert path.name == "_CON.pdf" and path.read_bytes() == data
    assert viewer_copies.folder() in path.parents
    assert not path.stat().st_mode & 0o222
    panel.act_open.trigger()  # opened again: the same copy
    assert opened[1] == opened[0]
    folder = viewer_copies.folder()
    viewer_copies.remove_copies()
    assert not folder.exists()


def test_open_without_a_viewer_says_so(window, panel, monkeypatch, messages) -> None:
    attachments.add(window.cat, "partner", window.current_record()[1], b"x", "data.xyz")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    panel.listing.setCurrentItem(panel.listing.topLevelItem(0))
    panel.open_selected()
    assert messages and "No program on this computer opens “data.xyz”" in messages[0]


def test_save_a_copy_and_export_all(window, panel, files, monkeypatch) -> None:
    partner_id = window.current_record()[1]
    attachments.add(window.cat, "partner", partner_id, b"one", "a/../../a.txt")
    attachments.add(window.cat, "partner", partner_id, b"two", "a.txt")
    target = files / "chosen name.txt"
    offered: list[str] = []

    def save_dialog(parent, title, suggested, *args):
        offered.append(Path(suggested).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    panel.listing.setCurrentItem(panel.listing.topLevelItem(1))
    panel.act_save.trigger()
    assert offered == ["a (2).txt"] and target.read_bytes() == b"two"
    out = files / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    panel.act_export.trigger()
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {
        "a.txt": b"one",
        "a (2).txt": b"two",
    }
    assert "Saved 2 file(s)" in panel.note.text()


def test_a_read_only_catalogue_lists_files_but_adds_none(qtbot, sample_path, files) -> None:
    cat = Catalogue.open(sample_path)
    attachments.add(cat, "partner", 1, b"x", "kept.txt")
    cat.close()
    read_only = Catalogue.open(sample_path, read_only=True)
    panel = AttachmentsWidget(read_only)
    qtbot.addWidget(panel)
    panel.show_record("partner", 1)
    assert [r[0] for r in rows(panel)] == ["kept.txt"]
    panel.listing.setCurrentItem(panel.listing.topLevelItem(0))
    assert not panel.act_add.isEnabled() and not panel.act_remove.isEnabled()
    assert panel.act_open.isEnabled() and panel.act_export.isEnabled()
    (files / "new.txt").write_bytes(b"new")
    assert drop(panel, [QUrl.fromLocalFile(str(files / "new.txt"))]) == (False, False)
    read_only.close()


def test_no_record_selected_means_nothing_to_add(qtbot, cat) -> None:
    panel = AttachmentsWidget(cat)
    qtbot.addWidget(panel)
    assert not panel.act_add.isEnabled() and not panel.act_export.isEnabled()
    assert panel.heading.text() == "Attachments"


def test_the_limit_is_a_setting(qtbot, window, settings) -> None:
    assert settings.attachment_limit() == 50 * 1024 * 1024
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.attachment_limit.setValue(5)
    dialog.apply()
    assert settings.attachment_limit() == 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("pragma", "words"),
    [
        ("max_page_count = {pages}", "is full. Nothing was saved"),
        ("query_only = ON", "cannot be written: the file or its folder is read-only"),
    ],
)
def test_a_disk_that_refuses_the_file_is_worded_and_the_list_stays(
    window, panel, files, messages, pragma: str, words: str
) -> None:
    kept = files / "kept.txt"
    kept.write_bytes(b"kept")
    panel.add_paths([kept])
    before = rows(panel)
    cat = panel.cat
    stored = cat.db.execute("SELECT count(*) FROM attachments").fetchone()[0]
    scan = files / "scan.pdf"
    scan.write_bytes(os.urandom(2 * 1024 * 1024))
    pages = cat.db.execute("PRAGMA page_count").fetchone()[0]
    cat.db.execute(f"PRAGMA {pragma.format(pages=pages)}")
    try:
        panel.add_paths([scan, kept])
    finally:
        cat.db.execute("PRAGMA max_page_count = 1073741823")
        cat.db.execute("PRAGMA query_only = OFF")
    assert len(messages) == 1 and words in messages[0] and str(cat.path) in messages[0]
    assert rows(panel) == before
    assert cat.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == stored
