"""Opening problems in the window: each case's message and buttons, and acting on the choice."""

import os
import sqlite3

import pytest

from desktop.domain.models import Participant
from desktop.store import Store
from desktop.store.backups import make_backup
from desktop.store.errors import DamagedDatabase, NewerDatabase, SyncedFolder
from desktop.store.lock import DatabaseLocked, LockOwner
from desktop.ui import open_problems as op


def make_db(path, names=("Åsa",)):
    with Store(path, create=True) as store:
        for name in names:
            store.people.save(Participant(name=name, role="teacher"))
    return path


def labels(error):
    box, choices = op.build_box(error)
    return box.text(), box.informativeText(), {b.text(): c.action for b, c in choices.items()}


def test_each_case_has_its_sentence_and_way_forward(tmp_path, qapp):
    db = make_db(tmp_path / "vidare.db")
    backup = make_backup(db)
    damaged = DamagedDatabase(db, "database disk image is malformed")
    damaged.backup = backup
    text, detail, buttons = labels(damaged)
    assert "is damaged" in text and "will not overwrite" in detail
    assert [a for t, a in buttons.items() if t.startswith("Restore the backup of")] == ["restore"]
    text, detail, buttons = labels(NewerDatabase(db, "4", "1"))
    assert "newer Vidare" in text and buttons["Open read-only"] == "read_only"
    text, detail, buttons = labels(DatabaseLocked(db, LockOwner("anna", "PC-7", 1, "08:00")))
    assert "anna on PC-7" in text and buttons["Open anyway"] == "take_over"
    text, detail, buttons = labels(SyncedFolder(db, "OneDrive"))
    assert "OneDrive" in text and buttons["Move it to this computer"] == "move"
    assert buttons["Quit"] == "quit"


def test_damaged_database_restored_through_the_dialog(tmp_path, qapp):
    db = make_db(tmp_path / "vidare.db", ["Åsa", "Bo"])
    make_backup(db)
    data = bytearray(db.read_bytes())
    data[4096:8192] = os.urandom(4096)
    db.write_bytes(bytes(data))
    asked = []

    def user(error, parent, language):
        asked.append(type(error).__name__)
        return op.OpenChoice(op.RESTORE_BACKUP, backup=error.backup)

    store = op.open_database_asking(db, ask=user)
    assert asked == ["DamagedDatabase"]
    assert sorted(p.name for p in store.people.all()) == ["Bo", "Åsa"]
    store.close()
    assert list(tmp_path.glob("vidare.db.damaged-*"))


def test_newer_database_read_only_through_the_dialog(tmp_path, qapp):
    db = make_db(tmp_path / "vidare.db")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    store = op.open_database_asking(db, ask=lambda e, p, lang: op.OpenChoice(op.OPEN_READ_ONLY))
    assert store.read_only
    store.close()
    assert op.open_database_asking(db, ask=lambda e, p, lang: op.OpenChoice(op.QUIT)) is None


def test_synced_folder_moved_through_the_dialog(tmp_path, qapp, monkeypatch):
    monkeypatch.setenv("VIDARE_HOME", str(tmp_path / "local"))
    db = make_db(tmp_path / "Dropbox" / "vidare.db")
    store = op.open_database_asking(db, ask=lambda e, p, lang: op.OpenChoice(op.MOVE_TO_LOCAL))
    assert store.path == tmp_path / "local" / "vidare.db"
    assert [p.name for p in store.people.all()] == ["Åsa"]
    store.close()


@pytest.mark.parametrize("answer, opened", [(op.TAKE_OVER_LOCK, True), (op.QUIT, False)])
def test_locked_database_through_the_dialog(tmp_path, qapp, answer, opened):
    import json

    from desktop.store.lock import lock_path_for

    db = make_db(tmp_path / "vidare.db")
    lock_path_for(db).write_text(json.dumps({"user": "anna", "host": "other-pc", "pid": 5,
                                             "since": "x"}))
    store = op.open_database_asking(db, ask=lambda e, p, lang: op.OpenChoice(answer))
    assert (store is not None) == opened
    if store is not None:
        store.close()


def test_damage_found_beside_the_window_stops_every_write_then_offers_the_backup(
        tmp_path, qtbot, qapp):
    """The window opens before the integrity check's verdict; a damaged verdict ends it
    without writing a byte, and the user is offered the newest good backup."""
    from PySide6.QtCore import QSettings, QTimer

    from desktop.ui.app import close_unsaved, damaged_error, watch_start_check
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from tests.store.test_start_check import damage_a_data_page, people_db

    db = people_db(tmp_path / "vidare.db")
    make_backup(db)
    damaged = damage_a_data_page(db)
    store = Store(db, check_later=True)
    window = MainWindow(AppContext(store=store, settings=QSettings(
        str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.show()
    found = watch_start_check(store, qapp)
    QTimer.singleShot(30000, qapp.quit)  # only if the verdict never came
    qapp.exec()
    assert found and store.read_only
    close_unsaved(window, store)
    qtbot.wait(200)  # replies still on their way reach no page
    assert db.read_bytes() == damaged
    asked = []

    def user(error, parent, language):
        asked.append((type(error).__name__, error.backup is not None))
        return op.OpenChoice(op.RESTORE_BACKUP, backup=error.backup)

    store = op.open_database_asking(db, ask=user, check_later=True,
                                    problem=damaged_error(db, found[0]))
    assert asked == [("DamagedDatabase", True)]
    assert store.start_check.wait() is None
    assert len(store.people.all()) == 3000
    store.close()
    assert [p for p in tmp_path.glob("vidare.db.damaged-*") if p.read_bytes() == damaged]
