"""Plain words for where a person's, or a story's, photos and text may appear today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop.domain import catalogues as cat
from desktop.domain.models import Consent, Participant
from desktop.ui.models import catalogue_label
from desktop.ui.style import restyle

C = "ConsentBadge"


def uses_text(uses: list[str]) -> str:
    return ", ".join(catalogue_label(cat.CONSENT_USES, use).lower() if i else
                     catalogue_label(cat.CONSENT_USES, use) for i, use in enumerate(uses))


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


def story_badge(text_uses: list[str], photo_uses: list[str], has_photos: bool,
                has_people: bool, blockers: list[str] | None = None) -> tuple[str, str]:
    """Where a story's text and its photos may appear, given everyone's consent today."""
    tr = QCoreApplication.translate
    lines = []
    if not has_people:
        lines.append(tr(C, "No authors or people shown are recorded yet; add them so that "
                           "consent can be checked."))
    if text_uses:
        lines.append(tr(C, "This story may appear: %1.").replace("%1", uses_text(text_uses)))
    else:
        lines.append(tr(C, "This story may not appear anywhere: someone's consent does not "
                           "cover it."))
    if has_photos:
        if photo_uses:
            lines.append(tr(C, "Its photos may appear: %1.").replace("%1",
                                                                     uses_text(photo_uses)))
        else:
            lines.append(tr(C, "Its photos may not appear anywhere."))
    if blockers:
        lines.append(tr(C, "Consent to check: %1.").replace("%1", ", ".join(blockers)))
    total = len(text_uses) + (len(photo_uses) if has_photos else 0)
    best = 3 + (3 if has_photos else 0)
    level = "never" if not text_uses else ("all" if total == best else "some")
    return "\n".join(lines), level


def show_badge(label: QLabel, text: str, level: str) -> None:
    label.setText(text)
    label.setProperty("level", level)
    restyle(label)
    label.setVisible(bool(text))
