"""What every window is handed: the open store, the settings, the language switcher, and
the one signal by which every page learns that the language changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:
    from desktop.i18n.qt import LanguageSwitcher
    from desktop.store import Store
    from desktop.store.drafts import DraftRepository
    from desktop.ui.query_worker import QueryWorker


class UiEvents(QObject):
    """Signals shared by the whole window. The main window emits `language_changed` once
    per language change; pages connect their `retranslate_ui` to it."""

    language_changed = Signal()
    school_changed = Signal()  # the school's name or logo changed (the sidebar shows it)
    # Records changed underneath the pages (an import, a restore, a choice between two
    # copies): the window has every page read its data again, the open record too.
    data_changed = Signal()


def lenient_text(value: bytes) -> str:
    """Text from the database even where an outside program wrote bytes that are not UTF-8
    (a school's name edited in another tool): shown with replacement marks, not a crash."""
    return value.decode("utf-8", errors="replace")


@dataclass
class AppContext:
    store: Store
    settings: QSettings
    switcher: LanguageSwitcher | None = None
    events: UiEvents = field(default_factory=UiEvents)

    def __post_init__(self) -> None:
        # The window reads every row it shows through this connection: bad bytes in one
        # field must not stop it (documents and the command line decide for themselves).
        self.store.db.conn.text_factory = lenient_text

    @property
    def language(self) -> str:
        return self.switcher.language if self.switcher is not None else "en"

    @cached_property
    def query_worker(self) -> QueryWorker:
        """The thread the lists' queries run on, with its own read-only connection; it
        stops when the store closes (and when the window does: `stop_queries`)."""
        from desktop.ui.query_worker import QueryWorker

        worker = QueryWorker(self.store.reader)
        self.store.when_closing(worker.close)
        return worker

    def stop_queries(self) -> None:
        """No query left running (the window closes); a later request starts it again."""
        if "query_worker" in vars(self):
            self.query_worker.stop()

    @cached_property
    def drafts(self) -> DraftRepository:
        from desktop.store.drafts import DraftRepository

        return DraftRepository(self.store.db)
