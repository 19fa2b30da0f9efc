"""Plain words for where a person's, or a story's, photos and text may appear today."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop.domain import catalogues as cat
from desktop.domain.models import Consent, Participant
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n.formatting import in_sentence
from desktop.ui.models import catalogue_label
from desktop.ui.style import restyle
from desktop.ui.text import one_line

C = "ConsentBadge"


def uses_text(uses: list[str]) -> str:
    """The uses after a colon, in lower case; "; " keeps apart uses that hold a comma
    ("på papir, internt på skolen")."""
    return "; ".join(in_sentence(catalogue_label(cat.CONSENT_USES, use)) for use in uses)


def person_badge(person: Participant | None, consent: Consent | None,
                 on: str | None = None) -> tuple[str, str]:
    """The badge's text and level ("never", "some", "all") for one person today."""
    tr = QCoreApplication.translate
    on = on or dt.date.today().isoformat()
    if person is None:
        return "", "some"
    if person.protected_identity:
        return tr(C, "Protected identity: this person's name, photos and stories never "
                     "appear anywhere."), "never"
    if consent is None:
        return tr(C, "No consent recorded: this person's photos and stories may not be used "
                     "anywhere."), "never"
    lines = []
    if consent.withdrawn_on and consent.withdrawn_on <= on:
        lines.append(tr(C, "Consent withdrawn: take this person's photos and stories down "
                           "wherever they appear."))
    elif consent.expires_on and consent.expires_on < on:
        lines.append(tr(C, "Consent expired: ask for a new one."))
    allowed_count = 0
    for kind, yes, no in (
        ("photo", tr(C, "Photos may appear: %1."), tr(C, "Photos may not appear anywhere.")),
        ("story", tr(C, "Stories may appear: %1."), tr(C, "Stories may not appear anywhere.")),
    ):
        uses = [e.code for e in cat.CONSENT_USES if consent.allows(kind, e.code, on)]
        allowed_count += len(uses)
        lines.append(yes.replace("%1", uses_text(uses)) if uses else no)
    if allowed_count:
        lines.append(tr(C, "Name shown as: %1.").replace(
            "%1", catalogue_label(cat.NAME_DISPLAYS, consent.name_display).lower()))
    level = "never" if allowed_count == 0 else ("all" if allowed_count == 6 else "some")
    return "\n".join(lines), level


# Each use, said as what is blocked; the names follow a colon, so no case ending depends
# on them.
BLOCKED = {
    "internal": QT_TRANSLATE_NOOP(C, "Printing inside the school is blocked. Without consent: "
                                     "%1."),
    "public": QT_TRANSLATE_NOOP(C, "Printing for the public is blocked. Without consent: %1."),
    "online": QT_TRANSLATE_NOOP(C, "Online use is blocked. Without consent: %1."),
}
PHOTOS_LEFT_OUT = {
    "internal": QT_TRANSLATE_NOOP(C, "Printed inside the school without some photos. Without "
                                     "consent: %1."),
    "public": QT_TRANSLATE_NOOP(C, "Printed for the public without some photos. Without "
                                   "consent: %1."),
    "online": QT_TRANSLATE_NOOP(C, "Online without some photos. Without consent: %1."),
}


@dataclass
class Blocked:
    """Who keeps a story (its text) or some of its photos from one use."""

    text: list[str] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)


def story_badge(blocked: dict[str, Blocked], has_people: bool,
                protected_authors: list[str], protected_in_photos: list[str]
                ) -> tuple[str, str]:
    """Where a story may appear today, in plain words: what is blocked, and by whom."""
    tr = QCoreApplication.translate
    if protected_authors:
        return tr(C, "This story never appears anywhere: an author has a protected identity. "
                     "Author: %1.").replace("%1", names_text(protected_authors)), "never"
    lines = []
    if not has_people:
        lines.append(tr(C, "No authors or people in its photos are recorded yet; add them so "
                           "that consent can be checked."))
    if protected_in_photos:
        lines.append(tr(C, "Photos showing a protected identity are always left out. "
                           "Person: %1.").replace("%1", names_text(protected_in_photos)))
    text_uses = 0
    whole = 0
    for use in cat.CONSENT_USES:
        found = blocked.get(use.code, Blocked())
        if found.text:
            lines.append(tr(C, BLOCKED[use.code]).replace("%1", names_text(found.text)))
            continue
        text_uses += 1
        if found.photos:
            lines.append(tr(C, PHOTOS_LEFT_OUT[use.code]).replace(
                "%1", names_text(found.photos)))
        else:
            whole += 1
    everywhere = whole == len(cat.CONSENT_USES) and not protected_in_photos
    if everywhere and has_people:
        lines.insert(0, tr(C, "May appear everywhere: inside the school, in print for the "
                              "public and online."))
    level = "never" if not text_uses else ("all" if everywhere else "some")
    return "\n".join(lines), level


def names_text(names: list[str], most: int = 6) -> str:
    """Names for a badge: the first few, then how many more."""
    shown = [one_line(n, 60) for n in dict.fromkeys(names)]
    if len(shown) <= most:
        return ", ".join(shown)
    rest = len(shown) - most
    return ", ".join(shown[:most]) + ", " + QCoreApplication.translate(
        C, "%n more", None, rest)


def show_badge(label: QLabel, text: str, level: str) -> None:
    label.setText(text)
    label.setProperty("level", level)
    restyle(label)
    label.setVisible(bool(text))
