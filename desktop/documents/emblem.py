"""The EU emblem drawn from its specification, the funding statement, and the FERS marking.

The emblem: a 3:2 blue (#003399) rectangle with twelve yellow (#FFCC00) five-pointed
stars on a circle of radius 1/3 of the height, each star inside a circle of radius 1/18
of the height, one point of each star straight up, the first star at twelve o'clock.

Projects funded through the Polish FERS programme carry that programme's set of signs.
Vidare cannot ship it: the school adds the official artwork once (Settings), and the
documents print that file as it is. Without it they print the EU emblem and the
statement alone, never an imitation of the programme's signs.
"""

from __future__ import annotations

import io
import logging
import math
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.documents.fonts import REGULAR, draw_string, register_fonts, string_width

log = logging.getLogger(__name__)

EU_BLUE = HexColor("#003399")
EU_YELLOW = HexColor("#FFCC00")
TEXT = HexColor("#1A1A2E")
MIN_EMBLEM = 10 * mm  # the emblem is never printed smaller than this
ARTWORK_HEIGHT = 1.5  # the FERS set is this many emblem heights tall (its own margins)

STATEMENTS = {
    "en": "Co-funded by the European Union",
    "sv": "Medfinansieras av Europeiska unionen",
    "nb": "Delfinansiert av Den europeiske union",
    "pl": "Współfinansowane przez Unię Europejską",
}
FERS_STATEMENT = "Dofinansowane przez Unię Europejską"

# The inner radius of a regular five-pointed star, as a share of its outer radius.
STAR_INNER_RATIO = math.sin(math.radians(18)) / math.sin(math.radians(126))


def statement(language: str, english: bool = False, funding_source: str = "erasmus") -> str:
    """The statement naming "European Union" in full, in the document's language (or
    English); FERS projects in Polish use that programme's wording."""
    if english:
        return STATEMENTS["en"]
    if funding_source == "fers" and language == "pl":
        return FERS_STATEMENT
    return STATEMENTS.get(language, STATEMENTS["en"])


def load_artwork(path: Path | None, pixels: int = 2400) -> bytes | None:
    """The official FERS artwork the school added, as PNG bytes (None: none or unreadable).

    The caller gives a path it has checked (inside the media folder)."""
    if path is None:
        return None
    from PIL import Image

    try:
        with Image.open(path) as image:
            image.thumbnail((pixels, pixels))
            out = io.BytesIO()
            image.convert("RGBA").save(out, "PNG")
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        log.warning("FERS artwork %s cannot be read: %s", path, error)
        return None


def star_layout(x: float, y: float, height: float) -> list[tuple[float, float, float]]:
    """Centre and outer radius of the twelve stars of an emblem whose lower left is (x, y)."""
    cx, cy = x + height * 0.75, y + height / 2
    ring, radius = height / 3, height / 18
    stars = []
    for hour in range(12):
        angle = math.radians(90 - hour * 30)
        stars.append((cx + ring * math.cos(angle), cy + ring * math.sin(angle), radius))
    return stars


def star_points(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    """The ten corners of an upright five-pointed star (first point straight up)."""
    inner = radius * STAR_INNER_RATIO
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else inner
        angle = math.radians(90 + i * 36)
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def draw_eu_emblem(canvas: Canvas, x: float, y: float, height: float) -> float:
    """Draw the emblem with its lower left corner at (x, y); return its width."""
    width = height * 1.5
    canvas.saveState()
    canvas.setFillColor(EU_BLUE)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    canvas.setFillColor(EU_YELLOW)
    for cx, cy, radius in star_layout(x, y, height):
        points = star_points(cx, cy, radius)
        path = canvas.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return width


def _artwork_size(artwork: bytes, height: float) -> tuple[float, float]:
    reader = ImageReader(io.BytesIO(artwork))
    pixels_w, pixels_h = reader.getSize()
    tall = height * ARTWORK_HEIGHT
    return tall * pixels_w / max(1, pixels_h), tall


def marking_width(height: float, language: str, funding_source: str, english: bool = False,
                  artwork: bytes | None = None) -> float:
    """How wide `draw_marking` draws for an emblem `height` tall (0: not EU funding)."""
    register_fonts()
    if funding_source == "other":
        return 0.0
    if funding_source == "fers" and artwork:
        try:
            return _artwork_size(artwork, height)[0]
        except (OSError, ValueError):
            pass
    text = statement(language, english, funding_source)
    return height * 1.5 + height * 0.25 + string_width(text, REGULAR, height * 0.36)


def marking_height(height: float, funding_source: str, artwork: bytes | None = None) -> float:
    """How tall the marking is for an emblem `height` tall (the FERS set is taller)."""
    return height * ARTWORK_HEIGHT if funding_source == "fers" and artwork else height


def draw_marking(canvas: Canvas, x: float, y: float, height: float, language: str,
                 funding_source: str, english: bool = False, colour: Any = TEXT,
                 artwork: bytes | None = None) -> float:
    """The funder's marking with its emblem `height` tall, its middle at y + height / 2;
    return the width drawn.

    Erasmus+ projects get the emblem and the statement; FERS projects the official set
    of signs the school added (`artwork`), else the emblem and the statement; other
    funding claims nothing.
    """
    register_fonts()
    if funding_source == "other":
        return 0.0
    if funding_source == "fers" and artwork:
        try:
            width, tall = _artwork_size(artwork, height)
            canvas.drawImage(ImageReader(io.BytesIO(artwork)), x, y + height / 2 - tall / 2,
                             width, tall, mask="auto")
            return width
        except (OSError, ValueError) as error:
            log.warning("FERS artwork cannot be drawn: %s", error)
    width = draw_eu_emblem(canvas, x, y, height)
    size = height * 0.36
    text = statement(language, english, funding_source)
    canvas.saveState()
    canvas.setFillColor(colour)
    text_x = x + width + height * 0.25
    drawn = draw_string(canvas, text_x, y + height / 2 - size * 0.35, text, REGULAR, size)
    canvas.restoreState()
    return text_x + drawn - x


class Marking(Flowable):
    """The funder's marking as a flowable."""

    def __init__(self, height: float, language: str, funding_source: str,
                 english: bool = False, artwork: bytes | None = None):
        super().__init__()
        self.emblem_height = height
        self.language, self.funding_source, self.english = language, funding_source, english
        self.artwork = artwork

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (marking_width(self.emblem_height, self.language, self.funding_source,
                              self.english, self.artwork),
                marking_height(self.emblem_height, self.funding_source, self.artwork))

    def draw(self) -> None:
        tall = marking_height(self.emblem_height, self.funding_source, self.artwork)
        draw_marking(self.canv, 0, (tall - self.emblem_height) / 2, self.emblem_height,
                     self.language, self.funding_source, self.english, artwork=self.artwork)
