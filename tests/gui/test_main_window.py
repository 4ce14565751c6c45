"""The main window as a user meets it: lists, filters, links, overview, trash, language."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from gui import i18n
from store import links, lists, repository, sort_keys
from store.agreements import SPEC as AGREEMENTS
from store.dates import PartialDate
from store.events import SPEC as EVENTS
from store.records import Agreement, Event, FollowUp


def shown_titles(tab) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def type_text(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.setText(text)  # the debounce timer fires on textChanged like typing does
    qtbot.waitUntil(lambda: widget.text() == text)


def test_every_list_model_passes_the_model_tester(window) -> None:
    for tab in window.list_tabs.values():
        QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        tab.model.sort(1)
        tab.model.reload()


def test_search_narrows_the_list_and_counts(qtbot, window) -> None:
    tab = window.list_tabs["partner"]
    window.tabs.setCurrentWidget(tab)
    total = tab.model.rowCount()
    type_text(qtbot, tab.filter_bar.search, "seoul")
    qtbot.waitUntil(lambda: tab.model.rowCount() < total)
    assert set(shown_titles(tab)) == {"Thành phố Seoul", "Hội đồng thành phố Seoul"}
    assert tab.filter_bar.count.text() == f"shown 2 of {total}"
    tab.filter_bar.clear()
    assert tab.model.rowCount() == total


def shown_tab(window, kind: str):
    """The list tab of `kind`, brought to the front as the user would."""
    tab = window.list_tabs[kind]
    window.tabs.setCurrentWidget(tab)
    return tab


def test_each_filter_narrows(qtbot, window) -> None:
    partners = shown_tab(window, "partner")
    bar = partners.filter_bar
    bar.country.setCurrentIndex(bar.country.findData("KR"))
    assert partners.model.rowCount() == 5
    bar.kind_box.setCurrentIndex(bar.kind_box.findData("locality"))
    assert set(shown_titles(partners)) == {"Thành phố Seoul", "Tỉnh Gyeonggi"}
    bar.clear()
    bar.in_force.setChecked(True)
    assert "Tỉnh Gyeonggi" in shown_titles(partners) and "Thành phố Seoul" not in shown_titles(
        partners
    )
    bar.clear()
    bar.field.setCurrentIndex(bar.field.findData("smart_city"))
    assert 0 < partners.model.rowCount() < 17

    agreements = shown_tab(window, "agreement")
    abar = agreements.filter_bar
    abar.status.setCurrentIndex(abar.status.findData("renewed"))
    assert len(shown_titles(agreements)) == 1 and "2018" in shown_titles(agreements)[0]

    events = shown_tab(window, "event")
    ebar = events.filter_bar
    type_text(qtbot, ebar.date_from, "2024")
    type_text(qtbot, ebar.date_to, "2024")
    qtbot.waitUntil(lambda: events.model.rowCount() == 11)
    dates = [events.model.data(events.model.index(r, 0)) for r in range(events.model.rowCount())]
    assert all("2024" in d for d in dates)


def test_sorting_uses_real_values(window) -> None:
    tab = shown_tab(window, "event")
    tab.table.sortByColumn(0, tab.table.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    first = tab.model.data(tab.model.index(0, 0))
    assert first == "12–14/12/2024" or first.startswith("12 Dec 2024")


def test_linked_record_opens_in_its_tab_and_back_returns(window) -> None:
    partners = window.list_tabs["partner"]
    window.tabs.setCurrentWidget(partners)
    gyeonggi = next(
        partners.model.id_at(r)
        for r in range(partners.model.rowCount())
        if partners.model.data(partners.model.index(r, 0)) == "Tỉnh Gyeonggi"
    )
    assert partners.select(gyeonggi)
    assert "Tỉnh Gyeonggi" in partners.detail.toPlainText()
    agreements = repository.load(window.cat, AGREEMENTS, 7)
    partners.detail.anchorClicked.emit(f"agreement:{agreements.id}")
    assert window.tabs.currentWidget() is window.list_tabs["agreement"]
    assert window.current_record() == ("agreement", agreements.id)
    window.act_back.trigger()
    assert window.current_record() == ("partner", gyeonggi)


def test_overview_lists_expiry_anniversary_and_overdue_followup(qtbot, window) -> None:
    cat = window.cat
    repository.save(
        cat,
        AGREEMENTS,
        Agreement(title="Expires in February", valid_to=PartialDate.parse("15/2/2027")),
    )
    repository.save(
        cat,
        EVENTS,
        Event(
            title="Visit",
            dates=PartialDate.parse("2026"),
            followups=[FollowUp(action="Send the minutes", due=PartialDate.parse("1/10/2026"))],
        ),
    )

    def texts() -> dict[str, list[str]]:
        return {
            name: [listing.item(i).text() for i in range(listing.count())]
            for name, (_, listing) in window.overview.sections.items()
        }

    # Saving refreshes the overview in the background; it shows the new records once computed.
    qtbot.waitUntil(
        lambda: (
            any("Expires in February" in t for t in texts()["expiring"])
            and any("overdue" in t and "Send the minutes" in t for t in texts()["followups"])
        )
    )
    texts = texts()
    assert any(t.startswith("30 years: Thành phố Seoul") for t in texts["anniversaries"])
    assert any("overdue" in t and "Send the minutes" in t for t in texts["followups"])


@pytest.mark.parametrize("kind", ["partner", "agreement", "event"])
def test_delete_asks_then_undo_and_trash_restore(qtbot, window, monkeypatch, kind) -> None:
    from gui.dialogs.trash_dialog import TrashDialog

    tab = window.list_tabs[kind]
    title_column = tab.model.columns.index("name" if kind == "partner" else "title")

    def titles() -> list[str]:
        return [
            tab.model.data(tab.model.index(r, title_column)) for r in range(tab.model.rowCount())
        ]

    window.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    name = titles()[0]
    asked = []

    def answer_yes(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    window.act_delete.trigger()
    assert name in asked[0]
    assert name not in titles()
    window.act_undo.trigger()
    assert name in titles()

    tab.select(tab.model.id_at(titles().index(name)))
    window.act_delete.trigger()
    trash = TrashDialog(window.cat, window)
    qtbot.addWidget(trash)
    assert trash.listing.topLevelItem(0).text(0) == name
    trash.restore_selected()
    assert name in titles()
    assert "moved to the Trash" in tab.detail.toPlainText() or tab.select(
        tab.model.id_at(titles().index(name))
    )


def test_detail_pane_shows_history(window) -> None:
    from store.partners import SPEC as PARTNERS

    partner = repository.load(window.cat, PARTNERS, 1)
    partner.phone = "+33 1 53 85 53 85"
    repository.save(window.cat, PARTNERS, partner)
    window.open_record("partner", 1)
    text = window.list_tabs["partner"].detail.toPlainText()
    assert "History" in text and "edited" in text and "phone" in text


def test_switching_language_retranslates_at_once(window, settings) -> None:
    settings.set("language", "vi")
    i18n.install("vi")
    window.retranslate()
    assert window.tabs.tabText(1) == "Đối tác"
    partners = shown_tab(window, "partner")
    assert partners.filter_bar.country.itemText(0) != "All countries"
    assert "Hàn Quốc" in [partners.model.data(partners.model.index(r, 1)) for r in range(17)]
    i18n.install("en")
    window.retranslate()
    assert window.tabs.tabText(1) == "Partners"


def test_changes_from_another_connection_show_up(window, sample_path) -> None:
    from store.catalogue import Catalogue

    other = Catalogue.open(sample_path)
    repository.save(other, EVENTS, Event(title="Added elsewhere"))
    other.close()
    events = shown_tab(window, "event")
    window._check_outside_changes()
    assert "Added elsewhere" in [
        events.model.data(events.model.index(r, 1)) for r in range(events.model.rowCount())
    ]


def test_the_watch_moves_the_counts_of_agreements_in_force_to_a_new_day(window) -> None:
    yesterday = dt.date.today() - dt.timedelta(days=1)
    with window.cat.transaction() as db:  # as if the window had been open since yesterday
        sort_keys.count_for(db, yesterday)
    partners = shown_tab(window, "partner")
    partners.model.order = "agreements_in_force"
    partners.model.reload()
    assert isinstance(partners.model._listing, lists._ReadOnce)  # counted afresh meanwhile
    window._check_outside_changes()
    assert sort_keys.counted_on(window.cat.db) == dt.date.today()
    partners.model.reload()
    assert isinstance(partners.model._listing, lists._Paged)


def test_global_search_groups_by_kind_and_opens(qtbot, window) -> None:
    from gui.dialogs.search_dialog import SearchDialog

    dialog = SearchDialog(window.cat, window)
    qtbot.addWidget(dialog)
    dialog.query.setText("gyeonggi")
    dialog.run()
    groups = [
        dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())
    ]
    assert groups[0].startswith("Partners") and any(g.startswith("Agreements") for g in groups)
    dialog._choose(dialog.results.currentItem())
    assert dialog.chosen[0] == "partner"
    assert not dialog._debounce.isActive()


def test_hostile_text_is_shown_literally(window) -> None:
    from store.partners import SPEC as PARTNERS
    from store.records import Partner

    hostile = '<b>X</b> <img src="file:///etc/passwd"> \u202e'
    saved = repository.save(
        window.cat, PARTNERS, Partner(name=hostile, notes="<script>alert(1)</script>")
    )
    window.open_record("partner", saved.id)
    text = window.list_tabs["partner"].detail.toPlainText()
    assert '<b>X</b> <img src="file:///etc/passwd">' in text and "<script>alert(1)</script>" in text


def test_pyside_release_keeps_none_refcount(qtbot) -> None:
    # PySide6 6.12.0 drops a reference to None on every call that returns nothing (toolchain.md).
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for i in range(1000):
        edit.setText(str(i))
    assert sys.getrefcount(None) >= before - 10


def test_window_fits_a_small_laptop_screen(window) -> None:
    window.resize(1366, 740)
    window.show()
    QApplication.processEvents()
    assert window.width() <= 1366 and window.minimumSizeHint().width() <= 1366
    QTimer.singleShot(0, window.close)


def test_dates_are_shown_in_the_ui_language(window) -> None:
    tab = shown_tab(window, "event")
    assert any(
        tab.model.data(tab.model.index(r, 0)) == "13 Apr 2023 – 16 Apr 2023"
        for r in range(tab.model.rowCount())
    )
    assert dt.date  # keep the import used for clarity of intent


def test_qt_standard_buttons_are_vietnamese_too(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install("vi")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(box)
        assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Lưu"]
    finally:
        i18n.install("en")


def test_save_selected_partner_as_pdf_in_the_print_language(window, monkeypatch, tmp_path) -> None:
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "profile.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.print_languages["vi"].trigger()
    window.open_record("partner", 1)
    window.act_pdf.trigger()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Hội đồng vùng Île-de-France" in text and "Trang 1/1" in text


def test_partner_detail_shows_its_relationship_timeline(window) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    window.open_record("partner", 1)
    detail = window.list_tabs["partner"].detail
    assert "Relationship timeline" in detail.toPlainText()
    image = detail.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("partnerbook:timeline")
    )
    assert image is not None and not image.isNull()


def test_a_hidden_list_catches_up_when_shown_and_keeps_the_selection(window, sample_path) -> None:
    from store.catalogue import Catalogue
    from store.partners import SPEC as PARTNERS

    partners = shown_tab(window, "partner")
    assert partners.select(1)
    shown_tab(window, "event")
    other = Catalogue.open(sample_path)
    partner = repository.load(other, PARTNERS, 1)
    partner.name = "Renamed in another window"
    repository.save(other, PARTNERS, partner)
    other.close()
    window._check_outside_changes()
    shown_tab(window, "partner")
    assert partners.current_id() == 1
    assert "Renamed in another window" in partners.detail.toPlainText()
    row = partners.model.row_of(1)
    assert partners.model.data(partners.model.index(row, 0)) == "Renamed in another window"


def test_opening_makes_the_daily_backup_in_the_background(qtbot, cat, settings, tmp_path) -> None:
    from gui.main_window import MainWindow
    from store import backups

    settings.set("backup_folder", str(tmp_path / "daily"))
    win = MainWindow(cat, settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.signals.daily_backup_done) as made:
        win.show()  # the backup starts once the window has painted
    assert made.args == [True]
    (copy,) = backups.backups(tmp_path / "daily", cat.path.stem)
    assert copy.reason == "daily"


def test_back_up_now_then_restore_brings_the_backup_back(
    qtbot, window, settings, tmp_path, monkeypatch
) -> None:
    from gui.dialogs.restore_dialog import RestoreDialog
    from store import backups
    from store.partners import SPEC as PARTNERS
    from store.records import Partner

    settings.set("backup_folder", str(tmp_path / "copies"))
    window.act_backup.trigger()  # on a thread, behind a progress dialog
    (made,) = [
        b
        for b in backups.backups(tmp_path / "copies", window.cat.path.stem)
        if b.reason == "manual"
    ]
    assert "Backup saved" in window.statusBar().currentMessage()

    repository.save(window.cat, PARTNERS, Partner(name="Added after the backup"))
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: 1)
    monkeypatch.setattr(RestoreDialog, "chosen", lambda self: made.path)
    window.act_restore.trigger()
    partners = shown_tab(window, "partner")
    qtbot.waitUntil(lambda: partners.model.rowCount() > 0)
    names = [
        partners.model.data(partners.model.index(r, 0)) for r in range(partners.model.rowCount())
    ]
    assert "Added after the backup" not in names and len(names) == 17
    reasons = {b.reason for b in backups.backups(tmp_path / "copies", window.cat.path.stem)}
    assert "restore" in reasons, "the file as it was before the restore is kept"


def test_a_cancelled_export_leaves_the_earlier_file_untouched(
    window, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QProgressDialog

    from store.exchange import export
    from store.progress import Cancelled

    def slow_rows(*args, **kwargs):  # a long export, stopping once told to
        progress = args[5]
        while progress(0, 1_000_000):
            pass
        raise Cancelled

    target = tmp_path / "partners.csv"
    target.write_text("an earlier export\n", encoding="utf-8")
    shown_tab(window, "partner")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    monkeypatch.setattr(export, "table_rows", slow_rows)
    window.act_export_list.trigger()
    assert target.read_text(encoding="utf-8") == "an earlier export\n"
    assert not list(tmp_path.glob("partners.partial*")), "no half-written file is left"


def test_a_partner_with_many_events_lists_the_latest_and_counts_the_rest(window) -> None:
    from gui.detail_pane import MOST_EVENTS

    with window.cat.transaction():
        for day in range(1, MOST_EVENTS + 11):
            repository.save(
                window.cat,
                EVENTS,
                Event(
                    title=f"Working visit {day}",
                    dates=PartialDate.parse(f"{day % 28 + 1}/1/2025"),
                    partner_ids=[1],
                ),
            )
    partners = shown_tab(window, "partner")
    assert partners.select(1)
    text = partners.detail.toPlainText()
    total = len(links.events_of_partner(window.cat, 1))
    assert f"… and {total - MOST_EVENTS} earlier events" in text
    assert partners.detail.toHtml().count('href="event:') == MOST_EVENTS


def test_counts_follow_records_added_while_a_list_is_hidden(qtbot, window) -> None:
    from store.partners import SPEC as PARTNERS
    from store.records import Partner

    partners = shown_tab(window, "partner")
    before = partners.model.rowCount()
    assert partners.filter_bar.count.text() == f"shown {before} of {before}"
    assert window.status_counts.text().startswith(f"{before} partners · ")
    shown_tab(window, "event")
    repository.save(window.cat, PARTNERS, Partner(name="Added while hidden"))
    # Recounted off the GUI thread once the changes pause.
    qtbot.waitUntil(lambda: window.status_counts.text().startswith(f"{before + 1} partners · "))
    shown_tab(window, "partner")
    assert partners.model.rowCount() == before + 1
    assert partners.filter_bar.count.text() == f"shown {before + 1} of {before + 1}"


def test_a_filter_on_a_large_list_is_listed_beside_the_window(qtbot, window, monkeypatch) -> None:
    """On a large catalogue a broad filter takes a second to list: a thread lists it while the
    table keeps its rows and says so, and the selected record stays selected."""
    import threading

    from gui.models import record_table_model
    from store import lists

    monkeypatch.setattr(record_table_model, "LARGE", 1)  # the sample stands for a large list
    threads: list[str] = []
    read_once = lists.read_once

    def watched(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return read_once(*args, **kwargs)

    monkeypatch.setattr(lists, "read_once", watched)
    events = shown_tab(window, "event")
    everything = events.model.rowCount()
    korea = lists.list_ids(window.cat, "event", lists.Filter(country="KR"), "dates")
    events.select(korea[2])
    bar = events.filter_bar
    bar.country.setCurrentIndex(bar.country.findData("KR"))
    assert events.model.pending and bar.count.text() == "Filtering…"
    assert events.model.rowCount() == everything  # the rows shown until the new ones are there
    qtbot.waitUntil(lambda: not events.model.pending)
    assert threads == ["listing"]
    assert [events.model.id_at(r) for r in range(events.model.rowCount())] == korea
    assert bar.count.text() == f"shown {len(korea)} of {everything}"
    assert events.current_id() == korea[2]


def test_a_listing_asked_again_meanwhile_wins_over_the_threads_answer(
    qtbot, window, monkeypatch
) -> None:
    from gui.models import record_table_model
    from store import lists

    monkeypatch.setattr(record_table_model, "LARGE", 1)
    events = shown_tab(window, "event")
    bar = events.filter_bar
    bar.country.setCurrentIndex(bar.country.findData("KR"))
    assert events.model.pending
    bar.clear()  # back to every event, listed at once: the thread's answer comes too late
    everything = lists.list_ids(window.cat, "event", None, "dates")
    assert [events.model.id_at(r) for r in range(events.model.rowCount())] == everything
    qtbot.wait(300)
    assert events.model.rowCount() == len(everything) and not events.model.pending


def test_large_counts_are_grouped_in_the_ui_language(window) -> None:
    bar = shown_tab(window, "event").filter_bar
    bar.show_count(365469, 1000000)
    assert bar.count.text() == "shown 365,469 of 1,000,000"
    i18n.install("vi")
    bar.show_count(365469, 1000000)
    assert bar.count.text() == "hiển thị 365.469/1.000.000"
