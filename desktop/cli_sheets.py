"""The spreadsheet side of `export` and `import`: XLSX and CSV in and out.

`vidare export --format xlsx|csv [--table T] [--for-dpo] --db F --out FILE` writes the
whole-database workbook (or one area); `vidare import --db F FILE.xlsx|FILE.csv` takes a
Vidare workbook back through its hidden code row, and any other list through the mapping
remembered for its layout (or guessed from its headers). Without `--format`, and for a
file that is not a spreadsheet, the archive commands run as before.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import BAD_INPUT, OK, PROBLEMS, CommandError, cli_language
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import Translator

C = "Cli"
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv")


def add_arguments(export: argparse.ArgumentParser, import_: argparse.ArgumentParser,
                  tr: Translator) -> None:
    """The options these commands add to `export` and `import` (called by cli.py)."""
    from desktop.cli import metavar

    export.add_argument("--format", type=str.lower, choices=("xlsx", "csv"),
                        help=tr.tr(C, "write spreadsheets instead of an archive"))
    export.add_argument("--table", metavar=metavar(tr, "AREA"),
                        help=tr.tr(C, "only this area (for example mobility)"))
    export.add_argument("--for-dpo", action="store_true",
                        help=tr.tr(C, "name everyone, whatever their consent (for the data "
                                      "protection officer)"))
    import_.add_argument("--holds", type=str.lower, choices=("people", "mobilities", "actions"),
                         help=tr.tr(C, "what a list that is not a Vidare workbook holds"))
    import_.add_argument("--project", metavar=metavar(tr, "REF"),
                         help=tr.tr(C, "the project of rows that name none"))


def _tr(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.i18n import Translator

    return Translator(cli_language(args))


def _say(args: argparse.Namespace, message: str, *params: str, n: int = -1,
         error: bool = False) -> None:
    text = _tr(args).fill(C, message, params, n)
    print(f"vidare: {text}" if error else text, file=sys.stderr if error else sys.stdout)


def export(args: argparse.Namespace) -> int:
    if args.format is None:
        if args.table or args.for_dpo:
            raise CommandError(QT_TRANSLATE_NOOP(C, "--table and --for-dpo need --format xlsx "
                                                    "or --format csv."))
        from desktop.cli_safety import export as export_archive

        return int(export_archive(args))
    from desktop.sheets.layout import TABLES
    from desktop.sheets.workbook import export_csv, export_workbook
    from desktop.store import Store

    if args.table and args.table not in TABLES:
        raise CommandError(QT_TRANSLATE_NOOP(C, "%1 is not an area Vidare exports; choose one "
                                                "of %2."), args.table, ", ".join(TABLES))
    language = cli_language(args)
    out: Path = args.out
    with Store(args.db, read_only=True) as store:
        if args.format == "xlsx":
            if out.is_dir():
                raise CommandError(QT_TRANSLATE_NOOP(C, "%1 is a folder; give a file name for "
                                                        "the workbook."), str(out))
            summary = export_workbook(store, out, language,
                                      (args.table,) if args.table else (), args.for_dpo)
            written = [str(out)]
        elif args.table:
            summary = export_csv(store, out, args.table, language, args.for_dpo)
            written = [str(out)]
        else:
            out.mkdir(parents=True, exist_ok=True)
            written, rows, unnamed = [], {}, 0
            for table in TABLES:
                part = export_csv(store, out / f"{table}.csv", table, language, args.for_dpo)
                rows.update(part.rows)
                unnamed = part.unnamed
                written.append(str(out / f"{table}.csv"))
            summary = type(part)(rows, unnamed)
    total = sum(summary.rows.values())
    _say(args, QT_TRANSLATE_NOOP(C, "%1: wrote %n row(s) to %2"), str(args.db),
         ", ".join(written) if len(written) < 3 else str(out), n=total)
    if summary.unnamed:
        _say(args, QT_TRANSLATE_NOOP(C, "%n person(s) whose consent does not cover use inside "
                                        "the school are shown by role and initials only."),
             n=summary.unnamed)
    return OK


def import_file(args: argparse.Namespace) -> int:
    if Path(args.archive).suffix.lower() not in SPREADSHEET_SUFFIXES:
        from desktop.cli_safety import import_archive

        return int(import_archive(args))
    from desktop.cli_safety import _check_ours, open_for_writing
    from desktop.sheets.reading import SheetRefused, read_spreadsheet
    from desktop.sheets.restore import is_vidare_workbook

    _check_ours(args.db)
    try:
        spreadsheet = read_spreadsheet(args.archive)
    except SheetRefused as refused:
        print(f"vidare: {refused.sentence(_tr(args).tr)}", file=sys.stderr)
        return BAD_INPUT
    with open_for_writing(args.db) as store:
        if is_vidare_workbook(spreadsheet):
            return _restore(args, store, spreadsheet)
        return _guided(args, store, spreadsheet)


def _restore(args: argparse.Namespace, store, spreadsheet) -> int:  # type: ignore[no-untyped-def]
    from desktop.sheets.rejects import describe
    from desktop.sheets.restore import restore_workbook

    outcome = restore_workbook(store, spreadsheet)
    return _report(args, outcome.count("new"), outcome.count("existing"),
                   [(sheet, row.number, describe(row.problems, _tr(args).tr))
                    for sheet, row in outcome.invalid()], None, outcome.backup)


def _guided(args: argparse.Namespace, store, spreadsheet) -> int:  # type: ignore[no-untyped-def]
    from desktop.sheets import importing
    from desktop.sheets.fields import BY_KEY, best_holds, guess, missing
    from desktop.sheets.mappings import Mappings
    from desktop.sheets.rejects import describe, field_names, write_rejects

    sheet = next(s for s in spreadsheet.sheets if s.rows)
    header_row = next(n for n, row in enumerate(sheet.rows) if row)
    headers = sheet.rows[header_row]
    remembered = Mappings().recall(headers)
    holds = BY_KEY[args.holds] if args.holds else (
        BY_KEY[remembered.holds] if remembered else best_holds(headers))
    mapping = remembered.mapping if remembered and remembered.holds == holds.key \
        else guess(holds, headers)
    absent = missing(holds, mapping)
    if absent:
        tr = _tr(args).tr
        raise CommandError(QT_TRANSLATE_NOOP(
            C, "No column of %1 could be matched to %2; import it in the window, where you "
               "can match the columns yourself."), str(args.archive),
            ", ".join(tr("Sheets", f.label) for f in absent))
    options = importing.Options(header_row=header_row)
    projects = store.projects.choices()
    if args.project:
        found = store.projects.find(args.project) or next(
            (store.projects.get(pid) for pid, title in projects
             if title.lower().startswith(args.project.lower())), None)
        if found is None:
            raise CommandError(QT_TRANSLATE_NOOP(C, "There is no project %1."), args.project)
        options.project_id = found.id
    elif len(projects) == 1:
        options.project_id = projects[0][0]
    outcome = importing.apply(store, sheet.rows, holds, mapping, options)
    names = field_names(holds, headers, mapping, _tr(args).tr)
    invalid = outcome.invalid()
    rejects = write_rejects(spreadsheet, headers, invalid, _tr(args).tr, names) \
        if invalid else None
    return _report(args, outcome.count("new"), outcome.count("existing"),
                   [("", row.number, describe(row.problems, _tr(args).tr, names))
                    for row in invalid], rejects, outcome.backup)


def _report(args: argparse.Namespace, added: int, existing: int,
            invalid: list[tuple[str, int, str]], rejects: Path | None,
            backup: Path | None) -> int:
    if added:
        _say(args, QT_TRANSLATE_NOOP(C, "%1: imported %2 — %n row(s) added"), str(args.db),
             str(args.archive), n=added)
    else:
        _say(args, QT_TRANSLATE_NOOP(C, "%1: nothing from %2 was added."), str(args.db),
             str(args.archive))
    if existing:
        _say(args, QT_TRANSLATE_NOOP(C, "%n row(s) were already in Vidare and added nothing."),
             n=existing)
    if backup is not None:
        _say(args, QT_TRANSLATE_NOOP(C, "The state before the import is kept in the backup %1"),
             str(backup))
    if not invalid:
        return OK
    _say(args, QT_TRANSLATE_NOOP(C, "%n row(s) were not imported:"), n=len(invalid), error=True)
    for sheet, number, problems in invalid:
        where = _tr(args).fill(C, QT_TRANSLATE_NOOP(C, "row %1"), (str(number),))
        if sheet:
            where = f"{sheet}, {where}"
        print(f"  {where}: {problems.replace(chr(10), '; ')}", file=sys.stderr)
    if rejects is not None:
        _say(args, QT_TRANSLATE_NOOP(C, "They are listed, with what is wrong, in %1; fix them "
                                        "there and import that file."), str(rejects),
             error=True)
    return PROBLEMS
