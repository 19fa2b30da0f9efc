"""People and consent: the badge says in plain words where someone may appear today."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.ui.pages.people_page import PeoplePage, consent_words
from tests.ui.helpers import (
    answer_next_question,
    choose,
    click,
    close_next_dialog,
    set_date,
    tick,
    type_into,
    wait_for_rows,
)


@pytest.fixture
def page(qtbot, ctx, school):
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


def test_withdrawn_today_asks_first_and_can_be_undone(qtbot, page, store, school):
    page.select_id(school["anna"])
    assert "Photos may appear: print inside the school; print for the public." in \
        page.badge.text()
    assert page.badge.property("level") == "some"
    seen = answer_next_question("Cancel")
    click(page.consent.withdraw_button)
    assert "Person: Anna Lind" in seen[0]
    assert store.people.consent(school["anna"]).withdrawn_on == ""
    answer_next_question("Record the withdrawal")
    shown = close_next_dialog()
    click(page.consent.withdraw_button)
    qtbot.waitUntil(lambda: bool(shown))  # the take-down list follows a withdrawal
    assert store.people.consent(school["anna"]).withdrawn_on == dt.date.today().isoformat()
    assert "Consent withdrawn" in page.badge.text()
    assert "Photos may not appear anywhere." in page.badge.text()
    assert page.badge.property("level") == "never"
    assert page.consent.undo_button.isVisible()
    click(page.consent.undo_button)
    assert store.people.consent(school["anna"]).withdrawn_on == ""
    assert not page.consent.undo_button.isVisible()


def test_protected_identity_is_never_shown(qtbot, page, school):
    page.select_id(school["dan"])
    assert page.badge.text().startswith("Protected identity")


def test_a_new_pupil_with_consent_given_by_a_guardian(qtbot, page, store, tmp_path):
    click(page.new_button)
    type_into(qtbot, page.person.name, "Filip Ny")
    choose(page.person.role, "pupil")
    person_id = page.person.record.id
    assert store.people.get(person_id).role == "pupil"
    assert "No consent recorded" in page.badge.text()
    consent = page.consent
    assert consent.given_by.value() == "guardian"
    assert consent.given_on.value() == "", "the date is not prefilled"
    tick(consent.boxes["photo_internal"])
    # A use ticked without a date: the date is asked for, and nothing is lost meanwhile.
    assert consent.error_text("given_on") == "Enter a date."
    assert consent.labels["given_on"].text().endswith("*")
    assert store.people.consent(person_id) is None
    set_date(qtbot, consent.given_on, "10.1.2026")
    tick(consent.boxes["story_online"])
    scan = tmp_path / "form.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    consent.attachment.attach(str(scan))  # what the file dialog hands over
    saved = store.people.consent(person_id)
    assert (saved.given_by, saved.given_on) == ("guardian", "2026-01-10")
    assert (saved.photo_internal, saved.story_online, saved.photo_public) == (True, True, False)
    assert (store.media_dir / saved.form_file).read_bytes() == b"%PDF-1.4 scanned"
    assert consent.open_button.isEnabled()
    assert "Stories may appear: online." in page.badge.text()


def test_an_optional_date_is_typed_and_stored(qtbot, page, store, school):
    page.select_id(school["bo"])
    set_date(qtbot, page.consent.expires_on, "31/12/2027")
    assert store.people.consent(school["bo"]).expires_on == "2027-12-31"
    assert page.consent.status.text() == "All changes saved."
    set_date(qtbot, page.consent.expires_on, "")
    assert store.people.consent(school["bo"]).expires_on == ""


def test_a_consent_expiring_before_it_was_given_is_refused(qtbot, page, store, school):
    page.select_id(school["bo"])
    set_date(qtbot, page.consent.expires_on, "1/1/2025")
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
    wait_for_rows(qtbot, page)
    assert [page.model.rows[r]["name"] for r in range(page.model.rowCount())] == ["Cia Berg"]
    page.filter_edit.clear()
    wait_for_rows(qtbot, page)
    page.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    wait_for_rows(qtbot, page)
    assert page.model.index(0, 0).data() == "Eva Sund"
    trips = [c.key for c in page.model.columns].index("mobilities")
    page.view.horizontalHeader().setSortIndicator(trips, Qt.SortOrder.DescendingOrder)
    wait_for_rows(qtbot, page)
    assert page.model.index(0, 0).data() == "Bo Ek"


def test_the_consent_column_says_it_in_words(qtbot, page, school):
    column = [c.key for c in page.model.columns].index("consent_given_on")
    words = {page.model.rows[r]["name"]: page.model.index(r, column).data()
             for r in range(page.model.rowCount())}
    assert words == {"Anna Lind": "given", "Bo Ek": "given", "Cia Berg": "given",
                     "Dan Holm": "never shown (protected)", "Eva Sund": "missing"}
    today = dt.date(2026, 12, 2)
    row = {"id": "x", "consent_given_on": "2026-01-01"}
    assert consent_words({**row, "consent_expires_on": "2027-01-03"}, "en", today) == \
        "expires 3 Jan"
    assert consent_words({**row, "consent_expires_on": "2026-11-03"}, "en", today) == "expired"
    assert consent_words({**row, "consent_withdrawn_on": "2026-12-01"}, "en", today) == \
        "withdrawn"


def test_a_heading_cut_by_a_narrow_column_is_whole_in_its_tooltip(qtbot, page):
    from PySide6.QtCore import Qt

    model = page.model
    column = next(n for n, c in enumerate(model.columns) if c.key == "fewer_opportunities")
    assert model.headerData(column, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.ToolTipRole) == "Fewer opportunities"
