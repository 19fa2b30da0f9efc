"""The editor base: each field declared once; filling, collecting, saving, drafts from that.

A form lists its fields as `Field(name, label, make, required=…)`. From the list it
builds the labelled widgets, fills them from a record, collects the record back, knows
whether the screen differs from what is stored, shows each problem under its field, and
keeps a draft of what cannot be saved yet. A subclass only says how to save
(`persist`) and, where a record has values outside its columns (a trip's people), how
to read them (`load_extras`).

When problems show: an error under a field appears once the user has left that field,
or once a save was tried (leaving the record, the page or the window); never while the
first words of a new record are typed. "All changes saved." appears only while the
screen holds exactly what is stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.validation import Problem, ValidationError, errors_only, fill
from desktop.i18n import formatting
from desktop.ui.context import AppContext
from desktop.ui.fields import debounce
from desktop.ui.labels import PlainLabel
from desktop.ui.style import restyle
from desktop.ui.text import translate


def problem_text(problem: Problem) -> str:
    """A validation message in the interface language, with its %1… filled in."""
    return fill(QCoreApplication.translate("Validation", problem.message, None, problem.count),
                problem.params)


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
    """A wrapping plain-text label with a role from the style."""
    label = PlainLabel(text)
    label.setWordWrap(True)
    # A long text wraps to the width there is; it never asks for more (the editor would
    # then scroll sideways in a long language).
    label.setMinimumWidth(40)
    if object_name:
        label.setObjectName(object_name)
        restyle(label)
    return label


@dataclass(frozen=True)
class Field:
    """One editor field: the record's column, its label, the widget, and its rule.

    `label` is English source in the form's context (marked with QT_TRANSLATE_NOOP,
    with a disambiguation where a word has two senses). `make(ctx)` builds the widget.
    `required` marks the label before anything is typed (the store's validation is the
    rule that refuses). An `extra` field is not a column: its value is handed to
    `persist` beside the record (a trip's people). A `spread` field's value is a dict
    of several columns (the six consent boxes).
    """

    name: str
    label: str
    make: Callable[[AppContext], Any]
    required: bool = False
    extra: bool = False
    spread: bool = False


class RecordForm(QWidget):
    """One record's fields, saved at once, in one transaction, whenever valid."""

    CONTEXT = "RecordForm"
    FIELDS: tuple[Field, ...] = ()
    TABLE = ""  # the table its drafts belong to ("" keeps none)
    RECORD: Any = None  # the record's dataclass

    saved = Signal(str)  # the record's id
    drafted = Signal()  # a draft was kept or dropped: lists show it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 labels_beside: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.record: Any = None
        self.stored: Any = None  # the record as the database holds it (None: not yet)
        self.draft: Any = None
        self.fields: dict[str, Any] = {}
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        self.below: dict[str, QVBoxLayout] = {}
        self.form = field_layout(labels_beside)
        self._extra_labels: list[tuple[QLabel, str, str]] = []
        self._problems: list[Problem] = []
        self._baseline: dict[str, Any] = {}
        self._touched: set[str] = set()
        self._tried = False
        self._loading = False
        self._state = "empty"  # empty, new, pending, draft, saved
        self._timer = debounce(self, lambda: self.commit())
        self.status = make_label(object_name="formStatus")
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard_draft)
        self.discard_button.hide()
        self.status_row = QWidget()
        row = QHBoxLayout(self.status_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTop)
        self.general_error = make_label(object_name="fieldError")
        self.general_error.hide()
        for spec in self.FIELDS:
            self._add(spec)

    # Building
    def _add(self, spec: Field) -> None:
        widget = spec.make(self.ctx)
        if isinstance(widget, QComboBox):
            # Choices filled from the data (long project titles) must not widen the form.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
        label = PlainLabel()
        label.setBuddy(widget)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        note = make_label(object_name="fieldError")
        note.hide()
        box.addWidget(note)
        self.form.addRow(label, holder)
        self.fields[spec.name] = widget
        self.labels[spec.name] = label
        self.notes[spec.name] = note
        self.below[spec.name] = box
        widget.edited.connect(lambda: self._edited())
        widget.left.connect(lambda name=spec.name: self._left(name))

    def add_below(self, name: str, widget: QWidget) -> None:
        """An extra line under a field (a hint that follows its value)."""
        self.below[name].insertWidget(1, widget)

    def add_label(self, label: QLabel, context: str, source: str) -> None:
        """A label (or group title) of the form, outside the fields, following the language."""
        self._extra_labels.append((label, context, source))

    def lay_out(self, heading: QWidget | None = None, margins: int = 0,
                stretch: bool = False) -> QVBoxLayout:
        """The form's column: heading, save status, record-wide error, fields."""
        box = QVBoxLayout(self)
        box.setContentsMargins(margins, margins, margins, margins)
        for widget in (heading, self.status_row, self.general_error):
            if widget is not None:
                box.addWidget(widget)
        box.addLayout(self.form)
        if stretch:
            box.addStretch(1)
        return box

    def spec(self, name: str) -> Field:
        return next(f for f in self.FIELDS if f.name == name)

    def label_text(self, name: str) -> str:
        """A field's label in the interface language, without its "required" mark."""
        return translate(self.CONTEXT, self.spec(name).label)

    # To implement
    def persist(self, record: Any, extras: dict[str, Any]) -> list[Problem] | None:
        raise NotImplementedError

    def load_extras(self, record: Any) -> dict[str, Any]:
        """The stored values of the `extra` fields of `record`."""
        return {}

    def after_fill(self) -> None:
        """Hints that follow the values (called after loading and after each edit)."""

    def is_required(self, name: str) -> bool:
        """Whether the field is needed now (a rule may depend on other fields)."""
        return self.spec(name).required

    # The screen and the record
    def screen(self) -> dict[str, Any]:
        return {name: widget.value() for name, widget in self.fields.items()}

    def collect(self) -> Any:
        values: dict[str, Any] = {}
        for spec in self.FIELDS:
            if spec.extra:
                continue
            value = self.fields[spec.name].value()
            if spec.spread:
                values.update(value)
            else:
                values[spec.name] = value
        return dataclasses.replace(self.record, **values)

    def extras(self) -> dict[str, Any]:
        return {f.name: self.fields[f.name].value() for f in self.FIELDS if f.extra}

    def dirty(self) -> bool:
        """True while the screen differs from the database (or, for a new record, from
        the blank it started as)."""
        return self.record is not None and self.screen() != self._baseline

    def is_new(self) -> bool:
        return self.record is not None and not getattr(self.record, "id", "")

    # Loading
    def _fill(self, record: Any, extras: dict[str, Any], raw: dict[str, str] | None = None
              ) -> None:
        self._loading = True
        try:
            for spec in self.FIELDS:
                widget = self.fields[spec.name]
                if spec.extra:
                    widget.set_value(extras.get(spec.name))
                elif spec.spread:
                    widget.set_value({c: getattr(record, c) for c in widget.columns})
                else:
                    widget.set_value(getattr(record, spec.name))
            for name, text in (raw or {}).items():
                if name in self.fields:
                    self.fields[name].set_raw(text)
        finally:
            self._loading = False

    def load(self, record: Any, is_new: bool = False) -> None:
        """Show a stored record (or, with `is_new`, a blank one); its draft, if it has one."""
        self.flush()
        self._timer.stop()
        self.record, self.stored, self.draft = record, None, None
        self._problems, self._touched, self._tried = [], set(), False
        extras = self.load_extras(record) if record is not None and not is_new else {}
        if record is not None and not is_new:
            self.stored = record
        blank_extras = extras if not is_new else {}
        self._fill(record if record is not None else self._empty_record(), blank_extras)
        self._baseline = self.screen()
        self._state = "empty" if record is None else ("new" if is_new else "saved")
        if record is not None and not is_new and self.TABLE and getattr(record, "id", ""):
            draft = self.ctx.drafts.for_record(self.TABLE, record.id)
            if draft is not None:
                self._show_draft(draft)
        self.setEnabled(record is not None)
        self.after_fill()
        self._show_problems()

    def load_draft(self, draft: Any, stored: Any = None) -> None:
        """Show a draft: of a record not yet saved (`stored` None), or of `stored`."""
        self.flush()
        self._timer.stop()
        self._problems, self._touched, self._tried = [], set(), False
        self.stored = stored
        if stored is not None:
            self.record = stored
            self._fill(stored, self.load_extras(stored))
        else:
            self.record = self.record_from(draft.data.get("record", {}))
            self._fill(self.blank_like(self.record), {})
        self._baseline = self.screen()
        self._show_draft(draft)
        self.setEnabled(True)
        self.after_fill()
        self._show_problems()

    def _show_draft(self, draft: Any) -> None:
        record = self.record_from({**dataclasses.asdict(self.record),
                                   **draft.data.get("record", {})})
        self.record = dataclasses.replace(record, id=getattr(self.stored, "id", "") or "")
        self._fill(self.record, draft.data.get("extras", {}), draft.data.get("raw", {}))
        self.draft = draft
        self._problems = list(draft.problems)
        self._tried = True
        self._state = "draft"

    def record_from(self, values: dict[str, Any]) -> Any:
        cls = type(self.record) if self.record is not None else self.record_type()
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})

    def record_type(self) -> Any:
        return self.RECORD

    def blank_like(self, record: Any) -> Any:
        """What a new record of this kind starts as (the baseline of a new draft)."""
        return type(record)()

    def _empty_record(self) -> Any:
        return self.record_type()()

    # Editing and saving
    def _edited(self) -> None:
        if self._loading or self.record is None:
            return
        self.after_fill()
        if self.dirty():
            if self._state != "draft":
                self._state = "pending"
            self._timer.start()
        self._show_status()

    def _left(self, name: str) -> None:
        if self._loading or self.record is None:
            return
        self._touched.add(name)
        self._timer.stop()
        self.commit()

    def touch(self, name: str) -> None:
        """Treat a field as visited (its problems show from now on)."""
        self._touched.add(name)

    def commit_now(self, *_: object) -> bool:
        self._timer.stop()
        return self.commit()

    def flush(self) -> None:
        """A save is tried as the user leaves the record: what cannot be saved is kept as a
        draft and every problem is shown."""
        self._timer.stop()
        if self.record is not None and not self._loading and self.dirty():
            self.commit(tried=True)

    def commit(self, tried: bool = False) -> bool:
        if self._loading or self.record is None or self.ctx.store.read_only:
            return False
        if tried:
            self._tried = True
        if not self.dirty():
            if self._state == "pending":
                self._state = "saved" if self.stored is not None else "new"
            self._show_problems()
            return self._state != "draft"
        problems: list[Problem] = []
        for name, widget in self.fields.items():
            found = widget.problem()
            if found is not None:
                problems.append(dataclasses.replace(found, field=name))
        warnings: list[Problem] = []
        record = None
        if not problems:
            record = self.collect()
            try:
                warnings = list(self.persist(record, self.extras()) or [])
            except ValidationError as error:
                problems = list(error.problems)
        if record is None or errors_only(problems):
            self._problems = problems
            self._keep_draft()
            self._state = "draft"
            self._show_problems()
            return False
        self.record = record
        self.stored = dataclasses.replace(record)
        self._baseline = self.screen()
        had_draft = self.draft is not None
        if had_draft:
            self.ctx.drafts.discard(self.draft.id)
            self.draft = None
        elif self.TABLE:
            self.ctx.drafts.discard_for_record(self.TABLE, record.id)
        self._problems = warnings
        self._state = "saved"
        self._tried = False
        self._show_problems()
        self.saved.emit(record.id)
        if had_draft:
            self.drafted.emit()
        return True

    def _keep_draft(self) -> None:
        if not self.TABLE or self.ctx.store.read_only:
            return
        raw = {name: text for name, widget in self.fields.items()
               if (text := widget.raw()) is not None}
        record = self.collect()
        values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)
                  if f.name not in ("id", "created_at", "updated_at")}
        for name in raw:  # what the field could not read is kept as typed, not as a value
            if name in values:
                values[name] = getattr(self.stored or self.blank_like(record), name)
        data = {"record": values, "extras": self.extras(), "raw": raw}
        first = self.draft is None
        self.draft = self.ctx.drafts.keep(self.TABLE, getattr(self.stored, "id", "") or "",
                                          data, self._problems,
                                          self.draft.id if self.draft else "")
        if first:
            self.drafted.emit()

    def discard_draft(self) -> None:
        """Forget the draft: back to what is stored (or to nothing, for a new record)."""
        if self.draft is None:
            return
        self.ctx.drafts.discard(self.draft.id)
        self.draft = None
        stored = self.stored
        self._baseline = {}
        self.record = None
        if stored is not None:
            self.load(stored)
        else:
            self.load(None)
        self.drafted.emit()

    # Showing problems and the state
    def _visible(self, problem: Problem) -> bool:
        if problem.warning:
            return True
        if self._tried:
            return True
        if problem.field in self.fields:
            return problem.field in self._touched
        return bool(self._touched)

    def _show_problems(self) -> None:
        by_field: dict[str, list[Problem]] = {}
        for problem in self._problems:
            if self._visible(problem):
                by_field.setdefault(problem.field, []).append(problem)
        general: list[str] = []
        for name, note in self.notes.items():
            found = by_field.pop(name, [])
            lines = [problem_text(p) for p in found]
            extra = self.fields[name].note()
            if extra:
                lines.append(extra)
            note.setText("\n".join(lines))
            warning = bool(lines) and all(p.warning for p in found)
            if note.property("warning") != warning:
                note.setProperty("warning", warning)
                restyle(note)
            note.setVisible(bool(lines))
        for problems in by_field.values():
            general += [problem_text(p) for p in problems]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        self._show_status()

    def _show_status(self) -> None:
        self.status.setText(self._status_text())
        if self.status.property("state") != self._state:
            self.status.setProperty("state", self._state)
            restyle(self.status)
        self.discard_button.setVisible(self.draft is not None)
        self._mark_required()

    def _mark_required(self) -> None:
        for spec in self.FIELDS:
            text = translate(self.CONTEXT, spec.label)
            if self.is_required(spec.name):
                text += " *"
            label = self.labels[spec.name]
            if label.text() != text:
                label.setText(text)

    def draft_note(self, draft: Any) -> str:
        """What a list says about a draft of this form: "draft, still needed: …"."""
        names = {f.name for f in self.FIELDS}
        labels = [self.label_text(name) for name in draft.missing() if name in names]
        tr = QCoreApplication.translate
        if labels:
            return tr("RecordForm", "draft, still needed: %1").replace(
                "%1", formatting.format_list(labels, self.ctx.language))
        return tr("RecordForm", "draft, not saved yet")

    def missing_labels(self) -> list[str]:
        """The labels of the fields that stop the save, in the form's order."""
        wrong = {p.field for p in errors_only(self._problems)}
        return [self.label_text(f.name) for f in self.FIELDS if f.name in wrong]

    def _status_text(self) -> str:
        tr = QCoreApplication.translate
        if self.record is None:
            return ""
        if self._state == "new" and not self.dirty():
            return tr("RecordForm", "New: it is saved as soon as the fields marked * are "
                                    "filled in.")
        if self._state == "draft":
            missing = self.missing_labels()
            if missing:
                return tr("RecordForm", "Kept as a draft, not saved yet. Still needed: %1.") \
                    .replace("%1", formatting.format_list(missing, self.ctx.language))
            return tr("RecordForm", "Kept as a draft, not saved yet: correct the marked "
                                    "fields.")
        if self.dirty():
            return tr("RecordForm", "Changes not saved yet.")
        if self._state == "saved":
            return tr("RecordForm", "All changes saved.")
        return ""

    def state(self) -> str:
        return self._state

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def error_text(self, name: str) -> str:
        note = self.notes.get(name)
        return note.text() if note is not None and not note.isHidden() else ""

    # Language
    def retranslate_ui(self) -> None:
        for widget in self.fields.values():
            was, self._loading = self._loading, True
            try:
                widget.retranslate_ui()
            finally:
                self._loading = was
        for label, context, source in self._extra_labels:
            label.setText(translate(context, source))
        self.discard_button.setText(QCoreApplication.translate("RecordForm", "Discard draft"))
        self._show_problems()
