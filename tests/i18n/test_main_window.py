"""The real main window switches language live: sidebar, page, table header, open dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from desktop.i18n.qt import LanguageSwitcher

pytest.importorskip("desktop.ui.main_window")

from desktop.ui.context import AppContext  # noqa: E402
from desktop.ui.first_start import FirstStartDialog  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

SIDEBAR = {"en": ["Overview", "Projects", "Mobilities"],
           "pl": ["Przegląd", "Projekty", "Mobilności"],
           "sv": ["Översikt", "Projekt", "Mobiliteter"],
           "nb": ["Oversikt", "Prosjekter", "Mobiliteter"]}
# Mobility table: column "People"; editor label "Travel days"; dialog title.
PEOPLE = {"en": "People", "pl": "Osoby", "sv": "Personer", "nb": "Personer"}
EDITOR_LABEL = {"en": "Travel days", "pl": "Dni podróży", "sv": "Resdagar",
                "nb": "Reisedager"}
WELCOME = {"en": "Welcome to Vidare", "pl": "Witamy w programie Vidare",
           "sv": "Välkommen till Vidare", "nb": "Velkommen til Vidare"}


@pytest.fixture
def window(store, tmp_path, qapp, qtbot, monkeypatch):
    monkeypatch.delenv("VIDARE_PSEUDO", raising=False)
    from desktop.ui.app import make_application

    make_application()
    switcher = LanguageSwitcher(qapp)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(store=store, settings=settings, switcher=switcher)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    yield main, switcher
    switcher.set_language("en")
    qapp.processEvents()
    # Gone now, not at some later deleteLater: a closed store must not get LanguageChange.
    import shiboken6

    main.close()
    shiboken6.delete(main)


def _labels(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def test_main_window_follows_the_language_without_restart(window, qapp, qtbot):
    main, switcher = window
    page = main.show_page("mobilities")
    dialog = FirstStartDialog("en", switcher, main)
    dialog.show()
    model = page.view.model()
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "People")
    for language in ("pl", "sv", "nb", "en"):
        switcher.set_language(language)
        qapp.processEvents()
        assert [main.sidebar.item(row).text() for row in range(3)] == SIDEBAR[language]
        # the page's own heading goes through self.tr(): PySide's class-name context
        assert page.heading.text() == SIDEBAR[language][2]
        assert model.headerData(column, Qt.Orientation.Horizontal) == PEOPLE[language]
        assert EDITOR_LABEL[language] in _labels(page)
        assert dialog.windowTitle() == WELCOME[language] or WELCOME[language] in _labels(dialog)
