"""The pseudo-language: every string stretched and accented, to find clipped or unmarked text.

`VIDARE_PSEUDO=1` turns it on for the window (a QTranslator that answers for every
context, Qt's own included) and for documents and the command line (`Translator`).
"Save the project" becomes "[Ŝàṽé ţĥé ƥŕöĵéçţ ~~~]": about 40 % longer, with the
placeholders (%1…%9, %n, %L1) and accelerators (&) left as they were. English text that
still shows up plain in a pseudo screenshot was never marked for translation.
"""

from __future__ import annotations

import math
import os
import re

from PySide6.QtCore import QTranslator

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçđéƒĝĥîĵķļɱñöƥɋŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ"
_TABLE = str.maketrans(_PLAIN, _ACCENTED)
# Kept exactly: Qt placeholders, and escaped ampersands.
_KEEP = re.compile(r"(%L?[1-9n]|&&)")
STRETCH = 0.4


def enabled(environ: dict[str, str] | None = None) -> bool:
    value = (environ if environ is not None else os.environ).get("VIDARE_PSEUDO", "")
    return value.strip().lower() in ("1", "yes", "true", "on")


def pseudo(text: str) -> str:
    """Accented letters inside brackets, padded with "~" to about 140 % of the length."""
    if not text:
        return text
    parts = _KEEP.split(text)
    body = "".join(part if _KEEP.fullmatch(part) else part.translate(_TABLE) for part in parts)
    padding = "~" * max(1, math.ceil(len(text) * STRETCH) - 3)
    return f"[{body} {padding}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo form of the English source."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return pseudo(source_text) if source_text else ""

    def isEmpty(self) -> bool:
        return False
