"""The blank planning poster's own parts: fields and lines to write on, the five questions."""

from __future__ import annotations

from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import labels
from desktop.documents.common import INK, NAVY, PAPER, Words, fit_blocks, paragraph_text
from desktop.documents.fonts import BOLD, REGULAR, draw_string
from desktop.documents.page import BAND_TEXT, fit_line
from desktop.documents.plan_grid import RUBRIC_HEADS, WRITE_IN, WRITING_LINE, Grid, arrow
from desktop.documents.questions import RUBRICS, control_questions
from desktop.domain.text import QT_TRANSLATE_NOOP

N = QT_TRANSLATE_NOOP
NBSP = "\u00a0"


def write_in_fields(canvas: Canvas, grid: Grid, words: Words) -> None:
    """White fields on the band for the school, the project and the period, to write on."""
    t, s = grid.t, grid.s
    names = [words.tr(labels.SCHOOL), words.tr(labels.PROJECT), words.tr(labels.PERIOD)]
    shares = (0.3, 0.45, 0.25)
    size = 10 * t
    box_h = 20 * t
    y = grid.height - grid.band + (WRITE_IN * t - box_h) / 2 + 4 * t
    x = grid.margin
    room = grid.width - 2 * grid.margin - 2 * 14 * s
    for label, share in zip(names, shares, strict=True):
        w = room * share
        line, fitted = fit_line(label, BOLD, size, w * 0.4, size * 0.8)
        canvas.setFillColor(BAND_TEXT)
        label_w = draw_string(canvas, x, y + box_h / 2 - fitted * 0.35, line, BOLD, fitted)
        canvas.setFillColor(white)
        box_x = x + label_w + 6 * s
        canvas.roundRect(box_x, y, x + w - box_x, box_h, 3 * s, stroke=0, fill=1)
        x += w + 14 * s


def draw_blank_lanes(canvas: Canvas, grid: Grid) -> None:
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
                arrow(canvas, x + grid.col_w(i), y + h / 2, grid.gap, s)
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


def draw_questions(canvas: Canvas, grid: Grid, words: Words) -> None:
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
