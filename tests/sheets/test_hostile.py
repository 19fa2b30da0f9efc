"""Hostile spreadsheets are refused with one sentence, as hostile archives are."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from desktop.cli import run
from desktop.sheets import reading
from desktop.sheets.reading import SheetRefused, read_spreadsheet

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="xl/workbook.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="worksheets/sheet1.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>
{extra}</Relationships>"""
SHEET_START = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns='
               '"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_END = "</sheetData></worksheet>"


def handmade_xlsx(path, sheet_xml: bytes, extra_rels: str = "", extra_files=()):
    """An XLSX written part by part, as an attacker would make one."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("xl/workbook.xml", WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.format(extra=extra_rels))
        zf.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in extra_files:
            zf.writestr(name, data)
    return path


def rows_xml(count: int) -> bytes:
    body = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Pupil {n}</t></is></c></row>'
                   for n in range(1, count + 1))
    return (SHEET_START + body + SHEET_END).encode()


def sentence(error: SheetRefused) -> str:
    return error.sentence(lambda context, text: text)


def test_a_handmade_sheet_is_read(tmp_path):
    path = handmade_xlsx(tmp_path / "ok.xlsx", rows_xml(3))
    assert read_spreadsheet(path).sheets[0].rows == [["Pupil 1"], ["Pupil 2"], ["Pupil 3"]]


def test_a_decompression_bomb_is_refused(tmp_path):
    filler = b"<row/>" * (40 * 1024 * 1024 // 6)  # 40 MB that packs into a few dozen kB
    path = handmade_xlsx(tmp_path / "bomb.xlsx", SHEET_START.encode() + filler
                         + SHEET_END.encode())
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(SheetRefused) as refused:
        read_spreadsheet(path)
    assert sentence(refused.value) == (
        f"The spreadsheet {path} was not imported: it would unpack to far more data than it "
        "holds, as a decompression bomb does.")


@pytest.mark.slow
def test_200000_rows_are_refused(tmp_path):
    path = handmade_xlsx(tmp_path / "long.xlsx", rows_xml(200_000))
    with pytest.raises(SheetRefused) as refused:
        read_spreadsheet(path)
    assert sentence(refused.value) == (
        f"The spreadsheet {path} was not imported: it has more than 100000 rows.")
    csv_path = tmp_path / "long.csv"
    csv_path.write_text("Name\n" + "".join(f"Pupil {n}\n" for n in range(200_000)))
    with pytest.raises(SheetRefused, match="more than 100000 rows"):
        read_spreadsheet(csv_path)


def test_rows_far_down_cost_nothing_and_are_kept_in_place(tmp_path):
    sheet = (SHEET_START + '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
             '<row r="900000"><c r="A900000" t="inlineStr"><is><t>Far</t></is></c></row>'
             + SHEET_END).encode()
    rows = read_spreadsheet(handmade_xlsx(tmp_path / "far.xlsx", sheet)).sheets[0].rows
    assert len(rows) == 900_000 and rows[-1] == ["Far"] and rows[1] == []


def test_an_external_link_is_refused_and_never_followed(tmp_path):
    link = ('<Relationship Id="rId9" Target="file:///C:/Secret/grades.xlsx" TargetMode="External"'
            ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'externalLinkPath"/>')
    path = handmade_xlsx(tmp_path / "linked.xlsx", rows_xml(2), extra_rels=link)
    with pytest.raises(SheetRefused) as refused:
        read_spreadsheet(path)
    assert sentence(refused.value) == (
        f"The spreadsheet {path} was not imported: it links to other files or data sources "
        "(file:///C:/Secret/grades.xlsx); save a copy without links and import that.")
    parts = handmade_xlsx(tmp_path / "parts.xlsx", rows_xml(2),
                          extra_files=[("xl/externalLinks/externalLink1.xml", "<x/>")])
    with pytest.raises(SheetRefused, match="links to other files"):
        read_spreadsheet(parts)


def test_an_entity_bomb_inside_the_xml_is_refused(tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
              + SHEET_START[SHEET_START.index("<worksheet"):] +
              '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>' + SHEET_END)
    with pytest.raises(SheetRefused, match="damaged"):
        read_spreadsheet(handmade_xlsx(tmp_path / "laughs.xlsx", laughs.encode()))


def test_formulas_are_read_as_their_cached_values_never_evaluated(tmp_path):
    sheet = (SHEET_START + '<row r="1"><c r="A1"><f>WEBSERVICE("http://evil.example")</f>'
             '<v>42</v></c><c r="B1"><f>1+1</f></c></row>' + SHEET_END).encode()
    rows = read_spreadsheet(handmade_xlsx(tmp_path / "formula.xlsx", sheet)).sheets[0].rows
    assert rows == [[42]]  # the cached value; B1 was never calculated, so it is empty


def test_a_file_over_the_size_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1024)
    path = tmp_path / "big.csv"
    path.write_text("Name\n" + "x" * 2000)
    with pytest.raises(SheetRefused, match="larger than 0 MB"):
        read_spreadsheet(path)


def test_too_many_columns_are_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(";".join(f"c{n}" for n in range(400)) + "\n")
    with pytest.raises(SheetRefused, match="more than 300 columns"):
        read_spreadsheet(path)


def test_something_else_renamed_is_refused(tmp_path):
    fake = tmp_path / "photo.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(SheetRefused, match="not an XLSX or CSV"):
        read_spreadsheet(fake)
    other_zip = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(SheetRefused, match="not an XLSX or CSV"):
        read_spreadsheet(other_zip)


def test_the_command_line_refuses_with_one_sentence(store, tmp_path, capsys):
    link = ('<Relationship Id="rId9" Target="http://evil.example/data" TargetMode="External"'
            ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'oleObject"/>')
    path = handmade_xlsx(tmp_path / "linked.xlsx", rows_xml(2), extra_rels=link)
    store.close()
    assert run(["import", "--db", str(store.path), str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"vidare: The spreadsheet {path} was not imported: it links to other files "
                   "or data sources (http://evil.example/data); save a copy without links and "
                   "import that."]


def test_openpyxl_reads_what_vidare_writes_with_every_cap_in_place(store, tmp_path):
    book = openpyxl.Workbook()
    for n in range(5000):
        book.active.append([f"Pupil {n}", "7b", n])
    book.save(tmp_path / "ok.xlsx")
    assert len(read_spreadsheet(tmp_path / "ok.xlsx").sheets[0].rows) == 5000
