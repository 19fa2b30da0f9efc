"""An action's responsible person, typed as a person types: chosen from the people (and
linked, so that an erasure reaches the action), or kept as a name only; names typed before
are matched to the person they name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from desktop.domain.models import DisseminationAction, Participant
from desktop.store.privacy import erase_person
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.dissemination_page import DisseminationPage
from tests.ui.helpers import click, click_row, focus


@pytest.fixture
def page(qtbot, ctx, school):
    shown = DisseminationPage(ctx)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def open_action(page, action_id):
    click_row(page.view, page.model.row_of(action_id))
    assert page.editor.record.id == action_id


def type_name(qtbot, picker, text, enter=True):
    focus(picker.chooser)
    QTest.keyClicks(picker.chooser, text)
    if enter:
        QTest.keyClick(picker.chooser, Qt.Key.Key_Return)


def shown(picker):
    return [picker.list.item(i).text() for i in range(picker.list.count())]


def test_a_person_is_chosen_by_typing_and_a_stranger_is_kept_as_a_name(qtbot, page, store,
                                                                       school):
    open_action(page, school["a2"])
    picker = page.editor.responsible
    assert not picker.list.isVisible()  # nobody yet: only the line to type in
    type_name(qtbot, picker, "anna l")  # the one person whose entry this begins
    assert store.dissemination.responsible_people(school["a2"]) == [
        (school["anna"], "Anna Lind")]
    assert store.dissemination.get(school["a2"]).responsible == "Anna Lind"
    assert shown(picker) == ["Anna Lind (Teacher)"]
    type_name(qtbot, picker, "Mayor Jensen", enter=False)
    assert picker.add_button.text() == "Add as a name only: “Mayor Jensen”"
    click(picker.add_button)
    saved = store.dissemination.get(school["a2"])
    assert saved.responsible == "Anna Lind, Mayor Jensen"
    assert [pid for pid, _ in store.dissemination.responsible_people(school["a2"])] == [
        school["anna"]]
    assert shown(picker)[1] == "Mayor Jensen (a name only, not one of the people in Vidare)"
    # Remove Anna: a click on her row, then on Remove.
    click_row(picker.list, 0)
    click(picker.remove_button)
    assert store.dissemination.get(school["a2"]).responsible == "Mayor Jensen"
    assert store.dissemination.responsible_people(school["a2"]) == []


def test_erasing_a_chosen_person_takes_their_name_from_the_action(qtbot, page, store, school):
    open_action(page, school["a1"])
    picker = page.editor.responsible
    type_name(qtbot, picker, "Eva Sund")  # her full name, typed
    type_name(qtbot, picker, "Rektor Holm")  # nobody of that name: a name only
    assert store.dissemination.get(school["a1"]).responsible == "Eva Sund, Rektor Holm"
    erase_person(store, school["eva"])
    page.reload()
    assert store.dissemination.get(school["a1"]).responsible == "Erased person, Rektor Holm"
    assert page.editor.responsible.value() == [("", "Erased person"), ("", "Rektor Holm")]
    assert all("Eva" not in text for text in shown(page.editor.responsible))
    assert store.dissemination.responsible_people(school["a1"]) == []


def test_names_typed_before_are_shown_linked_to_their_person(qtbot, ctx, store, school):
    action = store.dissemination.save(DisseminationAction(
        project_id=school["p1"], channel="blog", title="Blog post",
        responsible="Bo Ek och Okänd Person"))
    store.people.save(Participant(name="Anna Lind", role="pupil"))  # a second Anna Lind
    other = store.dissemination.save(DisseminationAction(
        project_id=school["p1"], channel="blog", title="Another post",
        responsible="Anna Lind"))
    page = DisseminationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    open_action(page, action.id)
    picker = page.editor.responsible
    assert picker.value() == [(school["bo"], "Bo Ek"), ("", "Okänd Person")]
    assert shown(picker) == ["Bo Ek (Teacher)",
                             "Okänd Person (a name only, not one of the people in Vidare)"]
    open_action(page, other.id)
    assert page.editor.responsible.value() == [("", "Anna Lind")]  # two fit: none is guessed


def test_a_renamed_person_shows_under_the_new_name(qtbot, page, store, school):
    open_action(page, school["a2"])
    type_name(qtbot, page.editor.responsible, "Bo Ek")
    bo = store.people.get(school["bo"])
    bo.name = "Bo Ekström"
    store.people.save(bo)
    page.reload()
    assert shown(page.editor.responsible) == ["Bo Ekström (Teacher)"]
    assert store.dissemination.get(school["a2"]).responsible == "Bo Ekström"


def test_a_chosen_person_is_kept_in_a_draft_across_closing_the_window(qtbot, store, school,
                                                                      tmp_path):
    def open_window():
        ctx = AppContext(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                         QSettings.Format.IniFormat))
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        return window, window.show_page("dissemination")

    window, page = open_window()
    click(page.new_button)
    type_name(qtbot, page.editor.responsible, "Cia Berg")  # before the title: a draft
    window.close()
    assert store.dissemination.page().total == 2  # nothing saved without a title
    window, page = open_window()
    draft = next(page.model.row_id(r) for r in range(page.model.rowCount())
                 if page.model.row_id(r).startswith("draft:"))
    click_row(page.view, page.model.row_of(draft))
    assert page.editor.responsible.value() == [(school["cia"], "Cia Berg")]
    focus(page.editor.title)
    QTest.keyClicks(page.editor.title, "Pupils' exhibition")
    QTest.keyClick(page.editor.title, Qt.Key.Key_Tab)
    saved = store.dissemination.get(page.editor.record.id)
    assert saved.title == "Pupils' exhibition" and saved.responsible == "Cia Berg"
    assert store.dissemination.responsible_people(saved.id) == [(school["cia"], "Cia Berg")]
    window.close()
