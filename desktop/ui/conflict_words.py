"""Records and values of a conflict in the user's words: what kind of record, its title,
each field's label, each value as a person reads it (dates, choices, linked titles)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain import catalogues as cat
from desktop.domain.validation import fill
from desktop.i18n import formatting
from desktop.sheets.layout import BY_TABLE, Col, S
from desktop.store.conflicts import Conflict
from desktop.ui.context import AppContext
from desktop.ui.text import QT_TRANSLATE_NOOP, one_line, translate

C = "Conflicts"

# What kind of record each table holds, in words.
KINDS = {
    "school": QT_TRANSLATE_NOOP(C, "School"),
    "project": QT_TRANSLATE_NOOP(C, "Project"),
    "partner": QT_TRANSLATE_NOOP(C, "Partner", "a partner organisation of a project"),
    "result": QT_TRANSLATE_NOOP(C, "Result", "a result of a project"),
    "target_group": QT_TRANSLATE_NOOP(C, "Target group"),
    "participant": QT_TRANSLATE_NOOP(C, "Person"),
    "consent": QT_TRANSLATE_NOOP(C, "Consent"),
    "mobility": QT_TRANSLATE_NOOP(C, "Mobility"),
    "mobility_participant": QT_TRANSLATE_NOOP(C, "Place on a trip"),
    "story": QT_TRANSLATE_NOOP(C, "Story"),
    "story_author": QT_TRANSLATE_NOOP(C, "Story author"),
    "photo": QT_TRANSLATE_NOOP(C, "Photo"),
    "photo_person": QT_TRANSLATE_NOOP(C, "Person in a photo"),
    "dissemination_action": QT_TRANSLATE_NOOP(
        C, "Dissemination action", "a talk, an article…, not the project's key action"),
    "action_responsible": QT_TRANSLATE_NOOP(C, "Responsible person"),
}
# Columns the spreadsheet layout does not name (it leaves out pictures and files).
EXTRA_FIELDS = {
    "form_file": QT_TRANSLATE_NOOP(C, "Scanned form"),
    "logo": QT_TRANSLATE_NOOP(C, "Logo"),
    "caption": QT_TRANSLATE_NOOP(C, "Caption"),
    "file": QT_TRANSLATE_NOOP(C, "Picture file"),
    "position": QT_TRANSLATE_NOOP(C, "Order", "the position in a list, not a command"),
    "fers_artwork": QT_TRANSLATE_NOOP(C, "FERS marking"),
    "school_year_start_month": QT_TRANSLATE_NOOP(C, "School year starts in"),
}
FILE_COLUMNS = {"form_file", "logo", "file", "fers_artwork"}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(C, text, None, n)


def column_of(table: str, name: str) -> Col | None:
    area = BY_TABLE.get(table)
    return next((c for c in area.columns if c.name == name), None) if area else None


def field_label(table: str, name: str) -> str:
    column = column_of(table, name)
    if column is not None:
        return translate(S, column.header)
    if name in EXTRA_FIELDS:
        return translate(C, EXTRA_FIELDS[name])
    return name.replace("_", " ")


class Describer:
    """Records and values in the user's words: titles for links, labels for codes."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def _title(self, table: str, row_id: str) -> str:
        db = self.ctx.store.db
        row = db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id]).fetchone() \
            if table in KINDS else None
        if row is None:
            return ""
        columns = [d[0] for d in db.execute(f"SELECT * FROM {table} LIMIT 0").description]
        values = dict(zip(columns, row, strict=True))
        if table == "mobility":
            parts = [values.get("topic") or "", values.get("city") or "",
                     formatting.format_date(values.get("start_date") or "",
                                            self.ctx.language, "medium")]
            return " · ".join(str(p) for p in parts if p)
        if table == "consent":
            return self._title("participant", str(values.get("participant_id") or ""))
        if table == "target_group":
            return self.value(table, "group_code", values.get("group_code"))
        for name in ("title", "name", "organisation", "caption"):
            if values.get(name):
                return str(values[name])
        return ""

    def record(self, conflict: Conflict) -> str:
        """"Story: Fires and fractions" (the title stands alone after the colon)."""
        kind = translate(C, KINDS[conflict.table]) if conflict.table in KINDS \
            else conflict.table
        title = one_line(self._title(conflict.table, conflict.row_id), 120)
        return fill(tr("%1: %2"), (kind, title)) if title else kind

    def _file(self, name: str) -> str:
        """A scanned form or a picture by its type and size, so that two versions differ:
        "PDF file, 32 kB" (its stored name is a hash, which says nothing)."""
        path = self.ctx.store.media_file(name)
        if path is None or not path.is_file():
            return tr("a file that is not on this computer")
        size = formatting.format_file_size(path.stat().st_size, self.ctx.language)
        return fill(QCoreApplication.translate(
            C, "%1 file, %2", "the value of a field that holds a file: %1 is its type (PDF, "
            "PNG, JPEG), %2 its size (32 kB)"), (path.suffix[1:].upper(), size))

    def value(self, table: str, name: str, value: Any) -> str:
        """A stored value as a person reads it (an empty value says so)."""
        if name == "school_year_start_month":
            if isinstance(value, int) and 1 <= value <= 12:
                return formatting.month_name(value, self.ctx.language, menu=True)
            return tr("As usual in the school's country")
        if value is None or value == "":
            return tr("(empty)")
        if name in FILE_COLUMNS:
            return self._file(str(value))
        column = column_of(table, name)
        language = self.ctx.language
        kind = column.kind if column is not None else ""
        if kind == "date":
            return formatting.format_date(str(value), language)
        if kind == "bool":
            return tr("Yes") if value else tr("No")
        if kind == "int":
            return formatting.format_number(value, language) if isinstance(
                value, int | float) else str(value)
        if kind == "country":
            return formatting.country_name(str(value), language)
        if kind == "language":
            return formatting.language_name(str(value), language)
        if kind == "code" and column is not None:
            entry = cat.find(column.catalogue, str(value))
            return QCoreApplication.translate("Catalogue", entry.label) if entry else str(value)
        if kind == "codes" and column is not None:
            try:
                codes = json.loads(value) if isinstance(value, str) else list(value)
            except (ValueError, TypeError):
                return str(value)
            words = []
            for code in codes:
                entry = cat.find(column.catalogue, str(code))
                words.append(QCoreApplication.translate("Catalogue", entry.label) if entry
                             else str(code))
            return formatting.format_list(words, language) or tr("(empty)")
        if kind == "ref" and column is not None:
            return self._title(column.ref, str(value)) or str(value)
        return str(value)


