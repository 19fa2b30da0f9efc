"""A pass that looks for more: random Unicode in every text field, then every document
built and every page opened. Fixed seed (derandomize) and a time budget, so CI repeats it."""

from __future__ import annotations

import time

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.documents.gather import gather_plan, gather_stories
from desktop.documents.plan_poster import build_plan_poster
from desktop.documents.project_report import build_project_report, gather_report
from desktop.documents.stories_poster import build_stories_poster
from desktop.documents.summary import build_summary, gather_summary
from desktop.store import Store
from tests.documents.school import build_school, days

# Every column a person (or an archive, or an outside edit) can fill with text.
TEXT_FIELDS = {
    "school": ("name", "city"),
    "project": ("title", "reference", "needs_analysis", "objectives",
                "management_involvement"),
    "partner": ("organisation", "city"),
    "mobility": ("topic", "host_organisation", "city", "learning_outcomes", "passed_on"),
    "participant": ("name", "notes"),
    "story": ("title", "text", "quote"),
    "photo": ("caption",),
    "result": ("title", "description", "message", "sustainability", "indicator",
               "indicator_target", "evaluation_notes", "open_licence"),
    "target_group": ("representatives",),
    "dissemination_action": ("title", "responsible", "evidence", "notes"),
}
FIELDS = [(table, column) for table, columns in TEXT_FIELDS.items() for column in columns]
BUDGET_S = 180  # the whole property test, on the 2-core CI machine

SPECIAL = st.sampled_from([
    "\n", "\r\n", "\r", "\u2028", "<br/>", "<b>", "</para>", "&amp;", "&", "<", ">", "\x00",
    "\u202e", "\u200f", "\u200b", "\ufeff", "😀", "👩‍🔬", "🇵🇱", "★", "→", "ł", "ø", "\t",
    "<font name='x'>", "%1", "%n", " ", "…",
])
CHARACTERS = st.characters(exclude_categories=("Cs",))  # SQLite stores no lone surrogates
PIECE = st.one_of(SPECIAL, st.text(CHARACTERS, max_size=40))
SHORT = st.lists(PIECE, max_size=12).map("".join)
LONG = st.builds(lambda piece, times: (piece * times)[:50_000],
                 st.text(CHARACTERS, min_size=1, max_size=30), st.integers(100, 5_000))
# Short text in every field, and 50,000 characters in up to two of them.
VALUES = st.tuples(st.lists(SHORT, min_size=len(FIELDS), max_size=len(FIELDS)),
                   st.lists(st.tuples(st.integers(0, len(FIELDS) - 1), LONG), max_size=2))


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hypothesis")
    with Store(folder / "vidare.db", create=True) as store:
        built = build_school(store, folder)
        yield store, built


def _open_every_page(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        for page in document:
            page.get_textpage().get_text_range()
            page.close()
        return len(document)
    finally:
        document.close()


@pytest.mark.slow
def test_random_unicode_in_every_text_field_builds_every_document(school):
    store, built = school
    started = time.perf_counter()

    @settings(derandomize=True, max_examples=25, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(VALUES, st.sampled_from(["sv", "nb", "pl", "en"]))
    def build_all(drawn: tuple[list[str], list[tuple[int, str]]], language: str) -> None:
        values, long_ones = drawn
        for index, text in long_ones:
            values[index] = text
        for (table, column), value in zip(FIELDS, values, strict=True):
            store.db.execute(f"UPDATE {table} SET {column} = ?", [value])
        project = store.projects.get(built.project.id)
        assert project is not None
        pdfs = [
            build_plan_poster(gather_plan(store, project), language, "A4"),
            build_plan_poster(None, language, "A4"),
            build_stories_poster(gather_stories(store, project, "public"), language, "A4"),
            build_summary(gather_summary(store, days(-400), days(400)), language),
            build_project_report(gather_report(store, project), language),
        ]
        for pdf in pdfs:
            assert _open_every_page(pdf) >= 1

    build_all()
    assert time.perf_counter() - started < BUDGET_S
