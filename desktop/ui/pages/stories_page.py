"""The Stories page: search over all text, the story editor, its photos and a consent badge."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import catalogues as cat
from desktop.domain.models import Story
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.i18n import LANGUAGES, formatting
from desktop.ui.consent_badge import show_badge, story_badge
from desktop.ui.context import AppContext
from desktop.ui.fields import ChoiceCombo, CodeCombo, LazyChoiceCombo, TextArea
from desktop.ui.forms import RecordForm, field_layout, make_label
from desktop.ui.models import Column, PagedTableModel
from desktop.ui.pages.photo_strip import PhotoStrip
from desktop.ui.people_picker import CheckPeopleList
from desktop.ui.style import restyle
from desktop.ui.table_page import TablePage

C = "StoryEditor"


class StoryModel(PagedTableModel):
    CONTEXT = "StoryModel"
    COLUMNS = [
        Column("title", QT_TRANSLATE_NOOP("StoryModel", "Title"), "title"),
        Column("authors", QT_TRANSLATE_NOOP("StoryModel", "Authors")),
        Column("mobility_city", QT_TRANSLATE_NOOP("StoryModel", "Trip"), "mobility"),
        Column("status", QT_TRANSLATE_NOOP("StoryModel", "Status"), "status", "catalogue",
               cat.STORY_STATUSES),
        Column("photos", QT_TRANSLATE_NOOP("StoryModel", "Photos"), "photos", "number"),
        Column("language", QT_TRANSLATE_NOOP("StoryModel", "Language"), "language"),
    ]

    def __init__(self, ctx: AppContext, parent=None):  # noqa: ANN001
        super().__init__(ctx.store.stories.page, self.COLUMNS, lambda: ctx.language,
                         "updated_at", True, parent)

    def display(self, row, column):  # noqa: ANN001, ANN201
        if column.key == "language":
            return formatting.language_name(row.get("language") or "", self._language())
        return super().display(row, column)


class StoryEditor(RecordForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.heading = QLabel(objectName="editorTitle")
        form = field_layout()
        add = self.add_field
        self.title = add(form, "title", C, QT_TRANSLATE_NOOP(C, "Title"), QLineEdit())
        self.mobility = add(form, "mobility_id", C, QT_TRANSLATE_NOOP(C, "Trip"),
                            LazyChoiceCombo(self._all_trips))
        self.language = add(form, "language", C, QT_TRANSLATE_NOOP(C, "Written in"),
                            ChoiceCombo())
        self.status_combo = add(form, "status", C, QT_TRANSLATE_NOOP(C, "Status"),
                                CodeCombo(cat.STORY_STATUSES))
        self.text = add(form, "text", C, QT_TRANSLATE_NOOP(C, "Story"), TextArea(lines=8))
        self.quote = add(form, "quote", C, QT_TRANSLATE_NOOP(C, "Quote for posters"),
                         TextArea(lines=2))
        self.counter = make_label(object_name="hint")
        form.addRow(self.counter)
        self.quote.textChanged.connect(self._count)
        tags = QWidget()
        grid = QGridLayout(tags)
        grid.setContentsMargins(0, 0, 0, 0)
        self.tags: dict[str, QCheckBox] = {}
        for number, entry in enumerate(cat.BENEFIT_TAGS):
            box = QCheckBox()
            grid.addWidget(box, number // 2, number % 2)
            self.tags[entry.code] = box
            self._watch(box)
        add(form, "benefit_tags", C, QT_TRANSLATE_NOOP(C, "What it brought"), tags)
        self.authors = CheckPeopleList()
        self.authors.changed.connect(self.commit_now)
        add(form, "authors", C, QT_TRANSLATE_NOOP(C, "Authors"), self.authors)
        self.lay_out(form, self.heading)
        self.retranslate_ui()

    def trip_label(self, row: dict) -> str:
        lang = self.ctx.language
        return " · ".join(x for x in (
            formatting.format_date(row["start_date"], lang, "medium"), row["city"],
            formatting.country_name(row["country"], lang)) if x)

    def _all_trips(self) -> list[tuple[str | None, str]]:
        rows = self.ctx.store.mobilities.page(sort="start_date", descending=True).rows
        return [(r["id"], self.trip_label(r)) for r in rows]

    def reset_trips(self) -> None:
        """The trip list is read again when next opened (trips may have changed)."""
        self.mobility.set_head([(None, QCoreApplication.translate(C, "(no trip)"))])

    def fill_fields(self, s: Story | None) -> None:
        s = s or Story()
        self.title.setText(s.title)
        trip = self.ctx.store.mobilities.get(s.mobility_id) if s.mobility_id else None
        if trip is not None:
            self.mobility.show_value(trip.id, self.trip_label(dataclasses.asdict(trip)))
        else:
            self.mobility.set_value(None)
        self.language.set_value(s.language)
        self.status_combo.set_code(s.status)
        self.text.setText(s.text)
        self.quote.setText(s.quote)
        for code, box in self.tags.items():
            box.setChecked(code in s.benefit_tags)
        self._count()

    def set_people(self, candidates: list[tuple[str, str]], authors: list[str]) -> None:
        self._loading = True
        try:
            self.authors.set_people(candidates, authors)
        finally:
            self._loading = False

    def collect(self) -> Story:
        return dataclasses.replace(
            self.record, title=self.title.text().strip(), mobility_id=self.mobility.value(),
            language=self.language.value() or "en", status=self.status_combo.code() or "",
            text=self.text.text(), quote=self.quote.text().strip(),
            benefit_tags=[code for code, box in self.tags.items() if box.isChecked()])

    def persist(self, record: Story) -> None:
        self.ctx.store.stories.save(record, self.authors.checked())

    def _count(self) -> None:
        length = len(self.quote.text().strip())
        self.counter.setText(QCoreApplication.translate(C, "%1 of %2 characters").replace(
            "%1", str(length)).replace("%2", str(cat.STORY_QUOTE_MAX)))
        self.counter.setObjectName("fieldError" if length > cat.STORY_QUOTE_MAX else "hint")
        restyle(self.counter)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        tr = QCoreApplication.translate
        for entry in cat.BENEFIT_TAGS:
            self.tags[entry.code].setText(tr("Catalogue", entry.label))
        self.language.set_choices([(code, formatting.language_name(code, self.ctx.language))
                                   for code in LANGUAGES])
        if self.record is not None:
            self.language.set_value(self.record.language)
        record = self.record
        # Trip labels hold dates and country names: read them again in the new language.
        current = self.mobility.value()
        self.reset_trips()
        trip = self.ctx.store.mobilities.get(current) if current else None
        if trip is not None:
            was_loading, self._loading = self._loading, True
            self.mobility.show_value(trip.id, self.trip_label(dataclasses.asdict(trip)))
            self._loading = was_loading
        if record is None:
            self.heading.setText(tr(C, "No story chosen"))
        else:
            self.heading.setText(record.title if record.id else tr(C, "New story"))
        self._count()


class StoriesPage(TablePage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = StoryModel(ctx, self)
        self.editor = QWidget()
        self.story = StoryEditor(ctx)
        self.photos = PhotoStrip(ctx)
        self.photos_title = QLabel(objectName="sectionTitle")
        self.badge = make_label(object_name="badge")
        box = QVBoxLayout(self.editor)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.story)
        box.addWidget(self.badge)
        box.addWidget(self.photos_title)
        box.addWidget(self.photos)
        box.addStretch(1)
        self.editor.flush = self.story.flush  # type: ignore[attr-defined]
        self.story.saved.connect(self._saved)
        self.story.mobility.currentIndexChanged.connect(lambda _i: self._people())
        self.photos.changed.connect(self._photos_changed)
        self._load_choices()
        self.build(self.editor)

    def _load_choices(self) -> None:
        self.story.reset_trips()

    def _candidates(self) -> list[tuple[str, str]]:
        """People to offer: those on the story's trip, or everyone when it has no trip."""
        mobility_id = self.story.mobility.value()
        if mobility_id:
            return [(p.id, p.name) for _link, p in
                    self.ctx.store.mobilities.participants(mobility_id)]
        return [(p.id, p.name) for p in self.ctx.store.people.all()]

    def _people(self) -> None:
        record = self.story.record
        authors = self.ctx.store.stories.author_ids(record.id) if record and record.id else []
        candidates = self._candidates()
        known = {pid for pid, _ in candidates}
        for pid in authors:
            if pid not in known:
                person = self.ctx.store.people.get(pid)
                candidates.append((pid, person.name if person else pid))
        self.story.set_people(candidates, authors)
        self.photos.candidates = candidates

    def _saved(self, record_id: str) -> None:
        first = self.photos.story_id != record_id
        self.record_saved(record_id)
        self.story.retranslate_ui()
        if first:
            self.photos.load(record_id, self._candidates())
        self._update_badge()

    def _photos_changed(self) -> None:
        record = self.story.record
        if record is not None and record.id:
            self.record_saved(record.id)
        self._update_badge()

    def _update_badge(self) -> None:
        record = self.story.record
        if record is None or not record.id:
            show_badge(self.badge, "", "some")
            return
        store = self.ctx.store
        people = store.stories.people_of_story(record.id)
        photo_people: list[str] = []
        photo_ids = self.photos.photo_ids()
        for photo_id in photo_ids:
            photo_people += store.stories.people_in_photo(photo_id)
        uses = [e.code for e in cat.CONSENT_USES]
        text_uses = [u for u in uses if store.people.allowed(people, "story", u)]
        photo_uses = [u for u in uses if store.people.allowed(photo_people, "photo", u)]
        # Whoever keeps the story or its photos from appearing everywhere, by name.
        blockers = [pid for pid in dict.fromkeys(people + photo_people)
                    if not all(store.people.allowed([pid], kind, u) for u in uses
                               for kind in (("story", "photo") if pid in photo_people
                                            else ("story",)))]
        names = [p.name for p in (store.people.get(pid) for pid in blockers[:6]) if p]
        text, level = story_badge(text_uses, photo_uses, bool(photo_ids), bool(people), names)
        show_badge(self.badge, text, level)

    def editing_id(self) -> str | None:
        return self.story.record.id if self.story.record is not None else None

    def show_record(self, record_id: str | None) -> None:
        story = self.ctx.store.stories.get(record_id) if record_id else None
        self.story.load(story)
        self._people()
        self.story.retranslate_ui()
        self.photos.load(story.id if story else "", self._candidates())
        self.photos.setVisible(story is not None)
        self.photos_title.setVisible(story is not None)
        self._update_badge()

    def new_record(self) -> None:
        self.clear_selection()
        self.story.load(Story(language=self.ctx.language), is_new=True)
        self._people()
        self.story.retranslate_ui()
        self.photos.load("", [])
        self.photos.show()
        self.photos_title.show()
        self._update_badge()
        self.story.title.setFocus()

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        story = self.ctx.store.stories.get(record_id)
        photos = len(self.ctx.store.stories.photos(record_id))
        return (story.title if story else record_id, {"photos_of_story": photos})

    def delete_record(self, record_id: str) -> None:
        self.ctx.store.stories.delete(record_id)

    def refresh(self) -> None:
        self._load_choices()
        self.model.refresh(keep_loaded=True)

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        tr = QCoreApplication.translate
        self.heading.setText(self.tr("Stories"))
        self.filter_edit.setPlaceholderText(tr("StoriesPage", "Search all stories…"))
        if hasattr(self, "photos_title"):
            self.photos_title.setText(tr("StoriesPage", "Photos"))
            self._update_badge()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
