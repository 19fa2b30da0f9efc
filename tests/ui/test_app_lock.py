"""The window's first-start and demo databases are written holding the lock, as `vidare
demo` writes one: a second Vidare holding it means nothing is written, and no traceback."""

from __future__ import annotations

import pytest

from desktop.store import Store
from desktop.store.lock import DatabaseLock, DatabaseLocked
from desktop.store.projects import SchoolRepository
from desktop.ui.app import create_school, demo_database


@pytest.fixture
def other_vidare(tmp_path):
    """Another Vidare (here: another open lock file) holding the lock of `vidare.db`."""
    lock = DatabaseLock(tmp_path / "vidare.db").acquire()
    yield lock
    lock.release()


def test_first_start_writes_nothing_while_another_vidare_holds_the_lock(tmp_path,
                                                                       other_vidare):
    path = tmp_path / "vidare.db"
    assert create_school(path, "Vidby skola", "SE", "sv") is False
    assert not path.exists()  # before: the file was created and written regardless


def test_first_start_holds_the_lock_while_it_writes_and_frees_it_after(tmp_path,
                                                                      monkeypatch):
    path = tmp_path / "vidare.db"
    seen: list[str] = []
    save = SchoolRepository.save

    def save_and_look(repository, school):  # the real save, with a look at the lock
        try:
            DatabaseLock(path).acquire().release()
            seen.append("free")
        except DatabaseLocked:
            seen.append("held")
        return save(repository, school)

    monkeypatch.setattr(SchoolRepository, "save", save_and_look)
    assert create_school(path, "Vidby skola", "NO", "nb") is True
    assert seen == ["held"]
    DatabaseLock(path).acquire().release()  # free again once written
    with Store(path) as store:
        school = store.school.get()
        assert (school.name, school.country, school.default_language) == (
            "Vidby skola", "NO", "nb")


def test_first_start_keeps_a_school_another_vidare_wrote_meanwhile(tmp_path):
    path = tmp_path / "vidare.db"
    assert create_school(path, "Vidby skola", "SE", "sv")
    assert create_school(path, "Another name", "NO", "nb")
    with Store(path) as store:
        assert store.school.get().name == "Vidby skola"
        assert store.db["school"].count == 1


def test_the_demo_is_not_written_while_another_vidare_holds_the_lock(tmp_path):
    lock = DatabaseLock(tmp_path / "demo.db").acquire()
    try:
        path = demo_database("sv", tmp_path, scale=1)
    finally:
        lock.release()
    assert path == tmp_path / "demo.db"
    assert not path.exists()


def test_the_demo_is_written_holding_the_lock(tmp_path, monkeypatch):
    import desktop.demo

    seen: list[str] = []
    create = desktop.demo.create_demo

    def create_and_look(store, country, scale):
        try:
            DatabaseLock(tmp_path / "demo.db").acquire().release()
            seen.append("free")
        except DatabaseLocked:
            seen.append("held")
        return create(store, country, scale)

    monkeypatch.setattr(desktop.demo, "create_demo", create_and_look)
    path = demo_database("nb", tmp_path, scale=1)
    assert seen == ["held"]
    DatabaseLock(path).acquire().release()
    with Store(path) as store:
        assert store.school.get().country == "NO" and store.counts()["mobility"] > 0
