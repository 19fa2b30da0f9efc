"""The main window: a sidebar of pages, shortcuts, remembered size and page; nothing else."""

from __future__ import annotations

import gc
import importlib
import logging
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n.formatting import format_number
from desktop.ui.context import AppContext
from desktop.ui.dialogs import show_about
from desktop.ui.icons import page_icon
from desktop.ui.labels import ElidedLabel, PlainLabel
from desktop.ui.page import Page
from desktop.ui.sidebar_badge import BADGE_ROLE, BadgeDelegate
from desktop.ui.style import style_tree


def keep_out_of_collections() -> None:
    """What the window has made so far (modules, pages, their widgets) lives as long as the
    window: Python's full garbage collection no longer walks it, so that it never pauses
    the window for tens of milliseconds while someone types (gc.freeze costs nothing)."""
    gc.freeze()


def _overview(ctx: AppContext) -> Page:
    from desktop.ui.pages.overview_page import OverviewPage

    return OverviewPage(ctx)


def _projects(ctx: AppContext) -> Page:
    from desktop.ui.pages.projects_page import ProjectsPage

    return ProjectsPage(ctx)


def _mobilities(ctx: AppContext) -> Page:
    from desktop.ui.pages.mobilities_page import MobilitiesPage

    return MobilitiesPage(ctx)


def _people(ctx: AppContext) -> Page:
    from desktop.ui.pages.people_page import PeoplePage

    return PeoplePage(ctx)


def _stories(ctx: AppContext) -> Page:
    from desktop.ui.pages.stories_page import StoriesPage

    return StoriesPage(ctx)


def _dissemination(ctx: AppContext) -> Page:
    from desktop.ui.pages.dissemination_page import DisseminationPage

    return DisseminationPage(ctx)


def _print(ctx: AppContext) -> Page:
    from desktop.ui.pages.print_page import PrintPage

    return PrintPage(ctx)


def _settings(ctx: AppContext) -> Page:
    from desktop.ui.pages.settings_page import SettingsPage

    return SettingsPage(ctx)


@dataclass(frozen=True)
class PageSpec:
    name: str
    label: str  # English source in context "MainWindow"
    module: str  # imported ahead (preload) so that a first visit only builds the page
    make: Callable[[AppContext], Page]


# Every page, in sidebar order: the only list of pages there is.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"),
             "desktop.ui.pages.overview_page", _overview),
    PageSpec("projects", QT_TRANSLATE_NOOP("MainWindow", "Projects"),
             "desktop.ui.pages.projects_page", _projects),
    PageSpec("mobilities", QT_TRANSLATE_NOOP("MainWindow", "Mobilities"),
             "desktop.ui.pages.mobilities_page", _mobilities),
    PageSpec("people", QT_TRANSLATE_NOOP("MainWindow", "People"),
             "desktop.ui.pages.people_page", _people),
    PageSpec("stories", QT_TRANSLATE_NOOP("MainWindow", "Stories"),
             "desktop.ui.pages.stories_page", _stories),
    PageSpec("dissemination", QT_TRANSLATE_NOOP("MainWindow", "Dissemination"),
             "desktop.ui.pages.dissemination_page", _dissemination),
    PageSpec("print", QT_TRANSLATE_NOOP("MainWindow", "Print"),
             "desktop.ui.pages.print_page", _print),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"),
             "desktop.ui.pages.settings_page", _settings),
)
PAGE_NAMES = tuple(spec.name for spec in PAGES)
log = logging.getLogger(__name__)

# Which page shows the records of each table (for warnings that link to their records).
TABLE_PAGES = {"project": "projects", "result": "projects", "mobility": "mobilities",
               "participant": "people", "story": "stories",
               "dissemination_action": "dissemination"}


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, Page] = {}
        self._shown_once: set[str] = set()
        self._preload_planned = False
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setItemDelegate(BadgeDelegate(self.sidebar))
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for spec in PAGES:
            item = QListWidgetItem(page_icon(spec.name), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
        self.school_label = ElidedLabel(objectName="schoolName")
        self.stack = QStackedWidget()
        side = QWidget(objectName="sideColumn")
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.setSpacing(0)
        self.brand = PlainLabel("Vidare", objectName="brand")
        side_box.addWidget(self.brand)
        side_box.addWidget(self.school_label)
        side_box.addWidget(self.sidebar, 1)
        self.readonly_label = PlainLabel(objectName="readOnly")
        self.readonly_label.setWordWrap(True)
        self.readonly_label.setVisible(ctx.store.read_only)
        side_box.addWidget(self.readonly_label)
        side.setFixedWidth(self._sidebar_width())
        central = QWidget()
        box = QHBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(side)
        box.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        self._shortcuts()
        ctx.events.school_changed.connect(self.update_school)
        ctx.events.data_changed.connect(self.data_changed)
        style_tree(self)
        self.retranslate_ui()
        self._restore()

    def _sidebar_width(self) -> int:
        return max(200, self.fontMetrics().horizontalAdvance("M") * 15)

    def _shortcuts(self) -> None:
        def bind(sequence: QKeySequence | str, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        bind(QKeySequence.StandardKey.New, lambda: self.current_page().new_record())
        bind(QKeySequence.StandardKey.Find, lambda: self.current_page().focus_filter())
        bind(QKeySequence.StandardKey.HelpContents, self.show_help)
        bind("F1", self.show_help)
        bind(QKeySequence.StandardKey.Quit, self.close)
        for number, name in enumerate(PAGE_NAMES, start=1):
            bind(f"Ctrl+{number}", lambda n=name: self.show_page(n))
        self._delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        self._delete.activated.connect(self._delete_pressed)

    def _delete_pressed(self) -> None:
        page = self.current_page()
        # Delete deletes a record only when the table has the focus, never text being typed.
        if page.table_has_focus():
            page.delete_current()

    # Pages
    def current_name(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "overview"

    def current_page(self) -> Page:
        return self.page(self.current_name())

    def show_page(self, name: str) -> Page:
        row = PAGE_NAMES.index(name)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        return self.page(name)

    def _sidebar_changed(self, row: int) -> None:
        if row < 0:
            return
        name = PAGE_NAMES[row]
        page = self.page(name)
        previous = self.stack.currentWidget()
        if isinstance(previous, Page) and previous is not page:
            previous.flush()
        self.stack.setCurrentWidget(page)
        if name in self._shown_once:
            page.refresh()
        self._shown_once.add(name)
        self.ctx.settings.setValue("window/page", name)

    def page(self, name: str) -> Page:
        if name not in self.pages:
            spec = PAGES[PAGE_NAMES.index(name)]
            page = spec.make(self.ctx)
            style_tree(page)
            page.navigate.connect(self.open_records)
            self.pages[name] = page
            self.stack.addWidget(page)
            keep_out_of_collections()
        return self.pages[name]

    def preload(self) -> None:
        """Import the pages' code while the user looks at the first page, so that the first
        visit to each page only builds it."""
        while self._preload_one():
            pass

    def _preload_one(self) -> bool:
        """Import the next page's code not imported yet; False when none is left."""
        for spec in PAGES:
            if spec.module not in sys.modules:
                importlib.import_module(spec.module)
                return True
        keep_out_of_collections()
        return False

    def _preload_in_turns(self) -> None:
        """One page's code per turn of the event loop: a key pressed meanwhile waits for
        one import (under 20 ms), not for all of them."""
        if self._preload_one():
            QTimer.singleShot(0, self._preload_in_turns)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if not self._preload_planned:
            self._preload_planned = True
            QTimer.singleShot(400, self._preload_in_turns)

    def open_records(self, table: str, ids: list) -> None:
        """Show the records a warning is about: switch page and narrow it to those ids.

        A table with no page of its own ("" ) opens the page by name: the first-evening
        steps link to pages, not records."""
        name = TABLE_PAGES.get(table, table if table in PAGE_NAMES else None)
        if name is None:
            return
        page = self.show_page(name)
        if table in TABLE_PAGES:
            page.open_records(table, list(ids))
        elif ids == ["new"]:
            page.new_record()

    # Settings
    def _restore(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1280, 800)
        name = str(settings.value("window/page", "overview"))
        self.show_page(name if name in PAGE_NAMES else "overview")

    def closeEvent(self, event) -> None:  # noqa: ANN001
        for page in self.pages.values():
            page.flush()
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/page", self.current_name())
        self.ctx.settings.sync()
        self.ctx.stop_queries()
        gc.unfreeze()  # what the window kept out of collections may go with it
        super().closeEvent(event)

    def show_help(self) -> None:
        tr = QCoreApplication.translate
        text = "\n".join([
            tr("MainWindow", "Ctrl+N: new record on this page"),
            tr("MainWindow", "Ctrl+F: filter the table"),
            tr("MainWindow", "Delete: delete the chosen record (Vidare asks first)"),
            tr("MainWindow", "Ctrl+1 … Ctrl+8: go to a page"),
            "",
            tr("MainWindow", "Every change is saved at once. Fields with a problem are "
                             "marked, and nothing invalid is saved."),
        ])
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(tr("MainWindow", "Help"))
        box.setText(text)
        about = box.addButton(tr("MainWindow", "About Vidare…"), QMessageBox.ButtonRole.HelpRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is about:
            show_about(self)

    def data_changed(self) -> None:
        """An import, a restore or a choice between two copies changed the records: every
        page built so far reads its data again; the badge counts what waits."""
        for page in self.pages.values():
            page.reload()
        self.update_badge()

    def update_badge(self) -> None:
        """Records changed in two copies wait in Settings › Import: their count on its entry."""
        try:
            waiting = self.ctx.store.conflicts.count()
        except sqlite3.Error:  # an older database opened read-only has no such table
            log.warning("conflicts could not be counted", exc_info=True)
            waiting = 0
        item = self.sidebar.item(PAGE_NAMES.index("settings"))
        item.setData(BADGE_ROLE, format_number(waiting, self.ctx.language) if waiting else "")
        item.setToolTip(QCoreApplication.translate(
            "MainWindow", "%n record(s) changed in both copies wait for your choice in "
                          "Settings, under Import.", None, waiting) if waiting else "")

    def update_school(self) -> None:
        school = self.ctx.store.school.get()
        self.school_label.set_full_text(school.name if school else "")

    # Language
    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.setWindowTitle(tr("MainWindow", "Vidare"))
        for row, spec in enumerate(PAGES):
            self.sidebar.item(row).setText(tr("MainWindow", spec.label))
        self.update_badge()
        self.readonly_label.setText(tr("MainWindow", "Read-only: this database was saved by a "
                                                     "newer Vidare; changes cannot be saved."))
        self.update_school()

    def changeEvent(self, event: QEvent) -> None:
        # The one place a language change arrives: the window, then every page, by signal.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.ctx.events.language_changed.emit()
        super().changeEvent(event)
