"""The Print page: a preview built off the GUI thread, saving, the publication record."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from desktop.store import Store
from desktop.ui.context import AppContext
from tests.documents.school import build_school


@pytest.fixture
def page(tmp_path, qapp):
    from desktop.ui.pages.print_page import PrintPage

    with Store(tmp_path / "vidare.db", create=True) as store:
        built = build_school(store, tmp_path)
        ctx = AppContext(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                         QSettings.Format.IniFormat))
        widget = PrintPage(ctx)
        widget.built_school = built
        yield widget
        widget.wait()
        QApplication.processEvents()
        widget.deleteLater()
        QApplication.processEvents()


def build_now(page, qtbot) -> None:
    page.start_build()
    qtbot.waitUntil(lambda: page.thread is None, timeout=30_000)


def test_preview_shows_every_page_and_only_then_allows_saving(page, qtbot, tmp_path):
    assert not page.save_button.isEnabled()
    page.document.set_value("plan")
    page.size.setCurrentText("A4")
    page._changed()
    build_now(page, qtbot)
    assert page.built is not None
    pages = len(PdfReader(io.BytesIO(page.built.pdf)).pages)
    assert pages == 2  # four results, three lanes a page
    assert page.pages_box.count() == pages
    assert page.save_button.isEnabled() and page.print_button.isEnabled()
    out = tmp_path / "plan.pdf"
    assert page.write_pdf(out)
    assert out.read_bytes() == page.built.pdf


def test_saving_a_document_with_people_records_the_publication(page, qtbot, tmp_path):
    page.document.set_value("stories")
    page.audience.set_value("public")
    page.language.set_value("pl")
    page._changed()
    build_now(page, qtbot)
    assert page.write_pdf(tmp_path / "stories.pdf")
    records = page.ctx.store.publications.all()
    assert len(records) == 1
    assert records[0].language == "pl" and records[0].audience == "public"
    assert set(records[0].participant_ids) == {p.id for p in page.built_school.shown}


def test_changing_a_choice_drops_the_stale_preview(page, qtbot):
    page.document.set_value("summary")
    page._changed()
    build_now(page, qtbot)
    assert page.built is not None
    page.language.setCurrentIndex(page.language.findData("nb"))  # as a user picks it
    assert page.built is None and not page.save_button.isEnabled()


def test_cancel_stops_a_build(page, qtbot):
    page.document.set_value("report")
    page._changed()
    page.start_build()
    page.cancel_build()
    qtbot.waitUntil(lambda: page.thread is None, timeout=30_000)
    assert page.built is None
    assert page.preview_button.isEnabled()


def test_language_change_retranslates_without_losing_choices(page):
    page.document.set_value("stories")
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.document.value() == "stories"
    assert page.heading.text()
