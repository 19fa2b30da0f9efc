"""Whose names a spreadsheet may carry: consent decides, as it does for printed documents.

A person whose consent in force does not cover use inside the school (photos or stories,
"print inside the school") appears by role and initials only; a protected identity by
role alone. Exporting for the data protection officer, chosen explicitly, shows everyone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from desktop.domain import catalogues as cat
from desktop.sheets.cells import initials
from desktop.store import Store


class NameMask:
    """Replaces the names of people who may not be named, wherever they occur in a cell."""

    def __init__(self, store: Store, for_dpo: bool = False, language: str = "en",
                 on: str | None = None):
        from desktop.i18n import Translator

        self.for_dpo = for_dpo
        self.on = on or dt.date.today().isoformat()
        self.shown_as: dict[str, str] = {}  # participant id → what the file shows instead
        self._role_label = role_labeller(Translator(language).tr)
        self._pattern: re.Pattern[str] | None = None
        self._replacement: dict[str, str] = {}
        if not for_dpo:
            self._load(store)

    def _load(self, store: Store) -> None:
        people = store.db.execute(
            "SELECT id, name, role, protected_identity FROM participant").fetchall()
        consents = store.people.current_consents([row[0] for row in people])
        for pid, name, role, protected in people:
            consent = consents.get(pid)
            if protected:
                instead = self._role_label(role)
            elif consent is not None and (consent.allows("story", "internal", self.on)
                                          or consent.allows("photo", "internal", self.on)):
                continue
            else:
                instead = initials(name) or self._role_label(role)
            self.shown_as[pid] = instead
            if name.strip():
                self._replacement[_spaces(name.strip()).casefold()] = instead
        if self._replacement:
            names = sorted(self._replacement, key=len, reverse=True)
            self._pattern = re.compile(
                r"(?<!\w)(" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
                + r")(?!\w)", re.IGNORECASE)

    @property
    def hidden(self) -> int:
        """How many people this export does not name."""
        return len(self.shown_as)

    def name(self, participant_id: str, name: str) -> str:
        return self.shown_as.get(participant_id, name)

    def notes(self, participant_id: str, notes: str) -> str:
        """Free notes about a person not named go too: they would say who it is."""
        return "" if participant_id in self.shown_as else self.text(notes)

    def text(self, value: str) -> str:
        """Any text with the names of people not to be named replaced."""
        if self._pattern is None or not value:
            return value
        return self._pattern.sub(
            lambda m: self._replacement.get(_spaces(m.group(0)).casefold(), m.group(0)), value)


def _spaces(text: str) -> str:
    return " ".join(text.split())


def role_labeller(tr: Callable[[str, str], str]) -> Callable[[str], str]:
    """A participant role code → its label, through `tr(context, text)`."""
    def label(code: str) -> str:
        entry = cat.find(cat.PARTICIPANT_ROLES, code)
        return tr("Catalogue", entry.label) if entry else code
    return label
