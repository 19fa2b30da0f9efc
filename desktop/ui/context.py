"""What every window is handed: the open store, the settings and the language switcher."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from desktop.i18n.qt import LanguageSwitcher
    from desktop.store import Store


@dataclass
class AppContext:
    store: Store
    settings: QSettings
    switcher: LanguageSwitcher | None = None

    @property
    def language(self) -> str:
        return self.switcher.language if self.switcher is not None else "en"
