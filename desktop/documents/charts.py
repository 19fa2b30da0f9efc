"""Small charts drawn with ReportLab for the reports: labelled bars and a done/planned bar."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop.documents.common import INK, MUTED, RULE
from desktop.documents.fonts import BOLD, REGULAR
from desktop.documents.page import fit_line

BAR = HexColor("#3F7CAC")
DONE = HexColor("#2F7A3A")
PLANNED = HexColor("#E89B12")


class Bars(Flowable):
    """Horizontal bars: a heading, then one labelled bar per (label, value, value text)."""

    def __init__(self, heading: str, items: Sequence[tuple[str, float, str]], width: float,
                 colour=BAR, most: int = 8, empty: str = "—", size: float = 8.0):
        super().__init__()
        self.heading, self.width, self.colour, self.size, self.empty = (
            heading, width, colour, size, empty)
        self.items = list(items)[:most]
        self.row = size * 2.45

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.size * 2.2 + max(1, len(self.items)) * self.row

    def draw(self) -> None:
        """Each item: its label and value on one line, a thin bar beneath."""
        canvas, size = self.canv, self.size
        _, height = self.wrap(0, 0)
        heading, hsize = fit_line(self.heading, BOLD, size * 1.15, self.width, size * 0.8)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, hsize)
        canvas.drawString(0, height - size * 1.2, heading)
        y = height - size * 2.2
        if not self.items:
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, size)
            canvas.drawString(0, y - self.row * 0.6, self.empty)
            return
        top = max(value for _, value, _ in self.items) or 1
        for label, value, text in self.items:
            y -= self.row
            value_w = stringWidth(text, BOLD, size)
            line, lsize = fit_line(label, REGULAR, size, self.width - value_w - size,
                                   size * 0.85)
            canvas.setFillColor(INK)
            canvas.setFont(REGULAR, lsize)
            canvas.drawString(0, y + size * 1.05, line)
            canvas.setFont(BOLD, size)
            canvas.drawRightString(self.width, y + size * 1.05, text)
            canvas.setFillColor(RULE)
            canvas.rect(0, y + size * 0.35, self.width, size * 0.5, stroke=0, fill=1)
            canvas.setFillColor(self.colour)
            canvas.rect(0, y + size * 0.35, max(0.5, self.width * value / top), size * 0.5,
                        stroke=0, fill=1)


class DoneBar(Flowable):
    """One bar split into done and planned, with the two counts beneath."""

    def __init__(self, heading: str, done: int, planned: int, done_label: str,
                 planned_label: str, width: float, size: float = 8.0):
        super().__init__()
        self.heading, self.done, self.planned = heading, done, planned
        self.done_label, self.planned_label = done_label, planned_label
        self.width, self.size = width, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.size * 5.4

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        height = self.size * 5.4
        heading, hsize = fit_line(self.heading, BOLD, size * 1.15, self.width, size * 0.8)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, hsize)
        canvas.drawString(0, height - size * 1.2, heading)
        total = self.done + self.planned
        bar_y, bar_h = size * 1.8, size * 1.3
        canvas.setFillColor(RULE)
        canvas.rect(0, bar_y, self.width, bar_h, stroke=0, fill=1)
        if total:
            canvas.setFillColor(DONE)
            canvas.rect(0, bar_y, self.width * self.done / total, bar_h, stroke=0, fill=1)
            canvas.setFillColor(PLANNED)
            canvas.rect(self.width * self.done / total, bar_y,
                        self.width * self.planned / total, bar_h, stroke=0, fill=1)
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(DONE)
        canvas.drawString(0, size * 0.3, self.done_label)
        canvas.setFillColor(PLANNED)
        canvas.drawRightString(self.width, size * 0.3, self.planned_label)
