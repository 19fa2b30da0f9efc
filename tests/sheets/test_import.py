"""Bringing lists in: a BM export, pupil lists in Excel's CSV flavours, invalid rows."""

from __future__ import annotations

import openpyxl
import pytest

from desktop.cli import run
from desktop.domain.models import Project
from desktop.sheets import importing
from desktop.sheets.fields import ACTIONS, MOBILITIES, PEOPLE, guess, layout_key
from desktop.sheets.mappings import Mappings
from desktop.sheets.reading import read_spreadsheet
from desktop.sheets.rejects import field_names, write_rejects

REFERENCE = "2025-1-SE01-KA122-SCH-000123456"
BM_HEADERS = ["Mobility activity ID", "Project Code", "Activity Type", "Receiving country",
              "Receiving city", "Receiving Organisation OID", "Start Date", "End Date",
              "Participant First Name", "Participant Last Name", "Accompanying person",
              "Our notes on the trip"]


def _serial(iso: str) -> int:
    import datetime as dt

    return (dt.date.fromisoformat(iso) - dt.date(1899, 12, 30)).days


def bm_sheet(path, rows):
    """A sheet as the Beneficiary Module exports it: its headers, EL/UK, serial dates."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Mobilities"
    sheet.append(BM_HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


FIRST_EXPORT = [
    ["MOB-0001", REFERENCE, "Job shadowing", "EL", "Athens", "E10000001",
     _serial("2025-10-06"), _serial("2025-10-10"), "Anna", "Lind", "No", "Shadowing a maths team"],
    ["MOB-0002", REFERENCE, "Group mobility of school pupils", "UK", "York", "E10000002",
     _serial("2025-11-17"), _serial("2025-11-21"), "Cia", "Berg", "No", "Rivers and towns"],
    ["MOB-0002", REFERENCE, "LM-GRP-PUPIL", "UK", "York", "E10000002",
     _serial("2025-11-17"), _serial("2025-11-21"), "Bo", "Ek", "Yes", "Rivers and towns"],
]


@pytest.fixture
def project(store):
    return store.projects.save(Project(reference=REFERENCE, title="Outdoor learning",
                                       start_date="2025-09-01", end_date="2026-08-31"))


def test_bm_sheet_imports_with_the_remembered_mapping(store, project, tmp_path):
    memory = Mappings(tmp_path / "mappings.json")
    first = read_spreadsheet(bm_sheet(tmp_path / "bm-october.xlsx", FIRST_EXPORT))
    rows = first.sheets[0].rows
    headers = rows[0]
    assert memory.recall(headers) is None
    mapping = guess(MOBILITIES, headers)
    assert mapping[:8] == ["bm_id", "project", "activity_type", "country", "city", "host_oid",
                           "start_date", "end_date"]
    assert mapping[-1] == ""  # the school's own column: the person maps it by hand
    mapping[-1] = "topic"
    outcome = importing.apply(store, rows, MOBILITIES, mapping, importing.Options(),
                              backups_dir=tmp_path / "b")
    memory.remember(headers, "mobilities", mapping)
    assert outcome.invalid() == [] and outcome.count("new") == 3
    assert outcome.backup is not None and outcome.backup.is_dir()

    later = [["MOB-0003", REFERENCE, "SM-COUR-TRAIN", "EL", "Thessaloniki", "E10000003",
              _serial("2026-02-02"), _serial("2026-02-06"), "Eva", "Sund", "No",
              "A course on outdoor maths"]]
    second = read_spreadsheet(bm_sheet(tmp_path / "bm-february.xlsx", FIRST_EXPORT + later))
    remembered = memory.recall(second.sheets[0].rows[0])
    assert remembered is not None and remembered.mapping == mapping
    outcome = importing.apply(store, second.sheets[0].rows, MOBILITIES, remembered.mapping,
                              importing.Options(), backups_dir=tmp_path / "b")
    assert (outcome.count("new"), outcome.count("existing")) == (1, 3)
    trips = {m["bm_id"]: m for m in store.db.query("SELECT * FROM mobility")}
    assert set(trips) == {"MOB-0001", "MOB-0002", "MOB-0003"}
    assert (trips["MOB-0001"]["country"], trips["MOB-0002"]["country"]) == ("GR", "GB")
    assert trips["MOB-0001"]["start_date"] == "2025-10-06"
    assert trips["MOB-0002"]["activity_type"] == "LM-GRP-PUPIL"
    assert trips["MOB-0003"]["topic"] == "A course on outdoor maths"
    assert trips["MOB-0001"]["host_organisation"] == "E10000001"
    york = dict((p.name, (link.role, p.role))
                for link, p in store.mobilities.participants(trips["MOB-0002"]["id"]))
    assert york == {"Cia Berg": ("participant", "pupil"), "Bo Ek": ("accompanying", "teacher")}


def test_a_second_import_adds_nothing(store, project, tmp_path):
    rows = read_spreadsheet(bm_sheet(tmp_path / "bm.xlsx", FIRST_EXPORT)).sheets[0].rows
    mapping = guess(MOBILITIES, rows[0])
    importing.apply(store, rows, MOBILITIES, mapping, importing.Options(),
                    backups_dir=tmp_path / "b")
    counts = store.counts()
    again = importing.apply(store, rows, MOBILITIES, mapping, importing.Options(),
                            backups_dir=tmp_path / "b")
    assert again.count("new") == 0 and again.count("existing") == 3
    assert again.links_added == 0
    assert store.counts() == counts
    no_ids = [row[1:] for row in rows]  # without BM IDs: matched by place and dates
    mapping = guess(MOBILITIES, no_ids[0])
    third = importing.apply(store, no_ids, MOBILITIES, mapping, importing.Options(),
                            backups_dir=tmp_path / "b")
    assert third.count("new") == 0 and store.counts() == counts


PUPILS = [("Łucja Wójcik", "7b", "tak"), ("Zbigniew Żółtowski", "7b", "nie"),
          ("Ścibor Kęsicki", "8a", "")]


def test_cp1250_with_semicolons_imports(store, tmp_path):
    lines = ["Imię i nazwisko;Klasa;Mniejsze szanse"]
    lines += [";".join(row) for row in PUPILS]
    path = tmp_path / "uczniowie.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1250"))
    spreadsheet = read_spreadsheet(path)
    assert (spreadsheet.encoding, spreadsheet.separator) == ("cp1250", ";")
    rows = spreadsheet.sheets[0].rows
    mapping = guess(PEOPLE, rows[0])
    assert mapping == ["name", "group", "fewer_opportunities"]
    outcome = importing.apply(store, rows, PEOPLE, mapping, importing.Options(role="pupil"),
                              backups_dir=tmp_path / "b")
    assert outcome.count("new") == 3
    people = {p.name: p for p in store.people.all()}
    assert set(people) == {name for name, _, _ in PUPILS}
    assert people["Łucja Wójcik"].fewer_opportunities and people["Łucja Wójcik"].role == "pupil"
    assert people["Ścibor Kęsicki"].notes == "8a"


def test_utf8_with_bom_imports_and_joins_first_and_last_names(store, tmp_path):
    text = "Förnamn,Efternamn,Roll\r\nÅsa,Öberg,Elev\r\nNils,Ærø,Lärare\r\n"
    path = tmp_path / "elever.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    spreadsheet = read_spreadsheet(path)
    assert (spreadsheet.encoding, spreadsheet.separator) == ("utf-8-sig", ",")
    rows = spreadsheet.sheets[0].rows
    mapping = guess(PEOPLE, rows[0])
    outcome = importing.apply(store, rows, PEOPLE, mapping, importing.Options(),
                              backups_dir=tmp_path / "b")
    assert outcome.count("new") == 2
    assert {(p.name, p.role) for p in store.people.all()} == {("Åsa Öberg", "pupil"),
                                                              ("Nils Ærø", "teacher")}


def test_a_norwegian_cp1252_list_is_not_read_as_polish(tmp_path):
    path = tmp_path / "elever.csv"
    path.write_bytes("Navn;Klasse\r\nKjære Ødegård;9A\r\nÅse Bø;9B\r\n".encode("cp1252"))
    spreadsheet = read_spreadsheet(path)
    assert spreadsheet.encoding == "cp1252"
    assert spreadsheet.sheets[0].rows[1][0] == "Kjære Ødegård"


def test_invalid_rows_are_reported_with_their_row_numbers(store, project, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Title", "Channel", "Planned", "Done", "Status", "People reached"])
    sheet.append(["Staff meeting talk", "Staff meeting", "2025-11-01", "3.11.2025", "Done", 30])
    sheet.append(["", "Blog", "2025-12-01", None, None, None])  # row 3: no title
    sheet.append(["Article", "Lokalpress", "31/02/2026", None, None, "many"])  # row 4
    sheet.append(["Parents' evening", "Föräldramöte", "15 stycznia 2026", None, None, 12])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    spreadsheet = read_spreadsheet(path)
    rows = spreadsheet.sheets[0].rows
    mapping = guess(ACTIONS, rows[0])
    assert mapping == ["title", "channel", "planned_date", "done_date", "status",
                       "people_reached"]
    options = importing.Options(project_id=project.id)
    preview = importing.preview(store, rows, ACTIONS, mapping, options)
    assert store.db["dissemination_action"].count == 0  # a preview writes nothing
    assert [(r.number, r.status) for r in preview.rows] == [
        (2, "new"), (3, "invalid"), (4, "invalid"), (5, "new")]
    assert [p.message for p in preview.rows[1].problems] == ["Enter a title."]
    messages = {p.field: p.english() for p in preview.rows[2].problems}
    assert messages == {"planned_date": "“31/02/2026” is not a date; write it as YYYY-MM-DD.",
                        "people_reached": "Enter the number of people reached (0 or more)."}
    outcome = importing.apply(store, rows, ACTIONS, mapping, options, backups_dir=tmp_path / "b")
    assert store.db["dissemination_action"].count == 2
    saved = {a["title"]: a for a in store.db.query("SELECT * FROM dissemination_action")}
    assert saved["Parents' evening"]["channel"] == "parents_meeting"
    assert saved["Parents' evening"]["planned_date"] == "2026-01-15"
    assert saved["Staff meeting talk"]["done_date"] == "2025-11-03"

    tr = lambda context, text: text  # noqa: E731 - English, as the source
    names = field_names(ACTIONS, rows[0], mapping, tr)
    rejects = write_rejects(spreadsheet, rows[0], outcome.invalid(), tr, names)
    assert rejects.name == "plan-not-imported.xlsx"
    fixed = openpyxl.load_workbook(rejects)
    sheet = fixed.active
    assert [c.value for c in sheet[1]][-1] == "What is wrong"
    assert sheet.cell(3, 7).value == ("Planned: “31/02/2026” is not a date; write it as "
                                      "YYYY-MM-DD.\nPeople reached: Enter the number of people "
                                      "reached (0 or more).")
    assert layout_key(rows[0]) == layout_key([c.value for c in sheet[1]])
    sheet.cell(2, 1).value = "Blog post"
    sheet.cell(3, 3).value = "2026-02-28"
    sheet.cell(3, 6).value = 40
    fixed.save(rejects)
    again = read_spreadsheet(rejects).sheets[0].rows
    second = importing.apply(store, again, ACTIONS, guess(ACTIONS, again[0]), options,
                             backups_dir=tmp_path / "b")
    assert second.count("new") == 2 and second.invalid() == []
    assert store.db["dissemination_action"].count == 4


def test_people_from_a_list_are_put_on_the_trip(store, school, tmp_path):
    path = tmp_path / "trip.csv"
    path.write_text("Name;Role\nCia Berg;Pupil\nGustav Holm;Pupil\n", encoding="utf-8")
    rows = read_spreadsheet(path).sheets[0].rows
    options = importing.Options(mobility_id=school["m2"])
    outcome = importing.apply(store, rows, PEOPLE, guess(PEOPLE, rows[0]), options,
                              backups_dir=tmp_path / "b")
    assert (outcome.count("new"), outcome.count("existing"), outcome.links_added) == (1, 1, 1)
    names = {p.name for _, p in store.mobilities.participants(school["m2"])}
    assert {"Cia Berg", "Gustav Holm", "Eva Sund"} == names


def test_command_line_imports_a_list_with_its_remembered_mapping(store, project, tmp_path,
                                                                  capsys, monkeypatch):
    monkeypatch.setenv("VIDARE_HOME", str(tmp_path / "home"))
    path = bm_sheet(tmp_path / "bm.xlsx", FIRST_EXPORT + [
        ["MOB-0009", REFERENCE, "Job shadowing", "XX", "Nowhere", "", _serial("2026-03-10"),
         _serial("2026-03-01"), "Dan", "Holm", "No", ""]])
    store.close()
    assert run(["import", "--db", str(store.path), str(path)]) == 1
    captured = capsys.readouterr()
    assert "3 rows added" in captured.out
    assert "row 5: " in captured.err
    assert "“XX” is not a known country." in captured.err
    assert (tmp_path / "bm-not-imported.xlsx").is_file()
