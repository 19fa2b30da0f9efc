"""A project's parts: partners, and results with their target groups (the planning poster)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.models import Partner, Result, TargetGroup
from desktop.domain.validation import ValidationError
from desktop.ui.choosers import CodeCombo, CountryCombo
from desktop.ui.context import AppContext
from desktop.ui.fields import LineField, TextArea
from desktop.ui.forms import Field, RecordForm, make_label, problem_text
from desktop.ui.labels import PlainLabel
from desktop.ui.text import QT_TRANSLATE_NOOP

P = "PartnerForm"
R = "ResultForm"
T = "TargetGroupsEditor"


class PartnerForm(RecordForm):
    CONTEXT = P
    TABLE = "partner"
    RECORD = Partner
    FIELDS = (
        Field("organisation", QT_TRANSLATE_NOOP(P, "Organisation"), lambda ctx: LineField(),
              required=True),
        Field("country", QT_TRANSLATE_NOOP(P, "Country"),
              lambda ctx: CountryCombo(lambda: ctx.language), required=True),
        Field("city", QT_TRANSLATE_NOOP(P, "City"), lambda ctx: LineField()),
        Field("role", QT_TRANSLATE_NOOP(P, "Role"), lambda ctx: CodeCombo(cat.PARTNER_ROLES)),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.organisation = self.fields["organisation"]
        self.country = self.fields["country"]
        self.lay_out()
        self.retranslate_ui()

    def persist(self, record: Partner, extras: dict[str, Any]) -> None:
        self.ctx.store.projects.save_partner(record)

    def blank_like(self, record: Partner) -> Partner:
        return Partner(project_id=record.project_id)


class ResultForm(RecordForm):
    CONTEXT = R
    TABLE = "result"
    RECORD = Result
    FIELDS = (
        Field("title", QT_TRANSLATE_NOOP(R, "1 Result"), lambda ctx: LineField(),
              required=True),
        Field("kind", QT_TRANSLATE_NOOP(R, "Kind"), lambda ctx: CodeCombo(cat.RESULT_KINDS)),
        Field("description", QT_TRANSLATE_NOOP(R, "Description"),
              lambda ctx: TextArea(lines=3)),
        Field("open_licence", QT_TRANSLATE_NOOP(R, "Open licence of published material"),
              lambda ctx: LineField()),
        Field("message", QT_TRANSLATE_NOOP(R, "3 Message and purpose"),
              lambda ctx: TextArea(lines=3)),
        Field("sustainability", QT_TRANSLATE_NOOP(R, "7 Sustainability"),
              lambda ctx: TextArea(lines=3)),
        Field("indicator", QT_TRANSLATE_NOOP(R, "8 Indicator"), lambda ctx: LineField()),
        Field("indicator_target", QT_TRANSLATE_NOOP(
            R, "Target", "the value the indicator should reach (12 classes, 80 %), not the "
            "project's objectives"),
              lambda ctx: LineField()),
        Field("evaluation_notes", QT_TRANSLATE_NOOP(R, "Evaluation"),
              lambda ctx: TextArea(lines=3)),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.title = self.fields["title"]
        self.kind = self.fields["kind"]
        self.message = self.fields["message"]
        self.indicator = self.fields["indicator"]
        self.target = self.fields["indicator_target"]
        self.groups = TargetGroupsEditor(ctx)
        self.groups_label = PlainLabel()
        # The target groups sit after the open licence, as rubric 2 of the poster.
        self.form.insertRow(4, self.groups_label, self.groups)
        self.add_label(self.groups_label, R, QT_TRANSLATE_NOOP(R, "2 Target groups"))
        self.lay_out()
        self.retranslate_ui()

    def after_fill(self) -> None:
        record = self.record
        result_id = record.id if record is not None else ""
        if result_id != self.groups.result_id:
            self.groups.load(result_id)

    def persist(self, record: Result, extras: dict[str, Any]) -> None:
        self.ctx.store.projects.save_result(record)
        self.groups.load(record.id)

    def blank_like(self, record: Result) -> Result:
        return Result(project_id=record.project_id, position=record.position)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.groups.retranslate_ui()


class GroupRow:
    """The widgets of one target group's row."""

    def __init__(self, group: TargetGroup):
        self.group = group
        self.who = CodeCombo(cat.TARGET_GROUPS)
        self.who.set_code(group.group_code)
        self.priority = CodeCombo(cat.TARGET_PRIORITIES)
        self.priority.set_code(group.priority)
        self.names = QLineEdit(group.representatives)
        self.remove = QPushButton("×")
        self.remove.setFixedWidth(30)
        self.error = make_label(object_name="fieldError")
        self.error.hide()

    def widgets(self) -> list[QWidget]:
        return [self.who, self.priority, self.names, self.remove, self.error]


class TargetGroupsEditor(QWidget):
    """One row per target group: who, primary or secondary, named representatives."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_id = ""
        self.rows: list[GroupRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(2, 1)
        self.headers = [make_label(object_name="hint") for _ in range(3)]
        for column, label in enumerate(self.headers):
            self.grid.addWidget(label, 0, column)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_group)
        self.hint = make_label(object_name="hint")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.grid)
        box.addWidget(self.hint)
        box.addWidget(self.add_button)
        self.retranslate_ui()

    def load(self, result_id: str) -> None:
        self.result_id = result_id
        for row in self.rows:
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.rows = []
        groups = self.ctx.store.projects.target_groups(result_id) if result_id else []
        for group in groups:
            self._add_row(group)
        self.add_button.setEnabled(bool(result_id))
        self.retranslate_ui()

    def _add_row(self, group: TargetGroup) -> GroupRow:
        row = GroupRow(group)
        line = len(self.rows) * 2 + 1
        self.grid.addWidget(row.who, line, 0)
        self.grid.addWidget(row.priority, line, 1)
        self.grid.addWidget(row.names, line, 2)
        self.grid.addWidget(row.remove, line, 3)
        self.grid.addWidget(row.error, line + 1, 0, 1, 4)
        self.rows.append(row)
        row.who.currentIndexChanged.connect(lambda _i: self._save(row))
        row.priority.currentIndexChanged.connect(lambda _i: self._save(row))
        row.names.editingFinished.connect(lambda: self._save(row))
        row.remove.clicked.connect(lambda: self._remove(row))
        return row

    def _save(self, row: GroupRow) -> None:
        updated = dataclasses.replace(row.group, group_code=row.who.code() or "",
                                      priority=row.priority.code() or "",
                                      representatives=row.names.text().strip())
        try:
            self.ctx.store.projects.save_target_group(updated)
        except ValidationError as problem:
            row.error.setText("\n".join(problem_text(p) for p in problem.problems))
            row.error.show()
            return
        row.error.hide()
        row.group = updated
        self.changed.emit()

    def add_group(self) -> None:
        if not self.result_id:
            return
        used = {row.group.group_code for row in self.rows}
        code = next((e.code for e in cat.TARGET_GROUPS if e.code not in used), "other")
        group = self.ctx.store.projects.save_target_group(TargetGroup(
            result_id=self.result_id, group_code=code,
            priority="primary" if not self.rows else "secondary"))
        row = self._add_row(group)
        self.retranslate_ui()
        row.names.setFocus()
        self.changed.emit()

    def _remove(self, row: GroupRow) -> None:
        self.ctx.store.projects.delete_target_group(row.group.id)
        self.load(self.result_id)
        self.changed.emit()

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        for label, text in zip(self.headers, (tr(T, "Who"), tr(T, "Priority"),
                                              tr(T, "Representatives, by name")), strict=True):
            label.setText(text)
            label.setVisible(bool(self.rows))
        self.add_button.setText(tr(T, "Add a target group"))
        self.hint.setText(tr(T, "No target group yet: to whom does this result matter?")
                          if not self.rows else "")
        self.hint.setVisible(not self.rows)
        for row in self.rows:
            row.who.retranslate_ui()
            row.priority.retranslate_ui()
