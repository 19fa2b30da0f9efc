"""The rows that were not imported, in a file the user can fix and import again.

Same columns as the file they came from (so the remembered mapping fits again), plus a
last column saying what is wrong with each; XLSX for an XLSX, CSV for a CSV.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.domain.validation import Problem, fill
from desktop.sheets import writing
from desktop.sheets.fields import PROBLEMS_HEADER, Holds, S
from desktop.sheets.importing import RowResult
from desktop.sheets.reading import Spreadsheet


def describe(problems: Sequence[Problem], tr: Callable[[str, str], str],
             names: dict[str, str] | None = None) -> str:
    """"Last day: The end date is before the start date." — each problem on its line."""
    lines = []
    for problem in problems:
        text = fill(tr("Validation", problem.message), problem.params).replace(
            "%n", str(problem.count))
        where = (names or {}).get(problem.field, "")
        lines.append(f"{where}: {text}" if where else text)
    return "\n".join(dict.fromkeys(lines))


def field_names(holds: Holds | None, headers: Sequence[Any], mapping: Sequence[str],
                tr: Callable[[str, str], str]) -> dict[str, str]:
    """What to call each field in a message: the column's own header when it has one."""
    names: dict[str, str] = {}
    if holds is not None:
        for item in holds.fields:
            names[item.key] = tr(S, item.label)
    for number, key in enumerate(mapping):
        if key and number < len(headers) and headers[number] not in (None, ""):
            names[key] = str(headers[number])
    # The store names some fields otherwise than the sheet's columns do.
    for domain_key, sheet_key in (("project_id", "project"), ("name", "first_name"),
                                  ("host_organisation", "host_oid")):
        if domain_key not in names or domain_key not in mapping:
            names[domain_key] = names.get(sheet_key, names.get(domain_key, ""))
    return names


def rejects_path(source: Path) -> Path:
    suffix = ".csv" if source.suffix.lower() == ".csv" else ".xlsx"
    return source.with_name(f"{source.stem}-not-imported{suffix}")


def write_rejects(spreadsheet: Spreadsheet, header: Sequence[Any], rows: Sequence[RowResult],
                  tr: Callable[[str, str], str], names: dict[str, str],
                  out: Path | None = None) -> Path:
    out = out or rejects_path(spreadsheet.path)
    width = max([len(header)] + [len(r.cells) for r in rows])
    titles = [h if h is not None else "" for h in header] + [""] * (width - len(header))
    titles.append(tr(S, PROBLEMS_HEADER))
    body = [list(r.cells) + [None] * (width - len(r.cells)) + [describe(r.problems, tr, names)]
            for r in rows]
    if out.suffix.lower() == ".csv":
        writing.write_csv(out, [str(t) for t in titles], body, spreadsheet.separator or ",")
    else:
        book = writing.new_workbook()
        writing.add_sheet(book, tr(S, "Not imported"), set(), [str(t) for t in titles], body)
        writing.save_workbook(book, out)
    return out
