"""Save screenshots of every tab, form and the attachments panel, in Vietnamese and English, to
docs/screenshots/.

    python scripts/screenshots.py

Runs offscreen on a fresh copy of the sample catalogue at 1366×740 (a common office laptop).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_HOME = tempfile.mkdtemp(prefix="partnerbook-shots-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

from PySide6.QtCore import QBuffer, QEventLoop, QPointF, QRectF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from gui import i18n  # noqa: E402
from gui.fonts import ui_font  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.settings import Settings  # noqa: E402
from store import attachments, repository, sample  # noqa: E402
from store.catalogue import Catalogue  # noqa: E402
from store.kinds import SPECS  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def grab(widget: QWidget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(OUT / name)


def attach_samples(cat: Catalogue, kind: str, record_id: int) -> None:
    """A picture (to show its thumbnail) and a PDF, made here so the shots need no files."""
    picture = QImage(640, 400, QImage.Format.Format_RGB32)
    painter = QPainter(picture)
    sky = QLinearGradient(QPointF(0, 0), QPointF(0, 400))
    sky.setColorAt(0, QColor("#5b8fd6"))
    sky.setColorAt(1, QColor("#d8e6f5"))
    painter.fillRect(picture.rect(), sky)
    painter.fillRect(QRectF(0, 280, 640, 120), QColor("#4f8a3c"))
    painter.setBrush(QColor("#f2c14e"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(500, 90), 45, 45)
    painter.end()
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    picture.save(buffer, "JPG")
    pdf_path = Path(_HOME) / "mou.pdf"
    writer = QPdfWriter(str(pdf_path))
    painter = QPainter(writer)
    painter.drawText(QRectF(0, 0, 4000, 400), "Biên bản ghi nhớ hợp tác")
    painter.end()
    attachments.add(cat, kind, record_id, pdf_path, "Biên bản ghi nhớ đã ký.pdf")
    attachments.add(cat, kind, record_id, bytes(buffer.data()), "Ảnh lễ ký kết.jpg")


def main() -> None:
    app = QApplication([])
    app.setFont(ui_font())
    OUT.mkdir(parents=True, exist_ok=True)
    cat = sample.create(Path(_HOME) / "sample.partnerbook")
    for lang in ("vi", "en"):
        i18n.install(lang)
        settings = Settings(QSettings(str(Path(_HOME) / f"{lang}.ini"), QSettings.Format.IniFormat))
        settings.set("language", lang)
        window = MainWindow(cat, settings)
        window.resize(1366, 740)
        loop = QEventLoop()
        window.overview.updated.connect(loop.quit)
        window.show()  # the overview's figures are computed on a thread once it has painted
        loop.exec()
        grab(window, f"{lang}-overview.png")
        for kind, tab in window.list_tabs.items():
            window.tabs.setCurrentWidget(tab)
            tab.table.selectRow(min(6, tab.model.rowCount() - 1))
            if kind == "partner" and not attachments.for_record(cat, kind, tab.current_id()):
                attach_samples(cat, kind, tab.current_id())
            grab(window, f"{lang}-{kind}s.png")
            if kind == "partner":
                tab.attachments.listing.setCurrentItem(tab.attachments.listing.topLevelItem(1))
                grab(tab.attachments, f"{lang}-attachments.png")
        from gui.dialogs.editing import DIALOGS
        from gui.dialogs.search_dialog import SearchDialog
        from gui.dialogs.settings_dialog import SettingsDialog
        from gui.dialogs.trash_dialog import TrashDialog

        samples = {"partner": 1, "agreement": 3, "event": 3, "our_side": 1}
        for kind, dialog_class in DIALOGS.items():
            record = repository.load(cat, SPECS[kind], samples[kind])
            grab(dialog_class(cat, record, window), f"{lang}-form-{kind}.png")
        search = SearchDialog(cat, window)
        search.query.setText("seoul")
        search.run()
        grab(search, f"{lang}-search.png")
        grab(SettingsDialog(settings, window), f"{lang}-settings.png")
        grab(TrashDialog(cat, window), f"{lang}-trash.png")
        grab(_import_dialog(cat, lang, window), f"{lang}-import.png")
        window.close()


def _import_dialog(cat, lang: str, parent: QWidget) -> QWidget:
    """The import dialog on an office-like sheet (a title row above the headers), after a dry run."""
    import openpyxl

    from gui.dialogs.import_dialog import ImportDialog

    path = Path(_HOME) / "doi-tac.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Đối tác"
    for row in (
        ["DANH SÁCH ĐỐI TÁC NƯỚC NGOÀI"],
        [],
        ["STT", "Tên đối tác", "Quốc gia", "Năm thiết lập quan hệ", "Lĩnh vực hợp tác", "Ghi chú"],
        [1, "Tỉnh Gyeonggi", "Hàn Quốc", 2001, "Giáo dục, đào tạo; Y tế", ""],
        [2, "Thành phố Toulouse", "Pháp", "tháng 6/2018", "Du lịch", "Thỏa thuận 2018"],
        [3, "Thành phố Nagoya", "Nhật Bản", "13/4/2015", "", ""],
        [4, "Perth", "Úc", "khoảng 2019", "", ""],
    ):
        ws.append(row)
    book.save(path)
    dialog = ImportDialog(cat, Path(_HOME) / "backups", parent)
    dialog.open_file(path)
    dialog.dry_run()
    return dialog


if __name__ == "__main__":
    main()
