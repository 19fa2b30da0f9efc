"""A small school for the interface tests, and the window's context around a test store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop.domain.models import (
    Consent,
    DisseminationAction,
    Mobility,
    Participant,
    Project,
    Result,
    School,
    Story,
    TargetGroup,
)
from desktop.store import Store
from desktop.ui.context import AppContext


def fill_small_school(store: Store) -> dict[str, str]:
    """Two projects, three trips, five people, a story and a few actions; returns ids."""
    store.school.save(School(name="Skolan i Vidby", country="SE", city="Vidby"))
    p1 = store.projects.save(Project(reference="2025-1-SE01-KA122-SCH-000123456",
                                     title="Outdoor learning", action="KA122-SCH",
                                     start_date="2025-09-01", end_date="2026-08-31"))
    p2 = store.projects.save(Project(title="Languages together", action="KA210-SCH",
                                     start_date="2024-09-01", end_date="2025-08-31"))
    r1 = store.projects.save_result(Result(project_id=p1.id, title="Outdoor lesson bank"))
    store.projects.save_target_group(TargetGroup(result_id=r1.id, group_code="own_staff",
                                                 representatives="Year 4 team"))
    anna = store.people.save(Participant(name="Anna Lind", role="teacher"))
    bo = store.people.save(Participant(name="Bo Ek", role="teacher"))
    cia = store.people.save(Participant(name="Cia Berg", role="pupil",
                                        fewer_opportunities=True))
    dan = store.people.save(Participant(name="Dan Holm", role="pupil",
                                        protected_identity=True))
    eva = store.people.save(Participant(name="Eva Sund", role="other_staff"))
    for person in (anna, bo, cia):
        store.people.save_consent(Consent(participant_id=person.id, given_on="2025-08-20",
                                          photo_internal=True, photo_public=True,
                                          story_internal=True, story_public=True))
    m1 = Mobility(project_id=p1.id, activity_type="SM-COUR-TRAIN", topic="Forest school",
                  host_organisation="Skovskolen", city="Aarhus", country="DK",
                  start_date="2025-10-06", end_date="2025-10-10", status="done")
    store.mobilities.save_with_participants(m1, [(anna.id, "participant"),
                                                 (bo.id, "participant")])
    m2 = Mobility(project_id=p1.id, activity_type="LM-GRP-PUPIL", topic="Lakes",
                  host_organisation="Koulu", city="Tampere", country="FI",
                  start_date="2026-03-02", end_date="2026-03-06")
    store.mobilities.save_with_participants(m2, [(cia.id, "participant"),
                                                 (eva.id, "lead_accompanying")])
    m3 = Mobility(project_id=p2.id, activity_type="SM-JOB-SHDW", city="Kraków",
                  country="PL", start_date="2024-11-04", end_date="2024-11-08", status="done")
    store.mobilities.save_with_participants(m3, [(bo.id, "participant")])
    story = store.stories.save(Story(mobility_id=m1.id, title="Fires and fractions",
                                     text="We measured the forest floor.",
                                     quote="Maths outside works."), [anna.id])
    a1 = store.dissemination.save(DisseminationAction(
        project_id=p1.id, result_id=r1.id, channel="staff_meeting", title="Staff meeting talk",
        planned_date="2025-11-01", done_date="2025-11-03", status="done", people_reached=30))
    a2 = store.dissemination.save(DisseminationAction(
        project_id=p1.id, channel="local_press", title="Article in Vidby Tidning",
        level="regional", quality_part="others_public", planned_date="2026-05-01"))
    return {"p1": p1.id, "p2": p2.id, "r1": r1.id, "anna": anna.id, "bo": bo.id,
            "cia": cia.id, "dan": dan.id, "eva": eva.id, "m1": m1.id, "m2": m2.id,
            "m3": m3.id, "story": story.id, "a1": a1.id, "a2": a2.id}


@pytest.fixture
def school(store):
    return fill_small_school(store)


@pytest.fixture
def ctx(store, tmp_path, qapp):
    from desktop.ui.app import make_application

    make_application()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(store=store, settings=settings, switcher=None)
