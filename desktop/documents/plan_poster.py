"""The planning poster: one lane per result through eight rubrics, filled or blank."""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.common import (
    CONTINUED,
    INK,
    MUTED,
    NAVY,
    PAPER,
    Blocks,
    Words,
    fit_blocks,
    fits,
    paragraph_text,
    shortened,
    style,
)
from desktop.documents.data import Header, Lane, PlanData
from desktop.documents.emblem import load_artwork
from desktop.documents.fonts import (
    BLACK,
    BOLD,
    ITALIC,
    REGULAR,
    draw_string,
    register_fonts,
    string_width,
)
from desktop.documents.page import (
    A4_LANDSCAPE_WIDTH,
    BAND_TEXT,
    band_height,
    canvas_for,
    describe,
    draw_band,
    draw_foot,
    fit_line,
    foot_height,
    page_size,
    type_scale,
)
from desktop.documents.questions import RUBRICS, control_questions
from desktop.domain import catalogues as cat
from desktop.domain.text import QT_TRANSLATE_NOOP

N = QT_TRANSLATE_NOOP
NBSP = "\u00a0"

TITLE = N("Documents", "Plan and disseminate the project's results")
HINT = N("Documents", "Each lane is one result of the project: read it from left to right.")
BLANK_HINT = N("Documents", "One lane for each result: fill it in together, from left to right.")

# (heading, question, colour): white text on every head reaches 5:1 or more.
RUBRIC_HEADS = (
    (N("Documents", "Result"), N("Documents", "what"), "#C0461F"),
    (N("Documents", "Target groups and their representatives"), N("Documents", "to whom"),
     "#9A5B00"),
    (N("Documents", "Message and purpose"), N("Documents", "why"), "#47753A"),
    (N("Documents", "Tools and channels"), N("Documents", "how"), "#2F6A9C"),
    (N("Documents", "When"), N("Documents", "during and after the project"), "#283D6B"),
    (N("Documents", "Who is responsible"), "", "#7B4B61"),
    (N("Documents", "Sustainability"), "", "#176B66"),
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


def build_plan_poster(data: PlanData | None, language: str, size: str = "A3",
                      english_statement: bool = False, printed_on: str | None = None,
                      fers_artwork: Path | None = None) -> bytes:
    """The planning poster as PDF; `data` None gives the blank poster for a workshop.

    `fers_artwork`: the official FERS set of signs the school added, for FERS projects."""
    register_fonts()
    words = Words(language)
    blank = data is None
    header = data.header if data else Header()
    title = words.tr(TITLE)
    subtitle = ("", "") if blank else _subtitle(header, words)
    hint = words.tr(BLANK_HINT if blank else HINT)
    artwork = load_artwork(fers_artwork) if header.funding_source == "fers" else None
    grid = Grid(size, blank,
                lambda width, t, margin: band_height(width, t, margin, title, subtitle, hint),
                lambda t, s: foot_height(t, s, header.funding_source, artwork))
    out = io.BytesIO()
    canvas = canvas_for(out, (grid.width, grid.height), words)
    describe(canvas, words, f"{title} – {header.project_title}" if header.project_title
             else title, header.school, header.reference)
    if data is None:
        pages: list[list[Lane]] = [[]]
    else:
        pages = pages_of(list(data.lanes), grid.per_page)
    for number, page_lanes in enumerate(pages, start=1):
        draw_band(canvas, grid.width, grid.height, grid.band, grid.t, grid.margin, title,
                  subtitle, hint)
        if blank:
            _write_in_fields(canvas, grid, words)
        _draw_heads(canvas, grid, words)
        if blank:
            _draw_blank_lanes(canvas, grid)
            _draw_questions(canvas, grid, words)
        else:
            _draw_lanes(canvas, grid, words, page_lanes)
        draw_foot(canvas, grid.width, grid.foot, grid.t, grid.margin, words,
                  header.funding_source, english_statement, number, len(pages), printed_on,
                  header.logo, artwork)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _subtitle(header: Header, words: Words) -> tuple[str, str]:
    """(school · project title, reference · period): the second line is never cut."""
    first = "  ·  ".join(p for p in (header.school, header.project_title) if p.strip())
    second = "  ·  ".join(p for p in (header.reference,
                                      words.period(header.start_date, header.end_date))
                          if p.strip())
    return first, second


def _write_in_fields(canvas: Canvas, grid: Grid, words: Words) -> None:
    """White fields on the band for the school, the project and the period, to write on."""
    t, s = grid.t, grid.s
    labels = [words.tr(N("Documents", "School")), words.tr(N("Documents", "Project")),
              words.tr(N("Documents", "Period"))]
    shares = (0.3, 0.45, 0.25)
    size = 10 * t
    box_h = 20 * t
    y = grid.height - grid.band + (WRITE_IN * t - box_h) / 2 + 4 * t
    x = grid.margin
    room = grid.width - 2 * grid.margin - 2 * 14 * s
    for label, share in zip(labels, shares, strict=True):
        w = room * share
        line, fitted = fit_line(label, BOLD, size, w * 0.4, size * 0.8)
        canvas.setFillColor(BAND_TEXT)
        label_w = draw_string(canvas, x, y + box_h / 2 - fitted * 0.35, line, BOLD, fitted)
        canvas.setFillColor(white)
        box_x = x + label_w + 6 * s
        canvas.roundRect(box_x, y, x + w - box_x, box_h, 3 * s, stroke=0, fill=1)
        x += w + 14 * s


def _draw_heads(canvas: Canvas, grid: Grid, words: Words) -> None:
    s, t = grid.s, grid.t
    number_size = 19 * t
    text_x0 = 6 * s + number_size * 0.62 + 5 * s

    def blocks_for(hyphenate: str | None) -> list[Blocks]:
        found = []
        for heading, question, _ in RUBRIC_HEADS:
            head = style("head", 9.4 * t, BOLD, white, leading=1.1, hyphenate=hyphenate)
            sub = style("sub", 7.6 * t, ITALIC, white, leading=1.13, hyphenate=hyphenate)
            blocks = [(paragraph_text(words.tr(heading), BOLD), head)]
            if question:
                blocks.append((paragraph_text(f"({words.tr(question)})", ITALIC), sub))
            found.append(blocks)
        return found

    def all_fit(heads: list[Blocks], scale: float) -> bool:
        return all(_words_fit(blocks, grid.col_w(i) - text_x0 - 4 * s, scale)
                   and fits(blocks, grid.col_w(i) - text_x0 - 4 * s, grid.head_h - 4 * t, scale)
                   for i, blocks in enumerate(heads))

    # One size for every head: whole words at the largest size that fits, else hyphenated;
    # never below 7 pt on A4 (the question's size).
    lowest = SMALLEST / 7.6
    heads, scale = blocks_for(None), 1.0
    while scale - 0.02 > lowest and not all_fit(heads, scale):
        scale = max(lowest, scale - 0.02)
    if not all_fit(heads, scale):
        heads, scale = blocks_for(words.language), 1.0
        while scale - 0.02 > lowest and not all(
                fits(blocks, grid.col_w(i) - text_x0 - 4 * s, grid.head_h - 4 * t, scale)
                for i, blocks in enumerate(heads)):
            scale = max(lowest, scale - 0.02)
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


def _words_fit(blocks: Blocks, width: float, scale: float) -> bool:
    """No word of the blocks is wider than `width` (else it would break mid-word)."""
    for text, st in blocks:
        plain = re.sub(r"<[^>]*>", " ", text).replace("&amp;", "&").replace(
            "&lt;", "<").replace("&gt;", ">")
        for word in plain.split():
            if string_width(word, st.fontName, st.fontSize * scale) > width:
                return False
    return True


def _lane_heights(needs: list[float], room: float, gap: float) -> list[float]:
    """Share `room` among lanes by what each needs; what is left over is shared equally,
    and no lane gets less than half an equal share."""
    count = len(needs)
    inner = room - (count - 1) * gap
    if count == 1:
        return [min(inner, max(needs[0], inner / 2))]
    equal = inner / count
    if sum(needs) <= inner:
        extra = (inner - sum(needs)) / count
        return [need + extra for need in needs]
    floor = equal * 0.5
    heights = [max(floor, need) for need in needs]
    over = [h - floor for h in heights]
    spare = inner - floor * count
    return [floor + spare * o / sum(over) if sum(over) else equal for o in over]


@dataclass
class _Cell:
    blocks: Blocks
    width: float


def _draw_lanes(canvas: Canvas, grid: Grid, words: Words, lanes: list[Lane]) -> None:
    s = grid.s
    canvas.setFillColor(PAPER)
    canvas.roundRect(grid.margin - grid.pad, grid.lanes_bottom, grid.width - 2 * grid.margin
                     + 2 * grid.pad, grid.lanes_top - grid.lanes_bottom, 8 * s, stroke=0, fill=1)
    if not lanes:
        blocks = [(paragraph_text(words.tr(N(
            "Documents", "No results are recorded for this project yet.")), ITALIC),
            style("empty", grid.body, ITALIC, MUTED))]
        cells = [[_Cell(blocks if i == 0 else [], grid.col_w(i) - 2 * grid.pad)
                  for i in range(grid.columns)]]
    else:
        cells = [[_Cell(b, grid.col_w(i) - 2 * grid.pad)
                  for i, b in enumerate(_lane_blocks(lane, words, grid))] for lane in lanes]
    needs = [max(_need(cell) for cell in row) + 2 * grid.pad for row in cells]
    heights = _lane_heights(needs, grid.lanes_room, grid.lane_gap)
    best = [_best_scale(row, h - 2 * grid.pad, grid.smallest / grid.body)
            for row, h in zip(cells, heights, strict=True)]
    # Lanes with room share one larger size; a lane that must shrink shrinks alone.
    shared = max(1.0, min(best))
    y = grid.lanes_top - grid.pad
    for row, h, scale in zip(cells, heights, best, strict=True):
        y -= h
        _draw_lane(canvas, grid, words, row, y, h, min(scale, shared))
        y -= grid.lane_gap


def _need(cell: _Cell) -> float:
    if not cell.blocks:
        return 0.0
    return fit_blocks(cell.blocks, cell.width, 1e6).height


def _best_scale(cells: list[_Cell], height: float, low: float) -> float:
    """The largest body scale, from `low` up to GROWN, at which every box of the lane fits."""
    def all_fit(scale: float) -> bool:
        return all(fits(c.blocks, c.width, height, scale) for c in cells if c.blocks)

    if not all_fit(low):
        return low
    high = GROWN
    if all_fit(high):
        return high
    for _ in range(6):
        mid = (low + high) / 2
        if all_fit(mid):
            low = mid
        else:
            high = mid
    return low


def _draw_lane(canvas: Canvas, grid: Grid, words: Words, cells: list[_Cell], y: float,
               h: float, scale: float) -> None:
    """One lane at one body size for all its boxes; what still does not fit at the
    smallest size is cut and says so."""
    s = grid.s
    inner_h = h - 2 * grid.pad
    for i, cell in enumerate(cells):
        x = grid.col_x(i)
        colour = HexColor(RUBRIC_HEADS[i][2])
        canvas.setFillColor(white)
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(1.3 * s)
        canvas.roundRect(x, y, grid.col_w(i), h, 5 * s, stroke=1, fill=1)
        blocks = cell.blocks or [(EMPTY, style("none", grid.body, REGULAR, MUTED))]
        fitted = fit_blocks(blocks, cell.width, inner_h, min_scale=scale, max_scale=scale,
                            overflow=words.tr(CONTINUED))
        top = y + h - grid.pad
        for paragraph in fitted.paragraphs:
            _, ph = paragraph.wrap(cell.width, inner_h)
            top -= paragraph.style.spaceBefore
            paragraph.drawOn(canvas, x + grid.pad, top - ph)
            top -= ph + paragraph.style.spaceAfter
        if i < len(cells) - 1:
            _arrow(canvas, x + grid.col_w(i), y + h / 2, grid.gap, s)


def _arrow(canvas: Canvas, x: float, y: float, gap: float, s: float) -> None:
    canvas.setFillColor(HexColor("#4A4F5C"))
    path = canvas.beginPath()
    path.moveTo(x + gap * 0.18, y + 5 * s)
    path.lineTo(x + gap * 0.86, y)
    path.lineTo(x + gap * 0.18, y - 5 * s)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _lane_blocks(lane: Lane, words: Words, grid: Grid) -> list[Blocks]:
    b, lang = grid.body, words.language
    body = style("body", b, spaceAfter=b * 0.35, hyphenate=lang)
    strong = style("strong", b * 1.1, BOLD, spaceAfter=b * 0.3, hyphenate=lang)
    small = style("small", b, BOLD, MUTED, spaceAfter=b * 0.3)
    label = style("label", b, BOLD, spaceAfter=b * 0.1, hyphenate=lang)
    item = style("item", b, leftIndent=b * 0.9, firstLineIndent=-b * 0.9, spaceAfter=b * 0.2,
                 hyphenate=lang)

    def text(value: str, font: str = REGULAR) -> str:
        # More than any box holds even on A1; fitting cuts the rest and says so.
        return paragraph_text(shortened(value, 1600, 40), font)

    def bullets(values: list[str]) -> Blocks:
        return [(f"•{NBSP}{text(v)}", item) for v in values]

    what: Blocks = [(text(lane.title, BOLD), strong),
                    (text(words.label(cat.RESULT_KINDS, lane.kind).upper(), BOLD), small)]
    if lane.description.strip():
        what.append((text(lane.description), body))
    whom: Blocks = []
    for group in lane.groups:
        priority = words.label(cat.TARGET_PRIORITIES, group.priority)
        whom.append((f"{text(words.label(cat.TARGET_GROUPS, group.code), BOLD)} "
                     f"<font name='{ITALIC}' color='#555C69'>"
                     f"({text(priority.lower(), ITALIC)})</font>", label))
        if group.representatives.strip():
            whom.append((text(group.representatives), item))
    why: Blocks = [(text(lane.message), body)] if lane.message.strip() else []
    if lane.purposes:
        why.append((text(words.tr(N("Documents", "Purpose")), BOLD), label))
        why += bullets([words.label(cat.PURPOSES, p) for p in lane.purposes])
    how = bullets([words.label(cat.CHANNELS, c) for c in lane.channels])
    when: Blocks = []
    for heading, dated in ((N("Documents", "During the project"), lane.during),
                           (N("Documents", "After the project"), lane.after)):
        if dated:
            when.append((text(words.tr(heading), BOLD), label))
            when += [(f"<font name='{BOLD}'>{text(words.date(d), BOLD)}</font> "
                      f"{text(title.strip() or words.label(cat.CHANNELS, channel))}", item)
                     for d, title, channel in dated]
    who = bullets(lane.responsible)
    lasting: Blocks = [(text(lane.sustainability), body)] if lane.sustainability.strip() else []
    measure: Blocks = []
    if lane.indicator.strip():
        measure += [(text(words.tr(N("Documents", "Indicator")), BOLD), label),
                    (text(lane.indicator), body)]
    if lane.indicator_target.strip():
        measure += [(text(words.tr(N("Documents", "Target", "an indicator's target value")),
                          BOLD), label), (text(lane.indicator_target), body)]
    if lane.evaluation.strip():
        measure += [(text(words.tr(N("Documents", "Evaluation")), BOLD), label),
                    (text(lane.evaluation), body)]
    return [what, whom, why, how, when, who, lasting, measure]


def _draw_blank_lanes(canvas: Canvas, grid: Grid) -> None:
    s = grid.s
    canvas.setFillColor(PAPER)
    canvas.roundRect(grid.margin - grid.pad, grid.lanes_bottom, grid.width - 2 * grid.margin
                     + 2 * grid.pad, grid.lanes_top - grid.lanes_bottom, 8 * s, stroke=0, fill=1)
    lanes = grid.per_page
    h = (grid.lanes_room - (lanes - 1) * grid.lane_gap) / lanes
    y = grid.lanes_top - grid.pad
    for _ in range(lanes):
        y -= h
        for i, (_, _, colour) in enumerate(RUBRIC_HEADS):
            x = grid.col_x(i)
            canvas.setFillColor(white)
            canvas.setStrokeColor(HexColor(colour))
            canvas.setLineWidth(1.3 * s)
            canvas.roundRect(x, y, grid.col_w(i), h, 5 * s, stroke=1, fill=1)
            _writing_lines(canvas, x, y, grid.col_w(i), h, s, grid.t)
            if i < len(RUBRIC_HEADS) - 1:
                _arrow(canvas, x + grid.col_w(i), y + h / 2, grid.gap, s)
        y -= grid.lane_gap


def _writing_lines(canvas: Canvas, x: float, y: float, w: float, h: float, s: float,
                   t: float) -> None:
    """Solid ruled lines a pen can follow, spaced for handwriting (8 mm on A4)."""
    canvas.setStrokeColor(WRITING_LINE)
    canvas.setLineWidth(0.6 * t)
    step = max(8 * mm, 8 * mm * t)
    line_y = y + h - 1.3 * step
    while line_y > y + 0.45 * step:
        canvas.line(x + 6 * s, line_y, x + w - 6 * s, line_y)
        line_y -= step


def _draw_questions(canvas: Canvas, grid: Grid, words: Words) -> None:
    """The five control questions as prompts along the foot of the blank poster; each
    ends with the rubrics it feeds ("→ 5 → 6"), never split from its arrow."""
    s, t = grid.s, grid.t
    questions = control_questions(words)
    top = grid.foot + grid.questions_h
    title_size = 10 * t
    canvas.setFillColor(NAVY)
    line, size = fit_line(words.tr(N("Documents", "Five questions to answer together")), BOLD,
                          title_size, grid.width - 2 * grid.margin, 8 * t)
    draw_string(canvas, grid.margin, top - title_size, line, BOLD, size)
    gap = 8 * s
    box_w = (grid.width - 2 * grid.margin - 4 * gap) / 5
    box_h = grid.questions_h - title_size * 1.7
    body = ParagraphStyle("q", fontName=REGULAR, fontSize=8.2 * t, leading=9.6 * t,
                          textColor=INK)
    for i, question in enumerate(questions):
        x = grid.margin + i * (box_w + gap)
        y = grid.foot + 2 * s
        canvas.setFillColor(HexColor("#EEF2F8"))
        canvas.roundRect(x, y, box_w, box_h, 4 * s, stroke=0, fill=1)
        rubrics = NBSP.join(f"→{NBSP}{r}" for r in RUBRICS[i])
        # The question's last word stays on the line of its arrows.
        fitted = fit_blocks([(f"<b>{i + 1}.</b>{NBSP}{paragraph_text(question)}{NBSP}"
                              f"<font name='{BOLD}' color='#B9441F'>{rubrics}</font>", body)],
                            box_w - 8 * s, box_h - 6 * s, min_scale=7.0 / 8.2)
        top_y = y + box_h - 4 * s
        for paragraph in fitted.paragraphs:
            _, ph = paragraph.wrap(box_w - 8 * s, box_h)
            paragraph.drawOn(canvas, x + 4 * s, top_y - ph)
            top_y -= ph
