"""Marking domain text for translation without importing Qt.

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP(context, text)` calls by name, so the
English source strings here land in the catalogues; the interface and the documents
translate them at display time with the context kept beside the text.
"""

CATALOGUE = "Catalogue"
VALIDATION = "Validation"


class Disambiguated(str):
    """A source text that carries its disambiguation (Qt's comment) to the lookup."""

    disambiguation: str = ""


def QT_TRANSLATE_NOOP(context: str, source: str,  # noqa: N802 - name lupdate knows
                      disambiguation: str | None = None) -> str:
    """Mark `source`; with `disambiguation` (lupdate reads it as the message's comment)
    the text returned remembers it, so `Translator.tr` looks up that sense."""
    if not disambiguation:
        return source
    marked = Disambiguated(source)
    marked.disambiguation = disambiguation
    return marked
