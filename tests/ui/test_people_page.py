"""People and consent: the badge says in plain words where someone may appear today."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.ui.pages.people_page import PeoplePage
from tests.ui.helpers import answer_next_question, close_next_dialog, set_date, type_into


@pytest.fixture
def page(qtbot, ctx, school):
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


def test_badge_changes_when_consent_is_withdrawn(qtbot, page, store, school):
    page.select_id(school["anna"])
    assert "Photos may appear: Print inside the school, print for the public." in \
        page.badge.text()
    assert page.badge.property("level") == "some"
    shown = close_next_dialog()
    page.consent.withdraw_button.click()
    assert shown, "the take-down list is shown after a withdrawal"
    assert store.people.consent(school["anna"]).withdrawn_on == dt.date.today().isoformat()
    assert "Consent withdrawn" in page.badge.text()
    assert "Photos may not appear anywhere." in page.badge.text()
    assert page.badge.property("level") == "never"


def test_protected_identity_is_never_shown(qtbot, page, school):
    page.select_id(school["dan"])
    assert page.badge.text().startswith("Protected identity")


def test_new_person_then_consent_with_a_scanned_form(qtbot, page, store, tmp_path):
    page.new_button.click()
    type_into(qtbot, page.person.name, "Filip Ny")
    person_id = page.person.record.id
    assert store.people.get(person_id).name == "Filip Ny"
    assert "No consent recorded" in page.badge.text()
    consent = page.consent
    set_date(qtbot, consent.given_on, "2026-01-10")
    consent.boxes["photo_internal"].click()
    consent.boxes["story_online"].click()
    scan = tmp_path / "form.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    consent.attach_form_file(str(scan))
    saved = store.people.consent(person_id)
    assert (saved.photo_internal, saved.story_online, saved.photo_public) == (True, True, False)
    assert (store.media_dir / saved.form_file).read_bytes() == b"%PDF-1.4 scanned"
    assert consent.open_button.isEnabled()
    assert "Stories may appear: Online." in page.badge.text()


def test_a_consent_expiring_before_it_was_given_is_refused(qtbot, page, store, school):
    page.select_id(school["bo"])
    set_date(qtbot, page.consent.expires_on, "2025-01-01")
    assert page.consent.error_text("expires_on") == "The consent expires before it was given."
    assert store.people.consent(school["bo"]).expires_on == ""


def test_delete_a_person_says_what_goes_with_them(qtbot, page, store, school):
    page.select_id(school["bo"])
    seen = answer_next_question("Delete")
    page.delete_current()
    assert store.people.get(school["bo"]) is None
    assert "2 place" in seen[1] and "1 consent form" in seen[1]


def test_filter_and_sort_people(qtbot, page, school):
    from PySide6.QtCore import Qt

    qtbot.keyClicks(page.filter_edit, "berg")
    assert [page.model.rows[r]["name"] for r in range(page.model.rowCount())] == ["Cia Berg"]
    page.filter_edit.clear()
    page.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, 0).data() == "Eva Sund"
    trips = [c.key for c in page.model.columns].index("mobilities")
    page.view.horizontalHeader().setSortIndicator(trips, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, 0).data() == "Bo Ek"
