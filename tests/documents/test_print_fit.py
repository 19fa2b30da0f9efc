"""How text is shared out and cut on the posters, measured from what the PDF prints and
from the layout the code exposes (a print designer's review, December 2026)."""

from __future__ import annotations

import re

import pytest

from desktop.documents import labels
from desktop.documents.common import (
    CONTINUED,
    Words,
    bind,
    fit_blocks,
    paragraph,
    paragraph_text,
    shortened,
    style,
)
from desktop.documents.fonts import BOLD
from desktop.documents.gather import gather_plan, gather_stories
from desktop.documents.plan_poster import _lane_heights, build_plan_poster
from desktop.documents.stories_poster import build_stories_poster, photo_width_mm
from desktop.documents.summary import build_summary, gather_summary
from desktop.i18n.translator import Translator
from desktop.store import Store
from tests.documents.pdfread import glyph_runs, read, text_of

LANGUAGES = ("en", "sv", "nb", "pl")


def test_no_lane_keeps_free_room_while_another_is_cut():
    # One full lane and two nearly empty ones on a page that cannot hold all of them.
    needs, room, gap = [300.0, 40.0, 40.0], 300.0, 0.0
    heights = _lane_heights(needs, room, gap)
    assert sum(heights) == pytest.approx(room)
    short = [h < n - 0.01 for h, n in zip(heights, needs, strict=True)]
    spare = [h > n + 0.01 for h, n in zip(heights, needs, strict=True)]
    assert not (any(short) and any(spare)), heights


def test_lanes_that_fit_get_their_need_and_share_the_rest():
    heights = _lane_heights([100.0, 50.0, 30.0], 320.0, 10.0)
    assert heights == pytest.approx([140.0, 90.0, 70.0])


def _words(value: str) -> set[str]:
    return set(re.findall(r"\w+", value))


def _plan_words(store: Store) -> set[str]:
    found: set[str] = set()
    for project in store.projects.all():
        for lane in gather_plan(store, project).lanes:
            for value in (lane.title, lane.description, lane.message, lane.sustainability,
                          lane.indicator, lane.indicator_target, lane.evaluation,
                          *[g.representatives for g in lane.groups],
                          *[t for _, t, _ in (*lane.during, *lane.after)]):
                found |= _words(value)
    return found


@pytest.mark.parametrize("country,language", [("SE", "sv"), ("SE", "en"), ("NO", "nb"),
                                              ("PL", "pl")])
@pytest.mark.parametrize("size", ["A4", "A3"])
def test_a_cut_on_the_plan_poster_ends_on_a_whole_word(demos, country, language, size):
    store = demos[country]
    known = _plan_words(store)
    continued = Translator(language).tr("Documents", CONTINUED)
    for project in store.projects.all():
        pdf = build_plan_poster(gather_plan(store, project), language, size)
        text = text_of(pdf).replace(continued, " ")
        for word in re.findall(r"(\w+)…", text):
            assert word in known, (size, word)


def test_a_cut_never_ends_on_a_heading():
    body = style("body", 9)
    label = style("label", 9, BOLD, keepWithNext=1)
    blocks = [(paragraph_text("Indicator"), label), (paragraph_text("Short text."), body),
              (paragraph_text("Evaluation"), label),
              (paragraph_text("A long evaluation text " * 30), body)]
    fitted = fit_blocks(blocks, 120, 62, min_scale=1.0, overflow=CONTINUED)
    assert not fitted.complete
    texts = [p.text if hasattr(p, "text") else "" for p in fitted.paragraphs]
    plain = [re.sub(r"<[^>]*>", "", p.getPlainText()) for p in fitted.paragraphs]
    assert plain[-1] == CONTINUED, texts
    assert plain[-2] != "Evaluation", plain


def test_a_cut_ends_with_one_ellipsis_after_a_whole_word():
    body = style("body", 9)
    blocks = [(paragraph_text("Besöksstatistik för webbplatsen, delad med kollegerna. " * 8),
               body)]
    fitted = fit_blocks(blocks, 120, 40, min_scale=1.0, overflow=CONTINUED)
    last = fitted.paragraphs[-2].getPlainText()
    assert last.endswith("…") and not re.search(r"[.,;:]…$", last), last
    assert last[:-1].split()[-1] in {"Besöksstatistik", "för", "webbplatsen", "delad", "med",
                                     "kollegerna"}, last


@pytest.mark.parametrize("country,language", [("SE", "sv"), ("SE", "en"), ("NO", "nb"),
                                              ("PL", "pl")])
def test_the_demo_schools_summary_is_one_page(demos, country, language):
    """It used to run over by the last warning alone onto a second page."""
    pdf = build_summary(gather_summary(demos[country]), language)
    assert len(read(pdf).pages) == 1


def _story_words(store: Store) -> set[str]:
    found: set[str] = set()
    for project in store.projects.all():
        for story in store.stories.for_project(project.id):
            found |= _words(f"{story.title} {story.quote} {story.text}")
    return found


@pytest.mark.parametrize("country,language", [("SE", "sv"), ("NO", "nb"), ("PL", "pl"),
                                              ("PL", "en")])
@pytest.mark.parametrize("size", ["A4", "A3"])
def test_a_story_excerpt_is_cut_after_a_whole_word_with_one_ellipsis(demos, country,
                                                                     language, size):
    store = demos[country]
    known = _story_words(store)
    for project in store.projects.all():
        data = gather_stories(store, project, "public", photo_width_mm=photo_width_mm(size))
        text = text_of(build_stories_poster(data, language, size))
        assert "…." not in text and ".…" not in text
        for word in re.findall(r"(\w+)…", text):
            assert word in known, (size, word)


def test_shortened_text_ends_on_a_word_with_one_ellipsis():
    assert shortened("Vi var där en vecka. Sedan for vi hem igen.", 21, 5) == \
        "Vi var där en vecka…"
    assert shortened("Vi var där en vecka. Sedan for vi hem", 25, 5) == \
        "Vi var där en vecka…"


def test_numbers_keep_their_units_and_polish_one_letter_words_their_next_word():
    assert bind("Från 58 % till 66 % av 30 lärare") == \
        "Från 58\u00a0% till 66\u00a0% av 30\u00a0lärare"
    assert bind("1 września 2026 – 31 sierpnia 2027") == \
        "1\u00a0września\u00a02026\u00a0– 31\u00a0sierpnia\u00a02027"
    assert bind("w szkole i w domu, a potem z nimi", "pl") == \
        "w\u00a0szkole i\u00a0w\u00a0domu, a\u00a0potem z\u00a0nimi"
    assert bind("a cat and i", "en") == "a cat and i"
    assert "\u00a0" not in bind("1 2 3 4 5 6 7 8 9 10 11 12 13 14")  # no unbreakable chain


def _line_ends(pdf: bytes) -> list[str]:
    """The last word of every printed line."""
    found = []
    for page in read(pdf).pages:
        for line in page.extract_text().splitlines():
            if line.strip():
                found.append(line.split()[-1])
    return found


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_no_polish_line_ends_on_a_one_letter_word_or_a_bare_number(demos, size):
    store = demos["PL"]
    for project in store.projects.all():
        pdf = build_plan_poster(gather_plan(store, project), "pl", size)
        ends = _line_ends(pdf)
        assert not [e for e in ends if e in {"a", "i", "o", "u", "w", "z"}], ends
        text = "\n".join(p.extract_text() for p in read(pdf).pages)
        assert not re.search(r"\d\s*\n\s*%", text)


def _broken(pdf: bytes) -> list[tuple[str, str]]:
    """(before, after) of every word broken with a hyphen at a line's end."""
    found = []
    for page in read(pdf).pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        for line, following in zip(lines, lines[1:], strict=False):
            if re.search(r"\w-$", line) and following:
                found.append((line.split()[-1][:-1], following.split()[0]))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", ["A4", "A3"])
def test_column_heads_are_never_hyphenated(language, size):
    from desktop.documents.plan_grid import RUBRIC_HEADS

    translator = Translator(language)
    head_words = {word for heading, question, _ in RUBRIC_HEADS
                  for word in re.findall(r"\w+", translator.tr("Documents", heading) + " "
                                         + (translator.tr("Documents", question)
                                            if question else ""))}
    pdf = build_plan_poster(None, language, size)  # the heads are the same, blank or not
    for before, after in _broken(pdf):
        assert before + re.sub(r"\W.*", "", after) not in head_words, (before, after)


@pytest.mark.parametrize("country,language", [("SE", "sv"), ("SE", "en"), ("NO", "nb"),
                                              ("PL", "pl")])
@pytest.mark.parametrize("size", ["A4", "A3"])
def test_a_word_with_a_capital_is_never_hyphenated(demos, country, language, size):
    store = demos[country]
    known = _plan_words(store)
    for project in store.projects.all():
        pdf = build_plan_poster(gather_plan(store, project), language, size)
        for before, after in _broken(pdf):
            joined = before + re.sub(r"\W.*", "", after)
            if joined in known:  # the hyphen is the layout's, not the text's
                # A name breaks only past a hyphen of its own ("Erasmus-pla-nen").
                assert not before[:1].isupper() or "-" in before, (before, after)


@pytest.mark.parametrize("size", ["A1", "A3"])
def test_every_stories_tile_has_its_words_under_its_number(demos, size):
    """Polish "łącznie 282 dni za granicą": "łącznie" used to stand above the number."""
    store = demos["PL"]
    project = store.projects.all()[0]
    data = gather_stories(store, project, "public", photo_width_mm=photo_width_mm(size))
    runs = glyph_runs(build_stories_poster(data, "pl", size))
    days = Words("pl").number(data.days_abroad)
    number = next(r for r in runs if r.text.strip() == days)
    word = next(r for r in runs if "łącznie" in r.text)
    assert word.y < number.y - number.size * 0.5, (word, number)


def test_a_heading_keeps_a_tables_header_and_three_rows_below_it():
    from desktop.documents.report_base import _row_height, table_start

    cell = style("cell", 9)
    rows = [[paragraph(paragraph_text(f"row {i}"), cell)] for i in range(8)]
    assert table_start(rows, [200]) == pytest.approx(
        sum(_row_height(row, [200]) for row in rows[:4]))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_mobilities_learning_outcomes_have_a_heading(demos, language):
    from desktop.documents.project_report import build_project_report, gather_report

    store = demos["PL"]
    project = store.projects.all()[0]
    data = gather_report(store, project)
    trip = next(t.mobility for t in data.trips if t.mobility.learning_outcomes.strip())
    words = Words(language)
    lines = [line.strip() for page in read(build_project_report(data, language)).pages
             for line in page.extract_text().splitlines()]
    first = next(i for i, line in enumerate(lines)
                 if line.startswith(trip.city) and "·" in line)
    heading = words.tr(labels.LEARNING_OUTCOMES)
    assert heading in lines[first - 3:first], lines[first - 3:first + 1]


@pytest.mark.parametrize("size", ["A4", "A3"])
def test_no_polish_stories_poster_line_ends_on_a_one_letter_word(demos, size):
    store = demos["PL"]
    for project in store.projects.all():
        data = gather_stories(store, project, "public", photo_width_mm=photo_width_mm(size))
        ends = _line_ends(build_stories_poster(data, "pl", size))
        assert not [e for e in ends if e in {"a", "i", "o", "u", "w", "z"}], ends


def test_a_name_with_its_own_hyphen_keeps_it_wherever_the_line_breaks():
    """Keeping names whole once made ReportLab break "Auschwitz-Birkenau" at its hyphen
    and print both halves on one line without it."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from tests.documents.pdfread import page_texts

    text = paragraph_text(
        "Vi följde lektionerna på engelska och läste polska tre timmar i veckan. Vi var på "
        "Wawel, i judiska kvarteren i Kazimierz och på ett minnesbesök i "
        "Auschwitz-Birkenau, som vi aldrig kommer att glömma.", language="sv")
    for width in range(140, 175, 2):
        st = style("excerpt", 8.6, hyphenate="sv", spaceBefore=8)
        fitted = fit_blocks([(text, st)], width, 200, min_scale=1.0, max_scale=1.2)
        out = io.BytesIO()
        canvas = Canvas(out)
        top = 700.0
        for p in fitted.paragraphs:
            _, h = p.wrap(width, 200)
            p.drawOn(canvas, 10, top - h)
            top -= h
        canvas.save()
        assert "AuschwitzBirkenau" not in page_texts(out.getvalue())[0], width
