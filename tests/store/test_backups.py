"""Backups: round trip with media, rotation over simulated dates, restore keeps what it replaces."""

import datetime as dt
import os
import sqlite3
import stat

import pytest
from PIL import Image

from desktop.domain.models import Participant, Story
from desktop.paths import backups_dir_for
from desktop.store import Store
from desktop.store.backups import (
    BackupFailed,
    backup_if_due,
    backups_to_keep,
    list_backups,
    make_backup,
    restore_backup,
    rotate,
    verify_backup,
)


def photo(tmp_path, name="p.png", colour=(20, 90, 160)):
    path = tmp_path / name
    Image.new("RGB", (40, 30), colour).save(path)
    return path


def fill(store: Store, tmp_path, name="Åsa Öberg"):
    colour = tuple(sum(map(ord, name)) * k % 256 for k in (3, 5, 7))
    person = store.people.save(Participant(name=name, role="teacher"))
    story = store.stories.save(Story(title=f"Story of {name}", text="Vi lärde oss mycket",
                                     language="sv"), [person.id])
    added = store.stories.add_photo(story.id, photo(tmp_path, f"{name}.png", colour))
    return person, story, added


def test_backup_round_trip_includes_uncheckpointed_data_and_media(store, tmp_path):
    person, story, added = fill(store, tmp_path)
    # The store is still open: the rows may sit only in the -wal file.
    assert (tmp_path / "vidare.db-wal").exists()
    backup = make_backup(store.path)
    assert backup.folder.parent == backups_dir_for(store.path)
    assert verify_backup(backup, full=True) == []
    assert list_backups(store.path)[0].folder == backup.folder
    assert (backup.folder / "media" / added.file).read_bytes() == \
        store.stories.photo_path(added).read_bytes()
    copy = sqlite3.connect(backup.database)
    assert copy.execute("SELECT name FROM participant").fetchall() == [("Åsa Öberg",)]
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
    copy.close()

    # Lose everything, then restore.
    store.people.delete(person.id)
    store.stories.delete(story.id)
    store.stories.photo_path(added).unlink()
    result = restore_backup(store.path, backup)
    assert store.people.get(person.id).name == "Åsa Öberg"  # the open store sees it
    assert store.stories.search("lärde")[0]["id"] == story.id
    assert store.stories.photo_path(added).is_file()
    assert result.safety is not None and result.safety.counts["participant"] == 0


def test_restore_keeps_a_backup_of_what_it_replaces(store, tmp_path):
    fill(store, tmp_path, "Before")
    old = make_backup(store.path, reason="manual")
    later, _, _ = fill(store, tmp_path, "Later")
    result = restore_backup(store.path, old.folder)
    assert store.people.get(later.id) is None
    assert result.safety.reason == "before-restore"
    assert result.safety.counts["participant"] == 2
    # …and restoring that safety backup brings the later work back.
    restore_backup(store.path, result.safety)
    assert store.people.get(later.id).name == "Later"
    reasons = [b.reason for b in list_backups(store.path)]
    assert reasons.count("before-restore") == 2


def test_restore_sets_a_damaged_database_aside_instead_of_overwriting_it(tmp_path):
    db = tmp_path / "vidare.db"
    with Store(db, create=True) as store:
        fill(store, tmp_path)
    good = make_backup(db)
    damaged_bytes = bytearray(db.read_bytes())
    damaged_bytes[5000:9000] = b"\xff" * 4000
    db.write_bytes(bytes(damaged_bytes))
    result = restore_backup(db, good)
    assert result.safety is None
    assert result.set_aside.name.startswith("vidare.db.damaged-")
    assert result.set_aside.read_bytes() == bytes(damaged_bytes)
    with Store(db) as store:
        assert [p.name for p in store.people.all()] == ["Åsa Öberg"]


def test_a_damaged_backup_is_refused_and_nothing_is_changed(store, tmp_path):
    fill(store, tmp_path)
    backup = make_backup(store.path)
    data = bytearray(backup.database.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    backup.database.write_bytes(bytes(data))
    assert verify_backup(backup)
    with pytest.raises(BackupFailed):
        restore_backup(store.path, backup)
    assert len(store.people.all()) == 1


def test_unchanged_media_are_hard_linked_not_copied_again(store, tmp_path):
    _, _, added = fill(store, tmp_path)
    first = make_backup(store.path)
    fill(store, tmp_path, "Second")
    second = make_backup(store.path)
    a, b = first.folder / "media" / added.file, second.folder / "media" / added.file
    if hasattr(os, "link"):
        assert a.stat().st_ino == b.stat().st_ino
    assert len(second.media) == 2


def test_backup_if_due_only_when_something_changed(store, tmp_path):
    fill(store, tmp_path)
    assert backup_if_due(store.path) is not None
    assert backup_if_due(store.path) is None
    store.people.save(Participant(name="New", role="pupil"))
    assert backup_if_due(store.path, reason="close").reason == "close"
    assert len(list_backups(store.path)) == 2


def test_backups_to_another_folder(store, tmp_path):
    fill(store, tmp_path)
    target = tmp_path / "usb"
    backup = make_backup(store.path, target)
    assert backup.folder.parent == target
    assert list_backups(store.path, target)[0].folder == backup.folder


def test_rotation_keeps_7_daily_4_weekly_12_monthly(store, tmp_path):
    store.people.save(Participant(name="A", role="pupil"))
    start = dt.datetime(2024, 1, 1, 16, 0, tzinfo=dt.timezone.utc)
    days = 430
    made = 0
    # daily for the last 40 days (morning and evening), every 4th day before that
    for day in range(days):
        if day < days - 40 and day % 4:
            continue
        for hour in (8, 16):
            when = start + dt.timedelta(days=day, hours=hour - 16)
            make_backup(store.path, reason="start", when=when, rotate_after=False)
            made += 1
    now = start + dt.timedelta(days=days - 1)
    kept = {b.when for b in list_backups(store.path) if b.folder in
            backups_to_keep(list_backups(store.path), now)}
    removed = rotate(store.path, now=now)
    remaining = list_backups(store.path)
    assert {b.when for b in remaining} == kept
    assert len(removed) + len(remaining) == made
    dates = sorted({b.when.date() for b in remaining}, reverse=True)
    last = now.date()
    # the last day (both), then one a day for 7 days…
    assert [d for d in dates if (last - d).days < 7] == [last - dt.timedelta(days=i)
                                                          for i in range(7)]
    # …one per week for 4 weeks, one per month for 12 months, nothing older.
    weeks = {b.when.isocalendar()[:2] for b in remaining}
    months = {(b.when.year, b.when.month) for b in remaining}
    assert len(months) == 12
    assert len(weeks) <= 7 + 4 + 12
    assert min(b.when for b in remaining) > now - dt.timedelta(days=366)
    assert len(remaining) <= 1 + 7 + 4 + 12


def test_backups_are_private(store, tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX file modes")
    fill(store, tmp_path)
    backup = make_backup(store.path)
    assert stat.S_IMODE(backup.folder.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.folder.stat().st_mode) == 0o700
    for path in backup.folder.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
