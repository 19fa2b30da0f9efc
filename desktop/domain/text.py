"""Marking domain text for translation without importing Qt.

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP(context, text)` calls by name, so the
English source strings here land in the catalogues; the interface and the documents
translate them at display time with the context kept beside the text.
"""

CATALOGUE = "Catalogue"
VALIDATION = "Validation"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - name lupdate knows
    return source
