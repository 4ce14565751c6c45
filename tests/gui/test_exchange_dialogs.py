"""File → Import…, Export and merge as a user meets them."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from gui import i18n
from gui.dialogs.import_dialog import ImportDialog
from gui.dialogs.merge_dialog import MergeDialog
from store import attachments, repository
from store.catalogue import Catalogue
from store.exchange import export, merge
from store.partners import SPEC as PARTNERS
from store.progress import Cancelled


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Đối tác"
    ws.append(["DANH SÁCH ĐỐI TÁC"])
    ws.append([])
    ws.append(["STT", "Tên đối tác", "Quốc gia", "Ghi chú", "Loại"])
    ws.append([1, "Tỉnh Gyeonggi", "Hàn Quốc", "kết nghĩa 2001", "Địa phương nước ngoài"])
    ws.append([2, "Thành phố Nagoya", "Nhật Bản", "", "Foreign locality"])
    ws.append([3, "Perth", "Atlantis", "", ""])
    book.save(tmp_path / "doi-tac.xlsx")
    return tmp_path / "doi-tac.xlsx"


def _count(cat: Catalogue) -> int:
    return cat.db.execute("SELECT count(*) FROM partners").fetchone()[0]


def _accept_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )


def test_import_wizard_guesses_previews_and_imports(
    qtbot, empty_cat: Catalogue, sheet: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.install("vi")
    dialog = ImportDialog(empty_cat, tmp_path / "backups")
    qtbot.addWidget(dialog)
    dialog.open_file(sheet)
    assert dialog.kind.currentData() == "partner"
    assert dialog.mapping() == {0: "", 1: "name", 2: "country", 3: "notes", 4: "kind"}
    assert dialog.preview.item(1, 1).text() == "Tỉnh Gyeonggi"  # first data row under the combos
    notes = dialog.preview.cellWidget(0, 3)
    notes.setCurrentIndex(notes.findData(""))  # the user ignores the notes column
    notes.activated.emit(0)
    dialog.dry_run()
    report = dialog.report.toPlainText()
    assert "Sẽ thêm: 2" in report and "Dòng 6" in report and "Atlantis" in report
    _accept_questions(monkeypatch)
    dialog.run_import()
    assert _count(empty_cat) == 2
    kinds = {r[0]: r[1] for r in empty_cat.db.execute("SELECT name, kind FROM partners")}
    assert kinds == {"Tỉnh Gyeonggi": "locality", "Thành phố Nagoya": "locality"}
    assert empty_cat.db.execute("SELECT notes FROM partners").fetchall() == [("",), ("",)]
    assert "Đã nhập: thêm 2" in dialog.report.toPlainText()
    assert len(list((tmp_path / "backups").iterdir())) == 1
    i18n.install("en")


def test_cancelled_import_leaves_the_catalogue_as_it_was(
    qtbot, cat: Catalogue, sheet: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _count(cat)
    dialog = ImportDialog(cat, tmp_path / "backups")
    qtbot.addWidget(dialog)
    dialog.open_file(sheet)
    _accept_questions(monkeypatch)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog.run_import()
    assert _count(cat) == before
    assert "cancelled" in dialog.report.toPlainText()


def test_unreadable_file_is_explained(qtbot, cat: Catalogue, tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook")
    dialog = ImportDialog(cat, tmp_path)
    qtbot.addWidget(dialog)
    dialog.open_file(fake)
    assert "cannot be read" in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_merge_conflicts_side_by_side(qtbot, sample_path: Path, tmp_path: Path) -> None:
    other_path = tmp_path / "other.partnerbook"
    shutil.copy(sample_path, other_path)
    ours, theirs = Catalogue.open(sample_path), Catalogue.open(other_path)
    (partner_id,) = ours.db.execute("SELECT min(id) FROM partners").fetchone()
    for cat, phone in ((ours, "111"), (theirs, "222")):
        record = repository.load(cat, PARTNERS, partner_id)
        record.phone = phone
        repository.save(cat, PARTNERS, record)
    export.write_json(tmp_path / "theirs.json", theirs)
    plan = merge.plan_merge(ours, merge.read_json(tmp_path / "theirs.json"))
    dialog = MergeDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "phone: 111" in dialog.table.item(0, 1).text()
    assert "phone: 222" in dialog.table.item(0, 2).text()
    dialog.choices[0].setCurrentIndex(dialog.choices[0].findData(merge.THEIRS))
    dialog.accept()
    merge.apply_merge(ours, plan, backup=False)
    assert repository.load(ours, PARTNERS, partner_id).phone == "222"
    ours.close()
    theirs.close()


def test_export_this_list_writes_the_rows_shown(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.list_tabs["partner"]
    window.tabs.setCurrentWidget(tab)
    tab.filter_bar.search.setText("ile de france")
    tab.apply_filter()
    shown = tab.model.ids()
    assert 0 < len(shown) < 17
    target = tmp_path / "list.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.act_export_list.trigger()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][0] == "Partner" and len(rows) == 1 + len(shown)


def test_ignoring_the_name_column_asks_for_one(qtbot, empty_cat: Catalogue, sheet: Path) -> None:
    dialog = ImportDialog(empty_cat, sheet.parent)
    qtbot.addWidget(dialog)
    dialog.open_file(sheet)
    name = dialog.preview.cellWidget(0, 1)
    name.setCurrentIndex(name.findData(""))
    assert dialog.dry_run() is None
    assert "names or titles" in dialog.report.toPlainText()
    assert _count(empty_cat) == 0


def test_dry_run_runs_behind_a_progress_dialog_and_reports(
    qtbot, empty_cat: Catalogue, sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gui.dialogs.import_dialog as module

    threads: list[str] = []
    real_plan = module.importer.plan

    def plan(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(module.importer, "plan", plan)
    dialog = ImportDialog(empty_cat, sheet.parent)
    qtbot.addWidget(dialog)
    dialog.open_file(sheet)
    found = dialog.dry_run()
    assert threads and threads[0] != threading.main_thread().name  # off the GUI thread
    assert found is not None and found.count("add") == 2 and len(found.rejected) == 1
    report = dialog.report.toPlainText()
    assert "Atlantis" in report and "Line 6" in report
    assert dialog.import_button.isEnabled()
    assert _count(empty_cat) == 0  # a dry run writes nothing


def test_cancelled_dry_run_says_so(
    qtbot, empty_cat: Catalogue, sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gui.dialogs.import_dialog as module

    real_plan = module.importer.plan

    def slow_plan(cat, table, options, progress):
        """A big sheet: planning outlasts the user's patience, and listens for Cancel."""
        for _ in range(1000):
            if not progress(0, 1):
                raise Cancelled
            time.sleep(0.01)
        return real_plan(cat, table, options, progress)

    dialog = ImportDialog(empty_cat, sheet.parent)
    qtbot.addWidget(dialog)
    dialog.open_file(sheet)
    monkeypatch.setattr(module.importer, "plan", slow_plan)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert dialog.dry_run() is None
    assert "cancelled" in dialog.report.toPlainText()
    assert _count(empty_cat) == 0


def test_damaged_attachment_in_an_export_is_explained(
    qtbot, cat: Catalogue, empty_cat: Catalogue, tmp_path: Path
) -> None:
    partner = cat.db.execute("SELECT min(id) FROM partners").fetchone()[0]
    attachments.add(cat, "partner", partner, b"signed scan", "scan.pdf")
    path = tmp_path / "all.json"
    export.write_json(path, cat)
    path.write_text(
        path.read_text(encoding="utf-8").replace('"c2lnbmVkIHNjYW4="', '"c2lnbmVkIHNjYW0="')
    )
    dialog = ImportDialog(empty_cat, tmp_path)
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    assert "“scan.pdf”" in dialog.report.toPlainText()
    assert "checksum" in dialog.report.toPlainText()
    assert _count(empty_cat) == 0
