"""A story with photos and the people in them, and where it may appear."""

from __future__ import annotations

import pytest
from PIL import Image

from desktop.ui.pages.stories_page import StoriesPage
from tests.ui.helpers import choose, click, tick, type_into, type_text_area, wait_for_rows


@pytest.fixture
def page(qtbot, ctx, school):
    page = StoriesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 1000)
    page.show()
    return page


def photo(path, colour):
    Image.new("RGB", (640, 480), colour).save(path)
    return str(path)


def test_story_with_two_photos_and_the_people_shown(qtbot, page, store, school, tmp_path):
    click(page.new_button)
    story = page.story
    type_into(qtbot, story.title, "Snow measurements")
    story_id = story.record.id
    assert story_id
    choose(story.mobility, school["m1"])
    type_text_area(qtbot, story.text, "We measured snow depth every morning.")
    type_text_area(qtbot, story.quote, "Snow is data.")
    tick(story.tags["motivation"])
    story.authors.set_checked(school["anna"], True)  # a tick in the list of people
    saved = store.stories.get(story_id)
    assert (saved.mobility_id, saved.quote, saved.benefit_tags) == (
        school["m1"], "Snow is data.", ["motivation"])
    assert store.stories.author_ids(story_id) == [school["anna"]]

    page.photos.add_files([photo(tmp_path / "a.jpg", "red"), photo(tmp_path / "b.png", "blue")])
    photos = store.stories.photos(story_id)
    assert len(photos) == 2 and page.photos.strip.count() == 2
    assert all((store.media_dir / p.file).exists() for p in photos)
    page.photos.strip.setCurrentRow(1)
    page.photos.people.set_checked(school["bo"], True)
    assert store.stories.people_in_photo(photos[1].id) == [school["bo"]]
    # Anna and Bo agreed to print, not online: the badge says what is blocked, by whom.
    assert page.badge.text() == "Online use is blocked. Without consent: Anna Lind."
    assert page.badge.property("level") == "some"


def test_quote_over_200_characters_is_refused_at_the_field(qtbot, page, store, school):
    page.select_id(school["story"])
    type_text_area(qtbot, page.story.quote, "x" * 201)
    assert "201 of 200 characters" == page.story.counter.text()
    assert "a poster has room for 200" in page.story.error_text("quote")
    assert store.stories.get(school["story"]).quote == "Maths outside works."


def test_a_file_that_is_not_an_image_is_refused(qtbot, page, school, tmp_path):
    page.select_id(school["story"])
    fake = tmp_path / "notes.jpg"
    fake.write_text("not a photo")
    page.photos.add_files([str(fake)])
    assert "This file is not an image." in page.photos.error.text()


def test_search_runs_over_all_story_text(qtbot, page, school):
    qtbot.keyClicks(page.filter_edit, "forest")
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 1
    page.filter_edit.clear()
    wait_for_rows(qtbot, page)
    qtbot.keyClicks(page.filter_edit, "nothing-like-this")
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 0


def test_photos_dropped_on_the_strip_are_added(qtbot, page, store, school, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    page.select_id(school["story"])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(photo(tmp_path / "drop.png", "green"))])
    # As a drag from the file manager arrives: entering the strip, then the drop.
    viewport = page.photos.strip.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(viewport, QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier))
    assert len(store.stories.photos(school["story"])) == 1
    assert page.photos.strip.count() == 1
    assert page.model.rows[page.model.row_of(school["story"])]["photos"] == 1
