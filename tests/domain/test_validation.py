"""Each validation rule refuses what a user could get wrong, naming the field."""

from desktop.domain import catalogues as cat
from desktop.domain.models import Consent, DisseminationAction, Mobility, Story
from desktop.domain.validation import (
    errors_only,
    validate_action,
    validate_consent,
    validate_mobility,
    validate_story,
)


def trip(**changes) -> Mobility:
    values = dict(project_id="p", activity_type="SM-COUR-TRAIN", country="PL", city="Kraków",
                  start_date="2026-03-02", end_date="2026-03-06", transport="train")
    values.update(changes)
    return Mobility(**values)


def fields(problems) -> set[str]:
    return {p.field for p in errors_only(problems)}


def test_a_good_trip_passes():
    assert errors_only(validate_mobility(trip())) == []


def test_end_before_start():
    problems = validate_mobility(trip(start_date="2026-03-06", end_date="2026-03-02"))
    assert fields(problems) == {"end_date"}
    assert "before the start" in errors_only(problems)[0].english()


def test_unknown_country():
    assert fields(validate_mobility(trip(country="XX"))) == {"country"}
    assert fields(validate_mobility(trip(country="Poland"))) == {"country"}


def test_impossible_date():
    assert fields(validate_mobility(trip(start_date="2026-02-30"))) == {"start_date"}


def test_pupil_mobility_without_pupils_is_saved_with_a_warning():
    group = trip(activity_type="LM-GRP-PUPIL")
    problems = validate_mobility(group, ["teacher", "teacher"], check_pupils=True)
    assert errors_only(problems) == []
    assert [(p.field, p.warning) for p in problems] == [("participants", True)]
    assert "No pupils" in problems[0].english()
    assert validate_mobility(group, ["teacher", "pupil"], check_pupils=True) == []


def test_a_trip_without_transport_is_fine_until_one_is_chosen():
    assert Mobility().transport == ""
    assert errors_only(validate_mobility(trip(transport=""))) == []
    assert fields(validate_mobility(trip(transport="rocket"))) == {"transport"}


def test_a_trip_and_an_action_need_a_project():
    assert fields(validate_mobility(trip(project_id=""))) == {"project_id"}
    action = DisseminationAction(title="Blog post", project_id="")
    assert fields(validate_action(action)) == {"project_id"}


def test_a_new_action_has_no_quality_part_until_chosen():
    action = DisseminationAction(title="Blog post", project_id="p")
    assert action.quality_part == ""
    assert validate_action(action) == []
    action.quality_part = "nonsense"
    assert fields(validate_action(action)) == {"quality_part"}


def test_consent_date_is_asked_for_once_a_use_is_allowed():
    nothing = Consent(participant_id="x")
    assert validate_consent(nothing) == []
    ticked = Consent(participant_id="x", photo_internal=True)
    assert fields(validate_consent(ticked)) == {"given_on"}
    ticked.given_on = "2026-01-10"
    assert validate_consent(ticked) == []


def test_duration_outside_range_is_a_warning_not_a_refusal():
    long_course = trip(start_date="2026-03-01", end_date="2026-05-30")
    problems = validate_mobility(long_course)
    assert errors_only(problems) == []
    warning = [p for p in problems if p.warning][0]
    assert (warning.count, warning.params) == (91, ("2", "30"))
    assert warning.english() == ("This trip lasts 91 day(s), outside the usual 2–30 days for "
                                 "this activity.")


def test_green_other_needs_short_description():
    assert fields(validate_mobility(trip(transport="other_green"))) == {"transport_description"}
    too_long = "x" * (cat.GREEN_DESCRIPTION_MAX + 1)
    problems = validate_mobility(trip(transport="other_green", transport_description=too_long))
    assert fields(problems) == {"transport_description"}
    ok = trip(transport="other_green", transport_description="Sailing boat")
    assert errors_only(validate_mobility(ok)) == []


def test_quote_over_200_characters():
    story = Story(title="Kraków", quote="ż" * 201, language="pl")
    problems = validate_story(story)
    assert fields(problems) == {"quote"}
    assert problems[0].params == ("201", "200")
    story.quote = "ż" * 200
    assert validate_story(story) == []


def test_control_characters_and_huge_texts_refused():
    assert fields(validate_story(Story(title="a\x00b", language="sv"))) == {"title"}
    assert fields(validate_story(Story(title="t", text="x" * 30_000, language="sv"))) == {"text"}


def test_groupings_are_not_countries():
    for code in ("EU", "UN", "ZZ"):
        assert fields(validate_mobility(trip(country=code))) == {"country"}
