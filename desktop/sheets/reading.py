"""Reading a spreadsheet a person brings (XLSX or CSV), refusing hostile ones before use.

Refused, with one sentence, like a hostile archive: a file over the size cap; more than
MAX_ROWS rows or MAX_COLUMNS columns; an XLSX whose zip would unpack to far more than it
holds (a decompression bomb) or that links to other files or data sources. Nothing is
ever followed or evaluated: formulas are read as the values Excel last saved with them.
"""

from __future__ import annotations

import csv
import io
import logging
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.sheets.cells import unescape_csv

log = logging.getLogger(__name__)
S = "Sheets"

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000  # rows holding something, below the header
MAX_COLUMNS = 300
MAX_SCANNED_ROWS = 1_048_576  # Excel's own last row
MAX_ENTRIES = 10_000
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # sheet XML compresses well, never this well (a zip bomb does)
HEADER_ROWS = 2  # a header, and a Vidare workbook's hidden code row

REFUSED = QT_TRANSLATE_NOOP(S, "The spreadsheet %1 was not imported: %2")
TOO_BIG = QT_TRANSLATE_NOOP(S, "it is larger than %1 MB, far more than a list needs.")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(S, "it has more than %1 rows.")
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(S, "it has more than %1 columns.")
BOMB = QT_TRANSLATE_NOOP(S, "it would unpack to far more data than it holds, as a "
                            "decompression bomb does.")
LINKS = QT_TRANSLATE_NOOP(S, "it links to other files or data sources (%1); save a copy "
                             "without links and import that.")
NOT_READABLE = QT_TRANSLATE_NOOP(S, "it is not an XLSX or CSV file that can be read.")
DAMAGED = QT_TRANSLATE_NOOP(S, "it is damaged and cannot be read.")
EMPTY = QT_TRANSLATE_NOOP(S, "it holds no rows.")
UNKNOWN_TEXT = QT_TRANSLATE_NOOP(S, "its text is in an encoding Vidare does not know; save it "
                                    "as CSV UTF-8 and try again.")


class SheetRefused(Exception):
    """A spreadsheet that is not read; `reason` is English source (context "Sheets")."""

    def __init__(self, path: Path | str, reason: str, *params: str):
        self.path, self.reason, self.reason_params = str(path), reason, params
        super().__init__(fill(REFUSED, (self.path, fill(reason, params))))

    def sentence(self, tr: Any) -> str:
        """The whole sentence through `tr(context, text)`, for the window or the console."""
        return fill(tr(S, REFUSED), (self.path, fill(tr(S, self.reason), self.reason_params)))


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]] = field(default_factory=list)  # rows[0] is the file's row 1


@dataclass
class Spreadsheet:
    path: Path
    kind: str  # "xlsx" or "csv"
    sheets: list[Sheet]
    encoding: str = ""  # a CSV's, as detected
    separator: str = ""


def read_spreadsheet(path: Path | str) -> Spreadsheet:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise SheetRefused(path, NOT_READABLE) from None
    if size > MAX_FILE_BYTES:
        raise SheetRefused(path, TOO_BIG, str(MAX_FILE_BYTES // (1024 * 1024)))
    with path.open("rb") as handle:
        start = handle.read(4)
    if start.startswith(b"PK"):
        return _read_xlsx(path)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise SheetRefused(path, NOT_READABLE)
    return _read_csv(path)


# XLSX
def check_zip(path: Path) -> None:
    """Refuse a zip that is not a workbook, is a bomb, or links outside itself."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SheetRefused(path, NOT_READABLE) from None
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
            raise SheetRefused(path, NOT_READABLE)
        if len(infos) > MAX_ENTRIES:
            raise SheetRefused(path, BOMB)
        total = 0
        for info in infos:
            total += info.file_size
            if total > MAX_UNPACKED_BYTES or (info.file_size > 1024 * 1024 and info.file_size
                                              > MAX_RATIO * max(info.compress_size, 1)):
                raise SheetRefused(path, BOMB)
            if info.filename.startswith("xl/externalLinks/") \
                    or info.filename == "xl/connections.xml":
                raise SheetRefused(path, LINKS, info.filename)
        for info in infos:
            if info.filename.endswith(".rels"):
                target = _external_target(archive, info)
                if target:
                    raise SheetRefused(path, LINKS, target[:80])


def _external_target(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """The first relationship pointing outside the file (hyperlinks in cells aside)."""
    from defusedxml.ElementTree import fromstring

    if info.file_size > 4 * 1024 * 1024:
        return info.filename
    try:
        root = fromstring(archive.read(info))
    except Exception:  # noqa: BLE001 - a DTD, an entity bomb, broken XML: all refused
        log.info("refused relationships part %s", info.filename, exc_info=True)
        return info.filename
    for element in root:
        kind = element.get("Type", "")
        if element.get("TargetMode") == "External" and not kind.endswith("/hyperlink"):
            return element.get("Target", "") or info.filename
    return ""


def _read_xlsx(path: Path) -> Spreadsheet:
    check_zip(path)
    import openpyxl

    sheets: list[Sheet] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "unknown extension" and the like: not ours
            book = openpyxl.load_workbook(path, read_only=True, data_only=True,
                                          keep_links=False, keep_vba=False)
            try:
                for worksheet in book.worksheets:
                    if getattr(worksheet, "max_row", None) and worksheet.max_row > \
                            MAX_SCANNED_ROWS:
                        raise SheetRefused(path, TOO_MANY_ROWS, str(MAX_ROWS))
                    if not hasattr(worksheet, "reset_dimensions"):
                        continue  # a chart sheet
                    worksheet.reset_dimensions()  # the stated size may lie: read what is there
                    sheets.append(Sheet(worksheet.title,
                                        _bounded(path, worksheet.iter_rows(values_only=True))))
            finally:
                book.close()
    except SheetRefused:
        raise
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        log.info("unreadable spreadsheet %s", path, exc_info=True)
        raise SheetRefused(path, DAMAGED) from None
    if not any(sheet.rows for sheet in sheets):
        raise SheetRefused(path, EMPTY)
    return Spreadsheet(path, "xlsx", [s for s in sheets if s.rows] or sheets)


def _bounded(path: Path, rows: Any) -> list[list[Any]]:
    """The rows, without trailing empty cells and rows, refused past the caps."""
    kept: list[list[Any]] = []
    filled = scanned = 0
    last = 0
    for row in rows:
        scanned += 1
        values = list(row)
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        if len(values) > MAX_COLUMNS:
            raise SheetRefused(path, TOO_MANY_COLUMNS, str(MAX_COLUMNS))
        if values:
            filled += 1
            if filled > MAX_ROWS + HEADER_ROWS:
                raise SheetRefused(path, TOO_MANY_ROWS, str(MAX_ROWS))
            last = len(kept) + 1
        if scanned > MAX_SCANNED_ROWS:
            raise SheetRefused(path, TOO_MANY_ROWS, str(MAX_ROWS))
        kept.append(values or _NOTHING)  # one shared empty row: a million cost little
    return [list(row) for row in kept[:last]]


_NOTHING: list[Any] = []


# CSV
_OUR_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäöæøąćęłńóśźżéèüáíúàâêôç"
                         "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÆØĄĆĘŁŃÓŚŹŻÉÈÜÁÍÚÀÂÊÔÇ")


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding: a BOM first, then UTF-8, then the Windows code page whose reading
    gives the most letters of Swedish, Norwegian, Polish and English (cp1250 or cp1252)."""
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                      (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for name in ("cp1250", "cp1252"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        high = [ch for ch in text if ord(ch) > 127]
        score = sum(1 for ch in high if ch in _OUR_LETTERS) - sum(
            1 for ch in high if not ch.isalpha())
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is None:
        raise UnicodeDecodeError("cp1252", data, 0, 1, "no known encoding")
    return best[1], best[2]


def detect_separator(text: str) -> str:
    """The separator that splits the first lines into the same number of columns, most."""
    sample = text[:64 * 1024].splitlines()[:30]
    best, best_score = ",", (0, 0)
    for candidate in (";", ",", "\t", "|"):
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=candidate)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        score = (sum(1 for c in counts if c == counts[0]), counts[0])
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(path: Path) -> Spreadsheet:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SheetRefused(path, NOT_READABLE)
    try:
        text, encoding = decode(data)
    except UnicodeDecodeError:
        raise SheetRefused(path, UNKNOWN_TEXT) from None
    separator = detect_separator(text)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
        rows = _bounded(path, ([unescape_csv(cell) for cell in row] for row in reader))
    except csv.Error:
        raise SheetRefused(path, DAMAGED) from None
    if not rows:
        raise SheetRefused(path, EMPTY)
    return Spreadsheet(path, "csv", [Sheet(path.stem, rows)], encoding, separator)
