"""Reading a built PDF back as a printer would meet it: its text, the size of every glyph,
the rectangles it fills, its metadata. Only pypdf, no rendering."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in read(pdf).pages]


def text_of(pdf: bytes) -> str:
    """The document's text, words hyphenated at a line's end joined again, line breaks
    and runs of spaces made single spaces."""
    joined = "\n".join(page_texts(pdf))
    joined = re.sub(r"(\w)-\n(\w)", r"\1\2", joined)
    return " ".join(joined.split())


@dataclass
class Glyphs:
    text: str
    size: float  # the size it is set at on the page, in points
    font: str
    x: float = 0.0  # where the run starts on the page
    y: float = 0.0


def glyph_runs(pdf: bytes, page_index: int = 0) -> list[Glyphs]:
    """Every run of text on a page with the size it prints at (font size × text matrix ×
    current transformation)."""
    page = read(pdf).pages[page_index]
    found: list[Glyphs] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:  # noqa: ANN001 - pypdf's visitor
        if not text.strip():
            return
        scale_tm = (tm[2] ** 2 + tm[3] ** 2) ** 0.5
        scale_cm = (cm[2] ** 2 + cm[3] ** 2) ** 0.5
        name = str(font_dict.get("/BaseFont", "")) if font_dict else ""
        tx, ty = tm[4], tm[5]
        found.append(Glyphs(text, font_size * scale_tm * scale_cm, name,
                            cm[0] * tx + cm[2] * ty + cm[4], cm[1] * tx + cm[3] * ty + cm[5]))

    page.extract_text(visitor_text=visit)
    return found


@dataclass
class Fill:
    colour: tuple[float, float, float]
    x: float
    y: float
    width: float
    height: float


def filled_rects(pdf: bytes, page_index: int = 0) -> list[Fill]:
    """Rectangles filled on a page (`re` then a fill), with their fill colour, in page
    coordinates (the current transformation followed)."""
    reader = read(pdf)
    page = reader.pages[page_index]
    content = ContentStream(page.get_contents(), reader)
    stack: list[tuple[list[float], tuple[float, float, float]]] = []
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    colour = (0.0, 0.0, 0.0)
    pending: list[tuple[float, float, float, float]] = []
    found: list[Fill] = []
    for operands, operator in content.operations:
        op = operator.decode() if isinstance(operator, bytes) else operator
        if op == "q":
            stack.append((list(ctm), colour))
        elif op == "Q" and stack:
            ctm, colour = stack.pop()
        elif op == "cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            ctm = [a * ctm[0] + b * ctm[2], a * ctm[1] + b * ctm[3],
                   c * ctm[0] + d * ctm[2], c * ctm[1] + d * ctm[3],
                   e * ctm[0] + f * ctm[2] + ctm[4], e * ctm[1] + f * ctm[3] + ctm[5]]
        elif op == "rg":
            colour = tuple(round(float(v), 3) for v in operands)  # type: ignore[assignment]
        elif op == "re":
            pending.append(tuple(float(v) for v in operands))  # type: ignore[arg-type]
        elif op in ("f", "F", "f*", "B", "B*", "b", "b*"):
            for x, y, w, h in pending:
                found.append(Fill(colour, ctm[0] * x + ctm[2] * y + ctm[4],
                                  ctm[1] * x + ctm[3] * y + ctm[5],
                                  abs(w * ctm[0]), abs(h * ctm[3])))
            pending = []
        elif op in ("n", "S", "s"):
            pending = []
    return found


def images(pdf: bytes, page_index: int = 0) -> list[tuple[float, float, float, float]]:
    """Each image drawn on a page as (x, y, width, height) in page coordinates."""
    reader = read(pdf)
    page = reader.pages[page_index]
    content = ContentStream(page.get_contents(), reader)
    stack: list[list[float]] = []
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    found = []
    for operands, operator in content.operations:
        op = operator.decode() if isinstance(operator, bytes) else operator
        if op == "q":
            stack.append(list(ctm))
        elif op == "Q" and stack:
            ctm = stack.pop()
        elif op == "cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            ctm = [a * ctm[0] + b * ctm[2], a * ctm[1] + b * ctm[3],
                   c * ctm[0] + d * ctm[2], c * ctm[1] + d * ctm[3],
                   e * ctm[0] + f * ctm[2] + ctm[4], e * ctm[1] + f * ctm[3] + ctm[5]]
        elif op == "Do":
            found.append((ctm[4], ctm[5], abs(ctm[0]), abs(ctm[3])))
    return found


EU_BLUE = (0.0, 0.2, 0.6)


def emblems(pdf: bytes, page_index: int = 0) -> list[Fill]:
    """The EU emblems on a page: filled rectangles in #003399 with the 3:2 proportion."""
    return [r for r in filled_rects(pdf, page_index) if r.colour == EU_BLUE
            and r.height > 0 and abs(r.width / r.height - 1.5) < 0.01]
