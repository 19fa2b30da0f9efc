"""Every date field, typed in each language as people write dates, read back from the database.

Keys are pressed (QTest), fields are left with Tab; nothing is set through a setter.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from desktop.i18n.formatting import parse_date
from desktop.i18n.qt import LanguageSwitcher
from desktop.ui.context import AppContext
from tests.ui.helpers import click, type_into

LANGUAGES = ("en", "sv", "nb", "pl")


def written(day: dt.date, language: str) -> list[str]:
    """ISO, ISO without zeros, and the forms each language writes by hand."""
    d, m, y = day.day, day.month, day.year
    local = {
        "en": [f"{d}/{m}/{y}", f"{d:02}/{m:02}/{y}"],
        "sv": [f"{d}/{m} {y}", f"{d}.{m}.{y}"],
        "nb": [f"{d}.{m}.{y}", f"{d:02}.{m:02}.{y}"],
        "pl": [f"{d}.{m:02}.{y}", f"{d:02}.{m:02}.{y}"],
    }[language]
    return [day.isoformat(), f"{y}-{m}-{d}", *local]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_parser_reads_what_each_language_writes(language):
    day = dt.date(2026, 9, 1)
    for text in written(day, language):
        assert parse_date(text, language) == "2026-09-01", (language, text)
    assert parse_date("31.02.2026", language) is None
    assert parse_date("", language) == ""


@pytest.fixture
def language_ctx(store, tmp_path, qapp, monkeypatch):
    monkeypatch.delenv("VIDARE_PSEUDO", raising=False)
    from desktop.ui.app import make_application

    make_application()
    switcher = LanguageSwitcher(qapp)
    ctx = AppContext(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                     QSettings.Format.IniFormat),
                     switcher=switcher)
    yield ctx, switcher
    switcher.set_language("en")
    qapp.processEvents()


def saved_text() -> str:
    return QCoreApplication.translate("RecordForm", "All changes saved.")


def page_of(kind, ctx, qtbot):  # noqa: ANN001, ANN201
    from desktop.ui.pages.dissemination_page import DisseminationPage
    from desktop.ui.pages.mobilities_page import MobilitiesPage
    from desktop.ui.pages.people_page import PeoplePage
    from desktop.ui.pages.projects_page import ProjectsPage

    page = {"projects": ProjectsPage, "mobilities": MobilitiesPage, "people": PeoplePage,
            "dissemination": DisseminationPage}[kind](ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


# (page, record key in the small school, form of the page, field, a valid date for it,
#  how to read it back, whether it may be empty)
FIELDS = [
    ("projects", "p1", lambda p: p.editor.form, "start_date", dt.date(2025, 8, 4),
     lambda s, i: s.projects.get(i).start_date, False),
    ("projects", "p1", lambda p: p.editor.form, "end_date", dt.date(2026, 9, 1),
     lambda s, i: s.projects.get(i).end_date, False),
    ("mobilities", "m1", lambda p: p.editor, "start_date", dt.date(2025, 10, 5),
     lambda s, i: s.mobilities.get(i).start_date, False),
    ("mobilities", "m1", lambda p: p.editor, "end_date", dt.date(2025, 10, 12),
     lambda s, i: s.mobilities.get(i).end_date, False),
    ("people", "anna", lambda p: p.consent, "given_on", dt.date(2025, 8, 4),
     lambda s, i: s.people.consent(i).given_on, False),
    ("people", "anna", lambda p: p.consent, "expires_on", dt.date(2027, 9, 1),
     lambda s, i: s.people.consent(i).expires_on, True),
    ("people", "anna", lambda p: p.consent, "withdrawn_on", dt.date(2026, 9, 1),
     lambda s, i: s.people.consent(i).withdrawn_on, True),
    ("dissemination", "a2", lambda p: p.editor, "planned_date", dt.date(2026, 9, 1),
     lambda s, i: s.dissemination.get(i).planned_date, True),
    ("dissemination", "a1", lambda p: p.editor, "done_date", dt.date(2025, 11, 5),
     lambda s, i: s.dissemination.get(i).done_date, False),
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_date_field_typed_in_every_form(qtbot, language_ctx, store, school, language):
    ctx, switcher = language_ctx
    switcher.set_language(language)
    pages = {}
    for kind, key, form_of, name, day, read, optional in FIELDS:
        page = pages.get(kind) or page_of(kind, ctx, qtbot)
        pages[kind] = page
        record_id = school[key]
        for text in written(day, language):
            page.select_id(record_id)
            form = form_of(page)
            field = form.fields[name]
            before = read(store, record_id)
            type_into(qtbot, field, text, enter=False)
            assert read(store, record_id) == day.isoformat(), (language, name, text,
                                                              form.problems())
            assert form.status.text() == saved_text(), (language, name, text)
            # The field shows the date as the language writes it, whatever was typed.
            assert field.line.text() == field.display(day.isoformat()), (language, text)
            # Back to what the rest of the test expects.
            type_into(qtbot, field, before or "", enter=False)
        page.select_id(record_id)
        form = form_of(page)
        field = form.fields[name]
        type_into(qtbot, field, "", enter=False)  # emptied: select all, Delete, leave
        if optional:
            assert read(store, record_id) == "", (language, name)
            assert form.status.text() == saved_text()
        else:
            assert read(store, record_id) != "", (language, name)
            assert form.status.text() != saved_text()
            assert form.draft is not None  # what was done is kept, to be completed
            click(form.discard_button)
            assert read(store, record_id) != ""


def test_a_date_that_is_no_date_is_said_so_and_kept_as_typed(qtbot, language_ctx, store,
                                                            school):
    ctx, switcher = language_ctx
    switcher.set_language("nb")
    page = page_of("mobilities", ctx, qtbot)
    page.select_id(school["m1"])
    type_into(qtbot, page.editor.start, "31.02.2026", enter=False)
    assert "31.02.2026" in page.editor.error_text("start_date")
    assert store.mobilities.get(school["m1"]).start_date == "2025-10-06"
    draft = ctx.drafts.for_record("mobility", school["m1"])
    assert draft.data["raw"] == {"start_date": "31.02.2026"}


def test_up_and_down_step_a_day_and_the_calendar_opens_near_the_project(qtbot, language_ctx,
                                                                       store, school):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    ctx, _switcher = language_ctx
    page = page_of("mobilities", ctx, qtbot)
    page.new_record()
    start = page.editor.start
    # The project (1 Sep 2025 to 31 Aug 2026) is over: its calendar opens at its start.
    assert start.start_date().toString("yyyy-MM-dd") == "2025-09-01"
    start.line.setFocus()
    QTest.keyClick(start.line, Qt.Key.Key_Up)
    assert start.value() == dt.date.today().isoformat()  # never 1900
    QTest.keyClick(start.line, Qt.Key.Key_Up)
    assert start.value() == (dt.date.today() + dt.timedelta(days=1)).isoformat()
    start.open_calendar()
    assert start.popup.selectedDate().toString("yyyy-MM-dd") == start.value()
    start.popup.hide()
    # The last day's calendar opens beside the first day.
    assert page.editor.end.start_date().toString("yyyy-MM-dd") == start.value()
