"""Interface text: marking a source with its sense, translating it, showing user text safely.

`QT_TRANSLATE_NOOP(context, source, disambiguation)` marks a source string for lupdate
(which reads the third argument as the message's comment) and returns the source with
its disambiguation attached, so that declarations (a field's label, a column's header)
keep both and `translate()` asks the catalogue for the right sense.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt

# One way of marking text for every layer (documents and spreadsheets use it too).
from desktop.domain.text import QT_TRANSLATE_NOOP, Disambiguated

__all__ = ["QT_TRANSLATE_NOOP", "SHORT", "Disambiguated", "one_line", "plain_tooltip",
           "shorten", "translate"]

SHORT = 300  # characters of user text shown in one line of a list, a title or a chooser


def translate(context: str, source: str, n: int = -1) -> str:
    """`source` (marked with QT_TRANSLATE_NOOP) in the interface language."""
    return QCoreApplication.translate(context, source,
                                      getattr(source, "disambiguation", "") or None, n)


def shorten(text: str, limit: int = SHORT) -> str:
    """Text cut at `limit` characters with an ellipsis, for places that show one line."""
    text = text or ""
    if len(text) <= limit:
        return text
    return text[:limit - 1].rstrip() + "…"


def one_line(text: str, limit: int = SHORT) -> str:
    """User text for one line: line breaks as spaces, cut with an ellipsis."""
    return shorten(" ".join((text or "")[:limit * 4].split()), limit)


def plain_tooltip(text: str, limit: int = 1000) -> str:
    """A tooltip that shows `text` literally: Qt guesses rich text in tooltips, so user
    text is escaped into a paragraph of its own (never read as markup)."""
    if not text:
        return ""
    return Qt.convertFromPlainText(shorten(text, limit), Qt.WhiteSpaceMode.WhiteSpaceNormal)
