"""Drafts are kept in their own table, found by record, and lose an erased person."""

from __future__ import annotations

from desktop.domain.validation import Problem
from desktop.store.drafts import DraftRepository
from desktop.store.migrations import LATEST


def test_a_draft_is_kept_found_and_discarded(store):
    drafts = DraftRepository(store.db)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
    missing = [Problem("start_date", "Enter a date."), Problem("end_date", "Enter a date."),
               Problem("participants", "No pupils", warning=True)]
    kept = drafts.keep("mobility", "", {"city": "Gdańsk", "start_date": ""}, missing)
    again = drafts.get(kept.id)
    assert again.data == {"city": "Gdańsk", "start_date": ""}
    assert again.missing() == ["start_date", "end_date"]
    assert [d.id for d in drafts.for_table("mobility")] == [kept.id]
    rewritten = drafts.keep("mobility", "", {"city": "Gdynia"}, [], draft_id=kept.id)
    assert rewritten.id == kept.id and rewritten.created_at == kept.created_at
    assert len(drafts.for_table("mobility")) == 1
    drafts.discard(kept.id)
    assert drafts.for_table("mobility") == []


def test_a_draft_of_a_stored_record_is_one_per_record(store):
    drafts = DraftRepository(store.db)
    first = drafts.keep("project", "p1", {"title": "A"}, [])
    second = drafts.keep("project", "p1", {"title": "B"}, [])
    assert first.id == second.id
    assert drafts.for_record("project", "p1").data == {"title": "B"}
    drafts.discard_for_record("project", "p1")
    assert drafts.for_record("project", "p1") is None


def test_an_erased_person_leaves_no_draft_behind(store):
    drafts = DraftRepository(store.db)
    own = drafts.keep("participant", "anna", {"name": "Anna Lind"}, [])
    trip = drafts.keep("mobility", "", {"city": "Oslo", "_extras": {"participants": [
        ["anna", "participant"], ["bo", "participant"]]}}, [])
    story = drafts.keep("story", "", {"title": "T", "_extras": {"authors": ["anna", "bo"]}}, [])
    drafts.forget_person("anna")
    assert drafts.get(own.id) is None
    assert drafts.get(trip.id).data["_extras"]["participants"] == [["bo", "participant"]]
    assert drafts.get(story.id).data["_extras"]["authors"] == ["bo"]
    assert drafts.get(trip.id).data["city"] == "Oslo"
