"""The window as a whole: every page opens, warnings lead to their records, it remembers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt

from desktop.domain.models import DisseminationAction
from desktop.ui.context import AppContext
from desktop.ui.main_window import PAGE_NAMES, MainWindow
from tests.ui.helpers import click, wait_for_rows


@pytest.fixture
def window(qtbot, ctx, school):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_every_page_opens_from_the_sidebar(qtbot, window):
    for row, name in enumerate(PAGE_NAMES):
        window.sidebar.setCurrentRow(row)
        assert window.current_name() == name
        assert window.stack.currentWidget() is window.pages[name]
        assert window.pages[name].isVisible()


def test_shortcuts_new_and_filter(qtbot, window):
    window.show_page("mobilities")
    page = window.pages["mobilities"]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.is_new()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus() or QCoreApplication.instance().focusWidget() in (
        page.filter_edit, None)


def test_a_warning_opens_the_records_it_is_about(qtbot, ctx, store, school):
    today = dt.date.today()
    overdue = store.dissemination.save(DisseminationAction(
        project_id=school["p1"], title="Forgotten blog post", channel="blog",
        planned_date=(today - dt.timedelta(days=10)).isoformat()))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("overview")
    overview = window.pages["overview"]
    wait_for_rows(qtbot, overview)
    links = [b for b in overview.warning_links if b.property("code") == "overdue"]
    assert links, [b.text() for b in overview.warning_links]
    click(links[0])
    page = window.pages["dissemination"]
    assert window.current_name() == "dissemination"
    wait_for_rows(qtbot, page)
    shown = {page.model.row_id(r) for r in range(page.model.rowCount())}
    assert overdue.id in shown and school["a1"] not in shown
    assert page.only_banner.isVisibleTo(page)
    page.show_all_button.click()
    wait_for_rows(qtbot, page)
    assert page.model.rowCount() == 3


def test_size_and_last_page_are_remembered(qtbot, ctx, store, tmp_path):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(770, 433)  # within the offscreen screen (800 × 600)
    window.show_page("stories")
    window.close()
    settings = QSettings(ctx.settings.fileName(), QSettings.Format.IniFormat)
    again = MainWindow(AppContext(store=store, settings=settings))
    qtbot.addWidget(again)
    assert again.current_name() == "stories"
    assert (again.size().width(), again.size().height()) == (770, 433)


def test_language_change_retranslates_headers(qtbot, window):
    page = window.show_page("mobilities")
    with qtbot.waitSignal(page.model.headerDataChanged):
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))


def test_settings_switches_language_live(qtbot, tmp_path, store, school, qapp):
    from desktop.i18n.qt import LanguageSwitcher
    from desktop.ui.app import make_application

    app = make_application()
    switcher = LanguageSwitcher(app)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(store=store, settings=settings, switcher=switcher))
    qtbot.addWidget(window)
    page = window.show_page("settings")
    try:
        page.language.setCurrentIndex(page.language.findData("pl"))
        assert switcher.language == "pl"
        assert settings.value("language") == "pl"
        qtbot.wait(10)
        # Country names come from Babel in the chosen language at once.
        school_form = page.school
        assert school_form.country.currentText() == "Szwecja"
        from desktop.paths import translations_dir

        if (translations_dir() / "vidare_pl.qm").exists():
            assert window.sidebar.item(0).text() == "Przegląd"
            assert page.heading.text() == "Ustawienia"
    finally:
        switcher.set_language("en")


def test_school_details_are_saved_from_settings(qtbot, window, store):
    from tests.ui.helpers import type_into

    page = window.show_page("settings")
    type_into(qtbot, page.school.oid, "E10123456")
    assert store.school.get().oid == "E10123456"
    type_into(qtbot, page.school.name, "Vidby skola")
    assert window.school_label.text() == "Vidby skola"
