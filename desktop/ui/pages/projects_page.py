"""The Projects page: the list, and each project's details, partners and results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.domain import catalogues as cat
from desktop.domain.models import Partner, Project, Result
from desktop.i18n import formatting
from desktop.ui.choosers import CodeCombo
from desktop.ui.context import AppContext
from desktop.ui.date_field import DateField
from desktop.ui.fields import LineField, TextArea
from desktop.ui.forms import Field, RecordForm
from desktop.ui.labels import ElidedLabel
from desktop.ui.models import Column, PagedTableModel, catalogue_label
from desktop.ui.pages.project_parts import PartnerForm, ResultForm
from desktop.ui.sub_list import SubListPanel
from desktop.ui.table_page import TablePage
from desktop.ui.text import QT_TRANSLATE_NOOP

C = "ProjectForm"


class ProjectModel(PagedTableModel):
    CONTEXT = "ProjectModel"
    COLUMNS = [
        Column("title", QT_TRANSLATE_NOOP("ProjectModel", "Title"), "title", stretch=True),
        Column("reference", QT_TRANSLATE_NOOP(
            "ProjectModel", "Project number",
            "the number the national agency gives the project, as on the grant "
            "agreement (2025-1-SE01-KA122-SCH-000123456), in the agency's own word: "
            "projektnummer, prosjektnummer, numer umowy"), "reference"),
        Column("start_date", QT_TRANSLATE_NOOP("ProjectModel", "Period"), "start_date",
               "period", end="end_date"),
    ]

    def __init__(self, ctx: AppContext, parent=None, drafts=None):  # noqa: ANN001
        super().__init__(ctx.store.projects.page, self.COLUMNS, lambda: ctx.language,
                         "start_date", True, parent, drafts)


def _dates(ctx: AppContext) -> DateField:
    return DateField(lambda: ctx.language)


class ProjectForm(RecordForm):
    CONTEXT = C
    TABLE = "project"
    RECORD = Project
    FIELDS = (
        Field("title", QT_TRANSLATE_NOOP(C, "Title"), lambda ctx: LineField(), required=True),
        Field("reference", QT_TRANSLATE_NOOP(
            C, "Project number",
            "the number the national agency gives the project, as on the grant "
            "agreement (2025-1-SE01-KA122-SCH-000123456), in the agency's own word: "
            "projektnummer, prosjektnummer, numer umowy"),
              lambda ctx: LineField("2025-1-SE01-KA122-SCH-000123456")),
        Field("action", QT_TRANSLATE_NOOP(
            C, "Key action", "the Erasmus+ key action of the project (KA121, KA122…), not a "
            "dissemination action"),
              lambda ctx: CodeCombo(cat.PROJECT_ACTIONS), required=True),
        Field("start_date", QT_TRANSLATE_NOOP(C, "Start"), _dates, required=True),
        Field("end_date", QT_TRANSLATE_NOOP(C, "End"), _dates, required=True),
        Field("funding_source", QT_TRANSLATE_NOOP(C, "Funding"),
              lambda ctx: CodeCombo(cat.FUNDING_SOURCES)),
        Field("needs_analysis", QT_TRANSLATE_NOOP(C, "Needs analysis"),
              lambda ctx: TextArea(lines=3)),
        Field("objectives", QT_TRANSLATE_NOOP(
            C, "Objectives", "what the project sets out to achieve, not an indicator's target"),
            lambda ctx: TextArea(lines=3)),
        Field("management_involvement", QT_TRANSLATE_NOOP(C, "How management is involved"),
              lambda ctx: TextArea(lines=3)),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.title = self.fields["title"]
        self.reference = self.fields["reference"]
        self.action = self.fields["action"]
        self.start = self.fields["start_date"]
        self.end = self.fields["end_date"]
        self.objectives = self.fields["objectives"]
        self.end.near = self.start.iso
        self.lay_out(margins=8, stretch=True)
        self.retranslate_ui()

    def persist(self, record: Project, extras: dict[str, Any]) -> None:
        self.ctx.store.projects.save(record)


class ProjectEditor(QWidget):
    """A project: its details, its results (the poster's lanes) and its partners."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.project_id = ""
        self.title = ElidedLabel(objectName="editorTitle")
        self.form = ProjectForm(ctx)
        store = ctx.store
        self.partner_form = PartnerForm(ctx)
        self.partners = SubListPanel(
            self.partner_form, lambda: store.projects.partners(self.project_id),
            lambda: Partner(project_id=self.project_id) if self.project_id else None,
            store.projects.delete_partner,
            lambda p: ", ".join(x for x in (p.organisation, formatting.country_name(
                p.country, ctx.language)) if x),
            QT_TRANSLATE_NOOP("SubListPanel", "Add a partner"), lambda: self.project_id)
        self.result_form = ResultForm(ctx)
        self.results = SubListPanel(
            self.result_form, lambda: store.projects.results(self.project_id),
            self._new_result, store.projects.delete_result,
            lambda r: f"{r.title}  ({catalogue_label(cat.RESULT_KINDS, r.kind)})",
            QT_TRANSLATE_NOOP("SubListPanel", "Add a result"), lambda: self.project_id)
        self.tabs = QTabWidget()
        # Long tab names (Polish, pseudo) are cut or scrolled, never widen the editor.
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self.form, "")
        self.tabs.addTab(self.results, "")
        self.tabs.addTab(self.partners, "")
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.title)
        box.addWidget(self.tabs, 1)
        self.form.saved.connect(self._saved)

    def _new_result(self) -> Result | None:
        if not self.project_id:
            return None
        position = len(self.ctx.store.projects.results(self.project_id))
        return Result(project_id=self.project_id, position=position)

    def loaded(self) -> None:
        """The form shows another project (or none): its parts follow."""
        record = self.form.record
        self.project_id = record.id if record is not None and record.id else ""
        self._parts()
        self.retranslate_ui()

    def _saved(self, project_id: str) -> None:
        first_save = self.project_id != project_id
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
            self.title.set_full_text("")
        else:
            self.title.set_full_text(record.title if record.id and record.title
                                     else tr("ProjectEditor", "New project"))
        self.tabs.setTabText(0, tr("ProjectEditor", "Project"))
        self.tabs.setTabText(1, tr("ProjectEditor", "Results and target groups"))
        self.tabs.setTabText(2, tr("ProjectEditor", "Partners"))
        self.partner_form.retranslate_ui()
        self.result_form.retranslate_ui()
        self.partners.retranslate_ui()
        self.results.retranslate_ui()


class ProjectsPage(TablePage):
    CONTEXT = "ProjectsPage"
    EMPTY = QT_TRANSLATE_NOOP("ProjectsPage", "No project yet. Press New and type the "
                                              "project's title and its first and last day: "
                                              "trips, results and dissemination belong to it.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = ProjectModel(ctx, self, self.draft_rows)
        self.editor = ProjectEditor(ctx)
        self.form = self.editor.form
        self.build(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

    def fetch(self, record_id: str) -> Project | None:
        return self.ctx.store.projects.get(record_id)

    def blank(self) -> Project:
        return Project()

    def loaded(self) -> None:
        self.editor.loaded()
        self.editor.tabs.setCurrentIndex(0)

    def saved_hook(self, record_id: str) -> None:
        self.editor.retranslate_ui()

    def flush(self) -> None:
        self.editor.flush()

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

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.heading.setText(self.tr("Projects"))
        self.editor.retranslate_ui()
