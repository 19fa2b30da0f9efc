"""The A4 frame the reports share: running head, the marking at the foot, "page X of Y",
headings that never sit alone at the foot of a page, and tables that split by row."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)

from desktop import __version__
from desktop.documents.common import (
    INK,
    MUTED,
    NAVY,
    RULE,
    Words,
    chunks,
    paragraph,
    paragraph_text,
    style,
)
from desktop.documents.emblem import draw_marking, marking_height, marking_width
from desktop.documents.fonts import BOLD, ITALIC, REGULAR, draw_string, register_fonts
from desktop.documents.page import PAGE_OF, PRINTED, fit_line, language_tag

MARGIN = 18 * mm
HEAD = 14 * mm
EMBLEM = 10.5 * mm
FOOT = 24 * mm
WIDTH = A4[0] - 2 * MARGIN
TALL_ROW = 90 * mm  # a row taller than this may split across pages (else moves whole)
KEEP_WITH_HEADING = 18 * mm  # a heading moves to the next page unless this much fits below


def styles(language: str = "") -> dict[str, Any]:
    register_fonts()
    lang = language or None
    return {
        "title": style("title", 21, BOLD, NAVY, leading=1.15, spaceAfter=4),
        "subtitle": style("subtitle", 11, colour=MUTED, spaceAfter=10),
        "h1": style("h1", 14, BOLD, NAVY, spaceBefore=12, spaceAfter=5),
        "h2": style("h2", 11, BOLD, INK, spaceBefore=8, spaceAfter=3, hyphenate=lang),
        "body": style("body", 9.5, spaceAfter=4),
        "small": style("small", 8, colour=MUTED),
        "cell": style("cell", 8.4, leading=1.18, hyphenate=lang),
        "cellb": style("cellb", 8.4, BOLD, leading=1.18, hyphenate=lang),
        "head": style("headcell", 8.4, BOLD, HexColor("#FFFFFF"), leading=1.18,
                      hyphenate=lang),
        "quote": style("quote", 10, ITALIC, INK, leftIndent=10, spaceAfter=2),
        "figure": style("figure", 18, BOLD, HexColor("#B9441F"), alignment=1, leading=1.1),
        "figlabel": style("figlabel", 8, colour=INK, alignment=1, hyphenate=lang),
    }


def heading(text: str, st: Any, keep: float = KEEP_WITH_HEADING) -> list[Flowable]:
    """A heading that starts a new page unless `keep` is left beneath it (the start of
    what follows: a few lines, or a table's header and first row), instead of being kept
    with a whole table, which can leave most of a page empty. A heading of user text,
    however long, is printed in full."""
    return [CondPageBreak(max(keep, KEEP_WITH_HEADING) + st.spaceBefore + st.leading
                          + st.spaceAfter),
            *(paragraph(paragraph_text(piece, st.fontName), st) for piece in chunks(text, 1500)
              if piece.strip())]


def table(rows: list[list[Any]], widths: list[float], header: bool = True,
          zebra: bool = True) -> Table:
    """A table whose header row repeats on every page. A row splits across pages only
    where a row is too tall to move whole (a short row split in two reads badly)."""
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitByRow=True,
              splitInRow=1 if _tallest_row(rows, widths) > TALL_ROW else 0)
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1),
                         [HexColor("#FFFFFF"), HexColor("#F4F6FA")]))
    t.setStyle(TableStyle(commands))
    return t


def _row_height(row: list[Any], widths: list[float]) -> float:
    return max((cell.wrap(width - 8, 1e6)[1] + 6 for cell, width in
                zip(row, widths, strict=False) if hasattr(cell, "wrap")), default=0.0)


def _tallest_row(rows: list[list[Any]], widths: list[float]) -> float:
    return max((_row_height(row, widths) for row in rows), default=0.0)


def table_start(rows: list[list[Any]], widths: list[float]) -> float:
    """The height of a table's first rows (its header and up to three rows), which a
    heading above it keeps below itself, so a section never starts with one row at a
    page's foot; capped, as a tall row may split."""
    return min(TALL_ROW, sum(_row_height(row, widths) for row in rows[:4]))


@dataclass
class Described:
    """What the PDF says about itself: title, author (the school), subject (the grant
    reference); the creator (Vidare and its version) and language are added here."""

    title: str
    school: str = ""
    reference: str = ""


def build_report(flowables: list[Flowable], words: Words, running_head: str,
                 funding_source: str, english_statement: bool = False,
                 printed_on: str | None = None, described: Described | None = None,
                 artwork: bytes | None = None) -> bytes:
    """Lay `flowables` out on A4 pages with the running head and the foot; return the PDF."""
    register_fonts()
    out = io.BytesIO()
    printed = words.fill(PRINTED, words.date(printed_on or dt.date.today().isoformat(), "long"))
    described = described or Described(running_head)
    tall = marking_height(EMBLEM, funding_source, artwork)
    middle = 4 * mm + tall / 2
    room = WIDTH - marking_width(EMBLEM, words.language, funding_source, english_statement,
                                 artwork) - 8 * mm
    # The same on every page: fitted once.
    head_line, head_size = fit_line(running_head, REGULAR, 8, WIDTH, 7)
    date_line, date_size = fit_line(printed, REGULAR, 7.5, max(room, 40 * mm), 7)

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = A4
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, height - HEAD + 2 * mm, width - MARGIN, height - HEAD + 2 * mm)
        canvas.setFillColor(MUTED)
        draw_string(canvas, MARGIN, height - HEAD + 4 * mm, head_line, REGULAR, head_size)
        draw_marking(canvas, MARGIN, middle - EMBLEM / 2, EMBLEM, words.language,
                     funding_source, english_statement, artwork=artwork)
        # The date goes right of the marking's reserved width, never over the statement.
        draw_string(canvas, width - MARGIN, middle + 1.2 * mm, date_line, REGULAR, date_size,
                    anchor="end")
        canvas.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=HEAD + 4 * mm, bottomMargin=FOOT,
                          title=described.title, author=described.school,
                          subject=described.reference, creator=f"Vidare {__version__}",
                          producer=f"Vidare {__version__} (ReportLab)",
                          lang=language_tag(words.language), pageCompression=1)
    frame = Frame(MARGIN, FOOT, WIDTH, A4[1] - HEAD - 4 * mm - FOOT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=decorate)])
    doc.build(flowables, canvasmaker=_numbered(words, middle))
    return out.getvalue()


def _numbered(words: Words, middle: float) -> type[Canvas]:
    """A canvas that writes "page X of Y" once it knows Y (every page is kept until then)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR  # no Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFillColor(INK)
                draw_string(self, A4[0] - MARGIN, middle - 3.4 * mm,
                            words.fill(PAGE_OF, self._pageNumber, total), BOLD, 7.5,
                            anchor="end")
                super().showPage()
            super().save()

    return NumberedCanvas
