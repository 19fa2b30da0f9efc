"""What a cell may hold: text that can never run as a formula, and initials for names.

OWASP's rule for CSV injection: a cell that begins with `=`, `+`, `-`, `@`, a tab or a
carriage return is read by spreadsheet programs as a formula. In XLSX such text is stored
as a string cell marked "quote prefix" (Excel shows it, and keeps it text when edited);
in CSV it is escaped with a leading apostrophe, which `unescape_csv` takes off again.
"""

from __future__ import annotations

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Apostrophes already in front of a trigger are escaped too, so that unescaping gives back
# exactly what was written ("'=x" → "''=x" → "'=x").
_NEEDS_ESCAPE = re.compile(r"^'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")


def risky(text: str) -> bool:
    """True when a spreadsheet program could take this text for a formula."""
    return text.startswith(TRIGGERS)


def escape_csv(text: str) -> str:
    return "'" + text if _NEEDS_ESCAPE.match(text) else text


def unescape_csv(text: str) -> str:
    return text[1:] if _ESCAPED.match(text) else text


def initials(name: str) -> str:
    """"Anna-Karin Lind" → "A.-K. L.": enough to tell a list's rows apart, not to name."""
    words = []
    for word in name.split():
        parts = [part[:1].upper() + "." for part in word.split("-") if part[:1].isalpha()]
        if parts:
            words.append("-".join(parts))
    return " ".join(words)
