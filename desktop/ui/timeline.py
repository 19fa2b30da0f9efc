"""The dissemination timeline: planned and done actions across a project's period, drawn."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.i18n import formatting

PLANNED = QColor("#e0a100")
DONE = QColor("#2f6db5")
LATE = QColor(235, 87, 87, 28)


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


class TimelineWidget(QWidget):
    """Dots stacked by week: done below the line, planned above; the last fifth is shaded."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self.actions: list[dict] = []
        self.language = "en"
        self.today = dt.date.today()
        self.setMinimumHeight(165)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(600, 175)

    def set_data(self, start: str, end: str, actions: list[dict], language: str) -> None:
        self.start, self.end = _date(start), _date(end)
        self.actions = actions
        self.language = language
        self.update()

    def _bins(self) -> tuple[dict[int, int], dict[int, int], int]:
        """Counts per week bin, for planned and done, and the number of bins."""
        assert self.start and self.end
        weeks = max(1, (self.end - self.start).days // 7 + 1)
        planned: dict[int, int] = {}
        done: dict[int, int] = {}
        for action in self.actions:
            is_done = action["status"] == "done"
            when = _date(action["done_date"] if is_done and action["done_date"]
                         else action["planned_date"])
            if when is None:
                continue
            week = min(max((when - self.start).days // 7, 0), weeks - 1)
            target = done if is_done else planned
            target[week] = target.get(week, 0) + 1
        return planned, done, weeks

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        tr = QCoreApplication.translate
        if not self.start or not self.end or self.end <= self.start:
            p.setPen(QColor("#5f6c80"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       tr("TimelineWidget", "Choose a project to see its dissemination."))
            return
        metrics = p.fontMetrics()
        left, right = 16, self.width() - 16
        legend_h = metrics.height() + 8
        top, bottom = legend_h + 6, self.height() - metrics.height() - 10
        axis = (top + bottom) / 2
        span = right - left
        planned, done, weeks = self._bins()
        step = span / weeks
        # The last fifth of the project: where dissemination should not all land.
        band = QRectF(left + span * 0.8, top, span * 0.2, bottom - top)
        p.fillRect(band, LATE)
        p.setPen(QColor("#9b3b34"))
        band_label = metrics.elidedText(tr("TimelineWidget", "last fifth"),
                                        Qt.TextElideMode.ElideRight, int(band.width()) - 6)
        p.drawText(QPointF(band.left() + 4, band.top() + metrics.ascent() + 2), band_label)
        p.setPen(QPen(QColor("#9aa6b8"), 1.2))
        p.drawLine(QPointF(left, axis), QPointF(right, axis))
        radius = max(2.5, min(5.0, step / 2 - 0.5))
        room = (bottom - top) / 2 - 4
        per_column = max(1, int(room // (radius * 2 + 1)))
        for counts, colour, direction in ((done, DONE, 1), (planned, PLANNED, -1)):
            for week, count in counts.items():
                x = left + step * (week + 0.5)
                p.setPen(QPen(colour.darker(120), 1))
                p.setBrush(colour if direction > 0 else QColor("#ffffff"))
                for i in range(min(count, per_column)):
                    y = axis + direction * (radius + 3 + i * (radius * 2 + 1))
                    p.drawEllipse(QPointF(x, y), radius, radius)
                if count > per_column:
                    p.setPen(colour.darker(140))
                    y = axis + direction * (room + 2)
                    p.drawText(QPointF(x + radius + 2, y), f"+{count - per_column}")
        # Months with their year ("nov. 2025"), as many as fit, and today.
        p.setPen(QColor("#5f6c80"))
        month = dt.date(self.start.year, self.start.month, 1)
        total_days = (self.end - self.start).days or 1
        last_x = -1000.0
        while month <= self.end:
            if month >= self.start:
                x = left + span * (month - self.start).days / total_days
                p.drawLine(QPointF(x, axis - 3), QPointF(x, axis + 3))
                label = formatting.format_month_year(month, self.language, short=True)
                width = metrics.horizontalAdvance(label)
                tx = min(max(x - width / 2, 2), self.width() - width - 2)
                if tx - last_x > 12:
                    p.drawText(QPointF(tx, self.height() - 6), label)
                    last_x = tx + width
            month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        if self.start <= self.today <= self.end:
            x = left + span * (self.today - self.start).days / total_days
            p.setPen(QPen(QColor("#b3261e"), 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
            today = tr("TimelineWidget", "today")
            width = metrics.horizontalAdvance(today)
            p.setPen(QColor("#b3261e"))
            tx = x + 4 if x + 4 + width < band.left() or x > band.right() else x - 4 - width
            p.drawText(QPointF(max(2, tx), bottom - 4), today)
        # Legend.
        x = left
        for colour, filled, text in ((DONE, True, tr("TimelineWidget", "Done")),
                                     (PLANNED, False, tr("TimelineWidget", "Planned")),
                                     (None, True, tr("TimelineWidget", "Last fifth of the "
                                                                      "project"))):
            if colour is None:
                p.fillRect(QRectF(x, 6, 14, metrics.height() - 2), QColor(235, 87, 87, 60))
            else:
                p.setPen(QPen(colour.darker(120), 1))
                p.setBrush(colour if filled else QColor("#ffffff"))
                p.drawEllipse(QPointF(x + 6, 6 + metrics.height() / 2), 5, 5)
            p.setPen(QColor("#33435c"))
            p.drawText(QPointF(x + 18, 4 + metrics.ascent()), text)
            x += 18 + metrics.horizontalAdvance(text) + 18
        p.end()
