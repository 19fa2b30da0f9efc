"""The bundled fonts, registered with ReportLab once and embedded in every document.

Lato sets all text; the characters it lacks (symbols, emoji) come from two Noto fallbacks,
chosen per character by `runs`, so nothing a person typed is dropped or drawn as a box.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from functools import lru_cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource

REGULAR = "Vidare"
BOLD = "Vidare-Bold"
ITALIC = "Vidare-Italic"
BLACK = "Vidare-Black"
SYMBOLS = "Vidare-Symbols"
EMOJI = "Vidare-Emoji"

_FILES = {
    REGULAR: "Lato-Regular.ttf",
    BOLD: "Lato-Bold.ttf",
    ITALIC: "Lato-Italic.ttf",
    BLACK: "Lato-Black.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}
FALLBACKS = (SYMBOLS, EMOJI)
_TAGS = threading.Lock()


class _Font(TTFont):
    """A TrueType font whose subsets get tags of their own ("QXKZRT+Lato-Regular") and
    whose text maps back to Unicode beyond the first plane (emoji).

    ReportLab tags subset n of every font with the same letters (AAAAAA+ for the first),
    which PDF readers and prepress checks take for one font; the tag here is derived from
    the face's name and the subset's number, so it is unique and the same on every build.
    Its ToUnicode map writes code points as four hex digits, so 😀 (U+1F600) would copy
    out as U+1F60; here each is written in UTF-16, as the PDF specification asks.
    """

    def addObjects(self, doc) -> None:  # noqa: N802 - ReportLab's name
        name = self.face.name

        def tag(n: int, _table: bytes = b"") -> bytes:
            digest = hashlib.sha256(name + b":" + str(n).encode()).digest()
            return bytes(65 + b % 26 for b in digest[:6])

        with _TAGS:  # ReportLab looks the helper up as a module global while it writes
            original = ttfonts.SUBSETN, ttfonts.makeToUnicodeCMap
            ttfonts.SUBSETN, ttfonts.makeToUnicodeCMap = tag, _to_unicode_cmap
            try:
                super().addObjects(doc)
            finally:
                ttfonts.SUBSETN, ttfonts.makeToUnicodeCMap = original


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one subset: byte code → the character in UTF-16BE."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    entries = [f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)]
    blocks = []
    for start in range(0, len(entries), 100):  # at most 100 entries to a block
        chunk = entries[start:start + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]  # not a label
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{max(0, len(subset) - 1):02X}>",
        "endcodespacerange", *blocks, "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the fonts (idempotent) and return the regular face's name.

    The PDF base fonts (Helvetica…) lack ł, ś, ź, ż, so no text is ever set in them.
    Streams are written binary, not ASCII85: a poster's photos then take a fifth less
    room and no time to encode (ReportLab does that in pure Python).
    """
    rl_config.useA85 = 0
    for name, file in _FILES.items():
        pdfmetrics.registerFont(_Font(name, str(resource("fonts", file))))
    # <b> and <i> in Paragraph markup pick the bundled faces; bold italic falls back to bold.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    for fallback in FALLBACKS:
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(fallback, bold, italic, fallback)
    return REGULAR


@lru_cache(maxsize=16)
def coverage(font: str) -> frozenset[int]:
    """The code points `font` has a glyph for."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


@lru_cache(maxsize=16)
def _missing(font: str) -> re.Pattern[str]:
    """A pattern matching any character `font` lacks (to skip the per-character walk)."""
    ranges: list[tuple[int, int]] = []
    for code in sorted(coverage(font)):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    body = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" if b > a else re.escape(chr(a))
                   for a, b in ranges)
    return re.compile(f"[^{body}]")


def _invisible(char: str) -> bool:
    """Format characters with no glyph of their own (bidi controls, variation selectors…)."""
    return unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F \
        or 0xE0100 <= ord(char) <= 0xE01EF


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` as (piece, font) runs: `font` where it has the glyphs, else a fallback.

    An invisible format character that no font draws (a bidi override, a variation
    selector) stays in the run before it only where that font has it, and is otherwise
    left out of the drawing: it has no visible form to lose.
    """
    register_fonts()
    if not _missing(font).search(text):
        return [(text, font)] if text else []
    found: list[tuple[str, str]] = []
    piece, current = [], font
    for char in text:
        code = ord(char)
        if code in coverage(font):
            chosen = font
        elif _invisible(char):
            if code in coverage(current):
                piece.append(char)
            continue
        else:
            chosen = next((f for f in FALLBACKS if code in coverage(f)), font)
        if chosen != current and piece:
            found.append(("".join(piece), current))
            piece = []
        current = chosen
        piece.append(char)
    if piece:
        found.append(("".join(piece), current))
    return found


def string_width(text: str, font: str, size: float) -> float:
    """The width of `text` as `draw_string` sets it (fallback glyphs included)."""
    return sum(pdfmetrics.stringWidth(piece, face, size) for piece, face in runs(text, font))


def draw_string(canvas, x: float, y: float, text: str, font: str, size: float,
                anchor: str = "start") -> float:
    """Draw one line at (x, y), left-aligned ("start"), centred or right-aligned ("end");
    characters `font` lacks come from the fallbacks. Returns the width drawn."""
    pieces = runs(text, font)
    width = sum(pdfmetrics.stringWidth(p, f, size) for p, f in pieces)
    if anchor == "middle":
        x -= width / 2
    elif anchor == "end":
        x -= width
    for piece, face in pieces:
        canvas.setFont(face, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, face, size)
    canvas.setFont(font, size)
    return width
