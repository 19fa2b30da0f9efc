"""Measurements without the window: story search, saving an edit, documents, a backup."""

from __future__ import annotations

import io
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

from tests.benchmarks.results import Results, timed
from tests.benchmarks.sqlfloor import SqlFloor, recording, selects

SEARCH_BUDGET_MS = 30.0
SAVE_BUDGET_MS = 50.0
DOCUMENT_BUDGETS_MS = {"plan-poster": 500.0, "plan-poster-blank": 500.0,
                       "stories-poster": 1000.0, "summary": 2000.0, "project-report": 3000.0}
SQL_FLOOR = "the SQL it sent, run bare with sqlite3"


def story_words(store) -> dict[str, str]:  # noqa: ANN001
    """A common word, a rare one and a prefix, from the stories' own (folded) text."""
    frequency: Counter[str] = Counter()
    for row in store.db.query("SELECT title, text, quote FROM story_search"):
        words = " ".join(str(v or "") for v in row.values()).split()
        frequency.update({w.strip(".,;:!?»«\"'()") for w in words})
    usable = [(n, w) for w, n in frequency.items() if len(w) >= 6 and w.isalpha()]
    if not usable:
        return {}
    usable.sort()
    common = usable[-1][1]
    rare = usable[0][1]
    return {f"common ({usable[-1][0]} stories)": common,
            f"rare ({usable[0][0]} stories)": rare, "prefix": common[:3]}


def measure_search(store, floor: SqlFloor, results: Results,  # noqa: ANN001
                   words: dict[str, str]) -> None:
    for kind, word in words.items():
        with recording(store.db) as seen:
            ms, found = timed(lambda w=word: store.stories.search(w))
        if not found:
            raise RuntimeError(f"the story search for {word!r} found nothing")
        results.add(f"story search, store: {kind}", ms, SEARCH_BUDGET_MS,
                    floor=floor.run(selects(seen)), floor_name=SQL_FLOOR, note=repr(word))


def measure_saves(store, floor: SqlFloor, results: Results, turn: int) -> None:  # noqa: ANN001
    """Change one text field of one record of each kind and save it through its repository."""
    edits = [
        ("project", "title", store.projects.get, store.projects.save),
        ("mobility", "host_organisation", store.mobilities.get, store.mobilities.save),
        ("participant", "name", store.people.get, store.people.save),
        ("story", "title", store.stories.get, store.stories.save),
        ("dissemination_action", "title", store.dissemination.get, store.dissemination.save),
    ]
    for table, column, get, save in edits:
        record_id = store.db.execute(
            f"SELECT id FROM {table} ORDER BY id LIMIT 1 OFFSET ?", [turn]).fetchone()[0]
        record = get(record_id)
        value = getattr(record, column)
        setattr(record, column, value + " ·" if turn % 2 == 0 else value.rstrip(" ·"))
        ms, _ = timed(lambda r=record, s=save: s(r))
        bare = floor.update(table, column, record_id, value)
        results.add(f"save one edit: {table}", ms, SAVE_BUDGET_MS, floor=bare,
                    floor_name="one UPDATE committed, bare sqlite3", note="no budget set: 50")


def bare_pdf() -> float:
    """Milliseconds for a one-page ReportLab PDF with one line of text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    def build() -> bytes:
        out = io.BytesIO()
        page = canvas.Canvas(out, pagesize=A4)
        page.drawString(72, 720, "Vidare")
        page.showPage()
        page.save()
        return out.getvalue()

    return timed(build)[0]


def measure_documents(store, results: Results) -> None:  # noqa: ANN001
    from desktop.documents.samples import sample_documents

    for name, build in sample_documents(store, "en"):
        ms, pdf = timed(build)
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError(f"{name} did not make a PDF")
        results.add(f"document {name}", ms, DOCUMENT_BUDGETS_MS.get(name), floor=bare_pdf(),
                    floor_name="one-page ReportLab PDF, bare")
    measure_whole_history(store, results)


def measure_whole_history(store, results: Results) -> None:  # noqa: ANN001
    """The summary over every year on record: what a municipality merging archives asks for."""
    from desktop.documents.summary import build_summary, gather_summary

    first, last = store.db.execute(
        "SELECT min(start_date), max(end_date) FROM project").fetchone()
    gather_ms, data = timed(lambda: gather_summary(store, first, last))
    build_ms, pdf = timed(lambda: build_summary(data, "en"))
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("the whole-history summary did not make a PDF")
    results.add("document summary, whole history", gather_ms + build_ms,
                DOCUMENT_BUDGETS_MS["summary"], floor=bare_pdf(),
                floor_name="one-page ReportLab PDF, bare")
    results.add("  of which gathering (SQL)", gather_ms, None)


def measure_backup(db: Path, results: Results) -> None:
    from desktop.store.backups import make_backup

    with tempfile.TemporaryDirectory(prefix="vidare-bench-backup-") as folder:
        ms, _ = timed(lambda: make_backup(db, Path(folder) / "ours", rotate_after=False))
        source = sqlite3.connect(str(db))
        target = sqlite3.connect(str(Path(folder) / "bare.db"))
        try:
            bare, _ = timed(lambda: source.backup(target))
        finally:
            source.close()
            target.close()
    results.add("backup (database + media, verified)", ms, None, floor=bare,
                floor_name="sqlite3 backup API of the database alone")
