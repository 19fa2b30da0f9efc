"""Finds a number set next to a translated label outside a plural message, in source code.

"25 uczestnicy", "7 kraje": a number joined to a fixed label is wrong in every language
with more than one plural form. A count goes into a %n message instead
(`words.count(...)`, `QCoreApplication.translate(ctx, "%n participant(s)", "", n)`).
This reads a module's syntax tree and reports each place where a number-producing
expression meets translated text:

- a translated message filled with a number (`fill("%1 done", number(n))`,
  `tr("%1 days").replace("%1", num(n))`);
- an f-string, a `+` chain or a `.join([...])` holding both a number and translated text
  (or a word written in the code).

It looks at the code, not the catalogues, so it runs before anything is translated. To
cover another file (the Overview page), add its path to the list in the test. A line that
builds no printed text (PDF syntax, say) says so with the comment `# not a label`.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Calls that write a number as text ("5 202"), and calls that give translated text.
NUMBER_CALLS = {"number", "format_number", "num", "format_decimal", "len"}
TRANSLATING_CALLS = {"tr", "translate", "fill", "label", "QT_TRANSLATE_NOOP", "N", "self.tr"}
FILLING_CALLS = {"fill"}
_PLACEHOLDER = re.compile(r"^%[1-9]$")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class Finding:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def is_number(node: ast.AST) -> bool:
    """An expression that writes a count as text: number(n), len(x), str(len(x))…"""
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in NUMBER_CALLS:
            return True
        if name in ("str", "int", "round") and node.args:
            return is_number(node.args[0]) or isinstance(node.args[0], ast.Call) and \
                _name(node.args[0].func) in NUMBER_CALLS
    if isinstance(node, ast.Constant) and isinstance(node.value, int) \
            and not isinstance(node.value, bool):
        return False  # a literal number in code is a layout value, not a printed count
    return False


def is_translated(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) in TRANSLATING_CALLS


def _has_word(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) \
        and bool(_WORD.search(node.value))


def _parts(node: ast.AST) -> list[ast.AST]:
    """The pieces a string is built from: f-string values, `+` operands, join items."""
    if isinstance(node, ast.JoinedStr):
        return [v.value if isinstance(v, ast.FormattedValue) else v for v in node.values]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _parts(node.left) + _parts(node.right)
    if isinstance(node, ast.Call) and _name(node.func) == "join" and node.args \
            and isinstance(node.args[0], (ast.List, ast.Tuple)):
        return list(node.args[0].elts)
    return [node]


def findings(path: Path, root: Path | None = None) -> list[Finding]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, str(path))
    shown = str(path.relative_to(root)) if root else str(path)
    found: list[Finding] = []
    seen: set[int] = set()

    lines = source.splitlines()

    def report(node: ast.AST, what: str) -> None:
        line = getattr(node, "lineno", 0)
        if 0 < line <= len(lines) and "# not a label" in lines[line - 1]:
            return
        if id(node) not in seen:
            seen.add(id(node))
            found.append(Finding(shown, getattr(node, "lineno", 0), what))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in FILLING_CALLS and any(is_number(arg) for arg in node.args[1:]):
                report(node, "a message filled with a number: use a %n message")
            if name == "replace" and len(node.args) == 2 \
                    and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str) \
                    and _PLACEHOLDER.match(node.args[0].value) and is_number(node.args[1]):
                report(node, "a number put into %1 of a message: use a %n message")
        if isinstance(node, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(node, ast.Call) and _name(node.func) == "join"):
            parts = _parts(node)
            if len(parts) < 2 or not any(is_number(p) for p in parts):
                continue
            if any(is_translated(p) or _has_word(p) for p in parts):
                report(node, "a number joined to a label in code: use a %n message")
    return found
