"""Every table model passes Qt's model checks, and filters and sorts in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.pages.dissemination_page import ActionModel
from desktop.ui.pages.mobilities_page import MobilityModel
from desktop.ui.pages.people_page import PeopleModel
from desktop.ui.pages.projects_page import ProjectModel
from desktop.ui.pages.stories_page import StoryModel

MODELS = [MobilityModel, PeopleModel, StoryModel, ActionModel, ProjectModel]


@pytest.mark.parametrize("model_class", MODELS)
def test_every_table_model_passes_the_model_tester(qtmodeltester, ctx, school, model_class):
    model = model_class(ctx)
    model.refresh()
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_mobility_model_filters_and_sorts_in_sql(ctx, school):
    model = MobilityModel(ctx)
    model.refresh()
    assert model.rowCount() == 3
    model.set_search("tampere")
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Tampere, Finland"]
    model.set_search("")
    where = [c.key for c in model.columns].index("destination")
    model.sort(where, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, where).data() for r in range(3)] == [
        "Aarhus, Denmark", "Kraków, Poland", "Tampere, Finland"]
    model.sort(where, Qt.SortOrder.DescendingOrder)
    assert model.index(0, where).data() == "Tampere, Finland"


def test_trips_to_come_are_listed_first(ctx, store, school):
    import datetime as dt

    from desktop.domain.models import Mobility

    soon = dt.date.today() + dt.timedelta(days=20)
    later = soon + dt.timedelta(days=40)
    for start, city in ((later, "Later"), (soon, "Soon")):
        store.mobilities.save(Mobility(project_id=school["p1"], city=city, country="FI",
                                       start_date=start.isoformat(),
                                       end_date=(start + dt.timedelta(days=4)).isoformat()))
    model = MobilityModel(ctx)
    model.refresh()
    places = [model.rows[r]["city"] for r in range(model.rowCount())]
    assert places[:2] == ["Soon", "Later"]
    assert places[2:] == ["Tampere", "Aarhus", "Kraków"]  # then the past, latest first


def test_long_text_is_one_short_line_in_a_list(ctx, store, school):
    from desktop.domain.models import Participant

    person = store.people.save(Participant(name="Åsa"))
    # Only an outside edit or an import can put this much into a name.
    store.db.execute("UPDATE participant SET name = ? WHERE id = ?",
                     ["Åsa " + "ö" * 5000 + "\nsecond line", person.id])
    model = PeopleModel(ctx)
    model.refresh()
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    long_one = next(text for text in shown if text.startswith("Åsa"))
    assert len(long_one) <= 300 and long_one.endswith("…") and "\n" not in long_one


def test_model_fetches_rows_in_pages(ctx, store, school):
    from desktop.domain.models import Participant

    for number in range(450):
        store.people.save(Participant(name=f"Person {number:03d}"))
    model = PeopleModel(ctx)
    model.refresh()
    assert model.total == 455
    assert model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 455
    assert not model.canFetchMore()


def test_headers_change_with_the_language(qtbot, ctx, school):
    model = StoryModel(ctx)
    model.refresh()
    with qtbot.waitSignal(model.headerDataChanged):
        model.retranslate()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"


def test_catalogue_codes_show_as_words(ctx, school):
    model = ActionModel(ctx)
    model.refresh()
    channel = [c.key for c in model.columns].index("channel")
    shown = {model.index(r, channel).data() for r in range(model.rowCount())}
    assert shown == {"Staff meeting", "Local press"}
