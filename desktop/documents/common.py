"""What every document shares: words in the document's language, safe user text, fitting."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from desktop.documents.fonts import BOLD, REGULAR, register_fonts
from desktop.domain import catalogues as cat
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import formatting
from desktop.i18n.translator import Translator

CONTEXT = "Documents"
MAX_TEXT = 20_000  # longer user text is shortened (and says so) so no build can hang
_TAG = re.compile(r"<[^>]*>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

INK = HexColor("#1A1A2E")
MUTED = HexColor("#5B6270")
RULE = HexColor("#D5D9E0")
NAVY = HexColor("#1F3A68")
PAPER = HexColor("#F6F4EE")

SHORTENED = QT_TRANSLATE_NOOP("Documents", "(shortened: %1 characters in all)")
CONTINUED = QT_TRANSLATE_NOOP("Documents", "…continued in the project report")


class Words:
    """The document's language: translated labels, catalogue words, dates, numbers, countries."""

    def __init__(self, language: str):
        self.language = language if language in cat.LANGUAGES else "en"
        self.translator = Translator(self.language)

    def tr(self, text: str, n: int = -1) -> str:
        return self.translator.tr(CONTEXT, text, n)

    def fill(self, text: str, *params: object, n: int = -1) -> str:
        return self.translator.fill(CONTEXT, text, [str(p) for p in params], n)

    def label(self, catalogue: tuple[cat.Entry, ...], code: str | None) -> str:
        entry = cat.find(catalogue, code)
        return self.translator.tr("Catalogue", entry.label) if entry else (code or "")

    def date(self, iso: str, style: str = "medium") -> str:
        return formatting.format_date(iso, self.language, style)

    def period(self, start: str, end: str) -> str:
        return formatting.format_period(start, end, self.language) if start or end else ""

    def number(self, value: float) -> str:
        return formatting.format_number(value, self.language)

    def share(self, value: float) -> str:
        return formatting.format_share(value, self.language)

    def country(self, code: str) -> str:
        return formatting.country_name(code, self.language) if code else ""


def safe(text: str | None, limit: int = MAX_TEXT) -> str:
    """User text as it was typed, less control characters, shortened past `limit`."""
    clean = _CONTROL.sub("", text or "")
    if len(clean) > limit:
        return clean[:limit].rstrip() + "…"
    return clean


def markup(text: str | None, limit: int = MAX_TEXT) -> str:
    """User text escaped for Paragraph markup, line breaks kept."""
    clean = safe(text, limit)
    escaped = clean.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")


def long_words_broken(text: str, every: int = 40) -> str:
    """Give ReportLab a chance to wrap a very long unbroken word (a pasted link, say)."""
    return re.sub(rf"(\S{{{every}}})(?=\S)", "\\1\u200b", text)


def style(name: str, size: float, font: str = REGULAR, colour=INK, leading: float = 1.22,
          **extra: Any) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * leading,
                          textColor=colour, **extra)


def bold_style(name: str, size: float, colour=INK, **extra: Any) -> ParagraphStyle:
    return style(name, size, BOLD, colour, **extra)


@dataclass
class Fitted:
    paragraphs: list[Paragraph]
    height: float
    complete: bool


def fit_blocks(blocks: list[tuple[str, ParagraphStyle]], width: float, height: float,
               min_scale: float = 0.62, overflow: str = "") -> Fitted:
    """Paragraphs (markup, style) that fit `width` × `height`: shrink type down to
    `min_scale`, then cut the text and end with `overflow` so nothing vanishes silently.
    """
    scale = 1.0
    while True:
        paragraphs = [_scaled(text, st, scale) for text, st in blocks]
        used = _height(paragraphs, width)
        if used <= height and (scale <= min_scale or _words_fit(blocks, width, scale)):
            return Fitted(paragraphs, used, True)
        if scale <= min_scale:
            break
        scale = max(min_scale, scale - 0.08)
    return _cut(blocks, width, height, scale, overflow)


def _words_fit(blocks: list[tuple[str, ParagraphStyle]], width: float, scale: float) -> bool:
    """No word is wider than the box (else ReportLab would break it mid-word)."""
    for text, st in blocks:
        plain = _TAG.sub(" ", text[:3000]).replace("\u200b", " ")
        longest = sorted(plain.split(), key=len)[-3:]
        for word in longest:
            word = word.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            if stringWidth(word, st.fontName, st.fontSize * scale) > width:
                return False
    return True


def _scaled(text: str, st: ParagraphStyle, scale: float) -> Paragraph:
    if scale == 1.0:
        return Paragraph(text, st)
    scaled = ParagraphStyle(f"{st.name}@{scale:.2f}", parent=st, fontSize=st.fontSize * scale,
                            leading=st.leading * scale, spaceBefore=st.spaceBefore * scale,
                            spaceAfter=st.spaceAfter * scale)
    return Paragraph(text, scaled)


def _height(paragraphs: list[Paragraph], width: float) -> float:
    total = 0.0
    for paragraph in paragraphs:
        total += paragraph.wrap(width, 1e9)[1] + paragraph.style.spaceBefore + \
            paragraph.style.spaceAfter
    return total


def _plain_len_cut(text: str, keep: int) -> str:
    """The first `keep` characters of markup, not cutting inside a tag or an entity."""
    cut = text[:keep]
    for opener, closer in (("<", ">"), ("&", ";")):
        at = cut.rfind(opener)
        if at != -1 and cut.find(closer, at) == -1:
            cut = cut[:at]
    # Close a bold or italic run left open by the cut.
    for tag in ("b", "i", "font"):
        opened = len(re.findall(rf"<{tag}[\s>]", cut)) - cut.count(f"</{tag}>")
        cut += f"</{tag}>" * max(0, opened)
    return cut.rstrip()


def _cut(blocks: list[tuple[str, ParagraphStyle]], width: float, height: float, scale: float,
         overflow: str) -> Fitted:
    note_style = blocks[-1][1] if blocks else style("note", 8)
    note = Paragraph(f"<i>{overflow}</i>", ParagraphStyle(
        "overflow", parent=note_style, fontSize=note_style.fontSize * scale,
        leading=note_style.leading * scale, textColor=MUTED)) if overflow else None
    room = height - (note.wrap(width, 1e9)[1] if note else 0)
    kept: list[Paragraph] = []
    used = 0.0
    for text, st in blocks:
        whole = _scaled(text, st, scale)
        h = _height([whole], width)
        if used + h <= room:
            kept.append(whole)
            used += h
            continue
        # Binary search on how much of this block still fits (bounded: ~16 wraps).
        size = st.fontSize * scale
        low, high = 0, min(len(text), int(width / (0.4 * size) * max(room - used, 0) / size) + 8)
        best: Paragraph | None = None
        while low < high:
            mid = (low + high + 1) // 2
            candidate = _scaled(_plain_len_cut(text, mid) + "…", st, scale)
            if used + _height([candidate], width) <= room:
                best, low = candidate, mid
            else:
                high = mid - 1
        if best is not None and low > 0:
            kept.append(best)
            used += _height([best], width)
        break
    if note:
        kept.append(note)
        used += note.wrap(width, 1e9)[1]
    return Fitted(kept, used, False)
