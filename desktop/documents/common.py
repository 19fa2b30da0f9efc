"""What every document shares: words in the document's language, user text made safe
for ReportLab, and fitting text into a box."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.documents.fonts import BOLD, REGULAR, register_fonts, runs
from desktop.domain import catalogues as cat
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.i18n import counts, formatting
from desktop.i18n.translator import Translator

CONTEXT = "Documents"
LONG_RUN = 24  # characters of a run with no space that only long-word splitting can break
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85]")
# A link, a path or a code (a long run holding a digit or punctuation), or any run too long
# to be a word of any language.
_UNBROKEN = re.compile(rf"(?=\S*[0-9/\\.:_=?&@#%+~|])\S{{{LONG_RUN + 1},}}|\S{{46,}}")
_TAGS = re.compile(r"<[^>]*>")

INK = HexColor("#1A1A2E")
MUTED = HexColor("#555C69")
RULE = HexColor("#D5D9E0")
NAVY = HexColor("#1F3A68")
PAPER = HexColor("#F6F4EE")
ACCENT = HexColor("#B9441F")  # 5.3:1 on white: titles and figures in the accent colour

CONTINUED = QT_TRANSLATE_NOOP("Documents", "…continued in the project report")
# Hyphenation dictionaries (pyphen's names) for the document's language.
HYPHENATION = {"sv": "sv", "nb": "nb_NO", "pl": "pl_PL", "en": "en_GB"}


class Words:
    """The document's language: translated labels, catalogue words, dates, numbers,
    countries, and counted phrases."""

    def __init__(self, language: str):
        self.language = language if language in cat.LANGUAGES else "en"
        self.translator = Translator(self.language)

    def tr(self, text: str, n: int = -1) -> str:
        return self.translator.tr(CONTEXT, text, n)

    def fill(self, text: str, *params: object, n: int = -1) -> str:
        return self.translator.fill(CONTEXT, text, [str(p) for p in params], n)

    def count(self, source: str, n: int, *params: object, context: str = CONTEXT) -> str:
        """A message with %n for `n` ("25 uczestników", the number held to its noun),
        then `params` put into %1, %2…"""
        return fill(counts.printed(self.language, source, n, context),
                    [str(p) for p in params])

    def count_parts(self, source: str, n: int,
                    context: str = CONTEXT) -> tuple[str, str, str]:
        """(words before, number, words after) of a %n message, for a large figure."""
        return counts.printed_parts(self.language, source, n, context)

    def label(self, catalogue: tuple[cat.Entry, ...], code: str | None) -> str:
        entry = cat.find(catalogue, code)
        return self.translator.tr("Catalogue", entry.label) if entry else (code or "")

    def in_sentence(self, catalogue: tuple[cat.Entry, ...], code: str | None) -> str:
        """A catalogue word inside running text: "local press", "lärare vid andra skolor";
        a name in title case keeps its capitals ("Project Results Platform", "eTwinning")."""
        return formatting.in_sentence(self.label(catalogue, code))

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

    @property
    def hyphenation(self) -> str:
        return HYPHENATION.get(self.language, "")


def safe(text: str | None, limit: int | None = None) -> str:
    """User text as it was typed, less control characters, with one kind of line break;
    shortened past `limit` (for one-line places) with "…"."""
    clean = _CONTROL.sub("", _LINE_BREAKS.sub("\n", text or "")).replace("\t", " ")
    if limit is not None and len(clean) > limit:
        return clean[:limit].rstrip() + "…"
    return clean


def shortened(text: str | None, limit: int, lines: int) -> str:
    """At most `limit` characters and `lines` lines of `text`, ending with "…" when cut:
    for places (a poster's box) that cannot hold more, whatever the text's length."""
    clean = safe(text)
    kept = clean.split("\n", lines)
    cut = len(kept) > lines
    clean = "\n".join(kept[:lines])
    if len(clean) > limit:
        # Back to the last space, unless the text has none for a long stretch.
        space = max(clean.rfind(" ", 0, limit + 1), clean.rfind("\n", 0, limit + 1))
        clean, cut = clean[:space if space > 0 and limit - space <= 46 else limit], True
    return clean.rstrip(" \n,;:.-–—…") + "…" if cut else clean


NBSP = "\u00a0"
# Spaces that must not break a line: a number and what follows it ("66 %", "30 lärare",
# "31 sierpnia"), a month and its year ("sierpnia 2027", "aug. 2027"), and the space
# before a dash ("2025 – 31"), so a line never starts with the dash.
_BOUND = (re.compile(r"(?<=\d) (?=[%‰°\w€$£])"), re.compile(r"(?<=\w) (?=\d{4}\b)"),
          re.compile(r"(?<=\w\.) (?=\d{4}\b)"), re.compile(r" (?=[–—] )"))
# Polish typesetting keeps a one-letter word (a, i, o, u, w, z) off a line's end.
_ONE_LETTER = re.compile(r"(?<!\w)([aiouwzAIOUWZ]) (?=\S)")


def bind(text: str, language: str = "") -> str:
    """`text` with no-break spaces where a line must not break (see _BOUND); in Polish,
    a one-letter word is also bound to the word after it."""
    for pattern in _BOUND:
        text = pattern.sub(NBSP, text)
    if language == "pl":
        text = _ONE_LETTER.sub(r"\1" + NBSP, text)
    # A bound run longer than a word could be ("1 2 3 4 …") is left free to break.
    return " ".join(piece.replace(NBSP, " ") if len(piece) > LONG_RUN and NBSP in piece
                    else piece for piece in text.split(" "))


def paragraph_text(text: str | None, font: str = REGULAR, limit: int | None = None,
                   language: str = "") -> str:
    """User text as ReportLab Paragraph markup: the one way user text reaches a paragraph.

    In this order: the text is escaped (so `<`, `&` print as typed), its line breaks
    become `<br/>`, and characters `font` lacks (emoji, symbols) are wrapped in the
    bundled fallback fonts. Break points are left to the layout (`paragraph`): the
    language's hyphenation, or a long word split where it must be; no break point is ever
    inserted into the markup, only no-break spaces (`bind`; Polish rules with
    `language` "pl").
    """
    lines = bind(safe(text, limit), language).split("\n")
    out = []
    for line in lines:
        pieces = []
        for piece, face in runs(line, font):
            marked = _escape(piece)
            pieces.append(marked if face == font else f'<font name="{face}">{marked}</font>')
        out.append("".join(pieces))
    return "<br/>".join(out)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraph(markup: str, st: ParagraphStyle, parsed: bool = False) -> Paragraph:
    """A Paragraph of `markup` in `st`. A hyphenating style gives way to plain long-word
    splitting for text with a run too long for any line (a pasted link): ReportLab does
    not split the rest of a hyphenated word again, and it would run past the box.
    `parsed`: reuse the markup's parse from an earlier paragraph in the same type."""
    if getattr(st, "hyphenationLang", "") and _UNBROKEN.search(_TAGS.sub(" ", markup)):
        st = _unhyphenated(st)
    if not parsed:
        return Paragraph(markup, st)
    key = (markup, st.fontName, st.fontSize, str(st.textColor))
    frags = _PARSED.get(key)
    if frags is None:
        made = Paragraph(markup, st)
        if len(_PARSED) > 4000:
            _PARSED.clear()
        # A copy: laying out `made` may rewrite its pieces (a split at a word's own
        # hyphen dropped the hyphen from every later copy: "AuschwitzBirkenau").
        _PARSED[key] = [frag.clone() for frag in made.frags]
        return made
    return Paragraph(markup, st, frags=[frag.clone() for frag in frags])


_PARSED: dict[tuple[str, str, float, str], list[Any]] = {}


def _unhyphenated(st: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{st.name}-split", parent=st, hyphenationLang="",
                          embeddedHyphenation=0, uriWasteReduce=0)


def chunks(text: str | None, size: int = 2500) -> list[str]:
    """User text as pieces of about `size` characters (line breaks kept inside them), cut
    at a line break, else at a space, so a very long text becomes many paragraphs that
    flow from page to page, and a short one stays one paragraph."""
    found: list[str] = []
    rest = safe(text)
    while len(rest) > size:
        cut = rest.rfind("\n", size // 2, size)
        if cut > 0:
            found.append(rest[:cut])
            rest = rest[cut + 1:]
            continue
        cut = rest.rfind(" ", size // 2, size)
        cut = cut if cut > 0 else size
        found.append(rest[:cut])
        rest = rest[cut:].lstrip(" ")
    found.append(rest)
    return found


def prepare(language: str) -> None:
    """Load what a document in `language` needs before the first one is asked for (the
    fonts, the hyphenation dictionary: about half a second for Swedish or Norwegian).
    For a worker thread at start-up; a document builds without it, only slower once."""
    register_fonts()
    _hyphenator(language)


@lru_cache(maxsize=8)
def _hyphenator(language: str) -> Any:
    """pyphen's word → break points for `language` (None when pyphen is not there)."""
    try:
        import pyphen
    except ImportError:
        return None
    if language not in HYPHENATION:
        return None
    iterate = pyphen.Pyphen(lang=HYPHENATION[language]).iterate

    def hyphenate(word: str) -> Any:
        # A word with a capital is a name ("Östersund", "Kamińska", "Platform"): whole.
        # One with a hyphen of its own ("Auschwitz-Birkenau", "Erasmus-planen") may
        # break after its first part, there or further on: with its hyphen as the only
        # break ReportLab prints the halves without it ("AuschwitzBirkenau").
        if word[:1].isupper():
            return ((head, tail) for head, tail in iterate(word) if "-" in head)
        return iterate(word)

    return hyphenate


def style(name: str, size: float, font: str = REGULAR, colour: Any = INK,
          leading: float = 1.22, hyphenate: str | None = None, **extra: Any) -> ParagraphStyle:
    """A paragraph style; `hyphenate` (a document language) breaks long words with that
    language's rules instead of shrinking the type or cutting a word anywhere."""
    register_fonts()
    hyphenator = _hyphenator(hyphenate) if hyphenate else None
    if hyphenator:
        extra.setdefault("hyphenationLang", hyphenator)
        extra.setdefault("embeddedHyphenation", 1)
        extra.setdefault("uriWasteReduce", 0.3)
        extra.setdefault("hyphenationMinWordLength", 7)  # short words are not broken
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * leading,
                          textColor=colour, **extra)


def bold_style(name: str, size: float, colour: Any = INK, **extra: Any) -> ParagraphStyle:
    return style(name, size, BOLD, colour, **extra)


@dataclass
class Fitted:
    paragraphs: list[Paragraph]
    height: float
    complete: bool
    scale: float = 1.0


Blocks = list[tuple[str, ParagraphStyle]]


def fit_blocks(blocks: Blocks, width: float, height: float, min_scale: float = 0.62,
               overflow: str = "", max_scale: float = 1.0) -> Fitted:
    """Paragraphs (markup, style) that fit `width` × `height`: type from `max_scale` down
    to `min_scale`, then the text cut, ending with `overflow`, so nothing vanishes silently.
    """
    scale = max_scale
    while True:
        paragraphs = [scaled(text, st, scale) for text, st in blocks]
        used = _height(paragraphs, width)
        if used <= height:
            return Fitted(paragraphs, used, True, scale)
        if scale <= min_scale:
            break
        scale = max(min_scale, scale - 0.06)
    return _cut(blocks, width, height, scale, overflow)


def fits(blocks: Blocks, width: float, height: float, scale: float) -> bool:
    return _height([scaled(text, st, scale) for text, st in blocks], width) <= height


def scaled(text: str, st: ParagraphStyle, scale: float) -> Paragraph:
    """A paragraph of `text` in `st` with its type `scale` times as large. The markup is
    parsed once and its pieces resized for each scale tried (fitting tries several)."""
    made = paragraph(text, st, parsed=True)
    if scale == 1.0:
        return made
    resized = _scaled_style(made.style, round(scale, 3))
    frags = [frag.clone(fontSize=frag.fontSize * scale) for frag in made.frags]
    return Paragraph(text, resized, frags=frags)


def _scaled_style(st: ParagraphStyle, scale: float) -> ParagraphStyle:
    return ParagraphStyle(f"{st.name}@{scale:.3f}", parent=st, fontSize=st.fontSize * scale,
                          leading=st.leading * scale, spaceBefore=st.spaceBefore * scale,
                          spaceAfter=st.spaceAfter * scale, leftIndent=st.leftIndent * scale,
                          firstLineIndent=st.firstLineIndent * scale)


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
    if cut.endswith("<br/>"):
        cut = cut[:-5]
    # Close a bold, italic or font run left open by the cut.
    for tag in ("font", "i", "b"):
        opened = len(re.findall(rf"<{tag}[\s>]", cut)) - cut.count(f"</{tag}>")
        cut += f"</{tag}>" * max(0, opened)
    return cut.rstrip()


def _word_ends(markup: str) -> list[int]:
    """Where a cut of `markup` may end: before each space or line break outside a tag
    (a no-break space binds, so it is not one), and at the very end."""
    ends: list[int] = []
    inside = False
    for at, char in enumerate(markup):
        if char == "<":
            inside = True
            if markup.startswith("<br/>", at) and at:
                ends.append(at)
        elif char == ">":
            inside = False
        elif char == " " and not inside and at:
            ends.append(at)
    ends.append(len(markup))
    return sorted(set(ends))


_TRAILING = re.compile(r"[\s,;:.\-–—…]+((?:</[a-z]+>)*)$")


def _ellipsis(markup: str) -> str:
    """`markup` cut short, ending with one "…" (no ",…" or "….")."""
    return _TRAILING.sub(r"\1", markup) + "…"


def _cut(blocks: Blocks, width: float, height: float, scale: float, overflow: str) -> Fitted:
    note_style = blocks[-1][1] if blocks else style("note", 8)
    note = Paragraph(f"<i>{paragraph_text(overflow)}</i>", ParagraphStyle(
        "overflow", parent=note_style, fontSize=note_style.fontSize * scale,
        leading=note_style.leading * scale, textColor=MUTED, leftIndent=0,
        firstLineIndent=0, hyphenationLang="")) if overflow else None
    room = height - (note.wrap(width, 1e9)[1] if note else 0)
    kept: list[Paragraph] = []
    kept_styles: list[ParagraphStyle] = []
    used = 0.0
    for text, st in blocks:
        whole = scaled(text, st, scale)
        h = _height([whole], width)
        if used + h <= room:
            kept.append(whole)
            kept_styles.append(st)
            used += h
            continue
        # Binary search on how much of this block still fits (bounded: ~16 wraps), cut
        # only between words so no word is left half written.
        size = st.fontSize * scale
        most = min(len(text), int(width / (0.4 * size) * max(room - used, 0) / size) + 8)
        ends = [end for end in _word_ends(text) if end <= most]
        low, high = 0, len(ends)
        best: Paragraph | None = None
        while low < high:
            mid = (low + high + 1) // 2
            candidate = scaled(_ellipsis(_plain_len_cut(text, ends[mid - 1])), st, scale)
            if used + _height([candidate], width) <= room:
                best, low = candidate, mid
            else:
                high = mid - 1
        if best is not None and low > 0:
            kept.append(best)
            used += _height([best], width)
        elif kept and _keeps_with_next(kept_styles[-1]):
            # A heading is never left with nothing of its text after it.
            used -= _height([kept.pop()], width)
            kept_styles.pop()
        break
    if note:
        kept.append(note)
        used += note.wrap(width, 1e9)[1]
    return Fitted(kept, used, False, scale)


def contrast(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two #RRGGBB colours (1 to 21)."""
    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
                  for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _keeps_with_next(st: ParagraphStyle) -> bool:
    """A heading's style (keepWithNext): it is never left with none of its text after it."""
    return bool(vars(st).get("keepWithNext"))
