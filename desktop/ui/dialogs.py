"""Small dialogs: asking before a delete (saying what goes with it), the About box, a
message with one button, and the wait cursor."""

from __future__ import annotations

import platform

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.ui.text import one_line

# What goes with a record, by the key `dependents()` returns; %n is the count.
DEPENDENT_TEXTS = {
    "mobilities": QT_TRANSLATE_NOOP("Dependents", "%n mobility(ies)"),
    "results": QT_TRANSLATE_NOOP("Dependents", "%n result(s)"),
    "actions": QT_TRANSLATE_NOOP("Dependents", "%n dissemination action(s)"),
    "partners": QT_TRANSLATE_NOOP("Dependents", "%n partner(s)"),
    "participants": QT_TRANSLATE_NOOP("Dependents", "%n participant link(s)"),
    "stories": QT_TRANSLATE_NOOP("Dependents", "%n story(ies)"),
    "photos": QT_TRANSLATE_NOOP("Dependents", "%n photo tag(s)"),
    "consents": QT_TRANSLATE_NOOP("Dependents", "%n consent form(s)"),
    "photos_of_story": QT_TRANSLATE_NOOP("Dependents", "%n photo(s)"),
    "trip_places": QT_TRANSLATE_NOOP("Dependents", "%n place(s) on a trip"),
    "authorships": QT_TRANSLATE_NOOP("Dependents", "%n story authorship(s)"),
}


def dependents_text(dependents: dict[str, int]) -> str:
    parts = []
    for key, count in dependents.items():
        if count and key in DEPENDENT_TEXTS:
            parts.append(QCoreApplication.translate("Dependents", DEPENDENT_TEXTS[key], None,
                                                    int(count)).replace("%n", str(count)))
    return ", ".join(parts)


def confirm_delete(parent: QWidget, what: str, dependents: dict[str, int],
                   question: str | None = None) -> bool:
    """Ask before deleting `what` (a record's name, quoted) or asking `question` (for
    something without a name); say what else is deleted with it."""
    tr = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # `what` is user text: never markup
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("ConfirmDelete", "Delete"))
    box.setText(question or tr("ConfirmDelete", "Delete “%1”?").replace("%1", one_line(what, 200)))
    extra = dependents_text(dependents)
    if extra:
        box.setInformativeText(tr("ConfirmDelete", "These are deleted with it: %1.")
                               .replace("%1", extra))
    else:
        box.setInformativeText(tr("ConfirmDelete", "Nothing else is deleted with it."))
    delete = box.addButton(tr("ConfirmDelete", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setObjectName("confirmDelete")
    box.exec()
    return box.clickedButton() is delete


def tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A message with one OK button, its text shown as plain text (it may hold a path or
    a name, which must never be read as markup)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def show_about(parent: QWidget) -> None:
    tr = QCoreApplication.translate
    text = "\n\n".join([
        tr("About", "Vidare %1").replace("%1", __version__),
        tr("About", "An offline record of a school's Erasmus+ mobilities, stories and "
                    "dissemination, with posters and reports."),
        tr("About", "Your data stays on this computer. Vidare never connects to the "
                    "internet."),
        tr("About", "Licence: EUPL-1.2. Qt %1, Python %2.").replace("%1", qVersion())
        .replace("%2", platform.python_version()),
    ])
    tell(parent, QMessageBox.Icon.Information, tr("About", "About Vidare"), text)


class Busy:
    """A wait cursor while something the user asked for runs (a backup, an export)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()
