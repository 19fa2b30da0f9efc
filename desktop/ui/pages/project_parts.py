"""A project's parts: partners, and results with their target groups (the planning poster)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.models import Partner, Result, TargetGroup
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import ValidationError
from desktop.ui.context import AppContext
from desktop.ui.fields import CodeCombo, CountryCombo, TextArea
from desktop.ui.forms import RecordForm, field_layout, make_label, problem_text

P = "PartnerForm"
R = "ResultForm"
T = "TargetGroupsEditor"


class PartnerForm(RecordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        form = field_layout()
        self.organisation = self.add_field(form, "organisation", P,
                                           QT_TRANSLATE_NOOP(P, "Organisation"), QLineEdit())
        self.country = self.add_field(form, "country", P, QT_TRANSLATE_NOOP(P, "Country"),
                                      CountryCombo(ctx.language))
        self.city = self.add_field(form, "city", P, QT_TRANSLATE_NOOP(P, "City"), QLineEdit())
        self.role = self.add_field(form, "role", P, QT_TRANSLATE_NOOP(P, "Role"),
                                   CodeCombo(cat.PARTNER_ROLES))
        self.lay_out(form)
        self.retranslate_ui()

    def fill_fields(self, p: Partner | None) -> None:
        p = p or Partner()
        self.organisation.setText(p.organisation)
        self.country.set_code(p.country)
        self.city.setText(p.city)
        self.role.set_code(p.role)

    def collect(self) -> Partner:
        return dataclasses.replace(self.record, organisation=self.organisation.text().strip(),
                                   country=self.country.code(), city=self.city.text().strip(),
                                   role=self.role.code() or "")

    def persist(self, record: Partner) -> None:
        self.ctx.store.projects.save_partner(record)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.country.set_language(self.ctx.language)


class ResultForm(RecordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        form = field_layout()
        add = self.add_field
        self.title = add(form, "title", R, QT_TRANSLATE_NOOP(R, "1 Result"), QLineEdit())
        self.kind = add(form, "kind", R, QT_TRANSLATE_NOOP(R, "Kind"), CodeCombo(cat.RESULT_KINDS))
        self.description = add(form, "description", R, QT_TRANSLATE_NOOP(R, "Description"),
                               TextArea(lines=3))
        self.licence = add(form, "open_licence", R,
                           QT_TRANSLATE_NOOP(R, "Open licence of published material"),
                           QLineEdit())
        self.groups = TargetGroupsEditor(ctx)
        self.groups_label = QLabel()
        form.addRow(self.groups_label, self.groups)
        self.message = add(form, "message", R, QT_TRANSLATE_NOOP(R, "3 Message and purpose"),
                           TextArea(lines=3))
        self.sustainability = add(form, "sustainability", R,
                                  QT_TRANSLATE_NOOP(R, "7 Sustainability"), TextArea(lines=3))
        self.indicator = add(form, "indicator", R, QT_TRANSLATE_NOOP(R, "8 Indicator"),
                             QLineEdit())
        self.target = add(form, "indicator_target", R, QT_TRANSLATE_NOOP(R, "Target"),
                          QLineEdit())
        self.evaluation = add(form, "evaluation_notes", R, QT_TRANSLATE_NOOP(R, "Evaluation"),
                              TextArea(lines=3))
        self.lay_out(form)
        self.retranslate_ui()

    def fill_fields(self, r: Result | None) -> None:
        r = r or Result()
        self.title.setText(r.title)
        self.kind.set_code(r.kind)
        self.description.setText(r.description)
        self.licence.setText(r.open_licence)
        self.message.setText(r.message)
        self.sustainability.setText(r.sustainability)
        self.indicator.setText(r.indicator)
        self.target.setText(r.indicator_target)
        self.evaluation.setText(r.evaluation_notes)
        self.groups.load(r.id if r else "")

    def collect(self) -> Result:
        return dataclasses.replace(
            self.record, title=self.title.text().strip(), kind=self.kind.code() or "",
            description=self.description.text(), open_licence=self.licence.text().strip(),
            message=self.message.text(), sustainability=self.sustainability.text(),
            indicator=self.indicator.text().strip(), indicator_target=self.target.text().strip(),
            evaluation_notes=self.evaluation.text())

    def persist(self, record: Result) -> None:
        self.ctx.store.projects.save_result(record)
        self.groups.load(record.id)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.groups_label.setText(QCoreApplication.translate(R, "2 Target groups"))


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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
