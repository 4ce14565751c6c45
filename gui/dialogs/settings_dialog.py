"""Settings: interface language, organisation name for printed headers, the two windows, the
largest attachment, the backup folder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.language()))
        self.organisation = QLineEdit(settings.organisation())
        self.organisation.setMinimumWidth(360)
        self.organisation.setPlaceholderText(self.tr("e.g. Sở Ngoại vụ thành phố Hà Nội"))
        self.expiry = QSpinBox(minimum=1, maximum=60, value=settings.expiry_months())
        self.expiry.setSuffix(self.tr(" months"))
        self.dormant = QSpinBox(minimum=1, maximum=240, value=settings.dormant_months())
        self.dormant.setSuffix(self.tr(" months"))
        self.attachment_limit = QSpinBox(
            minimum=1, maximum=500, value=settings.attachment_limit() // 2**20
        )
        self.attachment_limit.setSuffix(self.tr(" MB"))
        self.backup_folder = QLineEdit(str(settings.backup_folder()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(self.tr("Organisation (printed headers)"), self.organisation)
        form.addRow(self.tr("Agreements are “expiring” within"), self.expiry)
        form.addRow(self.tr("Partners are “dormant” after no event for"), self.dormant)
        form.addRow(self.tr("Largest file to attach"), self.attachment_limit)
        form.addRow(self.tr("Backup folder (e.g. a USB stick)"), folder_row)
        for label_text, widget in (
            (self.tr("Interface language"), self.language),
            (self.tr("Organisation"), self.organisation),
            (self.tr("Expiry window"), self.expiry),
            (self.tr("Dormancy window"), self.dormant),
            (self.tr("Largest file to attach"), self.attachment_limit),
            (self.tr("Backup folder"), self.backup_folder),
        ):
            widget.setAccessibleName(label_text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder.text()
        )
        if folder:
            self.backup_folder.setText(folder)

    def apply(self) -> bool:
        """Store the choices; True when the language changed (the window retranslates at once)."""
        changed = self.language.currentData() != self.settings.language()
        self.settings.set("language", self.language.currentData())
        self.settings.set("organisation", self.organisation.text().strip())
        self.settings.set("expiry_months", self.expiry.value())
        self.settings.set("dormant_months", self.dormant.value())
        self.settings.set("attachment_limit_mb", self.attachment_limit.value())
        self.settings.set("backup_folder", self.backup_folder.text().strip())
        return changed
