"""Settings › School as a coordinator uses it: the month the school year starts in, which the
Overview and the Print page follow, and the official FERS artwork the documents print."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication

from desktop.cli import run
from desktop.domain import schoolyear
from desktop.i18n import formatting
from desktop.ui.main_window import MainWindow
from tests.documents.pdfread import emblems, images, text_of
from tests.ui.helpers import answer_next_file_dialog, choose, click, type_into

FERS_STATEMENT = "Dofinansowane przez Unię Europejską"


@pytest.fixture
def window(qtbot, ctx, school):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    return window


@pytest.fixture
def artwork(tmp_path):
    """An official-looking FERS set: a 6:1 picture, as the programme gives it."""
    path = tmp_path / "fers-set.png"
    Image.new("RGB", (2400, 400), (11, 59, 122)).save(path)
    return path


def fers_project(store, project_id: str) -> None:
    project = store.projects.get(project_id)
    store.projects.save(dataclasses.replace(project, funding_source="fers"))


def test_the_month_chosen_moves_the_overviews_year_and_the_print_period(qtbot, window, store):
    print_page = window.show_page("print")  # seen once before the change
    usual = schoolyear.school_year(None, "SE")
    assert (print_page.date_from.iso(), print_page.date_to.iso()) == usual.iso()
    settings = window.show_page("settings")
    combo = settings.school.start_month
    assert combo.itemText(0) == "As usual in Sweden (August)"
    assert [combo.itemText(i) for i in (1, 9, 12)] == ["January", "September", "December"]
    choose(combo, 1)
    assert store.school.get().school_year_start_month == 1
    year = schoolyear.school_year(None, "SE", 1)
    assert year.iso() != usual.iso()

    overview = window.show_page("overview")
    start, end = year.iso()
    shown = (f"{formatting.format_school_year(year.first_year, 'en', year.last_year)} "
             f"({formatting.format_period(start, end, 'en')})")
    assert shown.startswith(f"School year {year.first_year} (")  # January: a calendar year
    qtbot.waitUntil(lambda: overview.period.text() == shown)  # figures come from the worker
    print_page = window.show_page("print")
    assert (print_page.date_from.iso(), print_page.date_to.iso()) == (start, end)
    choose(print_page.document, "summary")
    assert print_page.request().start_month == 1

    # Back to the country's custom: nothing is stored, the usual year is proposed again.
    settings = window.show_page("settings")
    choose(settings.school.start_month, None)
    assert store.db.execute("SELECT school_year_start_month FROM school").fetchone()[0] is None
    print_page = window.show_page("print")
    assert (print_page.date_from.iso(), print_page.date_to.iso()) == usual.iso()


def test_a_period_the_user_typed_is_not_replaced(qtbot, window, store):
    from tests.ui.helpers import set_date

    print_page = window.show_page("print")
    choose(print_page.document, "summary")
    set_date(qtbot, print_page.date_from, "2025-01-01")
    settings = window.show_page("settings")
    choose(settings.school.start_month, 3)
    print_page = window.show_page("print")
    assert print_page.date_from.iso() == "2025-01-01"


def test_the_first_entry_names_the_country_chosen_and_its_month(qtbot, window, store):
    settings = window.show_page("settings")
    type_into(qtbot, settings.school.country, "Poland")
    assert store.school.get().country == "PL"
    assert settings.school.start_month.itemText(0) == "As usual in Poland (September)"


def test_the_fers_artwork_is_chosen_previewed_printed_and_removed(qtbot, window, store, school,
                                                                 artwork):
    settings = window.show_page("settings")
    form = settings.school
    assert not form.fers_note.isVisible()  # no FERS project: nothing to say
    fers_project(store, school["p1"])
    window.show_page("projects")
    settings = window.show_page("settings")  # shown again: it reads the projects again
    assert form.fers_note.isVisible()
    assert "EU emblem and the funding statement alone" in form.fers_note.text()
    assert form.fers_artwork.preview.text() == "No artwork"
    assert not form.fers_artwork.remove_button.isEnabled()

    seen = answer_next_file_dialog(str(artwork))
    click(form.fers_artwork.button)
    assert seen == ["Choose the official FERS artwork"]
    name = store.school.get().fers_artwork
    assert name and store.media_file(name).read_bytes() == artwork.read_bytes()
    assert not form.fers_note.isVisible()
    assert form.fers_artwork.preview.pixmap() is not None
    assert not form.fers_artwork.preview.pixmap().isNull()
    assert form.fers_artwork.remove_button.isEnabled()

    # The window's poster carries the artwork, not the emblem Vidare draws.
    pdf = _preview(qtbot, window, school["p1"])
    assert not emblems(pdf)
    assert [i for i in images(pdf) if i[2] / i[3] == pytest.approx(6, rel=0.01)]

    settings = window.show_page("settings")
    click(form.fers_artwork.remove_button)
    assert store.school.get().fers_artwork == ""
    assert form.fers_note.isVisible()
    assert form.fers_artwork.preview.text() == "No artwork"
    pdf = _preview(qtbot, window, school["p1"])
    assert len(emblems(pdf)) == 1  # the EU emblem and the statement alone
    assert FERS_STATEMENT in text_of(pdf)
    assert not [i for i in images(pdf) if i[2] / i[3] == pytest.approx(6, rel=0.01)]


def test_before_a_country_is_chosen_the_first_entry_says_so(qtbot, ctx):
    from desktop.ui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)  # a new database: no school yet
    qtbot.addWidget(page)
    assert page.school.start_month.itemText(0) == "As usual in the school's country"
    assert page.school.start_month.count() == 13


def test_a_file_that_is_no_picture_is_refused_and_nothing_is_stored(qtbot, window, store,
                                                                   tmp_path):
    settings = window.show_page("settings")
    bad = tmp_path / "set.png"
    bad.write_bytes(b"not a picture at all")
    answer_next_file_dialog(str(bad))
    click(settings.school.fers_artwork.button)
    assert store.school.get().fers_artwork == ""
    assert settings.school.notes["fers_artwork"].text() == \
        "This file cannot be used as the FERS artwork."


def _preview(qtbot, window, project_id: str) -> bytes:
    page = window.show_page("print")
    choose(page.document, "stories")
    choose(page.project, project_id)
    choose(page.language, "pl")
    click(page.preview_button)
    qtbot.waitUntil(lambda: page.built is not None, timeout=60_000)
    page.wait()
    QApplication.processEvents()
    return page.built.pdf


def test_the_command_line_prints_the_artwork_the_school_added(store, school, artwork, tmp_path,
                                                              monkeypatch):
    from desktop.store.media import add_attachment

    monkeypatch.setenv("VIDARE_HOME", str(tmp_path / "home"))
    fers_project(store, school["p1"])
    reference = store.projects.get(school["p1"]).reference
    out = tmp_path / "plan.pdf"
    assert run(["--lang", "pl", "poster", "plan", "--db", str(store.path), "--project",
                reference, "--size", "a4", "--out", str(out)]) == 0
    plain = out.read_bytes()
    assert len(emblems(plain)) == 1 and FERS_STATEMENT in text_of(plain)
    name = add_attachment(store.media_dir, artwork, "logo")
    store.school.save(dataclasses.replace(store.school.get(), fers_artwork=name))
    assert run(["--lang", "pl", "poster", "plan", "--db", str(store.path), "--project",
                reference, "--size", "a4", "--out", str(out)]) == 0
    marked = out.read_bytes()
    assert not emblems(marked)
    assert [i for i in images(marked) if i[2] / i[3] == pytest.approx(6, rel=0.01)]


def test_the_summary_from_the_command_line_covers_the_schools_own_year(store, school,
                                                                       tmp_path, monkeypatch):
    monkeypatch.setenv("VIDARE_HOME", str(tmp_path / "home"))
    store.school.save(dataclasses.replace(store.school.get(), school_year_start_month=1))
    out = tmp_path / "summary.pdf"
    assert run(["--lang", "en", "report", "summary", "--db", str(store.path),
                "--out", str(out)]) == 0
    year = schoolyear.school_year(dt.date.today(), "SE", 1)
    words = formatting.format_school_year(year.first_year, "en", year.last_year)
    assert words == f"School year {year.first_year}"  # January to December: one year
    assert words in text_of(out.read_bytes())


def test_a_conflict_on_the_schools_settings_reads_in_words(ctx):
    from desktop.ui.conflict_words import Describer, field_label

    words = Describer(ctx)
    assert field_label("school", "school_year_start_month") == "School year starts in"
    assert field_label("school", "fers_artwork") == "FERS marking"
    assert words.value("school", "school_year_start_month", 9) == "September"
    assert words.value("school", "school_year_start_month", None) == \
        "As usual in the school's country"
    assert words.value("school", "fers_artwork", "logo-0123456789abcdef01234567.png") == \
        "a file that is not on this computer"  # no such file in the media folder
