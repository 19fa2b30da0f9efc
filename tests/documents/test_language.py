"""Documents as a native reader meets them: counts in the right form, one sense per word,
dates and school years as each language writes them."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.demo import create_demo
from desktop.documents.common import Words
from desktop.documents.jobs import Request, build
from desktop.domain.schoolyear import exact_school_year, school_year, start_month
from desktop.i18n.counts import phrase
from desktop.i18n.formatting import (
    format_date,
    format_month_year,
    format_period,
    format_school_year,
    format_school_year_span,
)
from desktop.store import Store
from tests.documents.pdfread import text_of

# Abbreviated Polish months: "16 maj 2026" reads as a mistake; the genitive or figures only.
POLISH_ABBREVIATED = re.compile(r"\b\d{1,2} (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru)"
                                r"\.? \d{4}")


@pytest.fixture(scope="module")
def polish(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pl")
    with Store(folder / "vidare.db", create=True) as store:
        create_demo(store, "PL")
        yield store


def _pdf(store: Store, kind: str, language: str, project: int = 0) -> bytes:
    project_id = store.projects.all()[project].id
    return build(store, Request(kind, language, project_id, "A3")).pdf


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


@pytest.mark.parametrize("kind", ["stories", "summary"])
def test_polish_counts_take_the_genitive_plural_after_five(polish, kind):
    text = _plain(text_of(_pdf(polish, kind, "pl")))
    found = re.findall(r"(\d[\d ]*) (uczestnik\w*|kraj\w*)", text)
    assert found, text[:400]
    for number, noun in found:
        n = int(number.replace(" ", ""))
        if n >= 5 and not (12 <= n % 100 <= 14 or n % 10 in (2, 3, 4)):
            assert noun in ("uczestników", "krajów"), (number, noun)
        if noun.startswith("kraj") and n % 10 in (2, 3, 4) and not 12 <= n % 100 <= 14:
            assert noun == "kraje", (number, noun)
    assert {noun[:4] for _, noun in found} == {"ucze", "kraj"}


def test_counts_hold_their_number_with_a_no_break_space():
    words = Words("pl")
    assert words.count(phrase("figure", "participants"), 25, context="Counts") == \
        "25\u00a0uczestników"
    assert words.count(phrase("figure", "countries"), 7, context="Counts") == "7\u00a0krajów"
    assert words.count(phrase("figure", "people_reached"), 5202, context="Counts") == \
        "5\u00a0202\u00a0odbiorców"
    assert Words("pl").count_parts(phrase("figure", "countries"), 22, "Counts") == \
        ("", "22", "kraje")


def test_the_swedish_reports_dissemination_table_is_headed_activity(polish):
    text = text_of(_pdf(polish, "report", "sv"))
    assert "Datum Aktivitet Kanal" in text
    assert "Projekttyp Kanal" not in text


def test_the_polish_summary_names_the_school_year(polish):
    text = text_of(build(polish, Request("summary", "pl")).pdf)
    year = school_year(country="PL")
    assert f"Rok szkolny {year.first_year}/{year.first_year + 1}" in text


@pytest.mark.parametrize("kind", ["plan", "stories", "summary", "report"])
def test_polish_documents_never_abbreviate_a_month_after_a_day(polish, kind):
    for project in (0, 1):
        text = text_of(_pdf(polish, kind, "pl", project))
        assert not POLISH_ABBREVIATED.search(text), POLISH_ABBREVIATED.search(text)


@pytest.mark.parametrize("kind", ["plan", "stories", "summary", "report"])
def test_english_documents_write_sep(polish, kind):
    assert "Sept" not in text_of(_pdf(polish, kind, "en", 0))


def test_dates_as_each_language_writes_them():
    day = dt.date(2026, 5, 16)
    assert format_date(day, "pl", "long") == "16 maja 2026"
    assert format_date(day, "pl", "medium") == "16.05.2026"
    assert format_date(dt.date(2026, 9, 3), "en", "medium") == "3 Sep 2026"
    assert format_month_year("2026-09-01", "en", short=True) == "Sep 2026"
    assert format_month_year("2025-11-01", "sv", short=True) == "nov. 2025"
    assert "Sept" not in format_period("2026-09-01", "2026-09-20", "en")
    assert format_period("2026-05-16", "2026-06-03", "pl").startswith("16 maja")


def test_school_years_by_country():
    assert start_month("PL") == 9 and start_month("SE") == 8 and start_month("NO") == 8
    assert start_month("pl", override=1) == 1
    assert start_month("XX") == 9
    autumn = school_year(dt.date(2026, 8, 20), "PL")
    assert (autumn.start, autumn.end) == (dt.date(2025, 9, 1), dt.date(2026, 8, 31))
    nordic = school_year(dt.date(2026, 8, 20), "SE")
    assert (nordic.start, nordic.end) == (dt.date(2026, 8, 1), dt.date(2027, 7, 31))
    chosen = school_year(dt.date(2026, 1, 10), "SE", override=2)
    assert (chosen.start, chosen.end) == (dt.date(2025, 2, 1), dt.date(2026, 1, 31))
    assert exact_school_year("2026-09-01", "2027-08-31", "PL") is not None
    assert exact_school_year("2026-09-01", "2027-07-31", "PL") is None
    assert exact_school_year("2026-08-01", "2027-07-31", "NO").first_year == 2026


def test_school_years_as_each_language_writes_them():
    assert format_school_year(2026, "pl") == "Rok szkolny 2026/2027"
    assert format_school_year(2026, "sv") == "Läsåret 2026/27"
    assert format_school_year(2026, "nb") == "Skoleåret 2026–2027"
    assert format_school_year(2026, "en") == "School year 2026/27"
    assert format_school_year_span(2099, "sv") == "2099/00"
    assert format_school_year_span(2026, "pl") == "2026/2027"
    # A school that starts its year in January (Settings) has a calendar year.
    assert format_school_year(2026, "pl", 2026) == "Rok szkolny 2026"
    assert format_school_year(2026, "sv", 2027) == "Läsåret 2026/27"
