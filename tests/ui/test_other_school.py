"""Another school's archive or backup, from the window: Vidare asks in plain words, naming
both schools, and takes the data in only when the user agrees."""

from __future__ import annotations

import pytest

from desktop.domain.models import Participant, School
from desktop.store import Store
from desktop.store.archive import export_archive
from desktop.store.backups import make_backup
from desktop.ui.backups_panel import BackupsPanel
from tests.ui.helpers import (
    answer_next_file_dialog,
    answer_questions,
    click,
    click_row,
    counted,
)

OTHER = "Annanby skola"


@pytest.fixture
def other_school(tmp_path):
    with Store(tmp_path / "other-db" / "vidare.db", create=True) as other:
        other.school.save(School(name=OTHER, country="SE", city="Annanby"))
        other.people.save(Participant(name="Olle Annan", role="teacher"))
    return tmp_path / "other-db" / "vidare.db"


@pytest.fixture
def panel(qtbot, ctx, store, school, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # where the file dialog opens
    widget = BackupsPanel(store, ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def names(store) -> set[str]:
    return {p.name for p in store.people.all()}


def test_another_schools_archive_is_imported_only_when_the_user_agrees(panel, store,
                                                                       other_school,
                                                                       tmp_path):
    export_archive(other_school, tmp_path / "annanby.zip")
    answer_next_file_dialog("annanby.zip")
    seen = answer_questions("Cancel")
    click(panel.import_button)
    [(text, detail)] = seen
    assert text == "This archive holds another school's data."
    assert f"In the file: {OTHER}" in detail and "Here in Vidare: Skolan i Vidby" in detail
    assert "adds that school's projects" in detail
    assert "Olle Annan" not in names(store)
    assert panel.status.text() == "Nothing was imported."

    answer_next_file_dialog("annanby.zip")
    answer_questions("Import anyway")
    click(panel.import_button)
    assert "Olle Annan" in names(store)
    assert panel.status.text().startswith(
        "Imported: " + counted("BackupsPanel", "%n record(s) added", 1))


def test_another_schools_backup_is_restored_only_when_the_user_agrees(panel, store,
                                                                      other_school):
    from desktop.paths import backups_dir_for

    theirs = make_backup(other_school, backups_dir_for(store.path), reason="manual")
    panel.model.refresh()
    row = next(n for n, b in enumerate(panel.model.backups) if b.folder == theirs.folder)
    click_row(panel.table, row)
    seen = answer_questions("Restore", "Cancel")
    click(panel.restore_button)
    assert seen[1][0] == "This backup holds another school's data."
    assert f"In the file: {OTHER}" in seen[1][1]
    assert "replaces everything in Vidare now" in seen[1][1]
    assert "Olle Annan" not in names(store) and store.school.get().name == "Skolan i Vidby"
    assert panel.status.text() == "Nothing was restored."

    click_row(panel.table, row)
    answer_questions("Restore", "Restore anyway")
    click(panel.restore_button)
    assert names(store) == {"Olle Annan"} and store.school.get().name == OTHER
    assert "What it replaced is kept" in panel.status.text()
