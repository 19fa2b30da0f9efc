"""The erasure question says what older copies keep, and for how long, before the user
confirms; and what it promises holds: restoring an older backup, importing an older
archive or an older Vidare workbook, all through the window, never bring the person back."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.sheets.workbook import export_workbook
from desktop.store.archive import export_archive
from desktop.store.backups import list_backups, make_backup
from desktop.ui.backups_panel import BackupsPanel
from desktop.ui.pages.people_page import PeoplePage
from desktop.ui.privacy_dialogs import what_copies_keep
from desktop.ui.sheet_import import SheetImportDialog
from tests.store.test_privacy import school
from tests.ui.helpers import (
    answer_next_file_dialog,
    answer_next_question,
    click,
    click_row,
    counted,
    type_into,
)

NAME = "Łucja Żółć"


def names(store) -> set[str]:
    return {row[0] for row in store.db.execute("SELECT name FROM participant")}


def everywhere(store, text: str) -> list[str]:
    """Every table and column whose text holds `text`."""
    found = []
    for (table,) in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE '%search%'").fetchall():
        columns = [r[1] for r in store.db.execute(f"PRAGMA table_info({table})")]
        for column in columns:
            if store.db.execute(f"SELECT 1 FROM {table} WHERE CAST({column} AS TEXT) "
                                f"LIKE ? LIMIT 1", [f"%{text}%"]).fetchone():
                found.append(f"{table}.{column}")
    return found


def nothing_of(store, person_id: str) -> bool:
    """No row of the person, their consents or the photos that showed them, nor their name."""
    db = store.db
    return (not db.execute("SELECT 1 FROM participant WHERE id = ?", [person_id]).fetchone()
            and not db.execute("SELECT 1 FROM consent WHERE participant_id = ?",
                               [person_id]).fetchone()
            and not db.execute("SELECT 1 FROM photo_person WHERE participant_id = ?",
                               [person_id]).fetchone()
            and not db.execute("SELECT 1 FROM photo WHERE substr(sha256, 1, 24) IN "
                               "(SELECT substr(sha256, 1, 24) FROM erased_media)").fetchone()
            and everywhere(store, "Łucja") == [])


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The file dialogs open in the user's home folder: here, the test's folder."""
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def test_the_erase_question_names_what_older_copies_keep_and_the_promise_holds(
        qtbot, ctx, store, tmp_path, home):
    people = school(store, tmp_path)
    lucja = people["lucja"].id
    before = make_backup(store.path, reason="manual")
    export_archive(store.path, tmp_path / "before.zip")
    export_workbook(store, tmp_path / "before.xlsx", "en", for_dpo=True)
    page = PeoplePage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    click_row(page.view, page.model.row_of(lucja))
    assert page.person.record.id == lucja
    seen = answer_next_question("Erase")
    click(page.erase_button)
    question, detail = seen
    assert question == f"Erase from Vidare for good all data about this person: {NAME}?"
    in_a_year = dt.date.today().replace(day=1) + dt.timedelta(days=366)
    assert "Backups that Vidare made before now still hold this person." in detail
    months = counted("Privacy", "Backups that Vidare made before now still hold this "
                                "person. They go one by one as new backups replace the old "
                                "ones; the last of them about "
                                "%n month(s) from now (%1), as long as Vidare goes on making "
                                "backups.", 12)
    assert months.replace("%1", f"{in_a_year:%B %Y}") in detail
    assert "backup folders made with “vidare backup --to”, copies on USB sticks" in detail
    assert "never brings back the person, their consents or their photos" in detail
    assert NAME not in names(store) and nothing_of(store, lucja)
    assert store.db.execute("SELECT count(*) FROM erased_media").fetchone()[0] == 2

    # An older backup, restored from Settings: she is erased again.
    panel = BackupsPanel(store, ctx)
    qtbot.addWidget(panel)
    panel.show()
    row = next(n for n, b in enumerate(panel.model.backups) if b.folder == before.folder)
    click_row(panel.table, row)
    answer_next_question("Restore")
    click(panel.restore_button)
    assert "Restored" in panel.status.text()
    assert nothing_of(store, lucja)
    assert any(b.reason == "before-restore" for b in list_backups(store.path))

    # An older archive, imported from Settings.
    answer_next_file_dialog("before.zip")
    click(panel.import_button)
    assert "Imported" in panel.status.text(), panel.status.text()
    assert nothing_of(store, lucja)

    # An older workbook that names everyone, imported through the spreadsheet dialog.
    dialog = SheetImportDialog(ctx, backups_dir=tmp_path / "sheet-backups")
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.path_edit, str(tmp_path / "before.xlsx"), enter=False)
    click(dialog.next_button)
    assert dialog.stack.currentIndex() == 2, dialog.choose_problem.text()
    if dialog.import_button.isEnabled():
        click(dialog.import_button)
    assert nothing_of(store, lucja)


@pytest.mark.parametrize("language, month", [("en", "March 2027"), ("sv", "mars 2027"),
                                             ("nb", "mars 2027"), ("pl", "marzec 2027")])
def test_the_last_older_backup_goes_a_year_later_in_the_users_words(language, month):
    lines = what_copies_keep(language, today=dt.date(2026, 3, 18))
    assert f"({month})" in lines[0]
    assert len(lines) == 4 and all(line.strip() for line in lines)
