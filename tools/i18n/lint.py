"""Finding translation mistakes in the source: f-strings in tr(), HTML, unmarked labels.

Reads the Python files with `ast` (nothing is imported). `translation_errors` are
mistakes that break a translation (the tests refuse them); `unmarked` are likely
user-visible English strings that were never marked, for a person to look at.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TR_FUNCTIONS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Qt setters and constructors whose text argument a user reads.
VISIBLE = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setTitle", "setLabelText", "addAction", "addTab", "setTabText", "addRow", "addItem",
    "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage", "setWhatsThis",
    "setSubTitle", "setButtonText", "setInformativeText", "setDetailedText",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QMenu", "addMenu", "setSpecialValueText", "setSuffix", "setPrefix",
    "information", "warning", "critical", "question", "getText", "getOpenFileName",
    "getSaveFileName", "getExistingDirectory", "Paragraph", "drawString",
    "drawCentredString", "drawRightString",
}
HTML = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
PRINTF = re.compile(r"%[sdifr]|\{\w*\}")
WORDS = re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}|^[A-Z][a-z]{2,}")


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _text_argument(call: ast.Call) -> ast.expr | None:
    """The source-text argument of a tr-like call."""
    name = _name(call)
    index = 0 if name in ("tr", "QT_TR_NOOP") else 1
    if name == "translate" and len(call.args) < 2:
        return None
    return call.args[index] if len(call.args) > index else None


def _is_tr(call: ast.Call) -> bool:
    name = _name(call)
    if name not in TR_FUNCTIONS:
        return False
    if name == "translate":
        # str.translate(table) has one argument; Qt's translate has context and text.
        return len(call.args) >= 2
    return True


def _foreign(call: ast.Call) -> bool:
    """A message id of Python's argparse (context "argparse", see desktop/cli_text.py): its
    %s and %(name)s placeholders are argparse's to fill, and translations keep them."""
    context = call.args[0] if call.args else None
    return isinstance(context, ast.Constant) and context.value == "argparse"


def translation_errors(path: Path) -> list[str]:
    """Mistakes that make a marked string untranslatable or wrong in every language."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not _is_tr(node):
            continue
        where = f"{path}:{node.lineno}"
        text = _text_argument(node)
        if isinstance(text, ast.JoinedStr):
            found.append(f"{where}: f-string inside a translation; use %1 and fill in after")
        elif isinstance(text, ast.BinOp):
            found.append(f"{where}: text built with an operator inside a translation; "
                         "use one literal with %1")
        elif (isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute)
              and text.func.attr in ("format", "join", "upper", "lower", "capitalize")):
            found.append(f"{where}: text computed with .{text.func.attr}() inside a "
                         "translation; translate the literal, then fill in %1")
        elif isinstance(text, ast.Constant) and isinstance(text.value, str):
            if HTML.search(text.value):
                found.append(f"{where}: HTML inside translatable text: “{text.value[:60]}”")
            if PRINTF.search(text.value) and not _foreign(node):
                found.append(f"{where}: printf/format placeholder in “{text.value[:60]}”; "
                             "use %1, %2 or %n")
            numbers = sorted({int(n) for n in re.findall(r"%(\d)", text.value)})
            if numbers and numbers != list(range(1, len(numbers) + 1)):
                found.append(f"{where}: placeholders {numbers} are not %1…%{len(numbers)}")
    return found


def unmarked(path: Path) -> list[str]:
    """English literals handed straight to a widget or a document: probably unmarked."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node) not in VISIBLE:
            continue
        for argument in node.args:
            if isinstance(argument, ast.JoinedStr):
                literal = "".join(v.value for v in argument.values
                                  if isinstance(v, ast.Constant) and isinstance(v.value, str))
            elif isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                literal = argument.value
            else:
                continue
            if WORDS.search(literal) and literal != "Vidare" \
                    and not literal.startswith(("http", "#", "Helvetica")):
                found.append(f"{path}:{node.lineno}: {_name(node)}(“{literal[:60]}”) "
                             "is not marked for translation")
    return found


def lint(package: Path) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" in path.parts or path.parent.name == "i18n":
            continue
        try:
            found += translation_errors(path) + unmarked(path)
        except SyntaxError as error:
            found.append(f"{path}: cannot be read: {error}")
    return found
