"""The Stories page: search over all text, the story editor, its photos and a consent badge."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain import catalogues as cat
from desktop.domain.models import Story
from desktop.i18n import LANGUAGES, formatting
from desktop.ui.choosers import ChoiceCombo, CodeCombo, LazyChoiceCombo
from desktop.ui.consent_badge import Blocked, show_badge, story_badge
from desktop.ui.context import AppContext
from desktop.ui.fields import LineField, TagsField, TextArea
from desktop.ui.forms import Field, RecordForm, make_label
from desktop.ui.labels import ElidedLabel, PlainLabel
from desktop.ui.models import Column, PagedTableModel
from desktop.ui.pages.photo_strip import PhotoStrip
from desktop.ui.people_picker import CheckPeopleList
from desktop.ui.style import restyle
from desktop.ui.table_page import TablePage
from desktop.ui.text import QT_TRANSLATE_NOOP

C = "StoryEditor"
SM = "StoryModel"


class StoryModel(PagedTableModel):
    CONTEXT = SM
    COLUMNS = [
        Column("title", QT_TRANSLATE_NOOP(SM, "Title"), "title", stretch=True),
        Column("authors", QT_TRANSLATE_NOOP(SM, "Authors")),
        Column("mobility_city", QT_TRANSLATE_NOOP(SM, "Trip"), "mobility"),
        Column("status", QT_TRANSLATE_NOOP(SM, "Status"), "status", "catalogue",
               cat.STORY_STATUSES),
        Column("photos", QT_TRANSLATE_NOOP(SM, "Photos"), "photos", "number"),
    ]

    def __init__(self, ctx: AppContext, parent=None, drafts=None):  # noqa: ANN001
        super().__init__(ctx.store.stories.page, self.COLUMNS, lambda: ctx.language,
                         "updated_at", True, parent, drafts)


def _authors(ctx: AppContext) -> CheckPeopleList:
    def lookup(ids: list[str]) -> dict[str, tuple[str, str]]:
        found = (ctx.store.people.get(pid) for pid in ids)
        return {p.id: (p.name, p.role) for p in found if p is not None}

    return CheckPeopleList(lookup)


class StoryEditor(RecordForm):
    CONTEXT = C
    TABLE = "story"
    RECORD = Story
    FIELDS = (
        Field("title", QT_TRANSLATE_NOOP(C, "Title"), lambda ctx: LineField(), required=True),
        Field("mobility_id", QT_TRANSLATE_NOOP(C, "Trip"), lambda ctx: LazyChoiceCombo(
            lambda: [], empty=None)),
        Field("language", QT_TRANSLATE_NOOP(C, "Written in"), lambda ctx: ChoiceCombo()),
        Field("status", QT_TRANSLATE_NOOP(C, "Status"),
              lambda ctx: CodeCombo(cat.STORY_STATUSES)),
        Field("text", QT_TRANSLATE_NOOP(C, "Story"), lambda ctx: TextArea(lines=8)),
        Field("quote", QT_TRANSLATE_NOOP(C, "Quote for posters"),
              lambda ctx: TextArea(lines=2)),
        Field("benefit_tags", QT_TRANSLATE_NOOP(C, "What it brought"),
              lambda ctx: TagsField(cat.BENEFIT_TAGS)),
        Field("authors", QT_TRANSLATE_NOOP(C, "Authors"), _authors, extra=True),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        f = self.fields
        self.heading = ElidedLabel(objectName="editorTitle")
        self.title, self.mobility, self.language = f["title"], f["mobility_id"], f["language"]
        self.status_combo, self.text, self.quote = f["status"], f["text"], f["quote"]
        self.tags = f["benefit_tags"].boxes
        self.authors: CheckPeopleList = f["authors"]
        self.mobility.loader = self._all_trips
        self.counter = make_label(object_name="hint")
        self.add_below("quote", self.counter)
        self.quote.textChanged.connect(self._count)
        self.lay_out(self.heading)
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
        current = self.mobility.value()
        self.mobility.set_head([(None, QCoreApplication.translate(C, "(no trip)"))])
        self._show_trip(current)

    def _show_trip(self, mobility_id: str | None) -> None:
        trip = self.ctx.store.mobilities.get(mobility_id) if mobility_id else None
        was, self._loading = self._loading, True
        try:
            if trip is not None:
                self.mobility.show_value(trip.id, self.trip_label(dataclasses.asdict(trip)))
            else:
                self.mobility.set_value(None)
        finally:
            self._loading = was

    def _fill(self, record: Any, extras: dict[str, Any], raw: dict[str, str] | None = None
              ) -> None:
        self._show_trip(getattr(record, "mobility_id", None))
        super()._fill(record, extras, raw)

    def load_extras(self, record: Story) -> dict[str, Any]:
        return {"authors": self.ctx.store.stories.author_ids(record.id) if record.id else []}

    def persist(self, record: Story, extras: dict[str, Any]) -> None:
        self.ctx.store.stories.save(record, list(extras["authors"]))

    def blank_like(self, record: Story) -> Story:
        return Story(language=record.language, mobility_id=record.mobility_id)

    def after_fill(self) -> None:
        tr = QCoreApplication.translate
        record = self.record
        if record is None:
            self.heading.set_full_text("")
        else:
            self.heading.set_full_text(self.title.value() or tr(C, "New story"))
        self._count()

    def _count(self) -> None:
        length = len(self.quote.value().strip())
        self.counter.setText(QCoreApplication.translate(C, "%1 of %2 characters").replace(
            "%1", str(length)).replace("%2", str(cat.STORY_QUOTE_MAX)))
        self.counter.setObjectName("fieldError" if length > cat.STORY_QUOTE_MAX else "hint")
        restyle(self.counter)

    def retranslate_ui(self) -> None:
        current = self.language.value()
        was, self._loading = self._loading, True
        try:
            self.language.set_choices([(code, formatting.language_name(code, self.ctx.language))
                                       for code in LANGUAGES])
            self.language.set_value(current)
        finally:
            self._loading = was
        # Trip labels hold dates and country names: read them again in the new language.
        self.reset_trips()
        super().retranslate_ui()
        self.after_fill()


class StoriesPage(TablePage):
    CONTEXT = "StoriesPage"
    EMPTY = QT_TRANSLATE_NOOP("StoriesPage", "No story yet. Press New: a story can be "
                                             "started before its trip is over, and photos "
                                             "added once it has a title.")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = StoryModel(ctx, self, self.draft_rows)
        self.editor = QWidget()
        self.story = StoryEditor(ctx)
        self.form = self.story
        self.photos = PhotoStrip(ctx)
        self.photos_title = PlainLabel(objectName="sectionTitle")
        self.badge = make_label(object_name="badge")
        box = QVBoxLayout(self.editor)
        box.setContentsMargins(12, 12, 12, 12)
        box.addWidget(self.story)
        box.addWidget(self.badge)
        box.addWidget(self.photos_title)
        box.addWidget(self.photos)
        box.addStretch(1)
        self.story.mobility.currentIndexChanged.connect(lambda _i: self._people())
        self.photos.changed.connect(self._photos_changed)
        self.build(self.editor)

    def fetch(self, record_id: str) -> Story | None:
        return self.ctx.store.stories.get(record_id)

    def blank(self) -> Story:
        return Story(language=self.ctx.language)

    def _candidates(self) -> list[tuple[str, str]]:
        """People to offer: those on the story's trip, or everyone when it has no trip."""
        mobility_id = self.story.mobility.value()
        if mobility_id:
            return [(p.id, p.name) for _link, p in
                    self.ctx.store.mobilities.participants(mobility_id)]
        return [(p.id, p.name) for p in self.ctx.store.people.all()]

    def _people(self) -> None:
        candidates = self._candidates()
        was, self.story._loading = self.story._loading, True
        try:
            self.story.authors.set_people(candidates, self.story.authors.checked())
        finally:
            self.story._loading = was
        self.photos.candidates = candidates

    def loaded(self) -> None:
        story = self.story.record
        self._people()
        self.photos.load(story.id if story is not None and story.id else "",
                         self._candidates())
        self.photos.setVisible(story is not None)
        self.photos_title.setVisible(story is not None)
        self._update_badge()

    def saved_hook(self, record_id: str) -> None:
        if self.photos.story_id != record_id:
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
        authors = store.stories.author_ids(record.id)
        in_photos: list[str] = []
        for photo_id in self.photos.photo_ids():
            in_photos += store.stories.people_in_photo(photo_id)
        everyone = list(dict.fromkeys(authors + in_photos))
        people = {p.id: p for p in (store.people.get(pid) for pid in everyone) if p}

        def protected(ids: list[str]) -> list[str]:
            return [people[pid].name for pid in dict.fromkeys(ids)
                    if pid in people and people[pid].protected_identity]

        blocked: dict[str, Blocked] = {}
        for use in cat.CONSENT_USES:
            found = Blocked()
            for ids, kind, into in ((authors, "story", found.text),
                                    (in_photos, "photo", found.photos)):
                into += [people[pid].name for pid in dict.fromkeys(ids)
                         if pid in people and not people[pid].protected_identity
                         and not store.people.allowed([pid], kind, use.code)]
            blocked[use.code] = found
        text, level = story_badge(blocked, bool(everyone), protected(authors),
                                  protected(in_photos))
        show_badge(self.badge, text, level)

    def describe(self, record_id: str) -> tuple[str, dict[str, int]]:
        story = self.ctx.store.stories.get(record_id)
        photos = len(self.ctx.store.stories.photos(record_id))
        return (story.title if story else record_id, {"photos_of_story": photos})

    def delete_record(self, record_id: str) -> None:
        self.ctx.store.stories.delete(record_id)

    def refresh(self) -> None:
        self.story.reset_trips()
        super().refresh()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        tr = QCoreApplication.translate
        self.heading.setText(self.tr("Stories"))
        self.filter_edit.setPlaceholderText(tr("StoriesPage", "Search all stories…"))
        self.photos_title.setText(tr("StoriesPage", "Photos"))
        self.photos.retranslate_ui()
        self._update_badge()
