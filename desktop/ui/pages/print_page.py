"""The Print page: choose a document, preview its pages, print it or save it as PDF.

Documents are built off the GUI thread, each build with its own read-only connection to
the same database (SQLite connections stay on the thread that opened them).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QThread, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.jobs import PUBLICATION_KINDS, Built, Request, build_with_previews
from desktop.domain.models import Publication
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.i18n import LANGUAGES
from desktop.i18n.formatting import language_name
from desktop.store.errors import NotRecorded
from desktop.store.overview import school_year
from desktop.ui.context import AppContext
from desktop.ui.fields import ChoiceCombo

C = "PrintPage"
PREVIEW_WIDTH = 760  # pixels of a preview page
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


class PrintPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.built: Built | None = None
        self.thread: QThread | None = None
        self.worker: BuildWorker | None = None
        self.heading = QLabel(objectName="pageHeading")
        self.hint = QLabel(objectName="hint")
        self.hint.setWordWrap(True)

        self.document = ChoiceCombo()
        self.project = ChoiceCombo()
        self.language = ChoiceCombo()
        self.size = QComboBox()
        self.size.addItems(["A4", "A3", "A2", "A1"])
        self.size.setCurrentText("A3")
        self.audience = ChoiceCombo()
        self.english = QCheckBox()
        start, end = school_year()
        self.date_from = QDateEdit(QDate.fromString(start, Qt.DateFormat.ISODate))
        self.date_to = QDateEdit(QDate.fromString(end, Qt.DateFormat.ISODate))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.form = QFormLayout()
        self.labels = {}
        for key, widget in (("document", self.document), ("project", self.project),
                            ("from", self.date_from), ("to", self.date_to),
                            ("language", self.language), ("size", self.size),
                            ("audience", self.audience), ("english", self.english)):
            label = QLabel()
            self.labels[key] = label
            self.form.addRow(label, widget)

        self.preview_button = QPushButton(objectName="primary")
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.cancel_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel(objectName="hint")
        self.status.setWordWrap(True)
        self.preview_hint = QLabel(objectName="hint")
        self.preview_hint.setWordWrap(True)
        self.preview_button.clicked.connect(self.start_build)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        self.cancel_button.clicked.connect(self.cancel_build)
        for combo in (self.document, self.project, self.language, self.audience):
            combo.currentIndexChanged.connect(self._changed)
        self.size.currentIndexChanged.connect(self._changed)
        self.english.toggled.connect(self._changed)
        self.date_from.dateChanged.connect(self._changed)
        self.date_to.dateChanged.connect(self._changed)

        controls = QVBoxLayout()
        controls.addLayout(self.form)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        controls.addLayout(buttons)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        controls.addLayout(busy)
        controls.addWidget(self.status)
        controls.addWidget(self.preview_hint)
        controls.addStretch(1)
        side = QWidget()
        side.setLayout(controls)
        side.setMaximumWidth(420)

        self.pages_box = QVBoxLayout()
        self.pages_box.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        pages = QWidget()
        pages.setLayout(self.pages_box)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(pages)

        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(self.scroll, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.hint)
        box.addLayout(body, 1)
        self._set_busy(False)
        self.retranslate_ui()
        self._default_language()

    # Choices
    def _default_language(self) -> None:
        school = self.ctx.store.school.get()
        self.language.set_value(school.default_language if school else self.ctx.language)

    def refresh(self) -> None:
        self.retranslate_ui()

    def request(self) -> Request:
        return Request(kind=self.document.value() or "plan",
                       language=self.language.value() or "en",
                       project_id=self.project.value(), size=self.size.currentText(),
                       audience=self.audience.value() or "public",
                       english_statement=self.english.isChecked(),
                       date_from=self.date_from.date().toString(Qt.DateFormat.ISODate),
                       date_to=self.date_to.date().toString(Qt.DateFormat.ISODate))

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
        self._set_busy(self.thread is not None)

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
        for png in previews:
            label = QLabel()
            label.setObjectName("previewPage")
            label.setPixmap(QPixmap.fromImage(QImage.fromData(png)))
            self.pages_box.addWidget(label)
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
        while self.pages_box.count():
            item = self.pages_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

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
            QMessageBox.warning(self, tr("Save PDF"),
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
        self.hint.setText(tr("Posters and reports in any of the four languages. Photos, "
                             "stories and names appear only where consent allows."))
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
        self.preview_hint.setText(tr("Press Preview to see the document before printing."))
        self._changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
