"""argparse's own sentences ("usage:", "the following arguments are required: …") in the
user's language.

argparse looks its sentences up through the module-level `_` it imported from gettext, and
offers no other hook; Vidare's catalogues are Qt's, so while the command line is parsed
that name points at the translator instead. The sentences below are
argparse's message ids (Python 3.10 to 3.13), listed so that the catalogue refresh finds
them; a message id argparse adds later simply stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import Translator

CONTEXT = "argparse"

MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)


@contextmanager
def argparse_speaks(tr: Translator) -> Iterator[None]:
    """Within the block, argparse prints its help and errors through `tr`."""
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: tr.tr(CONTEXT, text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]
