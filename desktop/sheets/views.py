"""Writing what a table shows: its columns, headers, filter and sort, as XLSX or CSV.

Takes any table model (`rowCount`, `columnCount`, `data`, `headerData`, and `canFetchMore`
/`fetchMore` when it loads its rows in pages), so it needs no widget. Each cell is what the
model displays; a model that answers the edit role with a date or a number gets a real
date or number in the XLSX instead of its displayed text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt

from desktop.sheets import writing

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole


def load_all(model: Any) -> None:
    """Every row the filter lets through, not just the page the view has fetched."""
    root = QModelIndex()
    while model.canFetchMore(root):
        before = model.rowCount(root)
        model.fetchMore(root)
        if model.rowCount(root) == before:
            break


def model_table(model: Any, mask: Callable[[str], str] | None = None,
                typed: bool = True) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows, as the model shows them (with `mask` applied to every text)."""
    load_all(model)
    mask = mask or (lambda text: text)
    columns = model.columnCount(QModelIndex())
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) or "")
               for c in range(columns)]
    rows = []
    for r in range(model.rowCount(QModelIndex())):
        row: list[Any] = []
        for c in range(columns):
            index = model.index(r, c)
            value = _typed(model.data(index, EDIT)) if typed else None
            if value is None:
                shown = model.data(index, DISPLAY)
                value = mask(str(shown)) if shown not in (None, "") else ""
            row.append(value)
        rows.append(row)
    return [mask(h) for h in headers], rows


def _typed(value: Any) -> Any:
    if isinstance(value, bool):
        return None  # a tick box: its displayed word says it in the user's language
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, QDate) and value.isValid():
        return dt.date(value.year(), value.month(), value.day())
    if isinstance(value, QDateTime) and value.isValid():
        return value.toPython()
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    return None


def write_model(model: Any, path: Path | str, title: str = "", language: str = "en",
                mask: Callable[[str], str] | None = None) -> int:
    """Write the table to `path` (.xlsx, or .csv with the separator of `language`); returns
    the number of rows written. `mask` hides names (see `privacy.NameMask.text`)."""
    path = Path(path)
    headers, rows = model_table(model, mask, typed=path.suffix.lower() != ".csv")
    if path.suffix.lower() == ".csv":
        writing.write_csv(path, headers, rows, writing.csv_separator(language))
    else:
        book = writing.new_workbook()
        writing.add_sheet(book, title or "Vidare", set(), headers, rows)
        writing.save_workbook(book, path)
    return len(rows)
