"""One document asked for by the print page: what to build, building it, and who it shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store import Store

KINDS = ("plan", "blank", "stories", "summary", "report")
PUBLICATION_KINDS = {"plan": "plan_poster", "blank": "plan_poster_blank",
                     "stories": "stories_poster", "summary": "summary",
                     "report": "project_report"}


@dataclass
class Request:
    kind: str
    language: str
    project_id: str | None = None
    size: str = "A3"
    audience: str = "public"
    english_statement: bool = False
    date_from: str | None = None
    date_to: str | None = None
    fers_artwork: Path | None = None  # the official FERS set the school added, if any
    start_month: int | None = None  # the school's own first month of the school year

    @property
    def needs_project(self) -> bool:
        return self.kind in ("plan", "stories", "report")

    @property
    def poster(self) -> bool:
        return self.kind in ("plan", "blank", "stories")


@dataclass
class Built:
    request: Request
    pdf: bytes
    participant_ids: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)


def for_school(store: Store, request: Request) -> Request:
    """`request` with what the school set in Settings that it left open: the official
    FERS artwork (a checked file in the media folder, None without one) and the month its
    school year starts in."""
    school = store.school.get()
    if school is None:
        return request
    artwork = request.fers_artwork or store.media_file(school.fers_artwork)
    month = request.start_month if request.start_month is not None \
        else school.school_year_start_month
    return replace(request, fers_artwork=artwork, start_month=month)


def build(store: Store | None, request: Request) -> Built:
    """Gather from `store` (not needed for the blank poster) and build the PDF."""
    from desktop.documents.gather import gather_plan, gather_stories
    from desktop.documents.plan_poster import build_plan_poster
    from desktop.documents.project_report import build_project_report, gather_report
    from desktop.documents.stories_poster import build_stories_poster, photo_width_mm
    from desktop.documents.summary import build_summary, gather_summary

    r = request
    art = r.fers_artwork
    if r.kind == "blank":
        return Built(r, build_plan_poster(None, r.language, r.size, r.english_statement))
    if store is None:
        raise ValueError("a database is needed for this document")
    if r.kind == "summary":
        data = gather_summary(store, r.date_from, r.date_to, start_month=r.start_month)
        return Built(r, build_summary(data, r.language, r.english_statement,
                                      fers_artwork=art))
    project = store.projects.get(r.project_id or "")
    if project is None:
        raise LookupError(r.project_id)
    if r.kind == "plan":
        return Built(r, build_plan_poster(gather_plan(store, project), r.language, r.size,
                                          r.english_statement, fers_artwork=art))
    if r.kind == "stories":
        stories = gather_stories(store, project, r.audience,
                                 photo_width_mm=photo_width_mm(r.size))
        return Built(r, build_stories_poster(stories, r.language, r.size, r.english_statement,
                                             fers_artwork=art),
                     stories.shown_participants, stories.shown_stories)
    report = gather_report(store, project, r.audience)
    return Built(r, build_project_report(report, r.language, r.english_statement,
                                         fers_artwork=art),
                 report.shown_participants, report.shown_stories)


READING = QT_TRANSLATE_NOOP("PrintPage", "Reading the database…")
LAYING_OUT = QT_TRANSLATE_NOOP("PrintPage", "Laying out the pages…")
DRAWING = QT_TRANSLATE_NOOP("PrintPage", "Drawing the preview…")
READY = QT_TRANSLATE_NOOP("PrintPage", "Ready.")


def build_with_previews(db_path: Path, request: Request, preview_width: int,
                        step: Callable[[int, str], None]) -> tuple[Built, list[bytes]]:
    """Open the database read-only (this thread's own connection), build the document and
    render each page `preview_width` pixels wide. `step(percent, message)` reports progress
    and may raise to cancel between steps.
    """
    from desktop.documents.preview import page_count, page_width_points, render_page_png

    step(10, READING)
    if request.kind == "blank":
        built = build(None, request)
    else:
        with Store(db_path, read_only=True) as store:
            step(30, LAYING_OUT)
            built = build(store, request)
    pages = page_count(built.pdf)
    previews = []
    for index in range(pages):
        step(60 + 40 * index // max(1, pages), DRAWING)
        dpi = preview_width * 72 / page_width_points(built.pdf, index)
        previews.append(render_page_png(built.pdf, index, dpi))
    step(100, READY)
    return built, previews
