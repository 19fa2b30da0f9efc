"""What an imported sheet can hold, the fields its columns map to, and the guess from headers.

Headers are recognised in Swedish, Norwegian, Polish and English (the words below, and
each field's own label through the catalogues once translated) and as the EU Beneficiary
Module's exports name their columns.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from desktop.domain.fold import fold
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import LANGUAGES, Translator
from desktop.sheets.values import text

S = "Sheets"


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English source, context "Sheets"
    words: tuple[str, ...] = ()  # headers that name it, in the four languages and the BM's
    required: bool = False


@dataclass(frozen=True)
class Holds:
    """One kind of list a sheet can hold."""

    key: str
    label: str  # English source, context "Sheets"
    fields: tuple[Field, ...]

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)


_NAME = Field("name", QT_TRANSLATE_NOOP(S, "Full name"), (
    "name", "full name", "participant", "participant name", "person",
    "namn", "fullständigt namn", "deltagare", "navn", "fullt navn", "deltaker",
    "imię i nazwisko", "nazwisko i imię", "uczestnik", "participant full name"))
_FIRST = Field("first_name", QT_TRANSLATE_NOOP(S, "First name"), (
    "first name", "given name", "forename", "participant first name", "förnamn", "fornavn",
    "imię", "imie"))
_LAST = Field("last_name", QT_TRANSLATE_NOOP(S, "Last name"), (
    "last name", "surname", "family name", "participant last name", "efternamn",
    "etternavn", "nazwisko"))
_FEWER = Field("fewer_opportunities", QT_TRANSLATE_NOOP(S, "Fewer opportunities"), (
    "fewer opportunities", "participant with fewer opportunities",
    "participants with fewer opportunities", "with fewer opportunities",
    "färre möjligheter", "deltagare med färre möjligheter", "færre muligheter",
    "mniejsze szanse", "z mniejszymi szansami", "osoba z mniejszymi szansami"))
_NOTES = Field("notes", QT_TRANSLATE_NOOP(S, "Notes"), (
    "notes", "note", "comment", "comments", "anteckningar", "kommentar", "notater",
    "merknad", "uwagi", "notatki", "komentarz"))
_PROJECT = Field("project", QT_TRANSLATE_NOOP(S, "Project"), (
    "project", "project code", "project number", "project reference", "grant agreement number",
    "grant reference", "projekt", "projektnummer", "prosjekt", "prosjektnummer",
    "numer projektu", "numer umowy", "projekt nr"))
_CLASS = Field("group", QT_TRANSLATE_NOOP(S, "Class or group (kept in the notes)"), (
    "class", "group", "form", "klass", "klasse", "gruppe", "grupp", "klasa", "grupa"))

PEOPLE = Holds("people", QT_TRANSLATE_NOOP(S, "People"), (
    _NAME, _FIRST, _LAST,
    Field("role", QT_TRANSLATE_NOOP(S, "Role"), (
        "role", "type", "participant type", "category", "roll", "typ", "kategori", "rolle",
        "rola", "kategoria")),
    _FEWER,
    Field("protected_identity", QT_TRANSLATE_NOOP(S, "Protected identity"), (
        "protected identity", "protected", "skyddad identitet", "skyddade personuppgifter",
        "skjermet", "fortrolig adresse", "chroniona tożsamość", "dane chronione")),
    _CLASS, _NOTES,
))

MOBILITIES = Holds("mobilities", QT_TRANSLATE_NOOP(S, "Mobilities"), (
    Field("bm_id", QT_TRANSLATE_NOOP(S, "Beneficiary Module ID"), (
        "mobility activity id", "mobility id", "activity id", "bm id",
        "beneficiary module id", "mobilitets-id", "mobilitet id", "id mobilności")),
    _PROJECT,
    Field("activity_type", QT_TRANSLATE_NOOP(S, "Activity type"), (
        "activity type", "activity", "type of activity", "aktivitetstyp", "aktivitet",
        "aktivitetstype", "typ działania", "rodzaj działania", "działanie"), True),
    Field("topic", QT_TRANSLATE_NOOP(S, "Topic"), (
        "topic", "subject", "title", "course title", "ämne", "tema", "titel", "emne", "tittel",
        "temat", "tytuł")),
    Field("host_organisation", QT_TRANSLATE_NOOP(S, "Host organisation"), (
        "host organisation", "host organization", "host", "receiving organisation",
        "receiving organisation name", "receiving organization name",
        "receiving organisation legal name", "värdorganisation", "mottagande organisation",
        "vertsorganisasjon", "mottakende organisasjon", "organizacja przyjmująca",
        "instytucja przyjmująca")),
    Field("host_oid", QT_TRANSLATE_NOOP(S, "Host organisation's OID (used when no name)"), (
        "receiving organisation oid", "receiving organization oid", "host oid",
        "receiving oid", "värdorganisationens oid", "oid organizacji przyjmującej")),
    Field("city", QT_TRANSLATE_NOOP(S, "City"), (
        "city", "receiving city", "destination city", "town", "ort", "stad", "sted", "by",
        "miejscowość", "miasto", "destination")),
    Field("country", QT_TRANSLATE_NOOP(S, "Country"), (
        "country", "receiving country", "destination country", "land", "kraj",
        "kraj docelowy", "kraj przyjmujący"), True),
    Field("start_date", QT_TRANSLATE_NOOP(S, "First day"), (
        "start date", "start", "first day", "from", "start date of the activity",
        "mobility start date", "activity start date", "startdatum", "första dagen", "från",
        "startdato", "første dag", "fra", "data rozpoczęcia", "pierwszy dzień", "od",
        "początek"), True),
    Field("end_date", QT_TRANSLATE_NOOP(S, "Last day"), (
        "end date", "end", "last day", "to", "end date of the activity", "mobility end date",
        "activity end date", "slutdatum", "sista dagen", "till", "sluttdato", "siste dag",
        "til", "data zakończenia", "ostatni dzień", "do", "koniec"), True),
    Field("travel_days", QT_TRANSLATE_NOOP(S, "Travel days"), (
        "travel days", "number of travel days", "restid", "resdagar", "reisedager",
        "dni podróży", "liczba dni podróży")),
    Field("status", QT_TRANSLATE_NOOP(S, "Status"), ("status", "state", "stan")),
    Field("participant", QT_TRANSLATE_NOOP(S, "Participant's full name"), (
        "participant", "participant name", "participant full name", "deltagare", "deltaker",
        "uczestnik", "imię i nazwisko uczestnika")),
    Field("participant_first_name", QT_TRANSLATE_NOOP(S, "Participant's first name"),
          _FIRST.words),
    Field("participant_last_name", QT_TRANSLATE_NOOP(S, "Participant's last name"),
          _LAST.words),
    Field("accompanying", QT_TRANSLATE_NOOP(S, "Accompanying person"), (
        "accompanying person", "accompanying", "is accompanying person", "ledsagare",
        "medföljande", "ledsager", "opiekun", "osoba towarzysząca")),
    _FEWER,
))

ACTIONS = Holds("actions", QT_TRANSLATE_NOOP(S, "Dissemination actions"), (
    _PROJECT,
    Field("title", QT_TRANSLATE_NOOP(S, "Title"), (
        "title", "action", "activity", "what", "titel", "aktivitet", "åtgärd", "tittel",
        "tiltak", "tytuł", "działanie"), True),
    Field("channel", QT_TRANSLATE_NOOP(S, "Channel"), (
        "channel", "tool", "medium", "kanal", "verktyg", "verktøy", "kanał", "narzędzie")),
    Field("target_group", QT_TRANSLATE_NOOP(S, "Target group"), (
        "target group", "audience", "målgrupp", "målgruppe", "grupa docelowa")),
    Field("level", QT_TRANSLATE_NOOP(S, "Level"), ("level", "nivå", "poziom", "zasięg")),
    Field("quality_part", QT_TRANSLATE_NOOP(S, "Quality standard"), (
        "quality standard", "kvalitetsstandard", "standard jakości")),
    Field("purpose", QT_TRANSLATE_NOOP(S, "Purpose"), ("purpose", "syfte", "formål", "cel")),
    Field("planned_date", QT_TRANSLATE_NOOP(S, "Planned for"), (
        "planned", "planned for", "planned date", "date", "when", "planerad", "planerat",
        "datum", "planlagt", "dato", "når", "planowana data", "data", "kiedy", "termin")),
    Field("done_date", QT_TRANSLATE_NOOP(S, "Done on"), (
        "done", "done on", "date done", "carried out", "genomförd", "genomfört", "utført",
        "gjennomført", "zrealizowano", "data realizacji")),
    Field("status", QT_TRANSLATE_NOOP(S, "Status"), ("status", "state", "stan")),
    Field("people_reached", QT_TRANSLATE_NOOP(S, "People reached"), (
        "people reached", "reached", "participants", "number of participants", "nådda",
        "antal nådda", "antal deltagare", "nådde", "antall deltakere", "liczba odbiorców",
        "liczba uczestników")),
    Field("responsible", QT_TRANSLATE_NOOP(S, "Responsible"), (
        "responsible", "who", "ansvarig", "ansvarlig", "odpowiedzialny", "osoba odpowiedzialna",
        "kto")),
    Field("evidence", QT_TRANSLATE_NOOP(S, "Evidence (link or file)"), (
        "evidence", "link", "url", "proof", "belägg", "länk", "dokumentasjon", "lenke",
        "dowód", "link do materiału")),
    _NOTES,
))

HOLDS = (PEOPLE, MOBILITIES, ACTIONS)
BY_KEY = {holds.key: holds for holds in HOLDS}
PROBLEMS_HEADER = QT_TRANSLATE_NOOP(S, "What is wrong")  # the column added to rejected rows


def normal(header: Any) -> str:
    """A header as compared: folded, punctuation and repeated spaces gone."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text(header))).split())


@lru_cache(maxsize=8)
def _vocabulary(holds_key: str) -> dict[str, str]:
    """Normalised header → field key: the words above, and each field's label in every
    language Vidare speaks."""
    holds = BY_KEY[holds_key]
    words: dict[str, str] = {}
    for field in holds.fields:  # the field's own words win over others' translated labels
        for word in field.words:
            words.setdefault(normal(word), field.key)
    for language in LANGUAGES:
        tr = Translator(language).tr
        for field in holds.fields:
            words.setdefault(normal(tr(S, field.label)), field.key)
    return words


def problems_headers() -> set[str]:
    return {normal(Translator(language).tr(S, PROBLEMS_HEADER)) for language in LANGUAGES}


def guess(holds: Holds, headers: Sequence[Any]) -> list[str]:
    """The field each column most likely holds ("" for none); each field used once."""
    vocabulary = _vocabulary(holds.key)
    result = [""] * len(headers)
    used: set[str] = set()
    for number, header in enumerate(headers):
        key = vocabulary.get(normal(header), "")
        if key and key not in used:
            result[number], used = key, used | {key}
    for number, header in enumerate(headers):  # "Receiving city (town)": a known start
        if result[number] or not normal(header):
            continue
        for word, key in sorted(vocabulary.items(), key=lambda item: -len(item[0])):
            if key not in used and len(word) > 3 and normal(header).startswith(word + " "):
                result[number], used = key, used | {key}
                break
    return result


def best_holds(headers: Sequence[Any]) -> Holds:
    """The kind of list whose fields the headers name most."""
    return max(HOLDS, key=lambda holds: sum(1 for key in guess(holds, headers) if key))


def layout_key(headers: Sequence[Any]) -> str:
    """The same columns in the same order give the same key, whatever the rows."""
    skip = problems_headers()
    names = [normal(h) for h in headers]
    while names and not names[-1]:
        names.pop()
    names = [n for n in names if n not in skip]
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:32]


def missing(holds: Holds, mapping: Sequence[str]) -> list[Field]:
    """Required fields no column is mapped to (a name may come as first and last name)."""
    chosen = set(mapping)
    absent = [f for f in holds.fields if f.required and f.key not in chosen]
    if holds is PEOPLE and not ({"name", "first_name", "last_name"} & chosen):
        absent.insert(0, _NAME)
    return absent
