"""The user's settings (QSettings): language, organisation, windows, catalogues."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from gui import i18n
from store.attachments import DEFAULT_LIMIT
from store.backups import default_folder as default_backup_folder
from store.lists import Context
from store.status import DEFAULT_WINDOW_MONTHS

MAX_RECENT = 8


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings("Partnerbook", "Partnerbook")

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self.qsettings.value(key, default))
        except (TypeError, ValueError):
            return default

    def language(self) -> str:
        value = self.qsettings.value("language", "")
        return value if value in i18n.LANGUAGES else i18n.system_language()

    def organisation(self) -> str:
        return str(self.qsettings.value("organisation", ""))

    def expiry_months(self) -> int:
        return self._int("expiry_months", DEFAULT_WINDOW_MONTHS)

    def dormant_months(self) -> int:
        return self._int("dormant_months", 24)

    def attachment_limit(self) -> int:
        """The largest file that can be attached, in bytes (Settings holds it in MB)."""
        return self._int("attachment_limit_mb", DEFAULT_LIMIT // 2**20) * 2**20

    def backup_folder(self) -> Path:
        value = self.qsettings.value("backup_folder", "")
        return Path(value) if value else default_backup_folder()

    def values(self) -> dict:
        return {"expiry_months": self.expiry_months(), "dormant_months": self.dormant_months()}

    def list_context(self) -> Context:
        return Context(lang=self.language(), window_months=self.expiry_months())

    def set(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)

    # -- catalogues ------------------------------------------------------------------------------
    def recent_catalogues(self) -> list[str]:
        value = self.qsettings.value("recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if Path(p).exists()]

    def remember_catalogue(self, path: Path) -> None:
        text = str(Path(path).resolve())
        recent = [p for p in self.recent_catalogues() if p != text]
        self.qsettings.setValue("recent", [text, *recent][:MAX_RECENT])
        self.qsettings.setValue("last_catalogue", text)

    def last_catalogue(self) -> str | None:
        value = self.qsettings.value("last_catalogue", "")
        return value if value and Path(value).exists() else None
