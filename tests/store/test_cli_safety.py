"""`vidare backup/restore/export/import` from the command line: outputs and exit codes."""

import zipfile

from desktop.cli import run
from desktop.domain.models import Participant
from desktop.store import Store
from desktop.store.backups import list_backups
from desktop.store.lock import DatabaseLock


def make_db(path, names=("Åsa",)):
    with Store(path, create=True) as store:
        for name in names:
            store.people.save(Participant(name=name, role="teacher"))
    return path


def test_backup_restore_export_import(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    assert run(["backup", "--db", str(db)]) == 0
    assert "verified: integrity_check ok" in capsys.readouterr().out
    assert run(["backup", "--db", str(db), "--to", str(tmp_path / "usb")]) == 0
    assert list_backups(db, tmp_path / "usb")
    first = list_backups(db)[0]
    with Store(db) as store:
        store.people.save(Participant(name="Later", role="pupil"))
    assert run(["restore", "--db", str(db), "--from", str(first.folder)]) == 0
    out = capsys.readouterr().out
    assert "What it replaced is kept in the backup" in out
    with Store(db) as store:
        assert [p.name for p in store.people.all()] == ["Åsa"]
    archive = tmp_path / "copy.zip"
    assert run(["export", "--db", str(db), "--out", str(archive)]) == 0
    assert "vidare.db" in zipfile.ZipFile(archive).namelist()
    other = make_db(tmp_path / "other.db", ["Bo"])
    assert run(["import", "--db", str(other), str(archive)]) == 0
    assert "1 rows added" in capsys.readouterr().out
    with Store(other) as store:
        assert sorted(p.name for p in store.people.all()) == ["Bo", "Åsa"]


def test_bad_input_is_one_sentence_and_exit_2(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("../evil.txt", "x")
    assert run(["import", "--db", str(db), str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("vidare: The archive") and "outside the media folder" in err
    assert "\n" not in err
    assert run(["restore", "--db", str(db), "--from", str(tmp_path)]) == 2
    assert "is not a Vidare backup folder" in capsys.readouterr().err
    notes = tmp_path / "notes.db"
    notes.write_text("shopping")
    assert run(["backup", "--db", str(notes)]) == 2
    assert "is not a Vidare database" in capsys.readouterr().err


def test_a_database_open_elsewhere_is_not_written(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    assert run(["backup", "--db", str(db)]) == 0
    backup = list_backups(db)[0].folder
    with DatabaseLock(db):
        assert run(["restore", "--db", str(db), "--from", str(backup)]) == 2
        assert "already open in another Vidare" in capsys.readouterr().err
        assert run(["backup", "--db", str(db)]) == 0  # reading is fine


def test_a_damaged_backup_is_not_restored_exit_1(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    assert run(["backup", "--db", str(db)]) == 0
    backup = list_backups(db)[0]
    data = bytearray(backup.database.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    backup.database.write_bytes(bytes(data))
    assert run(["restore", "--db", str(db), "--from", str(backup.folder)]) == 1
    assert "damaged and was not restored" in capsys.readouterr().err
