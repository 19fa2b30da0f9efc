"""The figures lists sort by (a person's trips, the newest consent, a trip's people, a story's
photos, an action's result) follow every edit, whoever makes it: triggers keep them."""

from __future__ import annotations

from desktop.domain.models import (
    Consent,
    DisseminationAction,
    Mobility,
    Participant,
    Project,
    Result,
    Story,
)

# What each figure is, counted from the records themselves.
TRUTH = {
    "person_figures": """SELECT p.id, (SELECT count(*) FROM mobility_participant x
        WHERE x.participant_id = p.id), coalesce((SELECT max(given_on) FROM consent x
        WHERE x.participant_id = p.id), '') FROM participant p""",
    "trip_figures": """SELECT m.id, (SELECT count(*) FROM mobility_participant x
        WHERE x.mobility_id = m.id) FROM mobility m""",
    "story_figures": """SELECT s.id, (SELECT count(*) FROM photo x WHERE x.story_id = s.id)
        FROM story s""",
    "action_figures": """SELECT a.id, coalesce((SELECT title FROM result r
        WHERE r.id = a.result_id), '') FROM dissemination_action a""",
}


def assert_figures_hold(store) -> None:  # noqa: ANN001
    for table, truth in TRUTH.items():
        kept = sorted(store.db.execute(f"SELECT * FROM {table}").fetchall())
        assert kept == sorted(store.db.execute(truth).fetchall()), table


def test_figures_follow_every_edit(store):
    project = store.projects.save(Project(title="P", action="KA122-SCH",
                                          start_date="2025-09-01", end_date="2026-08-31"))
    result = store.projects.save_result(Result(project_id=project.id, title="Bank"))
    anna = store.people.save(Participant(name="Anna", role="teacher"))
    bo = store.people.save(Participant(name="Bo", role="teacher"))
    trip = Mobility(project_id=project.id, activity_type="SM-COUR-TRAIN", city="Oslo",
                    country="NO", start_date="2025-10-06", end_date="2025-10-10")
    store.mobilities.save_with_participants(trip, [(anna.id, "participant"),
                                                   (bo.id, "participant")])
    store.people.save_consent(Consent(participant_id=anna.id, given_by="person",
                                      given_on="2025-08-20"))
    newer = store.people.save_consent(Consent(participant_id=anna.id, given_by="person",
                                              given_on="2025-09-01"))
    story = store.stories.save(Story(mobility_id=trip.id, title="Fjords"), [anna.id])
    store.db.execute("INSERT INTO photo (id, created_at, updated_at, story_id, file, width, "
                     "height, sha256) VALUES ('ph1', 'x', 'x', ?, 'a.jpg', 1, 1, 'h')",
                     [story.id])
    action = store.dissemination.save(DisseminationAction(
        project_id=project.id, result_id=result.id, channel="blog", title="Post",
        planned_date="2025-11-01"))
    assert_figures_hold(store)
    assert store.db.execute("SELECT mobilities, consent_on FROM person_figures "
                            "WHERE participant_id = ?", [anna.id]).fetchone() == (1, "2025-09-01")

    store.mobilities.set_participants(trip.id, [(bo.id, "participant")])
    store.people.delete_consent(newer.id)
    result.title = "Lesson bank"
    store.projects.save_result(result)
    store.db.execute("DELETE FROM photo WHERE id = 'ph1'")
    assert_figures_hold(store)
    assert store.db.execute("SELECT result_title FROM action_figures WHERE action_id = ?",
                            [action.id]).fetchone() == ("Lesson bank",)

    store.db.execute("DELETE FROM result WHERE id = ?", [result.id])  # the action keeps none
    store.people.delete(bo.id)
    store.mobilities.delete(trip.id)
    assert_figures_hold(store)


def test_sorts_by_figures_list_every_record(store):
    project = store.projects.save(Project(title="P", action="KA122-SCH",
                                          start_date="2025-09-01", end_date="2026-08-31"))
    people = [store.people.save(Participant(name=f"Person {n}", role="pupil"))
              for n in range(5)]
    for n in range(3):
        trip = Mobility(project_id=project.id, activity_type="SM-COUR-TRAIN", city=f"C{n}",
                        country="NO", start_date=f"2025-10-0{n + 1}",
                        end_date=f"2025-10-0{n + 2}")
        store.mobilities.save_with_participants(
            trip, [(p.id, "participant") for p in people[:n + 1]])
    by_trips = store.people.page(sort="mobilities", descending=True, limit=2)
    assert [r["name"] for r in by_trips.rows] == ["Person 0", "Person 1"]
    assert by_trips.total == 5
    everyone = store.people.page(sort="mobilities", descending=False, limit=200)
    assert [r["mobilities"] for r in everyone.rows] == [0, 0, 1, 2, 3]
    trips = store.mobilities.page(sort="participants", descending=True, limit=200)
    assert [r["participants"] for r in trips.rows] == [3, 2, 1]
    store.people.save_consent(Consent(participant_id=people[2].id, given_on="2025-08-01"))
    by_consent = store.people.page("person", sort="consent", descending=True, limit=200)
    assert by_consent.rows[0]["name"] == "Person 2" and len(by_consent.rows) == 5
