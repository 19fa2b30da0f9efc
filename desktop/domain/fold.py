"""Folding text for search: case and accents ignored, so "Tromso" finds "Tromsø"."""

from __future__ import annotations

import unicodedata

# Letters with no Unicode decomposition, as a Nordic or Polish reader types them
# on a keyboard without the letter.
_SPECIAL = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "đ": "d", "ß": "ss", "œ": "oe",
                          "ð": "d", "þ": "th", "ı": "i"})


def fold(text: str | None) -> str:
    if not text:
        return ""
    lowered = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
