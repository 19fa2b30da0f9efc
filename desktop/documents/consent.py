"""Who may be shown in a printed document, decided on the day of printing, and who was.

A photo, story, quote or name appears only when every person concerned has a consent
in force that covers that use for the audience ("internal": print inside the school,
"public": print for the public). Protected identities never appear.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.models import Consent, Participant
from desktop.store import Store


class Visibility:
    """Answers "may these people be shown?" for one document, and remembers who was."""

    def __init__(self, store: Store, audience: str, on: str | None = None):
        self.store = store
        self.use = "public" if audience == "public" else "internal"
        self.on = on or dt.date.today().isoformat()
        self.shown_participants: set[str] = set()
        self.shown_stories: set[str] = set()
        self._people: dict[str, Participant | None] = {}
        self._consents: dict[str, Consent | None] = {}

    def _load(self, ids: list[str]) -> None:
        missing = [pid for pid in ids if pid not in self._people]
        if not missing:
            return
        for pid in missing:
            self._people[pid] = None
            self._consents[pid] = None
        for chunk in range(0, len(missing), 500):
            part = missing[chunk:chunk + 500]
            placeholders = ",".join("?" * len(part))
            for person in self.store.people._all(
                    Participant, f"SELECT * FROM participant WHERE id IN ({placeholders})", part):
                self._people[person.id] = person
            self._consents.update(self.store.people.current_consents(part))

    def allows(self, participant_ids: list[str], kind: str) -> bool:
        """True when every one of them may appear in `kind` ("photo"/"story") today."""
        ids = list(dict.fromkeys(participant_ids))
        self._load(ids)
        for pid in ids:
            person, consent = self._people.get(pid), self._consents.get(pid)
            if person is None or person.protected_identity or consent is None:
                return False
            if not consent.allows(kind, self.use, self.on):
                return False
        return True

    def name(self, participant_id: str) -> str:
        """The name as the person's consent lets it show (full, first, or none: "")."""
        if not self.allows([participant_id], "story"):
            return ""
        person = self._people[participant_id]
        consent = self._consents[participant_id]
        if person is None or consent is None:
            return ""
        if consent.name_display == "full":
            return person.name.strip()
        if consent.name_display == "first":
            return person.name.strip().split(" ")[0] if person.name.strip() else ""
        return ""

    def show(self, participant_ids: list[str], story_id: str | None = None) -> None:
        """Record that these people (and this story) are printed in the document."""
        self.shown_participants.update(participant_ids)
        if story_id:
            self.shown_stories.add(story_id)
