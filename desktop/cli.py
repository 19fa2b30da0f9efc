"""The command line: the same executable opens the window or runs one subcommand.

Exit codes: 0 success, 1 a check found problems, 2 bad usage or bad input. Errors are
one sentence on stderr in the user's language, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__
from desktop.cli_text import argparse_speaks
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.domain.validation import fill
from desktop.i18n import Translator

OK, PROBLEMS, BAD_INPUT = 0, 1, 2
LANG_CHOICES = ("sv", "nb", "pl", "en")
SIZES = ("A4", "A3", "A2", "A1")
GLOBAL_OPTIONS = ("--db", "--lang")
# Without --db these work on the database in the user data folder, as the window does.
USES_THE_DEFAULT_DATABASE = ("poster", "report", "check", "backup", "restore", "export",
                             "import", "unlock")
DEMO_COUNTRY = {"sv": "SE", "nb": "NO", "pl": "PL", "en": "SE"}


class CommandError(Exception):
    """A clear sentence for stderr (English source in context "Cli") and an exit code."""

    def __init__(self, message: str, *params: str, code: int = BAD_INPUT):
        self.message, self.params, self.code = message, params, code
        super().__init__(message)


def build_parser(tr: Translator) -> argparse.ArgumentParser:
    """The whole command line, every help text in the user's language."""
    def t(text: str) -> str:
        return tr.tr("Cli", text)

    db_help = t("the database file (default: the one in your user data folder)")
    lang_help = t("the language for messages and documents (default: the system's)")
    ref_help = t("the project: its grant agreement number (e.g. 2025-1-PL01-KA122-SCH-"
                 "000123456) or its first part, its id, or the first words of its title")
    out_help = t("the PDF file to write")
    size_help = t("paper size (default: A3)")
    audience_help = t("who will see it: public (the default for posters) or internal (the "
                      "default for reports); a photo, story or name appears only where that "
                      "person's consent covers that use today")

    def common(sub: argparse.ArgumentParser, db: str = db_help) -> argparse.ArgumentParser:
        """--db and --lang may also stand after the subcommand."""
        sub.add_argument("--db", type=Path, metavar=metavar(tr, "FILE"), help=db,
                         default=argparse.SUPPRESS)
        sub.add_argument("--lang", type=str.lower, choices=LANG_CHOICES, help=lang_help,
                         default=argparse.SUPPRESS)
        return sub

    def command(subs, name: str, help_text: str, **kwargs) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        return subs.add_parser(name, help=help_text, description=help_text, add_help=True,
                               **kwargs)

    parser = argparse.ArgumentParser(
        prog="vidare", description=t("Vidare: a school's Erasmus+ mobilities, stories and "
                                     "dissemination, offline. Without a command, the window "
                                     "opens."))
    parser.add_argument("--version", action="version", version=f"Vidare {__version__}",
                        help=t("show Vidare's version and exit"))
    parser.add_argument("--db", type=Path, metavar=metavar(tr, "FILE"), help=db_help)
    parser.add_argument("--lang", type=str.lower, choices=LANG_CHOICES, help=lang_help)
    parser.add_argument("--demo", action="store_true",
                        help=t("open the demo school (created on first use)"))
    sub = parser.add_subparsers(dest="command", metavar=metavar(tr, "COMMAND"),
                                title=t("commands"))

    demo = common(command(sub, "demo", t("create a demo school in an empty database")),
                  db=t("the new database file (required; it must be empty or not exist)"))
    demo.add_argument("--country", type=str.upper, choices=("SE", "NO", "PL"),
                      help=t("the demo school's country: SE, NO or PL (default: the country "
                             "of the language)"))
    demo.add_argument("--scale", type=int, default=1, metavar="N",
                      help=t("repeat the school's history N times, each copy a school year "
                             "earlier, to try Vidare with a large database (1 to 10000; "
                             "default 1)"))

    poster = command(sub, "poster", t("print a poster to a PDF file"))
    poster_kind = poster.add_subparsers(dest="kind", metavar=metavar(tr, "KIND"),
                                        required=True, title=t("posters"))
    plan = common(command(poster_kind, "plan", t("the planning poster: each result's target "
                                                "groups, channels, timing and indicators")))
    plan.add_argument("--blank", action="store_true",
                      help=t("an empty poster with writing space, for a staff workshop "
                             "(needs no database)"))
    stories = common(command(poster_kind, "stories", t("the stories poster: figures, "
                                                       "countries and participants' stories")))
    for p in (plan, stories):
        p.add_argument("--project", metavar=metavar(tr, "REF"), help=ref_help)
        p.add_argument("--size", type=str.upper, choices=SIZES, default="A3", help=size_help)
        p.add_argument("--audience", type=str.lower, choices=("internal", "public"),
                       default="public", help=audience_help)
        p.add_argument("--out", type=Path, required=True, metavar=metavar(tr, "FILE"),
                       help=out_help)

    report = command(sub, "report", t("print a report to a PDF file"))
    report_kind = report.add_subparsers(dest="kind", metavar=metavar(tr, "KIND"),
                                        required=True, title=t("reports"))
    summary = common(command(report_kind, "summary", t("the principal's summary of a period")))
    date_help = t("%1, as %2 (default: %3)")
    summary.add_argument("--from", dest="date_from", metavar=metavar(tr, "DATE"), help=fill(
        date_help, (t("the first day"), t("YYYY-MM-DD"), t("the start of this school year"))))
    summary.add_argument("--to", dest="date_to", metavar=metavar(tr, "DATE"), help=fill(
        date_help, (t("the last day"), t("YYYY-MM-DD"), t("the end of this school year"))))
    project = common(command(report_kind, "project", t("the project report for the national "
                                                       "agency's final report")))
    project.add_argument("--project", metavar=metavar(tr, "REF"), required=True, help=ref_help)
    for p in (summary, project):
        p.add_argument("--audience", type=str.lower, choices=("internal", "public"),
                       default="internal", help=audience_help)
        p.add_argument("--out", type=Path, required=True, metavar=metavar(tr, "FILE"),
                       help=out_help)

    common(command(sub, "check", t("check a database's health")))
    backup = common(command(sub, "backup", t("back up the database and its photos and files")))
    backup.add_argument("--to", type=Path, metavar=metavar(tr, "DIR"),
                        help=t("the folder for the backup (default: the backups folder "
                               "beside the database)"))
    restore = common(command(sub, "restore", t("restore a backup; what it replaces is kept "
                                               "in a backup first")))
    restore.add_argument("--from", dest="source", type=Path, required=True,
                         metavar=metavar(tr, "BACKUP"), help=t("the backup folder to restore"))
    export = common(command(sub, "export", t("write the database and its photos and files to "
                                             "one archive file, or its lists to spreadsheets")))
    export.add_argument("--out", type=Path, required=True, metavar=metavar(tr, "FILE"),
                        help=t("the archive or spreadsheet file to write (a folder for CSV "
                               "files of every area)"))
    import_ = common(command(sub, "import", t("merge an archive from another computer, or a "
                                              "spreadsheet, into the database")))
    import_.add_argument("archive", type=Path, metavar=metavar(tr, "FILE"),
                         help=t("the archive, Vidare workbook, XLSX or CSV list to take in"))
    for p in (restore, import_):
        p.add_argument("--other-school", action="store_true",
                       help=t("take in another school's data (refused without it)"))
    common(command(sub, "unlock", t("take over a lock left by another computer, after saying "
                                    "whose it is")))
    from desktop.cli_sheets import add_arguments as add_sheet_arguments

    add_sheet_arguments(export, import_, tr)

    selftest = common(command(sub, "selftest", t("open every page and build every document, "
                                                 "timing each, then exit")),
                      db=t("the database to try (default: a new demo school)"))
    selftest.add_argument("--screenshots", type=Path, metavar=metavar(tr, "DIR"),
                          help=t("save a picture of every page and document in this folder"))
    selftest.add_argument("--walkthrough", action="store_true",
                          help=t("type a new coordinator's first evening into the window, "
                                 "with real key presses, and check every value in the "
                                 "database"))
    return parser


def metavar(tr: Translator, name: str) -> str:
    """FILE, DIR, REF…: the placeholder --help prints, in the user's language; messages that
    name an option print it the same way (see `option`)."""
    names = {
        "FILE": QT_TRANSLATE_NOOP("Cli", "FILE"),
        "DIR": QT_TRANSLATE_NOOP("Cli", "DIR"),
        "REF": QT_TRANSLATE_NOOP("Cli", "REF"),
        "DATE": QT_TRANSLATE_NOOP("Cli", "DATE"),
        "BACKUP": QT_TRANSLATE_NOOP("Cli", "BACKUP"),
        "ARCHIVE": QT_TRANSLATE_NOOP("Cli", "ARCHIVE"),
        "COMMAND": QT_TRANSLATE_NOOP("Cli", "COMMAND"),
        "KIND": QT_TRANSLATE_NOOP("Cli", "KIND"),
        "AREA": QT_TRANSLATE_NOOP("Cli", "AREA"),
    }
    return tr.tr("Cli", names[name])


def option(args: argparse.Namespace, name: str, placeholder: str) -> str:
    """"--db FILE" as --help prints it in the user's language, for a message to name."""
    return f"{name} {metavar(Translator(cli_language(args)), placeholder)}"


def cli_language(args: argparse.Namespace) -> str:
    from desktop.i18n import env_language

    return getattr(args, "lang", None) or env_language()


def language_in(argv: list[str]) -> str | None:
    """The --lang value wherever it stands, so that even a usage error is in that language."""
    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None and value.lower() in LANG_CHOICES:
            return value.lower()
    return None


def normalise(argv: list[str]) -> list[str]:
    """--DB, --Lang=PL…: the global options are accepted in any letter case."""
    result = []
    for arg in argv:
        name, sep, value = arg.partition("=")
        if name.lower() in GLOBAL_OPTIONS:
            arg = name.lower() + sep + value
        result.append(arg)
    return result


def run(argv: list[str]) -> int:
    from desktop.i18n import env_language

    argv = normalise(argv)
    tr = Translator(language_in(argv) or env_language())
    with argparse_speaks(tr):
        args = build_parser(tr).parse_args(argv)
    args.lang = args.lang or env_language()
    if args.command is None:
        from desktop.ui.app import run_window

        return run_window(args)
    if args.db is None and args.command in USES_THE_DEFAULT_DATABASE:
        from desktop.paths import default_database

        args.db = default_database()
    try:
        return COMMANDS[args.command](args)
    except CommandError as error:
        _say_error(args, error.message, error.params)
        return error.code
    except KeyboardInterrupt:
        return BAD_INPUT
    except Exception as error:  # noqa: BLE001 - a store error or a bug: one sentence, no trace
        from desktop.store.errors import StoreError

        if isinstance(error, StoreError):
            _say_error(args, error.message, error.params, context="Store")
            return BAD_INPUT
        raise


def _say_error(args: argparse.Namespace, message: str, params: tuple[str, ...],
               context: str = "Cli") -> None:
    from desktop.i18n import Translator

    text = Translator(cli_language(args)).fill(context, message, params)
    print(f"vidare: {text}", file=sys.stderr)


def _demo(args: argparse.Namespace) -> int:
    from desktop.cli_safety import open_for_writing
    from desktop.demo import DemoRefused, create_demo
    from desktop.i18n.formatting import country_name

    if args.db is None:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "Give the new database with %1."),
                           option(args, "--db", "FILE"))
    if args.scale < 1 or args.scale > 10_000:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "--scale must be a whole number from 1 "
                                                    "to 10000."))
    country = args.country or DEMO_COUNTRY[cli_language(args)]
    with open_for_writing(args.db, create=True) as store:  # holds the lock while it writes
        try:
            create_demo(store, country, args.scale)
        except DemoRefused:
            raise CommandError(QT_TRANSLATE_NOOP(
                "Cli", "%1 is not empty; the demo school is only written into an empty "
                "database."), str(args.db)) from None
        counts = store.counts()
    _say(args, QT_TRANSLATE_NOOP("Cli", "%1: demo school (%2) with %3"), str(args.db),
         country_name(country, cli_language(args)), _contents(args, counts))
    return OK


def _check(args: argparse.Namespace) -> int:
    from desktop.store import Store
    from desktop.store.connection import integrity_problems, user_version
    from desktop.store.errors import DamagedDatabase

    try:
        store = Store(args.db, read_only=True)
    except DamagedDatabase as error:
        _say_error(args, error.message, error.params, context="Store")
        return PROBLEMS
    with store:
        version = user_version(store.db)
        if version > _latest():
            raise CommandError(QT_TRANSLATE_NOOP(
                "Cli", "%1 was saved by a newer Vidare (data version %2); install the newer "
                "Vidare to use it."), str(args.db), str(version))
        problems = integrity_problems(store.db, quick=False)
        counts = store.counts()
    if problems:
        tr = Translator(cli_language(args))
        print(tr.fill("Cli", "%1: %2 (the first: %3)", (
            str(args.db), tr.tr("Cli", "%n problem(s) found", len(problems)), problems[0])),
            file=sys.stderr)
        return PROBLEMS
    _say(args, QT_TRANSLATE_NOOP("Cli", "%1: healthy — %2 (data version %3)"), str(args.db),
         _contents(args, counts), str(version))
    return OK


def _say(args: argparse.Namespace, message: str, *params: str) -> None:
    """One line of output in the user's language."""
    from desktop.i18n import Translator

    print(Translator(cli_language(args)).fill("Cli", message, params))


def _contents(args: argparse.Namespace, counts: dict[str, int]) -> str:
    """"2 projekty, 16 mobilności, …": what a database holds, with each language's plurals."""
    from desktop.i18n.counts import counted

    language = cli_language(args)
    return ", ".join(counted("figure", figure, counts[table], language) for table, figure in (
        ("project", "projects"), ("mobility", "mobilities"), ("participant", "participants"),
        ("story", "stories"), ("dissemination_action", "actions")))


def _latest() -> int:
    from desktop.store.migrations import LATEST

    return LATEST


def _delegate(module: str, name: str):  # type: ignore[no-untyped-def]
    """A command that lives in its own module, imported only when used."""
    def command(args: argparse.Namespace) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), name)(args))
    return command


COMMANDS = {
    "demo": _demo,
    "check": _check,
    "poster": _delegate("desktop.cli_print", "poster"),
    "report": _delegate("desktop.cli_print", "report"),
    "backup": _delegate("desktop.cli_safety", "backup"),
    "restore": _delegate("desktop.cli_safety", "restore"),
    "export": _delegate("desktop.cli_sheets", "export"),
    "import": _delegate("desktop.cli_sheets", "import_file"),
    "unlock": _delegate("desktop.cli_safety", "unlock"),
    "selftest": _delegate("desktop.selftest", "run_selftest"),
}
