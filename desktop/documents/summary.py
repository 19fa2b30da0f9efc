"""The principal's summary: a period's figures with small charts, highlights and warnings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.documents.charts import BAR, DONE, Bars, Chart, DoneBar, ranked
from desktop.documents.common import MUTED, Words, paragraph, paragraph_text, style
from desktop.documents.emblem import load_artwork
from desktop.documents.fonts import BOLD, REGULAR
from desktop.documents.page import fit_line
from desktop.documents.report_base import WIDTH, Described, build_report, heading, styles
from desktop.domain import catalogues as cat
from desktop.domain.schoolyear import exact_school_year
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n.counts import phrase
from desktop.i18n.formatting import format_school_year
from desktop.store import Store
from desktop.store.overview import Figures, school_year

N = QT_TRANSLATE_NOOP
MOST_BARS = 8  # a chart's rows, the last one "Other (n)" when there are more
OTHER = N("Documents", "Other (%n)")
TITLE = N("Documents", "Summary for the principal")


@dataclass
class SummaryData:
    school: str
    date_from: str
    date_to: str
    figures: Figures
    projects: list[tuple[str, str]] = field(default_factory=list)  # (title, reference)
    warnings: list[tuple[str, tuple[str, ...], int]] = field(default_factory=list)
    funding_source: str = "erasmus"
    country: str = ""  # the school's, for naming its school year
    start_month: int | None = None  # the school's own choice of school year, if any


def gather_summary(store: Store, date_from: str | None = None, date_to: str | None = None,
                   on: str | None = None, start_month: int | None = None) -> SummaryData:
    """The overview's figures and open warnings for the period (default: this school
    year, from `start_month`, else the month the school chose, else its country's)."""
    on = on or dt.date.today().isoformat()
    school = store.school.get()
    country = school.country if school else ""
    if start_month is None and school is not None:
        start_month = school.school_year_start_month
    default_from, default_to = school_year(dt.date.fromisoformat(on), country, start_month)
    date_from, date_to = date_from or default_from, date_to or default_to
    data = SummaryData(school.name if school else "", date_from, date_to,
                       store.overview.figures(date_from, date_to), country=country,
                       start_month=start_month)
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


# A chart's bars name groups of people, so in the plural ("Pupils 19", not "Pupil 19").
ROLE_GROUPS = {
    "teacher": N("Documents", "Teachers", "printed: a chart bar for the teachers who went"),
    "other_staff": N("Documents", "Other staff", "printed: a chart bar for other staff who went"),
    "pupil": N("Documents", "Pupils", "printed: a chart bar for the pupils who went"),
}


def summary_charts(f: Figures, words: Words) -> list[Chart]:
    """The four charts, each ranked by what it shows and adding up to its headline:
    mobilities by type and by country, participants by role, people reached by channel."""
    def chart(title: str, total: int, items: dict[str, int], name) -> Chart:
        shown, rest = ranked(items, MOST_BARS)
        rows = [(name(code), value) for code, value in shown]
        if rest:
            rows.append((words.count(OTHER, len(rest)), sum(items[c] for c in rest)))
        return Chart(words.tr(title), total, rows, len(rest))

    roles = {code: n for code, n in f.participants_by_role.items() if n}
    reach = {code: n for code, n in f.reach_by_channel.items() if n}
    return [
        chart(N("Documents", "Mobilities by type"), f.mobilities, f.mobilities_by_type,
              lambda c: words.label(cat.ACTIVITY_TYPES, c)),
        chart(N("Documents", "Mobilities by country"), f.mobilities, f.countries,
              words.country),
        chart(N("Documents", "Participants by role"), f.participants, roles,
              lambda c: words.tr(ROLE_GROUPS.get(c, c))),
        chart(N("Documents", "People reached by channel"), f.people_reached, reach,
              lambda c: words.label(cat.CHANNELS, c)),
    ]


def period_name(data: SummaryData, words: Words) -> str:
    """"Rok szkolny 2026/2027 (1 września 2026 – 31 sierpnia 2027)" when the period is
    exactly the school's school year, else the period's dates."""
    dates = words.period(data.date_from, data.date_to)
    year = exact_school_year(data.date_from, data.date_to, data.country, data.start_month)
    if year is None:
        return dates
    return f"{format_school_year(year.first_year, words.language, year.last_year)} ({dates})"


def build_summary(data: SummaryData, language: str, english_statement: bool = False,
                  printed_on: str | None = None, fers_artwork: Path | None = None) -> bytes:
    """The summary as PDF: one page when it can be. A summary that runs a little over is
    set again tighter (closer chart rows, less space between blocks) rather than leave a
    line or two alone on a second page."""
    pdf = _build_summary(data, language, english_statement, printed_on, fers_artwork, False)
    if _pages(pdf) > 1:
        tight = _build_summary(data, language, english_statement, printed_on, fers_artwork,
                               True)
        if _pages(tight) < _pages(pdf):
            return tight
    return pdf


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def _build_summary(data: SummaryData, language: str, english_statement: bool,
                   printed_on: str | None, fers_artwork: Path | None, tight: bool) -> bytes:
    words = Words(language)
    st = styles(words.language)
    f = data.figures
    title = words.tr(TITLE)
    period = period_name(data, words)
    story: list[Flowable] = [
        paragraph(paragraph_text(title, BOLD), st["title"]),
        paragraph(paragraph_text("  ·  ".join(p for p in (data.school, period) if p),
                                 limit=600), st["subtitle"])]
    story += [_tiles(f, words, st), Spacer(1, 4 if tight else 10)]

    half = (WIDTH - 16) / 2
    none = words.tr(N("Documents", "Nothing in this period."))
    charts = summary_charts(f, words)
    slots = [max(len(charts[0].rows), len(charts[1].rows), 1),
             max(len(charts[2].rows), len(charts[3].rows), 1)]
    bars = [Bars(c, half, words.number, empty=none, slots=slots[i // 2],
                 colour=DONE if i == 3 else BAR, pitch=2.0 if tight else 2.4)
            for i, c in enumerate(charts)]
    layout = Table([[bars[0], bars[1]], [bars[2], bars[3]]], colWidths=[half + 16, half])
    layout.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 4 if tight else 10)]))
    story.append(layout)
    if f.accompanying:
        story.append(paragraph(paragraph_text(words.count(N(
            "Documents", "Besides the participants, %n accompanying person(s) went."),
            f.accompanying)), style("note", 8.4, colour=MUTED, spaceAfter=8)))
    story.append(DoneBar(
        words.tr(N("Documents", "Dissemination actions done and planned")),
        f.actions_done, f.actions_planned,
        words.count(phrase("figure", "actions_done"), f.actions_done, context="Counts"),
        words.count(phrase("figure", "actions_planned"), f.actions_planned, context="Counts"),
        WIDTH))

    highlights = [
        words.count(phrase("figure", "days_abroad"), f.days_abroad, context="Counts"),
        words.count(N("Documents", "%n story(ies) written by participants"), f.stories),
    ]
    if f.reach_by_channel:
        best = max(f.reach_by_channel.items(), key=lambda kv: (kv[1], kv[0]))
        highlights.append(words.count(N("Documents",
                                        "The widest reach: %1, %n person(s) reached."),
                                      best[1], words.label(cat.CHANNELS, best[0])))
    for project_title, reference in data.projects[:8]:
        highlights.append(words.fill(N("Documents", "Project: %1 (%2)"), project_title,
                                     reference))
    block = heading(words.tr(N("Documents", "Highlights")), st["h1"])
    block += [paragraph("•\u00a0" + paragraph_text(h, limit=400, language=words.language),
                        st["body"]) for h in highlights]
    story.append(KeepTogether(block))

    story += heading(words.tr(N("Documents", "Open warnings")), st["h1"])
    if not data.warnings:
        story.append(paragraph(paragraph_text(words.tr(N("Documents", "No open warnings."))),
                               st["body"]))
    lines = []
    for message, params, count in data.warnings[:20]:
        text = words.count(message, count, *params, context="Overview") if count >= 0 \
            else words.translator.fill("Overview", message, list(params))
        lines.append(paragraph("<font color='#B9441F'><b>!</b></font>\u00a0 "
                               + paragraph_text(text, limit=400, language=words.language),
                               st["body"]))
    # A page never begins with the last warning alone.
    story += lines[:-2] + ([KeepTogether(lines[-2:])] if lines else [])
    return build_report(story, words, f"{title} · {period}", data.funding_source,
                        english_statement, printed_on,
                        Described(f"{title} – {data.school}" if data.school else title,
                                  data.school, ", ".join(r for _, r in data.projects[:8])),
                        load_artwork(fers_artwork) if data.funding_source == "fers" else None)


def _figure_style(st: ParagraphStyle, value: str, width: float) -> ParagraphStyle:
    """The figure's style, smaller when a large number would not fit its tile whole."""
    size = fit_line(value, BOLD, st.fontSize, width, st.fontSize * 0.5)[1]
    if size >= st.fontSize:
        return st
    return ParagraphStyle(f"{st.name}-{size:.1f}", parent=st, fontSize=size,
                          leading=size * 1.1)


def _tiles(f: Figures, words: Words, st: dict) -> Table:
    """The headline figures: each number with its noun below, in the number's form."""
    counted = [(f.mobilities, phrase("figure", "mobilities")),
               (f.participants, phrase("figure", "participants")),
               (len(f.countries), phrase("figure", "countries")),
               (f.people_reached, phrase("figure", "people_reached"))]
    figures, labels = [], []
    for n, source in counted:
        before, number, after = words.count_parts(source, n, "Counts")
        figures.append(number)
        labels.append(" ".join(p for p in (before, after) if p))
    figures.insert(3, words.share(f.green_share))
    labels.insert(3, words.tr(N("Documents", "green travel")))
    figures.insert(4, words.share(f.fewer_opportunities_share))
    labels.insert(4, words.tr(N("Documents", "with fewer opportunities")))
    # Number and noun in one cell, so they read (and copy out) as one phrase.
    width = WIDTH / len(figures)
    cells = [[[paragraph(paragraph_text(value, BOLD), _figure_style(st["figure"], value,
                                                                     width - 16)),
               paragraph(paragraph_text(label), st["figlabel"])]
              for value, label in zip(figures, labels, strict=True)]]
    grid = Table(cells, colWidths=[width] * len(figures))
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                              ("BACKGROUND", (0, 0), (-1, -1), "#F6F4EE"),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 0), (-1, -1), 8),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                              ("LINEAFTER", (0, 0), (-2, -1), 2, "#FFFFFF")]))
    return grid
