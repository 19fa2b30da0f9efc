"""The planning poster's grid: its rubrics and their heads, paper geometry, the arrows."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import labels
from desktop.documents.common import Blocks, Words, fit_blocks, fits, paragraph_text, style
from desktop.documents.data import Lane
from desktop.documents.fonts import BLACK, BOLD, ITALIC, draw_string, string_width
from desktop.documents.page import A4_LANDSCAPE_WIDTH, page_size, type_scale
from desktop.domain.text import QT_TRANSLATE_NOOP

N = QT_TRANSLATE_NOOP

# (heading, question, colour): white text on every head reaches 5:1 or more.
RUBRIC_HEADS = (
    (labels.RESULT, N("Documents", "what"), "#C0461F"),
    (N("Documents", "Target groups and their representatives"), N("Documents", "to whom"),
     "#9A5B00"),
    (N("Documents", "Message and purpose"), N("Documents", "why"), "#47753A"),
    (N("Documents", "Tools and channels"), N("Documents", "how"), "#2F6A9C"),
    (N("Documents", "When"), N("Documents", "during and after the project"), "#283D6B"),
    (N("Documents", "Who is responsible"), "", "#7B4B61"),
    (labels.SUSTAINABILITY, "", "#176B66"),
    (N("Documents", "Evaluation and indicators"), "", "#8C2438"),
)
EMPTY = "—"
# Target groups and the message carry the most text; "who" is a few names.
COLUMN_WEIGHTS = (1.12, 1.3, 1.12, 0.92, 1.1, 0.82, 1.0, 1.0)
# The most lanes on one page, by paper: larger paper holds more results at once.
LANES_PER_PAGE = {"A4": 3, "A3": 3, "A2": 4, "A1": 4}
BODY = 8.4  # body size on A4, in points, before a lane is fitted
SMALLEST = 7.0  # no body text on an A4 poster is set smaller
GROWN = 1.3  # a page whose lanes all have room sets its body up to this much larger
WRITE_IN = 30  # the blank poster's band holds a row of fields to write on (A4 points)
WRITING_LINE = HexColor("#8C929E")  # dark enough to survive a photocopier


class Grid:
    """The geometry of one poster page at one paper size: lengths grow with the paper,
    type with `type_scale`, so larger paper holds more text, not only larger text."""

    def __init__(self, size: str, blank: bool, band: Callable[[float, float, float], float],
                 foot: Callable[[float, float], float]):
        self.size = size
        self.width, self.height = page_size(size, wide=True)
        self.s = s = self.width / A4_LANDSCAPE_WIDTH
        self.t = t = type_scale(s)
        self.margin = 22 * s
        self.band = band(self.width, t, self.margin) + (WRITE_IN * t if blank else 0)
        self.foot = foot(t, s)
        self.head_h = 46 * t
        self.questions_h = 70 * t if blank else 0
        self.gap = 11 * s  # between columns: room for the arrows
        self.columns = len(RUBRIC_HEADS)
        room = self.width - 2 * self.margin - (self.columns - 1) * self.gap
        self.widths = [room * w / sum(COLUMN_WEIGHTS) for w in COLUMN_WEIGHTS]
        self.head_top = self.height - self.band - 10 * s
        self.lanes_top = self.head_top - self.head_h - 8 * s
        self.lanes_bottom = self.foot + self.questions_h + (10 * s if blank else 0)
        self.lane_gap = 8 * s
        self.pad = 5 * s
        self.body = BODY * t
        self.smallest = SMALLEST * t
        self.per_page = LANES_PER_PAGE.get(size, 3)

    def col_x(self, i: int) -> float:
        return self.margin + sum(self.widths[:i]) + i * self.gap

    def col_w(self, i: int) -> float:
        return self.widths[i]

    @property
    def lanes_room(self) -> float:
        return self.lanes_top - self.lanes_bottom - 2 * self.pad


def pages_of(lanes: list[Lane], per_page: int) -> list[list[Lane]]:
    """Lanes spread evenly over as few pages as hold them (7 lanes, 3 a page: 3, 2, 2)."""
    if not lanes:
        return [[]]
    count = math.ceil(len(lanes) / per_page)
    size = math.ceil(len(lanes) / count)
    return [lanes[i:i + size] for i in range(0, len(lanes), size)]


def draw_heads(canvas: Canvas, grid: Grid, words: Words) -> None:
    s, t = grid.s, grid.t
    number_size = 19 * t
    text_x0 = 6 * s + number_size * 0.62 + 5 * s

    def blocks_for(hyphenate: str | None, scale: float) -> list[Blocks]:
        found = []
        # The question never goes under the smallest size, however small the head gets.
        sub_size = max(7.6, SMALLEST / scale) * t
        head = style("head", 9.4 * t, BOLD, white, leading=1.1, hyphenate=hyphenate)
        sub = style("sub", sub_size, ITALIC, white, leading=1.13, hyphenate=hyphenate)
        for heading, question, _ in RUBRIC_HEADS:
            blocks = [(paragraph_text(words.tr(heading), BOLD, language=words.language), head)]
            if question:
                blocks.append((paragraph_text(f"({words.tr(question)})", ITALIC,
                                              language=words.language), sub))
            found.append(blocks)
        return found

    def all_fit(heads: list[Blocks], scale: float, whole_words: bool) -> bool:
        return all((not whole_words or words_fit(blocks, grid.col_w(i) - text_x0 - 4 * s, scale))
                   and fits(blocks, grid.col_w(i) - text_x0 - 4 * s, grid.head_h - 4 * t, scale)
                   for i, blocks in enumerate(heads))

    def largest(hyphenate: str | None) -> tuple[list[Blocks], float]:
        """The heads at the largest size, down to the smallest, at which they all fit."""
        scale = 1.0
        heads = blocks_for(hyphenate, scale)
        while scale - 0.02 > lowest and not all_fit(heads, scale, hyphenate is None):
            scale = max(lowest, scale - 0.02)
            heads = blocks_for(hyphenate, scale)
        return heads, scale

    # One size for every head: whole words, never hyphenated, at the largest size that
    # fits; the heads go down to the smallest size (the questions stay at it). Only a
    # word wider than its head even then is broken by the language's rules.
    lowest = SMALLEST / 9.4
    heads, scale = largest(None)
    if not all_fit(heads, scale, whole_words=True):
        heads, scale = largest(words.language)
    for i, (_, _, colour) in enumerate(RUBRIC_HEADS):
        x, y = grid.col_x(i), grid.head_top - grid.head_h
        canvas.setFillColor(HexColor(colour))
        canvas.roundRect(x, y, grid.col_w(i), grid.head_h, 5 * s, stroke=0, fill=1)
        canvas.setFillColor(white)
        draw_string(canvas, x + 6 * s, y + grid.head_h / 2 - number_size * 0.36, str(i + 1),
                    BLACK, number_size)
        room = grid.col_w(i) - text_x0 - 4 * s
        fitted = fit_blocks(heads[i], room, grid.head_h - 4 * t, min_scale=scale,
                            max_scale=scale)
        top = y + grid.head_h / 2 + fitted.height / 2
        for paragraph in fitted.paragraphs:
            _, h = paragraph.wrap(room, grid.head_h)
            paragraph.drawOn(canvas, x + text_x0, top - h)
            top -= h


def words_fit(blocks: Blocks, width: float, scale: float) -> bool:
    """No word of the blocks is wider than `width` (else it would break mid-word)."""
    for text, st in blocks:
        plain = re.sub(r"<[^>]*>", " ", text).replace("&amp;", "&").replace(
            "&lt;", "<").replace("&gt;", ">")
        for word in plain.split():
            if string_width(word, st.fontName, st.fontSize * scale) > width:
                return False
    return True


def arrow(canvas: Canvas, x: float, y: float, gap: float, s: float) -> None:
    canvas.setFillColor(HexColor("#4A4F5C"))
    path = canvas.beginPath()
    path.moveTo(x + gap * 0.18, y + 5 * s)
    path.lineTo(x + gap * 0.86, y)
    path.lineTo(x + gap * 0.18, y - 5 * s)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
