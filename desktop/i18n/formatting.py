"""Dates, numbers, country and language names for one of the four languages, through Babel.

Nothing here is written by hand: month names, date order, decimal commas, country and
language names all come from Babel's CLDR data for the language asked for (which need
not be the interface language: a Polish poster from a Swedish interface).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.dates import format_interval, format_skeleton
from babel.dates import format_time as babel_format_time
from babel.lists import format_list as babel_format_list
from babel.numbers import format_decimal, format_percent

from desktop.domain.fold import fold

_LOCALES = {"sv": "sv_SE", "nb": "nb_NO", "pl": "pl_PL", "en": "en_GB"}
# Two-letter codes in CLDR that are not countries a school can travel to.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
# Letters that each alphabet sorts after z or right after their base letter.
_ALPHABETS = {
    "sv": "abcdefghijklmnopqrstuvwxyzåäö",
    "nb": "abcdefghijklmnopqrstuvwxyzæøå",
    "pl": "aąbcćdeęfghijklłmnńoóprsśtuwyzźżqvx",
    "en": "abcdefghijklmnopqrstuvwxyz",
}


@lru_cache(maxsize=8)
def locale(language: str) -> Locale:
    return Locale.parse(_LOCALES.get(language, "en_GB"))


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_SEPT = re.compile(r"\bSept\b")


def _house(text: str, language: str) -> str:
    """CLDR's English abbreviates September "Sept"; Vidare writes "Sep", like the others."""
    return _SEPT.sub("Sep", text) if language == "en" else text


def format_date(value: str | dt.date | None, language: str, style: str = "long") -> str:
    """"3 maja 2026", "3. mai 2026", "3 maj 2026"; `style` is Babel's: short, medium, long.

    Polish writes a date with the month's genitive ("16 maja 2026") or in figures; its
    abbreviated month ("16 maj 2026") reads as a mistake, so medium is numeric there
    ("16.05.2026"). Text that is not a date is returned as it is, so a damaged value
    still shows.
    """
    if not value:
        return ""
    date = _as_date(value)
    if date is None:
        return str(value)
    if language == "pl" and style == "medium":
        style = "short"
    return _house(babel_format_date(date, format=style, locale=locale(language)), language)


def format_month_year(value: str | dt.date | None, language: str, short: bool = False) -> str:
    """"maj 2026" / "May 2026" for timelines; `short` gives "jan. 2027"-style abbreviations."""
    date = _as_date(value)
    if date is None:
        return ""
    return _house(format_skeleton("yMMM" if short else "yMMMM", date,
                                  locale=locale(language)), language)


def format_month(value: str | dt.date | None, language: str) -> str:
    """The abbreviated month alone ("maj", "sty"). A chart axis carries the year too:
    use `format_month_year(value, language, short=True)` ("nov. 2025", "Sep 2026")."""
    date = _as_date(value)
    return _house(format_skeleton("MMM", date, locale=locale(language)), language) \
        if date else ""


def month_name(month: int, language: str, menu: bool = False) -> str:
    """The month (1–12) named on its own ("september", "wrzesień"); `menu`: as an entry of
    a list, its first letter capital (CLDR's uiListOrMenu transform for these languages)."""
    name = str(locale(language).months["stand-alone"]["wide"][month])
    return name[:1].upper() + name[1:] if menu else name


def format_period(start: str | dt.date | None, end: str | dt.date | None,
                  language: str) -> str:
    """"3–10 maja 2026", "3. mai–2. juni 2026": the shared month or year said once."""
    first, last = _as_date(start), _as_date(end)
    if first and last and first <= last:
        return _house(format_interval(first, last, "yMMMMd", locale=locale(language)),
                      language)
    if first and last:
        return f"{format_date(first, language)} – {format_date(last, language)}"
    if first:
        return f"{format_date(first, language)} –"
    if last:
        return f"– {format_date(last, language)}"
    return ""


# How each language writes a school year: the span of years, and the span named.
_SCHOOL_YEAR_SPANS = {"pl": "{0}/{1}", "sv": "{0}/{1:02d}", "nb": "{0}\u2013{1}",
                      "en": "{0}/{1:02d}"}
_SCHOOL_YEARS = {"pl": "Rok szkolny {0}", "sv": "Läsåret {0}", "nb": "Skoleåret {0}",
                 "en": "School year {0}"}


def format_school_year_span(first_year: int, language: str,
                            last_year: int | None = None) -> str:
    """The school year starting in `first_year` as the language writes its years:
    "2026/2027" (pl), "2026/27" (sv, en), "2026–2027" (nb); a school year that is one
    calendar year (it starts in January) is that year alone."""
    if last_year == first_year:
        return str(first_year)
    pattern = _SCHOOL_YEAR_SPANS.get(language, _SCHOOL_YEAR_SPANS["en"])
    last = first_year + 1 if "{1}" in pattern else (first_year + 1) % 100
    return pattern.format(first_year, last)


def format_school_year(first_year: int, language: str, last_year: int | None = None) -> str:
    """The school year named, as a heading: "Rok szkolny 2026/2027", "Läsåret 2026/27",
    "Skoleåret 2026–2027", "School year 2026/27". Inside a sentence, put
    `format_school_year_span` into a translated message instead."""
    pattern = _SCHOOL_YEARS.get(language, _SCHOOL_YEARS["en"])
    return pattern.format(format_school_year_span(first_year, language, last_year))


def format_file_size(size: int, language: str) -> str:
    """"32 kB", "1,5 MB": a file's size as the language writes its numbers."""
    if size >= 1024 * 1024:
        return f"{format_number(size / 1024 / 1024, language, 1)}\u00a0MB"
    return f"{format_number(round(size / 1024), language, 0)}\u00a0kB"


def format_datetime(value: str | dt.datetime | None, language: str,
                    style: str = "medium") -> str:
    """A timestamp (a backup, a lock) in local time: "27 nov. 2026 02:10:00", in Polish
    "27.11.2026, 02:10:00"."""
    if not value:
        return ""
    if isinstance(value, str):
        text = value
        try:
            value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return text
    if value.tzinfo is not None:
        value = value.astimezone()
    if language == "pl" and style == "medium":
        # The date as `format_date` writes it ("16.05.2026", never "16 maj 2026").
        return str(locale(language).datetime_formats[style]).format(
            babel_format_time(value, format=style, locale=locale(language)),
            format_date(value.date(), language, style))
    return _house(babel_format_datetime(value, format=style, locale=locale(language)),
                  language)


def format_number(value: float, language: str, decimals: int | None = None) -> str:
    """"12 345,5" / "12,345.5"; `decimals` fixes the number of decimals shown."""
    if decimals is None:
        return format_decimal(value, locale=locale(language))
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=locale(language))


def format_percent_value(value: float, language: str, decimals: int = 0) -> str:
    """A share (0.423) as a percentage in the language's style: "42 %" or "42%"."""
    pattern = locale(language).percent_formats[None].pattern
    if decimals > 0:
        pattern = pattern.replace("#,##0", "#,##0." + "0" * decimals, 1)
    return format_percent(value, format=pattern, locale=locale(language))


def format_share(value: float, language: str) -> str:
    return format_percent_value(value, language)


def format_list(items: Iterable[str], language: str) -> str:
    """"Sverige, Norge och Polen" / "Szwecja, Norwegia i Polska"."""
    return babel_format_list(list(items), locale=locale(language))


def country_name(code: str, language: str) -> str:
    if not code:
        return ""
    return locale(language).territories.get(code.upper(), code)


def sort_key(text: str, language: str) -> tuple:
    """Alphabetical order as the language has it: Å Ä Ö after Z in Swedish, Ł after L in
    Polish, Æ Ø Å after Z in Norwegian; other accents sort with their base letter."""
    alphabet = _ALPHABETS.get(language, _ALPHABETS["en"])
    key = []
    for ch in text.casefold():
        if ch in alphabet:
            key.append((alphabet.index(ch) + 1, 0))
            continue
        base = fold(ch) or ch
        if base and base[0] in alphabet:
            key.extend((alphabet.index(b) + 1, 1) if b in alphabet else (1000 + ord(b), 0)
                       for b in base)
        elif unicodedata.category(ch).startswith(("Z", "P")):
            key.append((0, 0))
        else:
            key.append((1000 + ord(ch), 0))
    return tuple(key)


@lru_cache(maxsize=8)
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """Every country as (ISO 3166 alpha-2 code, name), sorted by name in that language."""
    names = locale(language).territories
    pairs = [(c, n) for c, n in names.items()
             if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES]
    return tuple(sorted(pairs, key=lambda pair: sort_key(pair[1], language)))


def search_countries(query: str, language: str) -> list[tuple[str, str]]:
    """Countries whose name (in `language` or in English) or code matches what was typed.

    Names starting with the query come first: "pol" finds Polen before Französisch-Polynesien.
    """
    wanted = fold(query.strip())
    if not wanted:
        return list(countries(language))
    english = locale("en").territories
    tiers: tuple[list, list, list, list] = ([], [], [], [])
    for code, name in countries(language):
        folded, folded_en = fold(name), fold(english.get(code, ""))
        words = folded.replace("-", " ").split() + folded_en.replace("-", " ").split()
        if code.lower() == wanted:
            tiers[0].append((code, name))
        elif folded.startswith(wanted):
            tiers[1].append((code, name))
        elif folded_en.startswith(wanted) or any(w.startswith(wanted) for w in words):
            tiers[2].append((code, name))
        elif wanted in folded or wanted in folded_en:
            tiers[3].append((code, name))
    return tiers[0] + tiers[1] + tiers[2] + tiers[3]


def language_name(code: str, language: str) -> str:
    """A language's name in `language`, capitalised for a list: "Polska", "Norsk bokmål"."""
    if not code:
        return ""
    name = locale(language).languages.get(code, code)
    return name[:1].upper() + name[1:]


def native_language_name(code: str) -> str:
    """Each language in its own words, for the language chooser: "Svenska", "Polski"."""
    return language_name(code, code)


def format_period_short(start: str | dt.date | None, end: str | dt.date | None,
                        language: str) -> str:
    """"1–8 sep. 2026", "1 Sep – 2 Oct 2026", "01–08.09.2026": a period short enough for a
    table column (Polish in figures: its abbreviated month after a day, "5–9 maj", reads
    as a mistake)."""
    first, last = _as_date(start), _as_date(end)
    if first and last and first <= last:
        skeleton = "yMd" if language == "pl" else "yMMMd"
        return _house(format_interval(first, last, skeleton, locale=locale(language)),
                      language)
    return " – ".join(format_date(d, language, "medium") for d in (first, last) if d)


@lru_cache(maxsize=8)
def _month_words(language: str) -> dict[str, int]:
    """Every way the language (and English) names a month, folded, without dots."""
    words: dict[str, int] = {}
    for code in dict.fromkeys((language, "en")):
        months = locale(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    words.setdefault(fold(name).strip(".").strip(), number)
    return words


def _month_of(word: str, language: str) -> int | None:
    word = fold(word).strip(".")
    words = _month_words(language)
    if word in words:
        return words[word]
    if len(word) >= 3:
        found = {n for w, n in words.items() if w.startswith(word)}
        if len(found) == 1:
            return found.pop()
    return None


def parse_date(text: str, language: str, today: dt.date | None = None) -> str | None:
    """A date as a person types it, as ISO `YYYY-MM-DD`; "" for nothing; None for not a date.

    Takes ISO with or without leading zeros (`2026-9-1`), the numeric forms the language
    writes, always day before month (`1.9.2026`, `01.09.2026`, `1/9/2026`, `1/9 2026`),
    month names in the language or in English (`1 sep. 2026`, `1 września 2026`), a
    two-digit year (`1.9.26`), and no year at all (`1.9`: this year).
    """
    import re

    text = (text or "").strip()
    if not text:
        return ""
    today = today or dt.date.today()
    tokens = re.findall(r"\d+|[^\W\d_]+", text)
    numbers = [t for t in tokens if t.isdigit()]
    words = [t for t in tokens if not t.isdigit()]
    year = month = day = None
    if words:
        if len(words) != 1 or not 1 <= len(numbers) <= 2:
            return None
        month = _month_of(words[0], language)
        if month is None:
            return None
        if len(numbers[0]) == 4 and len(numbers) == 2:  # "2026 sep 1"
            year, day = int(numbers[0]), int(numbers[1])
        else:
            day = int(numbers[0])
            year = int(numbers[1]) if len(numbers) == 2 else None
    elif len(numbers) == 3:
        if len(numbers[0]) == 4:
            year, month, day = (int(n) for n in numbers)
        else:
            day, month, year = (int(n) for n in numbers)
    elif len(numbers) == 2 and len(numbers[0]) <= 2 and len(numbers[1]) <= 2:
        day, month = int(numbers[0]), int(numbers[1])
    elif len(numbers) == 1 and len(numbers[0]) == 8:  # "20260901"
        value = numbers[0]
        year, month, day = int(value[:4]), int(value[4:6]), int(value[6:])
    else:
        return None
    if year is None:
        year = today.year
    elif year < 100:
        year += 2000
    if not 1900 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def format_day_month(value: str | dt.date | None, language: str) -> str:
    """"3 Jan", "3 jan.", "3 stycznia": a day in the coming months, where the year goes
    unsaid (Polish names the month in full, in the genitive)."""
    date = _as_date(value)
    skeleton = "MMMMd" if language == "pl" else "MMMd"
    return _house(format_skeleton(skeleton, date, locale=locale(language)), language) \
        if date else ""


def in_sentence(label: str) -> str:
    """A label (a catalogue word) inside running text: "local press", "lärare vid andra
    skolor"; a name in title case keeps its capitals ("Project Results Platform",
    "eTwinning")."""
    words = label.split()
    if len(label) > 1 and label[1:2].islower() and not any(w[:1].isupper() for w in words[1:]):
        return label[0].lower() + label[1:]
    return label
