"""What the user sees when a catalogue cannot be opened or saved as it is."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui import i18n
from gui.dialogs.editing import DIALOGS
from gui.opening import open_catalogue
from store import backups


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, min(len(data), 12 * 4096), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


class Boxes(list):
    """Every message box shown, as (text, button names); each is answered with `answer`."""

    answer = "Open the newest good backup"


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    seen = Boxes()

    def exec_(box: QMessageBox) -> int:
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        wanted = next((b for b in box.buttons() if b.text().startswith(seen.answer)), None)
        if wanted is not None:
            wanted.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


@pytest.fixture(autouse=True)
def english():
    i18n.install("en")
    yield


def test_damaged_catalogue_offers_the_newest_good_backup(qtbot, cat, settings, boxes) -> None:
    settings.set("backup_folder", str(cat.path.parent / "backups"))
    backups.make(cat, settings.backup_folder(), "daily")
    path = cat.path
    cat.close()
    damage(path)
    before = digest(path)

    opened = open_catalogue(path, settings, None)

    text, buttons = boxes[0]
    assert "is damaged" in text and str(path) in text
    assert "Open the newest good backup" in buttons
    assert "Open read-only" in buttons and "Choose another file…" in buttons
    assert opened is not None and opened.path != path and "recovered" in opened.path.name
    assert opened.db.execute("SELECT count(*) FROM partners").fetchone()[0] == 17
    assert digest(path) == before, "the damaged file is kept exactly as it was"
    opened.close()


def test_newer_catalogue_opens_read_only_and_stays_unchanged(qtbot, cat, settings, boxes) -> None:
    settings.set("backup_folder", str(cat.path.parent / "no-backups"))
    path = cat.path
    cat.close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('partnerbook', '9999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = digest(path)
    boxes.answer = "Open read-only"

    opened = open_catalogue(path, settings, None)

    text, buttons = boxes[0]
    assert "newer Partnerbook" in text
    assert not any(b.startswith("Open the newest good backup") for b in buttons)
    assert opened is not None and opened.read_only
    opened.close()
    assert digest(path) == before


def test_network_drive_is_warned_about_once(qtbot, cat, settings, boxes, monkeypatch) -> None:
    monkeypatch.setattr("gui.opening.sharing_risk", lambda path: "network")
    path = cat.path
    cat.close()
    for _ in range(2):
        open_catalogue(path, settings, None).close()
    assert len(boxes) == 1 and "network drive" in boxes[0][0]


def test_a_save_the_disk_refuses_keeps_the_edit_in_the_form(qtbot, cat, boxes) -> None:
    dialog = DIALOGS["partner"](cat, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.bindings["name"].widget.setText("Nagano Prefecture")
    cat.db.execute("PRAGMA query_only = ON")  # SQLite's answer for a read-only file
    dialog.save_button.click()
    cat.db.execute("PRAGMA query_only = OFF")

    assert "cannot be written" in boxes[-1][0]
    assert dialog.isVisible(), "the form stays open"
    assert dialog.bindings["name"].widget.text() == "Nagano Prefecture"
    assert cat.db.execute("SELECT count(*) FROM partners").fetchone()[0] == 17
    dialog.save_button.click()  # once the file can be written, the same edit saves
    assert not dialog.isVisible()
    found = "SELECT count(*) FROM partners WHERE name = 'Nagano Prefecture'"
    assert cat.db.execute(found).fetchone()[0] == 1


def test_damage_found_after_the_window_opened_offers_the_same_choices(
    qtbot, cat, settings, boxes, damage_table
) -> None:
    from gui.main_window import MainWindow

    settings.set("backup_folder", str(cat.path.parent / "backups"))
    backups.make(cat, settings.backup_folder(), "daily")
    path = cat.path
    cat.close()
    damage_table(path, "history")  # quick_check finds it; opening itself does not
    before = digest(path)
    opened = open_catalogue(path, settings, None)
    assert opened is not None and boxes == []

    window = MainWindow(opened, settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.cat.path != path, timeout=10000)

    assert "is damaged" in boxes[0][0]
    assert "recovered" in window.cat.path.name and not window.cat.read_only
    assert digest(path) == before


def test_damage_found_later_and_no_choice_leaves_the_file_read_only(
    qtbot, cat, settings, boxes, damage_table
) -> None:
    from gui.main_window import MainWindow

    settings.set("backup_folder", str(cat.path.parent / "none"))
    path = cat.path
    cat.close()
    damage_table(path, "history")
    before = digest(path)
    boxes.answer = "Cancel"
    window = MainWindow(open_catalogue(path, settings, None), settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.cat.read_only, timeout=10000)
    assert "(read-only)" in window.windowTitle()
    assert not window.act_new.isEnabled()
    window.close()
    assert digest(path) == before
