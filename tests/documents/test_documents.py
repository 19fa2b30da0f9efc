"""Each document in each language read back as a user (or a printer) would meet it."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A2, A3, A4, landscape

from desktop.documents.emblem import STATEMENTS
from desktop.i18n.formatting import format_date
from tests.documents.conftest import LANGUAGES, PAPER
from tests.documents.pdfread import read, text_of
from tests.documents.school import GROUP_COLOUR, NORDIC, TITLE

SIZES = {"A2": A2, "A3": A3, "A4": A4}
NAMES = tuple(PAPER)


def fonts_of(reader: PdfReader) -> list:
    found = []
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            found.append(ref.get_object())
    return found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_page_size_is_the_one_asked_for(documents, name, language):
    size, wide = PAPER[name]
    expected = landscape(SIZES[size]) if wide else SIZES[size]
    for page in read(documents[0][name, language]).pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.5)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_every_font_is_embedded(documents, name, language):
    fonts = fonts_of(read(documents[0][name, language]))
    assert fonts
    for font in fonts:
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        assert descriptor is not None, font.get("/BaseFont")
        descriptor = descriptor.get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), \
            font.get("/BaseFont")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_title_statement_and_date_in_the_language(documents, name, language):
    text = text_of(documents[0][name, language])
    if name != "blank":
        assert TITLE in text
    assert STATEMENTS[language] in text
    assert format_date(dt.date.today(), language, "long") in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ("plan", "stories", "report"))
def test_polish_and_nordic_letters_come_back_identical(documents, name, language):
    assert NORDIC in text_of(documents[0][name, language])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_nobody_without_consent_appears(documents, school, name, language):
    _, built = school
    text = text_of(documents[0][name, language])
    for person in built.hidden:
        assert person.name not in text
        assert person.name.split()[0] not in text
        assert person.quote not in text


def test_the_people_allowed_do_appear(documents, school):
    _, built = school
    text = text_of(documents[0]["stories", "en"])
    for person in built.shown:
        assert person.quote in text
    assert "Åsa Żak" in text  # full name allowed
    assert "Łucja" in text and "Łucja Ström" not in text  # first name only
    assert "We learnt a lot <and> more & more." in text  # markup characters print literally


def _corner_colours(pdf: bytes) -> list[tuple[int, int, int]]:
    colours = []
    for page in read(pdf).pages:
        for image in page.images:
            colours.append(image.image.convert("RGB").getpixel((3, 3)))
    return colours


def _near(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) < 40


def test_only_consented_photos_are_embedded(documents, school):
    _, built = school
    colours = _corner_colours(documents[0]["stories", "en"])
    assert len(colours) == len(built.shown)
    for person in built.hidden:
        assert not any(_near(c, person.colour) for c in colours), person.name
    assert not any(_near(c, GROUP_COLOUR) for c in colours)  # shows one without consent
    for person in built.shown:
        assert any(_near(c, person.colour) for c in colours), person.name


def test_who_was_shown_is_known_for_the_publication_record(documents, school):
    _, built = school
    shown = documents[1]
    hidden = {p.id for p in built.hidden}
    assert set(shown["stories"]) == {p.id for p in built.shown}
    assert not hidden & set(shown["report"])


def test_photos_are_downscaled_to_print_resolution(documents):
    reader = read(documents[0]["stories", "en"])
    for image in reader.pages[0].images:
        width, _ = image.image.size
        assert width < 2400  # the originals are 2400 px wide
        assert width <= 300 * 6  # a card's photo is well under six inches wide on A3


@pytest.mark.parametrize("language", LANGUAGES)
def test_blank_poster_has_the_five_control_questions(documents, language):
    from desktop.documents.common import Words
    from desktop.documents.questions import control_questions

    text = text_of(documents[0]["blank", language])
    for question in control_questions(Words(language)):
        assert " ".join(question.split())[:30] in text


def test_swedish_questions_are_the_source_documents_own(documents):
    text = text_of(documents[0]["blank", "sv"])
    assert "Vilket slutresultat av aktiviteten/projektet förväntar vi oss?" in text


def test_report_numbers_its_pages_and_repeats_table_headers(documents):
    reader = read(documents[0]["report", "en"])
    pages = len(reader.pages)
    assert pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in page.extract_text()
    # Every page after the first that holds a table starts it with its header row.
    continued = [p.extract_text() for p in reader.pages[1:]]
    assert any("Date Activity Channel Reached Evidence" in " ".join(t.split())
               for t in continued)
