"""The bundled Lato family, registered with ReportLab once and embedded in every document."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource

REGULAR = "Vidare"
BOLD = "Vidare-Bold"
ITALIC = "Vidare-Italic"
BLACK = "Vidare-Black"

_FILES = {
    REGULAR: "Lato-Regular.ttf",
    BOLD: "Lato-Bold.ttf",
    ITALIC: "Lato-Italic.ttf",
    BLACK: "Lato-Black.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the fonts (idempotent) and return the regular face's name.

    The PDF base fonts (Helvetica…) lack ł, ś, ź, ż, so no text is ever set in them.
    """
    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    # <b> and <i> in Paragraph markup pick the bundled faces; bold italic falls back to bold.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
