"""The main window: tabs, menus, toolbar, status bar, and the actions that tie them together."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
)

from gui import i18n
from gui.background import run_with_progress, with_twin
from gui.labels import label
from gui.messages import ask, error_text, tell
from gui.opening import ensure_sample_catalogue, open_catalogue
from gui.settings import Settings
from gui.tabs.list_tab import ListTab
from gui.tabs.overview_tab import OverviewTab
from store import backups, links, lists, repository, sort_keys
from store.catalogue import SUFFIX, Catalogue, CatalogueError, Change
from store.kinds import SPECS
from store.paths import resource

LIST_KINDS = ("partner", "agreement", "event")


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


class CatalogueSignals(QObject):
    """Relays the store's plain callbacks, and work done on other threads, as Qt signals."""

    changed = Signal(list)
    daily_backup_done = Signal(bool)  # made (or not needed), or failed


class MainWindow(QMainWindow):
    def __init__(self, cat: Catalogue, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.cat = cat
        self.signals = CatalogueSignals()
        self.signals.changed.connect(self._on_changed)
        self.signals.daily_backup_done.connect(self._daily_backup_done)
        self.history: list[tuple[str, int]] = []
        self.deleted: list[tuple[str, int]] = []  # for Ctrl+Z
        self.setWindowIcon(icon("partnerbook"))
        self.resize(1280, 720)
        self._build_actions()
        self._build_menus()
        self.status_file = QLabel()
        self.status_counts = QLabel()
        self.statusBar().addPermanentWidget(self.status_counts)
        self.statusBar().addPermanentWidget(self.status_file)
        # Another window or another copy of the app may write the same file: watch its version.
        self._data_version = self._read_data_version()
        self.watch = QTimer(self, interval=2000)
        self.watch.timeout.connect(self._check_outside_changes)
        self.watch.start()
        self.overview_due = QTimer(self, interval=500, singleShot=True)
        self.overview_due.timeout.connect(lambda: self.overview.refresh())
        self.integrity_watch = QTimer(self, interval=100)
        self.integrity_watch.timeout.connect(self._integrity_checked)
        # Threads that read the catalogue start once the window has painted: on two cores they
        # would otherwise slow the first paint down (bench/startup.py).
        self._after_paint: list[Callable[[], None]] | None = []
        self._install_catalogue(cat)
        geometry = settings.qsettings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint is not None:
            waiting, self._after_paint = self._after_paint, None
            for work in waiting:
                QTimer.singleShot(0, work)

    def _once_painted(self, work: Callable[[], None]) -> None:
        if self._after_paint is None:
            work()
        else:
            self._after_paint.append(work)

    # -- building --------------------------------------------------------------------------------
    def _action(
        self,
        name: str,
        slot,
        shortcut: QKeySequence | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_new = a("new", self.new_record, QKeySequence.StandardKey.New, "new")
        self.act_edit = a("edit", self.edit_current, "F2", "edit")
        self.act_duplicate = a("duplicate", self.duplicate_current, "Ctrl+D", "duplicate")
        self.act_delete = a(
            "delete", self.delete_current, QKeySequence.StandardKey.Delete, "delete"
        )
        self.act_undo = a("undo", self.undo_delete, QKeySequence.StandardKey.Undo, "undo")
        self.act_print = a(
            "print", lambda: self.print_current("preview"), QKeySequence.StandardKey.Print, "print"
        )
        self.act_print_direct = a(
            "print_direct", lambda: self.print_current("print"), None, "print"
        )
        self.act_pdf = a("pdf", lambda: self.print_current("pdf"), None, "pdf")
        self.act_docx = a("docx", lambda: self.print_current("docx"), None, "export")
        self.act_reports = a("reports", self.show_reports, None, "overview")
        self.print_languages = {}
        for lang in i18n.LANGUAGES:
            action = a(
                f"print_{lang}",
                lambda _=False, lang=lang: self.settings.set("print_language", lang),
            )
            action.setCheckable(True)
            self.print_languages[lang] = action
        self.act_find = a("find", self.focus_search, QKeySequence.StandardKey.Find, "search")
        self.act_search_all = a("search_all", self.global_search, "Ctrl+K", "search")
        self.act_back = a("back", self.go_back, QKeySequence.StandardKey.Back, "back")
        self.act_trash = a("trash", self.show_trash, None, "trash")
        self.act_settings = a(
            "settings", self.show_settings, QKeySequence.StandardKey.Preferences, "settings"
        )
        self.act_new_catalogue = a("new_catalogue", self.new_catalogue)
        self.act_open_catalogue = a(
            "open_catalogue", self.choose_catalogue, QKeySequence.StandardKey.Open
        )
        self.act_open_sample = a("open_sample", self.open_sample)
        self.act_our_side = a("our_side", self.edit_our_side)
        self.act_backup = a("backup", self.backup_now, None, "backup")
        self.act_restore = a("restore", self.restore_backup, None, "restore")
        self.act_import = a("import", self.import_file, None, "import")
        self.act_export = a("export", self.export_all, None, "export")
        self.act_export_list = a("export_list", self.export_list, None, "export")
        self.act_quit = a("quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_about = a("about", self.about)
        self.record_actions = [
            self.act_edit,
            self.act_duplicate,
            self.act_delete,
            self.act_print,
            self.act_print_direct,
            self.act_pdf,
            self.act_docx,
        ]

    def _build_menus(self) -> None:
        self.menu_file = self.menuBar().addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        for action in (self.act_new_catalogue, self.act_open_catalogue):
            self.menu_file.insertAction(self.menu_recent.menuAction(), action)
        self.menu_file.addAction(self.act_open_sample)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addAction(self.act_restore)
        self.menu_file.addSeparator()
        for action in (self.act_import, self.act_export, self.act_export_list):
            self.menu_file.addAction(action)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_settings)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = self.menuBar().addMenu("")
        for action in (
            self.act_new,
            self.act_edit,
            self.act_duplicate,
            self.act_delete,
            self.act_undo,
        ):
            self.menu_edit.addAction(action)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_our_side)
        self.menu_edit.addAction(self.act_trash)
        self.menu_find = self.menuBar().addMenu("")
        for action in (self.act_find, self.act_search_all, self.act_back):
            self.menu_find.addAction(action)
        self.menu_print = self.menuBar().addMenu("")
        for action in (self.act_print, self.act_print_direct, self.act_pdf, self.act_docx):
            self.menu_print.addAction(action)
        self.menu_print.addSeparator()
        self.menu_print.addAction(self.act_reports)
        self.menu_print_language = self.menu_print.addMenu("")
        self.menu_print_language.aboutToShow.connect(self._check_print_language)
        for action in self.print_languages.values():
            self.menu_print_language.addAction(action)
        self.menu_help = self.menuBar().addMenu("")
        self.menu_help.addAction(self.act_about)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.act_new,
            self.act_edit,
            self.act_duplicate,
            self.act_delete,
            self.act_undo,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in (self.act_print, self.act_search_all, self.act_back):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        texts = {
            self.act_new: self.tr("&New"),
            self.act_edit: self.tr("&Edit"),
            self.act_duplicate: self.tr("D&uplicate"),
            self.act_delete: self.tr("&Delete"),
            self.act_undo: self.tr("&Undo delete"),
            self.act_print: self.tr("Print pre&view…"),
            self.act_print_direct: self.tr("&Print…"),
            self.act_pdf: self.tr("Save as P&DF…"),
            self.act_docx: self.tr("Save as &Word…"),
            self.act_reports: self.tr("&Reports…"),
            self.print_languages["vi"]: "Tiếng Việt",
            self.print_languages["en"]: "English",
            self.act_find: self.tr("&Find in this list"),
            self.act_search_all: self.tr("&Search everything…"),
            self.act_back: self.tr("&Back"),
            self.act_trash: self.tr("&Trash…"),
            self.act_settings: self.tr("S&ettings…"),
            self.act_new_catalogue: self.tr("&New catalogue…"),
            self.act_open_catalogue: self.tr("&Open catalogue…"),
            self.act_open_sample: self.tr("Open the &sample catalogue"),
            self.act_our_side: self.tr("Our side &bodies…"),
            self.act_backup: self.tr("&Back up now"),
            self.act_restore: self.tr("Restore from bac&kup…"),
            self.act_import: self.tr("&Import…"),
            self.act_export: self.tr("E&xport…"),
            self.act_export_list: self.tr("Export this &list…"),
            self.act_quit: self.tr("&Quit"),
            self.act_about: self.tr("&About Partnerbook"),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setToolTip(
                text.replace("&", "")
                + (f" ({action.shortcut().toString()})" if not action.shortcut().isEmpty() else "")
            )
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("&Recent catalogues"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_find.setTitle(self.tr("&Go"))
        self.menu_print.setTitle(self.tr("&Print"))
        self.menu_print_language.setTitle(self.tr("Print &language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        tab_titles = [self.tr("Overview"), *(label("records", k) for k in LIST_KINDS)]
        for i, title in enumerate(tab_titles):
            self.tabs.setTabText(i, title)
        countries, fields = lists.countries_in_use(self.cat), lists.field_choices(self.cat)
        for tab in self.list_tabs.values():
            tab.retranslate(countries, fields)
        self._once_painted(self.overview.refresh)
        self._update_status()

    def _install_catalogue(self, cat: Catalogue) -> None:
        """Show `cat` in fresh tabs (at start and when another catalogue is opened)."""
        self.cat = cat
        cat.subscribe(self.signals.changed.emit)
        self.integrity_watch.start()
        self._data_version = self._read_data_version()
        self.history.clear()
        self.deleted.clear()
        context = self.settings.list_context()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(cat, self.settings.values())
        self.overview.open_record.connect(self.open_record)
        self.overview.updated.connect(self._update_status)
        self.tabs.addTab(self.overview, icon("overview"), "")
        self.list_tabs: dict[str, ListTab] = {}
        for kind in LIST_KINDS:
            tab = ListTab(cat, kind, context)
            tab.open_record.connect(self.open_record)
            tab.activated.connect(lambda _id: self.edit_current())
            tab.selection_changed.connect(self._update_actions)
            tab.table.addActions(
                [
                    self.act_edit,
                    self.act_duplicate,
                    self.act_delete,
                    self.act_print,
                    self.act_export_list,
                ]
            )
            tab.restore_state(self.settings.qsettings)
            tab.attachments.limit = self.settings.attachment_limit()
            self.list_tabs[kind] = tab
            self.tabs.addTab(tab, icon(kind), "")
        self.tabs.currentChanged.connect(self._update_actions)
        self.setCentralWidget(self.tabs)
        self.retranslate()
        self.settings.remember_catalogue(cat.path)
        self._update_actions()
        if not cat.read_only:
            self._once_painted(lambda: self._start_daily_backup(cat))

    def _start_daily_backup(self, cat: Catalogue) -> None:
        """At most once a day, on a thread of its own: copying a large catalogue takes seconds."""
        reader, folder = cat.twin(), self.settings.backup_folder()

        def work() -> None:
            try:
                backups.make_daily(reader, folder)
                made = True
            except (OSError, sqlite3.Error, CatalogueError):
                made = False
            finally:
                reader.close()
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self.signals.daily_backup_done.emit(made)

        threading.Thread(target=work, name="daily backup", daemon=True).start()

    def _daily_backup_done(self, made: bool) -> None:
        if not made:
            self.statusBar().showMessage(
                self.tr("The daily backup could not be made: check the backup folder in Settings.")
            )

    # -- where we are ------------------------------------------------------------------------------
    def current_tab(self) -> ListTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ListTab) else None

    def current_record(self) -> tuple[str, int] | None:
        tab = self.current_tab()
        if tab is None or tab.current_id() is None:
            return None
        return tab.kind, tab.current_id()

    def _update_actions(self) -> None:
        has_record = self.current_record() is not None
        writable = not self.cat.read_only
        for action in self.record_actions:
            action.setEnabled(has_record)
        for action in (self.act_edit, self.act_duplicate, self.act_delete):
            action.setEnabled(has_record and writable)
        self.act_new.setEnabled(writable and self.current_tab() is not None)
        self.act_undo.setEnabled(bool(self.deleted) and writable)
        self.act_back.setEnabled(bool(self.history))
        self.act_find.setEnabled(self.current_tab() is not None)
        self.act_export_list.setEnabled(self.current_tab() is not None)
        self.act_import.setEnabled(writable)

    def _update_status(self) -> None:
        counts = self.overview.totals  # counted off the GUI thread, with the overview
        self.status_counts.setText(
            self.tr("{partners} partners · {agreements} agreements · {events} events").format(
                **{f"{kind}s": QLocale().toString(n) for kind, n in counts.items()}
            )
            if counts
            else ""
        )
        self.status_file.setText(str(self.cat.path))
        suffix = self.tr(" (read-only)") if self.cat.read_only else ""
        self.setWindowTitle(f"{self.cat.path.name}{suffix} — Partnerbook")

    # -- navigation ------------------------------------------------------------------------------
    def open_record(self, kind: str, record_id: int, *, remember: bool = True) -> None:
        """Show a record in its tab, clearing that tab's filter if it hides the record."""
        if kind not in self.list_tabs:
            return
        if remember and (here := self.current_record() or self._current_place()):
            self.history.append(here)
        tab = self.list_tabs[kind]
        self.tabs.setCurrentWidget(tab)
        if not tab.select(record_id):
            tab.filter_bar.clear()
            tab.select(record_id)
        tab.table.setFocus()
        self._update_actions()

    def _current_place(self) -> tuple[str, int] | None:
        return ("overview", 0) if self.tabs.currentWidget() is self.overview else None

    def go_back(self) -> None:
        if not self.history:
            return
        kind, record_id = self.history.pop()
        if kind == "overview":
            self.tabs.setCurrentWidget(self.overview)
        else:
            self.open_record(kind, record_id, remember=False)
        self._update_actions()

    def focus_search(self) -> None:
        tab = self.current_tab()
        if tab:
            tab.filter_bar.search.setFocus()
            tab.filter_bar.search.selectAll()

    def global_search(self) -> None:
        from gui.dialogs.search_dialog import SearchDialog

        dialog = SearchDialog(self.cat, self)
        if dialog.exec() and dialog.chosen:
            self.open_record(*dialog.chosen)

    # -- editing ---------------------------------------------------------------------------------
    def _edit(self, kind: str, record=None) -> None:
        from gui.dialogs.editing import edit_record

        saved = edit_record(self, self.cat, kind, record)
        if saved is not None and kind in self.list_tabs:
            self.open_record(kind, saved.id)

    def new_record(self) -> None:
        tab = self.current_tab()
        if tab:
            self._edit(tab.kind)

    def edit_current(self) -> None:
        current = self.current_record()
        if current and not self.cat.read_only:
            kind, record_id = current
            self._edit(kind, repository.load(self.cat, SPECS[kind], record_id))

    def duplicate_current(self) -> None:
        current = self.current_record()
        if current:
            kind, record_id = current
            self._edit(
                kind, repository.duplicate(repository.load(self.cat, SPECS[kind], record_id))
            )

    def edit_our_side(self) -> None:
        from gui.dialogs.our_side_list import OurSideList

        OurSideList(self.cat, self).exec()

    def delete_current(self) -> None:
        current = self.current_record()
        if not current:
            return
        kind, record_id = current
        title = links.refs(self.cat, kind, [record_id])[0].title
        linked = links.linked_to(self.cat, kind, record_id)
        text = self.tr("Move “{title}” to the Trash?").format(title=title)
        if linked:
            parts = ", ".join(f"{label('records', k)}: {n}" for k, n in linked.items())
            text += "\n\n" + self.tr(
                "Records linked to it: {links}. The links are kept and come back if you restore it."
            ).format(links=parts)
        if not ask(self, self.tr("Delete"), text):
            return
        repository.delete(self.cat, SPECS[kind], record_id)
        self.deleted.append((kind, record_id))
        self.statusBar().showMessage(
            self.tr("Moved to the Trash: {title} (Ctrl+Z to undo)").format(title=title), 8000
        )
        self._update_actions()

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        kind, record_id = self.deleted.pop()
        repository.restore(self.cat, SPECS[kind], record_id)
        self.open_record(kind, record_id, remember=False)
        self.statusBar().showMessage(self.tr("Restored from the Trash"), 5000)

    def show_trash(self) -> None:
        from gui.dialogs.trash_dialog import TrashDialog

        TrashDialog(self.cat, self).exec()

    def print_language(self) -> str:
        value = self.settings.qsettings.value("print_language", "")
        return value if value in i18n.LANGUAGES else self.settings.language()

    def _check_print_language(self) -> None:
        for lang, action in self.print_languages.items():
            action.setChecked(lang == self.print_language())

    def print_current(self, how: str) -> None:
        """Print the selected record: preview, printer, PDF or Word, in the print language."""
        current = self.current_record()
        if not current:
            return
        from gui import printing
        from gui.printing.preview import save_as

        document = printing.Document(current[0], id=current[1])
        lang, org = self.print_language(), self.settings.organisation()
        if how == "preview":
            printing.preview_document(self, self.cat, document, lang, org)
        elif how == "print":
            printing.print_document(self, self.cat, document, lang, org)
        else:
            path = save_as(self, self.cat, document, lang, org, how)
            if path:
                self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)

    def show_reports(self) -> None:
        from gui.printing.report_dialog import open_report_dialog

        open_report_dialog(
            self,
            self.cat,
            self.settings.organisation(),
            self.print_language(),
            self.settings.expiry_months(),
        )

    # -- changes ---------------------------------------------------------------------------------
    def _on_changed(self, changes: list[Change]) -> None:
        self._data_version = self._read_data_version()
        self._refresh(changes)

    def _refresh(self, changes: list[Change] | None) -> None:
        """Refresh what changed; `None` means unknown changes (another window or program)."""
        for kind, tab in self.list_tabs.items():
            ids = {i for c in changes or [] if c.kind == kind for i in c.ids}
            if changes is None or ids or any(c.kind != kind for c in changes):
                # Names and statuses of one kind show up in the others' lists: re-query.
                recount = changes is None or any(
                    c.kind == kind and not c.edited_only for c in changes
                )
                tab.refresh(ids, structural=True, recount=recount)
        # Not urgent, and on a large catalogue its reads would make the next save wait: once
        # the changes pause.
        self.overview_due.start()
        self._update_status()
        self._update_actions()

    def _read_data_version(self) -> int:
        return self.cat.db.execute("PRAGMA data_version").fetchone()[0]

    def _check_outside_changes(self) -> None:
        if not self.cat.read_only and self.cat.checked(0):
            # Opened with its check in the background, or a new day: the kept counts of
            # agreements in force move to today (a short write; lists count afresh until then).
            sort_keys.keep_counts_current(self.cat)
        version = self._read_data_version()
        if version != self._data_version:
            self._data_version = version
            self._refresh(None)

    # -- catalogues ------------------------------------------------------------------------------
    def open_catalogue(self, path: Path | str) -> bool:
        cat = open_catalogue(Path(path), self.settings, self)
        if cat is None:
            return False
        self._switch_to(cat)
        return True

    def _integrity_checked(self) -> None:
        """The page check of the open file is over: a damaged file gets the choices of opening
        one, and stays open read-only when the user takes none."""
        if not self.cat.checked(0):
            return
        self.integrity_watch.stop()
        if self.cat.damage is None:
            return
        cat = open_catalogue(self.cat.path, self.settings, self, refused=self.cat.damage)
        if cat is not None:
            self._switch_to(cat)
        else:
            self.cat.read_only = True
            self._update_status()
            self._update_actions()

    def _switch_to(self, cat: Catalogue) -> None:
        self._save_tab_state()
        old = self.cat
        old.unsubscribe(self.signals.changed.emit)
        self._install_catalogue(cat)
        old.close()

    def choose_catalogue(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open catalogue"),
            str(self.cat.path.parent),
            self.tr("Partnerbook catalogues (*{suffix});;All files (*)").format(suffix=SUFFIX),
        )
        if path:
            self.open_catalogue(path)

    def new_catalogue(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New catalogue"),
            str(self.cat.path.parent),
            self.tr("Partnerbook catalogues (*{suffix})").format(suffix=SUFFIX),
        )
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        if Path(path).exists():
            tell(
                self,
                self.tr("New catalogue"),
                self.tr("That file already exists. Choose another name."),
            )
            return
        Catalogue.create(path).close()
        self.open_catalogue(path)

    def open_sample(self) -> None:
        self.open_catalogue(ensure_sample_catalogue())

    def backup_now(self) -> None:
        folder = self.settings.backup_folder()
        try:
            path = run_with_progress(
                self,
                self.tr("Backing up…"),
                with_twin(
                    self.cat,
                    lambda twin, progress: backups.make(twin, folder, "manual", progress=progress),
                ),
            )
        except (OSError, sqlite3.Error, CatalogueError) as error:
            tell(
                self,
                self.tr("Back up now"),
                self.tr("The backup could not be made: {error}").format(error=error_text(error)),
            )
            return
        if path is not None:
            self.statusBar().showMessage(self.tr("Backup saved: {path}").format(path=path), 8000)

    def import_file(self) -> None:
        from gui.dialogs.import_dialog import ImportDialog

        ImportDialog(self.cat, self.settings.backup_folder(), self).exec()
        self._check_outside_changes()  # the import wrote through a connection of its own

    def export_all(self) -> None:
        """Every record of the current tab's kind (partners from the Overview), or JSON."""
        from gui.dialogs.export_dialog import export_to_file

        tab = self.current_tab()
        export_to_file(self, self.cat, tab.kind if tab else "partner")

    def export_list(self) -> None:
        """The rows the current list shows, with its filter and order."""
        from gui.dialogs.export_dialog import export_to_file

        tab = self.current_tab()
        if tab is not None:
            export_to_file(self, self.cat, tab.kind, tab.model.ids())

    def restore_backup(self) -> None:
        from gui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.settings.backup_folder(), self.cat.path.stem, self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        target = self.cat.path
        try:
            # The window's connection stays open meanwhile: the copy into the file is one
            # SQLite transaction, which this connection simply sees afterwards.
            safety = run_with_progress(
                self,
                self.tr("Restoring…"),
                lambda progress: backups.restore(
                    dialog.chosen(), target, self.settings.backup_folder(), progress
                ),
            )
        except (OSError, sqlite3.Error, CatalogueError) as error:
            tell(
                self,
                self.tr("Restore from backup"),
                self.tr(
                    "The backup could not be restored; the catalogue was left as it was. ({error})"
                ).format(error=error_text(error)),
            )
            return
        if safety is None:  # cancelled: the file is as it was
            return
        try:
            cat = Catalogue.open(target, check_in_background=True)
        except CatalogueError as error:
            cat = open_catalogue(target, self.settings, self, refused=error)
            if cat is None:
                return
        self._switch_to(cat)
        self.statusBar().showMessage(
            self.tr("Restored the backup; the file as it was before is kept among the backups."),
            10000,
        )

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for path in self.settings.recent_catalogues():
            action = self.menu_recent.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_catalogue(p))
        self.menu_recent.setEnabled(True)

    # -- settings --------------------------------------------------------------------------------
    def show_settings(self) -> None:
        from gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            language_changed = dialog.apply()
            for tab in self.list_tabs.values():
                tab.model.context = self.settings.list_context()
                tab.attachments.limit = self.settings.attachment_limit()
            self.overview.settings_values = self.settings.values()
            if language_changed:
                i18n.install(self.settings.language())
            self.retranslate()

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Partnerbook"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Partnerbook — an offline catalogue of international partnerships.\nFonts: Be Vietnam Pro, Noto Sans KR (SIL OFL). Icons: KDE Breeze (LGPL)."
            )
        )
        box.exec()

    # -- closing ---------------------------------------------------------------------------------
    def _save_tab_state(self) -> None:
        for tab in self.list_tabs.values():
            tab.save_state(self.settings.qsettings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_tab_state()
        self.settings.qsettings.setValue("window/geometry", self.saveGeometry())
        self.settings.qsettings.sync()
        self.watch.stop()
        super().closeEvent(event)
