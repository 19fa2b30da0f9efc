"""Reading the store for the posters: the only place they touch the database."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from desktop.documents.consent import Visibility
from desktop.documents.data import Card, Group, Header, Lane, PlanData, StoriesData
from desktop.domain.models import Project
from desktop.store import Store
from desktop.store.overview import Figures

MAX_CARDS = 6
PRINT_DPI = 300
EARLIEST, LATEST = "0001-01-01", "9999-12-31"
# A card's photo as a share of a lone story's (the feature's) photo width, by story count.
CARD_PHOTO_SHARE = {1: 1.0, 2: 0.82, 3: 0.52}


def header(store: Store, project: Project) -> Header:
    school = store.school.get()
    logo_file = store.media_file(school.logo) if school else None  # inside the media folder
    logo = school_logo(logo_file) if logo_file is not None else None
    return Header(school=school.name if school else "", school_city=school.city if school else "",
                  project_title=project.title, reference=project.reference,
                  action=project.action, start_date=project.start_date,
                  end_date=project.end_date, funding_source=project.funding_source, logo=logo)


def school_logo(path: Path, pixels: int = 480) -> bytes | None:
    """The logo as a small PNG (transparency kept), or None when it cannot be read."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return _logo(str(path), stat.st_mtime_ns, stat.st_size, pixels)


@lru_cache(maxsize=4)
def _logo(path: str, modified: int, size: int, pixels: int) -> bytes | None:
    """The logo scaled once per version of the file (every document prints it)."""
    from PIL import Image

    try:
        with Image.open(path) as image:
            image.thumbnail((pixels, pixels))
            out = io.BytesIO()
            image.convert("RGBA").save(out, "PNG")
            return out.getvalue()
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def project_figures(store: Store, project: Project) -> Figures:
    """The project's figures as the overview counts them, for what is done: one
    definition of participants, accompanying persons and days abroad for every document."""
    return store.overview.figures(EARLIEST, LATEST, project.id, done_only=True)


def gather_plan(store: Store, project: Project) -> PlanData:
    """One lane per result, with the dissemination actions planned for it."""
    data = PlanData(header(store, project))
    for result in store.projects.results(project.id):
        lane = Lane(title=result.title, kind=result.kind, description=result.description,
                    message=result.message, sustainability=result.sustainability,
                    indicator=result.indicator, indicator_target=result.indicator_target,
                    evaluation=result.evaluation_notes)
        lane.groups = [Group(g.group_code, g.priority, g.representatives)
                       for g in store.projects.target_groups(result.id)]
        for action in store.dissemination.for_result(result.id):
            if action.status == "cancelled":
                continue
            if action.purpose not in lane.purposes:
                lane.purposes.append(action.purpose)
            if action.channel not in lane.channels:
                lane.channels.append(action.channel)
            when = action.done_date or action.planned_date
            if when:
                after = bool(project.end_date) and when > project.end_date
                (lane.after if after else lane.during).append((when, action.title,
                                                               action.channel))
            responsible = action.responsible.strip()
            if responsible and responsible not in lane.responsible:
                lane.responsible.append(responsible)
        lane.during.sort()
        lane.after.sort()
        data.lanes.append(lane)
    return data


def gather_stories(store: Store, project: Project, audience: str,
                   on: str | None = None, photo_width_mm: float = 120.0) -> StoriesData:
    """Figures, countries and up to six approved stories that consent lets print."""
    visibility = Visibility(store, audience, on)
    data = StoriesData(header(store, project))
    figures = project_figures(store, project)
    data.mobilities, data.days_abroad = figures.mobilities, figures.days_abroad
    data.participants, data.accompanying = figures.participants, figures.accompanying
    data.countries = list(figures.countries)
    data.people_reached = figures.people_reached
    mobilities = {m.id: m for m in store.mobilities.for_project(project.id)}
    chosen: list[tuple[Card, str, list[str], list]] = []  # card, story, authors, photos
    for story in store.stories.for_project(project.id):
        if len(chosen) >= MAX_CARDS:
            break
        if story.status != "approved" or not story.quote.strip():
            continue
        authors = store.stories.author_ids(story.id)
        if not visibility.allows(authors, "story"):
            continue
        names = [n for n in (visibility.name(pid) for pid in authors) if n]
        mobility = mobilities.get(story.mobility_id or "")
        card = Card(title=story.title, quote=story.quote, excerpt=story.text[:4000],
                    name=", ".join(names),
                    city=mobility.city if mobility else "",
                    country=mobility.country if mobility else "")
        photos = []
        for photo in store.stories.photos(story.id):
            people = store.stories.people_in_photo(photo.id)
            if visibility.allows(people, "photo"):
                photos.append((photo, people))
        chosen.append((card, story.id, list(authors), photos))
    # A lone story is a feature with a large photo; several share the width.
    width = photo_width_mm * CARD_PHOTO_SHARE.get(len(chosen), CARD_PHOTO_SHARE[3])
    for card, story_id, shown, photos in chosen:
        for photo, people in photos:
            path = store.stories.photo_path(photo)  # None unless inside the media folder
            scaled = print_photo(path, width) if path is not None else None
            if scaled is not None:
                card.photo, card.photo_size = scaled
                shown += people
                break
        visibility.show(shown, story_id)
        data.cards.append(card)
    data.shown_participants = sorted(visibility.shown_participants)
    data.shown_stories = sorted(visibility.shown_stories)
    return data


def print_photo(path: Path, width_mm: float,
                dpi: int = PRINT_DPI) -> tuple[bytes, tuple[int, int]] | None:
    """The photo as a JPEG no larger than `dpi` at `width_mm` printed width (None: unusable)."""
    from PIL import Image, ImageOps

    try:
        with Image.open(path) as image:
            most = max(1, int(width_mm / 25.4 * dpi))
            image.draft("RGB", (most, most))  # JPEG decodes at a fraction of its size: fast
            image = ImageOps.exif_transpose(image)
            image = image.convert("RGB")
            crop_w, crop_h = _card_crop(image.size)
            left, top = (image.width - crop_w) // 2, (image.height - crop_h) // 2
            box = (left, top, left + crop_w, top + crop_h)
            target = (min(crop_w, most), max(1, min(crop_w, most) * 3 // 4))
            # reducing_gap: shrink by whole factors first, then resample finely (fast).
            image = image.resize(target, Image.Resampling.LANCZOS, box=box, reducing_gap=2.0)
            out = io.BytesIO()
            image.save(out, "JPEG", quality=85, optimize=True)
            return out.getvalue(), image.size
    except (OSError, ValueError, Image.DecompressionBombError):
        return None


def _card_crop(size: tuple[int, int]) -> tuple[int, int]:
    """The largest 4:3 size inside `size` (story cards show photos at 4:3)."""
    width, height = size
    if width * 3 > height * 4:
        return max(1, height * 4 // 3), max(1, height)
    return max(1, width), max(1, width * 3 // 4)
