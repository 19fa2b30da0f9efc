"""Dates, numbers, country and language names for one of the four languages, through Babel."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal, format_percent

_LOCALES = {"sv": "sv_SE", "nb": "nb_NO", "pl": "pl_PL", "en": "en_GB"}


@lru_cache(maxsize=8)
def locale(language: str) -> Locale:
    return Locale.parse(_LOCALES.get(language, "en_GB"))


def format_date(value: str | dt.date | None, language: str, style: str = "long") -> str:
    """"3 maja 2026", "3. mai 2026"; `style` is Babel's: short, medium, long."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    return babel_format_date(value, format=style, locale=locale(language))


def format_period(start: str, end: str, language: str) -> str:
    return f"{format_date(start, language, 'medium')} – {format_date(end, language, 'medium')}"


def format_number(value: float, language: str) -> str:
    return format_decimal(value, locale=locale(language))


def format_share(value: float, language: str) -> str:
    return format_percent(value, locale=locale(language))


def country_name(code: str, language: str) -> str:
    return locale(language).territories.get(code, code)


@lru_cache(maxsize=8)
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """Every ISO 3166 alpha-2 country as (code, name), sorted by name in that language."""
    names = locale(language).territories
    pairs = [(c, n) for c, n in names.items() if len(c) == 2 and c.isalpha() and c != "ZZ"]
    return tuple(sorted(pairs, key=lambda pair: _collation_key(pair[1])))


def _collation_key(name: str) -> str:
    from desktop.domain.fold import fold

    return fold(name)


def language_name(code: str, language: str) -> str:
    return locale(language).languages.get(code, code).capitalize() if code else ""
