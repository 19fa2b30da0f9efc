"""Settings › Backups: the list, Back up now, Restore (which backs up first), archives."""

import datetime as dt
import zipfile

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from desktop.domain.models import Participant, Story
from desktop.store.backups import list_backups, make_backup
from desktop.ui.backups_panel import BackupsPanel


class Ctx:
    language = "en"


@pytest.fixture
def panel(qtbot, store, tmp_path):
    store.people.save(Participant(name="Åsa Öberg", role="teacher"))
    widget = BackupsPanel(store, Ctx())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def texts(panel):
    model = panel.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_lists_backups_newest_first_with_dates_and_reasons(panel, store):
    old = dt.datetime(2026, 3, 2, 15, 30, tzinfo=dt.timezone.utc)
    make_backup(store.path, reason="close", when=old, rotate_after=False)
    made = panel.back_up_now()
    assert made is not None
    rows = texts(panel)
    assert len(rows) == 2
    assert rows[0][1] == "Backed up by hand" and rows[1][1] == "After the day's work"
    assert "2026" in rows[1][0] and "Mar" in rows[1][0]
    assert rows[0][2].startswith("0 projects, 0 trips, 1 people")
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    assert "verified" in panel.status.text()


def test_restore_backs_up_the_current_state_first(panel, store, qtbot):
    panel.back_up_now()
    store.people.save(Participant(name="Added later", role="pupil"))
    assert not panel.restore_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled()
    panel.ask = lambda *args: True  # the user clicks "Restore"
    with qtbot.waitSignal(panel.data_replaced):
        assert panel.restore_selected()
    assert [p.name for p in store.people.all()] == ["Åsa Öberg"]
    reasons = [b.reason for b in list_backups(store.path)]
    assert "before-restore" in reasons
    safety = [b for b in list_backups(store.path) if b.reason == "before-restore"][0]
    assert safety.counts["participant"] == 2  # "Added later" is kept there
    assert "What it replaced is kept" in panel.status.text()


def test_restore_cancelled_changes_nothing(panel, store):
    panel.back_up_now()
    store.people.save(Participant(name="Added later", role="pupil"))
    panel.table.selectRow(0)
    panel.ask = lambda *args: False
    assert not panel.restore_selected()
    assert len(store.people.all()) == 2


def test_export_and_import_archive(panel, store, tmp_path, qtbot):
    story = store.stories.save(Story(title="Resan", language="sv"))
    image = tmp_path / "p.png"
    Image.new("RGB", (20, 20), (1, 2, 3)).save(image)
    store.stories.add_photo(story.id, image)
    out = panel.export_archive(str(tmp_path / "school.zip"))
    assert "vidare.db" in zipfile.ZipFile(out).namelist()
    store.stories.delete(story.id)
    with qtbot.waitSignal(panel.data_replaced):
        assert panel.import_archive(str(out))
    assert store.stories.get(story.id) is None  # deleted here: not brought back
    assert "Imported" in panel.status.text()


def test_a_hostile_archive_is_refused_with_a_message(panel, store, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("desktop.ui.backups_panel.tell",
                        lambda parent, icon, title, text: shown.append(text))
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("../../evil.txt", "x")
    assert not panel.import_archive(str(bad))
    assert "outside the media folder" in shown[0]
    assert len(store.people.all()) == 1


def test_language_change_retranslates(panel):
    panel.retranslate_ui()
    assert panel.back_up_button.text() == "Back up now"
    assert panel.restore_button.text() == "Restore…"


def test_start_backup_runs_in_the_background(store, qtbot):
    from desktop.ui.backups_panel import back_up_in_background

    store.people.save(Participant(name="Bo", role="pupil"))
    worker = back_up_in_background(store.path)
    with qtbot.waitSignal(worker.done, timeout=20000) as signal:
        pass
    worker.wait()
    assert signal.args[0] == str(list_backups(store.path)[0].folder)
    again = back_up_in_background(store.path)
    with qtbot.waitSignal(again.done, timeout=20000) as signal:
        pass
    again.wait()
    assert signal.args == [""]  # nothing changed: none due
