"""Merges keep what must never be undone: withdrawals, erasures, what a document showed.

The attack: a consent is withdrawn on the main laptop; on another laptop the same consent's
expiry is edited later. Importing that laptop's archive made the consent valid again (the
merge was row by row, "newer wins"), and the public stories poster printed the pupil.
"""

import datetime as dt
import json
import sqlite3
import zipfile

import pytest
from PIL import Image

from desktop.documents.gather import gather_stories
from desktop.domain.models import Consent, Mobility, Participant, Project, Publication, Story
from desktop.store import Store
from desktop.store.archive import ArchiveRefused, export_archive, import_archive
from desktop.store.privacy import withdraw_consent

TODAY = dt.date.today()


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def school(store: Store, tmp_path):
    project = store.projects.save(Project(
        reference="2025-1-SE01-KA122-SCH-000123456", title="Natur utan gränser",
        action="KA122-SCH", start_date=day(-400), end_date=day(300)))
    pupil = store.people.save(Participant(name="Wiktor Nowak", role="pupil"))
    teacher = store.people.save(Participant(name="Åsa Öberg", role="teacher"))
    consent = store.people.save_consent(Consent(
        participant_id=pupil.id, given_by="guardian", given_on=day(-200), photo_public=True,
        story_public=True, name_display="full", expires_on=day(200)))
    trip = Mobility(project_id=project.id, activity_type="LM-GRP-PUPIL", city="Kraków",
                    country="PL", start_date=day(-100), end_date=day(-96), transport="train",
                    status="done")
    store.mobilities.save_with_participants(trip, [(pupil.id, "participant"),
                                                   (teacher.id, "accompanying")])
    story = store.stories.save(Story(mobility_id=trip.id, title="Min resa", text="Wiktors text",
                                     quote="Det bästa var tåget", language="sv",
                                     status="approved"), [pupil.id])
    path = tmp_path / "w.png"
    Image.new("RGB", (60, 40), (200, 40, 40)).save(path)
    added = store.stories.add_photo(story.id, path)
    store.stories.set_people_in_photo(added.id, [pupil.id])
    return dict(project=project, pupil=pupil, consent=consent, story=story)


@pytest.fixture
def laptops(tmp_path):
    main = Store(tmp_path / "main" / "vidare.db", create=True)
    data = school(main, tmp_path)
    other = Store(tmp_path / "other" / "vidare.db", create=True)
    import_archive(other.path, export_archive(main.path, tmp_path / "first.zip"))
    yield main, other, data
    main.close()
    other.close()


def printable(store: Store, data) -> bool:
    shown = gather_stories(store, data["project"], "public").shown_participants
    return data["pupil"].id in shown


def test_a_withdrawal_is_never_undone_by_a_later_edit_from_another_copy(laptops, tmp_path):
    main, other, data = laptops
    assert printable(main, data)
    withdraw_consent(main, data["pupil"].id, on=day(-1))
    assert not printable(main, data)
    edited = other.people.consent(data["pupil"].id)
    edited.expires_on = day(400)  # later than the withdrawal, on the other laptop
    other.people.save_consent(edited)
    import_archive(main.path, export_archive(other.path, tmp_path / "other.zip"))
    consent = main.people.consent(data["pupil"].id)
    assert consent.withdrawn_on == day(-1)
    assert not printable(main, data)
    # And the withdrawal reaches the other laptop, whatever it edited.
    import_archive(other.path, export_archive(main.path, tmp_path / "main.zip"))
    assert other.people.consent(data["pupil"].id).withdrawn_on == day(-1)
    assert not printable(other, data)


def test_a_consent_given_before_a_withdrawal_is_withdrawn_with_it(laptops, tmp_path):
    main, other, data = laptops
    withdraw_consent(main, data["pupil"].id, on=day(-1))
    # The other laptop records a paper form signed before the withdrawal.
    other.people.save_consent(Consent(
        participant_id=data["pupil"].id, given_by="guardian", given_on=day(-5),
        photo_public=True, story_public=True, name_display="full"))
    import_archive(main.path, export_archive(other.path, tmp_path / "other.zip"))
    assert all(c.withdrawn_on == day(-1) for c in main.people.consents(data["pupil"].id))
    assert not printable(main, data)
    # A consent given after the withdrawal is a new decision, and counts.
    main.people.save_consent(Consent(
        participant_id=data["pupil"].id, given_by="guardian", given_on=TODAY.isoformat(),
        photo_public=True, story_public=True, name_display="full"))
    assert printable(main, data)


def test_the_record_of_a_printed_document_loses_no_one(laptops, tmp_path):
    main, other, data = laptops
    poster = main.publications.record(Publication(
        kind="stories_poster", created_on=day(-2), language="sv",
        project_id=data["project"].id, audience="public",
        participant_ids=[data["pupil"].id], story_ids=[data["story"].id]))
    import_archive(other.path, export_archive(main.path, tmp_path / "main.zip"))
    other.db.execute("UPDATE publication SET participant_ids = '[]', updated_at = ? "
                     "WHERE id = ?", [f"{day(0)}T23:59:59.000000Z", poster.id])
    other.db.execute("DELETE FROM publication WHERE id = ?", [poster.id])
    import_archive(main.path, export_archive(other.path, tmp_path / "other.zip"))
    kept = [p for p in main.publications.all() if p.id == poster.id]
    assert kept and kept[0].participant_ids == [data["pupil"].id]  # the take-down list holds


def rewrite_inner(archive, tmp_path, sql, params=()):
    """The same archive with its database changed by `sql` (a forged copy)."""
    work = tmp_path / "forge"
    work.mkdir(exist_ok=True)
    with zipfile.ZipFile(archive) as zf:
        zf.extract("vidare.db", work)
        names = [i for i in zf.infolist() if i.filename != "vidare.db"]
        others = {i.filename: zf.read(i) for i in names}
    conn = sqlite3.connect(work / "vidare.db")
    conn.execute(sql, params)
    conn.commit()
    conn.close()
    forged = tmp_path / f"forged-{len(list(tmp_path.glob('forged-*')))}.zip"
    with zipfile.ZipFile(forged, "w") as zf:
        zf.write(work / "vidare.db", "vidare.db")
        for name, data in others.items():
            zf.writestr(name, data)
    return forged


def test_a_timestamp_in_the_future_is_refused_not_a_way_to_win_every_merge(laptops, tmp_path):
    main, other, data = laptops
    archive = export_archive(other.path, tmp_path / "other.zip")
    forged = rewrite_inner(archive, tmp_path, "UPDATE consent SET withdrawn_on = '', "
                           "updated_at = '2099-01-01T00:00:00.000000Z'")
    withdraw_consent(main, data["pupil"].id, on=day(-1))
    with pytest.raises(ArchiveRefused) as caught:
        import_archive(main.path, forged)
    assert str(caught.value).endswith(
        f"was not imported: the record {data['consent'].id} in consent breaks a rule "
        "(updated_at: The time 2099-01-01T00:00:00.000000Z lies in the future.)")
    assert main.people.consent(data["pupil"].id).withdrawn_on == day(-1)


def test_imported_rows_pass_the_rules_typed_ones_do(laptops, tmp_path):
    main, other, data = laptops
    archive = export_archive(other.path, tmp_path / "other.zip")
    for sql, words in (
            ("UPDATE mobility SET end_date = '2020-01-01'", "The end date is before the start "
                                                            "date."),
            ("UPDATE participant SET role = 'headmaster'", "is not one of the choices"),
            ("UPDATE story SET quote = printf('%.300c', 'x')", "a poster has room for 200"),
            ("UPDATE project SET title = ''", "Enter a title."),
            ("UPDATE story SET benefit_tags = 'not json'", "This is not a list of records.")):
        with pytest.raises(ArchiveRefused, match="breaks a rule") as caught:
            import_archive(main.path, rewrite_inner(archive, tmp_path, sql))
        assert words in str(caught.value), sql
    assert json.loads(main.db.execute("SELECT benefit_tags FROM story").fetchone()[0]) == []


def test_a_file_only_the_other_copy_chose_waits_with_its_conflict(laptops, tmp_path):
    """Both laptops changed one consent; the other attached the scanned form. The form must
    stay on disk while the conflict waits, so that choosing the other version keeps it."""
    from desktop.store.media import add_attachment

    main, other, data = laptops
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed form\n%%EOF\n")
    form = add_attachment(other.media_dir, scan, "consent")
    theirs = other.people.consents(data["pupil"].id)[0]
    theirs.form_file = form
    other.people.save_consent(theirs)
    ours = main.people.consents(data["pupil"].id)[0]
    ours.expires_on = day(250)
    main.people.save_consent(ours)
    import_archive(main.path, export_archive(other.path, tmp_path / "other.zip"))
    [conflict] = main.conflicts.open()
    assert main.media_file(form) is not None  # not removed as unused by the import
    assert {c.field for c in main.conflicts.fields(conflict.id)} >= {"form_file"}
    main.conflicts.resolve(conflict.id, {"form_file"})
    kept = main.people.consents(data["pupil"].id)[0]
    assert kept.form_file == form and main.media_file(form).read_bytes() == scan.read_bytes()


def test_an_erased_persons_photo_goes_though_a_conflict_about_it_waits(laptops, tmp_path):
    """A waiting conflict keeps its files, but never past an erasure: the photo of the
    person erased leaves the disk, and the conflict about it goes with it."""
    from desktop.store.erasure import erase

    main, other, data = laptops
    for store, caption in ((other, "På tåget"), (main, "Tåget till Kraków")):
        [photo] = store.stories.photos(data["story"].id)
        photo.caption = caption
        store.stories.save_photo(photo)
    import_archive(main.path, export_archive(other.path, tmp_path / "other.zip"))
    assert [c.table for c in main.conflicts.open()] == ["photo"]
    file = main.media_file(photo.file)
    assert file is not None and file.exists()
    erase(main.db, main.media_dir, main.path, data["pupil"].id)
    assert not file.exists()
    assert main.db.execute("SELECT count(*) FROM conflict").fetchone()[0] == 0
