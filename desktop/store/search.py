"""Finding rows by the words typed into a filter or the story search.

Each searched table has an FTS5 table `<table>_search` kept by triggers in plain SQL
(see migrations step 3): what any writer saves is found at once. A typed word matches
the start of a word in the row, case and accents ignored ("tromso" finds "Tromsø").
"""

from __future__ import annotations

from desktop.domain.fold import fold
from desktop.store.migrations import SEARCH_TABLES


def words(text: str) -> list[str]:
    """The folded words of what was typed; anything but letters and digits separates."""
    return "".join(c if c.isalnum() else " " for c in fold(text)).split()


def fts_query(text: str) -> str:
    """Every folded word as a prefix term, quoted so that user text is never FTS syntax."""
    return " ".join(f'"{w}"*' for w in words(text))


def word_term(word: str) -> str:
    return f'"{word}"*'


def ids_matching(table: str) -> str:
    """SQL giving the ids of `table`'s rows that match one FTS term (the one parameter)."""
    fts = SEARCH_TABLES[table]
    return (f"SELECT id FROM search_key WHERE key IN "
            f"(SELECT rowid FROM {fts} WHERE {fts} MATCH ?)")


def filter_clauses(search: str, haystack: tuple[tuple[str, str], ...]
                   ) -> tuple[list[str], list[str]]:
    """WHERE clauses (one per typed word) and their parameters: each word must be found in
    one of the `haystack` tables, given as (table, SQL expression of that table's id)."""
    clauses: list[str] = []
    params: list[str] = []
    for word in words(search) if haystack else ():
        alternatives = []
        for table, key in haystack:
            alternatives.append(f"{key} IN ({ids_matching(table)})")
            params.append(word_term(word))
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return clauses, params
