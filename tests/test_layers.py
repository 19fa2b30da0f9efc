"""Imports flow one way: ui uses everything below; nothing below uses ui or Qt widgets."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"

# For each layer, the import prefixes it must never use.
FORBIDDEN = {
    "domain": ("desktop.ui", "desktop.store", "desktop.documents", "desktop.i18n", "PySide6",
               "sqlite3", "sqlite_utils", "reportlab"),
    "store": ("desktop.ui", "desktop.documents", "PySide6", "reportlab"),
    "i18n": ("desktop.ui", "desktop.documents", "desktop.store", "PySide6.QtWidgets",
             "PySide6.QtGui"),
    "documents": ("desktop.ui", "PySide6"),
    "sheets": ("desktop.ui", "desktop.documents", "PySide6.QtWidgets", "PySide6.QtGui"),
    "demo": ("desktop.ui", "desktop.documents", "PySide6"),
}


def imported_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer):
    offenders = []
    for module in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_names(module):
            if name.startswith(FORBIDDEN[layer]):
                offenders.append(f"{module.relative_to(PACKAGE)} imports {name}")
    assert offenders == []
