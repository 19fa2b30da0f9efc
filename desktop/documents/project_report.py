"""The project report: everything the final report asks for, from the school's own record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.documents.common import MAX_TEXT, SHORTENED, Words, long_words_broken, markup
from desktop.documents.consent import Visibility
from desktop.documents.data import Header
from desktop.documents.gather import header
from desktop.documents.questions import control_questions
from desktop.documents.report_base import WIDTH, build_report, styles, table
from desktop.domain import catalogues as cat
from desktop.domain.models import DisseminationAction, Mobility, Partner, Project, Result
from desktop.domain.models import TargetGroup as Group
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store import Store

N = QT_TRANSLATE_NOOP
GREEN = {t.code for t in cat.TRANSPORTS if t.green}
STAFF = ("teacher", "other_staff")


@dataclass
class Trip:
    mobility: Mobility
    staff: int = 0
    pupils: int = 0
    accompanying: int = 0
    fewer: int = 0
    names: list[str] = field(default_factory=list)
    unnamed: int = 0  # people whose consent (or protection) keeps their name off the page

    @property
    def days(self) -> int:
        try:
            span = (dt.date.fromisoformat(self.mobility.end_date)
                    - dt.date.fromisoformat(self.mobility.start_date)).days + 1
        except ValueError:
            span = 0
        return max(0, span) + self.mobility.travel_days


@dataclass
class ReportData:
    header: Header
    project: Project
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
    data = ReportData(header(store, project), project, store.projects.partners(project.id))
    for mobility in store.mobilities.for_project(project.id):
        trip = Trip(mobility)
        for link, person in store.mobilities.participants(mobility.id):
            if link.role != "participant":
                trip.accompanying += 1
            elif person.role == "pupil":
                trip.pupils += 1
            else:
                trip.staff += 1
            trip.fewer += int(person.fewer_opportunities and link.role == "participant")
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
        data.excerpts.append((story.title, story.text[:1200], names))
        visibility.show(authors, story.id)
    data.shown_participants = sorted(visibility.shown_participants)
    data.shown_stories = sorted(visibility.shown_stories)
    return data


def build_project_report(data: ReportData, language: str, english_statement: bool = False,
                         printed_on: str | None = None) -> bytes:
    words = Words(language)
    st = styles()
    p = data.project

    def para(text: str, key: str = "cell", limit: int = 4000) -> Paragraph:
        if key == "body":
            limit = max(limit, MAX_TEXT)
        shown = long_words_broken(markup(text, limit))
        if len(text) > limit:
            shown += f" <i>{markup(words.fill(SHORTENED, words.number(len(text))))}</i>"
        return Paragraph(shown, st[key])

    def head(*labels: str) -> list[Paragraph]:
        return [Paragraph(markup(words.tr(label)), st["head"]) for label in labels]

    def h1(text: str) -> Paragraph:
        return Paragraph(markup(words.tr(text)), st["h1"])

    title = words.tr(N("Documents", "Project report"))
    story: list[Flowable] = [Paragraph(long_words_broken(markup(p.title, 500)), st["title"]),
                             Paragraph(markup(f"{title}  ·  {p.reference}"), st["subtitle"])]

    # 1. Project data
    story.append(h1(N("Documents", "Project data")))
    rows = [[para(words.tr(k), "cellb"), para(v)] for k, v in (
        (N("Documents", "School"), data.header.school),
        (N("Documents", "Reference"), p.reference),
        (N("Documents", "Action"), words.label(cat.PROJECT_ACTIONS, p.action)),
        (N("Documents", "Period"), words.period(p.start_date, p.end_date)),
        (N("Documents", "Funding"), words.label(cat.FUNDING_SOURCES, p.funding_source)),
    )]
    story.append(table(rows, [WIDTH * 0.28, WIDTH * 0.72], header=False))
    for label, text in ((N("Documents", "Needs analysis"), p.needs_analysis),
                        (N("Documents", "Objectives"), p.objectives),
                        (N("Documents", "How the school's management takes part"),
                         p.management_involvement)):
        if text.strip():
            story += [Paragraph(markup(words.tr(label)), st["h2"]), para(text, "body")]

    # 2. Partners
    story.append(h1(N("Documents", "Partners")))
    rows = [head(N("Documents", "Organisation"), N("Documents", "City"),
                 N("Documents", "Country"), N("Documents", "Role"))]
    rows += [[para(x.organisation), para(x.city), para(words.country(x.country)),
              para(words.label(cat.PARTNER_ROLES, x.role))] for x in data.partners]
    story.append(table(rows, [WIDTH * 0.4, WIDTH * 0.2, WIDTH * 0.2, WIDTH * 0.2])
                 if data.partners else para(words.tr(N("Documents", "No partners recorded.")),
                                            "body"))

    # 3. Participants in figures, then each mobility
    story.append(h1(N("Documents", "Participants")))
    done = [t for t in data.trips if t.mobility.status == "done"]
    total = dict(staff=sum(t.staff for t in done), pupils=sum(t.pupils for t in done),
                 acc=sum(t.accompanying for t in done), fewer=sum(t.fewer for t in done),
                 green=sum(1 for t in done if t.mobility.transport in GREEN),
                 days=sum(t.days * (t.staff + t.pupils + t.accompanying) for t in done))
    rows = [head(N("Documents", "Staff"), N("Documents", "Pupils"),
                 N("Documents", "Accompanying persons"), N("Documents", "Fewer opportunities"),
                 N("Documents", "Green travel"), N("Documents", "Days abroad"))]
    rows.append([para(words.number(total["staff"])), para(words.number(total["pupils"])),
                 para(words.number(total["acc"])), para(words.number(total["fewer"])),
                 para(f"{words.number(total['green'])} / {words.number(len(done))}"),
                 para(words.number(total["days"]))])
    story.append(table(rows, [WIDTH / 6] * 6))
    story.append(Paragraph(markup(words.tr(N(
        "Documents", "Mobilities done; days abroad count each person's days with travel."))),
        st["small"]))

    story.append(h1(N("Documents", "Mobilities")))
    rows = [head(N("Documents", "Dates"), N("Documents", "Activity"), N("Documents", "Where"),
                 N("Documents", "People"), N("Documents", "Status"))]
    for t in data.trips:
        m = t.mobility
        people = words.fill(N("Documents", "%1 staff, %2 pupils, %3 accompanying"),
                            t.staff, t.pupils, t.accompanying)
        if t.names:
            people += "\n" + ", ".join(t.names)
        if t.unnamed and t.names:
            people += " " + words.fill(N("Documents", "and %1 more"), t.unnamed)
        activity = words.label(cat.ACTIVITY_TYPES, m.activity_type)
        if m.topic.strip():
            activity += "\n" + m.topic
        where = ", ".join(x for x in (m.host_organisation, m.city, words.country(m.country)) if x)
        transport = words.label(cat.TRANSPORTS, m.transport)
        rows.append([para(words.period(m.start_date, m.end_date)), para(activity, limit=600),
                     para(f"{where}\n{transport}", limit=600), para(people, limit=3000),
                     para(words.label(cat.MOBILITY_STATUSES, m.status))])
    story.append(table(rows, [WIDTH * 0.19, WIDTH * 0.22, WIDTH * 0.22, WIDTH * 0.25,
                              WIDTH * 0.12]) if data.trips else
                 para(words.tr(N("Documents", "No mobilities recorded.")), "body"))
    for t in data.trips:
        m = t.mobility
        if m.learning_outcomes.strip() or m.passed_on.strip():
            story.append(Paragraph(markup(f"{m.city} · {words.date(m.start_date)}"), st["h2"]))
            if m.learning_outcomes.strip():
                story.append(para(words.tr(N("Documents", "Learning outcomes")) + ": "
                                  + m.learning_outcomes[:3000], "body"))
            if m.passed_on.strip():
                story.append(para(words.tr(N("Documents", "Passed on to colleagues")) + ": "
                                  + m.passed_on[:3000], "body"))

    # 4. Results
    story.append(h1(N("Documents", "Results")))
    if not data.results:
        story.append(para(words.tr(N("Documents", "No results recorded.")), "body"))
    for result, groups in data.results:
        story.append(Paragraph(long_words_broken(markup(
            f"{result.title} ({words.label(cat.RESULT_KINDS, result.kind).lower()})", 500)),
            st["h2"]))
        for label, text in ((N("Documents", "Description"), result.description),
                            (N("Documents", "Message"), result.message),
                            (N("Documents", "Sustainability"), result.sustainability),
                            (N("Documents", "Indicator"), " · ".join(
                                x for x in (result.indicator, result.indicator_target) if x)),
                            (N("Documents", "Evaluation"), result.evaluation_notes),
                            (N("Documents", "Open licence"), result.open_licence)):
            if text.strip():
                story.append(para(f"{words.tr(label)}: {text}", "body", 8000))
        if groups:
            rows = [head(N("Documents", "Target group"), N("Documents", "Priority"),
                         N("Documents", "Representatives"))]
            rows += [[para(words.label(cat.TARGET_GROUPS, g.group_code)),
                      para(words.label(cat.TARGET_PRIORITIES, g.priority)),
                      para(g.representatives, limit=2000)] for g in groups]
            story.append(table(rows, [WIDTH * 0.35, WIDTH * 0.15, WIDTH * 0.5]))

    # 5. Dissemination, by quality-standard part
    story.append(h1(N("Documents", "Dissemination")))
    for part in cat.QUALITY_PARTS:
        actions = [a for a in data.actions if a.quality_part == part.code]
        story.append(Paragraph(markup(words.label(cat.QUALITY_PARTS, part.code)), st["h2"]))
        if not actions:
            story.append(para(words.tr(N("Documents", "None recorded.")), "body"))
            continue
        rows = [head(N("Documents", "Date"), N("Documents", "Action"), N("Documents", "Channel"),
                     N("Documents", "Reached"), N("Documents", "Evidence"))]
        for a in actions:
            when = words.date(a.done_date or a.planned_date)
            status = words.label(cat.ACTION_STATUSES, a.status)
            rows.append([para(f"{when}\n{status}"), para(a.title, limit=600),
                         para(f"{words.label(cat.CHANNELS, a.channel)}\n"
                              f"{words.label(cat.LEVELS, a.level)}"),
                         para(words.number(a.people_reached)),
                         para(a.evidence or "—", limit=500)])
        story.append(table(rows, [WIDTH * 0.17, WIDTH * 0.33, WIDTH * 0.2, WIDTH * 0.1,
                                  WIDTH * 0.2]))

    # 6. Stories
    story.append(h1(N("Documents", "From the participants' stories")))
    if not data.excerpts:
        story.append(para(words.tr(N("Documents", "No story may be printed for this audience "
                                                  "yet.")), "body"))
    for story_title, text, name in data.excerpts:
        story.append(Paragraph(long_words_broken(markup(story_title, 300)), st["h2"]))
        story.append(Paragraph(long_words_broken(markup(text, 1200)), st["quote"]))
        if name:
            story.append(para(f"— {name}", "small"))

    # 7. Valorisation
    story.append(h1(N("Documents", "Valorisation: the five control questions")))
    for question, answer in zip(control_questions(words), _answers(data, words), strict=True):
        story.append(Paragraph(markup(question), st["h2"]))
        story.append(para(answer, "body", 6000))
    story.append(Spacer(1, 6))
    return build_report(story, words, f"{title} · {p.reference}", p.funding_source,
                        english_statement, printed_on, p.title)


def _answers(data: ReportData, words: Words) -> list[str]:
    """The control questions answered from the record itself."""
    none = words.tr(N("Documents", "Not recorded yet."))
    results = "; ".join(r.title + (f" ({r.indicator}: {r.indicator_target})"
                                   if r.indicator and r.indicator_target else "")
                        for r, _ in data.results)
    needs = " ".join(x for x in (data.project.needs_analysis, data.project.objectives) if x)
    groups: list[str] = []
    for _, found in data.results:
        for g in found:
            label = words.label(cat.TARGET_GROUPS, g.group_code)
            if label not in groups:
                groups.append(label)
    live = [a for a in data.actions if a.status != "cancelled"]
    channels: list[str] = []
    for a in live:
        label = words.label(cat.CHANNELS, a.channel)
        if label not in channels:
            channels.append(label)
    activities = ""
    if live:
        activities = words.fill(N("Documents", "%1 actions (%2 done): %3."), len(live),
                                sum(1 for a in live if a.status == "done"), ", ".join(channels))
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
    return [results or none, needs or none, ", ".join(groups) or none, activities or none,
            " ".join(timetable) or none]
