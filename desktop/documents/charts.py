"""Small charts drawn with ReportLab for the reports: ranked bars that add up to their
headline figure, and a done/planned bar."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from desktop.documents.common import INK, MUTED, RULE
from desktop.documents.fonts import BOLD, REGULAR, draw_string, string_width
from desktop.documents.page import fit_line

BAR = HexColor("#2F6A9C")
DONE = HexColor("#2F7A3A")
PLANNED = HexColor("#A35F00")  # 5.0:1 on white: it also colours its label


@dataclass
class Chart:
    """A chart's heading, the headline figure its bars add up to, and its rows
    (label, value), largest first; `other` counts the rows folded into the last one."""

    heading: str
    total: int
    rows: list[tuple[str, int]] = field(default_factory=list)
    other: int = 0


def ranked(items: dict[str, int], most: int) -> tuple[list[tuple[str, int]], list[str]]:
    """The `most` largest items by value (ties by code), and the codes of the rest, to be
    shown as one "Other (n)" row so that the chart still adds up."""
    order = sorted(items.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(order) <= most:
        return order, []
    return order[:most - 1], [code for code, _ in order[most - 1:]]


class Bars(Flowable):
    """Horizontal bars: the heading and its headline figure, then one labelled bar per row."""

    def __init__(self, chart: Chart, width: float, number: Any, colour: Any = BAR,
                 empty: str = "—", size: float = 8.4, slots: int = 0, pitch: float = 2.4):
        super().__init__()
        self.chart, self.width, self.colour, self.size, self.empty = (
            chart, width, colour, size, empty)
        self.number = number  # formats a value as the document's language writes it
        self.row = size * pitch  # a row's height, in type sizes
        self.slots = max(slots, len(chart.rows), 1)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.size * 2.4 + self.slots * self.row

    def draw(self) -> None:
        """Each row: its label and value on one line, a thin bar beneath."""
        canvas, size, chart = self.canv, self.size, self.chart
        _, height = self.wrap(0, 0)
        total = self.number(chart.total)
        total_w = string_width(total, BOLD, size * 1.15)
        heading, hsize = fit_line(chart.heading, BOLD, size * 1.15,
                                  self.width - total_w - size, size * 0.9)
        canvas.setFillColor(INK)
        draw_string(canvas, 0, height - size * 1.2, heading, BOLD, hsize)
        draw_string(canvas, self.width, height - size * 1.2, total, BOLD, size * 1.15,
                    anchor="end")
        y = height - size * 2.4
        if not chart.rows:
            canvas.setFillColor(MUTED)
            draw_string(canvas, 0, y - self.row * 0.6, self.empty, REGULAR, size)
            return
        top = max(value for _, value in chart.rows) or 1
        for label, value in chart.rows:
            y -= self.row
            text = self.number(value)
            value_w = string_width(text, BOLD, size)
            line, lsize = fit_line(label, REGULAR, size, self.width - value_w - size,
                                   size * 0.85)
            canvas.setFillColor(INK)
            draw_string(canvas, 0, y + size * 1.05, line, REGULAR, lsize)
            draw_string(canvas, self.width, y + size * 1.05, text, BOLD, size, anchor="end")
            canvas.setFillColor(RULE)
            canvas.rect(0, y + size * 0.35, self.width, size * 0.5, stroke=0, fill=1)
            canvas.setFillColor(self.colour)
            canvas.rect(0, y + size * 0.35, max(0.5, self.width * value / top), size * 0.5,
                        stroke=0, fill=1)


class DoneBar(Flowable):
    """One bar split into done and planned, with the two counted phrases beneath."""

    def __init__(self, heading: str, done: int, planned: int, done_label: str,
                 planned_label: str, width: float, size: float = 8.4):
        super().__init__()
        self.heading, self.done, self.planned = heading, done, planned
        self.done_label, self.planned_label = done_label, planned_label
        self.width, self.size = width, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.size * 5.4

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        height = self.size * 5.4
        heading, hsize = fit_line(self.heading, BOLD, size * 1.15, self.width, size * 0.9)
        canvas.setFillColor(INK)
        draw_string(canvas, 0, height - size * 1.2, heading, BOLD, hsize)
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
        canvas.setFillColor(DONE)
        draw_string(canvas, 0, size * 0.3, self.done_label, BOLD, size)
        canvas.setFillColor(PLANNED)
        draw_string(canvas, self.width, size * 0.3, self.planned_label, BOLD, size,
                    anchor="end")
