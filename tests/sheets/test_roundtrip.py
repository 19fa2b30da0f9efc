"""A whole-database workbook taken back into an empty database gives the same school."""

from __future__ import annotations

import json

from desktop.cli import run
from desktop.sheets.layout import AREAS
from desktop.sheets.reading import read_spreadsheet
from desktop.sheets.restore import restore_workbook
from desktop.sheets.workbook import export_workbook
from desktop.store import Store


def _values(store, area):
    columns = [c.name for c in area.columns]
    key = "id" if not area.link else ", ".join(columns[:2])
    rows = store.db.execute(f"SELECT {', '.join(columns)} FROM {area.table} ORDER BY {key}")
    return [tuple(json.loads(v) if c.kind == "codes" else v for c, v in zip(area.columns, row,
                                                                            strict=True))
            for row in rows.fetchall()]


def test_demo_school_round_trip_gives_the_same_counts_and_values(demo, tmp_path):
    out = tmp_path / "demo.xlsx"
    export_workbook(demo, out, "pl", for_dpo=True)
    with Store(tmp_path / "empty.db", create=True) as empty:
        outcome = restore_workbook(empty, read_spreadsheet(out), backups_dir=tmp_path / "b")
        assert outcome.invalid() == []
        for area in AREAS:
            assert empty.db[area.table].count == demo.db[area.table].count, area.table
            assert _values(empty, area) == _values(demo, area), area.table
        assert empty.stories.search(demo.stories.all()[0].title.split()[0])  # search rebuilt
        before = empty.counts()
        again = restore_workbook(empty, read_spreadsheet(out), backups_dir=tmp_path / "b")
        assert again.count("new") == 0 and again.count("existing") == outcome.count("new")
        assert empty.counts() == before


def test_command_line_round_trip_needs_no_mapping(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("VIDARE_HOME", str(tmp_path / "home"))
    out = tmp_path / "demo.xlsx"
    assert run(["export", "--db", str(demo.path), "--format", "xlsx", "--for-dpo",
                "--out", str(out)]) == 0
    Store(tmp_path / "new.db", create=True).close()
    assert run(["import", "--db", str(tmp_path / "new.db"), str(out)]) == 0
    printed = capsys.readouterr().out
    total = sum(demo.db[area.table].count for area in AREAS)
    assert f"imported {out} — {total} rows added" in printed
    with Store(tmp_path / "new.db", read_only=True) as back:
        for area in AREAS:
            assert back.db[area.table].count == demo.db[area.table].count, area.table
    assert run(["import", "--db", str(tmp_path / "new.db"), str(out)]) == 0
    again = capsys.readouterr().out.splitlines()
    assert again[:2] == [f"{tmp_path / 'new.db'}: nothing from {out} was added.",
                         f"{total} rows were already in Vidare and added nothing."]


def test_an_export_that_obeys_consent_round_trips_with_initials(demo, tmp_path):
    out = tmp_path / "demo.xlsx"
    summary = export_workbook(demo, out, "sv")
    assert summary.unnamed > 0
    with Store(tmp_path / "empty.db", create=True) as empty:
        outcome = restore_workbook(empty, read_spreadsheet(out), backups_dir=tmp_path / "b")
        assert outcome.invalid() == []
        assert empty.db["participant"].count == demo.db["participant"].count
        names = {r[0] for r in empty.db.execute("SELECT name FROM participant").fetchall()}
        original = {r[0] for r in demo.db.execute("SELECT name FROM participant").fetchall()}
        assert len(original - names) == summary.unnamed
