"""Every document once, for the self-test and the print page's previews."""

from __future__ import annotations

from collections.abc import Callable

from desktop.store import Store

Builder = Callable[[], bytes]


def sample_documents(store: Store, language: str) -> list[tuple[str, Builder]]:
    """(name, build) for each document, using the store's first project where one is needed."""
    from desktop.documents.gather import gather_plan, gather_stories
    from desktop.documents.plan_poster import build_plan_poster
    from desktop.documents.project_report import build_project_report, gather_report
    from desktop.documents.stories_poster import build_stories_poster, photo_width_mm
    from desktop.documents.summary import build_summary, gather_summary

    projects = store.projects.all()
    project = projects[0] if projects else None
    found: list[tuple[str, Builder]] = []
    if project is not None:
        found.append(("plan-poster",
                      lambda: build_plan_poster(gather_plan(store, project), language, "A3")))
    found.append(("plan-poster-blank", lambda: build_plan_poster(None, language, "A3")))
    if project is not None:
        found.append(("stories-poster", lambda: build_stories_poster(
            gather_stories(store, project, "public", photo_width_mm=photo_width_mm("A3")),
            language, "A3")))
    found.append(("summary", lambda: build_summary(gather_summary(store), language)))
    if project is not None:
        found.append(("project-report", lambda: build_project_report(
            gather_report(store, project, "internal"), language)))
    return found
