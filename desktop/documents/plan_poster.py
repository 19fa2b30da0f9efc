"""The planning poster: one lane per result through eight rubrics, filled or blank."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import labels
from desktop.documents.common import (
    CONTINUED,
    MUTED,
    PAPER,
    Blocks,
    Words,
    bind,
    fit_blocks,
    paragraph_text,
    shortened,
    style,
)
from desktop.documents.data import Header, Lane, PlanData
from desktop.documents.emblem import load_artwork
from desktop.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from desktop.documents.page import (
    band_height,
    canvas_for,
    describe,
    draw_band,
    draw_foot,
    foot_height,
)
from desktop.documents.plan_blank import draw_blank_lanes, draw_questions, write_in_fields
from desktop.documents.plan_grid import (
    EMPTY,
    GROWN,
    RUBRIC_HEADS,
    Grid,
    arrow,
    draw_heads,
    pages_of,
)
from desktop.domain import catalogues as cat
from desktop.domain.text import QT_TRANSLATE_NOOP

N = QT_TRANSLATE_NOOP
NBSP = "\u00a0"

TITLE = N("Documents", "Plan and disseminate the project's results")
HINT = N("Documents", "Each lane is one result of the project: read it from left to right.")
BLANK_HINT = N("Documents", "One lane for each result: fill it in together, from left to right.")

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
    band_title = bind(title, words.language)  # a Polish "i" keeps to its next word
    subtitle = ("", "") if blank else _subtitle(header, words)
    hint = words.tr(BLANK_HINT if blank else HINT)
    artwork = load_artwork(fers_artwork) if header.funding_source == "fers" else None
    grid = Grid(size, blank,
                lambda width, t, margin: band_height(width, t, margin, band_title, subtitle,
                                                     hint),
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
        draw_band(canvas, grid.width, grid.height, grid.band, grid.t, grid.margin,
                  band_title, subtitle, hint)
        if blank:
            write_in_fields(canvas, grid, words)
        draw_heads(canvas, grid, words)
        if blank:
            draw_blank_lanes(canvas, grid)
            draw_questions(canvas, grid, words)
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


def _lane_heights(needs: list[float], room: float, gap: float) -> list[float]:
    """Share `room` among lanes by what each needs. When all needs fit, each lane gets its
    need and what is left over is shared equally. When they do not, the page is filled
    to one level: a lane needing less gets just what it needs, the fuller lanes get the
    same height and are cut, so no lane has free room while another is cut."""
    count = len(needs)
    inner = room - (count - 1) * gap
    total = sum(needs)
    if total <= inner:
        if count == 1:
            return [min(inner, max(needs[0], inner / 2))]
        extra = (inner - total) / count
        return [need + extra for need in needs]
    # The lanes that need least get all they need; the rest share what is left equally
    # (never less than an equal share of the page), so only the fullest lanes are cut.
    level, left, rest = inner / count, inner, count
    for need in sorted(needs):
        if need * rest > left:
            level = left / rest
            break
        left, rest = left - need, rest - 1
    return [min(need, level) for need in needs]


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
    scale = _shared_scale(cells, grid)
    needs = [max(_need(cell, scale) for cell in row) + 2 * grid.pad for row in cells]
    heights = _lane_heights(needs, grid.lanes_room, grid.lane_gap)
    y = grid.lanes_top - grid.pad
    for row, h in zip(cells, heights, strict=True):
        y -= h
        _draw_lane(canvas, grid, words, row, y, h, scale)
        y -= grid.lane_gap


def _shared_scale(rows: list[list[_Cell]], grid: Grid) -> float:
    """One body scale for every lane of the page: the largest, from the smallest size up
    to GROWN, at which all lanes together fit the page (so the type is alike everywhere
    and the room goes where the text is)."""
    low, high = grid.smallest / grid.body, GROWN
    inner = grid.lanes_room - (len(rows) - 1) * grid.lane_gap

    def fit_at(scale: float) -> bool:
        return sum(max(_need(cell, scale) for cell in row) + 2 * grid.pad
                   for row in rows) <= inner

    if fit_at(high):
        return high
    if not fit_at(low):
        return low
    for _ in range(7):
        mid = (low + high) / 2
        if fit_at(mid):
            low = mid
        else:
            high = mid
    return low


def _need(cell: _Cell, scale: float = 1.0) -> float:
    if not cell.blocks:
        return 0.0
    return fit_blocks(cell.blocks, cell.width, 1e6, min_scale=scale, max_scale=scale).height


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
                            overflow=bind(words.tr(CONTINUED), words.language))
        top = y + h - grid.pad
        for paragraph in fitted.paragraphs:
            _, ph = paragraph.wrap(cell.width, inner_h)
            top -= paragraph.style.spaceBefore
            paragraph.drawOn(canvas, x + grid.pad, top - ph)
            top -= ph + paragraph.style.spaceAfter
        if i < len(cells) - 1:
            arrow(canvas, x + grid.col_w(i), y + h / 2, grid.gap, s)


def _lane_blocks(lane: Lane, words: Words, grid: Grid) -> list[Blocks]:
    b, lang = grid.body, words.language
    body = style("body", b, spaceAfter=b * 0.35, hyphenate=lang)
    strong = style("strong", b * 1.1, BOLD, spaceAfter=b * 0.3, hyphenate=lang)
    small = style("small", b, BOLD, MUTED, spaceAfter=b * 0.3)
    # A label is a heading over its text: a cut box never ends on it.
    label = style("label", b, BOLD, spaceAfter=b * 0.1, hyphenate=lang, keepWithNext=1)
    item = style("item", b, leftIndent=b * 0.9, firstLineIndent=-b * 0.9, spaceAfter=b * 0.2,
                 hyphenate=lang)
    # People's names are never hyphenated ("Ingrid Häg-glund" reads as a typo).
    name = style("name", b, leftIndent=b * 0.9, firstLineIndent=-b * 0.9, spaceAfter=b * 0.2)

    def text(value: str, font: str = REGULAR) -> str:
        # More than any box holds even on A1; fitting cuts the rest and says so.
        return paragraph_text(shortened(value, 1600, 40), font, language=lang)

    def bullets(values: list[str], st: ParagraphStyle = item) -> Blocks:
        return [(f"•{NBSP}{text(v)}", st) for v in values]

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
        why.append((text(words.tr(labels.PURPOSE), BOLD), label))
        why += bullets([words.label(cat.PURPOSES, p) for p in lane.purposes])
    how = bullets([words.label(cat.CHANNELS, c) for c in lane.channels])
    when: Blocks = []
    for heading, dated in ((N("Documents", "During the project"), lane.during),
                           (N("Documents", "After the project"), lane.after)):
        if dated:
            when.append((text(words.tr(heading), BOLD), label))
            when += [(f"<font name='{BOLD}'>{text(words.date(d), BOLD)}</font>{NBSP}"
                      f"{text(title.strip() or words.label(cat.CHANNELS, channel))}", item)
                     for d, title, channel in dated]
    who = bullets(lane.responsible, name)
    lasting: Blocks = [(text(lane.sustainability), body)] if lane.sustainability.strip() else []
    measure: Blocks = []
    if lane.indicator.strip():
        measure += [(text(words.tr(labels.INDICATOR), BOLD), label),
                    (text(lane.indicator), body)]
    if lane.indicator_target.strip():
        measure += [(text(words.tr(N("Documents", "Target", "an indicator's target value")),
                          BOLD), label), (text(lane.indicator_target), body)]
    if lane.evaluation.strip():
        measure += [(text(words.tr(labels.EVALUATION), BOLD), label),
                    (text(lane.evaluation), body)]
    return [what, whom, why, how, when, who, lasting, measure]


