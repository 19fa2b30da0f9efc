"""No page scrolls sideways at 1280 × 800, in any of the four languages or the pseudo one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from desktop.i18n.qt import LanguageSwitcher
from desktop.ui.context import AppContext
from desktop.ui.main_window import PAGE_NAMES, MainWindow
from desktop.ui.table_page import TablePage


def sideways(window: MainWindow, name: str) -> list[str]:
    """The scroll areas of a page that show a sideways scroll bar once its layout has
    settled (a busy machine lays out late; a bar that stays is what counts)."""
    page = window.pages[name]

    def found() -> list[str]:
        return [f"{name}: {area.objectName() or type(area).__name__}"
                for area in page.findChildren(QAbstractScrollArea)
                if area.isVisible() and area.horizontalScrollBar().isVisible()]

    for _ in range(25):
        if not found():
            return []
        QApplication.processEvents()
        QThread.msleep(20)
    return found()


@pytest.mark.slow
@pytest.mark.parametrize("pseudo", [False, True])
def test_no_page_scrolls_sideways(qtbot, store, tmp_path, qapp, monkeypatch, pseudo):
    from desktop.demo import create_demo

    if pseudo:
        monkeypatch.setenv("VIDARE_PSEUDO", "1")
    else:
        monkeypatch.delenv("VIDARE_PSEUDO", raising=False)
    create_demo(store, "PL", 1)
    switcher = LanguageSwitcher(qapp)
    window = MainWindow(AppContext(store=store, settings=QSettings(
        str(tmp_path / "s.ini"), QSettings.Format.IniFormat), switcher=switcher))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    found: list[str] = []
    try:
        for language in ("en", "sv", "nb", "pl"):
            switcher.set_language(language)
            QApplication.processEvents()
            for name in PAGE_NAMES:
                page = window.show_page(name)
                qtbot.wait(20)  # the layout settles as a person would see it
                found += [f"{language} {where}" for where in sideways(window, name)]
                if isinstance(page, TablePage):
                    page.new_record()
                    QApplication.processEvents()
                    found += [f"{language} new {where}" for where in sideways(window, name)]
                    page.form.draft = None
                    page.form.load(None)
                    page.select_row(0)
    finally:
        switcher.pseudo = False
        switcher.set_language("en")
    assert found == []
