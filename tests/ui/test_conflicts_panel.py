"""Settings › Import in the window: an archive import that finds records changed in both
copies says so, the sidebar counts them, and the user chooses field by field with the
mouse; the choice is stored, a choice that breaks the rules is refused under its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QScrollArea

from desktop.domain.models import Project, Story
from desktop.store import Store
from desktop.store.archive import export_archive, import_archive
from desktop.ui.context import AppContext
from desktop.ui.main_window import PAGE_NAMES, MainWindow
from desktop.ui.sidebar_badge import BADGE_ROLE
from tests.ui.helpers import answer_next_file_dialog, click, counted


def WAITING_ONE() -> str:  # noqa: N802 - a message, read in the language of the moment
    return counted("Conflicts", "%n record(s) wait for your choice.", 1)


def edit_story(store: Store, story_id: str, **values) -> None:
    story = store.stories.get(story_id)
    for name, value in values.items():
        setattr(story, name, value)
    store.stories.save(story)


@pytest.fixture
def laptops(store, tmp_path, monkeypatch):
    """This computer (the window's store) and a second laptop that got its archive; both
    then changed the same story."""
    monkeypatch.setenv("HOME", str(tmp_path))  # the file dialog opens here
    project = store.projects.save(Project(title="Natur", action="KA122-SCH",
                                          start_date="2025-09-01", end_date="2027-08-31"))
    story = store.stories.save(Story(title="Skogen", text="Vi gick ut.", language="sv"))
    other = Store(tmp_path / "second" / "vidare.db", create=True)
    import_archive(other.path, export_archive(store.path, tmp_path / "first.zip"))
    edit_story(store, story.id, title="Skogen, här", text="Vi gick ut i skogen.")
    edit_story(other, story.id, title="Skogen, där", quote="Ute lär vi oss mest.")
    export_archive(other.path, tmp_path / "laptop.zip")
    other.close()
    return project, story


@pytest.fixture
def window(qtbot, store, tmp_path):
    ctx = AppContext(store=store, settings=QSettings(str(tmp_path / "s.ini"),
                                                     QSettings.Format.IniFormat))
    shown = MainWindow(ctx)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def settings_entry(window):
    return window.sidebar.item(PAGE_NAMES.index("settings"))


def test_conflicts_from_an_archive_are_chosen_field_by_field(qtbot, window, store, laptops):
    _project, story = laptops
    stories = window.show_page("stories")  # built before the import: it must follow it
    settings = window.show_page("settings")
    assert settings.conflicts.summary.text() == "No record waits for a choice."
    assert not settings_entry(window).data(BADGE_ROLE)

    answer_next_file_dialog("laptop.zip")
    click(settings.backups.import_button)
    status = settings.backups.status.text()
    assert counted("BackupsPanel", "%n record(s) were changed both here and in the archive's "
                   "copy: this computer's version is kept, and the other waits for your choice "
                   "under Import.", 1) in status
    assert settings_entry(window).data(BADGE_ROLE) == "1"
    assert settings_entry(window).toolTip() == counted(
        "MainWindow", "%n record(s) changed in both copies wait for your choice in Settings, "
                      "under Import.", 1)

    panel = settings.conflicts
    assert panel.summary.text() == WAITING_ONE()
    assert panel.table.item(0, 0).text() == "Story: Skogen, här"
    assert panel.table.item(0, 1).text() == "laptop.zip"
    shown = {name: (ours.text.text(), theirs.text.text())
             for name, (ours, theirs) in panel.cells.items()}
    assert shown == {"title": ("Skogen, här", "Skogen, där"),
                     "text": ("Vi gick ut i skogen.", "Vi gick ut."),
                     "quote": ("(empty)", "Ute lär vi oss mest.")}
    # Take their title (a click on the words) and their quote (a click on the button).
    click(panel.choose("title", theirs=True).text)
    click(panel.choose("quote", theirs=True).radio)
    assert panel.take_theirs() == {"title", "quote"}
    click(panel.apply_button)
    kept = store.stories.get(story.id)
    assert (kept.title, kept.text, kept.quote) == ("Skogen, där", "Vi gick ut i skogen.",
                                                   "Ute lär vi oss mest.")
    assert store.conflicts.count() == 0
    assert panel.summary.text() == "No record waits for a choice."
    assert panel.status.text() == "Decided: Story: Skogen, där."
    assert not settings_entry(window).data(BADGE_ROLE)
    # The Stories page, built before, shows the chosen title without being asked.
    titles = [stories.model.row(r)["title"] for r in range(stories.model.rowCount())]
    assert "Skogen, där" in titles


def test_a_choice_that_breaks_the_rules_shows_under_its_field_and_saves_nothing(
        qtbot, window, store, laptops):
    _project, story = laptops
    import_archive(store.path, laptops_archive(store))
    store.db.execute("UPDATE conflict SET theirs = json_set(theirs, '$.title', '')")
    settings = window.show_page("settings")
    window.data_changed()  # as after an import from the command line and a restart
    qtbot.wait(50)  # laid out, as a person sees it
    panel = settings.conflicts
    assert settings_entry(window).data(BADGE_ROLE) == "1"
    click(panel.choose("title", theirs=True).radio)
    click(panel.apply_button)
    error = panel.errors["title"]
    assert error.isVisible() and error.text() == "Enter a title."
    assert store.stories.get(story.id).title == "Skogen, här"
    assert store.conflicts.count() == 1
    click(panel.choose("title", theirs=False).radio)  # back to this computer's title
    assert not error.isVisible()
    click(panel.ours_all)
    click(panel.apply_button)
    assert store.conflicts.count() == 0 and store.stories.get(story.id).title == "Skogen, här"


def laptops_archive(store):
    return store.path.parent / "laptop.zip"


def test_the_import_section_fits_the_window_without_sideways_scrolling(qtbot, window, store,
                                                                      laptops):
    import_archive(store.path, laptops_archive(store))
    settings = window.show_page("settings")
    window.data_changed()
    qtbot.wait(50)
    area = settings.findChild(QScrollArea)
    assert not area.horizontalScrollBar().isVisible()
    assert settings.conflicts.detail.isVisible()


def test_an_import_says_how_many_people_were_erased_and_the_pages_follow(
        qtbot, window, store, tmp_path, monkeypatch):
    from desktop.domain.models import Participant
    from desktop.store.privacy import erase_person

    monkeypatch.setenv("HOME", str(tmp_path))
    person = store.people.save(Participant(name="Åke Strand", role="teacher"))
    other = Store(tmp_path / "second" / "vidare.db", create=True)
    import_archive(other.path, export_archive(store.path, tmp_path / "first.zip"))
    erase_person(other, person.id)  # the other laptop erased him
    export_archive(other.path, tmp_path / "erased.zip")
    other.close()
    people = window.show_page("people")
    assert people.select_id(person.id)
    settings = window.show_page("settings")
    answer_next_file_dialog("erased.zip")
    click(settings.backups.import_button)
    assert counted("BackupsPanel", "%n person(s) erased in the archive's copy were erased "
                                   "here too.", 1) in settings.backups.status.text()
    assert store.people.get(person.id) is None
    names = [people.model.row(r)["name"] for r in range(people.model.rowCount())]
    assert "Åke Strand" not in names
    assert people.person.record is None or people.person.record.id != person.id


def test_a_read_only_database_lists_conflicts_but_offers_no_choice(qtbot, store, laptops,
                                                                   tmp_path):
    from desktop.ui.conflicts_panel import ConflictsPanel

    import_archive(store.path, laptops_archive(store))
    store.close()
    with Store(store.path, read_only=True) as reading:
        ctx = AppContext(store=reading, settings=QSettings(str(tmp_path / "r.ini"),
                                                           QSettings.Format.IniFormat))
        panel = ConflictsPanel(ctx)
        qtbot.addWidget(panel)
        panel.show()
        assert panel.summary.text() == WAITING_ONE()
        assert not panel.apply_button.isEnabled() and not panel.theirs_all.isEnabled()
        assert panel.apply() is False
        assert reading.conflicts.count() == 1


@pytest.mark.parametrize(("language", "pdf", "missing"), [
    ("en", "PDF file, 3\u00a0kB", "a file that is not on this computer"),
    ("sv", "PDF-fil, 3\u00a0kB", "en fil som inte finns på den här datorn"),
    ("nb", "PDF-fil, 3\u00a0kB", "en fil som ikke finnes på denne datamaskinen"),
    ("pl", "plik PDF, 3\u00a0kB", "plik, którego nie ma na tym komputerze")])
def test_two_versions_of_a_file_field_read_apart(store, tmp_path, qapp, language, pdf, missing):
    """A scanned form in each copy: the choice names each by type and size, not "a file"."""
    from desktop.i18n.qt import LanguageSwitcher
    from desktop.store.media import add_attachment
    from desktop.ui.conflict_words import Describer

    switcher = LanguageSwitcher(qapp)
    switcher.set_language(language)
    try:
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4\n" + b"0" * 3000)
        name = add_attachment(store.media_dir, scan, "consent")
        ctx = AppContext(store=store, settings=QSettings(
            str(tmp_path / "s.ini"), QSettings.Format.IniFormat), switcher=switcher)
        describe = Describer(ctx)
        assert describe.value("consent", "form_file", name) == pdf
        assert describe.value("consent", "form_file", "consent-0123456789abcdef01234567.pdf") \
            == missing
    finally:
        switcher.set_language("en")
