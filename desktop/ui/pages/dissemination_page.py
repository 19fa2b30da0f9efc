"""The Dissemination page: actions filtered by status, channel, level, part and result."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import catalogues as cat
from desktop.domain.models import DisseminationAction
from desktop.i18n import formatting
from desktop.ui.choosers import ChoiceCombo, CodeCombo, LazyChoiceCombo
from desktop.ui.context import AppContext
from desktop.ui.date_field import DateField
from desktop.ui.fields import LineField, NumberField, TextArea
from desktop.ui.forms import Field, RecordForm
from desktop.ui.labels import ElidedLabel
from desktop.ui.media import AttachmentField, is_link
from desktop.ui.models import Column, PagedTableModel
from desktop.ui.responsible_picker import ResponsiblePicker
from desktop.ui.table_page import TablePage
from desktop.ui.text import QT_TRANSLATE_NOOP

C = "ActionEditor"
AM = "ActionModel"

__all__ = ["ActionEditor", "ActionModel", "DisseminationPage", "is_link"]


class ActionModel(PagedTableModel):
    CONTEXT = AM
    COLUMNS = [
        Column("title", QT_TRANSLATE_NOOP(
            AM, "Action", "a dissemination action (a talk, an article…), not the project's "
            "key action"), "title", stretch=True),
        Column("channel", QT_TRANSLATE_NOOP(AM, "Channel"), "channel", "catalogue",
               cat.CHANNELS),
        Column("status", QT_TRANSLATE_NOOP(AM, "Status"), "status", "catalogue",
               cat.ACTION_STATUSES),
        Column("when", QT_TRANSLATE_NOOP(
            AM, "Date", "a dissemination action's date: the day it was done, else the day "
            "planned"), "when", "when"),
        Column("people_reached", QT_TRANSLATE_NOOP(AM, "Reached"), "people_reached",
               "number"),
    ]

    def __init__(self, ctx: AppContext, parent=None, drafts=None):  # noqa: ANN001
        super().__init__(ctx.store.dissemination.page, self.COLUMNS, lambda: ctx.language,
                         "when", True, parent, drafts)

    def display(self, row: dict[str, Any], column: Column) -> str:
        if column.kind == "when":
            done = row.get("status") == "done" and row.get("done_date")
            return formatting.format_date(row.get("done_date") if done
                                          else row.get("planned_date") or "",
                                          self._language(), "medium")
        return super().display(row, column)


def _date(ctx: AppContext) -> DateField:
    return DateField(lambda: ctx.language)


def _responsible(ctx: AppContext) -> ResponsiblePicker:
    store = ctx.store

    def lookup(ids: list[str]) -> dict[str, tuple[str, str]]:
        found = (store.people.get(pid) for pid in ids)
        return {p.id: (p.name, p.role) for p in found if p is not None}

    picker = ResponsiblePicker(lookup)
    picker.set_loader(lambda: [(p.id, p.name, p.role) for p in store.people.all()])
    return picker


def responsible_entries(ctx: AppContext, action: DisseminationAction) -> list[tuple[str, str]]:
    """The action's responsible people as the picker shows them: each typed name, linked to
    the person it was linked to or (as the store matches typed names) the one person of
    that name; then anyone linked whose name the text no longer holds."""
    from desktop.store.dissemination import typed_names
    from desktop.store.privacy import ERASED_NAME
    from desktop.store.search import words

    store = ctx.store
    linked = store.dissemination.responsible_people(action.id) if action.id else []
    by_words = {tuple(words(name)): pid for pid, name in linked}
    entries: list[tuple[str, str]] = []
    for name in typed_names(action.responsible):
        pid = by_words.pop(tuple(words(name)), "")
        if not pid and name != ERASED_NAME:  # an erasure's stand-in is nobody to link
            matched = store.dissemination.match_people(name)
            pid = matched[0] if len(matched) == 1 else ""
        if not pid or pid not in {chosen for chosen, _ in entries}:
            entries.append((pid, name))
    shown = {pid for pid, _ in entries}
    entries += [(pid, name) for pid, name in linked if pid not in shown]
    return entries


class ActionEditor(RecordForm):
    CONTEXT = C
    TABLE = "dissemination_action"
    RECORD = DisseminationAction
    FIELDS = (
        Field("title", QT_TRANSLATE_NOOP(C, "Title"), lambda ctx: LineField(), required=True),
        Field("project_id", QT_TRANSLATE_NOOP(C, "Project"), lambda ctx: ChoiceCombo(),
              required=True),
        Field("result_id", QT_TRANSLATE_NOOP(C, "Result"), lambda ctx: ChoiceCombo(empty=None)),
        Field("channel", QT_TRANSLATE_NOOP(C, "Channel"), lambda ctx: CodeCombo(cat.CHANNELS)),
        Field("target_group", QT_TRANSLATE_NOOP(C, "Target group"),
              lambda ctx: CodeCombo(cat.TARGET_GROUPS)),
        Field("level", QT_TRANSLATE_NOOP(C, "Level"), lambda ctx: CodeCombo(cat.LEVELS)),
        Field("quality_part", QT_TRANSLATE_NOOP(C, "Quality standard"), lambda ctx: CodeCombo(
            cat.QUALITY_PARTS, allow_none=True, none_text=(C, "(not chosen yet)"))),
        Field("purpose", QT_TRANSLATE_NOOP(C, "Purpose"), lambda ctx: CodeCombo(cat.PURPOSES)),
        Field("status", QT_TRANSLATE_NOOP(C, "Status"),
              lambda ctx: CodeCombo(cat.ACTION_STATUSES)),
        Field("planned_date", QT_TRANSLATE_NOOP(C, "Planned for"), _date),
        Field("done_date", QT_TRANSLATE_NOOP(C, "Done on"), _date),
        Field("people_reached", QT_TRANSLATE_NOOP(C, "People reached"),
              lambda ctx: NumberField(10_000_000, grouped=True)),
        Field("responsible", QT_TRANSLATE_NOOP(C, "Responsible"), _responsible, extra=True),
        Field("evidence", QT_TRANSLATE_NOOP(C, "Evidence (link or file)"),
              lambda ctx: AttachmentField(ctx.store.media_dir, "evidence", allow_link=True)),
        Field("notes", QT_TRANSLATE_NOOP(C, "Notes"), lambda ctx: TextArea(lines=3)),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        f = self.fields
        self.heading = ElidedLabel(objectName="editorTitle")
        self.title, self.project, self.result = f["title"], f["project_id"], f["result_id"]
        self.channel, self.target, self.level = f["channel"], f["target_group"], f["level"]
        self.part, self.purpose, self.status_combo = (f["quality_part"], f["purpose"],
                                                      f["status"])
        self.planned, self.done, self.reached = (f["planned_date"], f["done_date"],
                                                 f["people_reached"])
        self.responsible: ResponsiblePicker = f["responsible"]
        self.evidence_field = f["evidence"]
        self.evidence = self.evidence_field.line
        self.open_button = self.evidence_field.open_button
        self.planned.near = self._near
        self.done.near = lambda: self.planned.iso() or dt.date.today().isoformat()
        self.project.currentIndexChanged.connect(lambda _i: self._results())
        # Done without a date: the date is asked for at once.
        self.status_combo.edited.connect(self._status_chosen)
        self.lay_out(self.heading, margins=12, stretch=True)
        self.retranslate_ui()

    def _near(self) -> str:
        project = self.ctx.store.projects.get(self.project.value() or "")
        today = dt.date.today().isoformat()
        if project is not None and not project.start_date <= today <= project.end_date:
            return project.start_date
        return today

    def _status_chosen(self) -> None:
        if self.status_combo.value() == "done" and not self.done.value():
            self.touch("done_date")

    def is_required(self, name: str) -> bool:
        if name == "done_date":
            return self.status_combo.value() == "done"
        return super().is_required(name)

    def refresh_choices(self) -> None:
        self.project.set_choices(self.ctx.store.projects.choices())
        self._results()
        self.refresh_people()

    def _results(self) -> None:
        project_id = self.project.value()
        results = self.ctx.store.projects.results(project_id) if project_id else []
        current = self.result.value()
        was, self._loading = self._loading, True
        try:
            self.result.set_choices(
                [(None, QCoreApplication.translate(C, "(no particular result)"))]
                + [(r.id, r.title) for r in results])
            self.result.set_value(current)
        finally:
            self._loading = was

    def _fill(self, record: Any, extras: dict[str, Any], raw: dict[str, str] | None = None
              ) -> None:
        self._loading = True
        self.project.set_value(getattr(record, "project_id", ""))
        self._results()
        if "responsible" not in extras:  # a draft kept before the picker: its typed names
            extras = {**extras, "responsible": responsible_entries(
                self.ctx, dataclasses.replace(record, id=""))}
        super()._fill(record, extras, raw)

    def load_extras(self, record: DisseminationAction) -> dict[str, Any]:
        return {"responsible": responsible_entries(self.ctx, record)}

    def collect(self) -> DisseminationAction:
        """The record with the responsible names as text (documents print that text)."""
        names = ", ".join(name for _pid, name in self.responsible.value())
        return dataclasses.replace(super().collect(), responsible=names)

    def persist(self, record: DisseminationAction, extras: dict[str, Any]) -> None:
        chosen = [pid for pid, _name in extras.get("responsible") or [] if pid]
        self.ctx.store.dissemination.save(record, responsible_ids=chosen)

    def refresh_people(self) -> None:
        """People added or renamed elsewhere are offered when the user next types."""
        self.responsible.set_loader(lambda: [(p.id, p.name, p.role)
                                             for p in self.ctx.store.people.all()])

    def blank_like(self, record: DisseminationAction) -> DisseminationAction:
        return DisseminationAction(project_id=record.project_id)

    def evidence_file(self):  # noqa: ANN201
        return self.evidence_field.file()

    def attach_file(self, path: str) -> None:
        self.evidence_field.attach(path)

    def after_fill(self) -> None:
        tr = QCoreApplication.translate
        record = self.record
        if record is None:
            self.heading.set_full_text("")
        else:
            self.heading.set_full_text(self.title.value()
                                       or tr(C, "New dissemination action"))

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._results()
        self.after_fill()


D = "DisseminationPage"
FILTERS = (
    ("status", cat.ACTION_STATUSES, QT_TRANSLATE_NOOP(D, "All statuses")),
    ("channel", cat.CHANNELS, QT_TRANSLATE_NOOP(D, "All channels")),
    ("level", cat.LEVELS, QT_TRANSLATE_NOOP(D, "All levels")),
    ("quality_part", cat.QUALITY_PARTS, QT_TRANSLATE_NOOP(D, "All parts of the standard")),
)


class DisseminationPage(TablePage):
    CONTEXT = D
    EMPTY = QT_TRANSLATE_NOOP(D, "No dissemination action yet. Press New and type what you "
                                 "will do and when: a talk at a staff meeting, an article, "
                                 "an open lesson.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = ActionModel(ctx, self, self.draft_rows)
        self.editor = ActionEditor(ctx)
        self.form = self.editor
        self.editor.refresh_choices()
        self.filter_combos: dict[str, CodeCombo] = {}
        for name, catalogue, none_text in FILTERS:
            combo = CodeCombo(catalogue, allow_none=True, none_text=(D, none_text))
            combo.setMinimumContentsLength(6)
            combo.setObjectName(f"filter_{name}")
            combo.currentIndexChanged.connect(lambda _i, n=name, c=combo: self._set_filter(
                n, c.code()))
            self.filter_combos[name] = combo
            self.add_filter(combo)
        self.result_filter = LazyChoiceCombo(self._all_results, objectName="filter_result",
                                             empty=None)
        self.result_filter.setMinimumContentsLength(6)
        self.result_filter.currentIndexChanged.connect(
            lambda _i: self._set_filter("result_id", self.result_filter.value()))
        self.add_filter(self.result_filter)
        self._result_choices()
        self.build(self.editor)
        self.list_tools.add_import()  # a list from a spreadsheet

    def fetch(self, record_id: str) -> DisseminationAction | None:
        return self.ctx.store.dissemination.get(record_id)

    def blank(self) -> DisseminationAction:
        self.editor.refresh_choices()
        projects = self.ctx.store.projects.choices()
        return DisseminationAction(project_id=projects[0][0] if projects else "")

    def _result_choices(self) -> None:
        current = self.result_filter.value()
        self.result_filter.set_head([(None, QCoreApplication.translate(D, "All results"))])
        if current:
            result = self.ctx.store.projects.get_result(current)
            if result is not None:
                self.result_filter.show_value(result.id, result.title)

    def _all_results(self) -> list[tuple[str | None, str]]:
        choices: list[tuple[str | None, str]] = []
        for project in self.ctx.store.projects.all():
            choices += [(r.id, f"{r.title} ({project.title})")
                        for r in self.ctx.store.projects.results(project.id)]
        return choices

    def _set_filter(self, name: str, value: str | None) -> None:
        assert self.model is not None
        current = self.current_id()
        self.model.set_filter(name, value)
        self.model.after_rows(lambda: self._reselect(current))

    def empty_message(self) -> str:
        if not self.ctx.store.projects.choices():
            return QCoreApplication.translate(D, "Record the project first, on the Projects "
                                                  "page: everything here belongs to a project.")
        return super().empty_message()

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        action = self.ctx.store.dissemination.get(record_id)
        return (action.title if action else record_id, {})

    def delete_record(self, record_id: str) -> None:
        self.ctx.store.dissemination.delete(record_id)

    def refresh(self) -> None:
        self.editor.refresh_choices()
        self._result_choices()
        super().refresh()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("Dissemination"))
        tips = {"status": self.tr("Status"), "channel": self.tr("Channel"),
                "level": self.tr("Level"), "quality_part": self.tr("Quality standard")}
        for name, combo in self.filter_combos.items():
            combo.retranslate_ui()
            combo.setToolTip(tips[name])
        self.result_filter.setToolTip(self.tr("Result"))
        self._result_choices()
