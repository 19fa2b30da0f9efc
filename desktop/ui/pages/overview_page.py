"""The Overview page: this school year's figures, what is coming, warnings, the timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.validation import fill
from desktop.i18n import formatting
from desktop.store.overview import Warning, school_year
from desktop.ui.context import AppContext
from desktop.ui.fields import ChoiceCombo
from desktop.ui.forms import make_label
from desktop.ui.models import catalogue_label
from desktop.ui.style import restyle
from desktop.ui.timeline import TimelineWidget

C = "OverviewPage"


def warning_text(warning: Warning) -> str:
    """A warning in the interface language: %n counts, %1 names its subject."""
    if "%n" in warning.message:
        count = int(warning.params[0]) if warning.params else 0
        return QCoreApplication.translate("Overview", warning.message, None, count).replace(
            "%n", str(count))
    return fill(QCoreApplication.translate("Overview", warning.message), warning.params)


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.value = QLabel(objectName="cardValue")
        self.caption = QLabel(objectName="cardCaption")
        self.detail = QLabel(objectName="hint")
        for label in (self.caption, self.detail):
            label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(2)
        box.addWidget(self.value)
        box.addWidget(self.caption)
        box.addWidget(self.detail)
        box.addStretch(1)

    def set(self, value: str, caption: str, detail: str = "") -> None:
        self.value.setText(value)
        self.caption.setText(caption)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class OverviewPage(QWidget):
    navigate = Signal(str, list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel(objectName="pageHeading")
        self.period = QLabel(objectName="hint")
        self.cards = [Card() for _ in range(8)]
        grid = QGridLayout()
        grid.setSpacing(12)
        for number, card in enumerate(self.cards):
            grid.addWidget(card, number // 4, number % 4)
        self.warnings_title = QLabel(objectName="sectionTitle")
        self.warnings_box = QVBoxLayout()
        self.warnings_box.setSpacing(6)
        self.upcoming_title = QLabel(objectName="sectionTitle")
        self.upcoming_grid = QGridLayout()
        self.upcoming_grid.setHorizontalSpacing(12)
        self.upcoming_grid.setVerticalSpacing(6)
        self.upcoming_grid.setColumnStretch(1, 1)
        self.upcoming_labels: list[QLabel] = []
        self.timeline_title = QLabel(objectName="sectionTitle")
        self.project = ChoiceCombo()
        self.project.setMinimumContentsLength(30)
        self.project.currentIndexChanged.connect(self._update_timeline)
        self.timeline = TimelineWidget()
        self.timeline_frame = QFrame(objectName="card")
        tl_box = QVBoxLayout(self.timeline_frame)
        tl_top = QHBoxLayout()
        tl_top.addWidget(self.timeline_title)
        tl_top.addStretch(1)
        tl_top.addWidget(self.project)
        tl_box.addLayout(tl_top)
        tl_box.addWidget(self.timeline)
        warnings_frame = QFrame(objectName="card")
        w_box = QVBoxLayout(warnings_frame)
        w_box.addWidget(self.warnings_title)
        w_box.addLayout(self.warnings_box)
        w_box.addStretch(1)
        upcoming_frame = QFrame(objectName="card")
        u_box = QVBoxLayout(upcoming_frame)
        u_box.addWidget(self.upcoming_title)
        u_box.addLayout(self.upcoming_grid)
        u_box.addStretch(1)
        lower = QHBoxLayout()
        lower.setSpacing(12)
        lower.addWidget(warnings_frame, 3)
        lower.addWidget(upcoming_frame, 2)
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(12)
        box.addWidget(self.heading)
        box.addWidget(self.period)
        box.addLayout(grid)
        box.addLayout(lower)
        box.addWidget(self.timeline_frame)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.warning_buttons: list[QPushButton] = []
        self._choose_project()
        self.retranslate_ui()

    def _choose_project(self) -> None:
        projects = self.ctx.store.projects.all()
        self.project.set_choices([(p.id, p.title) for p in projects])
        today = dt.date.today().isoformat()
        running = [p for p in projects if p.start_date <= today <= p.end_date]
        if running and not getattr(self, "_chosen", False):
            self.project.set_value(running[0].id)
        self._chosen = True

    def refresh(self) -> None:
        self._choose_project()
        self.retranslate_ui()

    def _update_timeline(self) -> None:
        project = self.ctx.store.projects.get(self.project.value() or "")
        if project is None:
            self.timeline.set_data("", "", [], self.ctx.language)
            return
        self.timeline.set_data(project.start_date, project.end_date,
                               self.ctx.store.overview.timeline(project.id), self.ctx.language)

    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        lang = self.ctx.language
        start, end = school_year()
        store = self.ctx.store
        f = store.overview.figures(start, end)
        self.heading.setText(tr(C, "Overview"))
        self.period.setText(tr(C, "School year %1 to %2").replace(
            "%1", formatting.format_date(start, lang)).replace(
            "%2", formatting.format_date(end, lang)))
        num = lambda value: formatting.format_number(value, lang)  # noqa: E731
        by_type = ", ".join(f"{num(count)} × {catalogue_label(cat.ACTIVITY_TYPES, code)}"
                            for code, count in sorted(f.mobilities_by_type.items(),
                                                      key=lambda kv: -kv[1])[:3])
        by_role = ", ".join(f"{catalogue_label(cat.PARTICIPANT_ROLES, code)} {num(count)}"
                            for code, count in sorted(f.participants_by_role.items(),
                                                      key=lambda kv: -kv[1]))
        if f.accompanying:
            by_role += (", " if by_role else "") + tr(C, "%1 accompanying").replace(
                "%1", num(f.accompanying))
        countries = ", ".join(formatting.country_name(code, lang) for code in f.countries)
        self.cards[0].set(num(f.mobilities), tr(C, "Mobilities"), by_type)
        self.cards[1].set(num(f.participants), tr(C, "Participants"), by_role)
        self.cards[2].set(num(len(f.countries)), tr(C, "Countries"), countries)
        self.cards[3].set(formatting.format_share(f.green_share, lang), tr(C, "Green travel"),
                          tr(C, "of the trips"))
        self.cards[4].set(formatting.format_share(f.fewer_opportunities_share, lang),
                          tr(C, "Fewer opportunities"),
                          tr(C, "%1 participants").replace("%1", num(f.fewer_opportunities)))
        self.cards[5].set(f"{num(f.actions_done)} / {num(f.actions_done + f.actions_planned)}",
                          tr(C, "Dissemination done"), tr(C, "%1 still planned").replace(
                              "%1", num(f.actions_planned)))
        self.cards[6].set(num(f.people_reached), tr(C, "People reached"),
                          ", ".join(f"{catalogue_label(cat.CHANNELS, code)} {num(n)}"
                                    for code, n in list(f.reach_by_channel.items())[:3]))
        self.cards[7].set(num(f.stories), tr(C, "Stories"),
                          tr(C, "%1 days abroad in all").replace("%1", num(f.days_abroad)))
        self.warnings_title.setText(tr(C, "Needs attention"))
        self._show_warnings(store.overview.warnings(start, end, dt.date.today().isoformat()))
        self.upcoming_title.setText(tr(C, "Coming up"))
        for label in self.upcoming_labels:
            self.upcoming_grid.removeWidget(label)
            label.deleteLater()
        self.upcoming_labels = []
        items = store.overview.upcoming(dt.date.today().isoformat(), limit=6)
        for row, item in enumerate(items):
            catalogue = cat.ACTIVITY_TYPES if item["kind"] == "mobility" else cat.CHANNELS
            when = make_label(formatting.format_date(item["date"], lang, "medium"), "hint")
            when.setWordWrap(False)
            what = make_label(f"{item['title']} · {catalogue_label(catalogue, item['code'])}")
            what.setTextFormat(Qt.TextFormat.PlainText)
            self.upcoming_grid.addWidget(when, row, 0, Qt.AlignmentFlag.AlignTop)
            self.upcoming_grid.addWidget(what, row, 1)
            self.upcoming_labels += [when, what]
        if not items:
            empty = make_label(tr(C, "Nothing planned yet."), "hint")
            self.upcoming_grid.addWidget(empty, 0, 0, 1, 2)
            self.upcoming_labels.append(empty)
        self.timeline_title.setText(tr(C, "Dissemination across the project"))
        self._update_timeline()

    def _show_warnings(self, warnings: list[Warning]) -> None:
        for button in self.warning_buttons:
            self.warnings_box.removeWidget(button)
            button.deleteLater()
        self.warning_buttons = []
        if not warnings:
            button = QPushButton(QCoreApplication.translate(C, "Nothing needs attention."))
            button.setFlat(True)
            button.setEnabled(False)
            self.warning_buttons.append(button)
            self.warnings_box.addWidget(button)
            return
        for warning in warnings:
            button = QPushButton("⚠  " + warning_text(warning), objectName="warningLink")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("code", warning.code)
            button.clicked.connect(lambda _=False, w=warning: self.navigate.emit(w.table, w.ids))
            restyle(button)
            self.warning_buttons.append(button)
            self.warnings_box.addWidget(button)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
