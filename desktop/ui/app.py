"""Starting the window: the application, settings, language, first start or demo, the store."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.paths import default_database, settings_file, user_data_dir

DEMO_COUNTRY = {"sv": "SE", "nb": "NO", "pl": "PL", "en": "SE"}
log = logging.getLogger(__name__)


def make_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    from PySide6.QtGui import QIcon

    from desktop.paths import resource
    from desktop.ui.style import apply_palette

    apply_palette(app)
    icon = resource("app-icon", "vidare-256.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app  # type: ignore[return-value]


def open_settings(path: Path | None = None) -> QSettings:
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def start_language(args: argparse.Namespace, settings: QSettings) -> str:
    from desktop.i18n import LANGUAGES, system_language

    chosen = args.lang or str(settings.value("language", "") or "")
    if chosen in LANGUAGES:
        return chosen
    return system_language()


def demo_database(language: str, folder: Path | None = None, scale: int = 1) -> Path:
    """The demo school in the user data folder, created on first use.

    It is written the way `vidare demo` writes it: holding the database's lock, and only
    into an empty database. Another Vidare writing it at the same moment leaves it alone
    (the window then says who has it open)."""
    from desktop.demo import DemoRefused, create_demo

    path = (folder or user_data_dir()) / "demo.db"
    if not path.exists():
        store = _open_new(path)
        if store is not None:
            with store:
                try:
                    create_demo(store, DEMO_COUNTRY.get(language, "SE"), scale)
                except DemoRefused:
                    log.info("demo database %s was filled by another Vidare meanwhile", path)
    return path


def create_school(path: Path, name: str, country: str, language: str) -> bool:
    """The first start's new database, written holding its lock. False when it could not
    be made (another Vidare has it, the folder cannot be written): the window's opening
    then says why and offers the ways forward."""
    from desktop.domain.models import School

    store = _open_new(path)
    if store is None:
        return False
    with store:
        if store.school.get() is None:  # another Vidare may have made it meanwhile
            store.school.save(School(name=name, country=country, default_language=language))
    return True


def _open_new(path: Path):  # noqa: ANN202 - a Store, or None
    """A new (or just made) database opened as the command line opens one for writing:
    `open_store` with the lock held until the store closes."""
    from desktop.store.errors import StoreError
    from desktop.store.startup import open_store

    try:
        return open_store(path, create=True, accept_synced=True, start_backup=False)
    except StoreError as error:
        log.warning("could not create %s: %s", path, error)
        return None


def run_window(args: argparse.Namespace) -> int:
    from desktop.i18n.qt import LanguageSwitcher
    from desktop.ui.backups_panel import back_up_in_background
    from desktop.ui.context import AppContext
    from desktop.ui.crash import install_crash_handler
    from desktop.ui.main_window import MainWindow
    from desktop.ui.open_problems import open_database_asking

    app = make_application()
    install_crash_handler()
    settings = open_settings()
    switcher = LanguageSwitcher(app)
    language = start_language(args, settings)
    switcher.set_language(language)

    path: Path | None = Path(args.db) if args.db else None
    want_demo = bool(getattr(args, "demo", False))
    if path is None and not want_demo:
        chosen = str(settings.value("database", "") or "")
        path = Path(chosen) if chosen and Path(chosen).exists() else default_database()
        if not path.exists():
            from desktop.ui.first_start import FirstStartDialog

            dialog = FirstStartDialog(language, switcher)
            if not dialog.exec():
                return 0
            language = dialog.chosen_language()
            if dialog.choice == "demo":
                want_demo = True
            else:
                create_school(path, dialog.name.text().strip(), dialog.country.code(), language)
    settings.setValue("language", language)
    if want_demo:
        path = demo_database(language)
    assert path is not None
    # Asks the user through any problem: damaged, locked, newer, in a synced folder… The
    # integrity check and the start backup run beside the window, so that neither delays
    # the first page; every save waits for the check's verdict.
    store = open_database_asking(path, None, create=False, language=language,
                                 check_later=True)
    while store is not None:
        ctx = AppContext(store=store, settings=settings, switcher=switcher)
        window = MainWindow(ctx)
        window.show()
        damaged = watch_start_check(store, app)
        starting = (back_up_in_background(store.path, verdict=store.start_check.wait)
                    if not store.read_only and store.start_check is not None else None)
        code = app.exec()
        if starting is not None:
            starting.wait()
        if not damaged:
            store.close()
            if not store.read_only:
                back_up_after_work(store.path)
            return int(code)
        # The check found the file damaged: nothing more was written to it, and the window
        # goes without saving. The user chooses what next (the newest good backup…).
        close_unsaved(window, store)
        store = open_database_asking(path, None, language=language, check_later=True,
                                     problem=damaged_error(store.path, damaged[0]))
    return 0


def close_unsaved(window, store) -> None:  # noqa: ANN001
    """A window over a file found damaged goes at once, saving nothing (no reply of a
    query still on its way reaches a page after its store closed); then its store."""
    from shiboken6 import Shiboken

    window.hide()
    window.ctx.stop_queries()
    Shiboken.delete(window)
    store.close()


def watch_start_check(store, app) -> list[str]:  # noqa: ANN001
    """Until the check beside the window has spoken: a damaged verdict stops every write
    and ends the event loop. Returns the list the problem is put in."""
    from PySide6.QtCore import QObject, Qt, Signal

    class Verdict(QObject):
        damaged = Signal(str)

    found: list[str] = []
    if store.start_check is None:
        return found
    verdict = Verdict(app)

    def stop(problem: str) -> None:
        store.stop_writing()
        store.start_check.release()
        found.append(problem)
        app.exit(0)

    # Queued: called on the window's thread, inside its event loop, even for a verdict
    # that came before the loop started.
    verdict.damaged.connect(stop, Qt.ConnectionType.QueuedConnection)
    store.start_check.when_done(lambda problem: problem and verdict.damaged.emit(problem))
    return found


def damaged_error(path: Path, problem: str):  # noqa: ANN201
    from desktop.store.backups import newest_verified
    from desktop.store.errors import DamagedDatabase

    error = DamagedDatabase(path, problem)
    error.backup = newest_verified(path)
    return error


def back_up_after_work(path: Path) -> None:
    """The day's-work backup on closing; a failure must not turn closing into a crash."""
    from desktop.store.backups import backup_on_close
    from desktop.store.errors import StoreError

    try:
        backup_on_close(path)
    except (StoreError, OSError):
        pass
