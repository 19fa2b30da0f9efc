"""The Print page: choose a document, preview its pages, print it or save it as PDF.

Documents are built off the GUI thread, each build with its own read-only connection to
the same database (SQLite connections stay on the thread that opened them).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.jobs import (
    PUBLICATION_KINDS,
    Built,
    Request,
    build_with_previews,
    for_school,
)
from desktop.domain.models import Publication
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.i18n import LANGUAGES
from desktop.i18n.formatting import language_name
from desktop.store.errors import NotRecorded
from desktop.ui.choosers import ChoiceCombo
from desktop.ui.context import AppContext
from desktop.ui.date_field import DateField
from desktop.ui.dialogs import tell
from desktop.ui.forms import field_layout, make_label
from desktop.ui.labels import PlainLabel
from desktop.ui.page import PAGE_MARGINS, Page
from desktop.ui.pages.print_preview import PreviewPages
from desktop.ui.text import plain_tooltip

C = "PrintPage"
PREVIEW_WIDTH = 1000  # pixels of a preview page, scaled down to the room there is
PRINT_DPI = {"A4": 300, "A3": 240, "A2": 170, "A1": 120}  # enough for print, memory kept low

DOCUMENTS = (
    ("plan", QT_TRANSLATE_NOOP(C, "Planning poster")),
    ("blank", QT_TRANSLATE_NOOP(C, "Blank planning poster (workshop)")),
    ("stories", QT_TRANSLATE_NOOP(C, "Stories poster")),
    ("summary", QT_TRANSLATE_NOOP(C, "Principal's summary")),
    ("report", QT_TRANSLATE_NOOP(C, "Project report")),
)
AUDIENCES = (
    ("internal", QT_TRANSLATE_NOOP(C, "Inside the school")),
    ("public", QT_TRANSLATE_NOOP(C, "For the public")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


class Cancelled(Exception):
    pass


class BuildWorker(QObject):
    """Builds one document and renders its preview pages on a worker thread."""

    progress = Signal(int, str)
    done = Signal(object, list)  # Built, list of PNG bytes
    failed = Signal(str)

    def __init__(self, db_path: Path, request: Request):
        super().__init__()
        self.db_path, self.request = db_path, request
        self.cancelled = False

    def run(self) -> None:
        try:
            built, previews = build_with_previews(self.db_path, self.request, PREVIEW_WIDTH,
                                                  self._step)
            self.done.emit(built, previews)
        except Cancelled:
            self.failed.emit("")
        except Exception as error:  # noqa: BLE001 - shown to the user as one sentence
            self.failed.emit(str(error) or error.__class__.__name__)

    def _step(self, percent: int, message: str) -> None:
        if self.cancelled:
            raise Cancelled
        self.progress.emit(percent, message)


class PrintPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.built: Built | None = None
        self.thread: QThread | None = None
        self.worker: BuildWorker | None = None
        self.heading = PlainLabel(objectName="pageHeading")

        self.document = ChoiceCombo()
        self.project = ChoiceCombo()
        # The chooser may be narrow; its list is as wide as the longest whole title.
        self.project.whole_titles = True
        self.language = ChoiceCombo()
        self.size = QComboBox()
        self.size.addItems(["A4", "A3", "A2", "A1"])
        self.size.setCurrentText("A3")
        self.audience = ChoiceCombo()
        self.english = QCheckBox()
        self.date_from = DateField(lambda: ctx.language)
        self.date_to = DateField(lambda: ctx.language)
        self._proposed: tuple[str, str] = ("", "")
        self._propose_period()
        self.date_to.near = self.date_from.iso
        self.form = field_layout()
        self.labels = {}
        for key, widget in (("document", self.document), ("project", self.project),
                            ("from", self.date_from), ("to", self.date_to),
                            ("language", self.language), ("size", self.size),
                            ("audience", self.audience), ("english", self.english)):
            label = PlainLabel()
            self.labels[key] = label
            self.form.addRow(label, widget)

        self.preview_button = QPushButton(objectName="primaryButton")
        self.preview_button.setDefault(True)
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.cancel_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = make_label(object_name="hint")
        self.notice = make_label(object_name="fieldError")
        self.notice.setProperty("warning", True)
        self.notice.hide()
        self.preview_hint = make_label(object_name="hint")
        self.preview_button.clicked.connect(self.start_build)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.cancel_button.clicked.connect(self.cancel_build)
        for combo in (self.document, self.project, self.language, self.audience):
            combo.currentIndexChanged.connect(self._changed)
        self.size.currentIndexChanged.connect(self._changed)
        self.english.toggled.connect(self._changed)
        for edit in (self.date_from, self.date_to):
            edit.left.connect(self._changed)

        controls = QVBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addLayout(self.form)
        controls.addWidget(self.notice)
        controls.addWidget(self.preview_button)
        controls.addWidget(self.preview_hint)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button):
            buttons.addWidget(button)
        controls.addLayout(buttons)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        controls.addLayout(busy)
        controls.addWidget(self.status)
        controls.addStretch(1)
        side = QWidget()
        side.setLayout(controls)
        side.setFixedWidth(max(340, self.fontMetrics().averageCharWidth() * 52))

        self.preview = PreviewPages()
        self.scroll = self.preview
        self.pages_box = self.preview.pages_box

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(side)
        body.addWidget(self.preview, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(*PAGE_MARGINS)
        box.setSpacing(12)
        box.addWidget(self.heading)
        box.addLayout(body, 1)
        self._set_busy(False)
        self.retranslate_ui()
        self._default_language()

    # Choices
    def _default_language(self) -> None:
        school = self.ctx.store.school.get()
        self.language.set_value(school.default_language if school else self.ctx.language)

    def _propose_period(self) -> None:
        """The summary's period: this school year, as the school's Settings say; a period
        the user typed stays."""
        if (self.date_from.iso(), self.date_to.iso()) != self._proposed:
            return
        self._proposed = self.ctx.store.overview.current_school_year().iso()
        self.date_from.set_value(self._proposed[0])
        self.date_to.set_value(self._proposed[1])

    def refresh(self) -> None:
        self._propose_period()
        self.retranslate_ui()

    def request(self) -> Request:
        """The document chosen, with the school's FERS artwork and school year."""
        return for_school(self.ctx.store, Request(
            kind=self.document.value() or "plan", language=self.language.value() or "en",
            project_id=self.project.value(), size=self.size.currentText(),
            audience=self.audience.value() or "public",
            english_statement=self.english.isChecked(),
            date_from=self.date_from.iso() or None, date_to=self.date_to.iso() or None))

    def _changed(self) -> None:
        request = self.request()
        # Only the choices this document uses are shown.
        for widget, shown in ((self.project, request.needs_project), (self.size, request.poster),
                              (self.audience, request.kind in ("stories", "report")),
                              (self.date_from, request.kind == "summary"),
                              (self.date_to, request.kind == "summary")):
            self.form.setRowVisible(widget, shown)
        # A preview of other choices is no longer the document that would print.
        if self.built is not None and self.built.request != request:
            self.built = None
            self._clear_preview()
            self.status.setText(tr("Choices changed: press Preview to see the document."))
        self._show_notice(request)
        self.project.setToolTip(plain_tooltip(self.project.currentText()))
        self._set_busy(self.thread is not None)

    def _show_notice(self, request: Request) -> None:
        """Why a poster would come out empty, and where to fill it."""
        store = self.ctx.store
        text = ""
        if request.needs_project and not self.project.count():
            text = tr("No project yet: record one under Projects first.")
        elif request.kind == "plan" and request.project_id and \
                not store.projects.results(request.project_id):
            text = tr("No results yet: add them under Projects → Results and target groups. "
                      "Each result is one lane of the poster.")
        elif request.kind == "stories" and request.project_id and not any(
                s.status == "approved" and s.quote.strip()
                for s in store.stories.for_project(request.project_id)):
            text = tr("No story prints yet: only approved stories with a quote appear on the "
                      "poster, and only where consent allows. Approve them under Stories.")
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # Building
    def start_build(self) -> None:
        request = self.request()
        if request.needs_project and not request.project_id:
            self.status.setText(tr("Choose a project first."))
            return
        if request.kind == "summary" and request.date_from and request.date_to and \
                request.date_from > request.date_to:
            self.status.setText(tr("The period ends before it starts."))
            return
        self.cancel_build()
        self.built = None
        self._clear_preview()
        self.thread = QThread(self)
        self.worker = BuildWorker(self.ctx.store.path, request)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._built)
        self.worker.failed.connect(self._failed)
        self.worker.done.connect(self.thread.quit)
        self.worker.failed.connect(self.thread.quit)
        self.thread.finished.connect(self._thread_finished)
        self._set_busy(True)
        self.thread.start()

    def cancel_build(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True
            self.status.setText(tr("Cancelling…"))

    def wait(self, msecs: int = 60_000) -> bool:
        """Let a running build finish (for tests and for closing the window)."""
        if self.thread is None:
            return True
        return self.thread.wait(msecs)

    def _progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(tr(message))

    def _built(self, built: Built, previews: list) -> None:
        if self.worker is not None and self.worker.cancelled:
            return
        self.built = built
        self.preview.set_pages(previews)
        count = len(previews)
        self.status.setText(QCoreApplication.translate(
            C, "%n page(s). Print it or save it as PDF.", None, count).replace("%n", str(count)))

    def _failed(self, message: str) -> None:
        if not message:
            self.status.setText(tr("Cancelled."))
            return
        self.status.setText(tr("The document could not be made: %1").replace("%1", message))

    def _thread_finished(self) -> None:
        if self.thread is not None:
            self.thread.wait()  # "finished" comes just before the thread ends: let it end
            self.thread.deleteLater()
        if self.worker is not None:
            self.worker.deleteLater()
        self.thread, self.worker = None, None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.preview_hint.setVisible(self.built is None and not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        ready = self.built is not None and not busy
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _clear_preview(self) -> None:
        self.preview.clear()

    # Output
    def save_pdf(self) -> None:
        if self.built is None:
            return
        name = f"{self.built.request.kind}-{dt.date.today().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save PDF"), str(Path.home() / name),
                                              tr("PDF documents (*.pdf)"))
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> bool:
        if self.built is None:
            return False
        try:
            path.write_bytes(self.built.pdf)
        except OSError:
            tell(self, QMessageBox.Icon.Warning, tr("Save PDF"),
                                tr("%1 cannot be written.").replace("%1", str(path)))
            return False
        self._record()
        self.status.setText(tr("Saved as %1.").replace("%1", str(path)))
        return True

    def print_document(self) -> None:
        if self.built is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._fit_printer(printer)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.paint_to(printer)
        self._record()
        self.status.setText(tr("Sent to the printer."))

    def _fit_printer(self, printer) -> None:  # noqa: ANN001 - QPrinter, imported late
        request = self.built.request if self.built else self.request()
        sizes = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3,
                 "A2": QPageSize.PageSizeId.A2, "A1": QPageSize.PageSizeId.A1}
        size = request.size if request.poster else "A4"
        printer.setPageSize(QPageSize(sizes.get(size, QPageSize.PageSizeId.A4)))
        wide = request.kind in ("plan", "blank")
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if wide
                                   else QPageLayout.Orientation.Portrait)

    def paint_to(self, device) -> None:  # noqa: ANN001 - QPrinter or QPdfWriter
        """Paint every page, rendered at print resolution, onto the printer's pages."""
        from desktop.documents.preview import page_count, render_page_png

        if self.built is None:
            return
        pdf = self.built.pdf
        dpi = PRINT_DPI.get(self.built.request.size if self.built.request.poster else "A4", 200)
        painter = QPainter(device)
        try:
            for index in range(page_count(pdf)):
                if index:
                    device.newPage()
                image = QImage.fromData(render_page_png(pdf, index, dpi))
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()

    def _record(self) -> None:
        """A printed or saved document that shows people goes on the take-down record."""
        built = self.built
        if built is None or not (built.participant_ids or built.story_ids):
            return
        r = built.request
        try:
            self.ctx.store.publications.record(Publication(
                kind=PUBLICATION_KINDS[r.kind], created_on=dt.date.today().isoformat(),
                language=r.language, project_id=r.project_id, audience=r.audience,
                participant_ids=list(built.participant_ids), story_ids=list(built.story_ids)))
        except NotRecorded as error:  # a read-only or newer database: say so
            QMessageBox.warning(self, tr("Print"), fill(
                QCoreApplication.translate("Store", error.message), error.params))

    # Language
    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Print"))
        for key, text in (("document", QT_TRANSLATE_NOOP(C, "Document")),
                          ("project", QT_TRANSLATE_NOOP(C, "Project")),
                          ("from", QT_TRANSLATE_NOOP(C, "From")),
                          ("to", QT_TRANSLATE_NOOP(C, "To")),
                          ("language", QT_TRANSLATE_NOOP(C, "Language of the document")),
                          ("size", QT_TRANSLATE_NOOP(C, "Paper size")),
                          ("audience", QT_TRANSLATE_NOOP(C, "Printed for")),
                          ("english", QT_TRANSLATE_NOOP(C, "EU statement"))):
            self.labels[key].setText(tr(text))
        self.english.setText(tr("In English"))
        self.document.set_choices([(code, tr(label)) for code, label in DOCUMENTS])
        self.project.set_choices(self.ctx.store.projects.choices(with_reference=True))
        self.language.set_choices([(code, language_name(code, code)) for code in LANGUAGES])
        self.audience.set_choices([(code, tr(label)) for code, label in AUDIENCES])
        self.preview_button.setText(tr("Preview"))
        self.print_button.setText(tr("Print…"))
        self.save_button.setText(tr("Save PDF…"))
        self.cancel_button.setText(tr("Cancel"))
        self.preview_hint.setText(tr("Preview shows the document before it is printed or "
                                     "saved. Photos, stories and names appear only where "
                                     "consent allows."))
        for edit in (self.date_from, self.date_to):
            edit.retranslate_ui()
        self._changed()
