"""Taking a whole-database workbook back: its hidden code row is the mapping.

Each sheet whose second row holds Vidare's column codes (`table.column`) is read as that
table; the `:label` columns are words for people and are not read. Rows keep their IDs,
so that links between sheets hold; a row whose ID is already here adds nothing, and a row
deleted here is not brought back. Every row goes through the store's own validation, in
one transaction after a backup, parents before children.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.validation import Problem
from desktop.sheets import values as v
from desktop.sheets.importing import (
    BROKEN_LINK,
    EXISTING,
    INVALID,
    NEW,
    NOT_YES_NO,
    RowResult,
    _DryRun,
    _save,
)
from desktop.sheets.layout import AREAS, BY_TABLE, LABEL_SUFFIX, Area, Col
from desktop.sheets.reading import Spreadsheet
from desktop.store import Store

_CODE = re.compile(r"^([a-z_]+)\.([a-z_]+)(:label)?$")


@dataclass
class TableOutcome:
    sheet: str
    rows: list[RowResult] = field(default_factory=list)
    deleted_here: int = 0  # rows whose ID was deleted here: not brought back

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)


@dataclass
class WorkbookOutcome:
    tables: dict[str, TableOutcome] = field(default_factory=dict)
    backup: Path | None = None
    committed: bool = False

    def count(self, status: str) -> int:
        return sum(t.count(status) for t in self.tables.values())

    def invalid(self) -> list[tuple[str, RowResult]]:
        return [(t.sheet, row) for t in self.tables.values() for row in t.rows
                if row.status == INVALID]


def sheet_table(rows: list[list[Any]]) -> tuple[str, list[str]] | None:
    """The table and column codes of a Vidare workbook sheet (its second row), or None."""
    if len(rows) < 2 or not rows[1]:
        return None
    codes = [c if isinstance(c, str) else "" for c in rows[1]]
    found = [_CODE.match(c) for c in codes if c]
    if not found or not all(found):
        return None
    tables = {m.group(1) for m in found if m}
    if len(tables) != 1 or next(iter(tables)) not in BY_TABLE:
        return None
    return next(iter(tables)), codes


def is_vidare_workbook(spreadsheet: Spreadsheet) -> bool:
    return spreadsheet.kind == "xlsx" and any(sheet_table(s.rows) for s in spreadsheet.sheets)


def restore_workbook(store: Store, spreadsheet: Spreadsheet, commit: bool = True,
                     backups_dir: Path | None = None) -> WorkbookOutcome:
    """Import (or, with `commit=False`, only check) every Vidare sheet of the workbook."""
    outcome = WorkbookOutcome()
    if commit:
        from desktop.store.backups import make_backup

        outcome.backup = make_backup(store.path, backups_dir, reason="before-import").folder
    sheets: dict[str, tuple[str, list[str], list[list[Any]]]] = {}
    for sheet in spreadsheet.sheets:
        found = sheet_table(sheet.rows)
        if found and found[0] not in sheets:
            sheets[found[0]] = (sheet.name, found[1], sheet.rows)
    try:
        with store.db.atomic():
            _Restorer(store, sheets, outcome).run()
            if not commit:
                raise _DryRun
    except _DryRun:
        pass
    outcome.committed = commit
    return outcome


class _Restorer:
    def __init__(self, store: Store, sheets: dict[str, tuple[str, list[str], list[list[Any]]]],
                 outcome: WorkbookOutcome):
        self.store, self.sheets, self.outcome = store, sheets, outcome
        self.links: dict[str, dict[str, list[tuple[RowResult, dict[str, Any]]]]] = {
            "mobility_participant": defaultdict(list), "story_author": defaultdict(list)}
        self.status: dict[str, dict[str, str]] = defaultdict(dict)  # table → id → status

    def run(self) -> None:
        # Links first: a trip is saved with its people, a story with its authors.
        for area in sorted(AREAS, key=lambda a: not a.link):
            if area.table not in self.sheets:
                continue
            name, codes, rows = self.sheets[area.table]
            table = self.outcome.tables[area.table] = TableOutcome(name)
            for number, cells in enumerate(rows[2:], start=3):
                if not any(c not in (None, "") for c in cells):
                    continue
                result = RowResult(number, list(cells))
                table.rows.append(result)
                values = self._values(area, codes, cells, result)
                result.record = values
                if any(not p.warning for p in result.problems):
                    result.status = INVALID
                elif area.link:
                    parent = "mobility_id" if area.table == "mobility_participant" \
                        else "story_id"
                    self.links[area.table][str(values.get(parent, ""))].append(
                        (result, values))
                else:
                    self._save(area, table, result, values)
        self.outcome.tables = {a.table: self.outcome.tables[a.table] for a in AREAS
                               if a.table in self.outcome.tables}
        for table_name, by_parent in self.links.items():
            parent = "mobility" if table_name == "mobility_participant" else "story"
            for parent_id, members in by_parent.items():
                status = self.status[parent].get(parent_id, "")
                for row, _ in members:
                    if row.status == INVALID:
                        continue
                    row.status = status or INVALID
                    if row.status == INVALID:
                        row.problems.append(Problem("", BROKEN_LINK))

    def _values(self, area: Area, codes: list[str], cells: list[Any],
                result: RowResult) -> dict[str, Any]:
        columns = {c.name: c for c in area.columns}
        values: dict[str, Any] = {}
        for number, code in enumerate(codes):
            if not code or code.endswith(LABEL_SUFFIX):
                continue
            column = columns.get(code.split(".", 1)[1])
            if column is None:
                continue
            cell = cells[number] if number < len(cells) else None
            values[column.name] = _value(column, cell, result)
        return values

    def _save(self, area: Area, table: TableOutcome, result: RowResult,
              values: dict[str, Any]) -> None:
        record_id = str(values.get("id") or "")
        if record_id and self.store.db.execute(
                f"SELECT 1 FROM {area.table} WHERE id = ?", [record_id]).fetchone():
            result.status = EXISTING
        elif record_id and self.store.db.execute(
                "SELECT 1 FROM tombstone WHERE id = ?", [record_id]).fetchone():
            result.status = EXISTING
            table.deleted_here += 1
        elif area.table == "school" and self.store.school.get() is not None:
            result.status = EXISTING  # one school per database: ours stays
        else:
            record = area.record(**values)
            saved = _save(self.store.db, result, lambda: self._store(area.table, record))
            result.status = INVALID if result.status == INVALID else NEW
            if saved is None and result.status != INVALID:
                result.status = INVALID
        self.status[area.table][record_id] = result.status

    def _store(self, table: str, record: Any) -> Any:
        s = self.store
        if table == "mobility":
            pairs = [(str(values.get("participant_id", "")), str(values.get("role", "")))
                     for _row, values in self.links["mobility_participant"].get(record.id, [])]
            if pairs:
                return s.mobilities.save_with_participants(record, pairs) or record
            return s.mobilities.save(record) or record
        if table == "story":
            authors = [str(values.get("participant_id", ""))
                       for _row, values in self.links["story_author"].get(record.id, [])]
            return s.stories.save(record, authors)
        savers: dict[str, Callable[[Any], Any]] = {
            "school": s.school.save, "project": s.projects.save,
            "partner": s.projects.save_partner, "result": s.projects.save_result,
            "target_group": s.projects.save_target_group, "participant": s.people.save,
            "consent": s.people.save_consent, "dissemination_action": s.dissemination.save}
        return savers[table](record)


def _value(column: Col, cell: Any, result: RowResult) -> Any:
    """A cell as the record's field, exactly: text is kept as written."""
    if column.kind == "date":
        return v.date(cell)
    if column.kind == "bool":
        answer = v.yes_no(cell)
        if answer is None:
            result.problems.append(Problem(column.name, NOT_YES_NO, (v.text(cell)[:40],)))
        return bool(answer)
    if column.kind == "int":
        return v.whole(cell) if cell not in (None, "") else 0
    if column.kind == "codes":
        return [v.code(part, column.catalogue) for part in v.text(cell).split(",")
                if part.strip()]
    if column.kind == "code":
        return v.code(cell, column.catalogue)
    if column.kind == "country":
        return v.country(cell) if cell not in (None, "") else ""
    if column.kind == "ref":
        text = v.text(cell)
        return text or (None if column.name in ("mobility_id", "result_id") else "")
    if cell is None:
        return ""
    return cell if isinstance(cell, str) else v.text(cell)
