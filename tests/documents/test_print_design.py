"""Looked at as a print designer would, measured from the PDFs themselves: type sizes, the
emblem, the logo, the statement, colours, metadata, pages that hold something."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop import __version__
from desktop.documents.charts import DONE, PLANNED
from desktop.documents.common import ACCENT, INK, MUTED, NAVY, PAPER, contrast
from desktop.documents.emblem import STATEMENTS
from desktop.documents.fonts import REGULAR, register_fonts
from desktop.documents.jobs import Request, build
from desktop.documents.page import BAND_TEXT
from desktop.documents.plan_grid import RUBRIC_HEADS
from desktop.store import Store
from tests.documents.pdfread import emblems, glyph_runs, images, page_texts, read

LANGUAGES = ("en", "sv", "nb", "pl")
SIZES = ("A4", "A3", "A2", "A1")
COUNTRIES = ("SE", "NO", "PL")


def _pdf(store: Store, kind: str, language: str, size: str = "A4", project: int = 0,
         **extra) -> bytes:
    project_id = store.projects.all()[project].id if kind in ("plan", "stories",
                                                              "report") else None
    return build(None if kind == "blank" else store,
                 Request(kind, language, project_id, size, **extra)).pdf


def _hex(colour) -> str:  # noqa: ANN001 - a ReportLab colour
    return "#" + colour.hexval()[2:]


def test_white_on_every_rubric_head_reaches_4_5_to_1():
    for heading, _, colour in RUBRIC_HEADS:
        assert contrast("#FFFFFF", colour) >= 4.5, (heading, colour)


def test_other_coloured_text_reaches_4_5_to_1():
    assert contrast(_hex(BAND_TEXT), _hex(NAVY)) >= 4.5
    assert contrast("#FFFFFF", _hex(NAVY)) >= 4.5
    for text in (ACCENT, INK, MUTED, NAVY):
        assert contrast(_hex(text), _hex(PAPER)) >= 4.5, text
        assert contrast(_hex(text), "#FFFFFF") >= 4.5, text
    # The summary's "done" and "still planned" labels are set in their bars' colours.
    for text in (DONE, PLANNED):
        assert contrast(_hex(text), "#FFFFFF") >= 4.5, text


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_the_a4_plan_poster_95_percent_of_the_glyphs_are_7_pt_or_larger(demos, language):
    for country in COUNTRIES:
        for project in (0, 1):
            pdf = _pdf(demos[country], "plan", language, "A4", project)
            for page in range(len(read(pdf).pages)):
                runs = glyph_runs(pdf, page)
                sizes = [r.size for r in runs for _ in r.text if not _.isspace()]
                large = sum(1 for size in sizes if size >= 6.95)
                assert large >= 0.95 * len(sizes), (country, project, page)


@pytest.mark.parametrize("kind", ["plan", "blank", "stories"])
@pytest.mark.parametrize("size", SIZES)
def test_no_text_on_a_poster_is_under_7_pt(demos, kind, size):
    for language in ("pl", "nb"):
        for project in (0, 1):
            pdf = _pdf(demos["NO"], kind, language, size, project)
            for page in range(len(read(pdf).pages)):
                smallest = min(r.size for r in glyph_runs(pdf, page))
                assert smallest >= 6.95, (language, project, page, smallest)


@pytest.mark.parametrize("kind", ["plan", "blank", "stories", "summary", "report"])
def test_the_emblem_is_at_least_10_mm_high_on_every_page(demos, kind):
    for size in (SIZES if kind in ("plan", "blank", "stories") else ("A4",)):
        pdf = _pdf(demos["SE"], kind, "sv", size, 1)
        for page in range(len(read(pdf).pages)):
            found = emblems(pdf, page)
            assert len(found) == 1, (size, page)
            assert found[0].height >= 10 * mm - 0.01, (size, page, found[0].height / mm)


@pytest.mark.parametrize("kind", ["plan", "stories"])
@pytest.mark.parametrize("size", SIZES)
def test_no_logo_is_taller_than_the_emblem(demos, kind, size):
    pdf = _pdf(demos["NO"], kind, "nb", size, 1)
    emblem = emblems(pdf)[0]
    in_foot = [image for image in images(pdf) if image[1] < emblem.y + emblem.height]
    assert in_foot, "the demo school has a logo"
    for _, _, _, height in in_foot:
        assert height <= emblem.height + 0.01


def _statement_box(pdf: bytes, statement: str) -> tuple[float, float, float, float]:
    register_fonts()
    for run in glyph_runs(pdf):
        if statement in run.text:
            width = stringWidth(run.text, REGULAR, run.size)
            return run.x, run.y - run.size * 0.3, run.x + width, run.y + run.size
    raise AssertionError(f"{statement!r} is not on the page")


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_a_fers_stories_posters_statement_and_logo_do_not_overlap(demos, size, tmp_path):
    store = demos["PL"]
    project = store.projects.all()[1]
    store.projects.save(dataclasses.replace(project, funding_source="fers"))
    try:
        pdf = _pdf(store, "stories", "pl", size, 1)
        statement = _statement_box(pdf, "Dofinansowane przez Unię Europejską")
        emblem = emblems(pdf)[0]
        logos = [i for i in images(pdf) if i[1] < emblem.y + emblem.height]
        assert logos
        for x, y, w, h in logos:
            assert not _overlap(statement, (x, y, x + w, y + h))
            assert not _overlap((emblem.x, emblem.y, emblem.x + emblem.width,
                                 emblem.y + emblem.height), (x, y, x + w, y + h))
    finally:
        store.projects.save(project)


@pytest.mark.parametrize("kind", ["plan", "stories", "summary", "report"])
def test_the_statement_stays_clear_of_the_date_and_page(demos, kind):
    pdf = _pdf(demos["PL"], kind, "pl", "A4", 0)
    statement = _statement_box(pdf, STATEMENTS["pl"])
    for run in glyph_runs(pdf):
        if run.text.startswith(("Wydrukowano", "Strona")):
            width = stringWidth(run.text, REGULAR, run.size)
            assert not _overlap(statement, (run.x, run.y, run.x + width, run.y + run.size))


@pytest.mark.parametrize("kind", ["plan", "blank", "stories", "summary", "report"])
def test_the_pdf_says_what_it_is(demos, kind):
    store = demos["PL"]
    pdf = _pdf(store, kind, "pl", "A4", 0)
    reader = read(pdf)
    info = reader.metadata
    assert info.creator == f"Vidare {__version__}"
    assert info.title
    assert reader.trailer["/Root"]["/Lang"] == "pl-PL"
    if kind != "blank":
        school = store.school.get()
        assert info.author == school.name
        assert info.subject
        project = store.projects.all()[0]
        if kind != "summary":
            assert info.subject == project.reference
            assert project.title in info.title


def _footer_only(text: str, running_head_words: int = 3) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    ignored = ("Strona", "Page", "Sida", "Side", "Wydrukowano", "Printed", "Utskriven",
               "Skrevet", *STATEMENTS.values())
    body = [line for line in lines[1:] if not line.startswith(ignored)]
    return not body


@pytest.mark.parametrize("country", COUNTRIES)
def test_no_report_page_holds_only_its_footer(demos, country):
    store = demos[country]
    for project in range(len(store.projects.all())):
        for language in LANGUAGES:
            for kind in ("report", "summary"):
                texts = page_texts(_pdf(store, kind, language, "A4", project))
                for number, text in enumerate(texts, start=1):
                    assert not _footer_only(text), (country, project, language, kind, number)


def test_the_footer_only_check_can_fail():
    assert _footer_only("Raport · 2025-1\nStrona 3 z 3\nWspółfinansowane przez Unię "
                        "Europejską\nWydrukowano 2 grudnia 2026")
    assert not _footer_only("Raport · 2025-1\nWyniki\nStrona 3 z 3")


@pytest.mark.parametrize("kind", ["plan", "stories", "report"])
def test_the_official_fers_artwork_takes_its_own_room(demos, kind, tmp_path):
    """The school's FERS artwork is printed whole, clear of the logo and of all text."""
    from PIL import Image

    artwork = tmp_path / "fers.png"
    Image.new("RGB", (2400, 400), (11, 59, 122)).save(artwork)
    store = demos["PL"]
    project = store.projects.all()[0]
    store.projects.save(dataclasses.replace(project, funding_source="fers"))
    try:
        pdf = _pdf(store, kind, "pl", "A4", 0, fers_artwork=artwork)
    finally:
        store.projects.save(project)
    assert not emblems(pdf)  # the set is the school's artwork, not drawn by Vidare
    drawn = images(pdf)
    art = [i for i in drawn if i[2] / i[3] == pytest.approx(6, rel=0.01)]
    assert len(art) == 1
    x, y, w, h = art[0]
    assert h >= 10 * mm
    box = (x, y, x + w, y + h)
    for other in drawn:
        if other != art[0]:
            assert not _overlap(box, (other[0], other[1], other[0] + other[2],
                                      other[1] + other[3]))
    register_fonts()
    for run in glyph_runs(pdf):
        width = stringWidth(run.text.strip(), REGULAR, run.size)
        assert not _overlap(box, (run.x, run.y, run.x + width, run.y + run.size * 0.7)), \
            run.text
    # Air above it: the foot grew to hold it, nothing above reaches down into it.
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=1).to_pil().convert("RGB")
    row = round(image.height - (y + h) - 3)
    assert {image.getpixel((px, row)) for px in range(round(x), round(x + w))} == \
        {(255, 255, 255)}


@pytest.mark.parametrize("country", COUNTRIES)
def test_no_heading_is_left_alone_at_the_foot_of_a_report_page(demos, country):
    """A heading keeps the start of what follows (a table's header and first row)."""
    store = demos[country]
    for project in range(len(store.projects.all())):
        for language in ("en", "pl"):
            pdf = _pdf(store, "report", language, "A4", project)
            for page in range(len(read(pdf).pages)):
                body = [r for r in glyph_runs(pdf, page) if 25 * mm < r.y < 270 * mm]
                lowest = min(body, key=lambda r: r.y)
                headings = (11.0, 14.0)  # h2, h1
                assert not any(abs(lowest.size - h) < 0.01 for h in headings), \
                    (country, project, language, page, lowest.text)
