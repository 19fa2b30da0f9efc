"""The stories poster: headline figures, destination countries and story cards."""

from __future__ import annotations

import io

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.common import (
    INK,
    MUTED,
    NAVY,
    PAPER,
    Words,
    bold_style,
    fit_blocks,
    long_words_broken,
    markup,
    style,
)
from desktop.documents.data import Card, StoriesData
from desktop.documents.fonts import BLACK, BOLD, ITALIC, REGULAR, register_fonts
from desktop.documents.page import draw_band, draw_foot, fit_line, page_size
from desktop.domain.text import QT_TRANSLATE_NOOP

N = QT_TRANSLATE_NOOP
ACCENT = HexColor("#D9532B")
FEATURE_PHOTO = 0.56  # share of a lone story card's width given to its photo
PRINT_DPI = 300
QUOTES = {"sv": ("”", "”"), "nb": ("«", "»"), "pl": ("„", "”"), "en": ("“", "”")}
HINT = N("Documents", "What we learnt abroad, in our own words.")
FIGURES = (
    ("mobilities", N("Documents", "trips abroad")),
    ("participants", N("Documents", "participants")),
    ("days_abroad", N("Documents", "days of learning abroad")),
    ("countries", N("Documents", "countries")),
    ("people_reached", N("Documents", "people reached by our dissemination")),
)


def build_stories_poster(data: StoriesData, language: str, size: str = "A3",
                         english_statement: bool = False, printed_on: str | None = None) -> bytes:
    register_fonts()
    words = Words(language)
    width, height = page_size(size, wide=False)
    s = width / A4[0]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), pageCompression=1,
                    initialFontName=REGULAR)
    canvas.setTitle(data.header.project_title)
    canvas.setCreator("Vidare")
    margin = 24 * s
    band = height * 0.12
    foot = height * 0.065
    header = data.header
    subtitle = "  ·  ".join(p for p in (header.school, header.reference,
                                        words.period(header.start_date, header.end_date)) if p)
    draw_band(canvas, width, height, band, s, header.project_title, subtitle, words.tr(HINT))

    # Headline figures in a row of tiles.
    top = height - band - 14 * s
    tile_h = 62 * s
    gap = 8 * s
    tile_w = (width - 2 * margin - (len(FIGURES) - 1) * gap) / len(FIGURES)
    values = {"mobilities": data.mobilities, "participants": data.participants,
              "days_abroad": data.days_abroad, "countries": len(data.countries),
              "people_reached": data.people_reached}
    for i, (key, label) in enumerate(FIGURES):
        x = margin + i * (tile_w + gap)
        canvas.setFillColor(PAPER)
        canvas.roundRect(x, top - tile_h, tile_w, tile_h, 6 * s, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        number, number_size = fit_line(words.number(values[key]), BLACK, 26 * s, tile_w - 8 * s,
                                       12 * s)
        canvas.setFont(BLACK, number_size)
        canvas.drawCentredString(x + tile_w / 2, top - 30 * s, number)
        fitted = fit_blocks([(markup(words.tr(label)),
                              style("fig", 7.8 * s, REGULAR, INK, alignment=1))],
                            tile_w - 8 * s, 24 * s, min_scale=0.7)
        y = top - 36 * s
        for paragraph in fitted.paragraphs:
            _, ph = paragraph.wrap(tile_w - 8 * s, 24 * s)
            paragraph.drawOn(canvas, x + 4 * s, y - ph)
            y -= ph

    # Destination countries.
    top -= tile_h + 18 * s
    canvas.setFillColor(NAVY)
    label = words.tr(N("Documents", "Where we went"))
    canvas.setFont(BOLD, 10 * s)
    canvas.drawString(margin, top - 10 * s, label)
    names = [words.country(code) for code in data.countries] or [
        words.tr(N("Documents", "No trips are done yet."))]
    line, line_size = fit_line("  ·  ".join(names), REGULAR, 13 * s,
                               width - 2 * margin, 7 * s)
    canvas.setFillColor(INK)
    canvas.setFont(REGULAR, line_size)
    canvas.drawString(margin, top - 28 * s, line)

    # Story cards: three columns, one or two rows.
    top -= 44 * s
    bottom = foot + 10 * s
    cards = data.cards[:6]
    if not cards:
        canvas.setFillColor(MUTED)
        canvas.setFont(ITALIC, 11 * s)
        canvas.drawString(margin, top - 20 * s, words.tr(N(
            "Documents", "No story may be printed for this audience yet.")))
    rows = 1 if len(cards) <= 3 else 2
    columns = min(3, max(1, len(cards))) if rows == 1 else 3
    card_gap = 12 * s
    card_w = (width - 2 * margin - (columns - 1) * card_gap) / columns
    card_h = (top - bottom - (rows - 1) * card_gap) / rows
    if len(cards) == 1:
        _draw_feature(canvas, cards[0], margin, bottom, card_w, card_h, s, words)
    for row in range(rows if len(cards) > 1 else 0):
        in_row = cards[row * 3:row * 3 + 3]
        # A short row sits centred.
        left = margin + (columns - len(in_row)) * (card_w + card_gap) / 2
        for column, card in enumerate(in_row):
            x = left + column * (card_w + card_gap)
            y = top - (row + 1) * card_h - row * card_gap
            _draw_card(canvas, card, x, y, card_w, card_h, s, words, 1.3 if rows == 1 else 1.0)

    draw_foot(canvas, width, foot, s, words, header.funding_source, english_statement, 1, 1,
              printed_on, header.logo)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def photo_width_mm(size: str) -> float:
    """The widest a story's photo prints at this paper size (one story alone: a feature)."""
    width, _ = page_size(size, wide=False)
    s = width / A4[0]
    return (width - 2 * 24 * s) * FEATURE_PHOTO / 72 * 25.4


def _draw_photo(canvas: Canvas, photo: bytes, x: float, y: float, w: float, h: float) -> None:
    """Draw at 300 dpi at most: a photo prepared for a larger slot is scaled down first."""
    from PIL import Image

    with Image.open(io.BytesIO(photo)) as image:
        most = max(1, int(w / 72 * PRINT_DPI))
        if image.width > most * 1.05:
            image = image.resize((most, max(1, most * image.height // image.width)),
                                 Image.Resampling.LANCZOS, reducing_gap=2.0)
            scaled = io.BytesIO()
            image.convert("RGB").save(scaled, "JPEG", quality=85)
            photo = scaled.getvalue()
    canvas.drawImage(ImageReader(io.BytesIO(photo)), x, y, w, h)


def _card_blocks(card: Card, s: float, words: Words, grow: float) -> tuple[list, list]:
    """(heading blocks, excerpt blocks) of a card in its styles."""
    opening, closing = QUOTES.get(words.language, QUOTES["en"])
    quote = style("quote", 13 * s * grow, ITALIC, INK, leading=1.25)
    who = bold_style("who", 9 * s * grow, colour=NAVY, spaceBefore=6 * s)
    where = style("where", 8.2 * s * grow, REGULAR, MUTED)
    title = bold_style("title", 9.5 * s * grow, colour=ACCENT, spaceAfter=4 * s)
    excerpt = style("excerpt", 8.4 * s * min(grow, 1.15), REGULAR, INK, spaceBefore=8 * s)
    blocks = [(long_words_broken(markup(card.title, 200)), title),
              (f"{opening}{long_words_broken(markup(card.quote, 400))}{closing}", quote)]
    if card.name:
        blocks.append((markup(card.name, 200), who))
    place = ", ".join(p for p in (card.city, words.country(card.country)) if p)
    if place:
        blocks.append((markup(place, 200), where))
    more = [(long_words_broken(markup(card.excerpt, 900)), excerpt)] \
        if card.excerpt.strip() else []
    return blocks, more


def _draw_blocks(canvas: Canvas, blocks: list, x: float, top: float, w: float,
                 h: float, min_scale: float = 0.55) -> float:
    fitted = fit_blocks(blocks, w, h, min_scale=min_scale)
    for paragraph in fitted.paragraphs:
        _, ph = paragraph.wrap(w, h)
        top -= paragraph.style.spaceBefore
        paragraph.drawOn(canvas, x, top - ph)
        top -= ph + paragraph.style.spaceAfter
    return top


def _draw_feature(canvas: Canvas, card: Card, x: float, y: float, w: float, h: float, s: float,
                  words: Words) -> None:
    """One story alone: photo and quote side by side, the excerpt beneath."""
    canvas.setFillColor(white)
    canvas.setStrokeColor(HexColor("#D5D9E0"))
    canvas.setLineWidth(0.8 * s)
    canvas.roundRect(x, y, w, h, 8 * s, stroke=1, fill=1)
    pad = 14 * s
    top = y + h - pad
    heading, more = _card_blocks(card, s, words, 1.5)
    photo_w = (w - 2 * pad) * FEATURE_PHOTO if card.photo else 0
    photo_h = photo_w * 3 / 4
    if card.photo:
        _draw_photo(canvas, card.photo, x + pad, top - photo_h, photo_w, photo_h)
    side_x = x + pad + (photo_w + pad if card.photo else 0)
    side_w = x + w - pad - side_x
    text_bottom = _draw_blocks(canvas, heading, side_x, top, side_w,
                               max(photo_h, 120 * s) if card.photo else h / 2)
    below = min(top - photo_h, text_bottom) - 10 * s
    if more:
        _draw_blocks(canvas, more, x + pad, below, w - 2 * pad, below - y - pad, min_scale=1.0)


def _draw_card(canvas: Canvas, card: Card, x: float, y: float, w: float, h: float, s: float,
               words: Words, grow: float) -> None:
    canvas.setFillColor(white)
    canvas.setStrokeColor(HexColor("#D5D9E0"))
    canvas.setLineWidth(0.8 * s)
    canvas.roundRect(x, y, w, h, 8 * s, stroke=1, fill=1)
    pad = 10 * s
    text_x, text_w = x + pad, w - 2 * pad
    text_top = y + h - pad
    if card.photo:
        photo_h = text_w * 3 / 4
        _draw_photo(canvas, card.photo, text_x, text_top - photo_h, text_w, photo_h)
        text_top -= photo_h + 10 * s
    else:
        canvas.setFillColor(ACCENT)
        canvas.rect(text_x, text_top - 4 * s, 40 * s, 4 * s, stroke=0, fill=1)
        text_top -= 16 * s
    heading, more = _card_blocks(card, s, words, grow)
    # The quote keeps its size; the excerpt takes what room is left, cut with "…".
    text_top = _draw_blocks(canvas, heading, text_x, text_top, text_w, text_top - y - pad)
    room = text_top - y - pad - 8 * s
    if more and room > 24 * s:
        _draw_blocks(canvas, more, text_x, text_top, text_w, room, min_scale=1.0)
