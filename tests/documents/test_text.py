"""User text on paper as it was typed: line breaks, markup characters, emoji, any length."""

from __future__ import annotations

import time

import pytest
from reportlab.platypus import Paragraph

from desktop.documents.common import paragraph, paragraph_text, style
from desktop.documents.fonts import EMOJI, SYMBOLS
from desktop.documents.gather import gather_plan, gather_stories
from desktop.documents.plan_poster import build_plan_poster
from desktop.documents.project_report import build_project_report, gather_report
from desktop.documents.stories_poster import build_stories_poster, photo_width_mm
from desktop.documents.summary import build_summary, gather_summary
from desktop.store import Store
from tests.documents.pdfread import glyph_runs, read, text_of
from tests.documents.school import build_school, days

LISTS = "Spanska\nMatte\nBild\n1. Första punkten\n2. Andra <b>punkten</b> & mer\n3. Tredje"
MEGABYTE = ("Ett mycket långt stycke om lärande och spridning, żółć i ærlig øl. " * 16_000)[
    :1_000_000] + " SLUTORDET"


def test_text_is_escaped_before_its_line_breaks_become_markup():
    assert paragraph_text("a < b & c\nd") == "a &lt; b &amp; c<br/>d"
    assert paragraph_text("x\r\ny\rz\u2028w") == "x<br/>y<br/>z<br/>w"
    assert paragraph_text("<br/>") == "&lt;br/&gt;"  # typed markup stays text
    assert paragraph_text("nul\x00 here") == "nul here"


def test_no_break_point_is_ever_put_inside_markup():
    """The bug of issue 16: break points were inserted into `<br/>` (paraparser error)."""
    text = ("ord" * 30 + "\n") * 5 + "&" * 50 + "\n" + "<" * 60
    markup = paragraph_text(text)
    assert "\u200b" not in markup
    assert markup.count("<br/>") == 6
    Paragraph(markup, style("t", 9)).wrap(60, 1e6)  # parses


def test_characters_lato_lacks_are_set_in_the_fallback_fonts():
    markup = paragraph_text("Hej 😀 ★ ✓ →")
    assert f'<font name="{EMOJI}">😀</font>' in markup
    assert f'<font name="{SYMBOLS}">★</font>' in markup
    assert "→" in markup.replace(f'<font name="{SYMBOLS}">✓</font>', "")  # Lato has →
    Paragraph(markup, style("t", 9)).wrap(100, 1e6)


def test_a_link_wraps_inside_its_box_even_where_words_are_hyphenated():
    st = style("cell", 8.4, hyphenate="nb")
    link = paragraph_text("https://sjosiden-vgs.example/havet/foreldremote-peniche")
    para = paragraph(link, st)
    para.wrap(100, 1e6)
    assert all(extra >= -0.01 for extra, _ in para.blPara.lines)  # no line runs past the box


@pytest.fixture(scope="module")
def multiline_school(tmp_path_factory):
    """Every long field written on several lines, as teachers type every day."""
    folder = tmp_path_factory.mktemp("lines")
    with Store(folder / "vidare.db", create=True) as store:
        built = build_school(store, folder)
        for table, columns in {
            "mobility": ("learning_outcomes", "passed_on", "topic"),
            "result": ("description", "message", "sustainability", "indicator",
                       "indicator_target", "evaluation_notes"),
            "target_group": ("representatives",),
            "project": ("needs_analysis", "objectives", "management_involvement"),
            "dissemination_action": ("title", "responsible", "notes"),
            "story": ("text", "title"),
        }.items():
            for column in columns:
                store.db.execute(f"UPDATE {table} SET {column} = ?", [LISTS])
        store.db.conn.commit()
        yield store, built


@pytest.mark.parametrize("language", ["sv", "pl"])
def test_multi_line_text_in_every_long_field_builds_every_document(multiline_school,
                                                                    language):
    store, built = multiline_school
    project = built.project
    pdfs = {
        "plan": build_plan_poster(gather_plan(store, project), language, "A2"),
        "stories": build_stories_poster(gather_stories(store, project, "public",
                                                       photo_width_mm=photo_width_mm("A3")),
                                        language, "A3"),
        "summary": build_summary(gather_summary(store, days(-400), days(400)), language),
        "report": build_project_report(gather_report(store, project), language),
    }
    for name, pdf in pdfs.items():
        assert read(pdf).pages, name
    report = text_of(pdfs["report"])
    assert "Spanska Matte Bild 1. Första punkten 2. Andra <b>punkten</b> & mer 3. Tredje" \
        in report
    assert "2. Andra <b>punkten</b> & mer" in text_of(pdfs["plan"])


def test_report_lines_stay_lines(multiline_school):
    store, built = multiline_school
    pages = [p.extract_text() for p in read(build_project_report(
        gather_report(store, built.project), "en")).pages]
    lines = "\n".join(pages).splitlines()
    assert "1. Första punkten" in lines and "3. Tredje" in lines


def test_a_megabyte_field_is_printed_in_full_without_a_layout_error(tmp_path):
    """An outside edit or an archive can put 1 MB in a field: the report prints all of it,
    over as many pages as it needs, in bounded time; the posters cut it and say so."""
    with Store(tmp_path / "vidare.db", create=True) as store:
        built = build_school(store, tmp_path)
        store.db.execute("UPDATE result SET description = ? WHERE title = ?",
                         [MEGABYTE, "Parents as partners"])
        store.db.execute("UPDATE partner SET organisation = ?", [MEGABYTE[:200_000]])
        store.db.conn.commit()
        data = gather_report(store, built.project)
        started = time.perf_counter()
        pdf = build_project_report(data, "sv")
        assert time.perf_counter() - started < 20
        text = text_of(pdf)
        assert "SLUTORDET" in text
        assert text.count("ærlig øl") >= 15_000  # nothing cut from the description
        plan = gather_plan(store, built.project)
        started = time.perf_counter()
        poster = build_plan_poster(plan, "sv", "A1")
        assert time.perf_counter() - started < 5
        assert "fortsätter i projektrapporten" in text_of(poster)


def test_an_emoji_in_a_story_title_comes_out_in_the_pdfs_text(tmp_path):
    with Store(tmp_path / "vidare.db", create=True) as store:
        built = build_school(store, tmp_path)
        store.db.execute("UPDATE story SET title = 'Vi badade 😀 i fjorden ★' "
                         "WHERE id = ?", [built.shown[0].story_id])
        store.db.conn.commit()
        data = gather_stories(store, built.project, "public")
        pdf = build_stories_poster(data, "sv", "A3")
        assert "Vi badade 😀 i fjorden ★" in text_of(pdf)
        fonts = {run.font.split("+")[-1] for run in glyph_runs(pdf) if "😀" in run.text}
        assert fonts == {"NotoEmoji-Regular"}  # drawn from a font that has it, not a box
        report = build_project_report(gather_report(store, built.project, "public"), "sv")
        assert "Vi badade 😀 i fjorden ★" in text_of(report)


def test_hostile_characters_print_literally(tmp_path):
    hostile = "<img src=/etc/passwd> &amp; \u202eevil\u202c \x00 </para> <br/>"
    with Store(tmp_path / "vidare.db", create=True) as store:
        built = build_school(store, tmp_path)
        store.db.execute("UPDATE result SET description = ?", [hostile])
        store.db.conn.commit()
        text = text_of(build_project_report(gather_report(store, built.project), "en"))
    assert "<img src=/etc/passwd> &amp; evil </para> <br/>" in text


def test_every_font_subset_has_a_tag_of_its_own(documents):
    pdf = documents[0]["report", "en"]
    names = [str(f.get("/BaseFont")) for page in read(pdf).pages
             for f in (ref.get_object() for ref in page["/Resources"]["/Font"].values())]
    distinct = set(names)
    tags = {n.split("+")[0] for n in distinct}
    assert len(tags) == len(distinct), distinct  # every subset has a tag of its own
    assert not any(n.startswith("/AAAAAA+") for n in distinct)
