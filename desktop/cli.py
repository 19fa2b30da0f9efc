"""The command line: the same executable opens the window or runs one subcommand.

Exit codes: 0 success, 1 a check found problems, 2 bad usage or bad input. Errors are
one sentence on stderr in the user's language, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__
from desktop.domain.text import QT_TRANSLATE_NOOP

OK, PROBLEMS, BAD_INPUT = 0, 1, 2
LANG_CHOICES = ("sv", "nb", "pl", "en")
SIZES = ("A4", "A3", "A2", "A1")


class CommandError(Exception):
    """A clear sentence for stderr (English source in context "Cli") and an exit code."""

    def __init__(self, message: str, *params: str, code: int = BAD_INPUT):
        self.message, self.params, self.code = message, params, code
        super().__init__(message)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vidare", description="Vidare: a school's Erasmus+ mobilities, stories and "
        "dissemination, offline.")
    parser.add_argument("--version", action="version", version=f"Vidare {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    parser.add_argument("--lang", choices=LANG_CHOICES, help="interface language")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo school (created on first use)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="create a demo school in an empty database")
    demo.add_argument("--db", type=Path, required=True)
    demo.add_argument("--country", choices=("SE", "NO", "PL"), default="SE")
    demo.add_argument("--scale", type=int, default=1)

    poster = sub.add_parser("poster", help="print a poster to PDF")
    poster_kind = poster.add_subparsers(dest="kind", metavar="KIND", required=True)
    plan = poster_kind.add_parser("plan", help="the planning poster")
    plan.add_argument("--blank", action="store_true", help="empty, for a staff workshop")
    stories = poster_kind.add_parser("stories", help="the stories poster")
    for p in (plan, stories):
        p.add_argument("--db", type=Path)
        p.add_argument("--project", metavar="REF")
        p.add_argument("--lang", choices=LANG_CHOICES, required=True)
        p.add_argument("--size", choices=SIZES, default="A3")
        p.add_argument("--audience", choices=("internal", "public"), default="public")
        p.add_argument("--out", type=Path, required=True)

    report = sub.add_parser("report", help="print a report to PDF")
    report_kind = report.add_subparsers(dest="kind", metavar="KIND", required=True)
    summary = report_kind.add_parser("summary", help="the principal's summary")
    summary.add_argument("--from", dest="date_from", metavar="DATE")
    summary.add_argument("--to", dest="date_to", metavar="DATE")
    project = report_kind.add_parser("project", help="the project report")
    project.add_argument("--project", metavar="REF", required=True)
    for p in (summary, project):
        p.add_argument("--db", type=Path, required=True)
        p.add_argument("--lang", choices=LANG_CHOICES, required=True)
        p.add_argument("--audience", choices=("internal", "public"), default="internal")
        p.add_argument("--out", type=Path, required=True)

    check = sub.add_parser("check", help="check a database's health")
    check.add_argument("--db", type=Path, required=True)

    backup = sub.add_parser("backup", help="back up the database and its media")
    backup.add_argument("--db", type=Path, required=True)
    backup.add_argument("--to", type=Path, metavar="DIR")
    restore = sub.add_parser("restore", help="restore a backup (the current state is kept)")
    restore.add_argument("--db", type=Path, required=True)
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="BACKUP")
    export = sub.add_parser("export", help="write the database and media to one archive")
    export.add_argument("--db", type=Path, required=True)
    export.add_argument("--out", type=Path, required=True)
    import_ = sub.add_parser("import", help="merge an archive into the database")
    import_.add_argument("--db", type=Path, required=True)
    import_.add_argument("archive", type=Path)

    selftest = sub.add_parser("selftest", help="open every page, build every document, time it")
    selftest.add_argument("--db", type=Path)
    selftest.add_argument("--lang", choices=LANG_CHOICES)
    selftest.add_argument("--screenshots", type=Path, metavar="DIR")
    selftest.add_argument("--walkthrough", action="store_true",
                          help="type a new coordinator's first evening into the window")
    return parser


def cli_language(args: argparse.Namespace) -> str:
    from desktop.i18n import env_language

    return args.lang or env_language()


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.ui.app import run_window

        return run_window(args)
    try:
        return COMMANDS[args.command](args)
    except CommandError as error:
        _say_error(args, error.message, error.params)
        return error.code
    except KeyboardInterrupt:
        return BAD_INPUT
    except Exception as error:  # noqa: BLE001 - a store error or a bug: one sentence, no trace
        from desktop.store.database import StoreError

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
    from desktop.store import Store
    from desktop.store.demo import DemoRefused, create_demo

    if args.scale < 1 or args.scale > 10_000:
        raise CommandError(QT_TRANSLATE_NOOP("Cli", "--scale must be a whole number from 1 "
                                                    "to 10000."))
    with Store(args.db, create=True) as store:
        try:
            create_demo(store, args.country, args.scale)
        except DemoRefused:
            raise CommandError(QT_TRANSLATE_NOOP(
                "Cli", "%1 is not empty; the demo school is only written into an empty "
                "database."), str(args.db)) from None
        counts = store.counts()
    _say(args, QT_TRANSLATE_NOOP("Cli", "%1: demo school (%2) with %3"), str(args.db),
         args.country, _contents(args, counts))
    return OK


def _check(args: argparse.Namespace) -> int:
    from desktop.store import Store
    from desktop.store.database import DamagedDatabase, integrity_problems, user_version

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
        print(f"{args.db}: {len(problems)} problem(s) found: {problems[0]}", file=sys.stderr)
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
    "export": _delegate("desktop.cli_safety", "export"),
    "import": _delegate("desktop.cli_safety", "import_archive"),
    "selftest": _delegate("desktop.selftest", "run_selftest"),
}
