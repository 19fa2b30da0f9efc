"""Participants and their consent: who they are, and where their photos and stories may appear."""

from __future__ import annotations

import datetime as dt
import json

from desktop.domain.models import Consent, Participant
from desktop.store.base import Page, Repository, raise_for
from desktop.store.connection import now, transaction
from desktop.store.row_rules import consent_problems, participant_problems

# The newest consent of each person is the one in force.
CURRENT_CONSENT = """SELECT c.* FROM consent c WHERE c.id = (
    SELECT c2.id FROM consent c2 WHERE c2.participant_id = c.participant_id
    ORDER BY c2.given_on DESC, c2.updated_at DESC LIMIT 1)"""


def today() -> str:
    return dt.date.today().isoformat()


class PeopleRepository(Repository):
    SORTABLE = {"name": "p.name COLLATE NOCASE", "role": "p.role",
                "fewer_opportunities": "p.fewer_opportunities",
                "protected_identity": "p.protected_identity",
                "mobilities": "pf.mobilities", "consent": "pf.consent_on"}
    # The figures a sort reads, kept by triggers (migrations: "figures").
    SORT_JOINS = {key: ("JOIN person_figures pf ON pf.participant_id = p.id",
                        "pf.participant_id") for key in ("mobilities", "consent")}

    def page(self, search: str = "", sort: str = "name", descending: bool = False,
             limit: int | None = None, offset: int = 0, role: str | None = None) -> Page:
        columns = """SELECT p.*, c.given_on AS consent_given_on,
            c.withdrawn_on AS consent_withdrawn_on, c.expires_on AS consent_expires_on,
            (SELECT count(*) FROM mobility_participant mp WHERE mp.participant_id = p.id)
                AS mobilities"""
        from_sql = """participant p LEFT JOIN consent c ON c.id = (
            SELECT c2.id FROM consent c2 WHERE c2.participant_id = p.id
            ORDER BY c2.given_on DESC, c2.updated_at DESC LIMIT 1)"""
        where, params = ([], []) if not role else (["p.role = ?"], [role])
        return self._page(columns, from_sql, where, params, search,
                          (("participant", "p.id"),), sort, descending, self.SORTABLE, limit,
                          offset, key="p.id",
                          light_from="participant p", sort_joins=self.SORT_JOINS)

    def all(self) -> list[Participant]:
        return self._all(Participant, "SELECT * FROM participant ORDER BY name COLLATE NOCASE")

    def get(self, participant_id: str) -> Participant | None:
        return self._get("participant", Participant, participant_id)

    def save(self, participant: Participant) -> Participant:
        raise_for(participant_problems(participant))
        with transaction(self.db):
            before = self.db.execute("SELECT name FROM participant WHERE id = ?",
                                     [participant.id]).fetchone() if participant.id else None
            self._save("participant", participant)
            if before is not None and before[0] != participant.name:
                self._rename_mentions(participant.id, before[0], participant.name)
            return participant

    def _rename_mentions(self, participant_id: str, old: str, new: str) -> None:
        """An action's responsible person linked to someone follows their new name."""
        for action_id, text in self.db.execute(
                """SELECT a.id, a.responsible FROM dissemination_action a
                   JOIN action_responsible r ON r.action_id = a.id
                   WHERE r.participant_id = ?""", [participant_id]).fetchall():
            if old and old in text:
                self.db.execute("UPDATE dissemination_action SET responsible = ?, "
                                "updated_at = ? WHERE id = ?",
                                [text.replace(old, new), now(), action_id])

    def delete(self, participant_id: str) -> None:
        with transaction(self.db):
            self._delete("participant", participant_id)

    def dependents(self, participant_id: str) -> dict[str, int]:
        sql = """SELECT
            (SELECT count(*) FROM mobility_participant WHERE participant_id = :p) AS mobilities,
            (SELECT count(*) FROM story_author WHERE participant_id = :p) AS stories,
            (SELECT count(*) FROM photo_person WHERE participant_id = :p) AS photos,
            (SELECT count(*) FROM consent WHERE participant_id = :p) AS consents"""
        return dict(next(self.db.query(sql, {"p": participant_id})))

    # Consent
    def consents(self, participant_id: str) -> list[Consent]:
        return self._all(Consent, "SELECT * FROM consent WHERE participant_id = ? "
                         "ORDER BY given_on DESC, updated_at DESC", [participant_id])

    def consent(self, participant_id: str) -> Consent | None:
        found = self.consents(participant_id)
        return found[0] if found else None

    def current_consents(self, participant_ids: list[str]) -> dict[str, Consent]:
        """The consent in force for each of these people (absent: none recorded)."""
        rows = self._all(Consent, f"SELECT * FROM ({CURRENT_CONSENT}) WHERE participant_id IN "
                         "(SELECT value FROM json_each(?))", [json.dumps(participant_ids)])
        return {c.participant_id: c for c in rows}

    def save_consent(self, consent: Consent) -> Consent:
        raise_for(consent_problems(consent))
        with transaction(self.db):
            return self._save("consent", consent)

    def delete_consent(self, consent_id: str) -> None:
        with transaction(self.db):
            self._delete("consent", consent_id)

    def allowed(self, participant_ids: list[str], kind: str, use: str,
                on: str | None = None) -> bool:
        """True when every one of these people may appear in `kind` for `use` on that day.

        Nobody with a protected identity ever may, and no recorded consent means no.
        """
        if not participant_ids:
            return True
        on = on or today()
        people = {p.id: p for p in self._all(
            Participant, "SELECT * FROM participant WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(participant_ids)])}
        consents = self.current_consents(participant_ids)
        for pid in participant_ids:
            person, consent = people.get(pid), consents.get(pid)
            if person is None or person.protected_identity or consent is None:
                return False
            if not consent.allows(kind, use, on):
                return False
        return True

    def expiring_or_withdrawn(self, on: str | None = None, within_days: int = 30) -> list[dict]:
        on = on or today()
        soon = (dt.date.fromisoformat(on) + dt.timedelta(days=within_days)).isoformat()
        return list(self.db.query(
            f"""SELECT p.id AS participant_id, p.name, c.expires_on, c.withdrawn_on
                FROM ({CURRENT_CONSENT}) c JOIN participant p ON p.id = c.participant_id
                WHERE c.withdrawn_on != '' OR (c.expires_on != '' AND c.expires_on <= ?)
                ORDER BY p.name""", [soon]))
