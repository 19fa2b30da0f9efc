"""Dates, numbers, countries and language names in each language, all from Babel."""

from __future__ import annotations

import pytest

from desktop.i18n import formatting as f


@pytest.mark.parametrize(("language", "expected"), [
    ("pl", "3 maja 2026"), ("nb", "3. mai 2026"), ("sv", "3 maj 2026"), ("en", "3 May 2026")])
def test_a_date_in_each_language(language, expected):
    assert f.format_date("2026-05-03", language) == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("pl", "16.05.2026, 14:30:00"), ("nb", "16. mai 2026, 14:30:00"),
    ("sv", "16 maj 2026 14:30:00"), ("en", "16 May 2026, 14:30:00")])
def test_a_timestamp_in_each_language_never_with_a_polish_nominative_month(language, expected):
    """A backup's time: Polish never prints "16 maj 2026" (the month must be genitive)."""
    import datetime as dt

    assert f.format_datetime(dt.datetime(2026, 5, 16, 14, 30), language) == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("pl", "Niemcy"), ("nb", "Tyskland"), ("sv", "Tyskland"), ("en", "Germany")])
def test_a_country_in_each_language(language, expected):
    assert f.country_name("DE", language) == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("pl", "3–10 maja 2026"), ("nb", "3.–10. mai 2026"), ("sv", "3–10 maj 2026")])
def test_a_period_says_the_shared_month_once(language, expected):
    assert f.format_period("2026-05-03", "2026-05-10", language) == expected


def test_periods_with_a_missing_end_or_the_wrong_order_still_read():
    assert f.format_period("2026-05-03", "", "en") == "3 May 2026 –"
    assert f.format_period("", "", "en") == ""
    assert "–" in f.format_period("2026-05-10", "2026-05-03", "pl")


def test_month_and_year_for_timelines():
    assert f.format_month_year("2026-05-03", "pl") == "maj 2026"
    assert f.format_month_year("2026-05-03", "nb") == "mai 2026"
    assert f.format_month("2026-01-15", "sv") == "jan."


def test_numbers_and_shares_follow_the_language():
    assert f.format_number(12345.5, "pl") == "12\xa0345,5"
    assert f.format_number(12345.5, "en") == "12,345.5"
    assert f.format_number(0.5, "sv", decimals=1) == "0,5"
    assert f.format_share(0.423, "sv") == "42\xa0%"
    assert f.format_share(0.423, "pl") == "42%"
    assert f.format_percent_value(0.4236, "nb", 1) == "42,4\xa0%"


def test_lists_join_with_the_language_s_and():
    assert f.format_list(["Sverige", "Norge", "Polen"], "sv") == "Sverige, Norge och Polen"
    assert f.format_list(["A", "B"], "pl") == "A i B"


def test_not_a_date_is_shown_as_typed():
    assert f.format_date("soon", "pl") == "soon"
    assert f.format_date("", "pl") == ""


def test_country_list_sorted_as_each_alphabet_has_it():
    swedish = [name for _, name in f.countries("sv")]
    assert swedish.index("Österrike") > swedish.index("Zimbabwe")
    polish = [name for _, name in f.countries("pl")]
    assert polish.index("Łotwa") > polish.index("Luksemburg")
    assert polish.index("Łotwa") < polish.index("Madagaskar")
    norwegian = [name for _, name in f.countries("nb")]
    assert norwegian.index("Østerrike") > norwegian.index("Zimbabwe")


def test_country_list_holds_countries_only():
    codes = {code for code, _ in f.countries("en")}
    assert {"SE", "NO", "PL", "XK"} <= codes
    assert not codes & {"EU", "UN", "ZZ", "XA"}
    assert len(codes) > 240


def test_country_search_in_the_interface_language():
    assert f.search_countries("pol", "sv")[0] == ("PL", "Polen")
    assert f.search_countries("niem", "pl")[0] == ("DE", "Niemcy")
    # English names and codes are found too, and accents need not be typed.
    assert f.search_countries("germ", "pl")[0] == ("DE", "Niemcy")
    assert f.search_countries("osterr", "sv")[0] == ("AT", "Österrike")
    assert f.search_countries("no", "nb")[0][0] == "NO"


def test_language_names():
    assert [f.native_language_name(c) for c in ("sv", "nb", "pl", "en")] == [
        "Svenska", "Norsk bokmål", "Polski", "English"]
    assert f.language_name("pl", "sv") == "Polska"
    assert f.language_name("sv", "pl") == "Szwedzki"


@pytest.mark.parametrize(("language", "period", "day"), [
    ("pl", "05–09.05.2026", "5 maja"), ("sv", "5–9 maj 2026", "5 maj"),
    ("nb", "5.–9. mai 2026", "5. mai"), ("en", "1 Sep 2026\u2009–\u200930 Jun 2027", "5 May")])
def test_list_periods_and_coming_days_never_with_a_polish_abbreviated_month(
        language, period, day):
    """The lists' short periods and "expires 5 maja": never "5–9 maj", and English "Sep"."""
    start, end = ("2026-09-01", "2027-06-30") if language == "en" else ("2026-05-05",
                                                                         "2026-05-09")
    assert f.format_period_short(start, end, language) == period
    assert f.format_day_month("2026-05-05", language) == day
