"""The privacy dialogs: the take-down list shows what to take down, export writes, erase asks."""

import json

from PySide6.QtWidgets import QMessageBox

from desktop.store.privacy import withdraw_consent
from desktop.ui import privacy_dialogs as pd
from tests.store.test_privacy import school


def test_takedown_dialog_lists_documents_actions_and_stories(store, tmp_path, qtbot):
    s = school(store, tmp_path)
    withdraw_consent(store, s["lucja"].id, on="2026-06-01")
    dialog = pd.TakedownDialog(store, s["lucja"].id)
    qtbot.addWidget(dialog)
    text = dialog.as_text()
    assert "Take-down list. Person: Łucja Żółć" in text
    assert "Printed documents (1)" in text and "Stories poster" in text
    assert "For the public" in text
    assert "Blogginlägg om Kraków" in text
    assert "Personalmöte" not in text and "Projektsidan startar" not in text
    assert "Min resa" in text and "Vår resa" in text
    dialog.copy_list()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == text


def test_takedown_dialog_for_someone_never_shown(store, qtbot):
    from desktop.domain.models import Participant

    nobody = store.people.save(Participant(name="Nobody", role="pupil"))
    dialog = pd.TakedownDialog(store, nobody.id)
    qtbot.addWidget(dialog)
    assert "No printed document" in dialog.intro.text()


def test_export_person_data_writes_both_files(store, tmp_path, qtbot):
    s = school(store, tmp_path)
    json_path, html_path = pd.export_person_data(store, s["lucja"].id, None,
                                                 str(tmp_path / "out"))
    assert json.loads(json_path.read_text(encoding="utf-8"))["participant"]["name"] == \
        "Łucja Żółć"
    assert "<h2>Trips</h2>" in html_path.read_text(encoding="utf-8")


def test_erase_asks_and_says_what_goes(store, tmp_path, qtbot, monkeypatch):
    s = school(store, tmp_path)
    box, erase = pd.build_erase_box(store, s["lucja"].id)
    assert "Erase from Vidare for good all data about this person: Łucja Żółć?" == box.text()
    assert "1 consent record with the scanned forms" in box.informativeText()
    assert "2 photos" in box.informativeText()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: None)  # Cancel
    assert not pd.erase_person_asking(store, s["lucja"].id)
    assert store.people.get(s["lucja"].id) is not None
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda self: [b for b in self.buttons() if b.text() == "Erase"][0])
    assert pd.erase_person_asking(store, s["lucja"].id)
    assert store.people.get(s["lucja"].id) is None
