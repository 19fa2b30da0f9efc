"""The Print page as a teacher meets it: one primary button, one hint, a preview that fits
its width, and a poster that would come out empty says why and where to fill it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.domain.models import Result, Story
from desktop.ui.pages.print_page import PrintPage
from tests.ui.helpers import choose, click


@pytest.fixture
def page(qtbot, ctx, school):
    page = PrintPage(ctx)
    qtbot.addWidget(page)
    page.resize(1080, 780)
    page.show()
    yield page
    page.wait()
    QApplication.processEvents()


def test_an_empty_poster_says_why_and_where(qtbot, page, store, school):
    choose(page.document, "plan")
    choose(page.project, school["p2"])  # no results
    assert page.notice.isVisible()
    assert "No results yet: add them under Projects → Results" in page.notice.text()
    choose(page.project, school["p1"])
    assert not page.notice.isVisible()
    choose(page.document, "stories")
    assert "only approved stories with a quote" in page.notice.text()
    store.stories.save(Story(title="Approved", quote="We grew.", status="approved",
                             mobility_id=school["m1"]), [school["anna"]])
    choose(page.document, "plan")
    choose(page.document, "stories")
    assert not page.notice.isVisible()


def test_preview_is_the_primary_button_and_the_pages_fit_the_width(qtbot, page, store,
                                                                  school):
    assert page.preview_button.objectName() == "primaryButton"
    assert page.preview_button.isDefault()
    hints = [w for w in (page.preview_hint, page.status) if w.isVisible() and w.text()]
    assert len(hints) == 1  # one hint, not two
    store.projects.save_result(Result(project_id=school["p1"], title="A second lane"))
    choose(page.document, "plan")
    choose(page.project, school["p1"])
    click(page.preview_button)
    qtbot.waitUntil(lambda: page.thread is None, timeout=60_000)
    assert page.built is not None
    room = page.preview.viewport().width()
    for index in range(page.pages_box.count()):
        shown = page.pages_box.itemAt(index).widget().pixmap()
        assert 0 < shown.width() <= room, (shown.width(), room)
    page.resize(800, 700)
    QApplication.processEvents()
    room = page.preview.viewport().width()
    assert page.pages_box.itemAt(0).widget().pixmap().width() <= room
