"""`vidare backup/restore/export/import/unlock`: their lines, sentences and exit statuses.

Lines are asserted word for word in English. The Swedish and Polish lines are the
translations proposed for the catalogues: until the translators have filled them in, those
tests are expected to fail (xfail), and once filled they must pass as written.
"""

import json
import os
import zipfile

import pytest

from desktop.cli import run
from desktop.domain.models import Participant
from desktop.i18n import Translator
from desktop.i18n.formatting import format_datetime
from desktop.store import Store
from desktop.store.backups import list_backups
from desktop.store.lock import DatabaseLock, lock_path_for


def make_db(path, names=("Åsa",)):
    with Store(path, create=True) as store:
        for name in names:
            store.people.save(Participant(name=name, role="teacher"))
    return path


def lines(text):
    return text.strip().splitlines()


def en(source, n):
    """An English counted phrase as the catalogue gives it ("1 record added.", "2 media
    files"): its plural forms are the English catalogue's, filled with the others."""
    return Translator("en").tr("Cli", source, n)


def translated(language, context, source, n=-1):
    """Skip (as an expected failure) while the catalogue lacks this message."""
    if not Translator(language).qt.translate(context, source, None, n):
        pytest.xfail(f"the {language} catalogue has no translation of {source!r} yet")


def test_backup_prints_what_it_verified(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    assert run(["--lang", "en", "backup", "--db", str(db)]) == 0
    out = lines(capsys.readouterr().out)
    made = list_backups(db)[0]
    assert out[0].startswith(f"{db}: backed up to {made.folder} (")
    assert out[0].endswith(") and checked against the database table by table: 0 projects, "
                           "0 mobilities, 1 participant, 0 stories, 0 dissemination actions "
                           f"and {en('%n media file(s)', 0)}.")
    assert out[1] == f"It is the only backup kept in {made.folder.parent} so far."
    assert run(["--lang", "en", "backup", "--db", str(db)]) == 0
    out = lines(capsys.readouterr().out)
    newest, oldest = list_backups(db)[0], list_backups(db)[-1]
    assert out[1] == (f"2 backups kept in {made.folder.parent}, the newest from "
                      f"{format_datetime(newest.created_at, 'en')}, the oldest from "
                      f"{format_datetime(oldest.created_at, 'en')}.")
    assert run(["--lang", "en", "backup", "--db", str(db), "--to", str(tmp_path / "usb")]) == 0
    assert list_backups(db, tmp_path / "usb")


def test_restore_export_import_lines(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    assert run(["backup", "--db", str(db)]) == 0
    first = list_backups(db)[0]
    with Store(db) as store:
        store.people.save(Participant(name="Later", role="pupil"))
    capsys.readouterr()
    assert run(["--lang", "en", "restore", "--db", str(db), "--from", str(first.folder)]) == 0
    out = lines(capsys.readouterr().out)
    assert out[0] == (f"{db}: restored the backup of {format_datetime(first.created_at, 'en')}:"
                      " 0 projects, 0 mobilities, 1 participant, 0 stories, 0 dissemination "
                      f"actions and {en('%n media file(s)', 0)}.")
    safety = [b for b in list_backups(db) if b.reason == "before-restore"][0]
    assert out[1] == f"What it replaced is kept in the backup {safety.folder}."
    with Store(db) as store:
        assert [p.name for p in store.people.all()] == ["Åsa"]
    archive = tmp_path / "copy.zip"
    assert run(["--lang", "en", "export", "--db", str(db), "--out", str(archive)]) == 0
    out = lines(capsys.readouterr().out)
    assert out[0].startswith(f"{db}: exported to {archive} (") and out[0].endswith(
        "): 0 projects, 0 mobilities, 1 participant, 0 stories, 0 dissemination actions and "
        f"{en('%n media file(s)', 0)}.")
    assert "vidare.db" in zipfile.ZipFile(archive).namelist()
    other = make_db(tmp_path / "other.db", ["Bo", "Li"])
    assert run(["--lang", "en", "import", "--db", str(other), str(archive)]) == 0
    out = lines(capsys.readouterr().out)
    before = [b for b in list_backups(other) if b.reason == "before-import"][0]
    # A line for what happened, none for what did not ("0 records deleted" is noise).
    assert out == [f"{other}: imported {archive}.", "1 record added.",
                   f"The data as it was before the import is kept in the backup {before.folder}."]
    assert run(["--lang", "en", "import", "--db", str(other), str(archive)]) == 0
    assert lines(capsys.readouterr().out)[1] == "Nothing in it was new to this database."
    with Store(other) as store:
        assert sorted(p.name for p in store.people.all()) == ["Bo", "Li", "Åsa"]


def test_import_lines_in_polish_use_polish_plurals(tmp_path, capsys):
    translated("pl", "Cli", "%n record(s) added.", 2)
    a = make_db(tmp_path / "a.db", ["Ola", "Ewa"])
    archive = tmp_path / "a.zip"
    assert run(["export", "--db", str(a), "--out", str(archive)]) == 0
    other = make_db(tmp_path / "b.db", [])
    capsys.readouterr()
    assert run(["--lang", "pl", "import", "--db", str(other), str(archive)]) == 0
    out = lines(capsys.readouterr().out)
    assert out[:2] == [f"{other}: zaimportowano {archive}.", "Dodano 2 wpisy."]


def test_bad_input_is_one_sentence_and_exit_2(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("../evil.txt", "x")
    assert run(["--lang", "en", "import", "--db", str(db), str(bad)]) == 2
    assert capsys.readouterr().err == (
        f"vidare: The archive {bad} was not imported: it holds a file that would land outside "
        "the media folder (../evil.txt).\n")
    assert run(["--lang", "en", "restore", "--db", str(db), "--from", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"vidare: {tmp_path} is not a Vidare backup folder.\n"
    notes = tmp_path / "notes.db"
    notes.write_text("shopping")
    assert run(["--lang", "en", "backup", "--db", str(notes)]) == 2
    assert capsys.readouterr().err == f"vidare: {notes} is not a Vidare database.\n"


@pytest.mark.parametrize("language, folder_db, missing_out, file_as_backups", [
    ("en", "%1 is a folder, not a database file.",
     "The folder %1 does not exist, so nothing was written.",
     "%1 is a file; give a folder to keep the backups in."),
    ("sv", "%1 är en mapp, inte en databasfil.",
     "Mappen %1 finns inte, så inget skrevs.",
     "%1 är en fil; ange en mapp att spara säkerhetskopiorna i."),
    ("pl", "%1 to folder, a nie plik bazy danych.",
     "Folder %1 nie istnieje, więc nic nie zapisano.",
     "%1 to plik; podaj folder, w którym mają być kopie zapasowe."),
])
def test_wrong_kind_of_path_is_one_sentence_and_exit_2(tmp_path, capsys, language, folder_db,
                                                       missing_out, file_as_backups):
    if language != "en":
        translated(language, "Store", "%1 is a folder, not a database file.")
        translated(language, "Cli", "The folder %1 does not exist, so nothing was written.")
        translated(language, "Store", "%1 is a file; give a folder to keep the backups in.")
    db = make_db(tmp_path / "school.db")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    for command in (["backup", "--db", str(folder)],
                    ["export", "--db", str(folder), "--out", str(tmp_path / "x.zip")],
                    ["import", "--db", str(folder), str(tmp_path / "x.zip")]):
        assert run(["--lang", language, *command]) == 2, command
        assert capsys.readouterr().err == "vidare: " + folder_db.replace("%1", str(folder)) \
            + "\n"
    missing = tmp_path / "no-such-folder"
    assert run(["--lang", language, "export", "--db", str(db), "--out",
                str(missing / "x.zip")]) == 2
    assert capsys.readouterr().err == "vidare: " + missing_out.replace("%1", str(missing)) \
        + "\n"
    assert not missing.exists()
    a_file = tmp_path / "backups.txt"
    a_file.write_text("not a folder")
    assert run(["--lang", language, "backup", "--db", str(db), "--to", str(a_file)]) == 2
    assert capsys.readouterr().err == "vidare: " + file_as_backups.replace("%1", str(a_file)) \
        + "\n"
    assert a_file.read_text() == "not a folder"


def test_a_database_open_elsewhere_is_not_written(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    assert run(["backup", "--db", str(db)]) == 0
    backup = list_backups(db)[0].folder
    capsys.readouterr()
    with DatabaseLock(db) as lock:
        assert run(["--lang", "en", "restore", "--db", str(db), "--from", str(backup)]) == 2
        assert capsys.readouterr().err == (
            f"vidare: {db} is open in a Vidare running right now ({lock.owner.user} on "
            f"{lock.owner.host}, since {lock.owner.since}); close it there first.\n")
        assert run(["backup", "--db", str(db)]) == 0  # reading is fine
        assert run(["--lang", "en", "unlock", "--db", str(db)]) == 2  # never a running one
        assert lock_path_for(db).exists()


def test_another_computers_lock_names_unlock_which_takes_it_over(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    lock_path_for(db).write_text(json.dumps({"user": "anna", "host": "staffroom-pc", "pid": 1,
                                             "since": "2026-11-27 08:00 UTC"}))
    archive = tmp_path / "x.zip"
    assert run(["export", "--db", str(db), "--out", str(archive)]) == 0
    capsys.readouterr()
    for command in (["import", "--db", str(db), str(archive)],
                    ["demo", "--db", str(db)],
                    ["report", "summary", "--db", str(db), "--lang", "en", "--out",
                     str(tmp_path / "s.pdf")]):
        assert run(["--lang", "en", *command]) == 2, command
        assert capsys.readouterr().err == (
            f"vidare: {db} is already open in another Vidare (anna on staffroom-pc, since "
            f"2026-11-27 08:00 UTC); if it no longer runs there, take it over with “vidare "
            f"unlock --db {db}”.\n")
    assert not (tmp_path / "s.pdf").exists()
    assert run(["--lang", "en", "unlock", "--db", str(db)]) == 0
    assert capsys.readouterr().out == (f"{db} was locked by anna on staffroom-pc (since "
                                       "2026-11-27 08:00 UTC); that lock is now removed.\n")
    assert not lock_path_for(db).exists()
    assert run(["--lang", "en", "unlock", "--db", str(db)]) == 0
    assert capsys.readouterr().out == f"{db} was not locked.\n"
    assert run(["import", "--db", str(db), str(archive)]) == 0


def test_a_damaged_backup_is_not_restored_exit_1(tmp_path, capsys):
    db = make_db(tmp_path / "school.db")
    assert run(["backup", "--db", str(db)]) == 0
    backup = list_backups(db)[0]
    data = bytearray(backup.database.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    backup.database.write_bytes(bytes(data))
    assert run(["restore", "--db", str(db), "--from", str(backup.folder)]) == 1
    assert "damaged and was not restored" in capsys.readouterr().err


def test_a_damaged_database_is_one_sentence_and_exit_1(tmp_path, capsys):
    db = make_db(tmp_path / "school.db", ["Åsa"] * 50)
    with Store(db) as store:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[4096:4096 * 3] = b"\xa5" * 8192
    db.write_bytes(bytes(data))
    for command in (["backup", "--db", str(db)],
                    ["export", "--db", str(db), "--out", str(tmp_path / "x.zip")]):
        assert run(["--lang", "en", *command]) == 1
        assert capsys.readouterr().err == f"vidare: {db} is damaged and cannot be opened.\n"


def test_another_schools_archive_asks_for_other_school(tmp_path, capsys):
    from desktop.domain.models import School

    with Store(tmp_path / "a.db", create=True) as a:
        a.school.save(School(name="Vidaregymnasiet", country="SE"))
    with Store(tmp_path / "b.db", create=True) as b:
        b.school.save(School(name="Szkoła nr 5", country="PL"))
    archive = tmp_path / "a.zip"
    assert run(["export", "--db", str(tmp_path / "a.db"), "--out", str(archive)]) == 0
    capsys.readouterr()
    assert run(["--lang", "en", "import", "--db", str(tmp_path / "b.db"), str(archive)]) == 2
    assert capsys.readouterr().err == (
        f"vidare: {archive} holds the data of another school (Vidaregymnasiet), not of Szkoła "
        "nr 5; to take it in anyway, add --other-school.\n")
    assert list_backups(tmp_path / "b.db") == []
    assert run(["import", "--db", str(tmp_path / "b.db"), "--other-school", str(archive)]) == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_demo_twice_into_one_file_is_a_sentence(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert run(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    assert run(["--lang", "en", "demo", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err == (f"vidare: {db} is not empty; the demo school is only written into an "
                   "empty database.\n")


def unprivileged(command):
    import shutil

    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv")
        return ["setpriv", "--bounding-set=-all", "--inh-caps=-all", *command]
    return command


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_import_and_restore_into_what_cannot_be_written_is_a_sentence(tmp_path, capsys):
    """Importing into a read-only folder was a PermissionError traceback on the lock; into a
    newer file it ran the merge and ended in "attempt to write a readonly database"."""
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    from desktop.store.migrations import LATEST

    root = Path(__file__).resolve().parents[2]
    source = make_db(tmp_path / "source.db", ["Bo"])
    archive = tmp_path / "source.zip"
    assert run(["export", "--db", str(source), "--out", str(archive)]) == 0
    assert run(["backup", "--db", str(source)]) == 0
    backup = list_backups(source)[0].folder
    capsys.readouterr()

    def vidare(*args):
        return subprocess.run(unprivileged([sys.executable, "-m", "desktop", "--lang", "en",
                                            *map(str, args)]), capture_output=True,
                              text=True, timeout=120, cwd=root,
                              env={**os.environ, "LANG": "C"})

    folder = tmp_path / "readonly"
    db = make_db(folder / "vidare.db")
    before = sorted(p.name for p in folder.iterdir())
    folder.chmod(0o500)
    try:
        done = [vidare("import", "--db", db, archive),
                vidare("restore", "--db", db, "--from", backup)]
    finally:
        folder.chmod(0o700)
    for result in done:
        assert (result.returncode, result.stderr) == (
            2, f"vidare: The folder {folder} cannot be written to.\n")
    assert sorted(p.name for p in folder.iterdir()) == before

    made_read_only = make_db(tmp_path / "mine" / "vidare.db")
    made_read_only.chmod(0o444)
    for result in (vidare("import", "--db", made_read_only, archive),
                   vidare("restore", "--db", made_read_only, "--from", backup)):
        assert (result.returncode, result.stderr) == (
            2, f"vidare: {made_read_only} can only be read here, so Vidare changes nothing "
               "in it.\n")
    made_read_only.chmod(0o600)

    newer = make_db(tmp_path / "newer" / "vidare.db")
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    before = sorted(p.name for p in newer.parent.iterdir())
    for command in (["import", "--db", str(newer), str(archive)],
                    ["restore", "--db", str(newer), "--from", str(backup)]):
        assert run(["--lang", "en", *command]) == 2
        assert capsys.readouterr().err == (
            f"vidare: {newer} was saved by a newer Vidare (data version {LATEST + 1}); this "
            f"Vidare knows up to {LATEST}.\n")
    assert sorted(p.name for p in newer.parent.iterdir()) == before


def test_restoring_another_schools_backup_asks_first(tmp_path, capsys):
    from desktop.domain.models import School

    with Store(tmp_path / "a.db", create=True) as a:
        a.school.save(School(name="Vidaregymnasiet", country="SE"))
    with Store(tmp_path / "b.db", create=True) as b:
        b.school.save(School(name="Szkoła nr 5", country="PL"))
        b.people.save(Participant(name="Stays", role="teacher"))
    assert run(["backup", "--db", str(tmp_path / "a.db"), "--to", str(tmp_path / "usb")]) == 0
    theirs = list_backups(tmp_path / "a.db", tmp_path / "usb")[0].folder
    capsys.readouterr()
    assert run(["--lang", "en", "restore", "--db", str(tmp_path / "b.db"), "--from",
                str(theirs)]) == 2
    assert capsys.readouterr().err == (
        f"vidare: {theirs} holds the data of another school (Vidaregymnasiet), not of Szkoła "
        "nr 5; to take it in anyway, add --other-school.\n")
    with Store(tmp_path / "b.db") as b:
        assert [p.name for p in b.people.all()] == ["Stays"]
    assert run(["restore", "--db", str(tmp_path / "b.db"), "--from", str(theirs),
                "--other-school"]) == 0
    with Store(tmp_path / "b.db") as b:
        assert b.school.get().name == "Vidaregymnasiet"
