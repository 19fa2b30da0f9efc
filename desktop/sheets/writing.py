"""Writing rows into XLSX and CSV files so that no cell can ever run as a formula.

Both writers take rows of plain values (text, numbers, booleans, dates) and write them
to a temporary file that replaces the target only when complete.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop.sheets.cells import escape_csv, risky

DATE_FORMAT = "yyyy-mm-dd"  # unambiguous in every language; Excel still sees a date
MAX_SHEET_TITLE = 31  # Excel's limit
_TITLE_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def sheet_title(text: str, taken: set[str]) -> str:
    """A sheet name Excel accepts, unique within the workbook."""
    base = " ".join(text.translate(_TITLE_FORBIDDEN).split())[:MAX_SHEET_TITLE] or "Sheet"
    title, counter = base, 2
    while title.casefold() in taken:
        suffix = f" ({counter})"
        title = base[:MAX_SHEET_TITLE - len(suffix)] + suffix
        counter += 1
    taken.add(title.casefold())
    return title


def csv_separator(language: str) -> str:
    """The list separator Excel expects in that language's Windows settings."""
    return "," if language == "en" else ";"


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]],
              separator: str = ",") -> None:
    """UTF-8 with a byte-order mark, so that Excel shows å, ø and ł as they are."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow([escape_csv(str(h)) for h in header])
    for row in rows:
        writer.writerow([csv_text(value) for value in row])
    _replace(path, buffer.getvalue().encode("utf-8-sig"))


def csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return escape_csv(str(value))


def put(cell: Any, value: Any) -> None:
    """One XLSX cell: dates as dates, numbers as numbers, and text always as text."""
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # openpyxl would store "=…" as a formula
        if risky(value):
            cell.quotePrefix = True  # and Excel keeps it text if someone edits the cell
        return
    cell.value = value
    if isinstance(value, (dt.date, dt.datetime)):
        cell.number_format = DATE_FORMAT


def save_workbook(workbook: Any, path: Path) -> None:
    buffer = io.BytesIO()
    workbook.save(buffer)
    _replace(path, buffer.getvalue())


def _replace(path: Path, data: bytes) -> None:
    partial = path.with_name(f"{path.name}.partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def new_workbook() -> Any:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    return workbook


def add_sheet(workbook: Any, title: str, taken: set[str], header: Sequence[str],
              rows: Iterable[Sequence[Any]], codes: Sequence[str] | None = None) -> Any:
    """A sheet with bold, frozen headers, a filter, and (for a workbook) the hidden code row."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(sheet_title(title, taken))
    bold = Font(bold=True)
    for number, text in enumerate(header, start=1):
        put(sheet.cell(1, number), str(text))
        sheet.cell(1, number).font = bold
    first = 2
    if codes is not None:
        for number, code in enumerate(codes, start=1):
            put(sheet.cell(2, number), code)
        sheet.row_dimensions[2].hidden = True
        first = 3
    widths = [len(str(h)) for h in header]
    last = first - 1
    for last, row in enumerate(rows, start=first):
        for number, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            put(sheet.cell(last, number), value)
            if number <= len(widths):
                shown = 10 if isinstance(value, (dt.date, dt.datetime)) else len(str(value))
                widths[number - 1] = max(widths[number - 1], min(shown, 60))
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = max(8, width + 2)
    sheet.freeze_panes = sheet.cell(first, 1)
    if header and codes is None:  # a filter would take the hidden code row for data
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(last, 1)}"
    return sheet
