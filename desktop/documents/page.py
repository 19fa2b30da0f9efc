"""Paper sizes and the parts every poster page shares: title band, the foot with the
marking, and the PDF's own description of itself."""

from __future__ import annotations

import datetime as dt
import io
import logging
from typing import Any

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A1, A2, A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop import __version__
from desktop.documents.common import MUTED, NAVY, Words, fit_blocks, paragraph_text, safe
from desktop.documents.emblem import MIN_EMBLEM, draw_marking, marking_height, marking_width
from desktop.documents.fonts import BLACK, BOLD, ITALIC, REGULAR, draw_string, string_width
from desktop.domain.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SIZES = {"A4": A4, "A3": A3, "A2": A2, "A1": A1}
A4_LANDSCAPE_WIDTH = landscape(A4)[0]
BAND_TEXT = HexColor("#E3E9F4")  # 9.6:1 on the navy band
EMBLEM_A4 = 11 * mm  # the emblem's height on an A4 poster; larger paper, larger emblem

PRINTED = QT_TRANSLATE_NOOP("Documents", "Printed on %1 with Vidare")
PAGE_OF = QT_TRANSLATE_NOOP("Documents", "Page %1 of %2")


def page_size(size: str, wide: bool) -> tuple[float, float]:
    paper = SIZES.get(size, A3)
    return landscape(paper) if wide else (min(paper), max(paper))


def type_scale(paper_scale: float) -> float:
    """How much larger type is set than on A4, for paper `paper_scale` times as wide.

    Type grows more slowly than the paper: an A1 poster (2.8 times as wide) sets type
    about twice as large, and uses the rest of its area for more of the content.
    """
    return paper_scale ** 0.65


def describe(canvas: Canvas, words: Words, title: str, school: str, reference: str) -> None:
    """The PDF's own description: title, author (the school), subject (the grant
    reference), creator (Vidare and its version); the language is the canvas's `lang`."""
    canvas.setTitle(safe(title, 500))
    canvas.setAuthor(safe(school, 300))
    canvas.setSubject(safe(reference, 200))
    canvas.setCreator(f"Vidare {__version__}")
    canvas.setProducer(f"Vidare {__version__} (ReportLab)")


def canvas_for(out: io.BytesIO, size: tuple[float, float], words: Words) -> Canvas:
    """A canvas that embeds only Vidare's fonts and tells readers the document's language."""
    return Canvas(out, pagesize=size, pageCompression=1, initialFontName=REGULAR,
                  lang=language_tag(words.language))


def language_tag(language: str) -> str:
    return {"sv": "sv-SE", "nb": "nb-NO", "pl": "pl-PL", "en": "en-GB"}.get(language, "en")


def fit_line(text: str, font: str, size: float, width: float, smallest: float) -> tuple[str, float]:
    """One line of text at the largest size ≤ `size` that fits, cut with … past `smallest`."""
    text = " ".join(safe(text, 2000).split())
    fitted = size
    while string_width(text, font, fitted) > width and fitted > smallest:
        fitted = max(smallest, fitted * 0.94)
    if string_width(text, font, fitted) <= width:
        return text, fitted
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if string_width(text[:mid] + "…", font, fitted) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…", fitted


def _band_parts(title: str, subtitle: tuple[str, str], hint: str, room: float, t: float,
                band: float | None) -> tuple[Any, float, float, str, str]:
    """(fitted title, subtitle size, hint size, first, second) of a band."""
    sub_size = 12 * t
    hint_size = 8.5 * t
    first, second = (" ".join(safe(part, 2000).split()) for part in subtitle)
    lines_below = (sub_size * 1.25) * sum(1 for part in (first, second) if part) + \
        (hint_size * 1.5 if hint else 0)
    head = ParagraphStyle("band-title", fontName=BLACK, fontSize=26 * t, leading=26 * t * 1.06,
                          textColor=white)
    most = head.leading * 3 + 1
    if band is not None:
        most = min(most, band - 2 * _BAND_PAD * t - lines_below - 3 * t)
    # Three lines hold no more than this: a longer title is cut, and says so with "…".
    fitted = fit_blocks([(paragraph_text(title, BLACK, 400), head)], room, most, min_scale=0.6)
    return fitted, sub_size, hint_size, first, second


_BAND_PAD = 12  # points of navy above the title and below the hint, on A4


def band_height(width: float, t: float, margin: float, title: str,
                subtitle: tuple[str, str], hint: str) -> float:
    """How tall the title band is drawn: as tall as its title (up to three lines),
    subtitle and hint need, and no taller."""
    fitted, sub_size, hint_size, first, second = _band_parts(
        title, subtitle, hint, width - 2 * margin, t, None)
    return (2 * _BAND_PAD * t + fitted.height + 3 * t
            + sub_size * 1.25 * sum(1 for part in (first, second) if part)
            + (hint_size * 1.5 if hint else 0))


def draw_band(canvas: Canvas, width: float, height: float, band: float, t: float,
              margin: float, title: str, subtitle: tuple[str, str], hint: str,
              colour: Any = NAVY) -> None:
    """The title band across the top of a poster page: the title on up to three lines;
    the subtitle's first line (school, project) cut if it must be, its second line
    (reference and period) always whole; a one-line hint."""
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    room = width - 2 * margin
    pad = _BAND_PAD * t
    fitted, sub_size, hint_size, first, second = _band_parts(title, subtitle, hint, room, t,
                                                             band)
    top = height - pad
    for paragraph in fitted.paragraphs:
        _, h = paragraph.wrap(room, band)
        paragraph.drawOn(canvas, margin, top - h)
        top -= h
    top -= 3 * t
    canvas.setFillColor(BAND_TEXT)
    for part, font in ((first, REGULAR), (second, BOLD)):
        if not part:
            continue
        line, size = fit_line(part, font, sub_size, room, sub_size * 0.7 if font == BOLD
                              else sub_size * 0.85)
        top -= sub_size * 1.25
        draw_string(canvas, margin, top + sub_size * 0.22, line, font, size)
    if hint:
        line, size = fit_line(hint, ITALIC, hint_size, room, hint_size * 0.85)
        top -= hint_size * 1.5
        draw_string(canvas, margin, top + hint_size * 0.3, line, ITALIC, size)
    canvas.restoreState()


def emblem_height(t: float) -> float:
    return max(MIN_EMBLEM, EMBLEM_A4 * t)


def foot_height(t: float, s: float, funding_source: str, artwork: bytes | None) -> float:
    """The foot's height: the marking (the FERS set is taller than the emblem) and air."""
    return marking_height(emblem_height(t), funding_source, artwork) + 16 * s


def draw_foot(canvas: Canvas, width: float, foot: float, t: float, margin: float,
              words: Words, funding_source: str, english_statement: bool, page: int,
              pages: int, printed_on: str | None = None, logo: bytes | None = None,
              artwork: bytes | None = None) -> None:
    """The foot of a poster page. The marking (emblem and statement, or the FERS set)
    takes its room first, at the left; the printing date and page go to the right; the
    school's logo, no taller than the emblem, only into the room left between them."""
    emblem = emblem_height(t)
    middle = foot / 2
    marking_end = margin + draw_marking(canvas, margin, middle - emblem / 2, emblem,
                                        words.language, funding_source, english_statement,
                                        artwork=artwork)
    canvas.saveState()
    canvas.setFillColor(MUTED)
    size = 7.5 * t
    printed = words.fill(PRINTED, words.date(printed_on or dt.date.today().isoformat(), "long"))
    page_text = words.fill(PAGE_OF, page, pages) if pages > 1 else ""
    text_w = max(string_width(printed, REGULAR, size),
                 string_width(page_text, BOLD, size) if page_text else 0)
    draw_string(canvas, width - margin, middle + (size * 0.2 if page_text else -size * 0.35),
                printed, REGULAR, size, anchor="end")
    if page_text:
        draw_string(canvas, width - margin, middle - size * 1.2, page_text, BOLD, size,
                    anchor="end")
    if logo:
        _draw_logo(canvas, logo, marking_end + 8 * mm * t ** 0.5,
                   width - margin - text_w - 6 * mm * t ** 0.5, middle, emblem)
    canvas.restoreState()


def _draw_logo(canvas: Canvas, logo: bytes, left: float, right: float, middle: float,
               most: float) -> None:
    """The logo right-aligned before `right`, at most `most` tall, never left of `left`."""
    try:
        reader = ImageReader(io.BytesIO(logo))
        pixels_w, pixels_h = reader.getSize()
        h = most
        w = h * pixels_w / max(1, pixels_h)
        if w > right - left:
            w = right - left
            h = w * pixels_h / max(1, pixels_w)
        if w <= 0 or h < most * 0.5:
            log.info("no room for the school's logo in the foot")
            return
        canvas.drawImage(reader, right - w, middle - h / 2, w, h, mask="auto")
    except (OSError, ValueError) as error:
        log.warning("the school's logo cannot be drawn: %s", error)


def marking_room(t: float, words: Words, funding_source: str, english: bool,
                 artwork: bytes | None) -> float:
    """The width the foot's marking takes (for layouts that place things beside it)."""
    return marking_width(emblem_height(t), words.language, funding_source, english, artwork)
