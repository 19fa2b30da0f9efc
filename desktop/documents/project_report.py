"""The project report: everything the final report asks for, from the school's own record.

Every text is printed in full: long texts flow from page to page as many paragraphs, and
a table cell too long for its row is shortened there and printed whole below the table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Paragraph

from desktop.documents import labels
from desktop.documents.common import Words, chunks, paragraph, paragraph_text, style
from desktop.documents.consent import Visibility
from desktop.documents.data import Header
from desktop.documents.emblem import load_artwork
from desktop.documents.fonts import BOLD
from desktop.documents.gather import header, project_figures
from desktop.documents.questions import control_questions
from desktop.documents.report_base import (
    KEEP_WITH_HEADING,
    WIDTH,
    Described,
    build_report,
    heading,
    styles,
    table,
    table_start,
)
from desktop.domain import catalogues as cat
from desktop.domain.models import DisseminationAction, Mobility, Partner, Project, Result
from desktop.domain.models import TargetGroup as Group
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import formatting
from desktop.i18n.counts import phrase
from desktop.store import Store
from desktop.store.overview import Figures

N = QT_TRANSLATE_NOOP
GREEN = {t.code for t in cat.TRANSPORTS if t.green}
CELL_LIMIT = 1200  # characters of user text in a table cell; the rest is printed below
COUNTS = "Counts"


@dataclass
class Trip:
    mobility: Mobility
    roles: dict[str, int] = field(default_factory=dict)  # participant role → participants
    accompanying: int = 0
    lead_accompanying: int = 0
    names: list[str] = field(default_factory=list)
    unnamed: int = 0  # people whose consent (or protection) keeps their name off the page


@dataclass
class ReportData:
    header: Header
    project: Project
    figures: Figures | None = None  # what is done, counted as the overview counts it
    partners: list[Partner] = field(default_factory=list)
    trips: list[Trip] = field(default_factory=list)
    results: list[tuple[Result, list[Group]]] = field(default_factory=list)
    actions: list[DisseminationAction] = field(default_factory=list)
    excerpts: list[tuple[str, str, str]] = field(default_factory=list)  # title, text, name
    shown_participants: list[str] = field(default_factory=list)
    shown_stories: list[str] = field(default_factory=list)


def gather_report(store: Store, project: Project, audience: str = "internal",
                  on: str | None = None) -> ReportData:
    visibility = Visibility(store, audience, on)
    data = ReportData(header(store, project), project, project_figures(store, project),
                      store.projects.partners(project.id))
    for mobility in store.mobilities.for_project(project.id):
        trip = Trip(mobility)
        for link, person in store.mobilities.participants(mobility.id):
            if link.role == "accompanying":
                trip.accompanying += 1
            elif link.role == "lead_accompanying":
                trip.lead_accompanying += 1
            else:
                trip.roles[person.role] = trip.roles.get(person.role, 0) + 1
            name = visibility.name(person.id)
            if name:
                trip.names.append(name)
                visibility.show([person.id])
            else:
                trip.unnamed += 1
        data.trips.append(trip)
    for result in store.projects.results(project.id):
        data.results.append((result, store.projects.target_groups(result.id)))
    data.actions = store.dissemination.for_project(project.id)
    for story in store.stories.for_project(project.id):
        if story.status != "approved" or len(data.excerpts) >= 12:
            continue
        authors = store.stories.author_ids(story.id)
        if not visibility.allows(authors, "story"):
            continue
        names = ", ".join(n for n in (visibility.name(a) for a in authors) if n)
        data.excerpts.append((story.title, story.text[:1500], names))
        visibility.show(authors, story.id)
    data.shown_participants = sorted(visibility.shown_participants)
    data.shown_stories = sorted(visibility.shown_stories)
    return data


class _Writer:
    """Paragraphs in the report's styles; long cells remembered to print in full later."""

    def __init__(self, words: Words):
        self.words = words
        self.st = styles(words.language)
        self.line = style("line", 9.5, spaceAfter=0)
        self.in_full: list[tuple[str, str]] = []

    def cell(self, text: str, key: str = "cell", label: str = "") -> Paragraph:
        """A table cell; past CELL_LIMIT it is cut there, and printed whole below."""
        st = self.st[key]
        if len(text) > CELL_LIMIT and label:
            self.in_full.append((label, text))
            more = self.words.tr(N("Documents", "(in full below the table)"))
            return paragraph(paragraph_text(text, st.fontName, CELL_LIMIT, self.words.language)
                             + f" <i>{paragraph_text(more)}</i>", st)
        return paragraph(paragraph_text(text, st.fontName, language=self.words.language), st)

    def head(self, *labels: str) -> list[Paragraph]:
        return [paragraph(paragraph_text(self.words.tr(label), BOLD), self.st["head"])
                for label in labels]

    def text(self, text: str, label: str = "") -> list[Flowable]:
        """A text in full, its line breaks kept, after a bold run-in `label`."""
        pieces = chunks(text.rstrip())
        found: list[Flowable] = []
        for i, piece in enumerate(pieces):
            markup = paragraph_text(piece, language=self.words.language)
            if i == 0 and label:
                markup = f"<b>{paragraph_text(label, BOLD)}:</b> {markup}"
            last = i == len(pieces) - 1
            found.append(paragraph(markup or "\u00a0", self.st["body"] if last else self.line))
        return found

    def flush(self) -> list[Flowable]:
        """The long cells of the table just written, in full."""
        found: list[Flowable] = []
        for label, text in self.in_full:
            found += self.text(text, label)
        self.in_full = []
        return found


def build_project_report(data: ReportData, language: str, english_statement: bool = False,
                         printed_on: str | None = None,
                         fers_artwork: Path | None = None) -> bytes:
    words = Words(language)
    w = _Writer(words)
    st = w.st
    p = data.project

    # A section's heading keeps room for a subheading and the start of its text too.
    below_h1 = KEEP_WITH_HEADING + st["h2"].spaceBefore + st["h2"].leading + st["h2"].spaceAfter

    def h1(text: str, rows: list | None = None,
           widths: list[float] | None = None) -> list[Flowable]:
        return heading(words.tr(text), st["h1"],
                       table_start(rows, widths) if rows and widths else below_h1)

    def h2(text: str, rows: list | None = None,
           widths: list[float] | None = None) -> list[Flowable]:
        return heading(text, st["h2"], table_start(rows, widths) if rows and widths else 0)

    title = words.tr(labels.PROJECT_REPORT)
    story: list[Flowable] = [paragraph(paragraph_text(piece, BOLD), st["title"])
                             for piece in chunks(p.title, 1500) if piece.strip()]
    story.append(paragraph(paragraph_text(f"{title}  ·  {p.reference}", limit=600),
                           st["subtitle"]))

    # 1. Project data
    rows = [[w.cell(words.tr(k), "cellb"), w.cell(v, label=words.tr(k))] for k, v in (
        (labels.SCHOOL, data.header.school),
        (N("Documents", "Reference"), p.reference),
        (N("Documents", "Action", "the project's key action (KA121, KA122…): a row label"),
         words.label(cat.PROJECT_ACTIONS, p.action)),
        (labels.PERIOD, words.period(p.start_date, p.end_date)),
        (labels.FUNDING, words.label(cat.FUNDING_SOURCES, p.funding_source)),
    )]
    widths = [WIDTH * 0.28, WIDTH * 0.72]
    story += h1(N("Documents", "Project data"), rows, widths)
    story.append(table(rows, widths, header=False))
    story += w.flush()
    for label, text in ((labels.NEEDS_ANALYSIS, p.needs_analysis),
                        (labels.OBJECTIVES, p.objectives),
                        (N("Documents", "How the school's management takes part"),
                         p.management_involvement)):
        if text.strip():
            story += h2(words.tr(label)) + w.text(text)

    # 2. Partners
    if data.partners:
        rows = [w.head(labels.ORGANISATION, labels.CITY,
                       labels.COUNTRY, labels.ROLE)]
        rows += [[w.cell(x.organisation, label=words.tr(labels.ORGANISATION)),
                  w.cell(x.city, label=words.tr(labels.CITY)),
                  w.cell(words.country(x.country)),
                  w.cell(words.label(cat.PARTNER_ROLES, x.role))] for x in data.partners]
        widths = [WIDTH * 0.4, WIDTH * 0.2, WIDTH * 0.2, WIDTH * 0.2]
        story += h1(labels.PARTNERS, rows, widths)
        story.append(table(rows, widths))
        story += w.flush()
    else:
        story += h1(labels.PARTNERS)
        story += w.text(words.tr(N("Documents", "No partners recorded.")))

    # 3. Participants in figures, then each mobility
    rows, widths = _figures_rows(data, words, w), [WIDTH * 0.34, WIDTH * 0.66]
    story += h1(labels.PARTICIPANTS, rows, widths)
    story.append(table(rows, widths, header=False))
    story.append(paragraph(paragraph_text(words.tr(N(
        "Documents", "Mobilities done; days abroad count each person's days with travel."))),
        st["small"]))
    if data.figures and data.figures.incoming:
        story.append(paragraph(paragraph_text(words.count(N(
            "Documents", "%n visit(s) to the school (invited experts, hosted teachers) are "
            "listed with the mobilities but are not trips abroad."),
            data.figures.incoming)), st["small"]))

    if data.trips:
        rows = [w.head(labels.DATES,
                       N("Documents", "Activity", "a mobility's activity type: column header"),
                       N("Documents", "Where"), labels.PEOPLE,
                       labels.STATUS)]
        for t in data.trips:
            rows.append(_trip_row(t, words, w))
        widths = [WIDTH * 0.19, WIDTH * 0.22, WIDTH * 0.22, WIDTH * 0.25, WIDTH * 0.12]
        story += h1(labels.MOBILITIES, rows, widths)
        story.append(table(rows, widths))
        story += w.flush()
    else:
        story += h1(labels.MOBILITIES)
        story += w.text(words.tr(N("Documents", "No mobilities recorded.")))
    # Each mobility's learning outcomes under a heading of their own, kept with the first.
    if any(t.mobility.learning_outcomes.strip() or t.mobility.passed_on.strip()
           for t in data.trips):
        story += h1(labels.LEARNING_OUTCOMES)
    for t in data.trips:
        m = t.mobility
        if m.learning_outcomes.strip() or m.passed_on.strip():
            story += h2(f"{m.city} · {words.date(m.start_date)}")
            if m.learning_outcomes.strip():
                story += w.text(m.learning_outcomes, words.tr(labels.LEARNING_OUTCOMES))
            if m.passed_on.strip():
                story += w.text(m.passed_on, words.tr(labels.PASSED_ON))

    # 4. Results
    story += h1(labels.RESULTS)
    if not data.results:
        story += w.text(words.tr(N("Documents", "No results recorded.")))
    for result, groups in data.results:
        story += h2(f"{result.title} ({words.label(cat.RESULT_KINDS, result.kind).lower()})")
        for label, text in ((labels.DESCRIPTION, result.description),
                            (labels.MESSAGE, result.message),
                            (labels.SUSTAINABILITY, result.sustainability),
                            (labels.INDICATOR, result.indicator),
                            (N("Documents", "Target", "an indicator's target value"),
                             result.indicator_target),
                            (labels.EVALUATION, result.evaluation_notes),
                            (labels.OPEN_LICENCE, result.open_licence)):
            if text.strip():
                story += w.text(text, words.tr(label))
        if groups:
            representatives = words.tr(labels.REPRESENTATIVES)
            rows = [w.head(labels.TARGET_GROUP, labels.PRIORITY,
                           labels.REPRESENTATIVES)]
            rows += [[w.cell(words.label(cat.TARGET_GROUPS, g.group_code)),
                      w.cell(words.label(cat.TARGET_PRIORITIES, g.priority)),
                      w.cell(g.representatives, label=representatives)] for g in groups]
            story.append(table(rows, [WIDTH * 0.35, WIDTH * 0.15, WIDTH * 0.5]))
            story += w.flush()

    # 5. Dissemination, by quality-standard part
    activity = N("Documents", "Activity", "a dissemination action: the report's column "
                 "header (not the project's key action)")
    widths = [WIDTH * 0.17, WIDTH * 0.33, WIDTH * 0.2, WIDTH * 0.1, WIDTH * 0.2]
    parts: list[tuple[str, list, list[tuple[str, str]]]] = []  # heading, rows, long cells
    for part in cat.QUALITY_PARTS:
        actions = [a for a in data.actions if a.quality_part == part.code]
        rows = [w.head(labels.DATE, activity, labels.CHANNEL,
                       labels.REACHED, N("Documents", "Evidence"))] if actions else []
        for a in actions:
            when = words.date(a.done_date or a.planned_date)
            status = words.label(cat.ACTION_STATUSES, a.status)
            rows.append([w.cell(f"{when}\n{status}"),
                         w.cell(a.title, label=words.tr(activity)),
                         w.cell(f"{words.label(cat.CHANNELS, a.channel)}\n"
                                f"{words.label(cat.LEVELS, a.level)}"),
                         w.cell(words.number(a.people_reached) if a.status == "done"
                                else "—"),
                         w.cell(a.evidence or "—",
                                label=words.tr(N("Documents", "Evidence")))])
        parts.append((words.label(cat.QUALITY_PARTS, part.code), rows, w.in_full))
        w.in_full = []
    first = parts[0][1] if parts else []
    story += heading(words.tr(labels.DISSEMINATION), st["h1"],
                     st["h2"].leading + st["h2"].spaceBefore
                     + (table_start(first, widths) if first else 0))
    for part_heading, rows, long_cells in parts:
        if not rows:
            story += h2(part_heading)
            story += w.text(words.tr(N("Documents", "None recorded.")))
            continue
        story += h2(part_heading, rows, widths)
        story.append(table(rows, widths))
        w.in_full = long_cells
        story += w.flush()

    # 6. Stories
    story += h1(N("Documents", "From the participants' stories"))
    if not data.excerpts:
        story += w.text(words.tr(N("Documents", "No story may be printed for this audience "
                                                "yet.")))
    for story_title, text, name in data.excerpts:
        story += h2(story_title)
        story += [paragraph(paragraph_text(piece, st["quote"].fontName), st["quote"])
                  for piece in chunks(text) if piece.strip()]
        if name:
            story.append(paragraph(paragraph_text(f"— {name}"), st["small"]))

    # 7. Valorisation
    story += h1(N("Documents", "Valorisation: the five control questions"))
    for question, answer in zip(control_questions(words), _answers(data, words), strict=True):
        story += h2(question)
        story += w.text(answer)
    return build_report(story, words, f"{title} · {p.reference}", p.funding_source,
                        english_statement, printed_on,
                        Described(f"{title} – {p.title}", data.header.school, p.reference),
                        load_artwork(fers_artwork) if p.funding_source == "fers" else None)


def _counted(words: Words, items: list[tuple[str, int]]) -> str:
    """Counted phrases for the non-zero counts, joined as a list: "4 teachers, 19 pupils"."""
    return ", ".join(words.count(source, n, context=COUNTS) for source, n in items if n)


def _figures_rows(data: ReportData, words: Words, w: _Writer) -> list[list[Any]]:
    """The project's participants in figures (trips done), as the overview counts them."""
    f = data.figures or Figures("", "")
    roles = [(phrase("participant_role", code), f.participants_by_role.get(code, 0))
             for code in ("teacher", "other_staff", "pupil")]
    participants = words.count(phrase("figure", "participants"), f.participants,
                               context=COUNTS)
    if f.participants:
        participants += f": {_counted(words, roles)}"
    green = round(f.green_share * f.mobilities)
    found = [
        (labels.PARTICIPANTS, participants),
        (N("Documents", "Accompanying persons"),
         words.count(phrase("mobility_role", "accompanying"), f.accompanying, context=COUNTS)),
        (labels.FEWER_OPPORTUNITIES,
         words.count(phrase("figure", "participants"), f.fewer_opportunities, context=COUNTS)),
        (labels.GREEN_TRAVEL,
         words.count(N("Documents", "%1 of %n trip(s)"), f.mobilities, words.number(green))),
        (N("Documents", "Days abroad"),
         words.count(phrase("figure", "days"), f.days_abroad, context=COUNTS)),
    ]
    return [[w.cell(words.tr(label), "cellb"), w.cell(value)] for label, value in found]


def _trip_row(t: Trip, words: Words, w: _Writer) -> list[Paragraph]:
    m = t.mobility
    counted = [(phrase("participant_role", code), t.roles.get(code, 0))
               for code in ("teacher", "other_staff", "pupil")]
    counted += [(phrase("mobility_role", "lead_accompanying"), t.lead_accompanying),
                (phrase("mobility_role", "accompanying"), t.accompanying)]
    people = _counted(words, counted) or "—"
    if t.names:
        people += "\n" + ", ".join(t.names)
    if t.unnamed and t.names:
        people += " " + words.count(N("Documents", "and %n more"), t.unnamed)
    activity = words.label(cat.ACTIVITY_TYPES, m.activity_type)
    if m.topic.strip():
        activity += "\n" + m.topic
    where = ", ".join(x for x in (m.host_organisation, m.city, words.country(m.country)) if x)
    transport = words.label(cat.TRANSPORTS, m.transport)
    return [w.cell(words.period(m.start_date, m.end_date)),
            w.cell(activity, label=words.tr(labels.TOPIC)),
            w.cell(f"{where}\n{transport}", label=words.tr(N("Documents", "Where"))),
            w.cell(people, label=words.tr(labels.PEOPLE)),
            w.cell(words.label(cat.MOBILITY_STATUSES, m.status))]


def _answers(data: ReportData, words: Words) -> list[str]:
    """The control questions answered from the record itself."""
    none = words.tr(N("Documents", "Not recorded yet."))
    results = "; ".join(r.title + (f" ({r.indicator}: {r.indicator_target})"
                                   if r.indicator and r.indicator_target else "")
                        for r, _ in data.results)
    needs = "\n".join(x for x in (data.project.needs_analysis, data.project.objectives) if x)
    groups: list[str] = []
    for _, found in data.results:
        for g in found:
            label = words.in_sentence(cat.TARGET_GROUPS, g.group_code)
            if label not in groups:
                groups.append(label)
    live = [a for a in data.actions if a.status != "cancelled"]
    channels: list[str] = []
    for a in live:
        label = words.in_sentence(cat.CHANNELS, a.channel)
        if label not in channels:
            channels.append(label)
    activities = ""
    if live:
        done = words.count(phrase("figure", "actions_done"),
                           sum(1 for a in live if a.status == "done"), context=COUNTS)
        activities = words.count(N("Documents", "%n action(s) (%1): %2."), len(live), done,
                                 formatting.format_list(channels, words.language))
    dates = sorted(a.done_date or a.planned_date for a in live if a.done_date or a.planned_date)
    timetable = []
    if dates:
        timetable.append(words.fill(N("Documents", "Dissemination from %1 to %2."),
                                    words.date(dates[0]), words.date(dates[-1])))
    responsible = sorted({a.responsible.strip() for a in live if a.responsible.strip()})
    if responsible:
        timetable.append(words.fill(N("Documents", "Responsible: %1."), ", ".join(responsible)))
    if data.project.management_involvement:
        timetable.append(data.project.management_involvement)
    groups_text = formatting.format_list(groups, words.language) if groups else ""
    groups_text = groups_text[:1].upper() + groups_text[1:]  # it opens its paragraph
    return [results or none, needs or none, groups_text or none, activities or none,
            " ".join(timetable) or none]
