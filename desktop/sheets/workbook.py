"""Exporting the database: the whole-database workbook, one area as XLSX, or one as CSV."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain import catalogues as cat
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import Translator
from desktop.i18n import formatting as fmt
from desktop.sheets import writing
from desktop.sheets.layout import AREAS, BY_TABLE, Area, Col, S
from desktop.sheets.privacy import NameMask
from desktop.store import Store

# Text columns of people's own words, where a name not to be shown may be written.
_FREE_TEXT = {"notes", "text", "quote", "title", "learning_outcomes", "passed_on",
              "representatives", "responsible", "evidence", "topic", "description", "message"}


@dataclass
class ExportSummary:
    rows: dict[str, int] = field(default_factory=dict)  # table → rows written
    unnamed: int = 0  # people shown by role and initials only


class _Labels:
    """The words shown beside each code: catalogue labels, countries, linked rows' titles."""

    def __init__(self, store: Store, language: str, tr: Callable[[str, str], str],
                 mask: NameMask):
        self.language, self.translate, self.mask = language, tr, mask
        db = store.db
        self.titles: dict[str, dict[str, str]] = {
            "project": dict(db.execute("SELECT id, title FROM project").fetchall()),
            "result": dict(db.execute("SELECT id, title FROM result").fetchall()),
            "story": dict(db.execute("SELECT id, title FROM story").fetchall()),
            "participant": {pid: mask.name(pid, name) for pid, name in
                            db.execute("SELECT id, name FROM participant").fetchall()},
            "mobility": {mid: self._trip(topic, city, start) for mid, topic, city, start in
                         db.execute("SELECT id, topic, city, start_date FROM mobility")},
        }

    def _trip(self, topic: str, city: str, start: str) -> str:
        parts = [topic, city, fmt.format_date(start, self.language, "medium")]
        return " · ".join(p for p in parts if p)

    def label(self, column: Col, value: Any) -> str:
        if value in (None, ""):
            return ""
        if column.kind == "code":
            entry = cat.find(column.catalogue, str(value))
            return self.translate("Catalogue", entry.label) if entry else str(value)
        if column.kind == "codes":
            return ", ".join(self.label(Col("", "", "code", column.catalogue), code)
                             for code in value)
        if column.kind == "country":
            return fmt.country_name(str(value), self.language)
        if column.kind == "language":
            return fmt.language_name(str(value), self.language)
        if column.kind == "ref":
            return self.mask.text(self.titles.get(column.ref, {}).get(str(value), ""))
        return ""


def _cell(column: Col, value: Any) -> Any:
    """The value as the workbook holds it: real dates, numbers, booleans, codes as text."""
    if value is None:
        return None
    if column.kind == "date":
        try:
            return dt.date.fromisoformat(str(value)) if value else None
        except ValueError:
            return str(value)  # a damaged value is shown as it is, not lost
    if column.kind == "bool":
        return bool(value)
    if column.kind == "int":
        return int(value) if str(value).lstrip("-").isdigit() else value
    if column.kind == "codes":
        return ", ".join(value)
    return value


def area_rows(store: Store, area: Area, labels: _Labels, mask: NameMask
              ) -> Iterator[list[Any]]:
    """Each row of `area` as the workbook's cells, in the order of `header(area)`."""
    order = "rowid" if area.link else "created_at, id"
    for row in store.db.query(f"SELECT * FROM {area.table} ORDER BY {order}"):
        cells: list[Any] = []
        for column in area.columns:
            value = row.get(column.name)
            if column.kind == "codes":
                value = json.loads(value or "[]")
            if area.table == "participant" and column.name == "name":
                value = mask.name(row["id"], str(value))
            elif area.table == "participant" and column.name == "notes":
                value = mask.notes(row["id"], str(value or ""))
            elif column.name in _FREE_TEXT and isinstance(value, str):
                value = mask.text(value)
            cells.append(_cell(column, value))
            if column.labelled:
                cells.append(labels.label(column, value))
        yield cells


def header(area: Area, tr: Callable[[str, str], str]) -> tuple[list[str], list[str]]:
    """The human headers and the stable codes of an area's columns."""
    words, codes = [], []
    for column in area.columns:
        words.append(tr(S, column.header))
        codes.append(area.code(column))
        if column.labelled:
            words.append(tr(S, "%1 (in words)").replace("%1", tr(S, column.header))
                         if column.kind != "ref" else tr(S, "%1 (title)").replace(
                             "%1", tr(S, column.header)))
            codes.append(area.code(column, label=True))
    return words, codes


QT_TRANSLATE_NOOP(S, "%1 (in words)")  # a column of catalogue words beside their codes
QT_TRANSLATE_NOOP(S, "%1 (title)")  # a column naming the linked row beside its ID


def _prepare(store: Store, language: str, for_dpo: bool
             ) -> tuple[Callable[[str, str], str], NameMask, _Labels]:
    tr = Translator(language).tr
    mask = NameMask(store, for_dpo=for_dpo, language=language)
    return tr, mask, _Labels(store, language, tr, mask)


def export_workbook(store: Store, out: Path, language: str, tables: tuple[str, ...] = (),
                    for_dpo: bool = False) -> ExportSummary:
    """Write the whole database (or the `tables` asked for) as one XLSX workbook."""
    tr, mask, labels = _prepare(store, language, for_dpo)
    summary = ExportSummary(unnamed=mask.hidden)
    workbook = writing.new_workbook()
    taken: set[str] = set()
    for area in AREAS:
        if tables and area.table not in tables:
            continue
        words, codes = header(area, tr)
        rows = list(area_rows(store, area, labels, mask))
        writing.add_sheet(workbook, tr(S, area.title), taken, words, rows, codes)
        summary.rows[area.table] = len(rows)
    _about_sheet(workbook, taken, store, language, tr, mask, for_dpo)
    writing.save_workbook(workbook, out)
    return summary


def export_csv(store: Store, out: Path, table: str, language: str,
               for_dpo: bool = False) -> ExportSummary:
    """One area as CSV, with the separator Excel expects in `language`."""
    tr, mask, labels = _prepare(store, language, for_dpo)
    area = BY_TABLE[table]
    words, _ = header(area, tr)
    rows = list(area_rows(store, area, labels, mask))
    writing.write_csv(out, words, rows, writing.csv_separator(language))
    return ExportSummary(rows={table: len(rows)}, unnamed=mask.hidden)


def _about_sheet(workbook: Any, taken: set[str], store: Store, language: str,
                 tr: Callable[[str, str], str], mask: NameMask, for_dpo: bool) -> None:
    """A last sheet saying what the file is and whose names it leaves out."""
    school = store.school.get()
    lines: list[list[Any]] = [
        [tr(S, "School"), school.name if school else ""],
        [tr(S, "Exported on"), dt.date.today()],
        [tr(S, "Names"), tr(S, "Everyone is named: exported for the data protection officer.")
         if for_dpo else tr(S, "People whose consent does not cover use inside the school "
                               "are shown by role and initials only.")],
        [tr(S, "People not named"), mask.hidden],
        [tr(S, "Reading it back"), tr(S, "The hidden second row of each sheet tells Vidare "
                                         "what each column holds; keep it to import the "
                                         "file again.")],
    ]
    sheet = writing.add_sheet(workbook, tr(S, "About this file"), taken,
                              [tr(S, "About this file"), ""], lines)
    sheet.column_dimensions["B"].width = 90
