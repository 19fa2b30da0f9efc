"""Finding rows by the words typed into a filter or the story search.

Each searched table has an FTS5 table `<table>_search` kept by triggers in plain SQL
(see migrations step 3): what any writer saves is found at once. A typed word matches
the start of a word in the row, case and accents ignored ("tromso" finds "Tromsø").
"""

from __future__ import annotations

import sqlite_utils

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


# From this many matches of every typed word, a list's first page is found by walking the
# rows in the list's order and testing each (see `filter_clauses`).
MANY = 2000


def many_match(db: sqlite_utils.Database, search: str,
               haystack: tuple[tuple[str, str], ...]) -> bool:
    """Whether every typed word is found in at least MANY rows of the `haystack` tables;
    each count stops at MANY, so asking costs little whatever the size."""
    typed = words(search) if haystack else []
    for word in typed:
        found = 0
        for table, _key in haystack:
            fts = SEARCH_TABLES[table]
            found += db.execute(f"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} "
                                f"MATCH ? LIMIT {MANY})", [word_term(word)]).fetchone()[0]
        if found < MANY:
            return False
    return bool(typed)


def filter_clauses(search: str, haystack: tuple[tuple[str, str], ...], in_order: bool = False
                   ) -> tuple[list[str], list[str]]:
    """WHERE clauses (one per typed word) and their parameters: each word must be found in
    one of the `haystack` tables, given as (table, SQL expression of that table's id).

    Normally SQLite starts from the matches (looked up by id) and sorts them. With
    `in_order` it cannot look them up by id ("+" before the id), so it walks the rows in
    the list's order (an index) and tests each against the matches: for a word found in
    thousands of rows (one letter typed), the first page comes without sorting them all.
    """
    clauses: list[str] = []
    params: list[str] = []
    for word in words(search) if haystack else ():
        alternatives = []
        for table, key in haystack:
            alternatives.append(f"{'+' if in_order else ''}{key} IN ({ids_matching(table)})")
            params.append(word_term(word))
        clauses.append("(" + " OR ".join(alternatives) + ")")
    return clauses, params
