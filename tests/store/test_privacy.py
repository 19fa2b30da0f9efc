"""A person's rights: take-down list after withdrawal, export of their data, erasure."""

import json
import os
import sqlite3
import stat

from PIL import Image

from desktop.domain.models import (
    Consent,
    DisseminationAction,
    Mobility,
    Participant,
    Project,
    Publication,
    Story,
)
from desktop.store import Store
from desktop.store.archive import export_archive, import_archive
from desktop.store.media import add_attachment
from desktop.store.privacy import (
    ERASED_NAME,
    consents_needing_attention,
    erase_person,
    erasure_preview,
    export_person_data,
    person_data,
    takedown_list,
    withdraw_consent,
)


def photo(tmp_path, name, colour):
    path = tmp_path / name
    Image.new("RGB", (30, 20), colour).save(path)
    return path


def school(store: Store, tmp_path):
    """Two projects; Łucja went on the first one's trip, wrote a story, is in two photos."""
    first = store.projects.save(Project(title="Natur", action="KA122-SCH",
                                        start_date="2025-09-01", end_date="2027-08-31"))
    other = store.projects.save(Project(title="Annat", action="KA122-SCH",
                                        start_date="2025-09-01", end_date="2027-08-31"))
    lucja = store.people.save(Participant(name="Łucja Żółć", role="pupil",
                                          fewer_opportunities=True))
    teacher = store.people.save(Participant(name="Åsa Öberg", role="teacher"))
    scan = tmp_path / "form-lucja.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned form")
    form = add_attachment(store.media_dir, scan, "consent")
    store.people.save_consent(Consent(participant_id=lucja.id, given_by="guardian",
                                      given_on="2025-09-10", photo_public=True,
                                      story_public=True, form_file=form))
    trip = Mobility(project_id=first.id, activity_type="LM-GRP-PUPIL", city="Kraków",
                    country="PL", start_date="2026-04-13", end_date="2026-04-17",
                    transport="train", status="done")
    store.mobilities.save_with_participants(trip, [(lucja.id, "participant"),
                                                   (teacher.id, "lead_accompanying")])
    own = store.stories.save(Story(mobility_id=trip.id, title="Min resa",
                                   text="Jag lärde mig polska", language="sv"), [lucja.id])
    shared = store.stories.save(Story(mobility_id=trip.id, title="Vår resa",
                                      text="Tillsammans", language="sv"),
                                [lucja.id, teacher.id])
    p1 = store.stories.add_photo(own.id, photo(tmp_path, "a.png", (250, 0, 0)))
    p2 = store.stories.add_photo(shared.id, photo(tmp_path, "b.png", (0, 250, 0)))
    p3 = store.stories.add_photo(shared.id, photo(tmp_path, "c.png", (0, 0, 250)))
    store.stories.set_people_in_photo(p2.id, [lucja.id, teacher.id])
    store.stories.set_people_in_photo(p3.id, [teacher.id])
    poster = store.publications.record(Publication(
        kind="stories_poster", created_on="2026-05-02", language="sv", project_id=first.id,
        audience="public", participant_ids=[lucja.id, teacher.id], story_ids=[own.id]))
    store.publications.record(Publication(kind="summary", created_on="2026-05-03",
                                          language="sv", participant_ids=[teacher.id]))
    blog = store.dissemination.save(DisseminationAction(
        project_id=first.id, channel="blog", title="Blogginlägg om Kraków", status="done",
        done_date="2026-05-01"))
    store.dissemination.save(DisseminationAction(
        project_id=other.id, channel="blog", title="Ett annat projekt"))
    # Before the trip, or only talked about at a meeting: nothing of hers to take down.
    store.dissemination.save(DisseminationAction(
        project_id=first.id, channel="website", title="Projektsidan startar", status="done",
        done_date="2026-01-10"))
    store.dissemination.save(DisseminationAction(
        project_id=first.id, channel="staff_meeting", title="Personalmöte", status="done",
        done_date="2026-05-05"))
    return dict(first=first, lucja=lucja, teacher=teacher, trip=trip, own=own, shared=shared,
                p1=p1, p2=p2, p3=p3, poster=poster, blog=blog, form=form)


def test_withdrawal_gives_a_take_down_list(store, tmp_path):
    s = school(store, tmp_path)
    found = withdraw_consent(store, s["lucja"].id, on="2026-06-01")
    assert store.people.consent(s["lucja"].id).withdrawn_on == "2026-06-01"
    assert [p.id for p in found.publications] == [s["poster"].id]
    assert [a["id"] for a in found.actions] == [s["blog"].id]
    assert {x["title"] for x in found.stories} == {"Min resa", "Vår resa"}
    assert not store.people.allowed([s["lucja"].id], "photo", "public", on="2026-06-02")
    # Someone in no story and no document has nothing to take down.
    nobody = store.people.save(Participant(name="Nobody", role="pupil"))
    assert takedown_list(store, nobody.id).is_empty()
    # The Overview agrees: the withdrawal is warned about.
    assert consents_needing_attention(store, on="2026-06-02")["withdrawn"] == [s["lucja"].id]
    warned = {w.code: w.ids for w in store.overview.warnings("2025-08-01", "2026-07-31",
                                                             "2026-06-02")}
    assert warned["consent_withdrawn"] == [s["lucja"].id]


def test_expired_consents_agree_with_the_overview(store, tmp_path):
    s = school(store, tmp_path)
    store.people.save_consent(Consent(participant_id=s["teacher"].id, given_on="2025-01-01",
                                      expires_on="2026-01-31", photo_public=True))
    on = "2026-02-15"
    mine = consents_needing_attention(store, on=on)
    warned = {w.code: w.ids for w in store.overview.warnings("2025-08-01", "2026-07-31", on)}
    assert mine["expiring"] == [s["teacher"].id] == warned["consent_expiring"]
    assert not store.people.allowed([s["teacher"].id], "photo", "public", on=on)


def test_export_of_a_persons_data_is_complete_and_readable(store, tmp_path):
    s = school(store, tmp_path)
    json_path, html_path = export_person_data(store, s["lucja"].id, tmp_path / "out")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["participant"]["name"] == "Łucja Żółć"
    assert data["consents"][0]["given_by"] == "guardian"
    assert data["mobilities"][0]["city"] == "Kraków"
    assert {x["title"] for x in data["stories_authored"]} == {"Min resa", "Vår resa"}
    assert [x["file"] for x in data["photos_showing"]] == [s["p2"].file]
    assert [x["id"] for x in data["publications"]] == [s["poster"].id]
    page = html_path.read_text(encoding="utf-8")
    assert "Łucja Żółć" in page and "Kraków" in page and "Jag lärde mig polska" in page
    assert "Photos showing this person" in page
    if os.name == "posix":
        assert stat.S_IMODE(json_path.stat().st_mode) == 0o600
    assert person_data(store, s["teacher"].id)["photos_showing"][0]["file"] in \
        (s["p2"].file, s["p3"].file)


def test_erasure_removes_the_person_and_keeps_anonymous_statistics(store, tmp_path):
    s = school(store, tmp_path)
    before = store.overview.figures("2025-08-01", "2026-07-31")
    assert erasure_preview(store, s["lucja"].id) == {"consents": 1, "photos": 2, "stories": 1,
                                                     "mobilities": 1}
    result = erase_person(store, s["lucja"].id)
    assert store.people.get(s["lucja"].id) is None
    assert store.people.consents(s["lucja"].id) == []
    # Her own story and its photo, and the photo she is in, are gone; the shared story stays
    # with its other photo.
    assert store.stories.get(s["own"].id) is None
    assert store.stories.get_photo(s["p1"].id) is None
    assert store.stories.get_photo(s["p2"].id) is None
    assert store.stories.get_photo(s["p3"].id) is not None
    assert store.stories.author_ids(s["shared"].id) == [s["teacher"].id]
    assert store.stories.search("polska") == []
    assert not (store.media_dir / s["p1"].file).exists()
    assert not (store.media_dir / s["p2"].file).exists()
    assert (store.media_dir / s["p3"].file).exists()
    assert not (store.media_dir / s["form"]).exists()
    assert set(result.files_removed) == {s["p1"].file, s["p2"].file, s["form"]}
    # The trip still counts a pupil with fewer opportunities, anonymously.
    after = store.overview.figures("2025-08-01", "2026-07-31")
    assert after.participants_by_role == before.participants_by_role
    assert after.fewer_opportunities == before.fewer_opportunities == 1
    stand_in = store.people.get(result.placeholder_id)
    assert stand_in.name == ERASED_NAME and stand_in.protected_identity
    poster = [p for p in store.publications.all() if p.id == s["poster"].id][0]
    assert s["lucja"].id not in poster.participant_ids
    # Her name is nowhere in the database file any more (after a checkpoint).
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.execute("VACUUM")
    assert "Żółć".encode() not in store.path.read_bytes()
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_an_old_archive_never_brings_an_erased_person_back(tmp_path):
    a = Store(tmp_path / "a" / "vidare.db", create=True)
    s = school(a, tmp_path)
    old_archive = export_archive(a.path, tmp_path / "old.zip")
    b = Store(tmp_path / "b" / "vidare.db", create=True)
    import_archive(b.path, old_archive)
    assert b.people.get(s["lucja"].id) is not None
    erase_person(a, s["lucja"].id)
    import_archive(a.path, old_archive)  # the old copy comes back from the principal
    assert a.people.get(s["lucja"].id) is None
    assert a.stories.get(s["own"].id) is None
    assert a.people.consents(s["lucja"].id) == []
    # …and the erasure reaches the other laptop through the next archive.
    import_archive(b.path, export_archive(a.path, tmp_path / "new.zip"))
    assert b.people.get(s["lucja"].id) is None
    for store in (a, b):
        conn = sqlite3.connect(store.path)
        names = [r[0] for r in conn.execute("SELECT name FROM participant")]
        conn.close()
        assert "Łucja Żółć" not in names
        assert sorted(names) == sorted(["Åsa Öberg", ERASED_NAME])
    a.close()
    b.close()


def test_restoring_an_older_backup_never_brings_an_erased_person_back(store, tmp_path):
    from desktop.store.backups import make_backup, restore_backup
    from desktop.store.privacy import erased_ids, erasure_register

    s = school(store, tmp_path)
    before = make_backup(store.path)
    erase_person(store, s["lucja"].id)
    register = erasure_register(store.path).read_text(encoding="utf-8")
    assert s["lucja"].id in register and "Łucja" not in register  # ids, never names
    assert erased_ids(store.path) == [s["lucja"].id]
    result = restore_backup(store.path, before)
    assert result.erased_again == [s["lucja"].id]
    assert store.people.get(s["lucja"].id) is None
    assert store.stories.get(s["own"].id) is None
    assert store.people.get(s["teacher"].id) is not None  # the rest is restored
    names = [p.name for p in store.people.all()]
    assert "Łucja Żółć" not in names and ERASED_NAME in names
