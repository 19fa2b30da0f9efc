"""The EU emblem drawn from its specification, the funding statement, and the FERS marking.

The emblem: a 3:2 blue (#003399) rectangle with twelve yellow (#FFCC00) five-pointed
stars on a circle of radius 1/3 of the height, each star inside a circle of radius 1/18
of the height, one point of each star straight up, the first star at twelve o'clock.
"""

from __future__ import annotations

import math

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from desktop.documents.fonts import BOLD, REGULAR, register_fonts

EU_BLUE = HexColor("#003399")
EU_YELLOW = HexColor("#FFCC00")
POLISH_RED = HexColor("#DC143C")
FE_NAVY = HexColor("#0B3B7A")
TEXT = HexColor("#1A1A2E")

STATEMENTS = {
    "en": "Co-funded by the European Union",
    "sv": "Medfinansieras av Europeiska unionen",
    "nb": "Delfinansiert av Den europeiske union",
    "pl": "Współfinansowane przez Unię Europejską",
}
FERS_STATEMENT = "Dofinansowane przez Unię Europejską"
FERS_PROGRAMME = ("Fundusze Europejskie", "dla Rozwoju Społecznego")
REPUBLIC = ("Rzeczpospolita", "Polska")

# The inner radius of a regular five-pointed star, as a share of its outer radius.
STAR_INNER_RATIO = math.sin(math.radians(18)) / math.sin(math.radians(126))


def statement(language: str, english: bool = False) -> str:
    """The statement "European Union" in full, in the document's language (or English)."""
    return STATEMENTS["en"] if english else STATEMENTS.get(language, STATEMENTS["en"])


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


def marking_width(height: float, language: str, funding_source: str,
                  english: bool = False) -> float:
    """How wide `draw_marking` draws at this height (0 when the funding is not the EU's)."""
    register_fonts()
    if funding_source == "fers":
        size = height * 0.3
        fe = height * 0.9 + height * 0.2 + max(stringWidth(t, BOLD, size) for t in FERS_PROGRAMME)
        rp = height * 0.8 + height * 0.2 + max(stringWidth(t, REGULAR, size) for t in REPUBLIC)
        eu = height * 1.5 + height * 0.2 + _two_line_width(FERS_STATEMENT, size)
        return fe + rp + eu + 2 * height * 0.6
    if funding_source == "other":
        return 0.0
    return height * 1.5 + height * 0.25 + stringWidth(statement(language, english), REGULAR,
                                                     height * 0.36)


def draw_marking(canvas: Canvas, x: float, y: float, height: float, language: str,
                 funding_source: str, english: bool = False, colour=TEXT) -> float:
    """The funder's marking at (x, y) (lower left), `height` tall; return the width drawn.

    Erasmus+ projects get the emblem and the statement; Polish FERS projects get the
    programme's row of three signs; other funding claims nothing.
    """
    register_fonts()
    if funding_source == "fers":
        return _draw_fers(canvas, x, y, height, colour)
    if funding_source == "other":
        return 0.0
    width = draw_eu_emblem(canvas, x, y, height)
    size = height * 0.36
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setFont(REGULAR, size)
    text_x = x + width + height * 0.25
    canvas.drawString(text_x, y + height / 2 - size * 0.35, statement(language, english))
    canvas.restoreState()
    return text_x + stringWidth(statement(language, english), REGULAR, size) - x


def _two_line_width(text: str, size: float) -> float:
    first, second = _split_two(text)
    return max(stringWidth(first, REGULAR, size), stringWidth(second, REGULAR, size))


def _split_two(text: str) -> tuple[str, str]:
    words = text.split()
    half = (len(words) + 1) // 2
    return " ".join(words[:half]), " ".join(words[half:])


def _draw_fers(canvas: Canvas, x: float, y: float, height: float, colour) -> float:
    """Funds for European Social Policy sign, the Polish flag sign, the EU sign, in a row."""
    size = height * 0.3
    gap = height * 0.6
    canvas.saveState()
    # 1. The programme's sign: a simple mark of three bands in the programme's colours.
    mark = height * 0.9
    bottom = y + (height - mark) / 2
    canvas.setFillColor(FE_NAVY)
    canvas.roundRect(x, bottom, mark, mark, mark * 0.12, stroke=0, fill=1)
    canvas.setFillColor(EU_YELLOW)
    canvas.rect(x + mark * 0.2, bottom + mark * 0.58, mark * 0.6, mark * 0.14, stroke=0, fill=1)
    canvas.setFillColor(POLISH_RED)
    canvas.rect(x + mark * 0.2, bottom + mark * 0.28, mark * 0.6, mark * 0.14, stroke=0, fill=1)
    cursor = x + mark + height * 0.2
    canvas.setFillColor(FE_NAVY)
    canvas.setFont(BOLD, size)
    canvas.drawString(cursor, y + height * 0.55, FERS_PROGRAMME[0])
    canvas.drawString(cursor, y + height * 0.15, FERS_PROGRAMME[1])
    cursor += max(stringWidth(t, BOLD, size) for t in FERS_PROGRAMME) + gap
    # 2. The Republic of Poland's sign: the white-and-red flag and its name.
    flag_w, flag_h = height * 0.8, height * 0.5
    flag_y = y + (height - flag_h) / 2
    canvas.setFillColor(POLISH_RED)
    canvas.rect(cursor, flag_y, flag_w, flag_h / 2, stroke=0, fill=1)
    canvas.setStrokeColor(HexColor("#9A9A9A"))
    canvas.setLineWidth(max(0.3, height * 0.01))
    canvas.setFillColor(HexColor("#FFFFFF"))
    canvas.rect(cursor, flag_y + flag_h / 2, flag_w, flag_h / 2, stroke=0, fill=1)
    canvas.rect(cursor, flag_y, flag_w, flag_h, stroke=1, fill=0)
    cursor += flag_w + height * 0.2
    canvas.setFillColor(colour)
    canvas.setFont(REGULAR, size)
    canvas.drawString(cursor, y + height * 0.55, REPUBLIC[0])
    canvas.drawString(cursor, y + height * 0.15, REPUBLIC[1])
    cursor += max(stringWidth(t, REGULAR, size) for t in REPUBLIC) + gap
    canvas.restoreState()
    # 3. The EU's sign with the programme's statement.
    cursor += draw_eu_emblem(canvas, cursor, y, height) + height * 0.2
    first, second = _split_two(FERS_STATEMENT)
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.setFont(REGULAR, size)
    canvas.drawString(cursor, y + height * 0.55, first)
    canvas.drawString(cursor, y + height * 0.15, second)
    canvas.restoreState()
    return cursor + _two_line_width(FERS_STATEMENT, size) - x


class Marking(Flowable):
    """The funder's marking as a flowable, for the reports."""

    def __init__(self, height: float, language: str, funding_source: str,
                 english: bool = False):
        super().__init__()
        self.marking_height = height
        self.language, self.funding_source, self.english = language, funding_source, english

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (marking_width(self.marking_height, self.language, self.funding_source,
                              self.english), self.marking_height)

    def draw(self) -> None:
        draw_marking(self.canv, 0, 0, self.marking_height, self.language, self.funding_source,
                     self.english)
