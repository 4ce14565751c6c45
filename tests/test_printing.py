"""Printed documents from the sample catalogue, in both languages: PDF text, fonts, pages, safety,
the Word file, the preview and reports dialog, and the `partnerbook summary` command."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from gui import i18n
from gui.labels import label
from gui.printing import Document, content, pdf, render, save_docx, save_pdf
from gui.printing.preview import preview_dialog, suggested_name
from gui.printing.report_dialog import ReportDialog
from gui.printing.timeline import draw_timeline
from store import reports, repository
from store.partners import SPEC as PARTNERS

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 24)
ORG = "Sở Ngoại vụ thành phố Hà Nội"
HOSTILE = '<b>X</b> <img src="file:///etc/passwd">'


def _id(cat, table: str, column: str, value: str) -> int:
    return cat.db.execute(f"SELECT id FROM {table} WHERE {column} = ?", [value]).fetchone()[0]


def pdf_text(path: Path) -> str:
    """The PDF's text in drawing order (a table cell's lines stay together)."""
    return subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_prints(text: str, *expected: str) -> None:
    """Every expected string is in the text exactly, whatever the line breaks: a glyph the fonts
    lack would vanish from pdftotext's output and fail here."""
    for wanted in expected:
        assert squeezed(wanted) in squeezed(text), wanted


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)[1])


def fonts(path: Path) -> list[tuple[str, str]]:
    """(name, emb) of every font in the PDF."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    rows = out.stdout.splitlines()[2:]
    return [(row.split()[0], row.split()[-5]) for row in rows if row.strip()]


@pytest.fixture
def english_ui(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


def documents(cat) -> dict[str, Document]:
    return {
        "idf": Document(
            "partner", _id(cat, "partners", "name_en", "Île-de-France Regional Council")
        ),
        "gyeonggi": Document("partner", _id(cat, "partners", "name_native", "경기도")),
        "seoul": Document("partner", _id(cat, "partners", "name_en", "Seoul")),
        "programme": Document(
            "agreement",
            _id(cat, "agreements", "title_en", "Hanoi – Île-de-France Action Programme 2022–2025"),
        ),
        "visit": Document(
            "event", _id(cat, "events", "title_en", "Hanoi delegation's working visit to Korea")
        ),
        "expiring": Document("report", report="expiring", months=24),
        "delegations": Document(
            "report",
            report="delegations",
            date_from=dt.date(2018, 1, 1),
            date_to=dt.date(2024, 12, 31),
        ),
        "directory": Document("report", report="directory"),
        "catalogue": Document("report", report="catalogue"),
    }


EXPECTED = {
    "idf": {
        "both": [
            "Hội đồng vùng Île-de-France",
            "Conseil régional d'Île-de-France",
            "Île-de-France Regional Council",
            "https://www.iledefrance.fr",
        ],
        "vi": [
            "Thông tin đối tác",
            "25 năm vào năm 2026",
            "Chương trình hành động Hà Nội – Île-de-France giai đoạn 2022 – 2025",
            "Hết hiệu lực",
            "Quy hoạch đô thị; Giao thông; Di sản",
        ],
        "en": [
            "Partner profile",
            "25 years in 2026",
            "Hanoi – Île-de-France Action Programme 2022–2025",
            "Expired",
            "Urban planning; Transport; Heritage",
        ],
    },
    "gyeonggi": {
        "both": ["경기도", "Tỉnh Gyeonggi", "Gyeonggi Province", "19–22/10/2024"],
        "vi": ["Hàn Quốc", "5 năm vào năm 2029", "Tập đoàn Phát triển nhà và đô thị tỉnh Gyeonggi"],
        "en": [
            "South Korea",
            "5 years in 2029",
            "Gyeonggi Housing & Urban Development Corporation (GH)",
        ],
    },
    "seoul": {
        "both": ["서울특별시", "Oh Se Hoon", "Thị trưởng thành phố Seoul"],
        "vi": ["30 năm vào năm 2026", "Việc cần theo dõi"],
        "en": ["30 years in 2026", "Open follow-ups"],
    },
    "programme": {
        "both": ["2022 – 2025"],
        "vi": [
            "Thông tin thỏa thuận hợp tác",
            "Thỏa thuận hợp tác Hà Nội – Île-de-France giai đoạn 2018 – 2021",
            "Ủy ban nhân dân thành phố Hà Nội",
        ],
        "en": [
            "Agreement sheet",
            "Hanoi – Île-de-France Cooperation Agreement 2018–2021",
            "Hanoi People's Committee",
        ],
    },
    "visit": {
        "both": ["경기도", "서울특별시의회", "대한민국 국회", "Woo Won Shik", "19–22/10/2024"],
        "vi": ["Tóm tắt sự kiện", "Đoàn đại biểu thành phố Hà Nội thăm và làm việc tại Hàn Quốc"],
        "en": ["Event brief", "Hanoi delegation's working visit to Korea"],
    },
    "expiring": {
        "both": ["2025"],
        "vi": ["Thỏa thuận sắp hết hạn", "Tính đến ngày 24/11/2026"],
        "en": ["Agreements expiring", "As of 24/11/2026"],
    },
    "delegations": {
        "both": ["06/2018", "12–14/12/2024"],
        "vi": ["Tổng hợp đoàn ra, đoàn vào", "Từ ngày 01/01/2018 đến ngày 31/12/2024", "Pháp"],
        "en": ["Delegation log", "Period: 01/01/2018 – 31/12/2024", "France"],
    },
    "directory": {
        "both": ["경기도", "Conseil régional d'Île-de-France", "https://www.seoul.go.kr"],
        "vi": ["Danh bạ đối tác", "Hàn Quốc (5)"],
        "en": ["Partner directory", "South Korea (5)"],
    },
    "catalogue": {
        "both": ["Conseil régional d'Île-de-France", "경기주택도시공사"],
        "vi": [
            "Toàn bộ cơ sở dữ liệu",
            "Hội nghị hợp tác giữa các địa phương Việt Nam và Pháp lần thứ 12",
        ],
        "en": ["Whole catalogue", "12th Vietnam–France Decentralised Cooperation Conference"],
    },
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("name", list(EXPECTED))
def test_every_document_prints_every_letter(cat, english_ui, tmp_path, name, lang) -> None:
    path = tmp_path / f"{name}-{lang}.pdf"
    count = save_pdf(cat, documents(cat)[name], path, lang, ORG, TODAY)
    assert pages(path) == count
    text = pdf_text(path)
    assert_prints(text, ORG, *EXPECTED[name]["both"], *EXPECTED[name][lang])
    footer = "Trang {n}/{total}" if lang == "vi" else "Page {n} of {total}"
    printed = "In ngày 24/11/2026" if lang == "vi" else "Printed 24/11/2026"
    for n in range(1, count + 1):
        assert footer.format(n=n, total=count) in text
    assert text.count(printed) == count
    found = fonts(path)
    assert found and all(emb == "yes" for _, emb in found), found
    assert {f.split("+")[-1] for f, _ in found} <= {
        "BeVietnamPro-Regular",
        "BeVietnamPro-Bold",
        "BeVietnamPro-Italic",
        "BeVietnamPro-BoldItalic",
        "NotoSansKR-Regular",
    }


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_ile_de_france_profile_is_one_page(cat, english_ui, tmp_path, lang) -> None:
    path = tmp_path / "idf.pdf"
    assert save_pdf(cat, documents(cat)["idf"], path, lang, ORG, TODAY) == 1
    assert pages(path) == 1
    assert ("Trang 1/1" if lang == "vi" else "Page 1 of 1") in pdf_text(path)


def test_hostile_text_prints_exactly_as_typed(cat, english_ui, tmp_path, monkeypatch) -> None:
    idf = repository.load(cat, PARTNERS, documents(cat)["idf"].id)
    idf.name = HOSTILE
    idf.notes = "<script>alert(1)</script> & <a href='http://example.com'>x</a>"
    repository.save(cat, PARTNERS, idf)
    asked: list[str] = []
    original = render.PrintTextDocument.loadResource

    def spy(self, kind, url):  # type: ignore[no-untyped-def]
        asked.append(url.toString())
        return original(self, kind, url)

    monkeypatch.setattr(render.PrintTextDocument, "loadResource", spy)
    path = tmp_path / "hostile.pdf"
    save_pdf(cat, Document("partner", idf.id), path, "en", HOSTILE, TODAY)
    text = pdf_text(path)
    assert HOSTILE in text  # in the header (organisation) and as the heading
    assert_prints(text, "<script>alert(1)</script> & <a href='http://example.com'>x</a>")
    assert asked == []  # nothing but the bundled timeline picture was looked up
    html = render.to_html(render.build(cat, Document("partner", idf.id), "en", HOSTILE, TODAY))
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert re.findall(r"<img [^>]*src=\"([^\"]*)\"", html) == ["partnerbook-print:timeline"]


def test_the_text_document_fetches_nothing(qapp) -> None:
    doc = render.PrintTextDocument()
    doc.setHtml('<img src="file:///etc/passwd"><img src="https://example.com/x.png">')
    assert doc.resource(2, "file:///etc/passwd") is None
    assert doc.loadResource(2, "https://example.com/x.png") is None


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_word_file_holds_the_same_headings_and_tables(cat, english_ui, tmp_path, lang) -> None:
    import docx

    for name in ("idf", "visit", "delegations"):
        document = documents(cat)[name]
        printout = render.build(cat, document, lang, ORG, TODAY)
        path = tmp_path / f"{name}.docx"
        save_docx(cat, document, path, lang, ORG, TODAY)
        word = docx.Document(str(path))
        headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
        assert headings == [printout.heading] + [s.heading for s in printout.sections if s.heading]
        blocks = [
            b
            for s in printout.sections
            for b in s.blocks
            if isinstance(b, content.Table | content.Facts)
        ]
        assert len(word.tables) == len(blocks)
        for table, block in zip(word.tables, blocks, strict=True):
            if isinstance(block, content.Table):
                assert [c.text for c in table.rows[0].cells] == block.columns
                assert len(table.rows) == len(block.rows) + 1 + (1 if block.total else 0)
        footer = word.sections[0].footer.paragraphs[0].text
        assert footer.startswith("In ngày 24/11/2026" if lang == "vi" else "Printed 24/11/2026")
        assert ORG in word.sections[0].header.paragraphs[0].text
        pictures = [
            b for s in printout.sections for b in s.blocks if isinstance(b, content.Picture)
        ]
        assert len(word.inline_shapes) == len(pictures)
    word = docx.Document(str(tmp_path / "idf.docx"))
    cells = {c.text for t in word.tables for r in t.rows for c in r.cells}
    assert "Conseil régional d'Île-de-France" in " ".join(p.text for p in word.paragraphs)
    assert ("Hết hiệu lực" if lang == "vi" else "Expired") in cells


def test_printing_in_another_language_leaves_the_ui_language(cat, qapp, tmp_path) -> None:
    i18n.install("vi")
    try:

        class Counter(QObject):
            changes = 0

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.LanguageChange:
                    Counter.changes += 1
                return False

        widget = QWidget()
        counter = Counter()
        widget.installEventFilter(counter)
        save_pdf(cat, documents(cat)["idf"], tmp_path / "en.pdf", "en", ORG, TODAY)
        assert "Partner profile" in pdf_text(tmp_path / "en.pdf")
        assert QCoreApplication.translate("Printing", "Partner profile") == "Thông tin đối tác"
        assert QCoreApplication.translate("Labels", "Expired") == "Hết hiệu lực"
        assert Counter.changes == 0
        widget.deleteLater()
    finally:
        i18n.install("en")


def test_a_print_language_is_asked_directly_and_changes_nothing(qapp) -> None:
    i18n.install("vi")
    try:
        english, vietnamese = i18n.translation("en"), i18n.translation("vi")
        assert english.translate("Printing", "Partner profile") == "Partner profile"
        assert vietnamese.translate("Printing", "Partner profile") == "Thông tin đối tác"
        assert label("status", "expired", english) == "Expired"
        assert label("status", "expired", vietnamese) == "Hết hiệu lực"
        assert label("status", "expired") == "Hết hiệu lực"  # the UI's
        assert english.translate("Printing", "A text nobody translated") == (
            "A text nobody translated"
        )
        assert QCoreApplication.translate("Printing", "Partner profile") == "Thông tin đối tác"
    finally:
        i18n.install("en")


def test_long_tables_break_between_rows_and_repeat_their_header(cat, english_ui, tmp_path) -> None:
    rows = [
        [
            f"{i:03d}",
            f"start {i:03d} " + "Hội đồng vùng Île-de-France 경기도 " * (i % 6) + f"end {i:03d}",
        ]
        for i in range(150)
    ]
    printout = content.Printout(
        title="Test",
        heading="Long table",
        lang="en",
        org_name=ORG,
        printed_on=TODAY,
        sections=[content.Section("Rows", [content.Table(["#", "Text"], rows, [10, 90])])],
    )
    path = tmp_path / "long.pdf"
    total = pdf.write_pdf(printout, path)
    assert total > 3
    for page in range(1, total + 1):
        text = subprocess.run(
            ["pdftotext", "-raw", "-f", str(page), "-l", str(page), str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        starts = re.findall(r"start\s+(\d{3})", text)
        ends = re.findall(r"end\s+(\d{3})", text)
        assert starts and starts == ends, page  # every row whole on its page
        if page > 1:
            assert text.count("Text") >= 1  # the header row repeated
        assert f"Page {page} of {total}" in text


def test_a_worker_lays_out_and_writes_the_same_pdf(cat, english_ui, tmp_path) -> None:
    """On a worker thread Qt itself lays the document out (render._lay_out): same pages, same
    text, and nothing of the layout left to do afterwards."""
    from PySide6.QtCore import QThread

    printout = render.build(cat, documents(cat)["catalogue"], "vi", ORG, TODAY)
    here = pdf.write_pdf(printout, tmp_path / "here.pdf")
    outcome: dict[str, object] = {}

    class Worker(QThread):
        def run(self) -> None:
            try:
                outcome["pages"] = pdf.write_pdf(printout, tmp_path / "there.pdf")
            except Exception as error:  # reported below
                outcome["error"] = error

    worker = Worker()
    worker.start()
    worker.wait()
    assert "error" not in outcome, outcome
    assert outcome["pages"] == here == pages(tmp_path / "there.pdf") > 1
    assert pdf_text(tmp_path / "there.pdf") == pdf_text(tmp_path / "here.pdf")


def test_timeline_picture(cat, english_ui) -> None:
    profile = reports.partner_profile(cat, documents(cat)["idf"].id, TODAY)
    image = draw_timeline(profile.timeline, "en", width_mm=180)
    assert image.width() == round(180 * 300 / 25.4)
    assert 20 * 300 / 25.4 < image.height() < 60 * 300 / 25.4
    # Today's red line: some pixel of its column is red.
    span = (profile.timeline.end - profile.timeline.start).days
    left = 180 * 0.33 * 300 / 25.4 + 2 * 300 / 25.4
    right = image.width() - 3 * 300 / 25.4
    x = round(left + (right - left) * (TODAY - profile.timeline.start).days / span)
    colours = {
        image.pixelColor(x + dx, y).name()
        for dx in (-2, -1, 0, 1, 2)
        for y in range(image.height())
    }
    assert any(c.startswith("#d") or c.startswith("#e") for c in colours if c not in ("#ffffff",))


def test_preview_dialog_draws_the_pages(cat, english_ui, qtbot, tmp_path) -> None:
    printout = render.build(cat, documents(cat)["visit"], "vi", ORG, TODAY)
    dialog = preview_dialog(None, printout)
    qtbot.addWidget(dialog)
    painted: list[int] = []
    dialog.paintRequested.connect(lambda printer: painted.append(1))
    dialog.show()
    qtbot.waitUntil(lambda: bool(painted))
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview.pageCount() == pdf.write_pdf(printout, tmp_path / "visit.pdf") > 1
    assert preview.updatesEnabled()
    assert "Hà Nội" in dialog.windowTitle()
    assert suggested_name(printout, "pdf").endswith(".pdf")
    assert "/" not in suggested_name(content.Printout("t", 'a/b:c"d', "en", "", TODAY), "pdf")


def test_report_dialog_builds_the_document_from_its_filters(cat, english_ui, qtbot) -> None:
    dialog = ReportDialog(cat, ORG, "en", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.report.setCurrentIndex(dialog.report.findData("delegations"))
    dialog.date_from.setText("2018")
    dialog.date_to.setText("6/2024")
    dialog.country.setCurrentIndex(dialog.country.findData("KR"))
    document = dialog.document()
    assert document == Document(
        "report",
        report="delegations",
        months=6,
        date_from=dt.date(2018, 1, 1),
        date_to=dt.date(2024, 6, 30),
        country="KR",
    )
    dialog.date_to.setText("2017")
    assert dialog.document() is None and not dialog.pdf_button.isEnabled()
    assert dialog.problem.text() == "The end is before the start."
    dialog.report.setCurrentIndex(dialog.report.findData("expiring"))
    assert dialog.pdf_button.isEnabled()
    dialog.months.setValue(12)
    dialog.kind.setCurrentIndex(dialog.kind.findData("mou"))
    expiring = dialog.document()
    assert (expiring.months, expiring.record_kind, expiring.date_from) == (12, "mou", None)


# -- the command line ------------------------------------------------------------------------------
def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "PARTNERBOOK_DB": "", "LANG": "C.UTF-8"}
    env.pop("QT_QPA_PLATFORM", None)  # the command must manage without a display by itself
    return subprocess.run(
        [sys.executable, "-m", "gui.cli", *args, "--lang", lang],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_summary_command(sample_path: Path, tmp_path: Path) -> None:
    db = str(sample_path)
    out = tmp_path / "idf.pdf"
    done = run(
        "summary",
        "--partner",
        "ile de france",
        "--pdf",
        str(out),
        "--db",
        db,
        "--org",
        ORG,
        lang="vi",
    )
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout and pages(out) == 1
    assert_prints(
        pdf_text(out), "Hội đồng vùng Île-de-France", "Thông tin đối tác", ORG, "Trang 1/1"
    )

    ambiguous = run(
        "summary", "--partner", "gyeonggi", "--pdf", str(tmp_path / "x.pdf"), "--db", db
    )
    assert ambiguous.returncode == 1
    assert "Tỉnh Gyeonggi" in ambiguous.stderr
    assert "Tập đoàn Phát triển nhà và đô thị tỉnh Gyeonggi" in ambiguous.stderr
    assert not (tmp_path / "x.pdf").exists()

    word = tmp_path / "korea.docx"
    assert run("summary", "--partner", "경기도", "--docx", str(word), "--db", db).returncode == 0
    assert word.stat().st_size > 0

    log = tmp_path / "log.pdf"
    done = run(
        "summary",
        "--report",
        "delegations",
        "--from",
        "2018",
        "--to",
        "2024",
        "--country",
        "KR",
        "--pdf",
        str(log),
        "--db",
        db,
    )
    assert done.returncode == 0, done.stderr
    assert_prints(
        pdf_text(log), "Delegation log", "Period: 01/01/2018 – 31/12/2024", "Country: South Korea"
    )

    for args in (
        ("--partner", "no such partner"),
        ("--event", "99999"),
        ("--agreement", "abc"),
        ("--report", "expiring", "--months", "0"),
        ("--report", "delegations", "--from", "2024", "--to", "2018"),
        ("--report", "delegations", "--from", "32/13/2024"),
        ("--report", "directory", "--country", "Atlantis"),
        ("--partner", "1", "--from", "2020"),
    ):
        result = run("summary", *args, "--pdf", str(tmp_path / "y.pdf"), "--db", db)
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.strip()
    no_folder = run(
        "summary", "--partner", "1", "--pdf", str(tmp_path / "none" / "z.pdf"), "--db", db
    )
    assert no_folder.returncode == 1 and "Cannot write" in no_folder.stderr
    assert run("summary", "--partner", "1", "--db", db).returncode == 2  # no output chosen


def test_the_app_says_when_a_document_is_too_long(cat, english_ui, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gui.printing.preview import preview_document

    said: list[str] = []
    monkeypatch.setattr(render, "MAX_LINES", 5)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    preview_document(None, cat, Document("report", report="directory"), "en")
    assert said and "too long to print at once" in said[0]
