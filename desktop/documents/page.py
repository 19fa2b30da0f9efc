"""Paper sizes and the parts every poster page shares: title band and the foot with the marking."""

from __future__ import annotations

import datetime as dt
import io

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A1, A2, A3, A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.common import MUTED, NAVY, Words, safe
from desktop.documents.emblem import draw_marking
from desktop.documents.fonts import BLACK, BOLD, ITALIC, REGULAR
from desktop.domain.text import QT_TRANSLATE_NOOP

SIZES = {"A4": A4, "A3": A3, "A2": A2, "A1": A1}
A4_LANDSCAPE_WIDTH = landscape(A4)[0]
BAND_TEXT = HexColor("#DCE4F2")

PRINTED = QT_TRANSLATE_NOOP("Documents", "Printed on %1 with Vidare")
PAGE_OF = QT_TRANSLATE_NOOP("Documents", "Page %1 of %2")


def page_size(size: str, wide: bool) -> tuple[float, float]:
    paper = SIZES.get(size, A3)
    return landscape(paper) if wide else (min(paper), max(paper))


def fit_line(text: str, font: str, size: float, width: float, smallest: float) -> tuple[str, float]:
    """One line of text at the largest size ≤ `size` that fits, cut with … past `smallest`."""
    text = " ".join(safe(text, 2000).split())
    fitted = size
    while stringWidth(text, font, fitted) > width and fitted > smallest:
        fitted = max(smallest, fitted * 0.92)
    if stringWidth(text, font, fitted) <= width:
        return text, fitted
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, fitted) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…", fitted


def draw_band(canvas: Canvas, width: float, height: float, band: float, scale: float,
              title: str, subtitle: str, hint: str, colour=NAVY) -> None:
    """The title band across the top of a poster page."""
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    margin = 22 * scale
    room = width - 2 * margin
    line, size = fit_line(title, BLACK, 25 * scale, room, 14 * scale)
    canvas.setFillColor(white)
    canvas.setFont(BLACK, size)
    canvas.drawString(margin, height - band * 0.40, line)
    line, size = fit_line(subtitle, REGULAR, 12.5 * scale, room, 7 * scale)
    canvas.setFillColor(BAND_TEXT)
    canvas.setFont(REGULAR, size)
    canvas.drawString(margin, height - band * 0.64, line)
    line, size = fit_line(hint, ITALIC, 8.5 * scale, room, 6 * scale)
    canvas.setFont(ITALIC, size)
    canvas.drawString(margin, height - band * 0.84, line)
    canvas.restoreState()


def draw_foot(canvas: Canvas, width: float, foot: float, scale: float, words: Words,
              funding_source: str, english_statement: bool, page: int, pages: int,
              printed_on: str | None = None, logo: bytes | None = None) -> None:
    """The EU marking at the left of the foot; the school's logo, the printing date and
    the page at the right."""
    margin = 22 * scale
    mark = foot * 0.52
    draw_marking(canvas, margin, (foot - mark) / 2, mark, words.language, funding_source,
                 english_statement)
    canvas.saveState()
    canvas.setFillColor(MUTED)
    size = 7.5 * scale
    canvas.setFont(REGULAR, size)
    printed = words.fill(PRINTED, words.date(printed_on or dt.date.today().isoformat(), "long"))
    canvas.drawRightString(width - margin, foot / 2 + size * 0.2, printed)
    if pages > 1:
        canvas.setFont(BOLD, size)
        canvas.drawRightString(width - margin, foot / 2 - size * 1.2,
                               words.fill(PAGE_OF, page, pages))
    if logo:
        box = foot * 0.62
        right = width - margin - max(stringWidth(printed, REGULAR, size),
                                     stringWidth(words.fill(PAGE_OF, page, pages), BOLD, size))
        try:
            canvas.drawImage(ImageReader(io.BytesIO(logo)), right - box - 10 * scale,
                             (foot - box) / 2, box, box, preserveAspectRatio=True,
                             anchor="e", mask="auto")
        except (OSError, ValueError):
            pass  # a broken logo file leaves the foot without it, the document still prints
    canvas.restoreState()
