"""Folding text for search: case and accents ignored, so "Tromso" finds "Tromsø".

The database folds with plain SQL (`lower()` and `replace()` for the letters below) and
FTS5's `unicode61 remove_diacritics 2` tokenizer for the rest; `fold` does the same in
Python for what is typed into a search field, so both sides meet.
"""

from __future__ import annotations

import unicodedata

# Letters with no Unicode decomposition, as a Nordic or Polish reader types them on a
# keyboard without the letter; both cases, since SQLite's lower() knows only ASCII.
SPECIAL_LETTERS = {
    "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
    "ß": "ss", "ẞ": "ss", "œ": "oe", "Œ": "oe", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
    "ı": "i",
}
_SPECIAL = str.maketrans(SPECIAL_LETTERS)


def fold(text: str | None) -> str:
    if not text:
        return ""
    lowered = text.translate(_SPECIAL).casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
