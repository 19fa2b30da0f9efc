"""Spreadsheets from the window: each list page writes what it shows (filter and sort, headers
in the user's language, names as consent allows), the whole database from Settings (naming
everyone only when the data protection officer's choice is ticked), and a list brought in
from the People page reaches every page, the trip open on another page too."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.models import Participant
from desktop.i18n.qt import LanguageSwitcher
from desktop.sheets.mappings import Mappings
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.sheet_import import SheetImportDialog
from tests.ui.helpers import (
    answer_next_file_dialog,
    click,
    counted,
    focus,
    tick,
    type_into,
    wait_for_rows,
)

# What each page is narrowed to before its export: (page, text typed in its filter, the
# column whose header is clicked to sort).
NARROWED = (("projects", "", 0), ("mobilities", "", 1), ("people", "", 0),
            ("stories", "fractions", 0), ("dissemination", "Tidning", 0))


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # the save dialog opens here
    return tmp_path


@pytest.fixture
def window(qtbot, qapp, store, school, tmp_path, home):
    switcher = LanguageSwitcher(qapp)
    ctx = AppContext(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                     QSettings.Format.IniFormat),
                     switcher=switcher)
    shown = MainWindow(ctx)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    yield shown
    switcher.set_language("en")


def on_screen(page) -> tuple[list[str], list[list[str]]]:
    """The headers and every row as the page's table shows them."""
    model = page.view.model()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in
               range(model.columnCount())]
    rows = [[model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    return headers, rows


def in_file(path, language: str = "en") -> tuple[list[str], list[list[str]]]:
    if path.suffix == ".csv":  # Excel's list separator: a comma in English, else ";"
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter="," if language == "en" else ";"))
    else:
        rows = [[str(v) if v is not None else "" for v in row]
                for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    return rows[0], rows[1:]


def click_header(page, column: int) -> None:
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    from PySide6.QtCore import QPoint

    click(header.viewport(), QPoint(x, header.height() // 2))


@pytest.mark.parametrize("language", ["en", "sv", "nb", "pl"])
def test_each_list_page_writes_what_it_shows(qtbot, window, language, home, school):
    window.ctx.switcher.set_language(language)
    QApplication.processEvents()
    for name, typed, column in NARROWED:
        page = window.show_page(name)
        if typed:
            type_into(qtbot, page.filter_edit, typed)
            wait_for_rows(qtbot, page)
        before = on_screen(page)[1]
        click_header(page, column)
        wait_for_rows(qtbot, page)
        headers, rows = on_screen(page)
        assert rows and (len(rows) == 1 or rows != before or name == "people"), name
        ending = ".csv" if name == "mobilities" else ".xlsx"
        seen = answer_next_file_dialog(f"{name}-{language}{ending}")
        click(page.list_tools.export_button)
        written = home / f"{name}-{language}{ending}"
        assert written.is_file(), (name, seen, list(home.iterdir()))
        file_headers, file_rows = in_file(written, language)
        assert file_headers == headers, name
        if name == "people":  # Dan has a protected identity, Eva no consent: not named
            text = " ".join(" ".join(row) for row in file_rows)
            assert "Dan Holm" not in text and "Eva Sund" not in text and "E. S." in text
            assert "Anna Lind" in text
            rows = [[cell.replace("Dan Holm", file_rows[r][0]).replace("Eva Sund", "E. S.")
                     for cell in row] for r, row in enumerate(rows)]
        assert file_rows == rows, name
        assert str(written) in page.list_tools.done.text()
        if typed:
            type_into(qtbot, page.filter_edit, "")
            wait_for_rows(qtbot, page)
    if language != "en":  # the headers are the language's own, not the English source
        assert window.pages["projects"].view.model().headerData(
            0, Qt.Orientation.Horizontal) not in ("Reference", "Title", "Project")


def test_a_list_longer_than_the_table_has_read_is_written_whole(qtbot, window, store, home):
    for number in range(450):
        store.people.save(Participant(name=f"Elev {number:03}", role="pupil"))
    page = window.show_page("people")
    page.refresh()
    assert page.model.rowCount() < 455  # the table reads its rows page by page
    answer_next_file_dialog("everyone")  # no ending typed: the chosen type's
    click(page.list_tools.export_button)
    _headers, rows = in_file(home / "everyone.xlsx")
    assert len(rows) == 455


def test_the_whole_database_names_everyone_only_for_the_data_protection_officer(
        qtbot, window, home):
    settings = window.show_page("settings")
    panel = settings.sheets
    assert not panel.for_dpo.isChecked()
    answer_next_file_dialog("school.xlsx")
    click(panel.export_button)  # written on a worker: the window stays responsive
    qtbot.waitUntil(lambda: "written to" in panel.status.text(), timeout=20000)
    assert panel.export_button.isEnabled()
    people = openpyxl.load_workbook(home / "school.xlsx")["People"]
    names = [row[1] for row in people.iter_rows(min_row=3, values_only=True)]
    assert "Anna Lind" in names and "Eva Sund" not in names and "E. S." in names
    assert counted("SheetsPanel", "%n person(s) are shown by role and initials only, as "
                                  "their consent asks.", 2) in panel.status.text()

    tick(panel.for_dpo)  # the explicit choice, ticked with the mouse
    assert panel.for_dpo.isChecked()
    assert "Everyone is named" in panel.dpo_hint.text()
    answer_next_file_dialog("for-the-dpo.xlsx")
    click(panel.export_button)
    qtbot.waitUntil(lambda: "for-the-dpo.xlsx." in panel.status.text(), timeout=20000)
    people = openpyxl.load_workbook(home / "for-the-dpo.xlsx")["People"]
    names = [row[1] for row in people.iter_rows(min_row=3, values_only=True)]
    assert {"Anna Lind", "Eva Sund", "Dan Holm"} <= set(names)
    assert "Everyone is named in it" in panel.status.text()
    assert not panel.for_dpo.isChecked()  # never remembered for the next export


def pupil_list(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Förnamn", "Efternamn", "Klass"])
    sheet.append(["Greta", "Holm", "7B"])
    sheet.append(["Hugo", "Åberg", "7C"])
    book.save(path)
    return path


def test_a_list_imported_from_the_people_page_reaches_the_trip_open_elsewhere(
        qtbot, window, store, school, tmp_path, monkeypatch):
    monkeypatch.setattr("desktop.ui.sheet_import.Mappings",
                        lambda: Mappings(tmp_path / "mappings.json"))
    path = pupil_list(tmp_path / "klass7.xlsx")
    trips = window.show_page("mobilities")
    trips.select_id(school["m2"])  # the Lakes trip is open in its editor
    assert trips.editor.record.id == school["m2"]
    people = window.show_page("people")
    steps: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SheetImportDialog):
            QTimer.singleShot(20, drive)
            return
        type_into(qtbot, dialog.path_edit, str(path), enter=False)
        click(dialog.next_button)
        steps.append(dialog.holds_combo.currentData())
        click(dialog.back_button)
        focus(dialog.trip_combo)
        QTest.keyClicks(dialog.trip_combo, "Lakes")
        click(dialog.next_button)
        click(dialog.next_button)
        click(dialog.import_button)
        steps.append(dialog.done_text.text())
        click(dialog.close_button)

    QTimer.singleShot(0, drive)
    click(people.list_tools.import_button)
    assert steps[0] == "people" and counted("SheetImport", "%n row(s) added.", 2) in steps[1]
    names = [people.model.row(r)["name"] for r in range(people.model.rowCount())]
    assert "Greta Holm" in names and "Hugo Åberg" in names  # the list shows them at once
    trips = window.show_page("mobilities")
    on_trip = {pid for pid, _role in trips.editor.people.links()}
    greta = next(p.id for p in store.people.all() if p.name == "Greta Holm")
    assert greta in on_trip  # the open trip was read again
    type_into(qtbot, trips.editor.topic, "Lakes and rivers", enter=False)
    assert store.mobilities.get(school["m2"]).topic == "Lakes and rivers"
    kept = {p.name for _link, p in store.mobilities.participants(school["m2"])}
    assert {"Greta Holm", "Hugo Åberg", "Cia Berg"} <= kept  # not lost by a stale editor


def test_a_workbook_that_cannot_be_written_says_why(qtbot, window, home):
    from tests.ui.helpers import answer_questions

    panel = window.show_page("settings").sheets
    seen = answer_questions("OK")
    panel.export_workbook(home / "no-such-folder" / "school.xlsx")
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    assert seen[0][0].startswith("The workbook was not written: ")
    assert panel.export_button.isEnabled() and not panel.status.isVisible()
