"""The stories poster: headline figures, destination countries and story cards."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.common import (
    ACCENT,
    INK,
    MUTED,
    NAVY,
    PAPER,
    Blocks,
    Words,
    bind,
    fit_blocks,
    paragraph_text,
    shortened,
    style,
)
from desktop.documents.data import Card, StoriesData
from desktop.documents.emblem import load_artwork
from desktop.documents.fonts import BLACK, BOLD, ITALIC, REGULAR, draw_string, register_fonts
from desktop.documents.page import (
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
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n.counts import phrase

N = QT_TRANSLATE_NOOP
FEATURE_PHOTO = 0.56  # share of a lone story card's width given to its photo
PRINT_DPI = 300
SMALLEST = 7.0  # no text on an A4 poster is set smaller
QUOTES = {"sv": ("”", "”"), "nb": ("«", "»"), "pl": ("„", "”"), "en": ("“", "”")}
HINT = N("Documents", "What we learnt abroad, in our own words.")
# The headline figures, each a counted phrase ("25 uczestników"): (field, kind, code).
FIGURES = (
    ("mobilities", "figure", "trips"),
    ("participants", "figure", "participants"),
    ("days_abroad", "figure", "days_abroad"),
    ("countries", "figure", "countries"),
    ("people_reached", "figure", "people_reached"),
)


def build_stories_poster(data: StoriesData, language: str, size: str = "A3",
                         english_statement: bool = False, printed_on: str | None = None,
                         fers_artwork: Path | None = None) -> bytes:
    register_fonts()
    words = Words(language)
    width, height = page_size(size, wide=False)
    s = width / A4[0]
    t = type_scale(s)
    out = io.BytesIO()
    canvas = canvas_for(out, (width, height), words)
    header = data.header
    describe(canvas, words, header.project_title, header.school, header.reference)
    margin = 24 * s
    artwork = load_artwork(fers_artwork) if header.funding_source == "fers" else None
    foot = foot_height(t, s, header.funding_source, artwork)
    subtitle = (header.school, "  ·  ".join(p for p in (
        header.reference, words.period(header.start_date, header.end_date)) if p))
    title = bind(header.project_title, words.language)  # "i" keeps to its next word
    band = band_height(width, t, margin, title, subtitle, words.tr(HINT))
    draw_band(canvas, width, height, band, t, margin, title, subtitle, words.tr(HINT))

    top = _draw_figures(canvas, data, words, margin, width, height - band - 14 * s, s, t)
    top = _draw_countries(canvas, data, words, margin, width, top - 14 * s, s, t)

    # Story cards: three columns, one or two rows.
    top -= 14 * s
    bottom = foot + 8 * s
    cards = data.cards[:6]
    if not cards:
        canvas.setFillColor(MUTED)
        draw_string(canvas, margin, top - 20 * t, words.tr(N(
            "Documents", "No story may be printed for this audience yet.")), ITALIC, 11 * t)
    rows = 1 if len(cards) <= 3 else 2
    columns = min(3, max(1, len(cards))) if rows == 1 else 3
    card_gap = 12 * s
    card_w = (width - 2 * margin - (columns - 1) * card_gap) / columns
    card_h = (top - bottom - (rows - 1) * card_gap) / rows
    if len(cards) == 1:
        _draw_feature(canvas, cards[0], margin, bottom, card_w, card_h, s, t, words)
    for row in range(rows if len(cards) > 1 else 0):
        in_row = cards[row * 3:row * 3 + 3]
        # A short row sits centred.
        left = margin + (columns - len(in_row)) * (card_w + card_gap) / 2
        for column, card in enumerate(in_row):
            x = left + column * (card_w + card_gap)
            y = top - (row + 1) * card_h - row * card_gap
            _draw_card(canvas, card, x, y, card_w, card_h, s, t, words,
                       1.25 if rows == 1 else 1.0)

    draw_foot(canvas, width, foot, t, margin, words, header.funding_source, english_statement,
              1, 1, printed_on, header.logo, artwork)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _draw_figures(canvas: Canvas, data: StoriesData, words: Words, margin: float,
                  width: float, top: float, s: float, t: float) -> float:
    """The headline figures in a row of tiles, each number with its noun in the right
    form ("25 / uczestników"); returns the tiles' lower edge."""
    gap = 8 * s
    tile_w = (width - 2 * margin - (len(FIGURES) - 1) * gap) / len(FIGURES)
    values = {"mobilities": data.mobilities, "participants": data.participants,
              "days_abroad": data.days_abroad, "countries": len(data.countries),
              "people_reached": data.people_reached}
    label = style("fig", 8.6 * t, REGULAR, INK, alignment=1, leading=1.15,
                  hyphenate=words.language)
    note = style("fignote", 7.4 * t, REGULAR, MUTED, alignment=1, leading=1.15)
    tiles = []
    for key, kind, code in FIGURES:
        before, number, after = words.count_parts(phrase(kind, code), values[key], "Counts")
        # Every tile reads number, then its words ("łącznie 282 dni za granicą" too: its
        # words before the number go below it, as the summary's tiles print them).
        words_of = " ".join(p for p in (before, after) if p)
        blocks: Blocks = [(paragraph_text(words_of, language=words.language), label)] \
            if words_of else []
        if key == "participants" and data.accompanying:
            blocks.append((paragraph_text(words.count(phrase(
                "mobility_role", "accompanying"), data.accompanying, context="Counts")), note))
        tiles.append((number, blocks))
    number_size = 26 * t
    inner = tile_w - 8 * s
    label_h = max(fit_blocks(b, inner, 1e6).height for _, b in tiles)
    label_h = min(label_h, 40 * t)
    tile_h = 10 * s + number_size + 6 * s + label_h + 8 * s
    for i, (number, blocks) in enumerate(tiles):
        x = margin + i * (tile_w + gap)
        canvas.setFillColor(PAPER)
        canvas.roundRect(x, top - tile_h, tile_w, tile_h, 6 * s, stroke=0, fill=1)
        y = top - 10 * s
        canvas.setFillColor(ACCENT)
        line, size = fit_line(number, BLACK, number_size, inner, 14 * t)
        draw_string(canvas, x + tile_w / 2, y - number_size * 0.8, line, BLACK, size,
                    anchor="middle")
        y -= number_size + 6 * s
        fitted = fit_blocks(blocks, inner, label_h, min_scale=SMALLEST / 7.4)
        for paragraph in fitted.paragraphs:
            _, ph = paragraph.wrap(inner, label_h)
            paragraph.drawOn(canvas, x + 4 * s, y - ph)
            y -= ph
    return top - tile_h


def _draw_countries(canvas: Canvas, data: StoriesData, words: Words, margin: float,
                    width: float, top: float, s: float, t: float) -> float:
    """"Where we went" and the countries, on up to two lines; returns the lower edge."""
    canvas.setFillColor(NAVY)
    heading = 10.5 * t
    draw_string(canvas, margin, top - heading, words.tr(N("Documents", "Where we went")),
                BOLD, heading)
    names = [words.country(code) for code in data.countries] or [
        words.tr(N("Documents", "No trips are done yet."))]
    line_style = style("countries", 12.5 * t, REGULAR, INK, leading=1.25)
    text = "  ·  ".join(paragraph_text(n) for n in names)
    room = width - 2 * margin
    fitted = fit_blocks([(text, line_style)], room, line_style.leading * 2 + 1,
                        min_scale=8.5 / 12.5)
    y = top - heading * 1.6
    for paragraph in fitted.paragraphs:
        _, ph = paragraph.wrap(room, 1e6)
        paragraph.drawOn(canvas, margin, y - ph)
        y -= ph
    return y


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


def _card_blocks(card: Card, t: float, words: Words, grow: float) -> tuple[Blocks, Blocks]:
    """(heading blocks, excerpt blocks) of a card in its styles."""
    opening, closing = QUOTES.get(words.language, QUOTES["en"])
    lang = words.language
    quote = style("quote", 12.5 * t * grow, ITALIC, INK, leading=1.25, hyphenate=lang)
    who = style("who", 9 * t * grow, BOLD, NAVY, spaceBefore=6 * t)
    where = style("where", 8.4 * t * grow, REGULAR, MUTED)
    title = style("title", 9.6 * t * grow, BOLD, ACCENT, spaceAfter=4 * t, hyphenate=lang)
    excerpt = style("excerpt", 8.6 * t * min(grow, 1.15), REGULAR, INK, spaceBefore=8 * t,
                    hyphenate=lang)
    said = paragraph_text(shortened(card.quote, 400, 8), ITALIC, language=lang)
    blocks: Blocks = [(paragraph_text(shortened(card.title, 300, 4), BOLD, language=lang),
                       title), (f"{opening}{said}{closing}", quote)]
    if card.name:
        blocks.append((paragraph_text(card.name, BOLD, 200), who))
    place = ", ".join(p for p in (card.city, words.country(card.country)) if p)
    if place:
        blocks.append((paragraph_text(place, REGULAR, 200), where))
    more: Blocks = [(paragraph_text(shortened(card.excerpt, 2500, 40), language=lang), excerpt)] \
        if card.excerpt.strip() else []
    return blocks, more


def _draw_blocks(canvas: Canvas, blocks: Blocks, x: float, top: float, w: float,
                 h: float, t: float, cut: bool = False, grow: float = 1.0) -> float:
    """Blocks from `top` down, type made smaller only down to 7 pt (on A4), or larger up
    to `grow` times when the box has room; with `cut`, cut rather than made smaller."""
    if not blocks:
        return top
    smallest = min(st.fontSize for _, st in blocks)
    floor = min(1.0, SMALLEST * t / smallest)
    fitted = fit_blocks(blocks, w, h, min_scale=1.0 if cut else floor, max_scale=grow)
    for paragraph in fitted.paragraphs:
        _, ph = paragraph.wrap(w, h)
        top -= paragraph.style.spaceBefore
        paragraph.drawOn(canvas, x, top - ph)
        top -= ph + paragraph.style.spaceAfter
    return top


def _card_frame(canvas: Canvas, x: float, y: float, w: float, h: float, s: float) -> None:
    canvas.setFillColor(white)
    canvas.setStrokeColor(HexColor("#D5D9E0"))
    canvas.setLineWidth(0.8 * s)
    canvas.roundRect(x, y, w, h, 8 * s, stroke=1, fill=1)


def _draw_feature(canvas: Canvas, card: Card, x: float, y: float, w: float, h: float, s: float,
                  t: float, words: Words) -> None:
    """One story alone: photo and quote side by side, the excerpt beneath."""
    _card_frame(canvas, x, y, w, h, s)
    pad = 14 * s
    top = y + h - pad
    heading, more = _card_blocks(card, t, words, 1.5)
    photo_w = (w - 2 * pad) * FEATURE_PHOTO if card.photo else 0
    photo_h = photo_w * 3 / 4
    if card.photo:
        _draw_photo(canvas, card.photo, x + pad, top - photo_h, photo_w, photo_h)
    side_x = x + pad + (photo_w + pad if card.photo else 0)
    side_w = x + w - pad - side_x
    text_bottom = _draw_blocks(canvas, heading, side_x, top, side_w,
                               max(photo_h, 120 * s) if card.photo else h / 2, t)
    below = min(top - photo_h, text_bottom) - 10 * s
    if more:
        _draw_blocks(canvas, more, x + pad, below, w - 2 * pad, below - y - pad, t, cut=True,
                     grow=1.5)


def _draw_card(canvas: Canvas, card: Card, x: float, y: float, w: float, h: float, s: float,
               t: float, words: Words, grow: float) -> None:
    _card_frame(canvas, x, y, w, h, s)
    pad = 10 * s
    text_x, text_w = x + pad, w - 2 * pad
    text_top = y + h - pad
    if card.photo:
        photo_h = min(text_w * 3 / 4, h * 0.5)
        photo_w = photo_h * 4 / 3
        _draw_photo(canvas, card.photo, text_x + (text_w - photo_w) / 2, text_top - photo_h,
                    photo_w, photo_h)
        text_top -= photo_h + 10 * s
    else:
        canvas.setFillColor(ACCENT)
        canvas.rect(text_x, text_top - 4 * s, 40 * s, 4 * s, stroke=0, fill=1)
        text_top -= 16 * s
    heading, more = _card_blocks(card, t, words, grow)
    # The quote keeps its size if it can; the excerpt takes what room is left, cut with "…".
    text_top = _draw_blocks(canvas, heading, text_x, text_top, text_w, text_top - y - pad, t)
    room = text_top - y - pad  # the excerpt fills the card down to its padding
    if more and room > 24 * t:
        _draw_blocks(canvas, more, text_x, text_top, text_w, room, t, cut=True, grow=1.2)
