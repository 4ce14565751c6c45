"""The detail pane: every field of the selected record and its linked records as links."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from gui import i18n
from gui.record_text import describe
from store import history
from store.catalogue import Catalogue
from store.paths import resource

if TYPE_CHECKING:
    from jinja2 import Environment


@cache
def templates() -> Environment:
    # Imported here: 15 ms that start-up need not pay before a record is shown.
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(
        loader=FileSystemLoader(resource("templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )


_TIMELINE = "partnerbook:timeline"


MOST_EVENTS = 50  # linked events listed; the timeline still draws every one


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
        kind_label, _, _, (_, title), *rows = describe(
            cat, kind, record_id, i18n.current(), most=MOST_EVENTS
        )
        html = (
            templates()
            .get_template("detail.html.j2")
            .render(
                title=title,
                subtitle=kind_label[1],
                rows=rows,
                history=self._history(cat, kind, record_id),
                timeline=self._timeline(cat, kind, record_id),
            )
        )
        self.current = (kind, record_id)
        self.setHtml(html)

    def _timeline(self, cat: Catalogue, kind: str, record_id: int) -> dict | None:
        """A partner's relationship timeline, the same picture its printed profile shows."""
        if kind != "partner":
            return None
        from gui.printing.timeline import draw_timeline
        from store.reports import partner_profile

        timeline = partner_profile(cat, record_id).timeline
        if timeline is None:
            return None
        image = draw_timeline(timeline, i18n.current(), width_mm=160)
        self.document().addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(_TIMELINE), image
        )
        width = max(200, self.viewport().width() - 40)
        return {"title": self.tr("Relationship timeline"), "url": _TIMELINE, "width": width}

    def _history(self, cat: Catalogue, kind: str, record_id: int) -> dict:
        actions = {
            "create": self.tr("created"),
            "edit": self.tr("edited"),
            "delete": self.tr("moved to the Trash"),
            "restore": self.tr("restored"),
            "attachment_add": self.tr("file attached"),
            "attachment_remove": self.tr("file moved to the Trash"),
            "attachment_restore": self.tr("file restored from the Trash"),
            "attachment_purge": self.tr("file deleted for good"),
        }
        lines = []
        for entry in history.entries(cat, kind, record_id, limit=10):
            when = entry.at.replace("T", " ")[:16]
            what = actions.get(entry.action, entry.action)
            if entry.action == "edit":
                detail = ", ".join(sorted(entry.changes))
            else:  # an attachment's name, old or new
                detail = next((n for n in entry.changes.get("attachment", []) if n), "")
            lines.append(" · ".join(x for x in (when, entry.user, what, detail) if x))
        return {"title": self.tr("History"), "lines": lines}

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
