"""The Projects page: the list, and each project's details, partners and results."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from desktop.domain import catalogues as cat
from desktop.domain.models import Partner, Project, Result
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import formatting
from desktop.ui.context import AppContext
from desktop.ui.fields import CodeCombo, DateField, TextArea
from desktop.ui.forms import RecordForm, field_layout
from desktop.ui.models import Column, PagedTableModel, catalogue_label
from desktop.ui.pages.project_parts import PartnerForm, ResultForm
from desktop.ui.sub_list import SubListPanel
from desktop.ui.table_page import TablePage

C = "ProjectForm"


class ProjectModel(PagedTableModel):
    CONTEXT = "ProjectModel"
    COLUMNS = [
        Column("title", QT_TRANSLATE_NOOP("ProjectModel", "Title"), "title"),
        Column("reference", QT_TRANSLATE_NOOP("ProjectModel", "Reference"), "reference"),
        Column("action", QT_TRANSLATE_NOOP("ProjectModel", "Action"), "action"),
        Column("start_date", QT_TRANSLATE_NOOP("ProjectModel", "Start"), "start_date", "date"),
        Column("end_date", QT_TRANSLATE_NOOP("ProjectModel", "End"), "end_date", "date"),
    ]

    def __init__(self, ctx: AppContext, parent=None):  # noqa: ANN001
        super().__init__(ctx.store.projects.page, self.COLUMNS, lambda: ctx.language,
                         "start_date", True, parent)


class ProjectForm(RecordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        form = field_layout()
        add = self.add_field
        self.title = add(form, "title", C, QT_TRANSLATE_NOOP(C, "Title"), QLineEdit())
        self.reference = add(form, "reference", C, QT_TRANSLATE_NOOP(C, "Grant reference"),
                             QLineEdit())
        self.reference.setPlaceholderText("2025-1-SE01-KA122-SCH-000123456")
        self.action = add(form, "action", C, QT_TRANSLATE_NOOP(C, "Action"),
                          CodeCombo(cat.PROJECT_ACTIONS))
        self.start = add(form, "start_date", C, QT_TRANSLATE_NOOP(C, "Start"), DateField())
        self.end = add(form, "end_date", C, QT_TRANSLATE_NOOP(C, "End"), DateField())
        self.funding = add(form, "funding_source", C, QT_TRANSLATE_NOOP(C, "Funding"),
                           CodeCombo(cat.FUNDING_SOURCES))
        self.needs = add(form, "needs_analysis", C, QT_TRANSLATE_NOOP(C, "Needs analysis"),
                         TextArea(lines=3))
        self.objectives = add(form, "objectives", C, QT_TRANSLATE_NOOP(C, "Objectives"),
                              TextArea(lines=3))
        self.management = add(form, "management_involvement", C,
                              QT_TRANSLATE_NOOP(C, "How management is involved"),
                              TextArea(lines=3))
        self.lay_out(form, margins=8, stretch=True)
        self.retranslate_ui()

    def fill_fields(self, p: Project | None) -> None:
        p = p or Project()
        self.title.setText(p.title)
        self.reference.setText(p.reference)
        self.action.set_code(p.action)
        self.start.set_iso(p.start_date)
        self.end.set_iso(p.end_date)
        self.funding.set_code(p.funding_source)
        self.needs.setText(p.needs_analysis)
        self.objectives.setText(p.objectives)
        self.management.setText(p.management_involvement)

    def collect(self) -> Project:
        return dataclasses.replace(
            self.record, title=self.title.text().strip(), reference=self.reference.text().strip(),
            action=self.action.code() or "", start_date=self.start.iso(),
            end_date=self.end.iso(), funding_source=self.funding.code() or "",
            needs_analysis=self.needs.text(), objectives=self.objectives.text(),
            management_involvement=self.management.text())

    def persist(self, record: Project) -> None:
        self.ctx.store.projects.save(record)


class ProjectEditor(QWidget):
    """The chosen project in three tabs; the parts need the project to be saved first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.project_id = ""
        self.title = QLabel(objectName="editorTitle")
        self.form = ProjectForm(ctx)
        store = ctx.store
        self.partner_form = PartnerForm(ctx)
        self.partners = SubListPanel(
            self.partner_form, lambda: store.projects.partners(self.project_id),
            lambda: Partner(project_id=self.project_id) if self.project_id else None,
            store.projects.delete_partner,
            lambda p: ", ".join(x for x in (p.organisation, formatting.country_name(
                p.country, ctx.language)) if x),
            QT_TRANSLATE_NOOP("SubListPanel", "Add a partner"))
        self.result_form = ResultForm(ctx)
        self.results = SubListPanel(
            self.result_form, lambda: store.projects.results(self.project_id),
            self._new_result, store.projects.delete_result,
            lambda r: f"{r.title}  ({catalogue_label(cat.RESULT_KINDS, r.kind)})",
            QT_TRANSLATE_NOOP("SubListPanel", "Add a result"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.results, "")
        self.tabs.addTab(self.partners, "")
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.title)
        box.addWidget(self.tabs, 1)
        self.form.saved.connect(self._saved)
        self.retranslate_ui()

    def _new_result(self) -> Result | None:
        if not self.project_id:
            return None
        position = len(self.ctx.store.projects.results(self.project_id))
        return Result(project_id=self.project_id, position=position)

    def load(self, project: Project | None, is_new: bool = False) -> None:
        self.flush()
        self.form.load(project, is_new)
        self.project_id = project.id if project is not None else ""
        self._parts()
        self.retranslate_ui()

    def _saved(self, project_id: str) -> None:
        first_save = not self.project_id
        self.project_id = project_id
        if first_save:
            self._parts()
        self.retranslate_ui()

    def _parts(self) -> None:
        for index in (1, 2):
            self.tabs.setTabEnabled(index, bool(self.project_id))
        self.partners.reload()
        self.results.reload()

    def flush(self) -> None:
        self.form.flush()
        self.partner_form.flush()
        self.result_form.flush()

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        record = self.form.record
        if record is None:
            self.title.setText(tr("ProjectEditor", "No project chosen"))
        else:
            self.title.setText(record.title if record.id else tr("ProjectEditor", "New project"))
        self.tabs.setTabText(0, tr("ProjectEditor", "Project"))
        self.tabs.setTabText(1, tr("ProjectEditor", "Results and target groups"))
        self.tabs.setTabText(2, tr("ProjectEditor", "Partners"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ProjectsPage(TablePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = ProjectModel(ctx, self)
        self.editor = ProjectEditor(ctx)
        self.editor.form.saved.connect(self.record_saved)
        self.build(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

    def editing_id(self) -> str | None:
        record = self.editor.form.record
        return record.id if record is not None else None

    def show_record(self, record_id: str | None) -> None:
        self.editor.load(self.ctx.store.projects.get(record_id) if record_id else None)

    def new_record(self) -> None:
        self.clear_selection()
        self.editor.load(Project(), is_new=True)
        self.editor.tabs.setCurrentIndex(0)
        self.editor.form.title.setFocus()

    def open_records(self, table: str, ids: list[str]) -> None:
        """A warning about projects selects the project; about results, opens its results."""
        if table == "result" and ids:
            result = self.ctx.store.projects.get_result(ids[0])
            if result is not None:
                self.show_only(None)
                self.select_id(result.project_id)
                self.editor.tabs.setCurrentIndex(1)
                self.editor.results.reload(result.id)
            return
        self.show_only(ids if len(ids) > 1 else None)
        if ids:
            self.select_id(ids[0])

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        project = self.ctx.store.projects.get(record_id)
        return (project.title if project else record_id,
                self.ctx.store.projects.dependents(record_id))

    def delete_record(self, record_id: str) -> None:
        self.ctx.store.projects.delete(record_id)

    def refresh(self) -> None:
        self.model.refresh(keep_loaded=True)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("Projects"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
