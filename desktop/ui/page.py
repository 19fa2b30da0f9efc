"""The one interface every page offers the main window; the window calls these by name.

A page reads its data when built; `refresh()` reads it again when the page is shown
again, `reload()` when the data changed underneath it (an import, a restore); `flush()`
saves whatever is typed before the page is left or the window closes; `open_records()`
narrows it to the records a warning is about. `navigate` asks the window to open records
on another page. `retranslate_ui()` runs on every language change (the window's one
signal); nothing on a page overrides `changeEvent`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext

# Margins of every page, so that headings and content line up from page to page.
PAGE_MARGINS = (20, 16, 20, 12)


class Page(QWidget):
    navigate = Signal(str, list)  # table name and ids: open these records on their page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.events.language_changed.connect(self.retranslate_ui)

    def refresh(self) -> None:
        """Read the data again: the page is shown again and other pages may have changed it."""

    def reload(self) -> None:
        """The data changed underneath (an import, a restore): read everything again,
        the record being edited too."""
        self.refresh()

    def flush(self) -> None:
        """Save what is typed and not yet saved (drafts keep what cannot be saved)."""

    def open_records(self, table: str, ids: list[str]) -> None:
        """Show only these records of `table` (a warning's subject)."""

    def new_record(self) -> None:
        """Start a new record (Ctrl+N), where the page has records."""

    def focus_filter(self) -> None:
        """Put the cursor in the page's filter (Ctrl+F), where it has one."""

    def delete_current(self) -> None:
        """Delete the chosen record, asking first."""

    def table_has_focus(self) -> bool:
        """True when the page's list has the keyboard focus (Delete then deletes a record)."""
        return False

    def retranslate_ui(self) -> None:
        """Set every text again in the interface language."""
