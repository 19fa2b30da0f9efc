"""The Dissemination page: actions filtered by status, channel, level, part and result."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.models import DisseminationAction
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.ui.context import AppContext
from desktop.ui.fields import ChoiceCombo, CodeCombo, DateField, LazyChoiceCombo, TextArea
from desktop.ui.forms import RecordForm, field_layout
from desktop.ui.media import copy_into_media, media_path, open_local
from desktop.ui.models import Column, PagedTableModel
from desktop.ui.table_page import TablePage

C = "ActionEditor"


class ActionModel(PagedTableModel):
    CONTEXT = "ActionModel"
    COLUMNS = [
        Column("title", QT_TRANSLATE_NOOP("ActionModel", "Action"), "title"),
        Column("channel", QT_TRANSLATE_NOOP("ActionModel", "Channel"), "channel", "catalogue",
               cat.CHANNELS),
        Column("status", QT_TRANSLATE_NOOP("ActionModel", "Status"), "status", "catalogue",
               cat.ACTION_STATUSES),
        Column("planned_date", QT_TRANSLATE_NOOP("ActionModel", "Planned"), "planned_date",
               "date"),
        Column("done_date", QT_TRANSLATE_NOOP("ActionModel", "Done"), "done_date", "date"),
        Column("people_reached", QT_TRANSLATE_NOOP("ActionModel", "Reached"), "people_reached",
               "number"),
        Column("level", QT_TRANSLATE_NOOP("ActionModel", "Level"), "level", "catalogue",
               cat.LEVELS),
        Column("quality_part", QT_TRANSLATE_NOOP("ActionModel", "Quality standard"),
               "quality_part", "catalogue", cat.QUALITY_PARTS),
        Column("result_title", QT_TRANSLATE_NOOP("ActionModel", "Result"), "result"),
        Column("responsible", QT_TRANSLATE_NOOP("ActionModel", "Responsible"), "responsible"),
        Column("project_title", QT_TRANSLATE_NOOP("ActionModel", "Project"), "project"),
    ]

    def __init__(self, ctx: AppContext, parent=None):  # noqa: ANN001
        super().__init__(ctx.store.dissemination.page, self.COLUMNS, lambda: ctx.language,
                         "planned_date", True, parent)


def is_link(evidence: str) -> bool:
    return evidence.lower().startswith(("http://", "https://", "www."))


class ActionEditor(RecordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.heading = QLabel(objectName="editorTitle")
        form = field_layout()
        add = self.add_field
        self.title = add(form, "title", C, QT_TRANSLATE_NOOP(C, "Title"), QLineEdit())
        self.project = add(form, "project_id", C, QT_TRANSLATE_NOOP(C, "Project"), ChoiceCombo())
        self.result = add(form, "result_id", C, QT_TRANSLATE_NOOP(C, "Result"), ChoiceCombo())
        self.channel = add(form, "channel", C, QT_TRANSLATE_NOOP(C, "Channel"),
                           CodeCombo(cat.CHANNELS))
        self.target = add(form, "target_group", C, QT_TRANSLATE_NOOP(C, "Target group"),
                          CodeCombo(cat.TARGET_GROUPS))
        self.level = add(form, "level", C, QT_TRANSLATE_NOOP(C, "Level"), CodeCombo(cat.LEVELS))
        self.part = add(form, "quality_part", C, QT_TRANSLATE_NOOP(C, "Quality standard"),
                        CodeCombo(cat.QUALITY_PARTS))
        self.purpose = add(form, "purpose", C, QT_TRANSLATE_NOOP(C, "Purpose"),
                           CodeCombo(cat.PURPOSES))
        self.status_combo = add(form, "status", C, QT_TRANSLATE_NOOP(C, "Status"),
                                CodeCombo(cat.ACTION_STATUSES))
        self.planned = add(form, "planned_date", C, QT_TRANSLATE_NOOP(C, "Planned for"),
                           DateField())
        self.done = add(form, "done_date", C, QT_TRANSLATE_NOOP(C, "Done on"), DateField())
        reached = QSpinBox()
        reached.setRange(0, 10_000_000)
        reached.setGroupSeparatorShown(True)
        self.reached = add(form, "people_reached", C, QT_TRANSLATE_NOOP(C, "People reached"),
                           reached)
        self.responsible = add(form, "responsible", C, QT_TRANSLATE_NOOP(C, "Responsible"),
                               QLineEdit())
        self.evidence = QLineEdit()
        self.attach_button = QPushButton()
        self.open_button = QPushButton()
        self.attach_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_evidence)
        self.evidence.textChanged.connect(lambda _t: self._evidence_buttons())
        row = QWidget()
        row_box = QHBoxLayout(row)
        row_box.setContentsMargins(0, 0, 0, 0)
        row_box.addWidget(self.evidence, 1)
        row_box.addWidget(self.attach_button)
        row_box.addWidget(self.open_button)
        add(form, "evidence", C, QT_TRANSLATE_NOOP(C, "Evidence (link or file)"), row)
        self._watch(self.evidence)
        self.notes = add(form, "notes", C, QT_TRANSLATE_NOOP(C, "Notes"), TextArea(lines=3))
        self.project.currentIndexChanged.connect(lambda _i: self._results())
        self.lay_out(form, self.heading, margins=12, stretch=True)
        self.retranslate_ui()

    def refresh_choices(self) -> None:
        self.project.set_choices(self.ctx.store.projects.choices())
        self._results()

    def _results(self) -> None:
        project_id = self.project.value()
        results = self.ctx.store.projects.results(project_id) if project_id else []
        self.result.set_choices([(None, QCoreApplication.translate(C, "(no particular result)"))]
                                + [(r.id, r.title) for r in results])
        if self.record is not None:
            self.result.set_value(self.record.result_id)

    def fill_fields(self, a: DisseminationAction | None) -> None:
        a = a or DisseminationAction()
        self.title.setText(a.title)
        self.project.set_value(a.project_id)
        self._results()
        self.result.set_value(a.result_id)
        self.channel.set_code(a.channel)
        self.target.set_code(a.target_group)
        self.level.set_code(a.level)
        self.part.set_code(a.quality_part)
        self.purpose.set_code(a.purpose)
        self.status_combo.set_code(a.status)
        self.planned.set_iso(a.planned_date)
        self.done.set_iso(a.done_date)
        self.reached.setValue(int(a.people_reached or 0))
        self.responsible.setText(a.responsible)
        self.evidence.setText(a.evidence)
        self.notes.setText(a.notes)
        self._evidence_buttons()

    def collect(self) -> DisseminationAction:
        return dataclasses.replace(
            self.record, title=self.title.text().strip(), project_id=self.project.value() or "",
            result_id=self.result.value(), channel=self.channel.code() or "",
            target_group=self.target.code() or "", level=self.level.code() or "",
            quality_part=self.part.code() or "", purpose=self.purpose.code() or "",
            status=self.status_combo.code() or "", planned_date=self.planned.iso(),
            done_date=self.done.iso(), people_reached=self.reached.value(),
            responsible=self.responsible.text().strip(), evidence=self.evidence.text().strip(),
            notes=self.notes.text())

    def persist(self, record: DisseminationAction) -> None:
        self.ctx.store.dissemination.save(record)

    # Evidence
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate(C, "Choose the evidence file"))
        if path:
            self.attach_file(path)

    def attach_file(self, path: str) -> None:
        try:
            name = copy_into_media(self.ctx.store.media_dir, Path(path), "evidence")
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, QCoreApplication.translate(C, "Evidence"),
                                QCoreApplication.translate(C, "The file could not be copied: "
                                                              "%1").replace("%1", str(error)))
            return
        self.evidence.setText(name)
        self.commit_now()

    def evidence_file(self) -> Path | None:
        return media_path(self.ctx.store.media_dir, self.evidence.text().strip())

    def open_evidence(self) -> None:
        text = self.evidence.text().strip()
        path = self.evidence_file()
        if path is not None:
            open_local(path)
        elif is_link(text):
            # Vidare itself never goes online: the link is copied for the user's browser.
            QGuiApplication.clipboard().setText(text)

    def _evidence_buttons(self) -> None:
        tr = QCoreApplication.translate
        text = self.evidence.text().strip()
        if is_link(text):
            self.open_button.setText(tr(C, "Copy link"))
            self.open_button.setEnabled(True)
        else:
            self.open_button.setText(tr(C, "Open"))
            self.open_button.setEnabled(self.evidence_file() is not None)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        tr = QCoreApplication.translate
        self.attach_button.setText(tr(C, "Attach file…"))
        self.evidence.setPlaceholderText(tr(C, "A link, or attach a file"))
        self._evidence_buttons()
        record = self.record
        if record is None:
            self.heading.setText(tr(C, "No action chosen"))
        else:
            self.heading.setText(record.title if record.id else tr(C, "New dissemination action"))


D = "DisseminationPage"
FILTERS = (
    ("status", cat.ACTION_STATUSES, QT_TRANSLATE_NOOP(D, "All statuses")),
    ("channel", cat.CHANNELS, QT_TRANSLATE_NOOP(D, "All channels")),
    ("level", cat.LEVELS, QT_TRANSLATE_NOOP(D, "All levels")),
    ("quality_part", cat.QUALITY_PARTS, QT_TRANSLATE_NOOP(D, "All parts of the standard")),
)


class DisseminationPage(TablePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = ActionModel(ctx, self)
        self.editor = ActionEditor(ctx)
        self.editor.refresh_choices()
        self.editor.saved.connect(self._saved)
        self.filter_combos: dict[str, QWidget] = {}
        for name, catalogue, none_text in FILTERS:
            combo = CodeCombo(catalogue, allow_none=True, none_text=(D, none_text))
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(
                CodeCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setObjectName(f"filter_{name}")
            combo.currentIndexChanged.connect(lambda _i, n=name, c=combo: self._set_filter(
                n, c.code()))
            self.filter_combos[name] = combo
            self.add_filter(combo)
        self.result_filter = LazyChoiceCombo(self._all_results, objectName="filter_result")
        self.result_filter.setMinimumContentsLength(6)
        self.result_filter.setSizeAdjustPolicy(
            LazyChoiceCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.result_filter.currentIndexChanged.connect(
            lambda _i: self._set_filter("result_id", self.result_filter.value()))
        self.add_filter(self.result_filter)
        self._result_choices()
        self.build(self.editor)

    def _result_choices(self) -> None:
        current = self.result_filter.value()
        self.result_filter.set_head([(None, QCoreApplication.translate("DisseminationPage",
                                                                       "All results"))])
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
        current = self.current_id()
        self.model.set_filter(name, value)
        self._reselect(current)

    def _saved(self, record_id: str) -> None:
        self.record_saved(record_id)
        self.editor.retranslate_ui()

    def editing_id(self) -> str | None:
        return self.editor.record.id if self.editor.record is not None else None

    def show_record(self, record_id: str | None) -> None:
        self.editor.load(self.ctx.store.dissemination.get(record_id) if record_id else None)
        self.editor.retranslate_ui()

    def new_record(self) -> None:
        self.editor.refresh_choices()
        self.clear_selection()
        projects = self.ctx.store.projects.choices()
        self.editor.load(DisseminationAction(project_id=projects[0][0] if projects else ""),
                         is_new=True)
        self.editor.retranslate_ui()
        self.editor.title.setFocus()

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        action = self.ctx.store.dissemination.get(record_id)
        return (action.title if action else record_id, {})

    def delete_record(self, record_id: str) -> None:
        self.ctx.store.dissemination.delete(record_id)

    def refresh(self) -> None:
        self.editor.refresh_choices()
        self._result_choices()
        self.model.refresh(keep_loaded=True)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("Dissemination"))
        tips = {"status": self.tr("Status"), "channel": self.tr("Channel"),
                "level": self.tr("Level"), "quality_part": self.tr("Quality standard")}
        for name, combo in getattr(self, "filter_combos", {}).items():
            combo.setToolTip(tips[name])
        if hasattr(self, "result_filter"):
            self.result_filter.setToolTip(self.tr("Result"))
            self._result_choices()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
