"""The editor base: fields with their labels and error lines, saving every edit at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.validation import Problem, ValidationError, fill
from desktop.ui.context import AppContext
from desktop.ui.fields import CountryCombo, DateField, TextArea, debounce
from desktop.ui.style import restyle


def problem_text(problem: Problem) -> str:
    """A validation message in the interface language, with its %1… filled in."""
    return fill(QCoreApplication.translate("Validation", problem.message), problem.params)


def field_layout(labels_beside: bool = False) -> QFormLayout:
    """Editors put each label above its field: no label is ever cut short, whatever the
    language; a wide page may keep labels beside their fields."""
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if labels_beside:
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    else:
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.setVerticalSpacing(5)
    return layout


def make_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
        restyle(label)
    return label


class RecordForm(QWidget):
    """One record's fields. Each change is saved at once, in one transaction, when valid.

    Subclasses build their fields with `add_field`, and implement `collect()` (the record
    from the widgets), `persist(record)` (save it; return warnings) and `fill_fields(record)`.
    Invalid input is shown next to its field and nothing is saved.
    """

    saved = Signal(str)  # the record's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.record: Any = None
        self.fields: dict[str, QWidget] = {}
        self._labels: list[tuple[QLabel, str, str]] = []
        self._errors: dict[str, QLabel] = {}
        self._problems: list[Problem] = []
        self._loading = False
        self._state = "empty"  # empty, new, saved, invalid
        self._timer = debounce(self, self.commit)
        self.status = make_label(object_name="formStatus")
        self.general_error = make_label(object_name="fieldError")
        self.general_error.hide()

    # Building
    def lay_out(self, form: QFormLayout, heading: QWidget | None = None,
                margins: int = 0, stretch: bool = False) -> QVBoxLayout:
        """The form's standard column: heading, save status, record-wide error, fields."""
        if isinstance(heading, QLabel):
            heading.setWordWrap(True)  # a long title must not widen the editor
        box = QVBoxLayout(self)
        box.setContentsMargins(margins, margins, margins, margins)
        for widget in (heading, self.status, self.general_error):
            if widget is not None:
                box.addWidget(widget)
        box.addLayout(form)
        if stretch:
            box.addStretch(1)
        return box

    def add_field(self, layout: QFormLayout, name: str, context: str, source: str,
                  widget: QWidget) -> QWidget:
        """A labelled field with an error line under it; `source` is marked by the caller."""
        if isinstance(widget, QComboBox):
            # Choices filled from the data (long project titles) must not widen the form.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
        label = QLabel()
        label.setBuddy(widget)
        label.setWordWrap(False)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = make_label(object_name="fieldError")
        error.hide()
        box.addWidget(error)
        layout.addRow(label, holder)
        self._labels.append((label, context, source))
        self._errors[name] = error
        self.fields[name] = widget
        self._watch(widget)
        return widget

    def add_label(self, label: QLabel, context: str, source: str) -> None:
        """A label (or group title holder) whose text follows the language."""
        self._labels.append((label, context, source))

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.schedule)
            widget.editingFinished.connect(self.commit_now)
        elif isinstance(widget, TextArea):
            widget.textChanged.connect(self.schedule)
            widget.editingFinished.connect(self.commit_now)
        elif isinstance(widget, CountryCombo):
            widget.currentIndexChanged.connect(self.commit_now)
            widget.lineEdit().editingFinished.connect(self.commit_now)
        elif isinstance(widget, DateField | QSpinBox):
            widget.editingFinished.connect(self.commit_now)
            if isinstance(widget, DateField):
                widget.dateChanged.connect(self.schedule)
            else:
                widget.valueChanged.connect(self.schedule)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.commit_now)
        elif isinstance(widget, QCheckBox | QAbstractButton):
            widget.toggled.connect(self.commit_now)

    # Loading and saving
    def load(self, record: Any, is_new: bool = False) -> None:
        self.flush()
        self.record = record
        self._loading = True
        try:
            self.fill_fields(record)
            for widget in self.fields.values():
                if isinstance(widget, QLineEdit):
                    widget.setCursorPosition(0)  # show the start of a long text
        finally:
            self._loading = False
        self._problems = []
        self._state = "new" if is_new else ("saved" if record is not None else "empty")
        self._show_problems()
        self.setEnabled(record is not None)

    def schedule(self, *_: object) -> None:
        if not self._loading and self.record is not None:
            self._timer.start()

    def commit_now(self, *_: object) -> None:
        if not self._loading:
            self._timer.stop()
            self.commit()

    def flush(self) -> None:
        """Save what is typed but not yet saved (before another record is shown)."""
        if self._timer.isActive():
            self._timer.stop()
            self.commit()

    def commit(self) -> bool:
        if self._loading or self.record is None or self.ctx.store.read_only:
            return False
        record = self.collect()
        try:
            warnings = self.persist(record) or []
        except ValidationError as error:
            self._problems = list(error.problems)
            self._state = "invalid"
            self._show_problems()
            return False
        self.record = record
        self._problems = list(warnings)
        self._state = "saved"
        self._show_problems()
        self.saved.emit(record.id)
        return True

    def is_new(self) -> bool:
        return self.record is not None and not getattr(self.record, "id", "")

    # To implement
    def collect(self) -> Any:
        raise NotImplementedError

    def persist(self, record: Any) -> list[Problem] | None:
        raise NotImplementedError

    def fill_fields(self, record: Any) -> None:
        raise NotImplementedError

    # Showing problems
    def _show_problems(self) -> None:
        by_field: dict[str, list[Problem]] = {}
        for problem in self._problems:
            by_field.setdefault(problem.field, []).append(problem)
        general: list[str] = []
        for name, label in self._errors.items():
            found = by_field.pop(name, [])
            label.setText("\n".join(problem_text(p) for p in found))
            label.setProperty("warning", bool(found) and all(p.warning for p in found))
            restyle(label)
            label.setVisible(bool(found))
        for problems in by_field.values():
            general += [problem_text(p) for p in problems]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        self.status.setText(self._status_text())
        self.status.setProperty("state", self._state)
        restyle(self.status)

    def _status_text(self) -> str:
        tr = QCoreApplication.translate
        if self._state == "new":
            return tr("RecordForm", "New: it is saved as soon as the required fields are "
                                    "filled in.")
        if self._state == "invalid":
            return tr("RecordForm", "Not saved: correct the marked fields.")
        if self._state == "saved":
            return tr("RecordForm", "All changes saved.")
        return ""

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def error_text(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    # Language
    def retranslate_ui(self) -> None:
        for label, context, source in self._labels:
            label.setText(QCoreApplication.translate(context, source))
        self._show_problems()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
