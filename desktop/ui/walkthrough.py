"""`vidare selftest --walkthrough`: a new coordinator's first evening, typed key by key.

The real window on an empty database, driven only by key presses and mouse clicks sent
through Qt's event system: first start, a project with typed dates and a result, a pupil
with consent, a trip, a story with a photo, a planned action with a typed date, and the
planning poster. Each step prints one JSON line; at the end every typed value is looked
for in the database: `walkthrough: ok`, or exit 1 naming the field that was lost.
(Qt's test module is not shipped in the single executable, so the events are made here.)
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.ui.keys import NotOffered, click, click_row, fill, pick, press, settle, type_text

# A date in the forms a person of each language writes it (day 1 September 2026).
LOCAL_DATE = {"en": "{d}/{m}/{y}", "sv": "{d}/{m} {y}", "nb": "{d}.{m}.{y}",
              "pl": "{d}.{m:02}.{y}"}
COUNTRY = {"en": "Sweden", "sv": "Sverige", "nb": "Norge", "pl": "Polska"}
TRIP_COUNTRY = {"en": "Poland", "sv": "Polen", "nb": "Polen", "pl": "Niemcy"}
TRIP_CODE = {"en": "PL", "sv": "PL", "nb": "PL", "pl": "DE"}
SCHOOL_CODE = {"en": "SE", "sv": "SE", "nb": "NO", "pl": "PL"}


class WalkFailed(Exception):
    def __init__(self, step: str, field: str, detail: str = ""):
        self.step, self.field, self.detail = step, field, detail
        super().__init__(f"{step}: {field} {detail}".strip())


def local(day: dt.date, language: str) -> str:
    return LOCAL_DATE[language].format(d=day.day, m=day.month, y=day.year)


# The evening
class Walk:
    def __init__(self, language: str, workdir: Path, shots: Path | None,
                 line: Callable[..., None]):
        self.language, self.workdir, self.shots, self.line = language, workdir, shots, line
        self.expected: list[tuple[str, str, Callable[[], Any], Any]] = []
        self.window: Any = None
        self.store: Any = None

    def expect(self, step: str, field: str, read: Callable[[], Any], value: Any) -> None:
        self.expected.append((step, field, read, value))

    def step(self, name: str, action: Callable[[], None]) -> None:
        started = time.perf_counter()
        action()
        settle()
        values = {field: value for step, field, _read, value in self.expected if step == name}
        self.line(step=f"walk:{name}", ms=round((time.perf_counter() - started) * 1000, 1),
                  typed=values)
        if self.shots is not None and self.window is not None:
            self.window.grab().save(str(self.shots / f"walk-{name}.png"))

    def sidebar(self, name: str) -> Any:
        from desktop.ui.main_window import PAGE_NAMES

        click_row(self.window.sidebar, PAGE_NAMES.index(name))
        return self.window.pages[name]

    # First start
    def first_start(self, switcher: Any) -> None:
        from desktop.ui.app import create_school
        from desktop.ui.first_start import FirstStartDialog

        dialog = FirstStartDialog(self.language, switcher)
        dialog.show()
        settle()
        name = "Skolan i Vidby" if self.language != "pl" else "Szkoła Podstawowa nr 5"
        fill(dialog.name, name)
        fill(dialog.country, COUNTRY[self.language])
        if self.shots is not None:
            dialog.grab().save(str(self.shots / "walk-first-start.png"))
        click(dialog.create_button)
        if dialog.choice != "create":
            raise WalkFailed("first-start", "school", dialog.error.text())
        self.db_path = self.workdir / "vidare.db"
        create_school(self.db_path, dialog.name.text().strip(), dialog.country.code(),
                      dialog.chosen_language())
        dialog.close()
        self.expect("first-start", "school.name", lambda: self.store.school.get().name, name)
        self.expect("first-start", "school.country",
                    lambda: self.store.school.get().country, SCHOOL_CODE[self.language])

    def open_window(self, switcher: Any) -> None:
        from desktop.store import Store
        from desktop.ui.context import AppContext
        from desktop.ui.main_window import MainWindow

        self.store = Store(self.db_path)
        settings = QSettings(str(self.workdir / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(store=self.store, settings=settings, switcher=switcher)
        self.window = MainWindow(ctx)
        self.window.resize(1280, 800)
        self.window.show()
        settle()

    def project(self) -> None:
        page = self.sidebar("projects")
        click(page.new_button)
        form = page.editor.form
        title = "Utomhuspedagogik i alla ämnen" if self.language == "sv" else "Outdoor learning"
        start, end = dt.date(2026, 9, 1), dt.date(2027, 6, 30)
        fill(form.title, title)
        fill(form.reference, "2026-1-SE01-KA122-SCH-000123456")
        pick(form.action, "KA122-SCH")
        fill(form.start, local(start, self.language))
        fill(form.end, end.isoformat())
        store = self.store

        def project() -> Any:
            found = store.projects.all()
            return found[0] if found else None

        self.project_read = project
        self.expect("project", "project.title", lambda: project().title, title)
        self.expect("project", "project.reference", lambda: project().reference,
                    "2026-1-SE01-KA122-SCH-000123456")
        self.expect("project", "project.start_date", lambda: project().start_date,
                    start.isoformat())
        self.expect("project", "project.end_date", lambda: project().end_date,
                    end.isoformat())
        if project() is None:
            raise WalkFailed("project", "project", form.status.text())
        click(page.editor.tabs.tabBar(), page.editor.tabs.tabBar().tabRect(1).center())
        click(page.editor.results.add_button)
        result = "Lesson bank for outdoor maths"
        fill(page.editor.result_form.title, result)
        self.result_title = result
        self.expect("project", "result.title",
                    lambda: store.projects.results(project().id)[0].title, result)

    def pupil(self) -> None:
        page = self.sidebar("people")
        click(page.new_button)
        name = "Zofia Kowalska"
        fill(page.person.name, name)
        pick(page.person.role, "pupil")
        consent = page.consent
        for box in ("photo_internal", "story_internal", "story_public"):
            widget = consent.boxes[box]
            click(widget, QPoint(8, widget.height() // 2))
        given = dt.date(2026, 8, 25)
        fill(consent.given_on, local(given, self.language))
        store = self.store

        def person() -> Any:
            return next((p for p in store.people.all() if p.name == name), None)

        self.pupil_name = name
        self.expect("pupil", "participant.name", lambda: person().name, name)
        self.expect("pupil", "participant.role", lambda: person().role, "pupil")
        self.expect("pupil", "consent.given_by", lambda: store.people.consent(
            person().id).given_by, "guardian")
        self.expect("pupil", "consent.given_on", lambda: store.people.consent(
            person().id).given_on, given.isoformat())
        self.expect("pupil", "consent.story_public", lambda: store.people.consent(
            person().id).story_public, True)

    def trip(self) -> None:
        page = self.sidebar("mobilities")
        click(page.new_button)
        editor = page.editor
        first, last = dt.date(2026, 10, 5), dt.date(2026, 10, 9)
        pick(editor.activity, "LM-GRP-PUPIL")
        fill(editor.city, "Gdańsk" if self.language != "pl" else "Berlin")
        fill(editor.country, TRIP_COUNTRY[self.language])
        fill(editor.start, local(first, self.language))
        fill(editor.end, local(last, self.language))
        pick(editor.transport, "train")
        chooser = editor.people.chooser
        chooser.setFocus(Qt.FocusReason.MouseFocusReason)
        settle()
        type_text(chooser, self.pupil_name)
        press(chooser, Qt.Key.Key_Return)
        store = self.store

        def trip() -> Any:
            rows = store.mobilities.page().rows
            return store.mobilities.get(rows[0]["id"]) if rows else None

        self.trip_read = trip
        self.expect("trip", "mobility.country", lambda: trip().country, TRIP_CODE[self.language])
        self.expect("trip", "mobility.start_date", lambda: trip().start_date,
                    first.isoformat())
        self.expect("trip", "mobility.end_date", lambda: trip().end_date, last.isoformat())
        self.expect("trip", "mobility.participants", lambda: [
            p.name for _link, p in store.mobilities.participants(trip().id)],
            [self.pupil_name])

    def story(self) -> None:
        page = self.sidebar("stories")
        click(page.new_button)
        story = page.story
        title = "Ett hav av matte" if self.language == "sv" else "A sea of maths"
        fill(story.title, title)
        pick(story.mobility, self.trip_read().id)
        text = "We counted waves on the shore and drew graphs in the sand."
        quote = "Maths is everywhere."
        for widget, words in ((story.text, text), (story.quote, quote)):
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
            settle()
            type_text(widget, words)
            press(widget, Qt.Key.Key_Tab)
        authors = story.authors.list
        if authors.count():
            rect = authors.visualItemRect(authors.item(0))
            click(authors.viewport(), QPoint(rect.left() + 10, rect.center().y()))
        pick(story.status_combo, "approved")
        photo = self.workdir / "shore.png"
        from PIL import Image

        Image.new("RGB", (800, 600), (40, 110, 170)).save(photo)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(photo))])
        strip = page.photos.strip
        for kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            from PySide6.QtGui import QDragEnterEvent

            event_class = QDragEnterEvent if kind == QEvent.Type.DragEnter else QDropEvent
            QApplication.sendEvent(strip.viewport(), event_class(
                QPoint(20, 20) if kind == QEvent.Type.DragEnter else QPointF(20, 20),
                Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier))
        settle()
        store = self.store

        def story_row() -> Any:
            found = store.stories.all()
            return found[0] if found else None

        self.expect("story", "story.title", lambda: story_row().title, title)
        self.expect("story", "story.text", lambda: story_row().text, text)
        self.expect("story", "story.quote", lambda: story_row().quote, quote)
        self.expect("story", "story.mobility_id", lambda: story_row().mobility_id,
                    self.trip_read().id)
        self.expect("story", "story.authors", lambda: [
            store.people.get(pid).name for pid in store.stories.author_ids(story_row().id)],
            [self.pupil_name])
        self.expect("story", "story.photos", lambda: len(store.stories.photos(
            story_row().id)), 1)

    def action(self) -> None:
        page = self.sidebar("dissemination")
        click(page.new_button)
        editor = page.editor
        title = "Talk at the staff meeting"
        planned = dt.date(2026, 11, 16)
        fill(editor.title, title)
        pick(editor.channel, "staff_meeting")
        pick(editor.part, "within_school")
        fill(editor.planned, local(planned, self.language))
        store = self.store

        def action_row() -> Any:
            rows = store.dissemination.page().rows
            return store.dissemination.get(rows[0]["id"]) if rows else None

        self.expect("action", "action.title", lambda: action_row().title, title)
        self.expect("action", "action.planned_date", lambda: action_row().planned_date,
                    planned.isoformat())
        self.expect("action", "action.quality_part", lambda: action_row().quality_part,
                    "within_school")

    def poster(self) -> None:
        page = self.sidebar("print")
        pick(page.document, "plan")
        pick(page.project, self.project_read().id)
        click(page.preview_button)
        deadline = time.monotonic() + 60
        while page.thread is not None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        settle()
        built = page.built

        def poster_text() -> str:
            import pypdfium2

            if built is None:
                return ""
            pdf = pypdfium2.PdfDocument(built.pdf)
            return " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))

        self.expect("poster", "poster.result", lambda: self.result_title in " ".join(
            poster_text().split()), True)

    def check(self) -> list[tuple[str, str, Any, Any]]:
        """Every typed value, looked for in the database: the ones not found."""
        lost = []
        for step, field, read, value in self.expected:
            try:
                found = read()
            except Exception as error:  # noqa: BLE001 - a missing record is a lost value
                found = f"{type(error).__name__}: {error}"
            if found != value:
                lost.append((step, field, value, found))
        return lost


def run_walkthrough(language: str, shots: Path | None) -> int:
    """Run the evening; print one JSON line per step and `walkthrough: ok`, or exit 1."""
    def line(**values: Any) -> None:
        print(json.dumps(values, ensure_ascii=False), flush=True)

    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    previous_hook = sys.excepthook

    def collect(kind, error, trace) -> None:  # noqa: ANN001 - errors inside Qt's slots
        errors.append("".join(traceback.format_exception_only(kind, error)).strip())
        traceback.print_exception(kind, error, trace, file=sys.stderr)

    sys.excepthook = collect
    try:
        return _walk(language, shots, line, errors)
    finally:
        sys.excepthook = previous_hook


def _walk(language: str, shots: Path | None, line: Callable[..., None],
          errors: list[str]) -> int:
    from desktop.i18n.qt import LanguageSwitcher
    from desktop.ui.app import make_application

    app = make_application()
    switcher = LanguageSwitcher(app)
    switcher.set_language(language)
    with tempfile.TemporaryDirectory(prefix="vidare-walk-") as folder:
        walk = Walk(language, Path(folder), shots, line)
        try:
            walk.step("first-start", lambda: walk.first_start(switcher))
            walk.open_window(switcher)
            for name, action in (("project", walk.project), ("pupil", walk.pupil),
                                 ("trip", walk.trip), ("story", walk.story),
                                 ("action", walk.action), ("poster", walk.poster)):
                walk.step(name, action)
                if errors:
                    raise WalkFailed(name, "error", errors[0])
            walk.window.close()
            settle()
            lost = walk.check()
        except NotOffered as missing:
            line(step="walk", error=f"not offered: {missing}")
            print(f"walkthrough: failed: {missing} is not offered")
            return 1
        except WalkFailed as failure:
            line(step=f"walk:{failure.step}", error=str(failure))
            print(f"walkthrough: failed at {failure.step}: {failure.field} {failure.detail}")
            return 1
        finally:
            if walk.window is not None:
                walk.window.close()
                walk.window.deleteLater()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if walk.store is not None:
                walk.store.close()
        for step, field, value, found in lost:
            line(step=f"walk:{step}", field=field, typed=value, stored=found)
        if lost:
            print("walkthrough: failed: " + ", ".join(field for _s, field, _v, _f in lost))
            return 1
    print("walkthrough: ok")
    return 0
