"""The relationship timeline of a partner profile, drawn as a picture: agreements as bars over
their validity, events as marks, the start of the relation and today marked.

Drawn with QPainter on a QImage at print resolution (300 dpi); the image goes into the document
as an in-memory resource and into Word files as a PNG.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF

from gui.fonts import FAMILIES
from gui.i18n import translation
from gui.labels import label
from store.reports import Timeline

DPI = 300
MAX_BARS = 12

STATUS_COLOURS = {
    "in_force": "#2e7d32",
    "expiring": "#ef6c00",
    "expired": "#9e9e9e",
    "renewed": "#90a4ae",
    "terminated": "#c62828",
    "preparation": "#64b5f6",
}
MARK_COLOURS = {"outbound": "#1565c0", "inbound": "#2e7d32", "other": "#6d4c41"}
TODAY_COLOUR = "#d32f2f"
INK = "#222222"
GRID = "#d0d0d0"


def _mm(value: float) -> float:
    return value * DPI / 25.4


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _year_step(years: int, width_px: float, label_px: float) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100):
        if years / step * label_px * 1.6 <= width_px:
            return step
    return 100


def _direction(kind: str) -> str:
    return kind if kind in ("outbound", "inbound") else "other"


def _mark(way: str, cx: float, cy: float, r: float) -> QPolygonF:
    """▲ outbound, ▼ inbound, ◆ other."""
    points = {
        "outbound": [(0, -r), (r, r), (-r, r)],
        "inbound": [(-r, -r), (r, -r), (0, r)],
        "other": [(0, -r), (r, 0), (0, r), (-r, 0)],
    }[way]
    return QPolygonF([QPointF(cx + dx, cy + dy) for dx, dy in points])


def draw_timeline(timeline: Timeline, lang: str, width_mm: float = 180.0) -> QImage:
    """The picture of `timeline`, `width_mm` wide at 300 dpi; labels in the print language."""
    words = translation(lang)
    bars = timeline.bars
    hidden = 0
    if len(bars) > MAX_BARS:  # the latest ones; the table lists them all
        hidden = len(bars) - MAX_BARS
        bars = bars[-MAX_BARS:]
    lane = _mm(4.2)
    axis_h = _mm(5.0)
    legend_h = _mm(5.0)
    lanes = len(bars) + 1 + (1 if hidden else 0) + (1 if timeline.relation_since else 0)
    width = round(_mm(width_mm))
    height = round(axis_h + lanes * lane + 2 * legend_h + _mm(1))  # cropped when drawn
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    image.fill(QColor("white"))

    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    small, tiny = _font(7), _font(6.3)
    label_w = _mm(width_mm * 0.33)
    left, right = label_w + _mm(2), width - _mm(3)
    start, end = timeline.start, timeline.end
    span = max(1, (end - start).days)

    def x(day: dt.date) -> float:
        return left + (right - left) * (day - start).days / span

    # Axis: a light grid line at each labelled year.
    p.setFont(tiny)
    metrics = QFontMetricsF(tiny, image)
    step = _year_step(end.year - start.year + 1, right - left, metrics.horizontalAdvance("2026"))
    top, bottom = axis_h, axis_h + lanes * lane
    for year in range(start.year, end.year + 1):
        if year % step:
            continue
        gx = x(dt.date(year, 1, 1))
        p.setPen(QPen(QColor(GRID), _mm(0.15)))
        p.drawLine(QPointF(gx, top - _mm(0.8)), QPointF(gx, bottom))
        p.setPen(QColor("#555555"))
        p.drawText(
            QRectF(gx - _mm(6), 0, _mm(12), axis_h - _mm(1)),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            str(year),
        )
    p.setPen(QPen(QColor("#888888"), _mm(0.2)))
    p.drawLine(QPointF(left, top), QPointF(right, top))

    def lane_label(row: int, text: str, colour: str = INK, font: QFont = small) -> None:
        p.setFont(font)
        p.setPen(QColor(colour))
        rect = QRectF(0, top + row * lane, label_w, lane)
        text = QFontMetricsF(font, image).elidedText(text, Qt.TextElideMode.ElideRight, label_w)
        p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    row = 0
    if timeline.relation_since:
        since = timeline.relation_since
        lane_label(
            row,
            words.translate("Printing", "Relation since {year}").format(year=since.year),
        )
        y = top + row * lane + lane / 2
        p.setPen(QPen(QColor("#7e57c2"), _mm(0.7)))
        p.drawLine(QPointF(x(since), y), QPointF(x(timeline.today), y))
        p.setBrush(QColor("#7e57c2"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(x(since), y), _mm(0.9), _mm(0.9))
        row += 1
    if hidden:
        lane_label(
            row,
            words.translate("Printing", "+{n} earlier agreements (see the table)").format(n=hidden),
            "#666666",
            tiny,
        )
        row += 1
    for bar in bars:
        lane_label(row, bar.title_en if lang == "en" and bar.title_en else bar.title)
        colour = QColor(STATUS_COLOURS.get(bar.status, "#9e9e9e"))
        y0 = top + row * lane + lane * 0.2
        h = lane * 0.6
        x0 = x(max(bar.start, start))
        open_ended = bar.end is None
        x1 = x(min(bar.end, end)) if bar.end else right
        x1 = max(x1, x0 + _mm(0.8))
        p.setPen(Qt.PenStyle.NoPen)
        if open_ended:
            # Open-ended: solid to today, then fading out with an arrow.
            solid = max(x0 + _mm(0.8), x(timeline.today))
            p.setBrush(colour)
            p.drawRect(QRectF(x0, y0, solid - x0, h))
            faded = QColor(colour)
            faded.setAlpha(90)
            p.setBrush(faded)
            p.drawRect(QRectF(solid, y0, max(0.0, x1 - solid - _mm(1.2)), h))
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(x1 - _mm(1.2), y0 - _mm(0.4)),
                        QPointF(x1, y0 + h / 2),
                        QPointF(x1 - _mm(1.2), y0 + h + _mm(0.4)),
                    ]
                )
            )
        else:
            brush = QBrush(colour)
            if bar.status == "preparation":
                brush.setStyle(Qt.BrushStyle.BDiagPattern)
                p.setPen(QPen(colour, _mm(0.25)))
            p.setBrush(brush)
            p.drawRect(QRectF(x0, y0, x1 - x0, h))
        row += 1

    # Events: one lane of marks (▲ outbound, ▼ inbound, ◆ other).
    lane_label(row, words.translate("Printing", "Events ({n})").format(n=len(timeline.marks)))
    y = top + row * lane + lane / 2
    r = _mm(0.9)
    p.setPen(QPen(QColor("white"), _mm(0.12)))
    # Marks closer than their size are stacked (up to three high) rather than drawn over each other.
    levels = (0.0, -lane * 0.27, lane * 0.27)
    last_x = [float("-inf")] * len(levels)
    for mark in timeline.marks:
        way = _direction(mark.kind)
        mx = x(mark.day)
        level = next((i for i, seen in enumerate(last_x) if mx - seen >= 2.2 * r), 0)
        last_x[level] = mx
        p.setBrush(QColor(MARK_COLOURS[way]))
        p.drawPolygon(_mark(way, mx, y + levels[level], r))
    row += 1

    # Today: a red line across every lane.
    tx = x(timeline.today)
    p.setPen(QPen(QColor(TODAY_COLOUR), _mm(0.35), Qt.PenStyle.DashLine))
    p.drawLine(QPointF(tx, top), QPointF(tx, bottom))

    # Legend: the statuses drawn, the marks, today; wrapped onto a second line when needed.
    fm = QFontMetricsF(tiny, image)
    box = _mm(2.2)
    items: list[tuple[str, str, str]] = [
        ("status", s, label("status", s, words))
        for s in STATUS_COLOURS
        if any(b.status == s for b in bars)
    ]
    for way, text in (
        ("outbound", words.translate("Printing", "Outbound")),
        ("inbound", words.translate("Printing", "Inbound")),
        ("other", words.translate("Printing", "Other event")),
    ):
        if any(_direction(m.kind) == way for m in timeline.marks):
            items.append(("mark", way, text))
    today = words.translate("Printing", "Today {date}").format(
        date=timeline.today.strftime("%d/%m/%Y")
    )
    items.append(("today", "", today))
    p.setFont(tiny)
    lx, ly = 0.0, bottom + _mm(1.2)
    for what, code, text in items:
        symbol = box * 1.5 + _mm(0.8) if what != "mark" else 2 * r + _mm(0.8)
        item_width = symbol + fm.horizontalAdvance(text) + _mm(2.5)
        if lx > 0 and lx + item_width > width:
            lx, ly = 0.0, ly + legend_h * 0.8
        cy = ly + _mm(1.0)
        if what == "status":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(STATUS_COLOURS[code]))
            p.drawRect(QRectF(lx, ly + _mm(0.6), box * 1.5, box * 0.8))
        elif what == "mark":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(MARK_COLOURS[code]))
            p.drawPolygon(_mark(code, lx + r, cy, r))
        else:
            p.setPen(QPen(QColor(TODAY_COLOUR), _mm(0.35), Qt.PenStyle.DashLine))
            p.drawLine(QPointF(lx, cy), QPointF(lx + box * 1.5, cy))
        p.setPen(QColor("#444444"))
        p.drawText(QRectF(lx + symbol, ly, fm.horizontalAdvance(text) + 2, _mm(3.2)), 0, text)
        lx += item_width
    p.end()
    used = round(ly + legend_h * 0.8)
    return image.copy(0, 0, width, min(used, height))
