"""Spreadsheet tests: the demo school and the small test school, and files made by hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

# The demo generator may move to desktop.demo: this is the one line to change then.
from desktop.demo import create_demo  # noqa: F401 - re-exported for the tests
from desktop.ui.context import AppContext
from tests.ui.conftest import fill_small_school


@pytest.fixture
def school(store):
    return fill_small_school(store)


@pytest.fixture
def ctx(store, tmp_path, qapp):
    from desktop.ui.app import make_application

    make_application()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store=store, settings=settings, switcher=None)


@pytest.fixture
def demo(tmp_path):
    from desktop.store import Store

    with Store(tmp_path / "demo.db", create=True) as opened:
        create_demo(opened, "SE")
        yield opened


def workbook_values(path):
    """Every sheet of an XLSX as lists of cell values (openpyxl, as any program reads it)."""
    import openpyxl

    book = openpyxl.load_workbook(path)
    return {sheet.title: [list(r) for r in sheet.iter_rows(values_only=True)]
            for sheet in book.worksheets}
