"""A person's data-protection rights in the window: take-down list, export, erasure.

Each is a function of (store, participant id, parent widget), for the People page and
the consent editor to call.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.store.privacy import TakedownList, erase_person, erasure_preview, takedown_list
from desktop.ui.dialogs import tell
from desktop.ui.forms import make_label
from desktop.ui.text import one_line

C = "Privacy"
KIND_TEXTS = {
    "plan_poster": QT_TRANSLATE_NOOP("Privacy", "Planning poster"),
    "plan_poster_blank": QT_TRANSLATE_NOOP("Privacy", "Blank planning poster"),
    "stories_poster": QT_TRANSLATE_NOOP("Privacy", "Stories poster"),
    "summary": QT_TRANSLATE_NOOP("Privacy", "Principal's summary"),
    "project_report": QT_TRANSLATE_NOOP("Privacy", "Project report"),
}
AUDIENCE_TEXTS = {
    "internal": QT_TRANSLATE_NOOP("Privacy", "Inside the school"),
    "public": QT_TRANSLATE_NOOP("Privacy", "For the public"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _label(catalogue: tuple[cat.Entry, ...], code: str) -> str:
    for entry in catalogue:
        if entry.code == code:
            return QCoreApplication.translate("Catalogue", entry.label)
    return code


def _language(parent: Any) -> str:
    while parent is not None:
        ctx = getattr(parent, "ctx", None)
        if ctx is not None and getattr(ctx, "language", None):
            return str(ctx.language)
        parent = parent.parent() if hasattr(parent, "parent") else None
    return "en"


def _action_when(action: dict[str, Any], language: str) -> str:
    from desktop.i18n.formatting import format_date

    day = action.get("done_date") or action.get("planned_date") or ""
    channel = _label(cat.CHANNELS, action["channel"])
    return fill(tr("%1, %2"), (channel, format_date(day, language))) if day else channel


class TakedownDialog(QDialog):
    """Where this person's photos and stories have gone, to be taken down or changed."""

    def __init__(self, store: Any, participant_id: str, parent: QWidget | None = None,
                 language: str = "en"):
        super().__init__(parent)
        self.setObjectName("takedownDialog")
        self.store, self.participant_id, self.language = store, participant_id, language
        self.found: TakedownList = takedown_list(store, participant_id)
        person = store.people.get(participant_id)
        self.name = person.name if person is not None else ""
        self.heading = make_label(object_name="dialogHeading")
        self.intro = make_label()
        self.tree = QTreeWidget(objectName="takedownTree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_list)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.intro)
        box.addWidget(self.tree, 1)
        box.addWidget(self.buttons)
        self.resize(680, 420)
        self.retranslate_ui()

    def _fill(self) -> None:
        from desktop.i18n.formatting import format_date

        self.tree.clear()
        groups = (
            (tr("Printed documents"), [
                (tr(KIND_TEXTS[pub.kind]) if pub.kind in KIND_TEXTS else pub.kind,
                 format_date(pub.created_on, self.language) if pub.created_on else "",
                 tr(AUDIENCE_TEXTS[pub.audience]) if pub.audience in AUDIENCE_TEXTS
                 else pub.audience) for pub in self.found.publications]),
            (tr("Dissemination actions"), [
                (a["title"], _action_when(a, self.language) or _label(cat.CHANNELS,
                                                                       a["channel"]),
                 _label(cat.ACTION_STATUSES, a["status"])) for a in self.found.actions]),
            (tr("Stories showing this person"), [(s["title"], "", "")
                                                  for s in self.found.stories]),
        )
        for title, rows in groups:
            top = QTreeWidgetItem([fill(tr("%1 (%2)"), (title, str(len(rows)))), "", ""])
            self.tree.addTopLevelItem(top)
            for row in rows:
                top.addChild(QTreeWidgetItem(list(row)))
            top.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)

    def as_text(self) -> str:
        lines = [self.heading.text(), ""]
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            lines.append(top.text(0))
            for j in range(top.childCount()):
                child = top.child(j)
                lines.append("  – " + " · ".join(t for t in (child.text(0), child.text(1),
                                                              child.text(2)) if t))
        return "\n".join(lines)

    def copy_list(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(tr("Take-down list"))
        # The name stands alone after a colon: no case ending depends on it.
        self.heading.setText(fill(tr("Take-down list. Person: %1"), (one_line(self.name, 120),)))
        if self.found.is_empty():
            self.intro.setText(tr("No printed document or dissemination action is recorded "
                                  "with this person's photos or stories."))
        else:
            self.intro.setText(tr("Remove this person's photos and stories from what is listed "
                                  "here: take posters down, edit web pages and posts, and do not "
                                  "reprint these documents."))
        self.tree.setHeaderLabels([tr("What"), tr("When or where"), tr("Status")])
        self.copy_button.setText(tr("Copy list"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def show_takedown_list(store: Any, participant_id: str, parent: QWidget | None = None
                       ) -> TakedownDialog:
    """Show the take-down list (call it after a consent was withdrawn)."""
    dialog = TakedownDialog(store, participant_id, parent, _language(parent))
    dialog.exec()
    return dialog


def export_person_data(store: Any, participant_id: str, parent: QWidget | None = None,
                       folder: str | None = None) -> tuple[Path, Path] | None:
    """Ask for a folder and write the person's data there as JSON and a readable page."""
    from desktop.store.privacy import export_person_data as write

    if not folder:
        folder = QFileDialog.getExistingDirectory(parent, tr("Export this person's data"),
                                                  str(Path.home()))
    if not folder:
        return None
    try:
        paths = write(store, participant_id, folder, tr)
    except OSError as error:
        tell(parent, QMessageBox.Icon.Warning, tr("Export this person's data"),
                            fill(tr("The data could not be written: %1"), (str(error),)))
        return None
    if parent is not None:
        tell(parent, QMessageBox.Icon.Information, tr("Export this person's data"),
                                fill(tr("Written to %1 and %2."),
                                     (str(paths[0]), str(paths[1]))))
    return paths


def what_copies_keep(language: str, today: dt.date | None = None) -> list[str]:
    """What an erasure cannot reach, said before the user confirms it: older backups until
    rotation drops them, copies Vidare does not look after until someone deletes them."""
    from desktop.i18n.formatting import format_month_year
    from desktop.store.backups import KEEP_MONTHLY

    today = today or dt.date.today()
    last = _months_later(today, KEEP_MONTHLY)
    return [
        # %1: a month and year ("March 2027"), in parentheses so no case ending depends on it.
        fill(QCoreApplication.translate(
            C, "Backups that Vidare made before now still hold this person. They go one by "
               "one as new backups replace the old ones; the last of them about %n month(s) "
               "from now (%1), as long as Vidare goes on making backups.", None, KEEP_MONTHLY),
             (format_month_year(last, language),)),
        tr("Copies that Vidare does not look after keep this person until someone deletes "
           "them: backup folders made with “vidare backup --to”, copies on USB sticks, "
           "exported archives and spreadsheets."),
        tr("Restoring such a backup, or importing such an archive or a workbook exported "
           "from Vidare, never brings back the person, their consents or their photos."),
        tr("A list from another spreadsheet (a class list, a Beneficiary Module export) is "
           "new to Vidare: if it names this person, importing it adds them again."),
    ]


def _months_later(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


def build_erase_box(store: Any, participant_id: str, parent: QWidget | None = None
                    ) -> tuple[QMessageBox, Any]:
    """The confirmation for erasing a person, and its Erase button (for tests too)."""
    person = store.people.get(participant_id)
    preview = erasure_preview(store, participant_id)
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a name is text, never markup
    box.setObjectName("eraseConfirm")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Erase this person"))
    box.setText(fill(tr("Erase from Vidare for good all data about this person: %1?"),
                     (one_line(person.name, 120) if person else "",)))
    # Every count in its own plural message ("2 zgody", "5 zdjęć").
    translate = QCoreApplication.translate
    removed = [
        translate(C, "%n consent record(s) with the scanned forms", None,
                  int(preview["consents"])),
        translate(C, "%n photo(s) showing the person", None, int(preview["photos"])),
        translate(C, "%n story(ies) only this person wrote", None, int(preview["stories"]))]
    box.setInformativeText("\n".join([
        fill(tr("To be erased: the person and %1."), (", ".join(removed),)),
        translate(C, "%n place(s) on trips stay, as an anonymous person, so that the figures "
                     "stay right.", None, int(preview["mobilities"])),
        "", "\n\n".join(what_copies_keep(_language(parent)))]))
    erase = box.addButton(tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box, erase


def erase_person_asking(store: Any, participant_id: str, parent: QWidget | None = None) -> bool:
    """Say exactly what goes, ask, and erase; True when the person was erased."""
    box, erase = build_erase_box(store, participant_id, parent)
    box.exec()
    if box.clickedButton() is not erase:
        return False
    erase_person(store, participant_id)
    return True
