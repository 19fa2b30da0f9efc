"""The main window: a sidebar of pages, shortcuts, remembered size and page; nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.ui.context import AppContext
from desktop.ui.dialogs import show_about
from desktop.ui.icons import page_icon
from desktop.ui.style import style_tree

# (name, label) in sidebar order; the label is English source in context "MainWindow".
PAGES: tuple[tuple[str, str], ...] = (
    ("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview")),
    ("projects", QT_TRANSLATE_NOOP("MainWindow", "Projects")),
    ("mobilities", QT_TRANSLATE_NOOP("MainWindow", "Mobilities")),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People")),
    ("stories", QT_TRANSLATE_NOOP("MainWindow", "Stories")),
    ("dissemination", QT_TRANSLATE_NOOP("MainWindow", "Dissemination")),
    ("print", QT_TRANSLATE_NOOP("MainWindow", "Print")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)
PAGE_NAMES = tuple(name for name, _ in PAGES)

# Which page shows the records of each table (for warnings that link to their records).
TABLE_PAGES = {"project": "projects", "result": "projects", "mobility": "mobilities",
               "participant": "people", "story": "stories",
               "dissemination_action": "dissemination"}


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for name, _label in PAGES:
            item = QListWidgetItem(page_icon(name), "")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
        self.school_label = QLabel(objectName="schoolName")
        self.school_label.setWordWrap(True)
        self.stack = QStackedWidget()
        side = QWidget(objectName="sideColumn")
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.setSpacing(0)
        self.brand = QLabel("Vidare", objectName="brand")
        side_box.addWidget(self.brand)
        side_box.addWidget(self.school_label)
        side_box.addWidget(self.sidebar, 1)
        self.readonly_label = QLabel(objectName="readOnly")
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

        bind(QKeySequence.StandardKey.New, lambda: self._page_call("new_record"))
        bind(QKeySequence.StandardKey.Find, lambda: self._page_call("focus_filter"))
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
        view = getattr(page, "view", None)
        if view is not None and view.hasFocus():
            self._page_call("delete_current")

    def _page_call(self, method: str) -> None:
        page = self.current_page()
        if page is not None and hasattr(page, method):
            getattr(page, method)()

    # Pages
    def current_name(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "overview"

    def current_page(self) -> QWidget | None:
        return self.pages.get(self.current_name())

    def show_page(self, name: str) -> QWidget:
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
        flush = getattr(getattr(previous, "editor", None), "flush", None)
        if flush is not None:
            flush()
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if refresh is not None and getattr(page, "_shown_once", False):
            refresh()
        page._shown_once = True  # type: ignore[attr-defined]
        self.ctx.settings.setValue("window/page", name)

    def page(self, name: str) -> QWidget:
        if name not in self.pages:
            page = self._make_page(name)
            style_tree(page)
            navigate = getattr(page, "navigate", None)
            if navigate is not None:
                navigate.connect(self.open_records)
            self.pages[name] = page
            self.stack.addWidget(page)
        return self.pages[name]

    def preload(self) -> None:
        """Import the pages' code while the user looks at the first page, so that the first
        visit to each page only builds it."""
        for name in PAGE_NAMES:
            importlib.import_module(f"desktop.ui.pages.{name}_page")

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if not getattr(self, "_preload_planned", False):
            self._preload_planned = True
            QTimer.singleShot(400, self.preload)

    def _make_page(self, name: str) -> QWidget:
        module = importlib.import_module(f"desktop.ui.pages.{name}_page")
        cls = getattr(module, f"{name.capitalize()}Page")
        return cls(self.ctx)

    def open_records(self, table: str, ids: list) -> None:
        """Show the records a warning is about: switch page and narrow it to those ids."""
        name = TABLE_PAGES.get(table)
        if name is None:
            return
        page = self.show_page(name)
        opener = getattr(page, "open_records", None)
        if opener is not None:
            opener(table, list(ids))
        elif hasattr(page, "show_only"):
            page.show_only(list(ids))

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
        page = self.current_page()
        flush = getattr(getattr(page, "editor", None), "flush", None)
        if flush is not None:
            flush()
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.setValue("window/page", self.current_name())
        self.ctx.settings.sync()
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
        box.setWindowTitle(tr("MainWindow", "Help"))
        box.setText(text)
        about = box.addButton(tr("MainWindow", "About Vidare…"), QMessageBox.ButtonRole.HelpRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is about:
            show_about(self)

    def update_school(self) -> None:
        school = self.ctx.store.school.get()
        self.school_label.setText(school.name if school else "")

    # Language
    def retranslate_ui(self) -> None:
        tr = QCoreApplication.translate
        self.setWindowTitle(tr("MainWindow", "Vidare"))
        for row, (_name, label) in enumerate(PAGES):
            self.sidebar.item(row).setText(tr("MainWindow", label))
        self.readonly_label.setText(tr("MainWindow", "Read-only: this database was saved by a "
                                                     "newer Vidare; changes cannot be saved."))
        self.update_school()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
