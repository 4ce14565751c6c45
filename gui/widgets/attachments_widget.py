"""The files of the selected record: list with thumbnails, add (dialog or drop), open, save a
copy, remove to the Trash, export all."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QMimeDatabase, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import i18n, labels
from gui.messages import ask, attachment_error, error_text
from gui.viewer_copies import copy_for_viewer
from store import attachments
from store.attachments import DEFAULT_LIMIT, Attachment, AttachmentError
from store.catalogue import Catalogue, CatalogueError
from store.dates import PartialDate

_ROLE = Qt.ItemDataRole.UserRole
_THUMB = 48
_MIME = QMimeDatabase()


class AttachmentsWidget(QWidget):
    """Shows the files of one record (`show_record`); every change goes through store.attachments."""

    def __init__(self, cat: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cat = cat
        self.record: tuple[str, int] | None = None
        self.limit = DEFAULT_LIMIT  # the main window sets the user's choice
        self._thumbnails: dict[str, QIcon] = {}  # by checksum: the same image is drawn once
        # Where the file dialogs open: the folder last used, at first the user's documents.
        self._folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.listing = QTreeWidget()
        self.listing.setRootIsDecorated(False)
        header = self.listing.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.listing.setIconSize(QSize(_THUMB, _THUMB))
        self.listing.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.listing.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.listing.itemActivated.connect(lambda _item, _column: self.open_selected())
        self.listing.currentItemChanged.connect(lambda *_: self._update_actions())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.act_add = self._action(self.add_files)
        self.act_open = self._action(self.open_selected)
        self.act_save = self._action(self.save_selected)
        self.act_remove = self._action(self.remove_selected)
        self.act_export = self._action(self.export_all)
        buttons = QHBoxLayout()
        for action in (self.act_add, self.act_open, self.act_save, self.act_remove):
            self.listing.addAction(action)
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.act_export))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.listing, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.setAcceptDrops(True)
        self.retranslate()
        self.show_nothing()

    def _action(self, slot) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        return button

    def retranslate(self) -> None:
        self.listing.setHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Added")]
        )
        self.listing.setAccessibleName(self.tr("Attachments of the selected record"))
        self.act_add.setText(self.tr("Add…"))
        self.act_add.setToolTip(self.tr("Attach files (or drop them on this list)"))
        self.act_open.setText(self.tr("Open"))
        self.act_save.setText(self.tr("Save a copy…"))
        self.act_remove.setText(self.tr("Remove"))
        self.act_remove.setToolTip(self.tr("Move the file to the Trash"))
        self.act_export.setText(self.tr("Export all…"))
        self.act_export.setToolTip(self.tr("Save every file of this record into a folder"))
        for action in (
            self.act_add,
            self.act_open,
            self.act_save,
            self.act_remove,
            self.act_export,
        ):
            action.setIconText(action.text())  # buttons keep the "…" of a dialog to come
        self.refresh()

    # -- showing ---------------------------------------------------------------------------------
    def show_record(self, kind: str, record_id: int) -> None:
        if self.record != (kind, record_id):
            self.note.clear()
        self.record = (kind, record_id)
        self.refresh()

    def show_nothing(self) -> None:
        self.record = None
        self.note.clear()
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        self.listing.clear()
        found = attachments.for_record(self.cat, *self.record) if self.record else []
        for attachment in found:
            self.listing.addTopLevelItem(self._item(attachment))
            if selected and attachment.id == selected.id:
                self.listing.setCurrentItem(self.listing.topLevelItem(found.index(attachment)))
        if self.record and not found and not self.note.text():
            self.note.setText(self.tr("No files yet: drop files here or click Add…"))
        self.heading.setText(
            self.tr("Attachments ({count})").format(count=len(found))
            if found
            else self.tr("Attachments")
        )
        self._update_actions()

    def _item(self, attachment: Attachment) -> QTreeWidgetItem:
        added = dt.datetime.fromisoformat(attachment.added_at).astimezone()
        mime = _MIME.mimeTypeForName(attachment.media_type)
        item = QTreeWidgetItem(
            [
                attachment.name,
                mime.comment() if mime.isValid() else attachment.media_type,
                labels.size(attachment.size),
                labels.date(PartialDate.from_iso(added.date().isoformat()), i18n.current()),
            ]
        )
        item.setData(0, _ROLE, attachment)
        item.setIcon(0, self._icon(attachment))
        item.setToolTip(0, attachment.name)
        item.setToolTip(1, attachment.media_type)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(
            3,
            self.tr("Added {when} by {user}").format(
                when=added.strftime("%Y-%m-%d %H:%M"), user=attachment.added_by or "?"
            ),
        )
        return item

    def _icon(self, attachment: Attachment) -> QIcon:
        generic = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if not attachment.is_image:
            return generic
        if attachment.sha256 not in self._thumbnails:
            if len(self._thumbnails) > 500:  # a long session of browsing photos
                self._thumbnails.clear()
            self._thumbnails[attachment.sha256] = self._thumbnail(attachment) or generic
        return self._thumbnails[attachment.sha256]

    def _thumbnail(self, attachment: Attachment) -> QIcon | None:
        """The picture read at thumbnail size (a JPEG is decoded straight to it)."""
        try:
            data = QByteArray(attachments.read_bytes(self.cat, attachment.id))
        except AttachmentError:
            return None
        buffer = QBuffer(data)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # photos taken sideways show upright
        size = reader.size()
        side = _THUMB * 2  # sharp on high-density screens
        if size.isValid():
            reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        return None if image.isNull() else QIcon(QPixmap.fromImage(image))

    def selected(self) -> Attachment | None:
        item = self.listing.currentItem()
        return item.data(0, _ROLE) if item is not None else None

    def _update_actions(self) -> None:
        writable = self.record is not None and not self.cat.read_only
        has_selection = self.selected() is not None
        self.act_add.setEnabled(writable)
        self.act_open.setEnabled(has_selection)
        self.act_save.setEnabled(has_selection)
        self.act_remove.setEnabled(has_selection and writable)
        self.act_export.setEnabled(self.listing.topLevelItemCount() > 0)

    def _warn(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- adding ----------------------------------------------------------------------------------
    def add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(self._folder))
        if paths:
            self._folder = Path(paths[0]).parent
        self.add_paths(Path(p) for p in paths)

    def add_paths(self, paths: Iterable[Path]) -> None:
        """Attach each file; those refused are listed in one message, the others are kept."""
        if self.record is None or self.cat.read_only:
            return
        added, refused = 0, []
        for path in paths:
            try:
                attachments.add(self.cat, *self.record, path, limit=self.limit)
                added += 1
            except AttachmentError as error:
                refused.append(attachment_error(error))
            except CatalogueError as error:  # the disk refused: the next file would fare no better
                refused.append(error_text(error))
                break
        if added:
            self.note.setText(self.tr("Attached %n file(s).", "", added))
            self.refresh()
        if refused:
            self._warn(self.tr("Attach files"), "\n\n".join(refused))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event) and self.record and not self.cat.read_only:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_files(event)
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    @staticmethod
    def _dropped_files(event: QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]

    # -- using -----------------------------------------------------------------------------------
    def open_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        try:
            path = copy_for_viewer(self.cat, attachment)
        except AttachmentError as error:
            self._warn(self.tr("Open"), attachment_error(error))
            return
        except OSError as error:
            self._warn(self.tr("Open"), self._os_error(attachment, error))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._warn(
                self.tr("Open"),
                self.tr(
                    "No program on this computer opens “{name}”. Use “Save a copy…” and open it "
                    "from there."
                ).format(name=attachment.name),
            )

    def save_selected(self) -> None:
        attachment = self.selected()
        if attachment is None:
            return
        suggested = self._folder / attachments.safe_name(attachment.name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(suggested))
        if not path:
            return
        self._folder = Path(path).parent
        try:
            attachments.write_to(self.cat, attachment.id, path)
        except AttachmentError as error:
            self._warn(self.tr("Save a copy"), attachment_error(error))
        except OSError as error:
            self._warn(self.tr("Save a copy"), self._os_error(attachment, error))
        else:
            self.note.setText(self.tr("Saved {path}").format(path=path))

    def export_all(self) -> None:
        if self.record is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export all attachments to a folder"), str(self._folder)
        )
        if not folder:
            return
        self._folder = Path(folder)
        try:
            written = attachments.export_all(self.cat, *self.record, folder)
        except AttachmentError as error:
            self._warn(self.tr("Export all…"), attachment_error(error))
        except OSError as error:
            self._warn(
                self.tr("Export all…"),
                self.tr("The files could not be saved in {folder}: {error}").format(
                    folder=folder, error=error.strerror or error
                ),
            )
        else:
            self.note.setText(
                self.tr("Saved %n file(s) in {folder}", "", len(written)).format(folder=folder)
            )

    def remove_selected(self) -> None:
        attachment = self.selected()
        if attachment is None or self.cat.read_only:
            return
        question = self.tr(
            "Move “{name}” to the Trash? It can be restored from Edit → Trash until the Trash "
            "is emptied."
        ).format(name=attachment.name)
        if not ask(self, self.tr("Remove"), question):
            return
        try:
            attachments.remove(self.cat, attachment.id)
        except CatalogueError as error:
            self._warn(self.tr("Remove"), error_text(error))
            return
        self.refresh()
        self.note.setText(self.tr("Moved to the Trash: {name}").format(name=attachment.name))

    def _os_error(self, attachment: Attachment, error: OSError) -> str:
        return self.tr("“{name}” could not be written: {error}").format(
            name=attachment.name, error=error.strerror or error
        )
