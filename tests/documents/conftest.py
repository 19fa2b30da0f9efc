"""Every document built once per language from one small school, shared by the module's tests."""

from __future__ import annotations

import pytest

from desktop.demo import create_demo
from desktop.documents.gather import gather_plan, gather_stories
from desktop.documents.plan_poster import build_plan_poster
from desktop.documents.project_report import build_project_report, gather_report
from desktop.documents.stories_poster import build_stories_poster, photo_width_mm
from desktop.documents.summary import build_summary, gather_summary
from desktop.store import Store
from tests.documents.school import build_school, days

LANGUAGES = ("sv", "nb", "pl", "en")
# name: (paper asked for, landscape?)
PAPER = {"plan": ("A2", True), "blank": ("A4", True), "stories": ("A3", False),
         "summary": ("A4", False), "report": ("A4", False)}


@pytest.fixture(scope="module")
def demos(tmp_path_factory):
    """The three demo schools, as `vidare demo` makes them (one set per test module)."""
    stores = {}
    for country in ("SE", "NO", "PL"):
        folder = tmp_path_factory.mktemp(f"demo-{country}")
        store = Store(folder / "vidare.db", create=True)
        create_demo(store, country)
        stores[country] = store
    yield stores
    for store in stores.values():
        store.close()


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    folder = tmp_path_factory.mktemp("school")
    with Store(folder / "vidare.db", create=True) as store:
        built = build_school(store, folder)
        yield store, built


@pytest.fixture(scope="module")
def documents(school):
    """{(name, language): PDF bytes}, and what each shows, built once."""
    store, built = school
    project = built.project
    pdfs: dict[tuple[str, str], bytes] = {}
    shown: dict[str, list[str]] = {}
    stories = gather_stories(store, project, "public", photo_width_mm=photo_width_mm("A3"))
    report = gather_report(store, project, "public")
    shown["stories"], shown["report"] = stories.shown_participants, report.shown_participants
    plan = gather_plan(store, project)
    summary = gather_summary(store, days(-400), days(400))
    for language in LANGUAGES:
        pdfs["plan", language] = build_plan_poster(plan, language, "A2")
        pdfs["blank", language] = build_plan_poster(None, language, "A4")
        pdfs["stories", language] = build_stories_poster(stories, language, "A3")
        pdfs["summary", language] = build_summary(summary, language)
        pdfs["report", language] = build_project_report(report, language)
    return pdfs, shown
