"""What an archive import did, and why a store refused, in the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.validation import fill

C = "BackupsPanel"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(C, text, None, n)


def store_text(error: Exception) -> str:
    """A store's refusal in the interface language (its sentence is in context "Store")."""
    message = getattr(error, "message", "")
    if message:
        return fill(QCoreApplication.translate("Store", message), getattr(error, "params", ()))
    return str(error)


def import_summary(report: Any) -> str:
    """What an archive import did, each count in its own plural sentence: added, changed,
    deleted; the records that wait for a choice; the people erased because the other copy
    erased them."""
    translate = QCoreApplication.translate
    counts = ", ".join((
        translate(C, "%n record(s) added", None, sum(report.inserted.values())),
        translate(C, "%n updated", None, sum(report.updated.values())),
        translate(C, "%n deleted", None, sum(report.deleted.values()))))
    lines = [fill(tr("Imported: %1. The data as it was before is kept in a backup."),
                  (counts,))]
    if report.conflicts:
        lines.append(translate(
            C, "%n record(s) were changed both here and in the archive's copy: this "
               "computer's version is kept, and the other waits for your choice under "
               "Import.", None, len(report.conflicts)))
    if report.erased:
        lines.append(translate(C, "%n person(s) erased in the archive's copy were erased "
                                  "here too.", None, len(report.erased)))
    return " ".join(lines)
