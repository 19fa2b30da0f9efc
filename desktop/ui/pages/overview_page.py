"""The Overview page: this school year's figures, what is coming, warnings, the timeline.

Every count is a plural message ("19 elever, 4 lärare"); warnings read as links and open
the records they are about; on an empty database the first steps lead the way.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.i18n import formatting
from desktop.i18n.counts import counted, printed
from desktop.store.overview import Warning
from desktop.ui.choosers import ChoiceCombo
from desktop.ui.context import AppContext
from desktop.ui.forms import make_label
from desktop.ui.labels import ElidedLabel, LinkLabel, PlainLabel
from desktop.ui.models import catalogue_label
from desktop.ui.page import PAGE_MARGINS, Page
from desktop.ui.pages.overview_parts import Card, FirstSteps, warning_text
from desktop.ui.style import restyle
from desktop.ui.text import QT_TRANSLATE_NOOP, one_line
from desktop.ui.timeline import TimelineWidget

C = "OverviewPage"
STEP_TABLES = ("project", "participant", "mobility", "story", "dissemination_action")


class OverviewPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.heading = PlainLabel(objectName="pageHeading")
        self.period = PlainLabel(objectName="hint")
        self.steps = FirstSteps()
        self.steps.open_page.connect(lambda page: self.navigate.emit(page, ["new"]))
        self.cards = [Card() for _ in range(8)]
        grid = QGridLayout()
        grid.setSpacing(12)
        for number, card in enumerate(self.cards):
            grid.addWidget(card, number // 4, number % 4)
        self.warnings_title = PlainLabel(objectName="sectionTitle")
        self.warnings_box = QVBoxLayout()
        self.warnings_box.setSpacing(6)
        self.upcoming_title = PlainLabel(objectName="sectionTitle")
        self.upcoming_grid = QGridLayout()
        self.upcoming_grid.setHorizontalSpacing(12)
        self.upcoming_grid.setVerticalSpacing(6)
        self.upcoming_grid.setColumnStretch(1, 1)
        self.upcoming_labels: list[PlainLabel] = []
        self.timeline_title = PlainLabel(objectName="sectionTitle")
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
        box.setContentsMargins(*PAGE_MARGINS)
        box.setSpacing(12)
        box.addWidget(self.heading)
        box.addWidget(self.period)
        box.addWidget(self.steps)
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
        self.warning_links: list[QWidget] = []
        self._chosen = False
        # The figures are gathered on the query worker and shown when they come: the page
        # (and the window, when it opens on this page) never waits for them.
        self._data: dict | None = None
        self._asked = 0  # the generation of the newest request
        self._waiting = False
        self.ctx.query_worker.replied.connect(self._replied, Qt.ConnectionType.QueuedConnection)
        self._choose_project()
        self._ask()
        self.retranslate_ui()

    def _choose_project(self) -> None:
        # (id, title): light for thousands
        projects: list[tuple[str | None, str]] = list(self.ctx.store.projects.choices())
        self.project.set_choices(projects)
        if not self._chosen:
            running = self.ctx.store.projects.running(dt.date.today().isoformat())
            if running:
                self.project.set_value(running[0])
        self._chosen = True
        self.timeline_frame.setVisible(bool(projects))

    def refresh(self) -> None:
        self._choose_project()
        self._ask()
        self.retranslate_ui()

    def _ask(self) -> None:
        """Gather this school year's figures, warnings and coming events on the worker."""
        store = self.ctx.store
        today = dt.date.today().isoformat()

        def gather(db) -> dict:  # noqa: ANN001 - the worker's connection
            overview = store.overview.on(db)
            year = overview.current_school_year()
            start, end = year.iso()
            return {"year": year, "figures": overview.figures(start, end),
                    "steps": {t: db[t].count for t in STEP_TABLES},
                    "warnings": overview.warnings(start, end, today),
                    "upcoming": overview.upcoming(today, limit=6)}

        self._asked += 1
        self._waiting = True
        self.ctx.query_worker.submit(self, self._asked, gather, count=False)

    def _replied(self, reply) -> None:  # noqa: ANN001 - a query_worker.Reply
        if reply.key is not self or reply.generation != self._asked:
            return
        self._waiting = False
        if reply.kind == "error":
            raise reply.value
        self._data = reply.value
        self.retranslate_ui()

    def settled(self) -> bool:
        """The figures of the newest request are shown (tests and the benchmark)."""
        return not self._waiting

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
        self.heading.setText(tr(C, "Overview"))
        self.warnings_title.setText(tr(C, "Needs attention"))
        self.upcoming_title.setText(tr(C, "Coming up"))
        self.timeline_title.setText(tr(C, "Dissemination across the project"))
        self._update_timeline()
        data = self._data
        if data is None:  # the figures are on their way
            captions = (tr(C, "Mobilities"), tr(C, "Participants"), tr(C, "Countries"),
                        tr(C, "Green travel"), tr(C, "Fewer opportunities"),
                        tr(C, "Dissemination done"),
                        tr(C, "People reached", "caption under the figure"), tr(C, "Stories"))
            for card, caption in zip(self.cards, captions, strict=True):
                card.set("…", caption, "")
            self.steps.hide()  # shown, when it is needed, once the counts are in
            return
        year, f = data["year"], data["figures"]
        start, end = year.iso()
        # "Rok szkolny 2026/2027 (1 września 2026 – 31 sierpnia 2027)", as the summary says it.
        named = formatting.format_school_year(year.first_year, lang, year.last_year)
        self.period.setText(f"{named} ({formatting.format_period(start, end, lang)})")
        self.steps.show_counts(data["steps"])
        num = lambda value: formatting.format_number(value, lang)  # noqa: E731
        by_type = ", ".join(
            printed(lang, QT_TRANSLATE_NOOP(C, "%1: %n trip(s)",
                                            "an activity type and its number of trips"),
                    count, C).replace("%1", catalogue_label(cat.ACTIVITY_TYPES, code))
            for code, count in sorted(f.mobilities_by_type.items(), key=lambda kv: -kv[1])[:3])
        # "19 elever, 4 lärare, 2 övrig personal, 6 medföljande": accompanying persons apart.
        by_role = [counted("participant_role", code, count, lang)
                   for code, count in sorted(f.participants_by_role.items(),
                                             key=lambda kv: -kv[1])
                   if code in ("teacher", "other_staff", "pupil")]
        if f.accompanying:
            by_role.append(counted("mobility_role", "accompanying", f.accompanying, lang))
        countries = formatting.format_list(
            [formatting.country_name(code, lang) for code in f.countries], lang)
        green = round(f.green_share * f.mobilities)
        # Days abroad belong to the trips: "Job shadowing: 3 trips, …; 227 days abroad in all".
        days = counted("figure", "days_abroad", f.days_abroad, lang) if f.days_abroad else ""
        self.cards[0].set(num(f.mobilities), tr(C, "Mobilities"),
                          "; ".join(part for part in (by_type, days) if part))
        self.cards[1].set(num(f.participants), tr(C, "Participants"), ", ".join(by_role))
        self.cards[2].set(num(len(f.countries)), tr(C, "Countries"), countries)
        # A detail with nothing to count says nothing ("0 still planned" is noise).
        self.cards[3].set(formatting.format_share(f.green_share, lang), tr(C, "Green travel"),
                          printed(lang, QT_TRANSLATE_NOOP(C, "%n trip(s) by green travel"),
                                  green, C) if green else "")
        self.cards[4].set(formatting.format_share(f.fewer_opportunities_share, lang),
                          tr(C, "Fewer opportunities"),
                          counted("figure", "participants", f.fewer_opportunities, lang)
                          if f.fewer_opportunities else "")
        self.cards[5].set(f"{num(f.actions_done)} / {num(f.actions_done + f.actions_planned)}",
                          tr(C, "Dissemination done"),
                          counted("figure", "actions_planned", f.actions_planned, lang)
                          if f.actions_planned else "")
        self.cards[6].set(num(f.people_reached),
                          tr(C, "People reached", "caption under the figure"), ", ".join(
            printed(lang, QT_TRANSLATE_NOOP(
                C, "%1: %n person(s)", "a dissemination channel and the people it reached"),
                n, C).replace("%1", catalogue_label(cat.CHANNELS, code))
            for code, n in list(f.reach_by_channel.items())[:3]))
        self.cards[7].set(num(f.stories), tr(C, "Stories"), "")
        self._show_warnings(data["warnings"])
        self._show_upcoming(data["upcoming"])

    def _show_upcoming(self, items: list[dict]) -> None:
        tr = QCoreApplication.translate
        lang = self.ctx.language
        for label in self.upcoming_labels:
            self.upcoming_grid.removeWidget(label)
            label.deleteLater()
        self.upcoming_labels = []
        for row, item in enumerate(items):
            catalogue = cat.ACTIVITY_TYPES if item["kind"] == "mobility" else cat.CHANNELS
            when = make_label(formatting.format_date(item["date"], lang, "medium"), "hint")
            when.setWordWrap(False)
            what = ElidedLabel(f"{one_line(item['title'] or '', 120)} · "
                               f"{catalogue_label(catalogue, item['code'])}")
            self.upcoming_grid.addWidget(when, row, 0, Qt.AlignmentFlag.AlignTop)
            self.upcoming_grid.addWidget(what, row, 1)
            self.upcoming_labels += [when, what]
        if not items:
            empty = make_label(tr(C, "Nothing planned yet."), "hint")
            self.upcoming_grid.addWidget(empty, 0, 0, 1, 2)
            self.upcoming_labels.append(empty)

    def _show_warnings(self, warnings: list[Warning]) -> None:
        for link in self.warning_links:
            self.warnings_box.removeWidget(link)
            link.deleteLater()
        self.warning_links = []
        if not warnings:
            quiet = make_label(QCoreApplication.translate(C, "Nothing needs attention."),
                               "hint")
            self.warning_links.append(quiet)
            self.warnings_box.addWidget(quiet)
            return
        for warning in warnings:
            link = LinkLabel("⚠  " + warning_text(warning), objectName="warningLink")
            link.setProperty("code", warning.code)
            link.clicked.connect(lambda w=warning: self.navigate.emit(w.table, w.ids))
            restyle(link)
            self.warning_links.append(link)
            self.warnings_box.addWidget(link)
