"""The detail pane: every field of the selected record and its linked records as links."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, FileSystemLoader, select_autoescape
from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from gui import i18n
from gui.record_text import describe
from store.catalogue import Catalogue
from store.paths import resource


@cache
def templates() -> Environment:
    return Environment(
        loader=FileSystemLoader(resource("templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )


class DetailPane(QTextBrowser):
    """Shows one record; a click on a linked record emits `open_record(kind, id)`."""

    open_record = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Details of the selected record"))
        self.anchorClicked.connect(self._follow)
        self.current: tuple[str, int] | None = None

    def show_record(self, cat: Catalogue, kind: str, record_id: int) -> None:
        # describe() starts with kind, id, uuid, then the name or title.
        kind_label, _, _, (_, title), *rows = describe(cat, kind, record_id, i18n.current())
        html = (
            templates()
            .get_template("detail.html.j2")
            .render(title=title, subtitle=kind_label[1], rows=rows)
        )
        self.current = (kind, record_id)
        self.setHtml(html)

    def show_nothing(self) -> None:
        self.current = None
        self.setPlainText(self.tr("Select a record to see its details."))

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        # Nothing is fetched from disk or network: user text may hold <img src="file:…">.
        return None

    def _follow(self, url: QUrl) -> None:
        kind, _, record_id = url.toString().partition(":")
        if record_id.isdigit():
            self.open_record.emit(kind, int(record_id))
