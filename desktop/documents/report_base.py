"""The A4 frame the reports share: running head, the marking at the foot, "page X of Y"."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from desktop.documents.common import INK, MUTED, NAVY, RULE, Words, bold_style, style
from desktop.documents.emblem import draw_marking
from desktop.documents.fonts import BOLD, REGULAR, register_fonts
from desktop.documents.page import PAGE_OF, PRINTED, fit_line

MARGIN = 18 * mm
HEAD = 14 * mm
FOOT = 20 * mm
WIDTH = A4[0] - 2 * MARGIN


def styles() -> dict[str, Any]:
    register_fonts()
    return {
        "title": bold_style("title", 21, colour=NAVY, leading=1.15, spaceAfter=4),
        "subtitle": style("subtitle", 11, colour=MUTED, spaceAfter=10),
        "h1": bold_style("h1", 14, colour=NAVY, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        "h2": bold_style("h2", 11, colour=INK, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "body": style("body", 9.5, spaceAfter=4),
        "small": style("small", 8, colour=MUTED),
        "cell": style("cell", 8.3, leading=1.18),
        "cellb": bold_style("cellb", 8.3, leading=1.18),
        "head": bold_style("headcell", 8.3, colour=HexColor("#FFFFFF"), leading=1.18),
        "quote": style("quote", 10, "Vidare-Italic", INK, leftIndent=10, spaceAfter=2),
        "figure": bold_style("figure", 18, colour=HexColor("#D9532B"), alignment=1, leading=1.1),
        "figlabel": style("figlabel", 7.6, colour=INK, alignment=1),
    }


def table(rows: list[list[Any]], widths: list[float], header: bool = True,
          zebra: bool = True) -> Table:
    """A table whose header row repeats on every page."""
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitByRow=True)
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


def build_report(flowables: list[Flowable], words: Words, running_head: str,
                 funding_source: str, english_statement: bool = False,
                 printed_on: str | None = None, title: str = "") -> bytes:
    """Lay `flowables` out on A4 pages with the running head and the foot; return the PDF."""
    register_fonts()
    out = io.BytesIO()
    printed = words.fill(PRINTED, words.date(printed_on or dt.date.today().isoformat(), "long"))

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        width, height = A4
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, height - HEAD + 2 * mm, width - MARGIN, height - HEAD + 2 * mm)
        line, size = fit_line(running_head, REGULAR, 8, WIDTH, 6)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, size)
        canvas.drawString(MARGIN, height - HEAD + 4 * mm, line)
        draw_marking(canvas, MARGIN, 6 * mm, 9 * mm, words.language, funding_source,
                     english_statement)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawRightString(width - MARGIN, 11 * mm, printed)
        canvas.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=HEAD + 4 * mm, bottomMargin=FOOT, title=title or running_head,
                          creator="Vidare", pageCompression=1)
    frame = Frame(MARGIN, FOOT, WIDTH, A4[1] - HEAD - 4 * mm - FOOT, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=decorate)])
    doc.build(flowables, canvasmaker=_numbered(words))
    return out.getvalue()


def _numbered(words: Words) -> type[Canvas]:
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
                self.setFont(BOLD, 7.5)
                self.setFillColor(INK)
                self.drawRightString(A4[0] - MARGIN, 6.5 * mm,
                                     words.fill(PAGE_OF, self._pageNumber, total))
                super().showPage()
            super().save()

    return NumberedCanvas
