"""Opening a catalogue from the window: the checks' refusals become choices, never a dead end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.i18n import translate
from gui.messages import catalogue_error, error_text, sharing_warning, tell
from gui.settings import Settings
from store import backups, sample
from store.catalogue import SUFFIX, Catalogue, CatalogueError
from store.paths import data_dir, sharing_risk

# Refusals that a read-only look can still get past: a lock, or a file we must not write.
_READ_ONLY_HELPS = {CatalogueError.LOCKED, CatalogueError.DAMAGED, CatalogueError.NEWER}
_BACKUP_HELPS = {CatalogueError.DAMAGED, CatalogueError.NOT_CATALOGUE, CatalogueError.MISSING}


def ensure_sample_catalogue() -> Path:
    """The sample catalogue in the data folder, created from resources/sample when missing."""
    path = data_dir() / f"sample{SUFFIX}"
    if not path.exists():
        sample.create(path).close()
    return path


def open_catalogue(
    path: Path,
    settings: Settings,
    parent: QWidget | None,
    refused: CatalogueError | None = None,
) -> Catalogue | None:
    """Open `path`; when it is refused (or was: `refused`), say why and offer what can be done.

    The choices: the newest good backup (copied beside the refused file, which stays as it is),
    read-only, another file, the sample. None when the user gives up. The page check of a file
    that opens runs in the background; the window hears of its result (MainWindow).
    """
    while True:
        if refused is None:
            try:
                cat = Catalogue.open(
                    path, backup_folder=settings.backup_folder(), check_in_background=True
                )
            except CatalogueError as error:
                refused = error
        if refused is not None:
            choice = _ask(refused, settings, parent)
            refused = None
            if choice is None or isinstance(choice, Catalogue):
                return choice
            path = choice
            continue
        _warn_if_shared(cat.path, settings, parent)
        return cat


def _ask(
    error: CatalogueError, settings: Settings, parent: QWidget | None, read_only: bool = True
) -> Catalogue | Path | None:
    """One refusal, one question: a catalogue opened read-only, a path to try next, or None."""
    path = error.path
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Opening", "Cannot open the catalogue"),
        "",
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(catalogue_error(error))
    good = None
    if error.code in _BACKUP_HELPS:
        good = backups.newest_good(settings.backup_folder(), path.stem)
    backup_button = read_only_button = None
    if good is not None:
        made = backups.backups(good.parent, path.stem)
        when = next((b.made for b in made if b.path == good), None)
        box.setInformativeText(
            translate(
                "Opening",
                "The newest backup that passes every check was made {date}. Opening it copies it "
                "beside the file, which stays as it is.",
            ).format(date=when.strftime("%d/%m/%Y %H:%M") if when else good.name)
        )
        backup_button = box.addButton(
            translate("Opening", "Open the newest good backup"), QMessageBox.ButtonRole.AcceptRole
        )
    if read_only and error.code in _READ_ONLY_HELPS:
        read_only_button = box.addButton(
            translate("Opening", "Open read-only"), QMessageBox.ButtonRole.ActionRole
        )
    other = box.addButton(
        translate("Opening", "Choose another file…"), QMessageBox.ButtonRole.ActionRole
    )
    sample_button = box.addButton(
        translate("Opening", "Open the sample catalogue"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is None:
        return None
    if clicked is backup_button:
        try:
            return backups.recover(good, path)
        except (OSError, CatalogueError) as failure:
            tell(parent, translate("Opening", "Cannot open the catalogue"), error_text(failure))
            return None
    if clicked is read_only_button:
        try:
            salvage = error.code != CatalogueError.LOCKED
            return Catalogue.open(path, read_only=True, salvage=salvage)
        except CatalogueError as failure:
            return _ask(failure, settings, parent, read_only=False)
    if clicked is other:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, translate("Opening", "Open catalogue"), str(path.parent), f"*{SUFFIX};;*"
        )
        return Path(chosen) if chosen else None
    if clicked is sample_button:
        return ensure_sample_catalogue()
    return None


def _warn_if_shared(path: Path, settings: Settings, parent: QWidget | None) -> None:
    """Once per file: a network drive or a synced folder can lose changes (SQLite's advice)."""
    risk = sharing_risk(path)
    key = str(path.resolve())
    warned = settings.qsettings.value("warned_shared", []) or []
    warned = [warned] if isinstance(warned, str) else list(warned)
    if risk is None or key in warned:
        return
    settings.set("warned_shared", [*warned, key])
    tell(parent, "Partnerbook", sharing_warning(risk))
