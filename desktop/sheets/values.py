"""Reading a cell as Vidare's value: dates, countries, catalogue codes, yes/no, numbers.

Each reader returns Vidare's form (ISO date, ISO country code, catalogue code) when it
recognises the value, and otherwise the text as it was, so that the domain's own
validation says what is wrong with it, in the user's language.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from desktop.domain import catalogues as cat
from desktop.domain.fold import fold
from desktop.i18n import LANGUAGES, Translator
from desktop.i18n import formatting as fmt

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug)
SERIAL_RANGE = (3_000, 110_000)  # 1908 to 2201: a number outside is not taken for a date
# The Beneficiary Module writes Greece and the United Kingdom the EU's way.
BM_COUNTRIES = {"EL": "GR", "UK": "GB"}


def text(value: Any) -> str:
    """A cell as text: numbers without a trailing .0, dates in ISO, nothing as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return " ".join(str(value).replace("\u00a0", " ").split()) if "\n" not in str(value) \
        else str(value).strip()


# Dates
@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Every month name and abbreviation of the four languages, folded, without dots."""
    names: dict[str, int] = {}
    for language in LANGUAGES:
        months = fmt.locale(language).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    names[fold(name).rstrip(".")] = number
    return names


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$")
_NUMERIC = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?$")


def date(value: Any) -> str:
    """ISO `YYYY-MM-DD` from a date cell, an Excel serial number, ISO text, or a local form
    ("6.10.2025", "06/10/2025", "6 października 2025", "6. okt. 2025", "Oct 6, 2025")."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial(float(value)) or text(value)
    raw = text(value)
    found = _ISO.match(raw)
    if found:
        return _make(int(found[1]), int(found[2]), int(found[3])) or raw
    if re.fullmatch(r"\d+(\.\d+)?", raw):
        return _serial(float(raw)) or raw
    found = _NUMERIC.match(raw)
    if found:
        a, b, c = (int(part) for part in found.groups())
        if len(found[1]) == 4:  # 2025.10.06
            return _make(a, b, c) or raw
        year = _year(c, found[3])
        return _make(year, b, a) or _make(year, a, b) or raw  # day first, as in Europe
    return _with_month_name(raw) or raw


def _serial(number: float) -> str:
    if not SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1]:
        return ""
    return (EXCEL_EPOCH + dt.timedelta(days=int(number))).isoformat()


def _year(number: int, written: str) -> int:
    if len(written) <= 2:
        return 2000 + number if number < 70 else 1900 + number
    return number


def _make(year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _with_month_name(raw: str) -> str:
    words = re.findall(r"[^\W\d_]+|\d+", raw)
    numbers = [w for w in words if w.isdigit()]
    months = [m for w in words if not w.isdigit() and (m := _month_names().get(fold(w)))]
    if len(numbers) != 2 or len(months) != 1:
        return ""
    first, second = numbers
    day, year = (first, second) if len(second) == 4 or int(first) <= 31 < int(second) \
        else (second, first)
    return _make(_year(int(year), year), months[0], int(day))


# Countries
@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in LANGUAGES:
        for code, name in fmt.countries(language):
            names[fold(name)] = code
    return names


def country(value: Any) -> str:
    """ISO 3166 alpha-2 from a code (EL and UK as the BM writes them) or a country's name in
    any of the four languages."""
    raw = text(value)
    if len(raw) == 2 and raw.isalpha():
        upper = raw.upper()
        return BM_COUNTRIES.get(upper, upper)
    return _country_names().get(fold(raw), raw)


# Catalogues
@lru_cache(maxsize=64)
def _catalogue_words(catalogue: tuple[cat.Entry, ...]) -> dict[str, str]:
    words: dict[str, str] = {}
    for entry in catalogue:
        words[fold(entry.code)] = entry.code
        words[fold(entry.code.replace("_", " "))] = entry.code
        for language in LANGUAGES:
            words[fold(_translator(language).tr("Catalogue", entry.label))] = entry.code
    return words


@lru_cache(maxsize=4)
def _translator(language: str) -> Translator:
    return Translator(language)


def code(value: Any, catalogue: tuple[cat.Entry, ...]) -> str:
    """A catalogue code from the code itself or its label in any of the four languages."""
    raw = text(value)
    return _catalogue_words(catalogue).get(fold(raw), raw)


# The Beneficiary Module's names for its activity types, as its exports write them, and
# key words that tell them apart in longer or older wordings.
BM_ACTIVITY_NAMES = {
    "group mobility of school pupils": "LM-GRP-PUPIL",
    "group mobility of pupils": "LM-GRP-PUPIL",
    "short-term learning mobility of pupils": "LM-SHORT-PUPIL",
    "long-term learning mobility of pupils": "LM-LONG-PUPILS",
    "job shadowing": "SM-JOB-SHDW",
    "teaching assignments": "SM-TTA",
    "courses and training": "SM-COUR-TRAIN",
    "invited experts": "OA-INV-EXP",
    "hosting teachers and educators in training": "OA-HOS-TTT",
    "preparatory visits": "PREP-VISIT",
}
_ACTIVITY_WORDS = (
    ("group mobility", "LM-GRP-PUPIL"), ("short-term", "LM-SHORT-PUPIL"),
    ("long-term", "LM-LONG-PUPILS"), ("job shadow", "SM-JOB-SHDW"),
    ("teaching assign", "SM-TTA"), ("course", "SM-COUR-TRAIN"), ("training", "SM-COUR-TRAIN"),
    ("invited expert", "OA-INV-EXP"), ("hosting teachers", "OA-HOS-TTT"),
    ("preparatory", "PREP-VISIT"),
)


def activity(value: Any) -> str:
    """An activity type from its BM code, its BM name, or its label in any language."""
    raw = text(value)
    if raw.upper() in cat.codes(cat.ACTIVITY_TYPES):
        return raw.upper()
    found = code(raw, cat.ACTIVITY_TYPES)
    if found != raw:
        return found
    folded = fold(raw)
    if folded in BM_ACTIVITY_NAMES:
        return BM_ACTIVITY_NAMES[folded]
    for words, activity_code in _ACTIVITY_WORDS:
        if words in folded:
            return activity_code
    return raw


# Yes and no
YES = frozenset({"1", "yes", "y", "true", "x", "ja", "j", "sant", "tak", "t", "sí", "oui"})
NO = frozenset({"", "0", "no", "n", "false", "nej", "nei", "nie", "falskt", "usant", "-"})


def yes_no(value: Any) -> bool | None:
    """True or False, or None when the cell says neither."""
    if isinstance(value, bool):
        return value
    folded = fold(text(value)).rstrip(".")
    if folded in YES:
        return True
    if folded in NO:
        return False
    return None


def whole(value: Any) -> int | str:
    """A whole number, or the text as it was (the domain says what is wrong with it)."""
    if isinstance(value, bool):
        return text(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    raw = text(value).replace(" ", "").replace("\u202f", "")
    return int(raw) if re.fullmatch(r"-?\d+", raw) else text(value)
