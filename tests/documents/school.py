"""A small school for the document tests, built through the store's own API.

People with every kind of consent trouble are in it, each with a story, a quote and a
photo whose colour is theirs alone, so a test can look for their name, quote or image.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from desktop.domain.models import (
    Consent,
    DisseminationAction,
    Mobility,
    Participant,
    Partner,
    Project,
    Result,
    School,
    Story,
    TargetGroup,
)
from desktop.store import Store

NORDIC = "ąćęłńóśźż ÅÄÖ æøå"
TITLE = "Språk och ålder: Łódź–Tromsø"
TODAY = dt.date.today()
GROUP_COLOUR = (12, 12, 12)


def days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


@dataclass
class Person:
    name: str
    quote: str
    colour: tuple[int, int, int]
    id: str = ""
    story_id: str = ""


@dataclass
class Built:
    project: Project
    shown: list[Person] = field(default_factory=list)
    hidden: list[Person] = field(default_factory=list)


def photo(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (2400, 1600)) -> Path:
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse((size[0] // 3, size[1] // 4, 2 * size[0] // 3, 3 * size[1] // 4),
                 fill=tuple(min(255, c + 60) for c in colour))
    image.save(path, quality=92)
    return path


def build_school(store: Store, folder: Path, long_text: str = "") -> Built:
    store.school.save(School(name="Skolan i Ösmo – Żółć", country="SE", city="Nynäshamn",
                             oid="E10000001"))
    project = store.projects.save(Project(
        reference="2025-1-SE01-KA122-SCH-000123456", title=TITLE, action="KA122-SCH",
        start_date=days(-300), end_date=days(200), funding_source="erasmus",
        needs_analysis=f"Our pupils need more spoken practice. {NORDIC}",
        objectives="Teachers learn outdoor methods & <new> ways to teach languages.",
        management_involvement="The principal takes part in every staff meeting."))
    store.projects.save_partner(Partner(project_id=project.id, organisation="Szkoła nr 5",
                                        country="PL", city="Łódź", role="host"))
    store.projects.save_partner(Partner(project_id=project.id, organisation="Tromsø skole",
                                        country="NO", city="Tromsø", role="partner"))

    results = []
    for i, (title, kind) in enumerate([
            ("Outdoor language lessons", "tangible"),
            (f"Stronger international profile {NORDIC}", "intangible"),
            ("Teacher handbook for shadowing", "tangible"),
            ("Parents as partners", "intangible")]):
        results.append(store.projects.save_result(Result(
            project_id=project.id, title=title, kind=kind, position=i,
            description=long_text if (long_text and i == 1) else
            f"What we make: {title.lower()}, tried in three classes.",
            message="Languages live outside the classroom too.",
            sustainability="Part of the school's yearly plan from next autumn.",
            indicator="Lessons held outdoors each term", indicator_target="12",
            evaluation_notes="Pupil survey in May.")))
        store.projects.save_target_group(TargetGroup(
            result_id=results[-1].id, group_code="own_staff", priority="primary",
            representatives="Language teachers' team (Åsa Øberg)"))
        store.projects.save_target_group(TargetGroup(
            result_id=results[-1].id, group_code="parents", priority="secondary",
            representatives="Parents' council"))

    channels = [("staff_meeting", "within_school", -200, -200, "done"),
                ("local_press", "others_public", -120, -118, "done"),
                ("school_poster", "eu_funding", -60, -59, "done"),
                ("seminar", "others_public", 100, "", "planned"),
                ("results_platform", "others_public", 230, "", "planned")]
    for i, (channel, part, planned, done, status) in enumerate(channels):
        store.dissemination.save(DisseminationAction(
            project_id=project.id, result_id=results[i % len(results)].id, channel=channel,
            title=f"Action {i + 1}: {channel} – Łódź", target_group="own_staff",
            quality_part=part, planned_date=days(planned),
            done_date=days(done) if isinstance(done, int) else "", status=status,
            people_reached=40 * (i + 1) if status == "done" else 0,
            responsible="Kjersti Ødegård", evidence="https://example.org/a" if done else "",
            purpose="spread_knowledge" if i % 2 else "raise_profile"))

    good = dict(given_on=days(-250), photo_internal=True, photo_public=True,
                story_internal=True, story_public=True, name_display="full")
    shown = [Person("Åsa Żak", f"Kids spoke Polish in the forest! {NORDIC}", (200, 40, 40)),
             Person("Björn Øye", "The Tromsø teachers shared their outdoor maths.", (40, 160, 60)),
             Person("Łucja Ström", "I found courage to speak.", (40, 60, 200))]
    hidden = [Person("Nora Noconsent", "Quote of Nora nobody may print.", (240, 200, 0)),
              Person("Wiktor Withdrawn", "Quote of Wiktor, withdrawn.", (0, 200, 220)),
              Person("Edvin Expired", "Quote of Edvin, expired.", (220, 0, 220)),
              Person("Petra Protected", "Quote of Petra, protected.", (120, 70, 20))]
    consents: list[dict | None] = [good, good, {**good, "name_display": "first"},
                                   None, {**good, "withdrawn_on": days(-3)},
                                   {**good, "expires_on": days(-1)}, good]
    mobility = Mobility(project_id=project.id, activity_type="SM-JOB-SHDW",
                        topic="Outdoor learning", host_organisation="Szkoła nr 5", city="Łódź",
                        country="PL", start_date=days(-150), end_date=days(-145),
                        travel_days=2, transport="train", status="done",
                        learning_outcomes="Forest lessons", passed_on="Two staff workshops")
    pupils_trip = Mobility(project_id=project.id, activity_type="LM-GRP-PUPIL",
                           topic="Arctic science", host_organisation="Tromsø skole",
                           city="Tromsø", country="NO", start_date=days(-90),
                           end_date=days(-85), travel_days=1, transport="plane", status="done")
    people = []
    for i, person in enumerate(shown + hidden):
        participant = store.people.save(Participant(
            name=person.name, role="teacher", fewer_opportunities=(i == 2),
            protected_identity=person.name.startswith("Petra")))
        person.id = participant.id
        people.append(participant)
        if consents[i] is not None:
            store.people.save_consent(Consent(participant_id=participant.id, **consents[i]))
    pupil = store.people.save(Participant(name="Pia Pupil", role="pupil",
                                          fewer_opportunities=True))
    store.mobilities.save_with_participants(
        mobility, [(p.id, "participant") for p in people])
    store.mobilities.save_with_participants(
        pupils_trip, [(pupil.id, "participant"), (people[0].id, "lead_accompanying")])
    store.mobilities.save(Mobility(project_id=project.id, activity_type="SM-COUR-TRAIN",
                                   topic="CLIL course", city="Malta", country="MT",
                                   start_date=days(60), end_date=days(66), status="planned"))
    for i, person in enumerate(shown + hidden):
        story = store.stories.save(Story(
            mobility_id=mobility.id, title=f"Story number {i + 1}",
            text=f"We learnt a lot <and> more & more. {NORDIC}", quote=person.quote,
            language="sv", status="approved", benefit_tags=["motivation"]),
            author_ids=[person.id])
        person.story_id = story.id
        if i == 0:
            # A group photo with someone who may not be shown comes first: it must be skipped.
            group = store.stories.add_photo(story.id, photo(folder / "group.jpg", GROUP_COLOUR))
            store.stories.set_people_in_photo(group.id, [person.id, hidden[0].id])
        added = store.stories.add_photo(story.id, photo(folder / f"{person.id}.jpg",
                                                        person.colour), caption=person.name)
        store.stories.set_people_in_photo(added.id, [person.id])
    return Built(project, shown, hidden)
