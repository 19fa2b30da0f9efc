"""The import dialog, driven as a coordinator does: type the path, pick, click, then check."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.sheets.mappings import Mappings
from desktop.sheets.workbook import export_workbook
from desktop.store import Store
from desktop.ui.context import AppContext
from desktop.ui.sheet_import import SheetImportDialog


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot, ctx, school, tmp_path):
    shown = SheetImportDialog(ctx, mappings=Mappings(tmp_path / "mappings.json"),
                              backups_dir=tmp_path / "backups")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def pupil_list(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Förnamn", "Efternamn", "Klass", "Skolans nummer"])
    sheet.append(["Greta", "Holm", "7B", 101])
    sheet.append(["Cia", "Berg", "7B", 102])  # already in Vidare
    sheet.append(["", "", "7C", 103])  # row 4: no name at all
    sheet.append(["Hugo", "Åberg", "7C", 104])
    book.save(path)
    return path


def test_a_pupil_list_is_imported_onto_a_trip_with_clicks_and_keys(qtbot, dialog, store,
                                                                     school, tmp_path):
    path = pupil_list(tmp_path / "klass7.xlsx")
    qtbot.keyClicks(dialog.path_edit, str(path))
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == 1, dialog.choose_problem.text()
    assert dialog.holds_combo.currentData() == "people"  # guessed from the headers
    assert dialog.mapping() == ["first_name", "last_name", "group", ""]
    click(qtbot, dialog.back_button)
    dialog.trip_combo.setFocus()
    qtbot.keyClicks(dialog.trip_combo, "Lakes")  # keyboard search in the drop-down
    assert dialog.trip_combo.currentData() == school["m2"]
    click(qtbot, dialog.next_button)
    number = dialog.match_table.cellWidget(3, 2)
    number.setFocus()
    qtbot.keyClicks(number, "Notes")
    assert dialog.mapping() == ["first_name", "last_name", "group", "notes"]
    click(qtbot, dialog.next_button)
    assert dialog.stack.currentIndex() == 2
    table = dialog.preview_table
    statuses = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in
                range(table.rowCount())]
    assert statuses == [("2", "New"), ("3", "Already in Vidare"), ("4", "Cannot be imported"),
                        ("5", "New")]
    assert table.item(2, 2).text() == "Förnamn: Enter a name."
    assert store.db["participant"].count == 5  # the preview wrote nothing
    click(qtbot, dialog.import_button)
    assert dialog.stack.currentIndex() == 3
    people = {p.name: p for p in store.people.all()}
    assert people["Greta Holm"].notes == "7B\n101" and people["Hugo Åberg"].role == "pupil"
    on_trip = {p.name for _, p in store.mobilities.participants(school["m2"])}
    assert {"Greta Holm", "Hugo Åberg", "Cia Berg"} <= on_trip
    rejects = tmp_path / "klass7-not-imported.xlsx"
    assert str(rejects) in dialog.done_text.text()
    assert openpyxl.load_workbook(rejects).active.cell(2, 3).value == "7C"
    remembered = Mappings(tmp_path / "mappings.json").recall(
        ["Förnamn", "Efternamn", "Klass", "Skolans nummer"])
    assert remembered.mapping == ["first_name", "last_name", "group", "notes"]


def test_a_hostile_file_is_refused_in_one_sentence(qtbot, dialog, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(";".join(f"c{n}" for n in range(400)))
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.stack.currentIndex() == 0
    assert dialog.choose_problem.text() == (
        f"The spreadsheet {path} was not imported: it has more than 300 columns.")


def test_a_vidare_workbook_goes_straight_to_the_preview(qtbot, store, school, tmp_path, qapp):
    out = tmp_path / "all.xlsx"
    export_workbook(store, out, "en", for_dpo=True)
    with Store(tmp_path / "other.db", create=True) as other:
        ctx = AppContext(store=other, settings=None, switcher=None)  # type: ignore[arg-type]
        shown = SheetImportDialog(ctx, mappings=Mappings(tmp_path / "m.json"),
                                  backups_dir=tmp_path / "b")
        qtbot.addWidget(shown)
        shown.show()
        qtbot.keyClicks(shown.path_edit, str(out))
        click(qtbot, shown.next_button)
        assert shown.stack.currentIndex() == 2
        click(qtbot, shown.import_button)
        assert other.db["mobility"].count == 3 and other.db["participant"].count == 5
        shown.close()
