"""The principal's summary: a period's figures with small charts, highlights and warnings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.documents.charts import DONE, Bars, DoneBar
from desktop.documents.common import Words, markup
from desktop.documents.fonts import REGULAR
from desktop.documents.report_base import WIDTH, build_report, styles
from desktop.domain import catalogues as cat
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.store import Store
from desktop.store.overview import Figures, school_year

N = QT_TRANSLATE_NOOP


@dataclass
class SummaryData:
    school: str
    date_from: str
    date_to: str
    figures: Figures
    projects: list[tuple[str, str]] = field(default_factory=list)  # (title, reference)
    warnings: list[tuple[str, tuple[str, ...], int]] = field(default_factory=list)
    funding_source: str = "erasmus"


def gather_summary(store: Store, date_from: str | None = None, date_to: str | None = None,
                   on: str | None = None) -> SummaryData:
    """The overview's figures and open warnings for the period (default: this school year)."""
    on = on or dt.date.today().isoformat()
    default_from, default_to = school_year(dt.date.fromisoformat(on))
    date_from, date_to = date_from or default_from, date_to or default_to
    school = store.school.get()
    data = SummaryData(school.name if school else "", date_from, date_to,
                       store.overview.figures(date_from, date_to))
    funding = set()
    for row in store.db.query("""SELECT title, reference, funding_source FROM project
            WHERE end_date >= ? AND start_date <= ? ORDER BY start_date""", [date_from, date_to]):
        data.projects.append((row["title"], row["reference"]))
        funding.add(row["funding_source"])
    data.funding_source = "fers" if funding == {"fers"} else "erasmus"
    for warning in store.overview.warnings(date_from, date_to, on):
        count = len(warning.ids) if "%n" in warning.message else -1
        data.warnings.append((warning.message, tuple(warning.params), count))
    return data


def build_summary(data: SummaryData, language: str, english_statement: bool = False,
                  printed_on: str | None = None) -> bytes:
    words = Words(language)
    st = styles()
    f = data.figures
    title = words.tr(N("Documents", "Summary for the principal"))
    period = words.period(data.date_from, data.date_to)
    story = [Paragraph(markup(title), st["title"]),
             Paragraph(markup("  ·  ".join(p for p in (data.school, period) if p)),
                       st["subtitle"])]
    tiles = [
        (words.number(f.mobilities), N("Documents", "mobilities")),
        (words.number(f.participants), N("Documents", "participants")),
        (words.number(len(f.countries)), N("Documents", "countries")),
        (words.share(f.green_share), N("Documents", "green travel")),
        (words.share(f.fewer_opportunities_share), N("Documents", "with fewer opportunities")),
        (words.number(f.people_reached), N("Documents", "people reached")),
    ]
    cells = [[Paragraph(markup(v), st["figure"]) for v, _ in tiles],
             [Paragraph(markup(words.tr(label)), st["figlabel"]) for _, label in tiles]]
    grid = Table(cells, colWidths=[WIDTH / len(tiles)] * len(tiles))
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                              ("BACKGROUND", (0, 0), (-1, -1), "#F6F4EE"),
                              ("TOPPADDING", (0, 0), (-1, 0), 8),
                              ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
                              ("LINEAFTER", (0, 0), (-2, -1), 2, "#FFFFFF")]))
    story += [grid, Spacer(1, 10)]

    half = (WIDTH - 16) / 2
    none = words.tr(N("Documents", "Nothing in this period."))
    by_type = [(words.label(cat.ACTIVITY_TYPES, code), n, words.number(n))
               for code, n in sorted(f.mobilities_by_type.items(), key=lambda kv: -kv[1])]
    by_country = [(words.country(code), n, words.number(n)) for code, n in f.countries.items()]
    roles = [(words.label(cat.PARTICIPANT_ROLES, code), n, words.number(n))
             for code, n in sorted(f.participants_by_role.items(), key=lambda kv: -kv[1])]
    if f.accompanying:
        roles.append((words.tr(N("Documents", "Accompanying persons")), f.accompanying,
                      words.number(f.accompanying)))
    channels = [(words.label(cat.CHANNELS, code), n,
                 f"{words.number(n)} · {words.number(f.reach_by_channel.get(code, 0))}")
                for code, n in f.actions_by_channel.items()]
    charts = [
        [Bars(words.tr(N("Documents", "Mobilities by type")), by_type, half, empty=none),
         Bars(words.tr(N("Documents", "Mobilities by country")), by_country, half, empty=none)],
        [Bars(words.tr(N("Documents", "Participants by role")), roles, half, empty=none),
         Bars(words.tr(N("Documents", "Dissemination by channel (actions · people reached)")),
              channels, half, empty=none, colour=DONE)],
    ]
    layout = Table(charts, colWidths=[half + 16, half])
    layout.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    story.append(layout)
    story.append(DoneBar(
        words.tr(N("Documents", "Dissemination actions done and planned")),
        f.actions_done, f.actions_planned,
        words.fill(N("Documents", "%1 done"), words.number(f.actions_done)),
        words.fill(N("Documents", "%1 planned"), words.number(f.actions_planned)), WIDTH))

    highlights = [
        words.fill(N("Documents", "%1 days of learning abroad in all."),
                   words.number(f.days_abroad)),
        words.fill(N("Documents", "%1 stories written by participants."),
                   words.number(f.stories)),
    ]
    if f.reach_by_channel:
        best = max(f.reach_by_channel.items(), key=lambda kv: kv[1])
        highlights.append(words.fill(N("Documents", "The widest reach: %1 (%2 people)."),
                                     words.label(cat.CHANNELS, best[0]), words.number(best[1])))
    for project_title, reference in data.projects[:8]:
        highlights.append(words.fill(N("Documents", "Project: %1 (%2)"), project_title,
                                     reference))
    block = [Paragraph(markup(words.tr(N("Documents", "Highlights"))), st["h1"])]
    block += [Paragraph("• " + markup(h, 400), st["body"]) for h in highlights]
    story.append(KeepTogether(block))

    story.append(Paragraph(markup(words.tr(N("Documents", "Open warnings"))), st["h1"]))
    if not data.warnings:
        story.append(Paragraph(markup(words.tr(N("Documents", "No open warnings."))),
                               st["body"]))
    for message, params, count in data.warnings[:20]:
        text = words.translator.fill("Overview", message, list(params), count)
        story.append(Paragraph("<font color='#D9532B'><b>!</b></font>  " + markup(text, 400),
                               st["body"]))
    return build_report(story, words, f"{title} · {period}", data.funding_source,
                        english_statement, printed_on, title)
