"""Bad input through the repositories: a clear message and nothing saved."""

import pytest
from PIL import Image

from desktop.domain.models import (
    Consent,
    DisseminationAction,
    Mobility,
    Participant,
    Project,
    Story,
)
from desktop.domain.validation import ValidationError


def counts(store):
    return store.counts()


def refused(store, save, field_name, words):
    before = counts(store)
    with pytest.raises(ValidationError) as caught:
        save()
    problems = caught.value.problems
    assert field_name in [p.field for p in problems]
    assert any(words in p.english() for p in problems), [p.english() for p in problems]
    assert counts(store) == before
    return problems


@pytest.fixture
def project(store):
    return store.projects.save(Project(title="Natur", action="KA122-SCH",
                                       start_date="2025-09-01", end_date="2027-08-31"))


@pytest.mark.parametrize("date", ["2026-02-30", "2026-13-01", "31.12.2026", "2026-1-1", "",
                                  "2026-02-29"])
def test_impossible_dates(store, project, date):
    trip = Mobility(project_id=project.id, activity_type="SM-COUR-TRAIN", country="ES",
                    start_date=date, end_date="2026-03-05", transport="train")
    refused(store, lambda: store.mobilities.save(trip), "start_date",
            "date" if date else "Enter a date")


def test_end_before_start(store, project):
    trip = Mobility(project_id=project.id, activity_type="SM-COUR-TRAIN", country="ES",
                    start_date="2026-03-05", end_date="2026-03-01", transport="train")
    problems = refused(store, lambda: store.mobilities.save(trip), "end_date", "")
    assert problems


def test_unknown_country(store, project):
    trip = Mobility(project_id=project.id, activity_type="SM-COUR-TRAIN", country="XX",
                    start_date="2026-03-01", end_date="2026-03-05", transport="train")
    refused(store, lambda: store.mobilities.save(trip), "country", "")


def test_enormous_texts(store, project):
    refused(store, lambda: store.people.save(Participant(name="A" * 501, role="pupil")),
            "name", "too long")
    refused(store, lambda: store.stories.save(Story(title="T", text="ord " * 6000,
                                                    language="sv")), "text", "too long")
    refused(store, lambda: store.stories.save(Story(title="T", quote="q" * 201,
                                                    language="sv")), "quote", "200")
    refused(store, lambda: store.dissemination.save(DisseminationAction(
        project_id=project.id, title="x", notes="n" * 20_001)), "notes", "too long")


@pytest.mark.parametrize("text", ["Anna\x00", "Anna\x1b[31m", "Anna\x07", "An\rna"])
def test_control_characters(store, text):
    refused(store, lambda: store.people.save(Participant(name=text, role="pupil")), "name",
            "control characters")


def test_consent_dates(store):
    person = store.people.save(Participant(name="Bo", role="pupil"))
    refused(store, lambda: store.people.save_consent(Consent(
        participant_id=person.id, given_on="2026-02-31")), "given_on", "not a date")
    refused(store, lambda: store.people.save_consent(Consent(
        participant_id=person.id, given_on="2026-02-01", expires_on="2025-01-01")),
        "expires_on", "expires before")


def test_a_file_that_is_not_an_image(store, tmp_path):
    story = store.stories.save(Story(title="T", language="sv"))
    fake = tmp_path / "holiday.jpg"
    fake.write_bytes(b"MZ\x90\x00 this is a program, not a photo" * 100)
    refused(store, lambda: store.stories.add_photo(story.id, fake), "photo", "not an image")
    text = tmp_path / "notes.png"
    text.write_text("hello")
    refused(store, lambda: store.stories.add_photo(story.id, text), "photo", "not an image")
    assert not store.media_dir.exists() or list(store.media_dir.iterdir()) == []


def test_an_image_with_a_huge_pixel_count(store, tmp_path):
    story = store.stories.save(Story(title="T", language="sv"))
    bomb = tmp_path / "bomb.png"
    # 12,000 × 12,000 one-bit pixels: a tiny file that would need ~430 MB decoded as RGB.
    Image.new("1", (12_000, 12_000)).save(bomb, optimize=True)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    refused(store, lambda: store.stories.add_photo(story.id, bomb), "photo", "too many pixels")
    assert not store.media_dir.exists() or list(store.media_dir.iterdir()) == []


def test_a_truncated_image(store, tmp_path):
    story = store.stories.save(Story(title="T", language="sv"))
    good = tmp_path / "good.jpg"
    Image.new("RGB", (400, 300), (10, 200, 30)).save(good)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(good.read_bytes()[:200])
    refused(store, lambda: store.stories.add_photo(story.id, cut), "photo", "not an image")
