"""The planning poster: one lane per result through eight rubrics, filled or blank."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.common import (
    CONTINUED,
    MUTED,
    PAPER,
    RULE,
    Words,
    bold_style,
    fit_blocks,
    long_words_broken,
    markup,
    style,
)
from desktop.documents.data import Header, Lane, PlanData
from desktop.documents.fonts import BLACK, BOLD, ITALIC, REGULAR, register_fonts
from desktop.documents.page import A4_LANDSCAPE_WIDTH, draw_band, draw_foot, fit_line, page_size
from desktop.documents.questions import RUBRICS, control_questions
from desktop.domain import catalogues as cat
from desktop.domain.text import QT_TRANSLATE_NOOP

LANES_PER_PAGE = 3
N = QT_TRANSLATE_NOOP

TITLE = N("Documents", "Plan and disseminate the project's results")
HINT = N("Documents", "Each lane is one result of the project: read it from left to right.")
BLANK_HINT = N("Documents", "One lane for each result: fill it in together, from left to right.")

# (number, heading, question, colour)
RUBRIC_HEADS = (
    (N("Documents", "Result"), N("Documents", "what"), "#D9532B"),
    (N("Documents", "Target groups and their representatives"), N("Documents", "to whom"),
     "#E89B12"),
    (N("Documents", "Message and purpose"), N("Documents", "why"), "#6E9F5A"),
    (N("Documents", "Tools and channels"), N("Documents", "how"), "#3F7CAC"),
    (N("Documents", "When"), N("Documents", "during and after the project"), "#283D6B"),
    (N("Documents", "Who is responsible"), "", "#7B4B61"),
    (N("Documents", "Sustainability"), "", "#2F7A3A"),
    (N("Documents", "Evaluation and indicators"), "", "#8C2438"),
)
EMPTY = "—"
# Target groups and the message carry the most text; "who" is a few names.
COLUMN_WEIGHTS = (1.12, 1.3, 1.12, 0.92, 1.02, 0.82, 1.0, 1.0)


class Grid:
    """The geometry of one poster page at one paper size, everything scaled from A4."""

    def __init__(self, size: str, blank: bool):
        self.width, self.height = page_size(size, wide=True)
        self.s = self.width / A4_LANDSCAPE_WIDTH
        s = self.s
        self.margin = 22 * s
        self.band = self.height * 0.15
        self.foot = self.height * 0.085
        self.head_h = 40 * s
        self.questions_h = 62 * s if blank else 0
        self.gap = 11 * s  # between columns: room for the arrows
        self.columns = len(RUBRIC_HEADS)
        room = self.width - 2 * self.margin - (self.columns - 1) * self.gap
        self.widths = [room * w / sum(COLUMN_WEIGHTS) for w in COLUMN_WEIGHTS]
        self.head_top = self.height - self.band - 10 * s
        self.lanes_top = self.head_top - self.head_h - 8 * s
        self.lanes_bottom = self.foot + self.questions_h + (8 * s if blank else 0)
        self.lane_gap = 8 * s
        self.pad = 5 * s
        self.body = 9.2 * s

    def col_x(self, i: int) -> float:
        return self.margin + sum(self.widths[:i]) + i * self.gap

    def col_w(self, i: int) -> float:
        return self.widths[i]

    def lane_height(self, lanes: int) -> float:
        """Lanes share the page; one alone takes half, so it does not become a tower."""
        slots = min(LANES_PER_PAGE, max(2, lanes))
        inner = self.lanes_top - self.lanes_bottom - 2 * self.pad
        return (inner - (slots - 1) * self.lane_gap) / slots

    def lane_y(self, row: int, lanes: int) -> float:
        h = self.lane_height(lanes)
        return self.lanes_top - self.pad - (row + 1) * h - row * self.lane_gap


def build_plan_poster(data: PlanData | None, language: str, size: str = "A3",
                      english_statement: bool = False, printed_on: str | None = None) -> bytes:
    """The planning poster as PDF; `data` None gives the blank poster for a workshop."""
    register_fonts()
    words = Words(language)
    blank = data is None
    grid = Grid(size, blank)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(grid.width, grid.height), pageCompression=1,
                    initialFontName=REGULAR)
    canvas.setTitle(words.tr(TITLE))
    canvas.setCreator("Vidare")
    if data is None:
        pages: list[list[Lane | None]] = [[None] * LANES_PER_PAGE]
        funding = "erasmus"
        subtitle = _blank_subtitle(words)
    else:
        lanes: list[Lane | None] = list(data.lanes) or [None]
        pages = [lanes[i:i + LANES_PER_PAGE] for i in range(0, len(lanes), LANES_PER_PAGE)]
        funding = data.header.funding_source
        subtitle = _subtitle(data.header, words)
    for number, page_lanes in enumerate(pages, start=1):
        draw_band(canvas, grid.width, grid.height, grid.band, grid.s, words.tr(TITLE), subtitle,
                  words.tr(BLANK_HINT if blank else HINT))
        _draw_heads(canvas, grid, words)
        _draw_lanes(canvas, grid, words, page_lanes, blank, empty_project=not (data and
                                                                               data.lanes))
        if blank:
            _draw_questions(canvas, grid, words)
        draw_foot(canvas, grid.width, grid.foot, grid.s, words, funding, english_statement,
                  number, len(pages), printed_on, data.header.logo if data else None)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _subtitle(header: Header, words: Words) -> str:
    parts = [header.school, header.project_title, header.reference,
             words.period(header.start_date, header.end_date)]
    return "  ·  ".join(p for p in parts if p.strip())


def _blank_subtitle(words: Words) -> str:
    line = "_" * 22
    return "   ".join(f"{words.tr(label)}: {line}" for label in (
        N("Documents", "School"), N("Documents", "Project"), N("Documents", "Period")))


def _draw_heads(canvas: Canvas, grid: Grid, words: Words) -> None:
    s = grid.s
    for i, (heading, question, colour) in enumerate(RUBRIC_HEADS):
        x, y = grid.col_x(i), grid.head_top - grid.head_h
        canvas.setFillColor(HexColor(colour))
        canvas.roundRect(x, y, grid.col_w(i), grid.head_h, 5 * s, stroke=0, fill=1)
        canvas.setFillColor(white)
        number_size = 19 * s
        canvas.setFont(BLACK, number_size)
        canvas.drawString(x + 6 * s, y + grid.head_h / 2 - number_size * 0.35, str(i + 1))
        text_x = x + 6 * s + number_size * 0.75 + 4 * s
        room = x + grid.col_w(i) - 4 * s - text_x
        title = words.tr(heading)
        head = ParagraphStyle("head", fontName=BOLD, fontSize=8.6 * s, leading=9.6 * s,
                              textColor=white)
        sub = ParagraphStyle("sub", fontName=ITALIC, fontSize=6.8 * s, leading=7.8 * s,
                             textColor=white)
        blocks = [(markup(title), head)]
        if question:
            blocks.append((markup(f"({words.tr(question)})"), sub))
        fitted = fit_blocks(blocks, room, grid.head_h - 4 * s, min_scale=0.7)
        top = y + grid.head_h / 2 + fitted.height / 2
        for paragraph in fitted.paragraphs:
            _, h = paragraph.wrap(room, grid.head_h)
            paragraph.drawOn(canvas, text_x, top - h)
            top -= h


def _draw_lanes(canvas: Canvas, grid: Grid, words: Words, lanes: list[Lane | None],
                blank: bool, empty_project: bool) -> None:
    s = grid.s
    canvas.setFillColor(PAPER)
    canvas.roundRect(grid.margin - grid.pad, grid.lanes_bottom, grid.width - 2 * grid.margin
                     + 2 * grid.pad, grid.lanes_top - grid.lanes_bottom, 8 * s, stroke=0, fill=1)
    h = grid.lane_height(len(lanes))
    for row, lane in enumerate(lanes):
        y = grid.lane_y(row, len(lanes))
        contents = _lane_blocks(lane, words, grid) if lane else [[] for _ in RUBRIC_HEADS]
        if lane is None and not blank and empty_project and row == 0:
            contents[0] = [(markup(words.tr(N(
                "Documents", "No results are recorded for this project yet."))),
                style("empty", grid.body, ITALIC, MUTED))]
        for i, (_, _, colour) in enumerate(RUBRIC_HEADS):
            x = grid.col_x(i)
            canvas.setFillColor(white)
            canvas.setStrokeColor(HexColor(colour))
            canvas.setLineWidth(1.3 * s)
            canvas.roundRect(x, y, grid.col_w(i), h, 5 * s, stroke=1, fill=1)
            if blank:
                _writing_lines(canvas, x, y, grid.col_w(i), h, s)
            else:
                _fill_box(canvas, contents[i], x, y, grid.col_w(i), h, grid.pad, words)
            if i < len(RUBRIC_HEADS) - 1:
                _arrow(canvas, x + grid.col_w(i), y + h / 2, grid.gap, s)


def _arrow(canvas: Canvas, x: float, y: float, gap: float, s: float) -> None:
    canvas.setFillColor(HexColor("#4A4F5C"))
    path = canvas.beginPath()
    path.moveTo(x + gap * 0.18, y + 5 * s)
    path.lineTo(x + gap * 0.86, y)
    path.lineTo(x + gap * 0.18, y - 5 * s)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _writing_lines(canvas: Canvas, x: float, y: float, w: float, h: float, s: float) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6 * s)
    canvas.setDash(1.5 * s, 2.5 * s)
    step = 15 * s
    line_y = y + h - 1.6 * step
    while line_y > y + 0.5 * step:
        canvas.line(x + 6 * s, line_y, x + w - 6 * s, line_y)
        line_y -= step
    canvas.setDash()


def _fill_box(canvas: Canvas, blocks: list, x: float, y: float, w: float, h: float, pad: float,
              words: Words) -> None:
    inner_w, inner_h = w - 2 * pad, h - 2 * pad
    if not blocks:
        blocks = [(EMPTY, style("none", 10, REGULAR, MUTED))]
    fitted = fit_blocks(blocks, inner_w, inner_h, min_scale=0.62,
                        overflow=words.tr(CONTINUED))
    top = y + h - pad
    for paragraph in fitted.paragraphs:
        _, ph = paragraph.wrap(inner_w, inner_h)
        top -= paragraph.style.spaceBefore
        paragraph.drawOn(canvas, x + pad, top - ph)
        top -= ph + paragraph.style.spaceAfter


def _lane_blocks(lane: Lane, words: Words, grid: Grid) -> list[list]:
    b = grid.body
    body = style("body", b, spaceAfter=b * 0.35)
    strong = bold_style("strong", b * 1.12, spaceAfter=b * 0.3)
    small = style("small", b * 0.88, BOLD, MUTED, spaceAfter=b * 0.25)
    label = bold_style("label", b, spaceAfter=b * 0.1)
    item = style("item", b, leftIndent=b * 0.8, firstLineIndent=-b * 0.8, spaceAfter=b * 0.15)

    def text(value: str) -> str:
        return long_words_broken(markup(value, 3000))

    def bullets(values: list[str]) -> list:
        return [(f"• {text(v)}", item) for v in values]

    what = [(text(lane.title), strong), (markup(words.label(cat.RESULT_KINDS, lane.kind)).upper(),
                                         small)]
    if lane.description.strip():
        what.append((text(lane.description), body))
    whom = []
    for group in lane.groups:
        priority = words.label(cat.TARGET_PRIORITIES, group.priority)
        whom.append((f"{markup(words.label(cat.TARGET_GROUPS, group.code))} "
                     f"<font name='{ITALIC}' color='#5B6270'>({markup(priority.lower())})</font>",
                     label))
        if group.representatives.strip():
            whom.append((text(group.representatives), item))
    why = [(text(lane.message), body)] if lane.message.strip() else []
    if lane.purposes:
        why.append((markup(words.tr(N("Documents", "Purpose"))), label))
        why += bullets([words.label(cat.PURPOSES, p) for p in lane.purposes])
    how = bullets([words.label(cat.CHANNELS, c) for c in lane.channels])
    when = []
    for heading, dated in ((N("Documents", "During the project"), lane.during),
                           (N("Documents", "After the project"), lane.after)):
        if dated:
            when.append((markup(words.tr(heading)), label))
            when += bullets([f"{words.date(d)} – {words.label(cat.CHANNELS, c)}"
                             for d, c in dated])
    who = bullets(lane.responsible)
    lasting = [(text(lane.sustainability), body)] if lane.sustainability.strip() else []
    measure = []
    if lane.indicator.strip():
        measure += [(markup(words.tr(N("Documents", "Indicator"))), label),
                    (text(lane.indicator), body)]
    if lane.indicator_target.strip():
        measure += [(markup(words.tr(N("Documents", "Target"))), label),
                    (text(lane.indicator_target), body)]
    if lane.evaluation.strip():
        measure += [(markup(words.tr(N("Documents", "Evaluation"))), label),
                    (text(lane.evaluation), body)]
    return [what, whom, why, how, when, who, lasting, measure]


def _draw_questions(canvas: Canvas, grid: Grid, words: Words) -> None:
    """The five control questions as prompts along the foot of the blank poster."""
    s = grid.s
    questions = control_questions(words)
    top = grid.foot + grid.questions_h
    title_size = 9 * s
    canvas.setFillColor(HexColor("#1F3A68"))
    line, size = fit_line(words.tr(N("Documents", "Five questions to answer together")), BOLD,
                          title_size, grid.width - 2 * grid.margin, 6 * s)
    canvas.setFont(BOLD, size)
    canvas.drawString(grid.margin, top - title_size, line)
    gap = 8 * s
    box_w = (grid.width - 2 * grid.margin - 4 * gap) / 5
    box_h = grid.questions_h - title_size * 1.7
    for i, question in enumerate(questions):
        x = grid.margin + i * (box_w + gap)
        y = grid.foot + 2 * s
        canvas.setFillColor(HexColor("#EEF2F8"))
        canvas.roundRect(x, y, box_w, box_h, 4 * s, stroke=0, fill=1)
        rubrics = " ".join(f"→ {r}" for r in RUBRICS[i])
        number = ParagraphStyle("qn", fontName=BOLD, fontSize=7.6 * s, leading=9 * s,
                                textColor=HexColor("#1F3A68"))
        body = ParagraphStyle("q", fontName=REGULAR, fontSize=7.6 * s, leading=9 * s,
                              textColor=HexColor("#1A1A2E"))
        fitted = fit_blocks([(f"{i + 1}. {markup(question)} "
                              f"<font name='{BOLD}' color='#D9532B'>{rubrics}</font>", body)],
                            box_w - 8 * s, box_h - 6 * s, min_scale=0.7)
        del number
        top_y = y + box_h - 4 * s
        for paragraph in fitted.paragraphs:
            _, ph = paragraph.wrap(box_w - 8 * s, box_h)
            paragraph.drawOn(canvas, x + 4 * s, top_y - ph)
            top_y -= ph
