"""The record forms, driven like a user: typing (Vietnamese too), choosing, clicking Save.

Each test asserts what the form shows (messages beside fields, Save enabled or not) and what the
catalogue stores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from gui import i18n
from gui.dialogs.editing import DIALOGS, edit_record
from gui.dialogs.record_dialog import ChildTable, ConflictDialog, RecordDialog
from gui.widgets.country_picker import CountryPicker
from gui.widgets.field_picker import FieldPicker
from gui.widgets.partial_date_edit import PartialDateEdit
from gui.widgets.record_picker import RecordPicker, SingleRecordPicker
from store import repository
from store.dates import PartialDate
from store.kinds import SPECS
from store.records import Contact

# Completer popups on the offscreen platform (a platform limit, not a fault of the forms).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing", extend=True
)

REQUIRED = "This field is required."
IMPOSSIBLE = "This date does not exist."
END_BEFORE_START = "The end is before the start."
BAD_EMAIL = "Not a valid e-mail address."
BAD_URL = "Not a valid web address."


# -- helpers ---------------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def open_form(qtbot, cat) -> Iterator[Callable[..., RecordDialog]]:
    """Show the form of a kind on a record (None: new), as the main window would."""
    opened: list[RecordDialog] = []

    def open_(kind: str, record=None, catalogue=None) -> RecordDialog:
        # Not qtbot.addWidget: pytest-qt closes those before this fixture's teardown, and a
        # form with unsaved changes would then wait for an answer forever.
        dialog = DIALOGS[kind](catalogue or cat, record)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        return dialog

    yield open_
    for dialog in opened:  # closing at teardown must not ask about unsaved changes
        dialog.is_dirty = lambda: False  # type: ignore[method-assign]
        dialog.close()
        dialog.deleteLater()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included, one key event per character.

    qtbot.keyClicks aborts the process on non-ASCII characters (see toolchain.md), so each
    character is sent as the text of a key event, as a keyboard layout would deliver it.
    """
    target = widget.focusProxy() or widget
    if isinstance(target, QComboBox):
        target = target.lineEdit()
    target.setFocus()
    if isinstance(target, QPlainTextEdit):  # typed after what is there, like a click at the end
        target.moveCursor(QTextCursor.MoveOperation.End)
    elif isinstance(target, QLineEdit):
        target.end(False)
    for ch in text:
        QApplication.sendEvent(
            target,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )


def clear_text(widget: QWidget) -> None:
    target = widget.focusProxy() or widget
    if isinstance(target, QComboBox):
        target = target.lineEdit()
    target.setFocus()
    target.selectAll()
    QApplication.sendEvent(
        target,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
    )


def field(dialog: RecordDialog, name: str) -> QWidget:
    return dialog.bindings[name].widget


def message(dialog: RecordDialog, name: str) -> str:
    """What the form says beside a field (a date widget says it in its hint)."""
    binding = dialog.bindings[name]
    if isinstance(binding.widget, PartialDateEdit):
        return binding.widget.hint_text()
    if isinstance(binding.widget, ChildTable):
        return "" if binding.widget.error.isHidden() else binding.widget.error.text()
    assert binding.error is not None
    return "" if binding.error.isHidden() else binding.error.text()


def choose(qtbot, picker: QWidget, typed: str) -> None:
    """Type into a picker's search box and take the first hit with Down and Enter."""
    search = picker.search if hasattr(picker, "search") else picker.lineEdit()  # type: ignore[union-attr]
    search.setFocus()
    qtbot.keyClicks(search, typed)
    completer = picker.finder.completer if hasattr(picker, "finder") else picker._completer  # type: ignore[union-attr]
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())


def answer_box(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the next message box with `button`, noting its text."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, act)


def when_modal(kind: type, action: Callable[[QWidget], None]) -> None:
    """Run `action` on the next modal dialog of type `kind` once it is shown."""

    def act() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(10, act)
            return
        action(widget)

    QTimer.singleShot(0, act)


def load(cat, kind: str, record_id: int):
    return repository.load(cat, SPECS[kind], record_id)


# -- creating each kind by typing ----------------------------------------------------------------
def test_create_partner_by_typing(qtbot, cat, open_form) -> None:
    dialog = open_form("partner")
    assert not dialog.save_button.isEnabled()
    assert message(dialog, "name") == REQUIRED

    type_text(field(dialog, "name"), "Thành phố Busan")
    type_text(field(dialog, "name_native"), "부산광역시")
    type_text(field(dialog, "name_en"), "Busan Metropolitan City")
    kind = field(dialog, "kind")
    kind.setCurrentIndex(kind.findData("locality"))
    choose(qtbot, field(dialog, "country"), "han quoc")
    type_text(field(dialog, "relation_since"), "tháng 6/2018")
    assert message(dialog, "relation_since") == "→ Jun 2018"
    type_text(field(dialog, "website"), "www.busan.go.kr")
    type_text(field(dialog, "email"), "intl@busan.go.kr")
    field(dialog, "fields").boxes["culture"].setChecked(True)
    type_text(field(dialog, "notes"), "Ghi chú: đối tác tiềm năng")

    contacts = field(dialog, "contacts")
    qtbot.mouseClick(contacts.add_button, Qt.MouseButton.LeftButton)
    name, title, _dept, email, *_ = contacts.rows[0][1]
    type_text(name, "Park Hyung-joon")
    type_text(title, "Thị trưởng")
    type_text(email, "mayor@busan.go.kr")

    assert dialog.validate() == []
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = load(cat, "partner", dialog.saved_record.id)
    assert stored.name == "Thành phố Busan"
    assert stored.name_native == "부산광역시"
    assert stored.kind == "locality" and stored.country == "KR"
    assert stored.relation_since == PartialDate("2018-06")
    assert stored.website == "www.busan.go.kr" and stored.email == "intl@busan.go.kr"
    assert stored.fields == ["culture"]
    assert stored.notes == "Ghi chú: đối tác tiềm năng"
    assert [(c.name, c.title, c.email, c.in_post) for c in stored.contacts] == [
        ("Park Hyung-joon", "Thị trưởng", "mayor@busan.go.kr", True)
    ]


def test_create_agreement_by_typing(qtbot, cat, open_form) -> None:
    dialog = open_form("agreement")
    type_text(field(dialog, "title"), "Bản ghi nhớ hợp tác Hà Nội – Seoul")
    kind = field(dialog, "kind")
    kind.setCurrentIndex(kind.findData("mou"))
    choose(qtbot, field(dialog, "our_side_id"), "hoi dong nhan dan ha noi")
    choose(qtbot, field(dialog, "partner_ids"), "seoul")
    choose(qtbot, field(dialog, "partner_ids"), "gyeonggi")
    type_text(field(dialog, "signed_on"), "13/4/2023")
    type_text(field(dialog, "place"), "Hà Nội")
    type_text(field(dialog, "valid_from"), "2023")
    type_text(field(dialog, "valid_to"), "2027")
    field(dialog, "articles").setValue(7)

    activities = field(dialog, "activities")
    qtbot.mouseClick(activities.add_button, Qt.MouseButton.LeftButton)
    title, field_code, period, status, _result = activities.rows[0][1]
    type_text(title, "Trao đổi đoàn chuyên gia đô thị")
    field_code.setCurrentIndex(field_code.findData("urban_planning"))
    type_text(period, "2024")
    status.setCurrentIndex(status.findData("planned"))

    assert dialog.validate() == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    stored = load(cat, "agreement", dialog.saved_record.id)
    assert stored.title == "Bản ghi nhớ hợp tác Hà Nội – Seoul"
    assert stored.kind == "mou" and stored.stage == "signed"
    assert stored.our_side_id == 2
    seoul = [p for p in stored.partner_ids if p in (13, 17)]
    assert len(stored.partner_ids) == 2 and seoul
    assert stored.signed_on == PartialDate("2023-04-13")
    assert (stored.valid_from, stored.valid_to) == (PartialDate("2023"), PartialDate("2027"))
    assert stored.articles == 7 and stored.place == "Hà Nội"
    assert [(a.title, a.field_code, a.period, a.status) for a in stored.activities] == [
        ("Trao đổi đoàn chuyên gia đô thị", "urban_planning", PartialDate("2024"), "planned")
    ]


def test_create_event_by_typing(qtbot, cat, open_form) -> None:
    dialog = open_form("event")
    type_text(field(dialog, "title"), "Đoàn Gyeonggi thăm Hà Nội")
    kind = field(dialog, "kind")
    kind.setCurrentIndex(kind.findData("inbound"))
    type_text(field(dialog, "dates"), "13–16/4/2023")
    assert message(dialog, "dates") == "→ 13 Apr 2023 – 16 Apr 2023"
    type_text(field(dialog, "city"), "Hà Nội")
    choose(qtbot, field(dialog, "country"), "viet")
    choose(qtbot, field(dialog, "partner_ids"), "tinh gyeonggi")
    choose(qtbot, field(dialog, "agreement_ids"), "ban ghi nho gyeonggi")
    type_text(field(dialog, "leader"), "Kim Dong-yeon")

    followups = field(dialog, "followups")
    qtbot.mouseClick(followups.add_button, Qt.MouseButton.LeftButton)
    action, owner, due, done = followups.rows[0][1]
    type_text(action, "Gửi thư cảm ơn")
    type_text(owner, "Phòng Hợp tác quốc tế")
    type_text(due, "30/4/2023")
    done.focusProxy().setChecked(True)

    assert dialog.validate() == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    stored = load(cat, "event", dialog.saved_record.id)
    assert stored.title == "Đoàn Gyeonggi thăm Hà Nội" and stored.kind == "inbound"
    assert stored.dates == PartialDate("2023-04-13", "2023-04-16")
    assert (stored.city, stored.country) == ("Hà Nội", "VN")
    assert stored.partner_ids == [12] and stored.agreement_ids == [7]
    assert [(f.action, f.owner, f.due, f.done) for f in stored.followups] == [
        ("Gửi thư cảm ơn", "Phòng Hợp tác quốc tế", PartialDate("2023-04-30"), True)
    ]


def test_create_our_side_body(qtbot, cat, open_form) -> None:
    dialog = open_form("our_side")
    type_text(field(dialog, "name"), "Sở Ngoại vụ thành phố Hà Nội")
    type_text(field(dialog, "name_en"), "Hanoi Department of Foreign Affairs")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = load(cat, "our_side", dialog.saved_record.id)
    assert (stored.name, stored.name_en) == (
        "Sở Ngoại vụ thành phố Hà Nội",
        "Hanoi Department of Foreign Affairs",
    )


def test_typed_text_arriving_through_an_input_method_is_kept(qtbot, open_form) -> None:
    from PySide6.QtGui import QInputMethodEvent

    dialog = open_form("our_side")
    name = field(dialog, "name")
    name.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("Ủy ban nhân dân tỉnh Đắk Lắk")
    QApplication.sendEvent(name, event)
    assert dialog.values().name == "Ủy ban nhân dân tỉnh Đắk Lắk"
    assert dialog.save_button.isEnabled()


# -- validation beside each field ------------------------------------------------------------------
def test_required_name_is_shown_and_save_disabled(qtbot, open_form) -> None:
    dialog = open_form("partner")
    name = field(dialog, "name")
    type_text(name, "Seoul")
    assert message(dialog, "name") == "" and dialog.save_button.isEnabled()
    clear_text(name)
    assert message(dialog, "name") == REQUIRED
    assert not dialog.save_button.isEnabled()


@pytest.mark.parametrize("kind", ["agreement", "event"])
def test_required_title_is_shown(qtbot, open_form, kind: str) -> None:
    dialog = open_form(kind)
    assert message(dialog, "title") == REQUIRED
    assert not dialog.save_button.isEnabled()
    type_text(field(dialog, "title"), "Hội nghị")
    assert message(dialog, "title") == ""
    assert dialog.save_button.isEnabled()


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("31/2/2023", IMPOSSIBLE),
        ("16/4/2023 - 13/4/2023", END_BEFORE_START),
        ("ngày mai", "Cannot read this date. Type e.g. 2001, 6/2018, 13/4/2023 or 13–16/4/2023."),
    ],
)
def test_bad_dates_are_shown_beside_the_field(qtbot, open_form, typed: str, shown: str) -> None:
    dialog = open_form("event")
    type_text(field(dialog, "title"), "Hội nghị")
    assert dialog.save_button.isEnabled()
    type_text(field(dialog, "dates"), typed)
    assert message(dialog, "dates") == shown
    assert not dialog.save_button.isEnabled()
    assert dialog.tabs.tabIcon(0).isNull() is False  # the page holding it is marked
    clear_text(field(dialog, "dates"))
    assert message(dialog, "dates") == ""
    assert dialog.save_button.isEnabled()


def test_agreement_ending_before_it_starts(qtbot, open_form) -> None:
    dialog = open_form("agreement")
    type_text(field(dialog, "title"), "Thỏa thuận")
    type_text(field(dialog, "valid_from"), "16/4/2023")
    type_text(field(dialog, "valid_to"), "13/4/2023")
    assert message(dialog, "valid_to") == END_BEFORE_START
    assert message(dialog, "valid_from") == "→ 16 Apr 2023"
    assert not dialog.save_button.isEnabled()


def test_bad_email_and_web_address(qtbot, open_form) -> None:
    dialog = open_form("partner")
    type_text(field(dialog, "name"), "Đối tác")
    type_text(field(dialog, "email"), "info@")
    type_text(field(dialog, "website"), "not a web address")
    assert message(dialog, "email") == BAD_EMAIL
    assert message(dialog, "website") == BAD_URL
    assert not dialog.save_button.isEnabled()
    clear_text(field(dialog, "email"))
    type_text(field(dialog, "email"), "info@example.org")
    clear_text(field(dialog, "website"))
    type_text(field(dialog, "website"), "https://example.org/en")
    assert message(dialog, "email") == message(dialog, "website") == ""
    assert dialog.save_button.isEnabled()


def test_bad_contact_email_and_date_in_a_table_are_worded_under_it(qtbot, open_form) -> None:
    dialog = open_form("partner")
    type_text(field(dialog, "name"), "Đối tác")
    contacts = field(dialog, "contacts")
    contacts.add_row()
    name, *_, email, _phone, _in_post, _notes = contacts.rows[0][1]
    type_text(email, "nobody@")
    assert message(dialog, "contacts") == (f"Row 1, Name: {REQUIRED}\nRow 1, E-mail: {BAD_EMAIL}")
    assert not dialog.save_button.isEnabled()
    assert "Contacts" in dialog.general_error.text()  # the problem is on another page
    type_text(name, "Lee")
    clear_text(email)
    assert message(dialog, "contacts") == ""
    assert dialog.save_button.isEnabled()

    event = open_form("event")
    type_text(field(event, "title"), "Hội nghị")
    followups = field(event, "followups")
    followups.add_row()
    action, _owner, due, _done = followups.rows[0][1]
    type_text(action, "Báo cáo")
    type_text(due, "31/2/2023")
    assert message(event, "followups") == f"Row 1, Due: {IMPOSSIBLE}"
    assert not event.save_button.isEnabled()


def test_unknown_country_is_shown(qtbot, open_form) -> None:
    dialog = open_form("partner")
    type_text(field(dialog, "name"), "Atlantis")
    country = field(dialog, "country")
    type_text(country.lineEdit(), "Atlantis")
    country.lineEdit().editingFinished.emit()
    assert message(dialog, "country") == "Unknown country."
    assert not dialog.save_button.isEnabled()


def test_an_agreement_cannot_renew_itself(qtbot, cat, open_form) -> None:
    dialog = open_form("agreement", load(cat, "agreement", 2))
    renews = field(dialog, "renews_id")
    renews.search.setFocus()
    type_text(renews.search, "thoa thuan ha noi ile de france")
    assert 2 not in [ref.id for ref in renews.finder.hits(renews.search.text())]
    renews.set_id(2)  # e.g. a stale link from an import
    assert message(dialog, "renews_id") == "An agreement cannot renew itself."
    assert not dialog.save_button.isEnabled()


def test_an_agreement_cannot_renew_a_later_one(qtbot, cat, open_form) -> None:
    dialog = open_form("agreement", load(cat, "agreement", 2))  # 2018–2021
    choose(qtbot, field(dialog, "renews_id"), "chuong trinh hanh dong 2022")  # 2022–2025
    assert field(dialog, "renews_id").id() == 3
    assert message(dialog, "renews_id") == "An agreement can only renew an earlier agreement."
    assert not dialog.save_button.isEnabled()
    field(dialog, "renews_id").search.clear()
    assert field(dialog, "renews_id").id() is None
    assert message(dialog, "renews_id") == ""
    assert dialog.save_button.isEnabled()


# -- editing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("kind", ["partner", "agreement", "event", "our_side"])
def test_every_sample_record_loads_unchanged(qtbot, cat, open_form, kind: str, lang: str) -> None:
    """What the form shows reads back as the stored record, in either language."""
    i18n.install(lang)
    spec = SPECS[kind]
    for (record_id,) in cat.db.execute(f"SELECT id FROM {spec.table}").fetchall():
        record = load(cat, kind, record_id)
        dialog = open_form(kind, record)
        assert dialog.values() == record
        assert dialog.validate() == []
        assert not dialog.is_dirty()
        assert dialog.save_button.isEnabled()
        dialog.close()


def test_edit_an_existing_partner(qtbot, cat, open_form) -> None:
    before = load(cat, "partner", 13)
    dialog = open_form("partner", before)
    assert "Thành phố Seoul" in dialog.windowTitle()
    assert field(dialog, "country").currentText() == "South Korea"
    type_text(field(dialog, "phone"), "+82 2 120")
    contacts = field(dialog, "contacts")
    contacts.add_row()
    type_text(contacts.rows[-1][1][0], "Oh Se-hoon")
    assert dialog.is_dirty()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    after = load(cat, "partner", 13)
    assert after.phone == before.phone + "+82 2 120"
    assert after.version == before.version + 1
    assert [c.name for c in after.contacts][-1] == "Oh Se-hoon"
    assert after.name == before.name and after.fields == before.fields


def test_removing_rows_and_links(qtbot, cat, open_form) -> None:
    before = load(cat, "agreement", 1)
    dialog = open_form("agreement", before)
    activities = field(dialog, "activities")
    count = len(activities.rows)
    dialog.tabs.setCurrentIndex(1)
    activities.table.setCurrentCell(0, 0)  # the row being edited is the one removed
    qtbot.mouseClick(activities.remove_button, Qt.MouseButton.LeftButton)
    partners = field(dialog, "partner_ids")
    partners.chosen.setFocus()
    partners.chosen.setCurrentRow(0)
    qtbot.keyClick(partners.chosen, Qt.Key.Key_Delete)
    assert partners.ids() == []
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    after = load(cat, "agreement", 1)
    assert [a.title for a in after.activities] == [a.title for a in before.activities[1:]]
    assert len(after.activities) == count - 1
    assert after.partner_ids == []


def test_edit_record_returns_the_saved_record_or_none(qtbot, cat) -> None:
    def fill_and_save(dialog: QWidget) -> None:
        type_text(dialog.bindings["name"].widget, "Ban Đối ngoại")
        dialog.save_button.click()

    when_modal(RecordDialog, fill_and_save)
    saved = edit_record(None, cat, "our_side")
    assert saved is not None and saved.name == "Ban Đối ngoại"
    assert load(cat, "our_side", saved.id).name == "Ban Đối ngoại"

    when_modal(RecordDialog, lambda dialog: dialog.cancel_button.click())
    assert edit_record(None, cat, "our_side", load(cat, "our_side", 1)) is None


def test_a_duplicate_is_saved_as_a_new_record(qtbot, cat) -> None:
    original = load(cat, "partner", 1)
    copy = repository.duplicate(original)

    def rename_and_save(dialog: QWidget) -> None:
        assert dialog.windowTitle() == "New partner"
        type_text(dialog.bindings["name"].widget, " (bản sao)")
        dialog.save_button.click()

    when_modal(RecordDialog, rename_and_save)
    saved = edit_record(None, cat, "partner", copy)
    assert saved.id != original.id and saved.uuid != original.uuid
    assert saved.name == original.name + " (bản sao)"
    assert saved.fields == original.fields
    assert load(cat, "partner", original.id) == original


# -- conflicts -------------------------------------------------------------------------------------
def _change_elsewhere(cat, record_id: int, **changes):
    other = load(cat, "partner", record_id)
    for name, value in changes.items():
        setattr(other, name, value)
    return repository.save(cat, SPECS["partner"], other)


def test_conflicting_save_take_theirs(qtbot, cat, open_form) -> None:
    before = load(cat, "partner", 13)
    dialog = open_form("partner", before)
    theirs = _change_elsewhere(cat, 13, notes="Sửa ở máy khác")
    clear_text(field(dialog, "name"))
    type_text(field(dialog, "name"), "Seoul (sửa)")
    shown: list[list[tuple[str, ...]]] = []

    def take_theirs(conflict: ConflictDialog) -> None:
        table = conflict.table
        shown.append(
            [
                tuple(table.item(r, c).text() for c in range(table.columnCount()))
                for r in range(table.rowCount())
            ]
        )
        conflict.theirs_button.click()

    when_modal(ConflictDialog, take_theirs)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert shown == [
        [
            ("Name", "Seoul (sửa)", "Thành phố Seoul", "you"),
            ("Notes", before.notes, "Sửa ở máy khác", "elsewhere"),
        ]
    ]
    assert dialog.isVisible()  # the form stays open, now on their version
    assert dialog.values() == theirs and not dialog.is_dirty()
    assert load(cat, "partner", 13) == theirs  # nothing overwritten


def test_conflicting_save_keep_mine(qtbot, cat, open_form) -> None:
    dialog = open_form("partner", load(cat, "partner", 13))
    theirs = _change_elsewhere(cat, 13, phone="+82 2 000")
    type_text(field(dialog, "email"), "seoul@seoul.go.kr")
    when_modal(ConflictDialog, lambda conflict: conflict.keep_button.click())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = load(cat, "partner", 13)
    assert stored.email == "seoul@seoul.go.kr"
    assert stored.version == theirs.version + 1
    assert dialog.result() == dialog.DialogCode.Accepted


def test_conflict_cancel_keeps_editing(qtbot, cat, open_form) -> None:
    dialog = open_form("partner", load(cat, "partner", 13))
    theirs = _change_elsewhere(cat, 13, phone="+82 2 000")
    type_text(field(dialog, "email"), "seoul@seoul.go.kr")

    def cancel(conflict: ConflictDialog) -> None:
        assert conflict.table.rowCount() == 2  # their phone, my e-mail
        conflict.reject()

    when_modal(ConflictDialog, cancel)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.is_dirty()
    assert load(cat, "partner", 13) == theirs


def test_saving_a_record_deleted_elsewhere_offers_a_new_record(qtbot, cat, open_form) -> None:
    before = load(cat, "our_side", 7)
    dialog = open_form("our_side", before)
    repository.delete(cat, SPECS["our_side"], 7)
    type_text(field(dialog, "notes"), " …")
    seen: list[str] = []
    answer_box(qtbot, QMessageBox.StandardButton.Save, seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "moved to the Trash" in seen[0]
    saved = load(cat, "our_side", dialog.saved_record.id)
    assert saved.id != 7 and saved.uuid != before.uuid
    assert (saved.name, saved.notes) == (before.name, before.notes + " …")
    assert dialog.result() == dialog.DialogCode.Accepted


# -- closing with unsaved changes ------------------------------------------------------------------
def test_closing_unchanged_form_does_not_ask(qtbot, cat, open_form) -> None:
    dialog = open_form("partner", load(cat, "partner", 1))
    dialog.close()
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("button", "visible", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, True, False),
        (QMessageBox.StandardButton.Discard, False, False),
        (QMessageBox.StandardButton.Save, False, True),
    ],
)
def test_closing_with_unsaved_changes_asks(qtbot, cat, open_form, button, visible, saved) -> None:
    dialog = open_form("partner", load(cat, "partner", 1))
    type_text(field(dialog, "phone"), "+33 1 53 85 53 85")
    seen: list[str] = []
    answer_box(qtbot, button, seen)
    dialog.close()
    assert seen == ["Save your changes before closing?"]
    assert dialog.isVisible() is visible
    assert (load(cat, "partner", 1).phone == "+33 1 53 85 53 85") is saved


def test_escape_with_unsaved_changes_asks(qtbot, cat, open_form) -> None:
    dialog = open_form("event")
    type_text(field(dialog, "title"), "Hội thảo")
    seen: list[str] = []
    answer_box(qtbot, QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen and dialog.isVisible()


# -- the widgets -----------------------------------------------------------------------------------
def test_partial_date_edit(qtbot) -> None:
    edit = PartialDateEdit()
    qtbot.addWidget(edit)
    type_text(edit, "đầu năm 2022")
    assert edit.value() == PartialDate("2022") and edit.problem() is None
    assert edit.hint_text() == "→ 2022"
    edit.set_value(PartialDate("2023-04-13", "2023-04-16"))
    assert edit.text() == "13 Apr 2023 – 16 Apr 2023"
    i18n.install("vi")
    edit.set_value(PartialDate("2023-04-13", "2023-04-16"))
    assert edit.text() == "13–16/04/2023"
    assert edit.value() == PartialDate("2023-04-13", "2023-04-16")
    edit.set_value(None)
    assert edit.value() is None and edit.hint_text() == ""
    type_text(edit.edit, "31/2/2023")
    assert edit.problem() == "impossible"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("han quoc", "KR"), ("korea", "KR"), ("duc", "DE"), ("Đức", "DE"), ("hoa ky", "US")],
)
def test_country_picker_finds_names_in_both_languages(qtbot, typed: str, code: str) -> None:
    picker = CountryPicker()
    qtbot.addWidget(picker)
    picker.show()
    type_text(picker, typed)
    names = [
        picker._matches.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(picker._matches.rowCount())
    ]
    assert code in names
    picker._completer.popup().hide()


def test_country_picker_takes_a_full_name_or_code(qtbot) -> None:
    picker = CountryPicker()
    qtbot.addWidget(picker)
    for typed, code in (("Pháp", "FR"), ("Germany", "DE"), ("kr", "KR")):
        picker.lineEdit().clear()
        type_text(picker, typed)
        picker._completer.popup().hide()
        picker.lineEdit().editingFinished.emit()
        assert picker.code() == code
    picker.set_code("")
    assert picker.code() == "" and picker.currentText() == ""


def test_record_picker_by_keyboard(qtbot, cat) -> None:
    picker = RecordPicker(cat, "partner")
    qtbot.addWidget(picker)
    picker.show()
    choose(qtbot, picker, "ile de france")
    choose(qtbot, picker, "afd")
    assert picker.ids() == [1, 3]
    assert picker.search.text() == ""
    assert [picker.chosen.item(i).text() for i in range(2)] == [
        "Hội đồng vùng Île-de-France",
        "Cơ quan phát triển Pháp (AFD)",
    ]
    # A chosen record is not offered again.
    assert 1 not in [ref.id for ref in picker.finder.hits("ile de france")]
    picker.chosen.setFocus()
    picker.chosen.setCurrentRow(0)
    qtbot.keyClick(picker.chosen, Qt.Key.Key_Delete)
    assert picker.ids() == [3]


def test_single_picker_lists_every_our_side_body_on_down(qtbot, cat) -> None:
    picker = SingleRecordPicker(cat, "our_side")
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setFocus()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    popup = picker.finder.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert picker.finder.model.rowCount() == 7
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.id() is not None
    chosen = picker.search.text()
    # Half-typed text that was not chosen goes back to the chosen title.
    type_text(picker.search, "xyz")
    popup.hide()
    picker.search.editingFinished.emit()
    assert picker.search.text() == chosen


def test_record_picker_keeps_a_link_to_a_record_in_the_trash(qtbot, cat) -> None:
    repository.delete(cat, SPECS["partner"], 2)
    picker = RecordPicker(cat, "partner")
    qtbot.addWidget(picker)
    picker.set_ids([1, 2])
    assert picker.ids() == [1, 2]
    assert picker.chosen.item(1).text() == "(in the Trash) #2"


def test_field_picker(qtbot, cat) -> None:
    picker = FieldPicker(cat)
    qtbot.addWidget(picker)
    picker.set_codes(["transport", "culture", "retired_code"])
    assert picker.codes() == ["transport", "culture", "retired_code"]
    assert picker.boxes["transport"].text() == "Transport"
    picker.boxes["culture"].setChecked(False)
    assert picker.codes() == ["transport", "retired_code"]


def test_controls_have_accessible_names(qtbot, open_form) -> None:
    for kind in DIALOGS:
        dialog = open_form(kind)
        for widget in dialog.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox) and (
                widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(dialog)
            ):
                # The line edit inside a combo or spin box is named through its owner.
                owner = widget.parentWidget()
                named = widget.accessibleName() or (
                    isinstance(owner, QComboBox | QAbstractSpinBox) and owner.accessibleName()
                )
                assert named, f"{kind}: unnamed {type(widget).__name__}"


def test_contacts_keep_their_identity_when_edited(qtbot, cat, open_form) -> None:
    partner = load(cat, "partner", 1)
    partner.contacts = [Contact(name="A"), Contact(name="B")]
    partner = repository.save(cat, SPECS["partner"], partner)
    ids = [c.id for c in partner.contacts]
    dialog = open_form("partner", partner)
    type_text(field(dialog, "contacts").rows[1][1][1], "Giám đốc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = load(cat, "partner", 1)
    assert [c.id for c in stored.contacts] == ids
    assert stored.contacts[1].title == "Giám đốc"


def test_enter_on_an_unfinished_search_does_not_save(qtbot, cat, open_form) -> None:
    dialog = open_form("event")
    type_text(field(dialog, "title"), "Hội thảo")
    partners = field(dialog, "partner_ids")
    partners.search.setFocus()
    qtbot.keyClicks(partners.search, "zzzz")  # no partner matches
    qtbot.keyClick(partners.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved_record is None
    partners.search.clear()
    qtbot.keyClick(partners.search, Qt.Key.Key_Return)  # a settled box: Enter saves
    assert dialog.saved_record is not None and not dialog.isVisible()
